//! Visitors of the places a MIR statement, rvalue or terminator mentions (read or written), for
//! the analyses that count mentions of a local: unused locals (`cfg`) and fusable overflow flags
//! (`checked`).

use rustc_public::mir::{
    NonDivergingIntrinsic, Operand, Place, ProjectionElem, Rvalue, Statement, StatementKind, TerminatorKind,
};

/// Calls `f` on the place an operand reads, if any.
fn visit_operand(o: &Operand, f: &mut dyn FnMut(&Place)) {
    if let Operand::Copy(p) | Operand::Move(p) = o {
        visit_place(p, f);
    }
}

/// Calls `f` on `p`, then on the local of every `Index` projection of `p` (as a whole place):
/// `a[i]` reads `i`, and for `get_unchecked(i)` that is the only read of `i`.
fn visit_place(p: &Place, f: &mut dyn FnMut(&Place)) {
    f(p);
    for e in &p.projection {
        if let ProjectionElem::Index(l) = e {
            f(&Place { local: *l, projection: vec![] });
        }
    }
}

/// Calls `f` on every place statement `st` mentions.
pub(super) fn visit_statement(st: &Statement, f: &mut dyn FnMut(&Place)) {
    match &st.kind {
        StatementKind::Assign(p, rv) => {
            visit_place(p, f);
            visit_rvalue(rv, f);
        }
        StatementKind::SetDiscriminant { place, .. } => visit_place(place, f),
        StatementKind::FakeRead(_, p) | StatementKind::PlaceMention(p) => visit_place(p, f),
        StatementKind::AscribeUserType { place, .. } => visit_place(place, f),
        StatementKind::Intrinsic(NonDivergingIntrinsic::Assume(o)) => visit_operand(o, f),
        StatementKind::Intrinsic(NonDivergingIntrinsic::CopyNonOverlapping(c)) => {
            visit_operand(&c.src, f);
            visit_operand(&c.dst, f);
            visit_operand(&c.count, f);
        }
        // Exhaustive on purpose: a statement kind that mentions a place and is missed here makes
        // its locals look unused, which is wrong code rather than an error.
        StatementKind::StorageLive(_)
        | StatementKind::StorageDead(_)
        | StatementKind::Coverage(_)
        | StatementKind::ConstEvalCounter
        | StatementKind::Nop => {}
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
        | Rvalue::Reborrow(_, _, p) => visit_place(p, f),
        Rvalue::ThreadLocalRef(_) => {}
    }
}

/// Calls `f` on every place terminator `t` mentions.
pub(super) fn visit_terminator(t: &TerminatorKind, f: &mut dyn FnMut(&Place)) {
    match t {
        TerminatorKind::SwitchInt { discr, .. } => visit_operand(discr, f),
        TerminatorKind::Drop { place, .. } => visit_place(place, f),
        TerminatorKind::Call { func, args, destination, .. } => {
            visit_operand(func, f);
            args.iter().for_each(|a| visit_operand(a, f));
            visit_place(destination, f);
        }
        TerminatorKind::Assert { cond, .. } => visit_operand(cond, f),
        TerminatorKind::InlineAsm { operands, .. } => {
            for op in operands {
                if let Some(o) = &op.in_value {
                    visit_operand(o, f);
                }
                if let Some(p) = &op.out_place {
                    visit_place(p, f);
                }
            }
        }
        TerminatorKind::Goto { .. }
        | TerminatorKind::Resume
        | TerminatorKind::Abort
        | TerminatorKind::Return
        | TerminatorKind::Unreachable => {}
    }
}
