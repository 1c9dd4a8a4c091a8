//! Checked arithmetic (`*.add_ovf_*`, `*.sub_ovf_*`, `*.mul_ovf_*`, spec §7.5): wasm sequences that
//! take the two operands from the stack, leave the wrapped result, and trap with `unreachable` when
//! the mathematical result does not fit the type. No sequence can trap otherwise (every division
//! in them has a nonzero divisor and is never `MIN / -1`).
//!
//! - i32: compute in i64 (operands extended signed for `_s`, unsigned for `_u`), where the exact
//!   result always fits, then check that it survives the round trip to i32: `r != extend_s(wrap r)`
//!   for signed, `r >>u 32 != 0` for unsigned.
//! - `i64.add_ovf_s`: `((r ^ a) & (r ^ b)) < 0` (both operands' signs differ from the result's).
//! - `i64.sub_ovf_s`: `((a ^ b) & (a ^ r)) < 0`.
//! - `i64.add_ovf_u`: `r <u a`. `i64.sub_ovf_u`: `a <u b`.
//! - `i64.mul_ovf_u`: `a != 0 && r /u a != b`.
//! - `i64.mul_ovf_s`: when `a == -1`, overflow iff `b == MIN`; else when `a != 0`, iff
//!   `r /s a != b` (this also catches `a == MIN, b == -1`, where `r == MIN` and `r / a == 1`).

use wasm_encoder::{BlockType, Instruction as I};
use wasmir_syntax::ir::{Opcode, Type};

/// The sequence for checked operator `op`, or `None` when `op` is not checked. `scratch(ty, k)`
/// gives the `k`-th scratch local of type `ty`.
pub(crate) fn sequence(op: Opcode, mut scratch: impl FnMut(Type, usize) -> u32) -> Option<Vec<I<'static>>> {
    use Opcode::*;
    let trap_if = [I::If(BlockType::Empty), I::Unreachable, I::End];
    Some(match op {
        I32AddOvfS | I32AddOvfU | I32SubOvfS | I32SubOvfU | I32MulOvfS | I32MulOvfU => {
            let signed = matches!(op, I32AddOvfS | I32SubOvfS | I32MulOvfS);
            let ext = if signed { I::I64ExtendI32S } else { I::I64ExtendI32U };
            let arith = match op {
                I32AddOvfS | I32AddOvfU => I::I64Add,
                I32SubOvfS | I32SubOvfU => I::I64Sub,
                _ => I::I64Mul,
            };
            let b = scratch(Type::I32, 0);
            let r = scratch(Type::I64, 0);
            let mut v = vec![I::LocalSet(b), ext.clone(), I::LocalGet(b), ext, arith, I::LocalTee(r)];
            if signed {
                v.extend([I::LocalGet(r), I::I32WrapI64, I::I64ExtendI32S, I::I64Ne]);
            } else {
                v.extend([I::I64Const(32), I::I64ShrU, I::I64Eqz, I::I32Eqz]);
            }
            v.extend(trap_if);
            v.extend([I::LocalGet(r), I::I32WrapI64]);
            v
        }
        I64AddOvfS | I64SubOvfS => {
            let (a, b, r) = (scratch(Type::I64, 0), scratch(Type::I64, 1), scratch(Type::I64, 2));
            let mut v = vec![I::LocalSet(b), I::LocalTee(a), I::LocalGet(b)];
            if op == I64AddOvfS {
                v.extend([I::I64Add, I::LocalTee(r), I::LocalGet(a), I::I64Xor, I::LocalGet(r), I::LocalGet(b)]);
            } else {
                v.extend([
                    I::I64Sub,
                    I::LocalSet(r),
                    I::LocalGet(a),
                    I::LocalGet(b),
                    I::I64Xor,
                    I::LocalGet(a),
                    I::LocalGet(r),
                ]);
            }
            v.extend([I::I64Xor, I::I64And, I::I64Const(0), I::I64LtS]);
            v.extend(trap_if);
            v.push(I::LocalGet(r));
            v
        }
        I64AddOvfU => {
            let (a, b) = (scratch(Type::I64, 0), scratch(Type::I64, 1));
            let mut v = vec![
                I::LocalSet(b),
                I::LocalTee(a),
                I::LocalGet(b),
                I::I64Add,
                I::LocalTee(b),
                I::LocalGet(a),
                I::I64LtU,
            ];
            v.extend(trap_if);
            v.push(I::LocalGet(b));
            v
        }
        I64SubOvfU => {
            let (a, b) = (scratch(Type::I64, 0), scratch(Type::I64, 1));
            let mut v = vec![I::LocalSet(b), I::LocalTee(a), I::LocalGet(b), I::I64LtU];
            v.extend(trap_if);
            v.extend([I::LocalGet(a), I::LocalGet(b), I::I64Sub]);
            v
        }
        I64MulOvfU => {
            let (a, b, r) = (scratch(Type::I64, 0), scratch(Type::I64, 1), scratch(Type::I64, 2));
            let mut v = vec![I::LocalSet(b), I::LocalTee(a), I::LocalGet(b), I::I64Mul, I::LocalSet(r)];
            v.extend([I::LocalGet(a), I::I64Eqz, I::I32Eqz, I::If(BlockType::Empty)]);
            v.extend([I::LocalGet(r), I::LocalGet(a), I::I64DivU, I::LocalGet(b), I::I64Ne]);
            v.extend(trap_if);
            v.extend([I::End, I::LocalGet(r)]);
            v
        }
        I64MulOvfS => {
            let (a, b, r) = (scratch(Type::I64, 0), scratch(Type::I64, 1), scratch(Type::I64, 2));
            let mut v = vec![I::LocalSet(b), I::LocalTee(a), I::LocalGet(b), I::I64Mul, I::LocalSet(r)];
            v.extend([I::LocalGet(a), I::I64Const(-1), I::I64Eq, I::If(BlockType::Empty)]);
            v.extend([I::LocalGet(b), I::I64Const(i64::MIN), I::I64Eq]);
            v.extend(trap_if.clone());
            v.extend([I::Else, I::LocalGet(a), I::I64Eqz, I::I32Eqz, I::If(BlockType::Empty)]);
            v.extend([I::LocalGet(r), I::LocalGet(a), I::I64DivS, I::LocalGet(b), I::I64Ne]);
            v.extend(trap_if);
            v.extend([I::End, I::End, I::LocalGet(r)]);
            v
        }
        _ => return None,
    })
}
