//! `CheckedBinaryOp(Add|Sub|Mul)` (and the `*_with_overflow` intrinsics): the wrapped result and
//! an overflow flag. When the flag only feeds the `Assert` ending its block, a trapping operator
//! (`T.add_ovf_s`...) computes both and the `Assert` is dropped; otherwise the flag is computed
//! explicitly. Also which overflow `Assert`s rustc's codegen drops.

use super::builder::intern;
use super::index::MirBlock;
use super::visit::{visit_statement, visit_terminator};
use super::{Lower, Val, WTy, err};
use crate::diag::{Code, DResult, Diag};
use crate::index::Idx;
use crate::shape::Kind;
use rustc_public::mir::{AssertMessage, BinOp, Operand, Place, ProjectionElem, TerminatorKind};

impl Lower<'_, '_> {
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
        if !place.projection.is_empty() {
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
    pub(super) fn checked(&mut self, op: BinOp, k: Kind, x: Val, y: Val, fuse: bool) -> DResult<(Val, Val)> {
        let s = k.signed();
        let base = match op {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            _ => {
                return Err(err(Code::Operator, format!("unsupported checked operator `{op:?}`"), ""));
            }
        };
        if fuse && !k.narrow() {
            let name = intern(&format!("{}.{base}_ovf_{}", k.wty().name(), if s { "s" } else { "u" }));
            let r = self.op(name, k.wty(), &[x, y]);
            // The flag is never read (see `fusable`); the caller does not store it.
            return Ok((r, r));
        }
        let r = self.op2(k, base, x, y);
        if k.narrow() {
            // Normalized narrow inputs never overflow i32 (as 32-bit patterns); the result
            // overflowed iff normalizing changes it.
            let n = self.norm(k, r);
            let f = self.op("i32.ne", WTy::I32, &[r, n]);
            return Ok((n, f));
        }
        let w = k.wty();
        let flag = match (base, s) {
            ("add", false) => self.cmp(k, "lt_u", r, x),
            ("sub", false) => self.cmp(k, "lt_u", x, y),
            ("add", true) => {
                let a = self.op2(k, "xor", r, x);
                let b = self.op2(k, "xor", r, y);
                let c = self.op2(k, "and", a, b);
                let z = self.iconst(w, 0);
                self.cmp(k, "lt_s", c, z)
            }
            ("sub", true) => {
                let a = self.op2(k, "xor", x, y);
                let b = self.op2(k, "xor", x, r);
                let c = self.op2(k, "and", a, b);
                let z = self.iconst(w, 0);
                self.cmp(k, "lt_s", c, z)
            }
            ("mul", _) if w == WTy::I32 => {
                let ext = if s { "i64.extend_i32_s" } else { "i64.extend_i32_u" };
                let a = self.op(ext, WTy::I64, &[x]);
                let b = self.op(ext, WTy::I64, &[y]);
                let p = self.op("i64.mul", WTy::I64, &[a, b]);
                if s {
                    let e = self.op("i64.extend32_s", WTy::I64, &[p]);
                    self.op("i64.ne", WTy::I32, &[p, e])
                } else {
                    let c32 = self.iconst(WTy::I64, 32);
                    let hi = self.op("i64.shr_u", WTy::I64, &[p, c32]);
                    let z = self.iconst(WTy::I64, 0);
                    self.op("i64.ne", WTy::I32, &[hi, z])
                }
            }
            ("mul", false) => {
                // overflow iff x != 0 && r / x != y
                let z = self.iconst(w, 0);
                let one = self.iconst(w, 1);
                let xz = self.cmp(k, "eq", x, z);
                let d = self.op("i64.select", w, &[xz, one, x]);
                let q = self.op("i64.div_u", w, &[r, d]);
                let ne = self.cmp(k, "ne", q, y);
                let nz = self.cmp(k, "ne", x, z);
                self.op("i32.and", WTy::I32, &[ne, nz])
            }
            ("mul", true) => {
                // x == -1: overflow iff y == MIN; else overflow iff x != 0 && r / x != y
                let z = self.iconst(w, 0);
                let one = self.iconst(w, 1);
                let m1 = self.iconst(w, -1);
                let min = self.iconst(w, i64::MIN);
                let xm1 = self.cmp(k, "eq", x, m1);
                let xz = self.cmp(k, "eq", x, z);
                let bad = self.op("i32.or", WTy::I32, &[xm1, xz]);
                let d = self.op("i64.select", w, &[bad, one, x]);
                let q = self.op("i64.div_s", w, &[r, d]);
                let ne = self.cmp(k, "ne", q, y);
                let nz = self.cmp(k, "ne", x, z);
                let general = self.op("i32.and", WTy::I32, &[ne, nz]);
                let ymin = self.cmp(k, "eq", y, min);
                self.op("i32.select", WTy::I32, &[xm1, ymin, general])
            }
            // `base` is one of the three names matched above.
            _ => return Err(Diag::internal(&format!("checked operator `{base}`"))),
        };
        Ok((r, flag))
    }
}
