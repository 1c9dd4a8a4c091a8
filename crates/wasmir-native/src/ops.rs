//! The operators of the table (spec §4, §12) as CLIF, bit-exact with the interpreter's
//! `wasmir_interp::eval` and `op_imm`. Every trap of the table is an explicit test before the
//! operation ([`Cx::trap_if`]): division by zero and `MIN / -1`, checked overflow, a `trunc` of
//! NaN or out of range, a memory access past `mem_size`. Cranelift's own trapping forms are never
//! reached, so no signal handler is needed.
//!
//! NaN: the JIT is built with `enable_nan_canonicalization`, so every arithmetic NaN is the
//! positive canonical one, which is what the interpreter returns; the bitwise operations (`abs`,
//! `neg`, `copysign`, `reinterpret`, `select`) keep NaN bits as both do.

use crate::abi::{clif_type, Helper, CELL_BYTES};
use crate::jit::OFF_GLOBALS;
use crate::translate::{field, Cx};
use crate::Error;
use cranelift_codegen::ir::{
    self, condcodes::FloatCC, condcodes::IntCC, immediates::Ieee64, types, InstBuilder, MemFlagsData,
};
use cranelift_entity::EntityRef;
use wasmir_interp::TrapKind;
use wasmir_syntax::ir::{FuncId, Imm, Opcode};

fn bool32(cx: &mut Cx<'_, '_>, flag: ir::Value) -> ir::Value {
    cx.b.ins().uextend(types::I32, flag)
}

fn icmp(cx: &mut Cx<'_, '_>, cc: IntCC, a: ir::Value, b: ir::Value) -> ir::Value {
    let f = cx.b.ins().icmp(cc, a, b);
    bool32(cx, f)
}

fn fcmp(cx: &mut Cx<'_, '_>, cc: FloatCC, a: ir::Value, b: ir::Value) -> ir::Value {
    let f = cx.b.ins().fcmp(cc, a, b);
    bool32(cx, f)
}

/// Integer division and remainder with wasm's traps: by zero, and `div_s` of MIN by -1
/// (`rem_s` of MIN by -1 is 0).
fn divide(cx: &mut Cx<'_, '_>, op: Opcode, x: ir::Value, y: ir::Value) -> ir::Value {
    use Opcode::*;
    let ty = cx.b.func.dfg.value_type(x);
    let zero = cx.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
    cx.trap_if(zero, TrapKind::IntegerDivideByZero);
    match op {
        I32DivS | I64DivS => {
            let min = if ty == types::I32 { i64::from(i32::MIN) } else { i64::MIN };
            let is_min = cx.b.ins().icmp_imm_s(IntCC::Equal, x, min);
            let minus1 = cx.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
            let both = cx.b.ins().band(is_min, minus1);
            cx.trap_if(both, TrapKind::IntegerOverflow);
            cx.b.ins().sdiv(x, y)
        }
        I32RemS | I64RemS => {
            // x rem -1 is 0 for every x: divide by 1 instead, which cannot overflow.
            let minus1 = cx.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
            let one = cx.b.ins().iconst(ty, 1);
            let d = cx.b.ins().select(minus1, one, y);
            cx.b.ins().srem(x, d)
        }
        I32DivU | I64DivU => cx.b.ins().udiv(x, y),
        _ => cx.b.ins().urem(x, y),
    }
}

/// Checked arithmetic (spec §4.3): the wrapping result, trapping `CheckedOverflow` when the
/// exact result does not fit. Written with plain instructions (no flags), for 32 and 64 bits.
fn checked(cx: &mut Cx<'_, '_>, op: Opcode, x: ir::Value, y: ir::Value) -> ir::Value {
    use Opcode::*;
    let ty = cx.b.func.dfg.value_type(x);
    let bits = ty.bits();
    let (r, ovf) = match op {
        I32AddOvfU | I64AddOvfU => {
            let r = cx.b.ins().iadd(x, y);
            (r, cx.b.ins().icmp(IntCC::UnsignedLessThan, r, x))
        }
        I32AddOvfS | I64AddOvfS => {
            let r = cx.b.ins().iadd(x, y);
            let a = cx.b.ins().bxor(x, r);
            let b = cx.b.ins().bxor(y, r);
            let both = cx.b.ins().band(a, b);
            (r, cx.b.ins().icmp_imm_s(IntCC::SignedLessThan, both, 0))
        }
        I32SubOvfU | I64SubOvfU => {
            let r = cx.b.ins().isub(x, y);
            (r, cx.b.ins().icmp(IntCC::UnsignedLessThan, x, y))
        }
        I32SubOvfS | I64SubOvfS => {
            let r = cx.b.ins().isub(x, y);
            let a = cx.b.ins().bxor(x, y);
            let b = cx.b.ins().bxor(x, r);
            let both = cx.b.ins().band(a, b);
            (r, cx.b.ins().icmp_imm_s(IntCC::SignedLessThan, both, 0))
        }
        I32MulOvfU | I64MulOvfU => {
            let r = cx.b.ins().imul(x, y);
            let hi = cx.b.ins().umulhi(x, y);
            (r, cx.b.ins().icmp_imm_s(IntCC::NotEqual, hi, 0))
        }
        _ => {
            // Signed: the high half must be the sign extension of the low half.
            let r = cx.b.ins().imul(x, y);
            let hi = cx.b.ins().smulhi(x, y);
            let sign = cx.b.ins().sshr_imm_u(r, i64::from(bits - 1));
            (r, cx.b.ins().icmp(IntCC::NotEqual, hi, sign))
        }
    };
    cx.trap_if(ovf, TrapKind::CheckedOverflow);
    r
}

/// A trapping float-to-int `trunc` (spec §4.3.4): NaN is `InvalidConversionToInteger`, a value
/// outside `(lo, hi)` `IntegerOverflow` (bounds exact in f64, as the interpreter's), then the
/// saturating conversion, which is exact inside the range.
fn trunc(cx: &mut Cx<'_, '_>, x: ir::Value, to: ir::Type, signed: bool) -> ir::Value {
    let wide = if cx.b.func.dfg.value_type(x) == types::F32 { cx.b.ins().fpromote(types::F64, x) } else { x };
    let nan = cx.b.ins().fcmp(FloatCC::Unordered, wide, wide);
    cx.trap_if(nan, TrapKind::InvalidConversionToInteger);
    let (lo, lo_cc, hi) = match (to == types::I32, signed) {
        (true, true) => (-2147483649.0, FloatCC::GreaterThan, 2147483648.0),
        (true, false) => (-1.0, FloatCC::GreaterThan, 4294967296.0),
        (false, true) => (-9223372036854775808.0, FloatCC::GreaterThanOrEqual, 9223372036854775808.0),
        (false, false) => (-1.0, FloatCC::GreaterThan, 18446744073709551616.0),
    };
    let lo = cx.b.ins().f64const(Ieee64::with_float(lo));
    let hi = cx.b.ins().f64const(Ieee64::with_float(hi));
    let above = cx.b.ins().fcmp(lo_cc, wide, lo);
    let below = cx.b.ins().fcmp(FloatCC::LessThan, wide, hi);
    let inside = cx.b.ins().band(above, below);
    let outside = cx.b.ins().bxor_imm_s(inside, 1);
    cx.trap_if(outside, TrapKind::IntegerOverflow);
    if signed {
        cx.b.ins().fcvt_to_sint_sat(to, x)
    } else {
        cx.b.ins().fcvt_to_uint_sat(to, x)
    }
}

/// Sign-extends the low `from` bits of `x` (`extend8_s`, ...).
fn extend_low(cx: &mut Cx<'_, '_>, x: ir::Value, from: ir::Type) -> ir::Value {
    let ty = cx.b.func.dfg.value_type(x);
    let narrow = cx.b.ins().ireduce(from, x);
    cx.b.ins().sextend(ty, narrow)
}

/// An operator of format `Plain` (spec §4).
pub fn plain(cx: &mut Cx<'_, '_>, op: Opcode, a: &[ir::Value]) -> Result<ir::Value, Error> {
    use Opcode::*;
    let arg = |i: usize| a.get(i).copied().ok_or_else(|| Error::Invalid(format!("{} lacks operands", op.name())));
    Ok(match op {
        I32Add | I64Add | PtrAdd => cx.b.ins().iadd(arg(0)?, arg(1)?),
        I32Sub | I64Sub | PtrSub => cx.b.ins().isub(arg(0)?, arg(1)?),
        I32Mul | I64Mul => cx.b.ins().imul(arg(0)?, arg(1)?),
        I32And | I64And => cx.b.ins().band(arg(0)?, arg(1)?),
        I32Or | I64Or => cx.b.ins().bor(arg(0)?, arg(1)?),
        I32Xor | I64Xor => cx.b.ins().bxor(arg(0)?, arg(1)?),
        // CLIF takes shift and rotate amounts modulo the width, as wasm does.
        I32Shl | I64Shl => cx.b.ins().ishl(arg(0)?, arg(1)?),
        I32ShrS | I64ShrS => cx.b.ins().sshr(arg(0)?, arg(1)?),
        I32ShrU | I64ShrU => cx.b.ins().ushr(arg(0)?, arg(1)?),
        I32Rotl | I64Rotl => cx.b.ins().rotl(arg(0)?, arg(1)?),
        I32Rotr | I64Rotr => cx.b.ins().rotr(arg(0)?, arg(1)?),
        I32DivS | I32DivU | I32RemS | I32RemU | I64DivS | I64DivU | I64RemS | I64RemU => {
            divide(cx, op, arg(0)?, arg(1)?)
        }
        I32AddOvfS | I32AddOvfU | I32SubOvfS | I32SubOvfU | I32MulOvfS | I32MulOvfU | I64AddOvfS | I64AddOvfU
        | I64SubOvfS | I64SubOvfU | I64MulOvfS | I64MulOvfU => checked(cx, op, arg(0)?, arg(1)?),
        I32Eq | I64Eq | PtrEq => icmp(cx, IntCC::Equal, arg(0)?, arg(1)?),
        I32Ne | I64Ne | PtrNe => icmp(cx, IntCC::NotEqual, arg(0)?, arg(1)?),
        I32LtS | I64LtS => icmp(cx, IntCC::SignedLessThan, arg(0)?, arg(1)?),
        I32LtU | I64LtU | PtrLtU => icmp(cx, IntCC::UnsignedLessThan, arg(0)?, arg(1)?),
        I32GtS | I64GtS => icmp(cx, IntCC::SignedGreaterThan, arg(0)?, arg(1)?),
        I32GtU | I64GtU | PtrGtU => icmp(cx, IntCC::UnsignedGreaterThan, arg(0)?, arg(1)?),
        I32LeS | I64LeS => icmp(cx, IntCC::SignedLessThanOrEqual, arg(0)?, arg(1)?),
        I32LeU | I64LeU | PtrLeU => icmp(cx, IntCC::UnsignedLessThanOrEqual, arg(0)?, arg(1)?),
        I32GeS | I64GeS => icmp(cx, IntCC::SignedGreaterThanOrEqual, arg(0)?, arg(1)?),
        I32GeU | I64GeU | PtrGeU => icmp(cx, IntCC::UnsignedGreaterThanOrEqual, arg(0)?, arg(1)?),
        I32Eqz | I64Eqz | ExternRefIsNull | FuncRefIsNull => {
            let f = cx.b.ins().icmp_imm_s(IntCC::Equal, arg(0)?, 0);
            bool32(cx, f)
        }
        I32Clz | I64Clz => cx.b.ins().clz(arg(0)?),
        I32Ctz | I64Ctz => cx.b.ins().ctz(arg(0)?),
        I32Popcnt | I64Popcnt => cx.b.ins().popcnt(arg(0)?),
        I32Extend8S | I64Extend8S => extend_low(cx, arg(0)?, types::I8),
        I32Extend16S | I64Extend16S => extend_low(cx, arg(0)?, types::I16),
        I64Extend32S => extend_low(cx, arg(0)?, types::I32),

        F32Add | F64Add => cx.b.ins().fadd(arg(0)?, arg(1)?),
        F32Sub | F64Sub => cx.b.ins().fsub(arg(0)?, arg(1)?),
        F32Mul | F64Mul => cx.b.ins().fmul(arg(0)?, arg(1)?),
        F32Div | F64Div => cx.b.ins().fdiv(arg(0)?, arg(1)?),
        // CLIF's fmin/fmax are wasm's: NaN if either is, -0 below +0.
        F32Min | F64Min => cx.b.ins().fmin(arg(0)?, arg(1)?),
        F32Max | F64Max => cx.b.ins().fmax(arg(0)?, arg(1)?),
        F32Copysign | F64Copysign => cx.b.ins().fcopysign(arg(0)?, arg(1)?),
        F32Eq | F64Eq => fcmp(cx, FloatCC::Equal, arg(0)?, arg(1)?),
        F32Ne | F64Ne => fcmp(cx, FloatCC::NotEqual, arg(0)?, arg(1)?),
        F32Lt | F64Lt => fcmp(cx, FloatCC::LessThan, arg(0)?, arg(1)?),
        F32Gt | F64Gt => fcmp(cx, FloatCC::GreaterThan, arg(0)?, arg(1)?),
        F32Le | F64Le => fcmp(cx, FloatCC::LessThanOrEqual, arg(0)?, arg(1)?),
        F32Ge | F64Ge => fcmp(cx, FloatCC::GreaterThanOrEqual, arg(0)?, arg(1)?),
        F32Abs | F64Abs => cx.b.ins().fabs(arg(0)?),
        F32Neg | F64Neg => cx.b.ins().fneg(arg(0)?),
        F32Sqrt | F64Sqrt => cx.b.ins().sqrt(arg(0)?),
        F32Ceil | F64Ceil => cx.b.ins().ceil(arg(0)?),
        F32Floor | F64Floor => cx.b.ins().floor(arg(0)?),
        F32Trunc | F64Trunc => cx.b.ins().trunc(arg(0)?),
        F32Nearest | F64Nearest => cx.b.ins().nearest(arg(0)?),

        I32WrapI64 => cx.b.ins().ireduce(types::I32, arg(0)?),
        I64ExtendI32S => cx.b.ins().sextend(types::I64, arg(0)?),
        I64ExtendI32U => cx.b.ins().uextend(types::I64, arg(0)?),
        I32TruncF32S | I32TruncF64S => trunc(cx, arg(0)?, types::I32, true),
        I32TruncF32U | I32TruncF64U => trunc(cx, arg(0)?, types::I32, false),
        I64TruncF32S | I64TruncF64S => trunc(cx, arg(0)?, types::I64, true),
        I64TruncF32U | I64TruncF64U => trunc(cx, arg(0)?, types::I64, false),
        // CLIF's saturating conversions are wasm's `trunc_sat` (NaN to 0).
        I32TruncSatF32S | I32TruncSatF64S => cx.b.ins().fcvt_to_sint_sat(types::I32, arg(0)?),
        I32TruncSatF32U | I32TruncSatF64U => cx.b.ins().fcvt_to_uint_sat(types::I32, arg(0)?),
        I64TruncSatF32S | I64TruncSatF64S => cx.b.ins().fcvt_to_sint_sat(types::I64, arg(0)?),
        I64TruncSatF32U | I64TruncSatF64U => cx.b.ins().fcvt_to_uint_sat(types::I64, arg(0)?),
        F32ConvertI32S | F32ConvertI64S => cx.b.ins().fcvt_from_sint(types::F32, arg(0)?),
        F32ConvertI32U | F32ConvertI64U => cx.b.ins().fcvt_from_uint(types::F32, arg(0)?),
        F64ConvertI32S | F64ConvertI64S => cx.b.ins().fcvt_from_sint(types::F64, arg(0)?),
        F64ConvertI32U | F64ConvertI64U => cx.b.ins().fcvt_from_uint(types::F64, arg(0)?),
        F32DemoteF64 => cx.b.ins().fdemote(types::F32, arg(0)?),
        F64PromoteF32 => cx.b.ins().fpromote(types::F64, arg(0)?),
        I32ReinterpretF32 => cx.b.ins().bitcast(types::I32, MemFlagsData::new(), arg(0)?),
        I64ReinterpretF64 => cx.b.ins().bitcast(types::I64, MemFlagsData::new(), arg(0)?),
        F32ReinterpretI32 => cx.b.ins().bitcast(types::F32, MemFlagsData::new(), arg(0)?),
        F64ReinterpretI64 => cx.b.ins().bitcast(types::F64, MemFlagsData::new(), arg(0)?),
        I32Select | I64Select | F32Select | F64Select | PtrSelect => cx.b.ins().select(arg(0)?, arg(1)?, arg(2)?),
        PtrToInt | PtrFromInt => arg(0)?,
        ExternRefNull | FuncRefNull => cx.b.ins().iconst(types::I64, 0),
        _ => return Err(Error::Invalid(format!("operator {} after legalization", op.name()))),
    })
}

/// The host address of `[ptr + offset, ptr + offset + width)` in linear memory, trapping
/// `MemoryOutOfBounds` when it passes the current size (computed in 64 bits, no wrap: spec
/// §12.1).
fn address(cx: &mut Cx<'_, '_>, ptr: ir::Value, offset: u32, width: u32) -> ir::Value {
    let ea = cx.b.ins().uextend(types::I64, ptr);
    let ea = if offset == 0 { ea } else { cx.b.ins().iadd_imm_s(ea, i64::from(offset)) };
    let end = cx.b.ins().iadd_imm_s(ea, i64::from(width));
    let (base, size) = cx.memory();
    let oob = cx.b.ins().icmp(IntCC::UnsignedGreaterThan, end, size);
    cx.trap_if(oob, TrapKind::MemoryOutOfBounds);
    cx.b.ins().iadd(base, ea)
}

/// The value of `v` when an `iconst` defines it.
fn constant_of(cx: &Cx<'_, '_>, v: ir::Value) -> Option<i64> {
    let ir::ValueDef::Result(inst, _) = cx.b.func.dfg.value_def(v) else { return None };
    match cx.b.func.dfg.insts[inst] {
        ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => Some(imm.bits()),
        _ => None,
    }
}

/// Bytes up to which a `memory.copy` or `memory.fill` of constant length is inlined as loads
/// and stores (cranelift-frontend calls libc past its own threshold).
const INLINE_BYTES: i64 = 64;

/// `memory.copy` (spec §12.1, wasm's bulk memory): both ranges checked before any byte moves,
/// then `memmove` (overlap allowed), inline for a small constant length.
fn copy(cx: &mut Cx<'_, '_>, dst: ir::Value, src: ir::Value, len: ir::Value) {
    let n = cx.b.ins().uextend(types::I64, len);
    let d = range(cx, dst, n);
    let s = range(cx, src, n);
    let frontend = cx.env.frontend;
    match constant_of(cx, len).map(|k| k as u32 as i64) {
        Some(k) if k <= INLINE_BYTES => cx.b.emit_small_memory_copy(frontend, d, s, k as u64, 1, 1, false, heap()),
        _ => cx.b.call_memmove(frontend, d, s, n),
    }
}

/// `memory.fill`: the range checked, then `memset` with the low byte of `byte`.
fn fill(cx: &mut Cx<'_, '_>, dst: ir::Value, byte: ir::Value, len: ir::Value) {
    let n = cx.b.ins().uextend(types::I64, len);
    let d = range(cx, dst, n);
    let frontend = cx.env.frontend;
    match (constant_of(cx, len).map(|k| k as u32 as u64), constant_of(cx, byte)) {
        (Some(k), Some(b)) => memset(cx, d, b as u8, k),
        _ => cx.b.call_memset(frontend, d, byte, n),
    }
}

/// Sets `len` bytes at host address `at` to `byte`: a few stores when that takes at most four,
/// else libc's `memset`. (Not cranelift-frontend's `emit_small_memset` past its threshold: it
/// passes the byte to `memset` as an I8 where the signature says I32.)
pub fn memset(cx: &mut Cx<'_, '_>, at: ir::Value, byte: u8, len: u64) {
    let access = (len & len.wrapping_neg()).min(8);
    let frontend = cx.env.frontend;
    if len != 0 && len / access <= 4 {
        cx.b.emit_small_memset(frontend, at, byte, len, 1, heap());
    } else if len != 0 {
        let b = cx.b.ins().iconst(types::I32, i64::from(byte));
        let n = cx.b.ins().iconst(types::I64, len as i64);
        cx.b.call_memset(frontend, at, b, n);
    }
}

/// The host address of `[addr, addr + len)` (`len` zero-extended to I64), trapping
/// `MemoryOutOfBounds` when it passes the memory's current size.
fn range(cx: &mut Cx<'_, '_>, addr: ir::Value, len: ir::Value) -> ir::Value {
    let ea = cx.b.ins().uextend(types::I64, addr);
    let end = cx.b.ins().iadd(ea, len);
    let (base, size) = cx.memory();
    let oob = cx.b.ins().icmp(IntCC::UnsignedGreaterThan, end, size);
    cx.trap_if(oob, TrapKind::MemoryOutOfBounds);
    cx.b.ins().iadd(base, ea)
}

/// Flags of a linear-memory access: checked already, maybe unaligned, little-endian.
pub fn heap() -> MemFlagsData {
    let mut f = MemFlagsData::new();
    f.set_notrap();
    f.set_endianness(ir::Endianness::Little);
    f
}

fn load(cx: &mut Cx<'_, '_>, op: Opcode, ptr: ir::Value, offset: u32) -> Result<ir::Value, Error> {
    use Opcode::*;
    let width = op.access_bytes().ok_or_else(|| Error::Invalid(format!("{} is no access", op.name())))?;
    let addr = address(cx, ptr, offset, width);
    let f = heap();
    let ins = cx.b.ins();
    Ok(match op {
        I32Load | PtrLoad => ins.load(types::I32, f, addr, 0),
        I64Load => ins.load(types::I64, f, addr, 0),
        F32Load => ins.load(types::F32, f, addr, 0),
        F64Load => ins.load(types::F64, f, addr, 0),
        I32Load8S => ins.sload8(types::I32, f, addr, 0),
        I32Load8U => ins.uload8(types::I32, f, addr, 0),
        I32Load16S => ins.sload16(types::I32, f, addr, 0),
        I32Load16U => ins.uload16(types::I32, f, addr, 0),
        I64Load8S => ins.sload8(types::I64, f, addr, 0),
        I64Load8U => ins.uload8(types::I64, f, addr, 0),
        I64Load16S => ins.sload16(types::I64, f, addr, 0),
        I64Load16U => ins.uload16(types::I64, f, addr, 0),
        I64Load32S => ins.sload32(f, addr, 0),
        I64Load32U => ins.uload32(f, addr, 0),
        _ => return Err(Error::Invalid(format!("{} after legalization", op.name()))),
    })
}

fn store(cx: &mut Cx<'_, '_>, op: Opcode, ptr: ir::Value, v: ir::Value, offset: u32) -> Result<(), Error> {
    use Opcode::*;
    let width = op.access_bytes().ok_or_else(|| Error::Invalid(format!("{} is no access", op.name())))?;
    let addr = address(cx, ptr, offset, width);
    let f = heap();
    let ins = cx.b.ins();
    match op {
        I32Store | I64Store | F32Store | F64Store | PtrStore => ins.store(f, v, addr, 0),
        I32Store8 | I64Store8 => ins.istore8(f, v, addr, 0),
        I32Store16 | I64Store16 => ins.istore16(f, v, addr, 0),
        I64Store32 => ins.istore32(f, v, addr, 0),
        _ => return Err(Error::Invalid(format!("{} after legalization", op.name()))),
    };
    Ok(())
}

/// An operator with immediates (memory, globals, slots, data, tables, functions: spec §12) in
/// function `fid`; its results.
pub fn with_imm(
    cx: &mut Cx<'_, '_>,
    fid: FuncId,
    op: Opcode,
    imm: &Imm,
    a: &[ir::Value],
) -> Result<Vec<ir::Value>, Error> {
    use Opcode::*;
    let bad = || Error::Invalid(format!("{} with wrong immediates or operands", op.name()));
    let arg = |i: usize| a.get(i).copied().ok_or_else(bad);
    let env = cx.env;
    let i32c = |cx: &mut Cx<'_, '_>, v: u32| cx.b.ins().iconst(types::I32, i64::from(v as i32));
    Ok(match (op, imm) {
        (_, Imm::MemArg(ma)) if op.access_bytes().is_some() && op.results().is_empty() => {
            store(cx, op, arg(0)?, arg(1)?, ma.offset)?;
            vec![]
        }
        (_, Imm::MemArg(ma)) => vec![load(cx, op, arg(0)?, ma.offset)?],
        (MemorySize, Imm::Memory(_)) => {
            let (_, size) = cx.memory();
            let pages = cx.b.ins().ushr_imm_u(size, 16);
            vec![cx.b.ins().ireduce(types::I32, pages)]
        }
        (MemoryGrow, Imm::Memory(_)) => {
            let r = cx.call_helper(Helper::MemoryGrow, &[arg(0)?]);
            cx.reload_memory();
            r
        }
        (MemoryCopy, Imm::Memory(_)) => {
            copy(cx, arg(0)?, arg(1)?, arg(2)?);
            vec![]
        }
        (MemoryFill, Imm::Memory(_)) => {
            fill(cx, arg(0)?, arg(1)?, arg(2)?);
            vec![]
        }
        (GlobalGet, Imm::Global(g)) => {
            let ty = env.module.globals.get(*g).and_then(|d| clif_type(d.ty)).ok_or_else(bad)?;
            let base = cx.b.ins().load(types::I64, field(), cx.vmctx, OFF_GLOBALS);
            vec![cx.b.ins().load(ty, field(), base, (g.index() as u32 * CELL_BYTES) as i32)]
        }
        (GlobalSet, Imm::Global(g)) => {
            let base = cx.b.ins().load(types::I64, field(), cx.vmctx, OFF_GLOBALS);
            cx.b.ins().store(field(), arg(0)?, base, (g.index() as u32 * CELL_BYTES) as i32);
            vec![]
        }
        (SlotAddr, Imm::Slot(s)) => {
            let frame = env.layout.frames.get(fid).and_then(Option::as_ref).ok_or_else(bad)?;
            let off = *frame.offsets.get(*s).ok_or_else(bad)?;
            let fp = cx.fp.ok_or_else(bad)?;
            vec![cx.b.ins().iadd_imm_s(fp, i64::from(off as i32))]
        }
        (DataAddr, Imm::Data { data, addend }) => {
            let at = *env.layout.data_addr.get(*data).ok_or_else(bad)?;
            vec![i32c(cx, at.wrapping_add(*addend))]
        }
        (FuncIndex, Imm::FuncIndex { table, func }) => {
            let i = *env.layout.func_index.get(&(*table, *func)).ok_or_else(bad)?;
            vec![i32c(cx, i)]
        }
        // A funcref is its function's index plus one (0 is null), as in the interpreter.
        (RefFunc, Imm::Func(f)) => vec![cx.b.ins().iconst(types::I64, f.index() as i64 + 1)],
        (TableGet | TableSet | TableSize | TableGrow, Imm::Table(t)) => {
            let t = i32c(cx, t.index() as u32);
            match op {
                TableGet => {
                    let r = cx.call_helper(Helper::TableGet, &[t, arg(0)?]);
                    cx.check_helper_trap();
                    r
                }
                TableSet => {
                    cx.call_helper(Helper::TableSet, &[t, arg(0)?, arg(1)?]);
                    cx.check_helper_trap();
                    vec![]
                }
                TableSize => cx.call_helper(Helper::TableSize, &[t]),
                _ => cx.call_helper(Helper::TableGrow, &[t, arg(0)?, arg(1)?]),
            }
        }
        _ => return Err(bad()),
    })
}
