//! Integer operations. Narrow integers (bool, 8 and 16 bits) live in an `i32` in normal form
//! (unsigned zero-extended, signed sign-extended, bool 0/1); operations that can leave the
//! narrow range renormalize (`norm`). `BinaryOp`, shift amounts, integer casts and byte swaps.

use super::{Lower, Val, WTy, err};
use crate::diag::{Code, DResult};
use crate::shape::{Kind, shape_of};
use rustc_public::mir::{BinOp, Operand};
use rustc_public::ty::Ty;

impl Lower<'_, '_> {
    /// Brings an `i32`/`i64` holding the low bits of a `k` value into normal form.
    pub(super) fn norm(&mut self, k: Kind, v: Val) -> Val {
        match k {
            Kind::Bool => {
                let one = self.iconst(WTy::I32, 1);
                self.op("i32.and", WTy::I32, &[v, one])
            }
            Kind::U(8) | Kind::U(16) => {
                let m = self.iconst(WTy::I32, (1i64 << k.bits()) - 1);
                self.op("i32.and", WTy::I32, &[v, m])
            }
            Kind::S(8) => self.op("i32.extend8_s", WTy::I32, &[v]),
            Kind::S(16) => self.op("i32.extend16_s", WTy::I32, &[v]),
            _ => v,
        }
    }

    /// `BinaryOp(op, a, b)` of integer or bool operands, with result type `dst_ty`.
    pub(super) fn binop(&mut self, op: BinOp, a: &Operand, b: &Operand, dst_ty: Ty) -> DResult<Vec<Val>> {
        let (x, k) = self.scalar(a)?;
        let (y, kb) = self.scalar(b)?;
        let s = k.signed();
        let r = match op {
            BinOp::Add | BinOp::AddUnchecked => {
                let r = self.op2(k, "add", x, y);
                self.norm(k, r)
            }
            BinOp::Sub | BinOp::SubUnchecked => {
                let r = self.op2(k, "sub", x, y);
                self.norm(k, r)
            }
            BinOp::Mul | BinOp::MulUnchecked => {
                let r = self.op2(k, "mul", x, y);
                self.norm(k, r)
            }
            BinOp::Div => {
                let r = self.op2(k, if s { "div_s" } else { "div_u" }, x, y);
                if s { self.norm(k, r) } else { r }
            }
            BinOp::Rem => self.op2(k, if s { "rem_s" } else { "rem_u" }, x, y),
            BinOp::BitAnd => self.op2(k, "and", x, y),
            BinOp::BitOr => self.op2(k, "or", x, y),
            BinOp::BitXor => self.op2(k, "xor", x, y),
            BinOp::Shl | BinOp::ShlUnchecked | BinOp::Shr | BinOp::ShrUnchecked => {
                let amt = self.shift_amount(k, y, kb);
                let name = match op {
                    BinOp::Shl | BinOp::ShlUnchecked => "shl",
                    _ if s => "shr_s",
                    _ => "shr_u",
                };
                let r = self.op2(k, name, x, amt);
                if name == "shl" { self.norm(k, r) } else { r }
            }
            BinOp::Eq => self.cmp(k, "eq", x, y),
            BinOp::Ne => self.cmp(k, "ne", x, y),
            BinOp::Lt => self.cmp(k, if s { "lt_s" } else { "lt_u" }, x, y),
            BinOp::Le => self.cmp(k, if s { "le_s" } else { "le_u" }, x, y),
            BinOp::Gt => self.cmp(k, if s { "gt_s" } else { "gt_u" }, x, y),
            BinOp::Ge => self.cmp(k, if s { "ge_s" } else { "ge_u" }, x, y),
            BinOp::Cmp => {
                // `Ordering` as its discriminant: (a > b) - (a < b).
                let shape = shape_of(dst_ty)?;
                if shape.kinds.len() != 1 {
                    return Err(err(Code::Operator, "unexpected `Cmp` result type", ""));
                }
                let gt = self.cmp(k, if s { "gt_s" } else { "gt_u" }, x, y);
                let lt = self.cmp(k, if s { "lt_s" } else { "lt_u" }, x, y);
                let r = self.op("i32.sub", WTy::I32, &[gt, lt]);
                return Ok(vec![r]);
            }
            BinOp::Offset => {
                return Err(err(Code::Operator, "unsupported MIR binary op `Offset`", ""));
            }
        };
        Ok(vec![r])
    }

    /// Converts a shift amount of kind `kb` to the type of `k` and masks it to `k`'s width.
    pub(super) fn shift_amount(&mut self, k: Kind, y: Val, kb: Kind) -> Val {
        let y = match (k.wty(), kb.wty()) {
            (WTy::I32, WTy::I64) => self.op("i32.wrap_i64", WTy::I32, &[y]),
            (WTy::I64, WTy::I32) => self.op("i64.extend_i32_u", WTy::I64, &[y]),
            _ => y,
        };
        if k.narrow() {
            let m = self.iconst(WTy::I32, k.bits() as i64 - 1);
            self.op("i32.and", WTy::I32, &[y, m])
        } else {
            y // wasm masks 32/64-bit shift amounts itself
        }
    }

    /// `x as kd` for a normalized `x` of kind `ks` (MIR `Cast(IntToInt)`).
    pub(super) fn int_cast(&mut self, x: Val, ks: Kind, kd: Kind) -> Val {
        match (ks.wty(), kd.wty()) {
            (WTy::I64, WTy::I64) => x,
            (WTy::I64, WTy::I32) => {
                let w = self.op("i32.wrap_i64", WTy::I32, &[x]);
                self.norm(kd, w)
            }
            (WTy::I32, WTy::I64) => {
                let ext = if ks.signed() { "i64.extend_i32_s" } else { "i64.extend_i32_u" };
                self.op(ext, WTy::I64, &[x])
            }
            (WTy::I32, WTy::I32) => {
                let keeps = !kd.narrow()
                    || (!ks.signed() && ks.bits() < kd.bits())
                    || (ks.signed() && kd.signed() && ks.bits() <= kd.bits())
                    || ks == kd;
                if keeps { x } else { self.norm(kd, x) }
            }
        }
    }

    /// `swap_bytes` of a normalized `k` value.
    pub(super) fn bswap(&mut self, x: Val, k: Kind) -> Val {
        let bytes = k.bits() / 8;
        if bytes <= 1 {
            x
        } else {
            let w = k.wty();
            let ff = self.iconst(w, 0xff);
            let mut acc: Option<Val> = None;
            for i in 0..bytes {
                let sh = self.iconst(w, 8 * i as i64);
                let byte0 = self.op2(k, "shr_u", x, sh);
                let byte = self.op2(k, "and", byte0, ff);
                let sh2 = self.iconst(w, 8 * (bytes - 1 - i) as i64);
                let placed = self.op2(k, "shl", byte, sh2);
                acc = Some(match acc {
                    None => placed,
                    Some(a) => self.op2(k, "or", a, placed),
                });
            }
            // `bytes >= 2`, so the loop ran and `acc` holds the swapped value.
            match acc {
                Some(r) => self.norm(k, r),
                None => x,
            }
        }
    }
}
