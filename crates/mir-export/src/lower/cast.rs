//! MIR `Cast`: `IntToInt`, `Subtype`, and `Transmute` between integers or between types whose
//! layout is one integer scalar (integers, `NonZero`, `Option<NonZero<_>>`, fieldless enums,
//! one-field structs of those), through the scalar's bits as the layout stores them (direct and
//! niche tags). Also the layout helpers constants share (field types of a type or variant).

use super::builder::IntOp;
use super::{Lower, err};
use crate::diag::{Code, DResult, Diag};
use crate::shape::{Kind, Node, scalar_kind, shape_of};
use rustc_public::mir::{CastKind, Operand, PointerCoercion};
use rustc_public::ty::{RigidTy, Ty, TyKind};
use rustc_public_bridge::IndexedVal;
use wasmir_syntax::ir::{Opcode, Type, Value};

/// The result of encoding or decoding a value through its layout: `Err(None)` when the layout is
/// not a single integer scalar, `Err(Some(d))` for any other error.
type Enc<T> = Result<T, Option<Diag>>;

impl Lower<'_, '_, '_> {
    /// `Cast(kind, o, ty)`.
    pub(super) fn cast(&mut self, kind: &CastKind, o: &Operand, ty: Ty) -> DResult<Vec<Value>> {
        match kind {
            CastKind::Subtype => self.operand(o),
            CastKind::Transmute if !(scalar_kind(self.operand_ty(o)?).is_some() && scalar_kind(ty).is_some()) => {
                let src_ty = self.operand_ty(o)?;
                self.transmute(o, src_ty, ty)
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
                        (a, b) if a == b => return Ok(vec![x]),
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
                    return Ok(vec![self.op(op, &[x])?]);
                }
                Ok(vec![self.int_cast(x, ks, kd)?])
            }
            // Between thin pointers (`&mut T as *mut T`, `*const T as *const U`): the same address.
            CastKind::PtrToPtr | CastKind::PointerCoercion(PointerCoercion::MutToConstPointer)
                if scalar_kind(self.operand_ty(o)?) == Some(Kind::Ptr) && scalar_kind(ty) == Some(Kind::Ptr) =>
            {
                self.operand(o)
            }
            CastKind::IntToFloat | CastKind::FloatToInt | CastKind::FloatToFloat => {
                let src_ty = self.operand_ty(o)?;
                let (Some(ks), Some(kd)) = (scalar_kind(src_ty), scalar_kind(ty)) else {
                    return Err(err(Code::Cast, format!("unsupported cast from `{src_ty}` to `{ty}`"), ""));
                };
                let x = self.operand(o)?[0];
                let v = self.numeric_cast(x, ks, kd).ok_or_else(|| {
                    err(
                        Code::Cast,
                        format!("unsupported cast from `{src_ty}` to `{ty}`"),
                        "casts between 128-bit integers and floats are calls of compiler-builtins, \
                         exported once its bodies are",
                    )
                })??;
                Ok(vec![v])
            }
            other => Err(err(
                Code::Cast,
                format!("unsupported MIR cast `{}`", format!("{other:?}").split('(').next().unwrap_or("?")),
                "only casts between integer types (and bool/char) are exported",
            )),
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
            return None;
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

    /// `transmute` between types whose layout is one integer scalar of the same size: integers,
    /// `NonZero`, `Option<NonZero<_>>`, fieldless enums, one-field structs of those. The source
    /// leaves are encoded to the scalar's bits (as the layout stores them), then decoded.
    fn transmute(&mut self, o: &Operand, src: Ty, dst: Ty) -> DResult<Vec<Value>> {
        let bad = || {
            err(
                Code::Cast,
                format!("unsupported MIR cast `Transmute` from `{src}` to `{dst}`"),
                "only transmutes between single-integer layouts (integers, NonZero, Option<NonZero>, \
                 fieldless enums) are exported",
            )
        };
        let size_of = |t: Ty| -> DResult<usize> { Ok(t.layout().map_err(|_| bad())?.shape().size.bytes()) };
        let size = size_of(src)?;
        if size != size_of(dst)? || ![1, 2, 4, 8].contains(&size) {
            return Err(bad());
        }
        let vals = self.operand(o)?;
        let ss = shape_of(src)?;
        if ss.kinds.iter().chain(&shape_of(dst)?.kinds).any(|k| k.is_float() || *k == Kind::Ptr) {
            return Err(bad());
        }
        let bits = self.encode_bits(src, &ss.root, &vals, size).map_err(|e| e.unwrap_or_else(bad))?;
        let ds = shape_of(dst)?;
        let mut out: Vec<Option<Value>> = vec![None; ds.kinds.len()];
        self.decode_bits(dst, &ds.root, &ds.kinds, bits, size, &mut out).map_err(|e| e.unwrap_or_else(bad))?;
        out.into_iter()
            .zip(ds.kinds.iter())
            .map(|(v, k)| match v {
                Some(v) => Ok(v),
                None => self.iconst(k.wty(), 0),
            })
            .collect()
    }

    /// The WasmIR type holding `size` bytes of bits.
    fn bits_ty(size: usize) -> Type {
        if size > 4 { Type::I64 } else { Type::I32 }
    }

    /// Converts `v` (of type `from`) to type `to`, keeping the low bits.
    fn fit(&mut self, v: Value, from: Type, to: Type) -> DResult<Value> {
        match (from, to) {
            (Type::I64, Type::I32) => self.op(Opcode::I32WrapI64, &[v]),
            (Type::I32, Type::I64) => self.op(Opcode::I64ExtendI32U, &[v]),
            _ => Ok(v),
        }
    }

    /// The only field of a struct-like node that has leaves, if it sits at offset 0 and fills
    /// `size` bytes (other fields are zero-sized).
    fn single_field(node_fields: &[Node], tys: &[Ty], offsets: &[usize], size: usize) -> Option<usize> {
        let mut found = None;
        for (i, f) in node_fields.iter().enumerate() {
            let mut l = vec![];
            f.leaves(&mut l);
            let fsize = tys.get(i)?.layout().ok()?.shape().size.bytes();
            if fsize == 0 {
                continue;
            }
            if l.is_empty() || found.is_some() || *offsets.get(i)? != 0 || fsize != size {
                return None;
            }
            found = Some(i);
        }
        found
    }

    /// The `size`-byte scalar that stores the value `vals` (leaves of `node`, of type `ty`);
    /// `None` if the layout is not a single integer scalar.
    fn encode_bits(&mut self, ty: Ty, node: &Node, vals: &[Value], size: usize) -> Enc<Value> {
        use rustc_public::abi::{FieldsShape, TagEncoding, VariantsShape};
        let bt = Self::bits_ty(size);
        let layout = ty.layout().ok().ok_or(None)?.shape();
        match node {
            Node::Leaf(i) => {
                let k = scalar_kind(ty).ok_or(None)?;
                Ok(self.fit(vals[*i], k.wty(), bt)?)
            }
            Node::Fields(fs) => {
                let FieldsShape::Arbitrary { offsets } = &layout.fields else { return Err(None) };
                let offs: Vec<usize> = offsets.iter().map(|o| o.bytes()).collect();
                let tys = field_types(ty).ok_or(None)?;
                let i = Self::single_field(fs, &tys, &offs, size).ok_or(None)?;
                self.encode_bits(tys[i], &fs[i], vals, size)
            }
            Node::Enum { discr, kind, variants, values } => match &layout.variants {
                VariantsShape::Single { index } => {
                    let FieldsShape::Arbitrary { offsets } = &layout.fields else { return Err(None) };
                    let vi = index.to_index();
                    let offs: Vec<usize> = offsets.iter().map(|o| o.bytes()).collect();
                    let tys = variant_field_types(ty, vi).ok_or(None)?;
                    let i = Self::single_field(&variants[vi], &tys, &offs, size).ok_or(None)?;
                    self.encode_bits(tys[i], &variants[vi][i], vals, size)
                }
                VariantsShape::Multiple { tag_encoding: TagEncoding::Direct, .. } => {
                    if !leafless(variants.iter().flatten()) {
                        return Err(None);
                    }
                    Ok(self.fit(vals[*discr], kind.wty(), bt)?)
                }
                VariantsShape::Multiple {
                    tag_encoding: TagEncoding::Niche { untagged_variant, niche_variants, niche_start },
                    variants: vlayouts,
                    ..
                } => {
                    let u = untagged_variant.to_index();
                    let (lo, hi) = (niche_variants.start().to_index(), niche_variants.end().to_index());
                    if hi < lo || hi - lo > 16 {
                        return Err(None);
                    }
                    for (vi, fs) in variants.iter().enumerate() {
                        if vi != u && !leafless(fs.iter()) {
                            return Err(None);
                        }
                    }
                    let offs: Vec<usize> = vlayouts.get(u).ok_or(None)?.offsets.iter().map(|o| o.bytes()).collect();
                    let tys = variant_field_types(ty, u).ok_or(None)?;
                    let i = Self::single_field(&variants[u], &tys, &offs, size).ok_or(None)?;
                    let mut bits = self.encode_bits(tys[i], &variants[u][i], vals, size)?;
                    let d = vals[*discr];
                    for (v, value) in values.iter().enumerate().take(hi + 1).skip(lo) {
                        if v == u {
                            continue;
                        }
                        let dv = self.kconst(*kind, *value)?;
                        let is = self.op2(*kind, IntOp::Eq, d, dv)?;
                        let n = niche_start.wrapping_add((v - lo) as u128);
                        let lk = if bt == Type::I64 { Kind::U(64) } else { Kind::U(32) };
                        let nb = self.iconst(bt, lk.literal(n))?;
                        bits = self.select(bt, is, nb, bits)?;
                    }
                    Ok(bits)
                }
                _ => Err(None),
            },
        }
    }

    /// Decodes the `size`-byte scalar `bits` that stores a value of type `ty` into its leaves
    /// (`out`, indexed like `kinds`); `None` if the layout is not a single integer scalar.
    #[allow(clippy::too_many_arguments)]
    fn decode_bits(
        &mut self,
        ty: Ty,
        node: &Node,
        kinds: &[Kind],
        bits: Value,
        size: usize,
        out: &mut [Option<Value>],
    ) -> Enc<()> {
        use rustc_public::abi::{FieldsShape, Primitive, Scalar, TagEncoding, VariantsShape};
        let bt = Self::bits_ty(size);
        let layout = ty.layout().ok().ok_or(None)?.shape();
        match node {
            Node::Leaf(i) => {
                let k = kinds[*i];
                if k.bits().div_ceil(8) as usize != size {
                    return Err(None);
                }
                let v = self.fit(bits, bt, k.wty())?;
                out[*i] = Some(self.norm(k, v)?);
                Ok(())
            }
            Node::Fields(fs) => {
                let FieldsShape::Arbitrary { offsets } = &layout.fields else { return Err(None) };
                let offs: Vec<usize> = offsets.iter().map(|o| o.bytes()).collect();
                let tys = field_types(ty).ok_or(None)?;
                let i = Self::single_field(fs, &tys, &offs, size).ok_or(None)?;
                self.decode_bits(tys[i], &fs[i], kinds, bits, size, out)
            }
            Node::Enum { discr, kind, variants, values } => match &layout.variants {
                VariantsShape::Single { index } => {
                    let FieldsShape::Arbitrary { offsets } = &layout.fields else { return Err(None) };
                    let vi = index.to_index();
                    out[*discr] = Some(self.kconst(*kind, values[vi])?);
                    let offs: Vec<usize> = offsets.iter().map(|o| o.bytes()).collect();
                    let tys = variant_field_types(ty, vi).ok_or(None)?;
                    let i = Self::single_field(&variants[vi], &tys, &offs, size).ok_or(None)?;
                    self.decode_bits(tys[i], &variants[vi][i], kinds, bits, size, out)
                }
                VariantsShape::Multiple { tag, tag_encoding: TagEncoding::Direct, .. } => {
                    if !leafless(variants.iter().flatten()) {
                        return Err(None);
                    }
                    let prim = match tag {
                        Scalar::Initialized { value, .. } | Scalar::Union { value } => *value,
                    };
                    let Primitive::Int { signed, .. } = prim else { return Err(None) };
                    let tk = if signed { Kind::S(size as u32 * 8) } else { Kind::U(size as u32 * 8) };
                    let t = self.fit(bits, bt, tk.wty())?;
                    let t = self.norm(tk, t)?;
                    out[*discr] = Some(self.int_cast(t, tk, *kind)?);
                    Ok(())
                }
                VariantsShape::Multiple {
                    tag_encoding: TagEncoding::Niche { untagged_variant, niche_variants, niche_start },
                    variants: vlayouts,
                    ..
                } => {
                    let u = untagged_variant.to_index();
                    let (lo, hi) = (niche_variants.start().to_index(), niche_variants.end().to_index());
                    if hi < lo {
                        return Err(None);
                    }
                    for (vi, fs) in variants.iter().enumerate() {
                        if vi != u && !leafless(fs.iter()) {
                            return Err(None);
                        }
                        // Niche encoding: discriminant == variant index.
                        if values[vi] != vi as u128 {
                            return Err(None);
                        }
                    }
                    let offs: Vec<usize> = vlayouts.get(u).ok_or(None)?.offsets.iter().map(|o| o.bytes()).collect();
                    let tys = variant_field_types(ty, u).ok_or(None)?;
                    let i = Self::single_field(&variants[u], &tys, &offs, size).ok_or(None)?;
                    self.decode_bits(tys[i], &variants[u][i], kinds, bits, size, out)?;
                    // rel = (bits - niche_start) mod 2^(8*size); niche iff rel <= hi - lo.
                    let lk = if bt == Type::I64 { Kind::U(64) } else { Kind::U(32) };
                    let ns = self.iconst(bt, lk.literal(*niche_start))?;
                    let rel = self.int_op(bt, IntOp::Sub, &[bits, ns])?;
                    let rel = if size < 4 {
                        let m = self.iconst(Type::I32, (1i64 << (8 * size)) - 1)?;
                        self.op(Opcode::I32And, &[rel, m])?
                    } else {
                        rel
                    };
                    let span = self.iconst(bt, (hi - lo) as i64)?;
                    let is = self.int_op(bt, IntOp::LeU, &[rel, span])?;
                    let lov = self.iconst(bt, lo as i64)?;
                    let idx = self.int_op(bt, IntOp::Add, &[rel, lov])?;
                    let idx = self.fit(idx, bt, kind.wty())?;
                    let uv = self.iconst(kind.wty(), u as i64)?;
                    let d = self.select(kind.wty(), is, idx, uv)?;
                    out[*discr] = Some(d);
                    Ok(())
                }
                _ => Err(None),
            },
        }
    }
}

/// The field types of a tuple, or of a struct (its only variant).
pub(super) fn field_types(ty: Ty) -> Option<Vec<Ty>> {
    match ty.kind() {
        TyKind::RigidTy(RigidTy::Tuple(ts)) => Some(ts),
        TyKind::RigidTy(RigidTy::Adt(adt, args)) => {
            let v = adt.variants_iter().next()?;
            Some(v.fields().iter().map(|f| f.ty_with_args(&args)).collect())
        }
        _ => None,
    }
}

/// The field types of variant `vi` of an enum.
fn variant_field_types(ty: Ty, vi: usize) -> Option<Vec<Ty>> {
    match ty.kind() {
        TyKind::RigidTy(RigidTy::Adt(adt, args)) => {
            let v = adt.variants_iter().nth(vi)?;
            Some(v.fields().iter().map(|f| f.ty_with_args(&args)).collect())
        }
        _ => None,
    }
}

/// Whether none of these nodes has a leaf.
fn leafless<'a>(nodes: impl Iterator<Item = &'a Node>) -> bool {
    nodes.into_iter().all(|n| {
        let mut l = vec![];
        n.leaves(&mut l);
        l.is_empty()
    })
}
