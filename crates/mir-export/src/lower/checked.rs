//! `CheckedBinaryOp(Add|Sub|Mul)` (and the `*_with_overflow` intrinsics): the wrapped result and
//! an overflow flag. When the flag only feeds the `Assert` ending its block, a trapping operator
//! (`T.add_ovf_s`...) computes both and the `Assert` is dropped; otherwise the flag is computed
//! explicitly. Also which overflow `Assert`s rustc's codegen drops.

use super::builder::IntOp;
use super::index::MirBlock;
use super::visit::{visit_statement, visit_terminator};
use super::{Lower, err};
use crate::diag::{Code, DResult, Diag};
use crate::index::Idx;
use crate::shape::Kind;
use rustc_public::mir::{AssertMessage, BinOp, Operand, Place, ProjectionElem, TerminatorKind};
use wasmir_syntax::ir::{Opcode, Type, Value};

impl Lower<'_, '_, '_> {
    /// Whether an `Assert` is an overflow check that rustc's code generation drops: overflow
    /// checks of `#[rustc_inherit_overflow_checks]` functions of core (`abs`, `pow`,
    /// `next_power_of_two`...) inlined into a crate compiled without `-C overflow-checks`.
    pub(super) fn assert_elided(&self, msg: &AssertMessage) -> bool {
        !self.tcx.sess.overflow_checks()
            && matches!(
                msg,
                AssertMessage::OverflowNeg(_)
                    | AssertMessage::Overflow(BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Shl | BinOp::Shr, ..)
            )
    }

    /// Whether the overflow flag of `place := CheckedBinaryOp(..)` (statement `si` of block `mb`)
    /// only feeds the `Assert` terminating `mb`, so a trapping operator can compute it.
    pub(super) fn fusable(&self, mb: MirBlock, si: usize, place: &Place) -> bool {
        // With `--panic=message` the `Assert` calls core's panic function: the flag is needed.
        if self.message || !place.projection.is_empty() {
            return false;
        }
        let bb = self.mir_block(mb);
        let TerminatorKind::Assert { cond, expected: false, msg, .. } = &bb.terminator.kind else {
            return false;
        };
        if self.assert_elided(msg) {
            return false;
        }
        let is_flag =
            |p: &Place| p.local == place.local && matches!(p.projection.as_slice(), [ProjectionElem::Field(1, _)]);
        match cond {
            Operand::Copy(p) | Operand::Move(p) if is_flag(p) => {}
            _ => return false,
        }
        // Count every mention of the local in the body: only `.0` reads and the assert may remain.
        let mut flag_reads = 0;
        let mut other = false;
        let mut visit = |p: &Place| {
            if p.local == place.local {
                if is_flag(p) {
                    flag_reads += 1;
                } else if !matches!(p.projection.as_slice(), [ProjectionElem::Field(0, _)]) {
                    other = true;
                }
            }
        };
        for (b, blk) in self.body.blocks.iter().enumerate() {
            for (i, st) in blk.statements.iter().enumerate() {
                if MirBlock::new(b) == mb && i == si {
                    continue;
                }
                visit_statement(st, &mut visit);
            }
            visit_terminator(&blk.terminator.kind, &mut visit);
        }
        flag_reads == 1 && !other
    }

    /// `CheckedBinaryOp`: the wrapped result and the overflow flag (a `bool`).
    pub(super) fn checked(&mut self, op: BinOp, k: Kind, x: Value, y: Value, fuse: bool) -> DResult<(Value, Value)> {
        let s = k.signed();
        let (base, trapping) = match (op, s) {
            (BinOp::Add, true) => (IntOp::Add, IntOp::AddOvfS),
            (BinOp::Add, false) => (IntOp::Add, IntOp::AddOvfU),
            (BinOp::Sub, true) => (IntOp::Sub, IntOp::SubOvfS),
            (BinOp::Sub, false) => (IntOp::Sub, IntOp::SubOvfU),
            (BinOp::Mul, true) => (IntOp::Mul, IntOp::MulOvfS),
            (BinOp::Mul, false) => (IntOp::Mul, IntOp::MulOvfU),
            _ => {
                return Err(err(Code::Operator, format!("unsupported checked operator `{op:?}`"), ""));
            }
        };
        if fuse && !k.narrow() {
            let r = self.op2(k, trapping, x, y)?;
            // The flag is never read (see `fusable`); the caller does not store it.
            return Ok((r, r));
        }
        let r = self.op2(k, base, x, y)?;
        if k.narrow() {
            // Normalized narrow inputs never overflow i32 (as 32-bit patterns); the result
            // overflowed iff normalizing changes it.
            let n = self.norm(k, r)?;
            let f = self.op(Opcode::I32Ne, &[r, n])?;
            return Ok((n, f));
        }
        let w = k.wty();
        let flag = match (base, s) {
            (IntOp::Add, false) => self.op2(k, IntOp::LtU, r, x)?,
            (IntOp::Sub, false) => self.op2(k, IntOp::LtU, x, y)?,
            (IntOp::Add, true) => {
                let a = self.op2(k, IntOp::Xor, r, x)?;
                let b = self.op2(k, IntOp::Xor, r, y)?;
                let c = self.op2(k, IntOp::And, a, b)?;
                let z = self.iconst(w, 0)?;
                self.op2(k, IntOp::LtS, c, z)?
            }
            (IntOp::Sub, true) => {
                let a = self.op2(k, IntOp::Xor, x, y)?;
                let b = self.op2(k, IntOp::Xor, x, r)?;
                let c = self.op2(k, IntOp::And, a, b)?;
                let z = self.iconst(w, 0)?;
                self.op2(k, IntOp::LtS, c, z)?
            }
            (IntOp::Mul, _) if w == Type::I32 => {
                let ext = if s { Opcode::I64ExtendI32S } else { Opcode::I64ExtendI32U };
                let a = self.op(ext, &[x])?;
                let b = self.op(ext, &[y])?;
                let p = self.op(Opcode::I64Mul, &[a, b])?;
                if s {
                    let e = self.op(Opcode::I64Extend32S, &[p])?;
                    self.op(Opcode::I64Ne, &[p, e])?
                } else {
                    let c32 = self.iconst(Type::I64, 32)?;
                    let hi = self.op(Opcode::I64ShrU, &[p, c32])?;
                    let z = self.iconst(Type::I64, 0)?;
                    self.op(Opcode::I64Ne, &[hi, z])?
                }
            }
            (IntOp::Mul, false) => {
                // overflow iff x != 0 && r / x != y
                let z = self.iconst(w, 0)?;
                let one = self.iconst(w, 1)?;
                let xz = self.op2(k, IntOp::Eq, x, z)?;
                let d = self.select(w, xz, one, x)?;
                let q = self.op2(k, IntOp::DivU, r, d)?;
                let ne = self.op2(k, IntOp::Ne, q, y)?;
                let nz = self.op2(k, IntOp::Ne, x, z)?;
                self.op(Opcode::I32And, &[ne, nz])?
            }
            (IntOp::Mul, true) => {
                // x == -1: overflow iff y == MIN; else overflow iff x != 0 && r / x != y
                let z = self.iconst(w, 0)?;
                let one = self.iconst(w, 1)?;
                let m1 = self.iconst(w, -1)?;
                let min = self.kconst(k, 1u128 << (k.bits() - 1))?;
                let xm1 = self.op2(k, IntOp::Eq, x, m1)?;
                let xz = self.op2(k, IntOp::Eq, x, z)?;
                let bad = self.op(Opcode::I32Or, &[xm1, xz])?;
                let d = self.select(w, bad, one, x)?;
                let q = self.op2(k, IntOp::DivS, r, d)?;
                let ne = self.op2(k, IntOp::Ne, q, y)?;
                let nz = self.op2(k, IntOp::Ne, x, z)?;
                let general = self.op(Opcode::I32And, &[ne, nz])?;
                let ymin = self.op2(k, IntOp::Eq, y, min)?;
                self.op(Opcode::I32Select, &[xm1, ymin, general])?
            }
            // `base` is one of the three operators matched above.
            _ => return Err(Diag::internal(&format!("checked operator `{base:?}`"))),
        };
        Ok((r, flag))
    }
}
