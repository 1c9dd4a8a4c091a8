//! Visitors of the places a MIR statement, rvalue or terminator mentions (read or written), for
//! the analyses that count mentions of a local: unused locals (`cfg`) and fusable overflow flags
//! (`checked`).

use rustc_public::mir::{NonDivergingIntrinsic, Operand, Place, Rvalue, Statement, StatementKind, TerminatorKind};

/// Calls `f` on the place an operand reads, if any.
fn visit_operand(o: &Operand, f: &mut dyn FnMut(&Place)) {
    if let Operand::Copy(p) | Operand::Move(p) = o {
        f(p);
    }
}

/// Calls `f` on every place statement `st` mentions.
pub(super) fn visit_statement(st: &Statement, f: &mut dyn FnMut(&Place)) {
    match &st.kind {
        StatementKind::Assign(p, rv) => {
            f(p);
            visit_rvalue(rv, f);
        }
        StatementKind::SetDiscriminant { place, .. } => f(place),
        StatementKind::FakeRead(_, p) | StatementKind::PlaceMention(p) => f(p),
        StatementKind::Intrinsic(NonDivergingIntrinsic::Assume(o)) => visit_operand(o, f),
        _ => {}
    }
}

/// Calls `f` on every place rvalue `rv` mentions.
pub(super) fn visit_rvalue(rv: &Rvalue, f: &mut dyn FnMut(&Place)) {
    match rv {
        Rvalue::Use(o, _) | Rvalue::UnaryOp(_, o) | Rvalue::Cast(_, o, _) | Rvalue::Repeat(o, _) => visit_operand(o, f),
        Rvalue::BinaryOp(_, a, b) | Rvalue::CheckedBinaryOp(_, a, b) => {
            visit_operand(a, f);
            visit_operand(b, f);
        }
        Rvalue::Aggregate(_, ops) => ops.iter().for_each(|o| visit_operand(o, f)),
        Rvalue::AddressOf(_, p)
        | Rvalue::CopyForDeref(p)
        | Rvalue::Discriminant(p)
        | Rvalue::Len(p)
        | Rvalue::Ref(_, _, p)
        | Rvalue::Reborrow(_, _, p) => f(p),
        _ => {}
    }
}

/// Calls `f` on every place terminator `t` mentions.
pub(super) fn visit_terminator(t: &TerminatorKind, f: &mut dyn FnMut(&Place)) {
    match t {
        TerminatorKind::SwitchInt { discr, .. } => visit_operand(discr, f),
        TerminatorKind::Drop { place, .. } => f(place),
        TerminatorKind::Call { func, args, destination, .. } => {
            visit_operand(func, f);
            args.iter().for_each(|a| visit_operand(a, f));
            f(destination);
        }
        TerminatorKind::Assert { cond, .. } => visit_operand(cond, f),
        _ => {}
    }
}
