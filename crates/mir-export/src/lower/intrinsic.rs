//! Calls of intrinsics (`InstanceKind::Intrinsic`): bit counting, rotates, byte and bit reversal,
//! the unchecked/wrapping/overflowing/saturating arithmetic, `three_way_compare`, and the hints
//! that lower to nothing (`assume`, `likely`, `cold_path`...).

use super::builder::IntOp;
use super::memory::{PlaceRef, Val, element, heap, pointee};
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::shape::Kind;
use rustc_public::mir::{BinOp, Operand, Place};
use wasmir_syntax::ir::{Imm, Opcode, Type, Value};

/// Float intrinsics generic over the float type in this nightly (`fabs<T: FloatPrimitive>`).
const GENERIC_FLOAT: &[&str] = &["fabs", "sqrt", "floor", "ceil", "trunc", "copysign"];

/// Intrinsics lowered here rather than by calling their fallback body in core (when they have
/// one): [`Lower::intrinsic`], [`Lower::memory_intrinsic`] and the float intrinsics, by name.
pub(super) fn lowered_natively(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "is_val_statically_known",
        "cold_path",
        "assume",
        "abort",
        "likely",
        "unlikely",
        "black_box",
        "ctpop",
        "ctlz",
        "cttz",
        "ctlz_nonzero",
        "cttz_nonzero",
        "rotate_left",
        "rotate_right",
        "bswap",
        "bitreverse",
        "unchecked_add",
        "unchecked_sub",
        "unchecked_mul",
        "unchecked_div",
        "unchecked_rem",
        "unchecked_shl",
        "unchecked_shr",
        "wrapping_add",
        "wrapping_sub",
        "wrapping_mul",
        "exact_div",
        "disjoint_bitor",
        "three_way_compare",
        "add_with_overflow",
        "sub_with_overflow",
        "mul_with_overflow",
        "saturating_add",
        "saturating_sub",
        "ptr_offset_from_unsigned",
        "ptr_offset_from",
        "arith_offset",
        "copy",
        "copy_nonoverlapping",
        "write_bytes",
        "volatile_load",
        "unaligned_volatile_load",
        "read_via_copy",
        "volatile_store",
        "unaligned_volatile_store",
        "write_via_move",
        "typed_swap_nonoverlapping",
        "compare_bytes",
        "raw_eq",
        "size_of_val",
        "align_of_val",
        "vtable_size",
        "vtable_align",
        "ptr_guaranteed_cmp",
        "select_unpredictable",
    ];
    const FLOAT: &[&str] = &[
        "sqrt",
        "fabs",
        "floor",
        "ceil",
        "trunc",
        "rint",
        "nearbyint",
        "roundeven",
        "round_ties_even",
        "copysign",
        "minimum",
        "maximum",
        "minnum",
        "maxnum",
        "minimum_number_nsz",
        "maximum_number_nsz",
        "round",
    ];
    let base = name.strip_suffix("f32").or_else(|| name.strip_suffix("f64")).unwrap_or(name);
    let base = base.strip_suffix('_').unwrap_or(base);
    NAMES.contains(&name) || FLOAT.contains(&base)
}

impl Lower<'_, '_, '_> {
    /// Lowers an intrinsic call; `None` means the call never returns (trap).
    pub(super) fn intrinsic(&mut self, name: &str, args: &[Operand], dest: &Place) -> DResult<Option<Vec<Value>>> {
        let unsupported = || {
            err(
                Code::Intrinsic,
                format!("unsupported intrinsic `{name}`"),
                "supported: ctpop, ctlz, cttz, rotate_left/right, bswap, unchecked_*, exact_div, \
                 wrapping_*, *_with_overflow, saturating_add/sub, three_way_compare, cold_path, \
                 assume, likely/unlikely, abort; for floats sqrt, fabs, copysign, floor, ceil, trunc, \
                 round, round_ties_even, rint, minimum/maximum, minnum/maxnum (f32::min/max)",
            )
        };
        if name == "is_val_statically_known" {
            // Always allowed to answer `false`.
            return Ok(Some(vec![self.iconst(Type::I32, 0)?]));
        }
        let mut ops = vec![];
        for a in args {
            ops.push(self.scalar(a)?);
        }
        // A destination of unsupported type is an error even for intrinsics that never return
        // (`abort`) or write nothing.
        self.resolve(dest)?;
        // The arithmetic intrinsics are the MIR binary operators, lowered again from the operands.
        let bin = |this: &mut Self, op: BinOp| -> DResult<Value> {
            Ok(this.binop(op, &args[0], &args[1], this.operand_ty(&args[0])?)?[0])
        };
        if let Some(v) = self.float_intrinsic(name, &ops)? {
            return Ok(Some(vec![v]));
        }
        let v = match name {
            "cold_path" | "assume" => return Ok(Some(vec![])),
            "abort" => return Ok(None),
            "likely" | "unlikely" | "black_box" if ops.len() == 1 => ops[0].0,
            "ctpop" | "ctlz" | "cttz" | "ctlz_nonzero" | "cttz_nonzero" => {
                let (x, k) = ops[0];
                let w = k.bits();
                let xm = if k.narrow() && k.signed() {
                    let m = self.iconst(Type::I32, (1i64 << w) - 1)?;
                    self.op(Opcode::I32And, &[x, m])?
                } else {
                    x
                };
                let r = match name {
                    "ctpop" => self.op1(k, IntOp::Popcnt, xm)?,
                    "ctlz" | "ctlz_nonzero" => {
                        let c = self.op1(k, IntOp::Clz, xm)?;
                        if k.narrow() {
                            let d = self.iconst(Type::I32, 32 - w as i64)?;
                            self.op(Opcode::I32Sub, &[c, d])?
                        } else {
                            c
                        }
                    }
                    _ => {
                        let xm = if k.narrow() {
                            let b = self.iconst(Type::I32, 1i64 << w)?;
                            self.op(Opcode::I32Or, &[xm, b])?
                        } else {
                            xm
                        };
                        self.op1(k, IntOp::Ctz, xm)?
                    }
                };
                // The count is a `u32`.
                self.resize(r, k.wty(), Type::I32, false)?
            }
            "rotate_left" | "rotate_right" => {
                let (x, k) = ops[0];
                let (n, kn) = ops[1];
                if !k.narrow() {
                    let amt = self.shift_amount(k, n, kn)?;
                    let op = if name == "rotate_left" { IntOp::Rotl } else { IntOp::Rotr };
                    self.op2(k, op, x, amt)?
                } else {
                    let w = k.bits() as i64;
                    let m = self.iconst(Type::I32, (1i64 << w) - 1)?;
                    let xm = self.op(Opcode::I32And, &[x, m])?;
                    let n = self.shift_amount(k, n, kn)?;
                    let wc = self.iconst(Type::I32, w)?;
                    let inv0 = self.op(Opcode::I32Sub, &[wc, n])?;
                    let wm = self.iconst(Type::I32, w - 1)?;
                    let inv = self.op(Opcode::I32And, &[inv0, wm])?;
                    let (l, r) = if name == "rotate_left" { (n, inv) } else { (inv, n) };
                    let a = self.op(Opcode::I32Shl, &[xm, l])?;
                    let b = self.op(Opcode::I32ShrU, &[xm, r])?;
                    let o = self.op(Opcode::I32Or, &[a, b])?;
                    self.norm(k, o)?
                }
            }
            "bswap" => {
                let (x, k) = ops[0];
                self.bswap(x, k)?
            }
            "bitreverse" => {
                let (x, k) = ops[0];
                let w = k.wty();
                let wide = match w {
                    Type::I128 => Kind::U(128),
                    Type::I64 => Kind::U(64),
                    _ => Kind::U(32),
                };
                let mut v = x;
                for (sh, m) in [(1, 0x5555_5555_5555_5555u64), (2, 0x3333_3333_3333_3333), (4, 0x0f0f_0f0f_0f0f_0f0f)] {
                    let m = self.kconst(wide, (m as u128) << 64 | m as u128)?;
                    let c = self.iconst(w, sh)?;
                    let hi = self.op2(wide, IntOp::ShrU, v, c)?;
                    let hi = self.op2(wide, IntOp::And, hi, m)?;
                    let lo = self.op2(wide, IntOp::And, v, m)?;
                    let lo = self.op2(wide, IntOp::Shl, lo, c)?;
                    v = self.op2(wide, IntOp::Or, hi, lo)?;
                }
                let r = self.bswap(v, wide)?;
                if k.narrow() {
                    // The value's bits are now at the top of the i32.
                    let c = self.iconst(Type::I32, 32 - k.bits() as i64)?;
                    let r = self.op(Opcode::I32ShrU, &[r, c])?;
                    self.norm(k, r)?
                } else {
                    r
                }
            }
            "unchecked_add" | "wrapping_add" => bin(self, BinOp::Add)?,
            "unchecked_sub" | "wrapping_sub" => bin(self, BinOp::Sub)?,
            "unchecked_mul" | "wrapping_mul" => bin(self, BinOp::Mul)?,
            "unchecked_div" | "exact_div" => bin(self, BinOp::Div)?,
            "unchecked_rem" => bin(self, BinOp::Rem)?,
            "unchecked_shl" => bin(self, BinOp::Shl)?,
            "unchecked_shr" => bin(self, BinOp::Shr)?,
            "disjoint_bitor" => bin(self, BinOp::BitOr)?,
            "three_way_compare" => bin(self, BinOp::Cmp)?,
            "add_with_overflow" | "sub_with_overflow" | "mul_with_overflow" => {
                let (x, k) = ops[0];
                let (y, _) = ops[1];
                let op = match &name[..3] {
                    "add" => BinOp::Add,
                    "sub" => BinOp::Sub,
                    _ => BinOp::Mul,
                };
                let (r, f) = self.checked(op, k, x, y, false)?;
                return Ok(Some(vec![r, f]));
            }
            "saturating_add" | "saturating_sub" => {
                let (x, k) = ops[0];
                let (y, _) = ops[1];
                let add = name == "saturating_add";
                let (r, f) = self.checked(if add { BinOp::Add } else { BinOp::Sub }, k, x, y, false)?;
                let ty = k.wty();
                let sat = if k.signed() {
                    // Overflow towards +inf when (add and y >= 0) or (sub and y < 0).
                    let b = k.bits();
                    let max = self.kconst(k, (1u128 << (b - 1)) - 1)?;
                    let min = self.kconst(k, 1u128 << (b - 1))?;
                    let z = self.iconst(ty, 0)?;
                    let neg = self.op2(k, IntOp::LtS, y, z)?;
                    if add { self.select(ty, neg, min, max)? } else { self.select(ty, neg, max, min)? }
                } else if add {
                    self.kconst(k, u128::MAX)?
                } else {
                    self.iconst(ty, 0)?
                };
                self.select(ty, f, sat, r)?
            }
            _ => return Err(unsupported()),
        };
        Ok(Some(vec![v]))
    }

    /// The float intrinsics that wasm computes exactly (`sqrtf64`, `fabsf32`, `floorf64`, ...),
    /// with the operands `ops`; `None` when `name` is not one of them. Rust's `minnum`/`maxnum`
    /// return the other operand when one is NaN (IEEE 754-2008 `minNum`), which wasm's `min`
    /// (NaN if either is) does not: the NaN cases are selected around it. `round` (half away
    /// from zero) is `trunc` plus one step when the dropped fraction is at least one half, which
    /// is exact: `x - trunc(x)` has no rounding error.
    fn float_intrinsic(&mut self, name: &str, ops: &[(Value, Kind)]) -> DResult<Option<Value>> {
        use Opcode::*;
        // `sqrtf64`, `round_ties_even_f64`; or generic over the float type (`fabs<T>`), which
        // the operand's kind then tells.
        let suffixed =
            name.strip_suffix("f32").map(|b| (b, true)).or_else(|| name.strip_suffix("f64").map(|b| (b, false)));
        let (base, f32) = match (suffixed, ops.first()) {
            (Some(s), _) => s,
            (None, Some((_, k))) if k.is_float() && GENERIC_FLOAT.contains(&name) => (name, k.bits() == 32),
            _ => return Ok(None),
        };
        let base = base.strip_suffix('_').unwrap_or(base);
        // Rust's `f64::min`/`max` (IEEE 754-2019 minimumNumber, signed zeros unordered).
        let base = match base {
            "minimum_number_nsz" => "minnum",
            "maximum_number_nsz" => "maxnum",
            b => b,
        };
        let pick = |a: Opcode, b: Opcode| if f32 { a } else { b };
        let arg = |i: usize| ops.get(i).map(|o| o.0).ok_or_else(|| err(Code::Intrinsic, format!("`{name}` arity"), ""));
        let unary = match base {
            "sqrt" => Some(pick(F32Sqrt, F64Sqrt)),
            "fabs" => Some(pick(F32Abs, F64Abs)),
            "floor" => Some(pick(F32Floor, F64Floor)),
            "ceil" => Some(pick(F32Ceil, F64Ceil)),
            "trunc" => Some(pick(F32Trunc, F64Trunc)),
            "rint" | "nearbyint" | "roundeven" | "round_ties_even" => Some(pick(F32Nearest, F64Nearest)),
            _ => None,
        };
        if let Some(op) = unary {
            return Ok(Some(self.op(op, &[arg(0)?])?));
        }
        let ty = if f32 { Type::F32 } else { Type::F64 };
        let v = match base {
            "copysign" => self.op(pick(F32Copysign, F64Copysign), &[arg(0)?, arg(1)?])?,
            "minimum" => self.op(pick(F32Min, F64Min), &[arg(0)?, arg(1)?])?,
            "maximum" => self.op(pick(F32Max, F64Max), &[arg(0)?, arg(1)?])?,
            "minnum" | "maxnum" => {
                let (a, b) = (arg(0)?, arg(1)?);
                let m = self.op(if base == "minnum" { pick(F32Min, F64Min) } else { pick(F32Max, F64Max) }, &[a, b])?;
                let a_nan = self.op(pick(F32Ne, F64Ne), &[a, a])?;
                let b_nan = self.op(pick(F32Ne, F64Ne), &[b, b])?;
                let m = self.select(ty, b_nan, a, m)?;
                self.select(ty, a_nan, b, m)?
            }
            "round" => {
                let x = arg(0)?;
                let t = self.op(pick(F32Trunc, F64Trunc), &[x])?;
                let frac = self.op(pick(F32Sub, F64Sub), &[x, t])?;
                let frac = self.op(pick(F32Abs, F64Abs), &[frac])?;
                let half = self.fb.fconst(ty, 0.5)?;
                let up = self.op(pick(F32Ge, F64Ge), &[frac, half])?;
                let one = self.fb.fconst(ty, 1.0)?;
                let step = self.op(pick(F32Copysign, F64Copysign), &[one, x])?;
                let away = self.op(pick(F32Add, F64Add), &[t, step])?;
                self.select(ty, up, away, t)?
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }
}

impl Lower<'_, '_, '_> {
    /// The intrinsics on memory and pointers: `None` when `name` is not one of them.
    pub(super) fn memory_intrinsic(&mut self, name: &str, args: &[Operand]) -> DResult<Option<Val>> {
        let elem_size = |this: &Self, o: &Operand| -> DResult<u32> {
            let ty = this.operand_ty(o)?;
            Ok(crate::shape::layout(pointee(ty)?)?.size.bytes() as u32)
        };
        let one = |v: Value| Ok(Some(Val::Leaves(vec![v])));
        match name {
            // `(a - b) / size_of::<T>()`, exact by contract.
            "ptr_offset_from_unsigned" | "ptr_offset_from" => {
                let size = elem_size(self, &args[0])?;
                let a = self.operand(&args[0])?[0];
                let b = self.operand(&args[1])?[0];
                let d = self.op(Opcode::PtrSub, &[a, b])?;
                if size <= 1 {
                    return one(d);
                }
                let s = self.iconst(Type::I32, size as i64)?;
                let op = if name == "ptr_offset_from" { Opcode::I32DivS } else { Opcode::I32DivU };
                let q = self.op(op, &[d, s])?;
                one(q)
            }
            "arith_offset" => {
                let size = elem_size(self, &args[0])?;
                let p = self.operand(&args[0])?[0];
                let n = self.operand(&args[1])?[0];
                let s = self.iconst(Type::I32, size as i64)?;
                let o = self.op(Opcode::I32Mul, &[n, s])?;
                one(self.op(Opcode::PtrAdd, &[p, o])?)
            }
            // `copy(src, dst, count)`, `copy_nonoverlapping(src, dst, count)`.
            "copy" | "copy_nonoverlapping" => {
                let size = elem_size(self, &args[0])?;
                let src = self.operand(&args[0])?[0];
                let dst = self.operand(&args[1])?[0];
                let n = self.operand(&args[2])?[0];
                let s = self.iconst(Type::I32, size as i64)?;
                let bytes = self.op(Opcode::I32Mul, &[n, s])?;
                self.copy_bytes(dst, src, bytes)?;
                Ok(Some(Val::Leaves(vec![])))
            }
            // `write_bytes(dst, val, count)`.
            "write_bytes" => {
                let size = elem_size(self, &args[0])?;
                let dst = self.operand(&args[0])?[0];
                let val = self.operand(&args[1])?[0];
                let n = self.operand(&args[2])?[0];
                let s = self.iconst(Type::I32, size as i64)?;
                let bytes = self.op(Opcode::I32Mul, &[n, s])?;
                self.fb.ins_op_imm(Opcode::MemoryFill, Imm::Memory(heap()), &[dst, val, bytes])?;
                Ok(Some(Val::Leaves(vec![])))
            }
            "volatile_load" | "unaligned_volatile_load" | "read_via_copy" => {
                let ty = pointee(self.operand_ty(&args[0])?)?;
                let p = self.operand(&args[0])?[0];
                let r = PlaceRef::Mem { base: p, off: 0, ty, variant: None, meta: None };
                Ok(Some(self.read_ref(&r)?))
            }
            "volatile_store" | "unaligned_volatile_store" | "write_via_move" => {
                let ty = pointee(self.operand_ty(&args[0])?)?;
                let p = self.operand(&args[0])?[0];
                let v = self.operand_val(&args[1])?;
                let r = PlaceRef::Mem { base: p, off: 0, ty, variant: None, meta: None };
                self.write_ref(&r, v)?;
                Ok(Some(Val::Leaves(vec![])))
            }
            "black_box" => Ok(Some(self.operand_val(&args[0])?)),
            // `typed_swap_nonoverlapping(x, y)` (`mem::swap`): through a slot, bytes at a time,
            // which is also right for values rustc keeps in memory form.
            "typed_swap_nonoverlapping" => {
                let size = elem_size(self, &args[0])?;
                let x = self.operand(&args[0])?[0];
                let y = self.operand(&args[1])?[0];
                let ty = pointee(self.operand_ty(&args[0])?)?;
                let tmp = self.temp_slot(&crate::shape::shape_of(ty)?)?;
                let n = self.iconst(Type::I32, size as i64)?;
                self.copy_bytes(tmp, x, n)?;
                self.copy_bytes(x, y, n)?;
                self.copy_bytes(y, tmp, n)?;
                Ok(Some(Val::Leaves(vec![])))
            }
            // `compare_bytes(a, b, n) -> i32` (memcmp) and `raw_eq(&a, &b) -> bool` (the bytes of
            // two `T` equal): the module's compare loop.
            "compare_bytes" | "raw_eq" => {
                let a = self.operand(&args[0])?[0];
                let b = self.operand(&args[1])?[0];
                let n = match name {
                    "raw_eq" => {
                        let size = elem_size(self, &args[0])?;
                        self.iconst(Type::I32, size as i64)?
                    }
                    _ => self.operand(&args[2])?[0],
                };
                let f = self.res.helper(crate::runtime::Helper::CompareBytes)?;
                let r = self.fb.call(f, &[a, b, n], &[Type::I32])?[0];
                if name == "raw_eq" {
                    return one(self.op(Opcode::I32Eqz, &[r])?);
                }
                one(r)
            }

            // `size_of_val(p)` / `align_of_val(p)`: from the type, or from a slice's length.
            "size_of_val" | "align_of_val" => {
                let pty = self.operand_ty(&args[0])?;
                let t = pointee(pty)?;
                let v = self.operand(&args[0])?;
                let l = crate::shape::layout(t)?;
                if let (rustc_public::ty::TyKind::RigidTy(rustc_public::ty::RigidTy::Dynamic(..)), Some(vt)) =
                    (t.kind(), v.get(1))
                {
                    // The vtable's second and third entries (after the drop glue).
                    let off = if name == "size_of_val" { 4 } else { 8 };
                    let x = self.load_scalar(Kind::Ptr, *vt, off)?;
                    return one(self.op(Opcode::PtrToInt, &[x])?);
                }
                if name == "align_of_val" {
                    return one(self.iconst(Type::I32, l.abi_align as i64)?);
                }
                if l.is_sized() {
                    return one(self.iconst(Type::I32, l.size.bytes() as i64)?);
                }
                match (t.kind(), v.get(1)) {
                    (
                        rustc_public::ty::TyKind::RigidTy(
                            rustc_public::ty::RigidTy::Slice(_) | rustc_public::ty::RigidTy::Str,
                        ),
                        Some(len),
                    ) => {
                        let (_, stride) = element(t)?;
                        let s = self.iconst(Type::I32, stride as i64)?;
                        one(self.op(Opcode::I32Mul, &[*len, s])?)
                    }
                    _ => Err(err(Code::Intrinsic, format!("unsupported `{name}` of `{t}`"), "")),
                }
            }
            // `vtable_size(vt)`, `vtable_align(vt)`: the vtable's second and third entries.
            "vtable_size" | "vtable_align" => {
                let vt = self.operand(&args[0])?[0];
                let x = self.load_scalar(Kind::Ptr, vt, if name == "vtable_size" { 4 } else { 8 })?;
                one(self.op(Opcode::PtrToInt, &[x])?)
            }
            // Atomics on `wasm32-unknown-unknown` without the `atomics` feature: one thread, so
            // plain loads and stores (what LLVM emits for this target); orderings and fences are
            // nothing. `cxchg` gives `(old, old == expected)` and stores only on success.
            "atomic_load" => {
                let ty = pointee(self.operand_ty(&args[0])?)?;
                let p = self.operand(&args[0])?[0];
                Ok(Some(self.read_ref(&PlaceRef::Mem { base: p, off: 0, ty, variant: None, meta: None })?))
            }
            "atomic_store" => {
                let ty = pointee(self.operand_ty(&args[0])?)?;
                let p = self.operand(&args[0])?[0];
                let v = self.operand_val(&args[1])?;
                self.write_ref(&PlaceRef::Mem { base: p, off: 0, ty, variant: None, meta: None }, v)?;
                Ok(Some(Val::Leaves(vec![])))
            }
            "atomic_fence" | "atomic_singlethreadfence" | "atomic_compiler_fence" => Ok(Some(Val::Leaves(vec![]))),
            "atomic_xchg" | "atomic_cxchg" | "atomic_cxchgweak" | "atomic_xadd" | "atomic_xsub" | "atomic_and"
            | "atomic_nand" | "atomic_or" | "atomic_xor" | "atomic_max" | "atomic_min" | "atomic_umax"
            | "atomic_umin" => {
                let ty = pointee(self.operand_ty(&args[0])?)?;
                let Some(k) = crate::shape::scalar_kind(ty) else {
                    return Err(err(Code::Intrinsic, format!("unsupported `{name}` on `{ty}`"), ""));
                };
                let p = self.operand(&args[0])?[0];
                let place = PlaceRef::Mem { base: p, off: 0, ty, variant: None, meta: None };
                let old = self.load_scalar(k, p, 0)?;
                let v = self.operand(&args[1])?[0];
                if name.starts_with("atomic_cxchg") {
                    let new = self.operand(&args[2])?[0];
                    let eq = self.op2(k, IntOp::Eq, old, v)?;
                    let stored = self.select(k.wty(), eq, new, old)?;
                    self.write_ref(&place, Val::Leaves(vec![stored]))?;
                    return Ok(Some(Val::Leaves(vec![old, eq])));
                }
                if k == Kind::Ptr && name != "atomic_xchg" {
                    return Err(err(Code::Intrinsic, format!("unsupported `{name}` on a pointer"), ""));
                }
                let new = match name {
                    "atomic_xchg" => v,
                    "atomic_xadd" => self.op2(k, IntOp::Add, old, v)?,
                    "atomic_xsub" => self.op2(k, IntOp::Sub, old, v)?,
                    "atomic_and" => self.op2(k, IntOp::And, old, v)?,
                    "atomic_or" => self.op2(k, IntOp::Or, old, v)?,
                    "atomic_xor" => self.op2(k, IntOp::Xor, old, v)?,
                    "atomic_nand" => {
                        let a = self.op2(k, IntOp::And, old, v)?;
                        let ones = self.kconst(k, u128::MAX)?;
                        self.op2(k, IntOp::Xor, a, ones)?
                    }
                    _ => {
                        // max/min: signed, umax/umin: unsigned, whatever the type's sign.
                        let signed = matches!(name, "atomic_max" | "atomic_min");
                        let greater = if signed { IntOp::GtS } else { IntOp::GtU };
                        let gt = self.op2(k, greater, old, v)?;
                        let keep_old = if name.ends_with("max") { gt } else { self.op(Opcode::I32Eqz, &[gt])? };
                        self.select(k.wty(), keep_old, old, v)?
                    }
                };
                self.write_ref(&place, Val::Leaves(vec![new]))?;
                one(old)
            }
            // `Location::caller()`: this call's location, or the caller's in `#[track_caller]`.
            "caller_location" => {
                let mb = self.cur_block.ok_or_else(|| super::err(Code::Intrinsic, "internal: no block", ""))?;
                one(self.caller_location(mb)?)
            }
            // Whether two pointers are equal: `1` equal, `0` unequal (never `2`, "unknown").
            "ptr_guaranteed_cmp" => {
                let a = self.operand(&args[0])?[0];
                let b = self.operand(&args[1])?[0];
                one(self.op(Opcode::PtrEq, &[a, b])?)
            }
            "select_unpredictable" => {
                let (c, _) = self.scalar(&args[0])?;
                let a = self.operand(&args[1])?;
                let b = self.operand(&args[2])?;
                let ty = self.operand_ty(&args[1])?;
                let kinds = crate::shape::shape_of(ty)?.kinds();
                let mut out = vec![];
                for ((x, y), k) in a.into_iter().zip(b).zip(kinds) {
                    out.push(self.select(k.wty(), c, x, y)?);
                }
                Ok(Some(Val::Leaves(out)))
            }
            _ => Ok(None),
        }
    }
}
