//! MIR blocks, statements and rvalues: `Assign` of each accepted rvalue, `SetDiscriminant`, and
//! the statements without effect here (storage markers, fake reads, `assume`...).

use super::builder::IntOp;
use super::index::{Local, MirBlock};
use super::memory::PlaceRef;
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::index::Idx;
use crate::shape::{Kind, Node};
use rustc_public::mir::{AggregateKind, NonDivergingIntrinsic, Operand, Place, Rvalue, Statement, StatementKind, UnOp};
use rustc_public_bridge::IndexedVal;
use wasmir_syntax::ir::{Opcode, Value};

impl Lower<'_, '_, '_> {
    /// Lowers MIR block `mb` into the current WasmIR block.
    pub(super) fn lower_block(&mut self, mb: MirBlock) -> DResult<()> {
        let bb = self.mir_block(mb);
        if self.doomed[mb] {
            // Every path from here panics: nothing observable happens before the trap.
            self.fb.trap()?;
            return Ok(());
        }
        for (si, st) in bb.statements.iter().enumerate() {
            self.at(st.span);
            self.statement(mb, si, st)?;
        }
        self.at(bb.terminator.span);
        self.terminator(mb)
    }

    /// Makes `span` the current statement: for diagnostics, and as the source location of every
    /// instruction lowered from it (`loc LINE:COL`, spec §2.2), so that a trap names its Rust line.
    fn at(&mut self, span: rustc_public::ty::Span) {
        self.cur_span = Some(span);
        let p = super::pos_of(span);
        let file = self.res.file_index(&p.file);
        self.fb.set_srcloc(Some(wasmir_syntax::ir::InstLoc { file, line: p.line as u32, col: p.col as u32 }));
    }

    /// Lowers statement `si` of block `mb`.
    fn statement(&mut self, mb: MirBlock, si: usize, st: &Statement) -> DResult<()> {
        match &st.kind {
            StatementKind::Assign(place, _)
                if self.dead_locals[Local::new(place.local)] && !super::cfg::writes_through(place) =>
            {
                Ok(())
            }
            StatementKind::Assign(place, rv) => self.assign(mb, si, place, rv),
            StatementKind::SetDiscriminant { place, variant_index } => {
                let (node, _) = self.place_vars(place)?;
                let Node::Enum { discr, kind, values, .. } = node else {
                    return Err(err(Code::Statement, "`SetDiscriminant` on a non-enum", ""));
                };
                let base = self.locals[Local::new(place.local)].1;
                let v = self.kconst(kind, values[variant_index.to_index()])?;
                self.def_var(base.leaf(discr), v)
            }
            StatementKind::StorageLive(_)
            | StatementKind::StorageDead(_)
            | StatementKind::FakeRead(..)
            | StatementKind::PlaceMention(_)
            | StatementKind::AscribeUserType { .. }
            | StatementKind::Coverage(_)
            | StatementKind::ConstEvalCounter
            | StatementKind::Nop
            | StatementKind::Intrinsic(NonDivergingIntrinsic::Assume(_)) => Ok(()),
            StatementKind::Intrinsic(NonDivergingIntrinsic::CopyNonOverlapping(_)) => Err(err(
                Code::Statement,
                "unsupported MIR statement `CopyNonOverlapping`",
                "memory is not exported yet",
            )),
        }
    }

    /// `place = rv` (statement `si` of block `mb`, which `CheckedBinaryOp` needs to fuse).
    fn assign(&mut self, mb: MirBlock, si: usize, place: &Place, rv: &Rvalue) -> DResult<()> {
        let dst_ty =
            rv.ty(self.body.locals()).map_err(|e| err(Code::Rvalue, format!("cannot type rvalue: {e:?}"), ""))?;
        match rv {
            Rvalue::Use(o, _) => {
                let v = self.operand(o)?;
                self.write_place(place, v)
            }
            Rvalue::BinaryOp(op, a, b) => {
                let v = self.binop(*op, a, b, dst_ty)?;
                self.write_place(place, v)
            }
            Rvalue::CheckedBinaryOp(op, a, b) => {
                let fuse = self.fusable(mb, si, place);
                let (x, ka) = self.scalar(a)?;
                let (y, _) = self.scalar(b)?;
                let (r, flag) = self.checked(*op, ka, x, y, fuse)?;
                if fuse && !ka.narrow() {
                    self.fused_asserts.push(mb);
                    let (_, vars) = self.place_vars(place)?;
                    self.def_var(vars[0], r)?;
                    return Ok(());
                }
                self.write_place(place, vec![r, flag])
            }
            Rvalue::UnaryOp(op, a) => {
                let (x, k) = self.scalar(a)?;
                let v = match op {
                    UnOp::Not => {
                        let m = match k {
                            Kind::Bool => 1u128,
                            Kind::U(b) => u128::MAX >> (128 - b),
                            Kind::S(_) => u128::MAX,
                            Kind::F(_) | Kind::Ptr => return Err(err(Code::Rvalue, "`Not` of a float or pointer", "")),
                        };
                        let m = self.kconst(k, m)?;
                        self.op2(k, IntOp::Xor, x, m)?
                    }
                    UnOp::Neg if k.is_float() => {
                        // Flips the sign bit, NaN included (Rust's `-x` is IEEE `negate`).
                        let op = if k.bits() == 32 { Opcode::F32Neg } else { Opcode::F64Neg };
                        self.op(op, &[x])?
                    }
                    UnOp::Neg => {
                        let z = self.iconst(k.wty(), 0)?;
                        let r = self.op2(k, IntOp::Sub, z, x)?;
                        self.norm(k, r)?
                    }
                    UnOp::PtrMetadata => {
                        return Err(err(Code::Rvalue, "unsupported MIR unary op `PtrMetadata`", ""));
                    }
                };
                self.write_place(place, vec![v])
            }
            Rvalue::Cast(kind, o, ty) => {
                let v = self.cast(kind, o, *ty)?;
                self.write_place(place, v)
            }
            Rvalue::Aggregate(kind, ops) => self.aggregate(place, kind, ops),
            Rvalue::Ref(_, _, p) | Rvalue::AddressOf(_, p) => {
                let PlaceRef::Mem { base, off, .. } = self.resolve(p)? else {
                    return Err(err(Code::Rvalue, "internal: address of a local without a slot", ""));
                };
                let a = self.address(base, off)?;
                self.write_place(place, vec![a])
            }
            Rvalue::CopyForDeref(p) => {
                let v = self.read_place(p)?;
                self.write_place(place, v)
            }
            Rvalue::Discriminant(p) => {
                let (node, vars) = self.place_vars(p)?;
                let v: Value = match node {
                    Node::Enum { .. } => self.use_var(vars[0])?,
                    _ => {
                        return Err(err(Code::Rvalue, "`Discriminant` of a non-enum place", ""));
                    }
                };
                self.write_place(place, vec![v])
            }
            other => Err(err(
                Code::Rvalue,
                format!("unsupported MIR rvalue `{}`", rvalue_name(other)),
                "the exporter handles integer arithmetic, casts, tuples and enums of integers; \
                 memory (references, pointers, arrays) is not exported yet",
            )),
        }
    }

    /// `Aggregate`: a tuple or struct writes its fields' leaves in order; an enum variant writes
    /// the discriminant and that variant's fields.
    fn aggregate(&mut self, place: &Place, kind: &AggregateKind, ops: &[Operand]) -> DResult<()> {
        let mut vals = vec![];
        for o in ops {
            vals.extend(self.operand(o)?);
        }
        match kind {
            AggregateKind::Tuple => self.write_place(place, vals),
            // A struct's leaves are its fields' in order, in SSA or in memory alike.
            AggregateKind::Adt(adt, _, _, _, None) if adt.kind() == rustc_public::ty::AdtKind::Struct => {
                self.write_place(place, vals)
            }
            AggregateKind::Adt(_, variant, _, _, None) => {
                let (node, vars) = self.place_vars(place)?;
                match node {
                    Node::Fields(_) => self.write_place(place, vals),
                    Node::Enum { discr: _, kind, variants, values } => {
                        let vi = variant.to_index();
                        let d = self.kconst(kind, values[vi])?;
                        self.def_var(vars[0], d)?;
                        let mut leaves = vec![];
                        Node::Fields(variants[vi].clone()).leaves(&mut leaves);
                        if leaves.len() != vals.len() {
                            return Err(err(Code::Rvalue, "internal: enum aggregate arity", ""));
                        }
                        let base = self.locals[Local::new(place.local)].1;
                        for (l, v) in leaves.into_iter().zip(vals) {
                            self.def_var(base.leaf(l), v)?;
                        }
                        Ok(())
                    }
                    Node::Leaf(_) => {
                        // A one-field struct with a scalar leaf is still `Fields`; a leaf here is
                        // an enum seen through a projection, which MIR does not produce.
                        Err(err(Code::Rvalue, "unsupported aggregate target", ""))
                    }
                }
            }
            AggregateKind::Adt(..) => Err(err(Code::Rvalue, "unsupported union aggregate", "")),
            AggregateKind::Array(_) => Err(err(
                Code::Rvalue,
                "unsupported MIR rvalue `Aggregate` (array)",
                "arrays live in memory, which is not exported yet",
            )),
            _ => Err(err(Code::Rvalue, "unsupported MIR rvalue `Aggregate` (closure)", "")),
        }
    }
}

/// The variant name of an rvalue, for diagnostics (its `Debug` form includes the operands).
fn rvalue_name(r: &Rvalue) -> &'static str {
    match r {
        Rvalue::AddressOf(..) => "AddressOf",
        Rvalue::Aggregate(..) => "Aggregate",
        Rvalue::BinaryOp(..) => "BinaryOp",
        Rvalue::Cast(..) => "Cast",
        Rvalue::CheckedBinaryOp(..) => "CheckedBinaryOp",
        Rvalue::CopyForDeref(..) => "CopyForDeref",
        Rvalue::Discriminant(..) => "Discriminant",
        Rvalue::Len(..) => "Len",
        Rvalue::Ref(..) => "Ref",
        Rvalue::Repeat(..) => "Repeat",
        Rvalue::ThreadLocalRef(..) => "ThreadLocalRef",
        Rvalue::UnaryOp(..) => "UnaryOp",
        Rvalue::Use(..) => "Use",
        Rvalue::Reborrow(..) => "Reborrow",
        #[allow(unreachable_patterns)]
        _ => "?",
    }
}
