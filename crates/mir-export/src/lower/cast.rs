//! MIR `Cast`: between integers, floats and pointers (`IntToInt`, `IntToFloat`, `FloatToInt`,
//! `FloatToFloat`, `PtrToPtr`, exposing casts), unsizing (array pointers to slices, pointers to
//! `dyn Trait` with rustc's vtable), `Subtype`,
//! and `Transmute` (leaf by leaf, or through memory).

use super::memory::{PlaceRef, Val, pointee};
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::shape::{Kind, scalar_kind, shape_of};
use rustc_public::mir::mono::Instance;
use rustc_public::mir::{CastKind, Operand, PointerCoercion};
use rustc_public::ty::{RigidTy, Ty, TyKind};
use wasmir_syntax::ir::{Opcode, Type, Value};

impl Lower<'_, '_, '_> {
    /// `Cast(kind, o, ty)`.
    pub(super) fn cast(&mut self, kind: &CastKind, o: &Operand, ty: Ty) -> DResult<Val> {
        match kind {
            CastKind::Subtype => self.operand_val(o),
            CastKind::Transmute if !(scalar_kind(self.operand_ty(o)?).is_some() && scalar_kind(ty).is_some()) => {
                let src_ty = self.operand_ty(o)?;
                self.transmute(o, src_ty, ty)
            }
            // `&[T; N]` to `&[T]`: the address and the length `N`.
            CastKind::PointerCoercion(PointerCoercion::Unsize) => {
                let src_ty = self.operand_ty(o)?;
                let (from, to) = (pointee(src_ty)?, pointee(ty)?);
                let v = self.operand(o)?;
                match unsize_meta(from, to) {
                    Some(UnsizeMeta::Len(n)) => {
                        let len = self.iconst(Type::I32, n as i64)?;
                        Ok(Val::Leaves(vec![v[0], len]))
                    }
                    Some(UnsizeMeta::VTable { concrete, object }) => {
                        let d = self.res.vtable(concrete, object)?;
                        let vt = self.data_addr(d, 0)?;
                        Ok(Val::Leaves(vec![v[0], vt]))
                    }
                    // `dyn A + Send` to `dyn A`: the same vtable.
                    Some(UnsizeMeta::Keep) if v.len() == 2 => Ok(Val::Leaves(v)),
                    _ => Err(err(
                        Code::Cast,
                        format!("unsupported unsizing cast from `{src_ty}` to `{ty}`"),
                        "supported: arrays to slices, sized types to `dyn Trait`, and structs whose \
                         last field is unsized that way; not trait upcasting",
                    )),
                }
            }
            // Between pointers: the same address; the metadata is kept between fat pointers and
            // dropped for a thin target.
            CastKind::PtrToPtr
            | CastKind::PointerCoercion(PointerCoercion::MutToConstPointer | PointerCoercion::ArrayToPointer) => {
                let mut v = self.operand(o)?;
                let n = shape_of(ty)?.leaves.len();
                if v.len() < n {
                    return Err(err(
                        Code::Cast,
                        format!("unsupported cast from `{}` to `{ty}`", self.operand_ty(o)?),
                        "",
                    ));
                }
                v.truncate(n);
                Ok(Val::Leaves(v))
            }
            // A function item or non-capturing closure as a function pointer: its table index.
            CastKind::PointerCoercion(PointerCoercion::ReifyFnPointer(_)) => {
                let src_ty = self.operand_ty(o)?;
                let TyKind::RigidTy(RigidTy::FnDef(def, args)) = src_ty.kind() else {
                    return Err(err(Code::Cast, format!("function pointer from `{src_ty}`"), ""));
                };
                let inst = Instance::resolve_for_fn_ptr(def, &args)
                    .map_err(|e| err(Code::Cast, format!("cannot resolve `{src_ty}`: {e:?}"), ""))?;
                Ok(Val::Leaves(vec![self.fn_pointer(inst)?]))
            }
            CastKind::PointerCoercion(PointerCoercion::ClosureFnPointer(_)) => {
                let src_ty = self.operand_ty(o)?;
                let TyKind::RigidTy(RigidTy::Closure(def, args)) = src_ty.kind() else {
                    return Err(err(Code::Cast, format!("function pointer from `{src_ty}`"), ""));
                };
                let inst = Instance::resolve_closure(def, &args, rustc_public::ty::ClosureKind::FnOnce)
                    .map_err(|e| err(Code::Cast, format!("cannot resolve `{src_ty}`: {e:?}"), ""))?;
                Ok(Val::Leaves(vec![self.fn_pointer(inst)?]))
            }
            CastKind::PointerCoercion(PointerCoercion::UnsafeFnPointer) | CastKind::FnPtrToPtr => self.operand_val(o),
            CastKind::PointerExposeAddress => {
                let v = self.operand(o)?;
                Ok(Val::Leaves(vec![self.op(Opcode::PtrToInt, &[v[0]])?]))
            }
            CastKind::PointerWithExposedProvenance => {
                let v = self.operand(o)?;
                Ok(Val::Leaves(vec![self.op(Opcode::PtrFromInt, &[v[0]])?]))
            }
            CastKind::IntToInt | CastKind::Transmute => {
                let src_ty = self.operand_ty(o)?;
                let (Some(ks), Some(kd)) = (scalar_kind(src_ty), scalar_kind(ty)) else {
                    return Err(err(
                        Code::Cast,
                        format!("unsupported cast from `{src_ty}` to `{ty}`"),
                        "only casts between integer types (and bool/char) are exported",
                    ));
                };
                if matches!(kind, CastKind::Transmute) && ks.bits().div_ceil(8) != kd.bits().div_ceil(8) {
                    return Err(err(Code::Cast, format!("unsupported transmute from `{src_ty}` to `{ty}`"), ""));
                }
                let x = self.operand(o)?[0];
                if ks.is_float() || kd.is_float() {
                    // A transmute between a float and an integer of its size keeps the bits.
                    let op = match (ks.wty(), kd.wty()) {
                        (a, b) if a == b => return Ok(Val::Leaves(vec![x])),
                        (Type::F32, Type::I32) => Opcode::I32ReinterpretF32,
                        (Type::I32, Type::F32) => Opcode::F32ReinterpretI32,
                        (Type::F64, Type::I64) => Opcode::I64ReinterpretF64,
                        (Type::I64, Type::F64) => Opcode::F64ReinterpretI64,
                        _ => {
                            return Err(err(
                                Code::Cast,
                                format!("unsupported transmute from `{src_ty}` to `{ty}`"),
                                "",
                            ));
                        }
                    };
                    return Ok(Val::Leaves(vec![self.op(op, &[x])?]));
                }
                Ok(Val::Leaves(vec![self.conv(x, ks, kd).or_else(|_| self.int_cast(x, ks, kd))?]))
            }
            CastKind::IntToFloat | CastKind::FloatToInt | CastKind::FloatToFloat => {
                let src_ty = self.operand_ty(o)?;
                let (Some(ks), Some(kd)) = (scalar_kind(src_ty), scalar_kind(ty)) else {
                    return Err(err(Code::Cast, format!("unsupported cast from `{src_ty}` to `{ty}`"), ""));
                };
                let x = self.operand(o)?[0];
                let v = self
                    .numeric_cast(x, ks, kd)
                    .ok_or_else(|| err(Code::Cast, format!("unsupported cast from `{src_ty}` to `{ty}`"), ""))??;
                Ok(Val::Leaves(vec![v]))
            }
        }
    }

    /// `x as kd` between an integer and a float or between floats (MIR `IntToFloat`, `FloatToInt`,
    /// `FloatToFloat`), with Rust's semantics: int to float rounds to nearest, ties to even
    /// (wasm's `convert`); float to int truncates toward zero, saturates at the target's range and
    /// maps NaN to 0 (wasm's `trunc_sat`, then a clamp for types narrower than 32 bits); `f32` to
    /// `f64` is exact and `f64` to `f32` rounds to nearest (`promote`, `demote`). `None` for a
    /// 128-bit integer, which has no such instruction.
    fn numeric_cast(&mut self, x: Value, ks: Kind, kd: Kind) -> Option<DResult<Value>> {
        use Opcode::*;
        let (ts, td) = (ks.wty(), kd.wty());
        if ts == Type::I128 || td == Type::I128 {
            return Some(self.cast_128(x, ks, kd));
        }
        let op = match (ts, td) {
            (a, b) if a == b => return Some(Ok(x)),
            (Type::F32, Type::F64) => F64PromoteF32,
            (Type::F64, Type::F32) => F32DemoteF64,
            // Narrow integers are normalized (sign- or zero-extended) in their i32.
            (Type::I32, Type::F32) => {
                if ks.signed() {
                    F32ConvertI32S
                } else {
                    F32ConvertI32U
                }
            }
            (Type::I32, Type::F64) => {
                if ks.signed() {
                    F64ConvertI32S
                } else {
                    F64ConvertI32U
                }
            }
            (Type::I64, Type::F32) => {
                if ks.signed() {
                    F32ConvertI64S
                } else {
                    F32ConvertI64U
                }
            }
            (Type::I64, Type::F64) => {
                if ks.signed() {
                    F64ConvertI64S
                } else {
                    F64ConvertI64U
                }
            }
            (Type::F32 | Type::F64, Type::I32 | Type::I64) => {
                return Some(self.float_to_int(x, ks, kd));
            }
            _ => return None,
        };
        Some(self.op(op, &[x]))
    }

    /// `as` between a 128-bit integer and a float: compiler-builtins' conversions (`__floattidf`,
    /// `__fixunssfti`...: what rustc's codegen calls), with Rust's saturation around the
    /// float-to-int ones (NaN is 0, out-of-range values the nearest bound), as LLVM expands
    /// `fptosi.sat` around them. A 128-bit to 128-bit cast is none of these (`None` upstream).
    fn cast_128(&mut self, x: Value, ks: Kind, kd: Kind) -> DResult<Value> {
        use Opcode::*;
        if !ks.is_float() && !kd.is_float() {
            return Err(err(Code::Cast, "internal: integer cast in the float cast path", ""));
        }
        if !ks.is_float() {
            let name = match (ks.signed(), kd.bits()) {
                (true, 32) => "__floattisf",
                (true, _) => "__floattidf",
                (false, 32) => "__floatuntisf",
                (false, _) => "__floatuntidf",
            };
            let f = self.res.builtin(name)?;
            return Ok(self.fb.call(f, &[x], &[kd.wty()])?[0]);
        }
        let f32 = ks.bits() == 32;
        let name = match (kd.signed(), f32) {
            (true, true) => "__fixsfti",
            (true, false) => "__fixdfti",
            (false, true) => "__fixunssfti",
            (false, false) => "__fixunsdfti",
        };
        let f = self.res.builtin(name)?;
        let r = self.fb.call(f, &[x], &[Type::I128])?[0];
        let fc = |this: &mut Self, v: f64| -> DResult<Value> {
            Ok(if f32 { this.fb.fconst(Type::F32, v)? } else { this.fb.fconst(Type::F64, v)? })
        };
        let (ge, lt, ne) = if f32 { (F32Ge, F32Lt, F32Ne) } else { (F64Ge, F64Lt, F64Ne) };
        // 2^127 and 2^128 are exact in both float types.
        let (max, min, high, low) = if kd.signed() {
            (i128::MAX as u128, i128::MIN as u128, 2f64.powi(127), -(2f64.powi(127)))
        } else {
            (u128::MAX, 0, 2f64.powi(128), 0.0)
        };
        let hi = fc(self, high)?;
        let too_big = self.op(ge, &[x, hi])?;
        let maxv = self.kconst(kd, max)?;
        let r = self.select(Type::I128, too_big, maxv, r)?;
        let lo = fc(self, low)?;
        let too_small = self.op(lt, &[x, lo])?;
        let minv = self.kconst(kd, min)?;
        let r = self.select(Type::I128, too_small, minv, r)?;
        let nan = self.op(ne, &[x, x])?;
        let zero = self.kconst(kd, 0)?;
        self.select(Type::I128, nan, zero, r)
    }

    /// Rust's saturating float-to-int `as`: `trunc_sat` to the 32- or 64-bit slot, then, for
    /// targets narrower than 32 bits, a clamp to their range (NaN is already 0).
    fn float_to_int(&mut self, x: Value, ks: Kind, kd: Kind) -> DResult<Value> {
        use Opcode::*;
        let f32 = ks.bits() == 32;
        let signed = kd.signed() || kd.narrow();
        let op = match (kd.wty(), f32, signed) {
            (Type::I64, true, true) => I64TruncSatF32S,
            (Type::I64, true, false) => I64TruncSatF32U,
            (Type::I64, false, true) => I64TruncSatF64S,
            (Type::I64, false, false) => I64TruncSatF64U,
            (_, true, true) => I32TruncSatF32S,
            (_, true, false) => I32TruncSatF32U,
            (_, false, true) => I32TruncSatF64S,
            (_, false, false) => I32TruncSatF64U,
        };
        let v = self.op(op, &[x])?;
        if !kd.narrow() {
            return Ok(v);
        }
        // The i32 result is exact for any narrow range: clamp it.
        let b = kd.bits();
        let (lo, hi) = match kd {
            Kind::Bool => (0, 1),
            _ if kd.signed() => (-(1i64 << (b - 1)), (1i64 << (b - 1)) - 1),
            _ => (0, (1i64 << b) - 1),
        };
        let lo = self.iconst(Type::I32, lo)?;
        let hi = self.iconst(Type::I32, hi)?;
        let below = self.op(I32LtS, &[v, lo])?;
        let v = self.select(Type::I32, below, lo, v)?;
        let above = self.op(I32GtS, &[v, hi])?;
        self.select(Type::I32, above, hi, v)
    }

    /// `transmute`: leaf by leaf when both types hold scalars of the same kinds' sizes at the same
    /// offsets (the common case: `NonZero`, `Option<NonZero>`, enums and their tags, pointers and
    /// `usize`); otherwise through memory, as rustc defines it: the source's bytes, read as the
    /// destination type.
    fn transmute(&mut self, o: &Operand, src: Ty, dst: Ty) -> DResult<Val> {
        let (ss, ds) = (shape_of(src)?, shape_of(dst)?);
        if ss.size != ds.size {
            return Err(err(
                Code::Cast,
                format!("unsupported MIR cast `Transmute` from `{src}` to `{dst}` (sizes differ)"),
                "",
            ));
        }
        let v = self.operand_val(o)?;
        if let Val::Leaves(vals) = &v
            && !ds.in_memory()
            && ss.leaves.len() == ds.leaves.len()
            && ss.leaves.iter().zip(&ds.leaves).all(|((a, oa), (b, ob))| oa == ob && a.bytes() == b.bytes())
        {
            let mut out = vec![];
            for (x, ((a, _), (b, _))) in vals.iter().zip(ss.leaves.iter().zip(&ds.leaves)) {
                out.push(self.conv(*x, *a, *b)?);
            }
            return Ok(Val::Leaves(out));
        }
        let tmp = self.temp_slot(&ss.clone().max_align(&ds))?;
        let place = PlaceRef::Mem { base: tmp, off: 0, ty: src, variant: None, meta: None };
        self.write_ref(&place, v)?;
        let place = PlaceRef::Mem { base: tmp, off: 0, ty: dst, variant: None, meta: None };
        let out = self.read_ref(&place)?;
        Ok(out)
    }
}

/// The metadata an unsizing coercion from `from` to `to` makes.
enum UnsizeMeta {
    /// `[T; N]` to `[T]`: the length `N`.
    Len(u64),
    /// A sized `concrete` to `object` (`dyn Trait`): the address of rustc's vtable.
    VTable { concrete: Ty, object: Ty },
    /// `dyn Trait + Auto` to `dyn Trait`: the vtable the pointer already has.
    Keep,
}

/// The metadata of an unsizing coercion from `from` to `to`, also through a struct whose last
/// field is unsized that way (`Wrapper<[T; N]>` to `Wrapper<[T]>`); `None` for trait upcasting,
/// where the vtable changes.
fn unsize_meta(from: Ty, to: Ty) -> Option<UnsizeMeta> {
    match (from.kind(), to.kind()) {
        (TyKind::RigidTy(RigidTy::Array(_, n)), TyKind::RigidTy(RigidTy::Slice(_))) => {
            n.eval_target_usize().ok().map(UnsizeMeta::Len)
        }
        (TyKind::RigidTy(RigidTy::Dynamic(a, _)), TyKind::RigidTy(RigidTy::Dynamic(b, _))) => {
            let principal = |p: &Vec<rustc_public::ty::Binder<rustc_public::ty::ExistentialPredicate>>| {
                p.iter().find_map(|b| match &b.value {
                    rustc_public::ty::ExistentialPredicate::Trait(t) => Some(t.def_id),
                    _ => None,
                })
            };
            (principal(&a) == principal(&b)).then_some(UnsizeMeta::Keep)
        }
        (_, TyKind::RigidTy(RigidTy::Dynamic(..))) => Some(UnsizeMeta::VTable { concrete: from, object: to }),
        (TyKind::RigidTy(RigidTy::Adt(a, _)), TyKind::RigidTy(RigidTy::Adt(b, _))) if a == b => {
            let (f, t) = (crate::shape::struct_fields(from)?, crate::shape::struct_fields(to)?);
            unsize_meta(*f.last()?, *t.last()?)
        }
        _ => None,
    }
}
