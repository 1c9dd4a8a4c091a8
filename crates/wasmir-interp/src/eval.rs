//! The operator evaluator: computes an operator of the table on constant operands, bit-exactly as
//! the WebAssembly instruction of the same name (Core Specification 2.0, §4.3 "Numerics"), or
//! reports the trap it raises. Both the reference interpreter and constant folding
//! (`wasmir-opt`'s `const-fold`, which declines wherever [`apply`] traps or yields an arithmetic
//! NaN) read it, so the two can never disagree on an operator.
//!
//! Traps (spec §4, "Traps" column): integer division or remainder by zero; `div_s` of the
//! minimum by -1; a checked `*_ovf_*` operation whose exact result does not fit; a float-to-int
//! `trunc` of NaN or of a value out of the target's range.
//!
//! Pointers (spec §12.2): a `ptr` is a 32-bit address; `ptr.add` wraps modulo 2^32, `ptr.sub` is
//! the difference modulo 2^32 as an `i32`, comparisons are unsigned, `ptr.to_int`/`ptr.from_int`
//! keep the bits.
//!
//! `i128` operators mean what the `i64` operator of the same name means, on 128 bits (spec §3.4.1);
//! they are computed on Rust's `i128`/`u128`, so this evaluator is the reference that
//! `legalize-i128`'s `i64` code is tested against.
//!
//! References (spec §3.4.2) are bits too: 0 is null, anything else a reference; `*.null` makes 0
//! and `*.is_null` tests for it.
//!
//! Only operators of format `Plain` are evaluated here: the others read or write the state of a
//! run (memory, globals, the stack frame, the layout) and are executed by the interpreter.
//!
//! NaN: wasm lets the sign and payload of an arithmetic NaN vary (§4.3.3 "NaN propagation"). The
//! evaluator returns the positive canonical NaN for every arithmetic NaN result, one of the
//! results wasm allows; the bitwise operations (`abs`, `neg`, `copysign`, `reinterpret`,
//! `select`) are exact on NaN.

use wasmir_syntax::ir::{Constant, Format, Opcode, Type};

/// Why an operator has no result (spec §1.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvalError {
    /// The operation traps at run time.
    Trap(crate::TrapKind),
    /// The operands do not match the operator's signature: invalid IR, which the verifier rejects.
    Mismatch,
}

/// Evaluates `op` on `args`. Errors: [`EvalError::Trap`] with the trap the instruction raises,
/// [`EvalError::Mismatch`] when `args` does not match the operator's signature, or when `op` is
/// not of format `Plain` (never a panic).
pub fn apply(op: Opcode, args: &[Constant]) -> Result<Constant, EvalError> {
    let params = op.params();
    if op.format() != Format::Plain {
        return Err(EvalError::Mismatch);
    }
    if args.len() != params.len() || args.iter().zip(params).any(|(a, &t)| a.ty != t) {
        return Err(EvalError::Mismatch);
    }
    let r = match args {
        [] => nullary(op),
        [a] => unary(op, *a),
        [a, b] => binary(op, *a, *b),
        [c, a, b] => select(op, *c, *a, *b),
        _ => None,
    };
    let Some(r) = r else { return Err(EvalError::Trap(trap_kind(op, args))) };
    if is_arithmetic_nan(op, r) {
        return Ok(match r.ty {
            Type::F32 => Constant { ty: Type::F32, bits: 0x7fc0_0000 },
            _ => Constant { ty: Type::F64, bits: 0x7ff8_0000_0000_0000 },
        });
    }
    Ok(r)
}

/// Whether `r`, the result of `op`, is a NaN whose sign and payload wasm leaves to the engine:
/// a NaN from any float operation other than the bitwise ones.
pub fn is_arithmetic_nan(op: Opcode, r: Constant) -> bool {
    let nan = match r.ty {
        Type::F32 => f32::from_bits(r.bits as u32).is_nan(),
        Type::F64 => f64::from_bits(r.bits as u64).is_nan(),
        _ => false,
    };
    nan && !is_bitwise_float(op)
}

/// Which trap `op` raised on `args`, given that it produced no value (see [`apply`]).
fn trap_kind(op: Opcode, args: &[Constant]) -> crate::TrapKind {
    use crate::TrapKind;
    use Opcode::*;
    match op {
        I32AddOvfS | I32AddOvfU | I32SubOvfS | I32SubOvfU | I32MulOvfS | I32MulOvfU | I64AddOvfS | I64AddOvfU
        | I64SubOvfS | I64SubOvfU | I64MulOvfS | I64MulOvfU | I128AddOvfS | I128AddOvfU | I128SubOvfS | I128SubOvfU
        | I128MulOvfS | I128MulOvfU => TrapKind::CheckedOverflow,
        I32DivS | I32DivU | I32RemS | I32RemU | I64DivS | I64DivU | I64RemS | I64RemU | I128DivS | I128DivU
        | I128RemS | I128RemU => {
            if args.get(1).is_some_and(|d| d.bits == 0) {
                TrapKind::IntegerDivideByZero
            } else {
                TrapKind::IntegerOverflow
            }
        }
        I32TruncF32S | I32TruncF32U | I64TruncF32S | I64TruncF32U => match args.first() {
            Some(c) if f32::from_bits(c.bits as u32).is_nan() => TrapKind::InvalidConversionToInteger,
            _ => TrapKind::IntegerOverflow,
        },
        I32TruncF64S | I32TruncF64U | I64TruncF64S | I64TruncF64U => match args.first() {
            Some(c) if f64::from_bits(c.bits as u64).is_nan() => TrapKind::InvalidConversionToInteger,
            _ => TrapKind::IntegerOverflow,
        },
        // Every other operator always has a value: `unary`/`binary`/`select` decline only above.
        _ => TrapKind::Unreachable,
    }
}

/// Operators that move float bits without arithmetic, and so are deterministic on NaN.
fn is_bitwise_float(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        F32Abs
            | F32Neg
            | F32Copysign
            | F64Abs
            | F64Neg
            | F64Copysign
            | F32ReinterpretI32
            | F64ReinterpretI64
            | F32Select
            | F64Select
    )
}

fn i32_of(c: Constant) -> i32 {
    c.bits as u32 as i32
}
fn u32_of(c: Constant) -> u32 {
    c.bits as u32
}
fn i64_of(c: Constant) -> i64 {
    c.bits as u64 as i64
}
fn u64_of(c: Constant) -> u64 {
    c.bits as u64
}
fn f32_of(c: Constant) -> f32 {
    f32::from_bits(c.bits as u32)
}
fn f64_of(c: Constant) -> f64 {
    f64::from_bits(c.bits as u64)
}
fn bool32(b: bool) -> Constant {
    Constant::i32(b as i32)
}
/// A `ptr` constant: the address's 32 bits.
pub fn ptr(addr: u32) -> Constant {
    Constant { ty: Type::Ptr, bits: addr as u128 }
}

fn select(op: Opcode, c: Constant, a: Constant, b: Constant) -> Option<Constant> {
    use Opcode::*;
    match op {
        I32Select | I64Select | I128Select | F32Select | F64Select | PtrSelect => {
            Some(if u32_of(c) != 0 { a } else { b })
        }
        _ => None,
    }
}

/// The null references (spec §3.4.2): bits 0.
fn nullary(op: Opcode) -> Option<Constant> {
    match op {
        Opcode::ExternRefNull => Some(Constant { ty: Type::ExternRef, bits: 0 }),
        Opcode::FuncRefNull => Some(Constant { ty: Type::FuncRef, bits: 0 }),
        _ => None,
    }
}

fn unary(op: Opcode, a: Constant) -> Option<Constant> {
    use Opcode::*;
    let r = match op {
        ExternRefIsNull | FuncRefIsNull => bool32(a.bits == 0),
        I32Eqz => bool32(u32_of(a) == 0),
        I32Clz => Constant::i32(u32_of(a).leading_zeros() as i32),
        I32Ctz => Constant::i32(u32_of(a).trailing_zeros() as i32),
        I32Popcnt => Constant::i32(u32_of(a).count_ones() as i32),
        I32Extend8S => Constant::i32(i32_of(a) as i8 as i32),
        I32Extend16S => Constant::i32(i32_of(a) as i16 as i32),
        I64Eqz => bool32(u64_of(a) == 0),
        I64Clz => Constant::i64(u64_of(a).leading_zeros() as i64),
        I64Ctz => Constant::i64(u64_of(a).trailing_zeros() as i64),
        I64Popcnt => Constant::i64(u64_of(a).count_ones() as i64),
        I64Extend8S => Constant::i64(i64_of(a) as i8 as i64),
        I64Extend16S => Constant::i64(i64_of(a) as i16 as i64),
        I64Extend32S => Constant::i64(i64_of(a) as i32 as i64),
        I128Eqz => bool32(a.bits == 0),
        I128Clz => Constant::i128(a.bits.leading_zeros() as i128),
        I128Ctz => Constant::i128(a.bits.trailing_zeros() as i128),
        I128Popcnt => Constant::i128(a.bits.count_ones() as i128),
        I128ExtendI64S => Constant::i128(i64_of(a) as i128),
        I128ExtendI64U => Constant::i128(u64_of(a) as i128),
        I64WrapI128 => Constant::i64(a.bits as u64 as i64),

        F32Abs => Constant { ty: Type::F32, bits: a.bits & 0x7fff_ffff },
        F32Neg => Constant { ty: Type::F32, bits: (a.bits ^ 0x8000_0000) & 0xffff_ffff },
        F32Sqrt => Constant::f32(f32_of(a).sqrt()),
        F32Ceil => Constant::f32(f32_of(a).ceil()),
        F32Floor => Constant::f32(f32_of(a).floor()),
        F32Trunc => Constant::f32(f32_of(a).trunc()),
        F32Nearest => Constant::f32(f32_of(a).round_ties_even()),
        F64Abs => Constant { ty: Type::F64, bits: a.bits & !(1 << 63) & u64::MAX as u128 },
        F64Neg => Constant { ty: Type::F64, bits: (a.bits ^ (1 << 63)) & u64::MAX as u128 },
        F64Sqrt => Constant::f64(f64_of(a).sqrt()),
        F64Ceil => Constant::f64(f64_of(a).ceil()),
        F64Floor => Constant::f64(f64_of(a).floor()),
        F64Trunc => Constant::f64(f64_of(a).trunc()),
        F64Nearest => Constant::f64(f64_of(a).round_ties_even()),

        I32WrapI64 => Constant::i32(a.bits as u32 as i32),
        I64ExtendI32S => Constant::i64(i32_of(a) as i64),
        I64ExtendI32U => Constant::i64(u32_of(a) as i64),

        // Trapping truncations: evaluated only inside the range where the wasm instruction is
        // defined (§4.3.4 `trunc`); there Rust's `as` truncates toward zero exactly.
        I32TruncF32S => Constant::i32(trunc_in(f32_of(a) as f64, -2147483649.0, 2147483648.0)? as i32),
        I32TruncF64S => Constant::i32(trunc_in(f64_of(a), -2147483649.0, 2147483648.0)? as i32),
        I32TruncF32U => Constant::i32(trunc_in(f32_of(a) as f64, -1.0, 4294967296.0)? as u32 as i32),
        I32TruncF64U => Constant::i32(trunc_in(f64_of(a), -1.0, 4294967296.0)? as u32 as i32),
        I64TruncF32S => Constant::i64(trunc_i64_s(f32_of(a) as f64)?),
        I64TruncF64S => Constant::i64(trunc_i64_s(f64_of(a))?),
        I64TruncF32U => Constant::i64(trunc_i64_u(f32_of(a) as f64)? as i64),
        I64TruncF64U => Constant::i64(trunc_i64_u(f64_of(a))? as i64),

        // Rust's float-to-int `as` saturates and maps NaN to 0: wasm's `trunc_sat` (§4.3.4).
        I32TruncSatF32S => Constant::i32(f32_of(a) as i32),
        I32TruncSatF32U => Constant::i32(f32_of(a) as u32 as i32),
        I32TruncSatF64S => Constant::i32(f64_of(a) as i32),
        I32TruncSatF64U => Constant::i32(f64_of(a) as u32 as i32),
        I64TruncSatF32S => Constant::i64(f32_of(a) as i64),
        I64TruncSatF32U => Constant::i64(f32_of(a) as u64 as i64),
        I64TruncSatF64S => Constant::i64(f64_of(a) as i64),
        I64TruncSatF64U => Constant::i64(f64_of(a) as u64 as i64),

        // Rust's int-to-float `as` rounds to nearest, ties to even: wasm's `convert` (§4.3.4).
        F32ConvertI32S => Constant::f32(i32_of(a) as f32),
        F32ConvertI32U => Constant::f32(u32_of(a) as f32),
        F32ConvertI64S => Constant::f32(i64_of(a) as f32),
        F32ConvertI64U => Constant::f32(u64_of(a) as f32),
        F64ConvertI32S => Constant::f64(i32_of(a) as f64),
        F64ConvertI32U => Constant::f64(u32_of(a) as f64),
        F64ConvertI64S => Constant::f64(i64_of(a) as f64),
        F64ConvertI64U => Constant::f64(u64_of(a) as f64),
        F32DemoteF64 => Constant::f32(f64_of(a) as f32),
        F64PromoteF32 => Constant::f64(f32_of(a) as f64),

        I32ReinterpretF32 => Constant { ty: Type::I32, bits: a.bits & 0xffff_ffff },
        I64ReinterpretF64 => Constant { ty: Type::I64, bits: a.bits & u64::MAX as u128 },
        F32ReinterpretI32 => Constant { ty: Type::F32, bits: a.bits & 0xffff_ffff },
        F64ReinterpretI64 => Constant { ty: Type::F64, bits: a.bits & u64::MAX as u128 },

        PtrToInt => Constant::i32(i32_of(a)),
        PtrFromInt => ptr(u32_of(a)),
        _ => return None,
    };
    Some(r)
}

/// `x` truncated toward zero when `lo < x < hi` (exclusive bounds, exact in f64), else `None`.
/// NaN fails both comparisons and so is rejected.
fn trunc_in(x: f64, lo: f64, hi: f64) -> Option<f64> {
    (x > lo && x < hi).then(|| x.trunc())
}

/// i64 range check: no f32/f64 lies strictly between -2^63-1 and -2^63, so `>= -2^63` is exact.
fn trunc_i64_s(x: f64) -> Option<i64> {
    (-9223372036854775808.0..9223372036854775808.0).contains(&x).then_some(x as i64)
}

fn trunc_i64_u(x: f64) -> Option<u64> {
    (x > -1.0 && x < 18446744073709551616.0).then_some(x as u64)
}

fn binary(op: Opcode, a: Constant, b: Constant) -> Option<Constant> {
    use Opcode::*;
    let (x, y) = (i32_of(a), i32_of(b));
    let (ux, uy) = (u32_of(a), u32_of(b));
    let (xl, yl) = (i64_of(a), i64_of(b));
    let (uxl, uyl) = (u64_of(a), u64_of(b));
    let (xw, yw) = (a.bits as i128, b.bits as i128);
    let (uxw, uyw) = (a.bits, b.bits);
    let r = match op {
        I32Add => Constant::i32(x.wrapping_add(y)),
        I32Sub => Constant::i32(x.wrapping_sub(y)),
        I32Mul => Constant::i32(x.wrapping_mul(y)),
        I32And => Constant::i32(x & y),
        I32Or => Constant::i32(x | y),
        I32Xor => Constant::i32(x ^ y),
        // Shift counts are taken modulo the width (§4.3.2 `ishl`); `wrapping_sh*` does that.
        I32Shl => Constant::i32(x.wrapping_shl(uy)),
        I32ShrS => Constant::i32(x.wrapping_shr(uy)),
        I32ShrU => Constant::i32(ux.wrapping_shr(uy) as i32),
        I32Rotl => Constant::i32(ux.rotate_left(uy % 32) as i32),
        I32Rotr => Constant::i32(ux.rotate_right(uy % 32) as i32),
        // `checked_*` is `None` on a zero divisor and on MIN / -1, exactly where wasm traps.
        // (`rem_s` of MIN by -1 is 0 in wasm, not a trap; `checked_rem` would refuse it.)
        I32DivS => Constant::i32(x.checked_div(y)?),
        I32DivU => Constant::i32(ux.checked_div(uy)? as i32),
        I32RemS => Constant::i32(if y == -1 { 0 } else { x.checked_rem(y)? }),
        I32RemU => Constant::i32(ux.checked_rem(uy)? as i32),
        I32AddOvfS => Constant::i32(x.checked_add(y)?),
        I32AddOvfU => Constant::i32(ux.checked_add(uy)? as i32),
        I32SubOvfS => Constant::i32(x.checked_sub(y)?),
        I32SubOvfU => Constant::i32(ux.checked_sub(uy)? as i32),
        I32MulOvfS => Constant::i32(x.checked_mul(y)?),
        I32MulOvfU => Constant::i32(ux.checked_mul(uy)? as i32),
        I32Eq => bool32(x == y),
        I32Ne => bool32(x != y),
        I32LtS => bool32(x < y),
        I32LtU => bool32(ux < uy),
        I32GtS => bool32(x > y),
        I32GtU => bool32(ux > uy),
        I32LeS => bool32(x <= y),
        I32LeU => bool32(ux <= uy),
        I32GeS => bool32(x >= y),
        I32GeU => bool32(ux >= uy),

        I64Add => Constant::i64(xl.wrapping_add(yl)),
        I64Sub => Constant::i64(xl.wrapping_sub(yl)),
        I64Mul => Constant::i64(xl.wrapping_mul(yl)),
        I64And => Constant::i64(xl & yl),
        I64Or => Constant::i64(xl | yl),
        I64Xor => Constant::i64(xl ^ yl),
        I64Shl => Constant::i64(xl.wrapping_shl(uyl as u32)),
        I64ShrS => Constant::i64(xl.wrapping_shr(uyl as u32)),
        I64ShrU => Constant::i64(uxl.wrapping_shr(uyl as u32) as i64),
        I64Rotl => Constant::i64(uxl.rotate_left((uyl % 64) as u32) as i64),
        I64Rotr => Constant::i64(uxl.rotate_right((uyl % 64) as u32) as i64),
        I64DivS => Constant::i64(xl.checked_div(yl)?),
        I64DivU => Constant::i64(uxl.checked_div(uyl)? as i64),
        I64RemS => Constant::i64(if yl == -1 { 0 } else { xl.checked_rem(yl)? }),
        I64RemU => Constant::i64(uxl.checked_rem(uyl)? as i64),
        I64AddOvfS => Constant::i64(xl.checked_add(yl)?),
        I64AddOvfU => Constant::i64(uxl.checked_add(uyl)? as i64),
        I64SubOvfS => Constant::i64(xl.checked_sub(yl)?),
        I64SubOvfU => Constant::i64(uxl.checked_sub(uyl)? as i64),
        I64MulOvfS => Constant::i64(xl.checked_mul(yl)?),
        I64MulOvfU => Constant::i64(uxl.checked_mul(uyl)? as i64),
        I64Eq => bool32(xl == yl),
        I64Ne => bool32(xl != yl),
        I64LtS => bool32(xl < yl),
        I64LtU => bool32(uxl < uyl),
        I64GtS => bool32(xl > yl),
        I64GtU => bool32(uxl > uyl),
        I64LeS => bool32(xl <= yl),
        I64LeU => bool32(uxl <= uyl),
        I64GeS => bool32(xl >= yl),
        I64GeU => bool32(uxl >= uyl),

        I128Add => Constant::i128(xw.wrapping_add(yw)),
        I128Sub => Constant::i128(xw.wrapping_sub(yw)),
        I128Mul => Constant::i128(xw.wrapping_mul(yw)),
        I128And => Constant::i128(xw & yw),
        I128Or => Constant::i128(xw | yw),
        I128Xor => Constant::i128(xw ^ yw),
        // The amount is taken modulo 128, as the i64 operators take theirs modulo 64.
        I128Shl => Constant::i128(xw.wrapping_shl(uyw as u32)),
        I128ShrS => Constant::i128(xw.wrapping_shr(uyw as u32)),
        I128ShrU => Constant::i128(uxw.wrapping_shr(uyw as u32) as i128),
        I128Rotl => Constant::i128(uxw.rotate_left((uyw % 128) as u32) as i128),
        I128Rotr => Constant::i128(uxw.rotate_right((uyw % 128) as u32) as i128),
        I128DivS => Constant::i128(xw.checked_div(yw)?),
        I128DivU => Constant::i128(uxw.checked_div(uyw)? as i128),
        I128RemS => Constant::i128(if yw == -1 { 0 } else { xw.checked_rem(yw)? }),
        I128RemU => Constant::i128(uxw.checked_rem(uyw)? as i128),
        I128AddOvfS => Constant::i128(xw.checked_add(yw)?),
        I128AddOvfU => Constant::i128(uxw.checked_add(uyw)? as i128),
        I128SubOvfS => Constant::i128(xw.checked_sub(yw)?),
        I128SubOvfU => Constant::i128(uxw.checked_sub(uyw)? as i128),
        I128MulOvfS => Constant::i128(xw.checked_mul(yw)?),
        I128MulOvfU => Constant::i128(uxw.checked_mul(uyw)? as i128),
        I128Eq => bool32(xw == yw),
        I128Ne => bool32(xw != yw),
        I128LtS => bool32(xw < yw),
        I128LtU => bool32(uxw < uyw),
        I128GtS => bool32(xw > yw),
        I128GtU => bool32(uxw > uyw),
        I128LeS => bool32(xw <= yw),
        I128LeU => bool32(uxw <= uyw),
        I128GeS => bool32(xw >= yw),
        I128GeU => bool32(uxw >= uyw),

        F32Add => Constant::f32(f32_of(a) + f32_of(b)),
        F32Sub => Constant::f32(f32_of(a) - f32_of(b)),
        F32Mul => Constant::f32(f32_of(a) * f32_of(b)),
        F32Div => Constant::f32(f32_of(a) / f32_of(b)),
        F32Min => Constant::f32(fmin(f32_of(a) as f64, f32_of(b) as f64)? as f32),
        F32Max => Constant::f32(fmax(f32_of(a) as f64, f32_of(b) as f64)? as f32),
        F32Copysign => Constant { ty: Type::F32, bits: (a.bits & 0x7fff_ffff) | (b.bits & 0x8000_0000) },
        F32Eq => bool32(f32_of(a) == f32_of(b)),
        F32Ne => bool32(f32_of(a) != f32_of(b)),
        F32Lt => bool32(f32_of(a) < f32_of(b)),
        F32Gt => bool32(f32_of(a) > f32_of(b)),
        F32Le => bool32(f32_of(a) <= f32_of(b)),
        F32Ge => bool32(f32_of(a) >= f32_of(b)),

        F64Add => Constant::f64(f64_of(a) + f64_of(b)),
        F64Sub => Constant::f64(f64_of(a) - f64_of(b)),
        F64Mul => Constant::f64(f64_of(a) * f64_of(b)),
        F64Div => Constant::f64(f64_of(a) / f64_of(b)),
        F64Min => Constant::f64(fmin(f64_of(a), f64_of(b))?),
        F64Max => Constant::f64(fmax(f64_of(a), f64_of(b))?),
        F64Copysign => Constant { ty: Type::F64, bits: (a.bits & !(1 << 63)) | (b.bits & (1 << 63)) },
        F64Eq => bool32(f64_of(a) == f64_of(b)),
        F64Ne => bool32(f64_of(a) != f64_of(b)),
        F64Lt => bool32(f64_of(a) < f64_of(b)),
        F64Gt => bool32(f64_of(a) > f64_of(b)),
        F64Le => bool32(f64_of(a) <= f64_of(b)),
        F64Ge => bool32(f64_of(a) >= f64_of(b)),

        PtrAdd => ptr(ux.wrapping_add(uy)),
        PtrSub => Constant::i32(ux.wrapping_sub(uy) as i32),
        PtrEq => bool32(ux == uy),
        PtrNe => bool32(ux != uy),
        PtrLtU => bool32(ux < uy),
        PtrGtU => bool32(ux > uy),
        PtrLeU => bool32(ux <= uy),
        PtrGeU => bool32(ux >= uy),
        _ => return None,
    };
    Some(r)
}

/// wasm `fmin` (§4.3.3): NaN if either is NaN, and -0 is less than +0, which Rust's `f64::min`
/// leaves unspecified. f32 operands widen exactly, so one helper serves both.
fn fmin(x: f64, y: f64) -> Option<f64> {
    if x.is_nan() || y.is_nan() {
        return Some(f64::NAN);
    }
    Some(if x == 0.0 && y == 0.0 {
        if x.is_sign_negative() {
            x
        } else {
            y
        }
    } else if x < y {
        x
    } else {
        y
    })
}

/// wasm `fmax` (§4.3.3): as [`fmin`], with +0 greater than -0.
fn fmax(x: f64, y: f64) -> Option<f64> {
    if x.is_nan() || y.is_nan() {
        return Some(f64::NAN);
    }
    Some(if x == 0.0 && y == 0.0 {
        if x.is_sign_positive() {
            x
        } else {
            y
        }
    } else if x > y {
        x
    } else {
        y
    })
}
