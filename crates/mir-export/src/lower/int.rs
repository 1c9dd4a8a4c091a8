//! Integer operations. Narrow integers (bool, 8 and 16 bits) live in an `i32` in normal form
//! (unsigned zero-extended, signed sign-extended, bool 0/1); operations that can leave the
//! narrow range renormalize (`norm`). `BinaryOp`, shift amounts, integer casts and byte swaps.

use super::builder::IntOp;
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::shape::{Kind, shape_of};
use rustc_public::mir::{BinOp, Operand};
use rustc_public::ty::Ty;
use wasmir_syntax::ir::{Opcode, Type, Value};

impl Lower<'_, '_, '_> {
    /// Brings an `i32`/`i64` holding the low bits of a `k` value into normal form.
    pub(super) fn norm(&mut self, k: Kind, v: Value) -> DResult<Value> {
        match k {
            Kind::Bool => {
                let one = self.iconst(Type::I32, 1)?;
                self.op(Opcode::I32And, &[v, one])
            }
            Kind::U(8) | Kind::U(16) => {
                let m = self.iconst(Type::I32, (1i64 << k.bits()) - 1)?;
                self.op(Opcode::I32And, &[v, m])
            }
            Kind::S(8) => self.op(Opcode::I32Extend8S, &[v]),
            Kind::S(16) => self.op(Opcode::I32Extend16S, &[v]),
            _ => Ok(v),
        }
    }

    /// `BinaryOp(op, a, b)` of integer, bool or float operands, with result type `dst_ty`.
    pub(super) fn binop(&mut self, op: BinOp, a: &Operand, b: &Operand, dst_ty: Ty) -> DResult<Vec<Value>> {
        let (x, k) = self.scalar(a)?;
        let (y, kb) = self.scalar(b)?;
        if k.is_float() {
            return Ok(vec![self.float_binop(op, k, x, y)?]);
        }
        let s = k.signed();
        let r = match op {
            BinOp::Add | BinOp::AddUnchecked => {
                let r = self.op2(k, IntOp::Add, x, y)?;
                self.norm(k, r)?
            }
            BinOp::Sub | BinOp::SubUnchecked => {
                let r = self.op2(k, IntOp::Sub, x, y)?;
                self.norm(k, r)?
            }
            BinOp::Mul | BinOp::MulUnchecked => {
                let r = self.op2(k, IntOp::Mul, x, y)?;
                self.norm(k, r)?
            }
            BinOp::Div => {
                let r = self.op2(k, if s { IntOp::DivS } else { IntOp::DivU }, x, y)?;
                if s { self.norm(k, r)? } else { r }
            }
            BinOp::Rem => self.op2(k, if s { IntOp::RemS } else { IntOp::RemU }, x, y)?,
            BinOp::BitAnd => self.op2(k, IntOp::And, x, y)?,
            BinOp::BitOr => self.op2(k, IntOp::Or, x, y)?,
            BinOp::BitXor => self.op2(k, IntOp::Xor, x, y)?,
            BinOp::Shl | BinOp::ShlUnchecked | BinOp::Shr | BinOp::ShrUnchecked => {
                let amt = self.shift_amount(k, y, kb)?;
                let shift = match op {
                    BinOp::Shl | BinOp::ShlUnchecked => IntOp::Shl,
                    _ if s => IntOp::ShrS,
                    _ => IntOp::ShrU,
                };
                let r = self.op2(k, shift, x, amt)?;
                if shift == IntOp::Shl { self.norm(k, r)? } else { r }
            }
            BinOp::Eq => self.op2(k, IntOp::Eq, x, y)?,
            BinOp::Ne => self.op2(k, IntOp::Ne, x, y)?,
            BinOp::Lt => self.op2(k, if s { IntOp::LtS } else { IntOp::LtU }, x, y)?,
            BinOp::Le => self.op2(k, if s { IntOp::LeS } else { IntOp::LeU }, x, y)?,
            BinOp::Gt => self.op2(k, if s { IntOp::GtS } else { IntOp::GtU }, x, y)?,
            BinOp::Ge => self.op2(k, if s { IntOp::GeS } else { IntOp::GeU }, x, y)?,
            BinOp::Cmp => {
                // `Ordering` as its discriminant: (a > b) - (a < b).
                let shape = shape_of(dst_ty)?;
                if shape.leaves.len() != 1 {
                    return Err(err(Code::Operator, "unexpected `Cmp` result type", ""));
                }
                let gt = self.op2(k, if s { IntOp::GtS } else { IntOp::GtU }, x, y)?;
                let lt = self.op2(k, if s { IntOp::LtS } else { IntOp::LtU }, x, y)?;
                let r = self.op(Opcode::I32Sub, &[gt, lt])?;
                return Ok(vec![r]);
            }
            BinOp::Offset => {
                // `ptr.offset(n)`: `n` elements of the pointee.
                let pty = self.operand_ty(a)?;
                let size = crate::shape::layout(super::memory::pointee(pty)?)?.size.bytes();
                let s = self.iconst(Type::I32, size as i64)?;
                let o = self.op(Opcode::I32Mul, &[y, s])?;
                return Ok(vec![self.op(Opcode::PtrAdd, &[x, o])?]);
            }
        };
        Ok(vec![r])
    }

    /// `v` of integer type `from` as type `to`: the low bits when narrowing, sign- (`signed`) or
    /// zero-extended when widening.
    pub(super) fn resize(&mut self, v: Value, from: Type, to: Type, signed: bool) -> DResult<Value> {
        let (ext64, ext128) = if signed {
            (Opcode::I64ExtendI32S, Opcode::I128ExtendI64S)
        } else {
            (Opcode::I64ExtendI32U, Opcode::I128ExtendI64U)
        };
        match (from, to) {
            (Type::I32, Type::I64) => self.op(ext64, &[v]),
            (Type::I32, Type::I128) => {
                let w = self.op(ext64, &[v])?;
                self.op(ext128, &[w])
            }
            (Type::I64, Type::I128) => self.op(ext128, &[v]),
            (Type::I64, Type::I32) => self.op(Opcode::I32WrapI64, &[v]),
            (Type::I128, Type::I64) => self.op(Opcode::I64WrapI128, &[v]),
            (Type::I128, Type::I32) => {
                let w = self.op(Opcode::I64WrapI128, &[v])?;
                self.op(Opcode::I32WrapI64, &[w])
            }
            // A pointer's address is its 32 bits (spec §12.2).
            (Type::Ptr, Type::I32) => self.op(Opcode::PtrToInt, &[v]),
            (Type::I32, Type::Ptr) => self.op(Opcode::PtrFromInt, &[v]),
            (Type::Ptr, to) => {
                let a = self.op(Opcode::PtrToInt, &[v])?;
                self.resize(a, Type::I32, to, false)
            }
            (from, Type::Ptr) => {
                let a = self.resize(v, from, Type::I32, signed)?;
                self.op(Opcode::PtrFromInt, &[a])
            }
            _ => Ok(v),
        }
    }

    /// `BinaryOp(op, x, y)` on floats of kind `k`: IEEE 754 arithmetic rounding to nearest even
    /// and IEEE comparisons (false with a NaN operand, except `!=`), which wasm's instructions
    /// compute exactly. Rust leaves the sign and payload of a NaN result unspecified, as wasm does.
    fn float_binop(&mut self, op: BinOp, k: Kind, x: Value, y: Value) -> DResult<Value> {
        use Opcode::*;
        let f32 = k.bits() == 32;
        let code = match op {
            BinOp::Add => {
                if f32 {
                    F32Add
                } else {
                    F64Add
                }
            }
            BinOp::Sub => {
                if f32 {
                    F32Sub
                } else {
                    F64Sub
                }
            }
            BinOp::Mul => {
                if f32 {
                    F32Mul
                } else {
                    F64Mul
                }
            }
            BinOp::Div => {
                if f32 {
                    F32Div
                } else {
                    F64Div
                }
            }
            BinOp::Eq => {
                if f32 {
                    F32Eq
                } else {
                    F64Eq
                }
            }
            BinOp::Ne => {
                if f32 {
                    F32Ne
                } else {
                    F64Ne
                }
            }
            BinOp::Lt => {
                if f32 {
                    F32Lt
                } else {
                    F64Lt
                }
            }
            BinOp::Le => {
                if f32 {
                    F32Le
                } else {
                    F64Le
                }
            }
            BinOp::Gt => {
                if f32 {
                    F32Gt
                } else {
                    F64Gt
                }
            }
            BinOp::Ge => {
                if f32 {
                    F32Ge
                } else {
                    F64Ge
                }
            }
            // wasm has no float remainder: rustc's codegen calls C's `fmod`, which is
            // compiler-builtins' (libm's code), compiled through WasmIR like core.
            BinOp::Rem => {
                let f = self.res.builtin(if f32 { "fmodf" } else { "fmod" })?;
                let ty = if f32 { Type::F32 } else { Type::F64 };
                return Ok(self.fb.call(f, &[x, y], &[ty])?[0]);
            }
            other => return Err(err(Code::Operator, format!("unsupported MIR binary op `{other:?}` on floats"), "")),
        };
        self.op(code, &[x, y])
    }

    /// Converts a shift amount of kind `kb` to the type of `k` and masks it to `k`'s width.
    pub(super) fn shift_amount(&mut self, k: Kind, y: Value, kb: Kind) -> DResult<Value> {
        // The operators take the amount modulo the width, so its high bits never matter.
        let y = self.resize(y, kb.wty(), k.wty(), false)?;
        if k.narrow() {
            let m = self.iconst(Type::I32, k.bits() as i64 - 1)?;
            self.op(Opcode::I32And, &[y, m])
        } else {
            Ok(y) // wasm masks 32/64-bit shift amounts itself
        }
    }

    /// `x as kd` for a normalized `x` of kind `ks` (MIR `Cast(IntToInt)`).
    pub(super) fn int_cast(&mut self, x: Value, ks: Kind, kd: Kind) -> DResult<Value> {
        match (ks.wty(), kd.wty()) {
            (Type::I32, Type::I64) => {
                let ext = if ks.signed() { Opcode::I64ExtendI32S } else { Opcode::I64ExtendI32U };
                self.op(ext, &[x])
            }
            (Type::I64 | Type::I128, Type::I32) => {
                let w = self.resize(x, ks.wty(), Type::I32, false)?;
                self.norm(kd, w)
            }
            (from, to) if from != to => self.resize(x, from, to, ks.signed()),
            (Type::I32, Type::I32) => {
                let keeps = !kd.narrow()
                    || (!ks.signed() && ks.bits() < kd.bits())
                    || (ks.signed() && kd.signed() && ks.bits() <= kd.bits())
                    || ks == kd;
                if keeps { Ok(x) } else { self.norm(kd, x) }
            }
            // Same 64-bit type.
            _ => Ok(x),
        }
    }

    /// `swap_bytes` of a normalized `k` value.
    pub(super) fn bswap(&mut self, x: Value, k: Kind) -> DResult<Value> {
        let bytes = k.bits() / 8;
        if bytes <= 1 {
            return Ok(x);
        }
        let w = k.wty();
        let ff = self.iconst(w, 0xff)?;
        let mut acc: Option<Value> = None;
        for i in 0..bytes {
            let sh = self.iconst(w, 8 * i as i64)?;
            let byte0 = self.op2(k, IntOp::ShrU, x, sh)?;
            let byte = self.op2(k, IntOp::And, byte0, ff)?;
            let sh2 = self.iconst(w, 8 * (bytes - 1 - i) as i64)?;
            let placed = self.op2(k, IntOp::Shl, byte, sh2)?;
            acc = Some(match acc {
                None => placed,
                Some(a) => self.op2(k, IntOp::Or, a, placed)?,
            });
        }
        // `bytes >= 2`, so the loop ran and `acc` holds the swapped value.
        match acc {
            Some(r) => self.norm(k, r),
            None => Ok(x),
        }
    }
}
