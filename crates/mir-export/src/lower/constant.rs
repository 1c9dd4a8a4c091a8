//! MIR constants (`Operand::Constant`): zero-sized constants, and allocated constants of integer,
//! tuple, struct and enum types, decoded from their bytes by layout into leaf values.

use super::cast::field_types;
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::shape::{Node, shape_of};
use rustc_public::mir::ConstOperand;
use rustc_public::ty::{ConstantKind, RigidTy, Ty, TyKind};
use rustc_public_bridge::IndexedVal;
use wasmir_syntax::ir::Value;

impl Lower<'_, '_, '_> {
    /// The values of a constant operand, one per leaf of its type.
    pub(super) fn constant(&mut self, c: &ConstOperand) -> DResult<Vec<Value>> {
        let ty = c.const_.ty();
        let shape = shape_of(ty)?;
        match c.const_.kind() {
            ConstantKind::ZeroSized => {
                if shape.kinds.is_empty() {
                    Ok(vec![])
                } else {
                    Err(err(Code::Constant, format!("zero-sized constant of type `{ty}`"), ""))
                }
            }
            ConstantKind::Allocated(alloc) if !alloc.provenance.ptrs.is_empty() => Err(err(
                Code::Constant,
                format!("unsupported constant of type `{ty}` that points into memory"),
                "constants holding addresses (references to constants, strings, statics) become data items \
                 in a later version; only null pointers are exported now",
            )),
            ConstantKind::Allocated(alloc) => {
                // Uninitialized bytes (padding, inactive enum variants) read as 0; only the
                // fields of the active variant are decoded.
                let bytes: Vec<u8> = alloc.bytes.iter().map(|b| b.unwrap_or(0)).collect();
                let mut raw = vec![0u128; shape.kinds.len()];
                decode(ty, &shape.root, &bytes, &mut raw)?;
                let kinds = shape.kinds.clone();
                kinds.iter().zip(raw).map(|(k, r)| self.kconst(*k, r)).collect()
            }
            other => {
                Err(err(Code::Constant, format!("unsupported constant `{}` of type `{ty}`", kind_name(other)), ""))
            }
        }
    }
}

/// Decodes the bytes of a constant of type `ty` into leaf values.
fn decode(ty: Ty, node: &Node, bytes: &[u8], out: &mut [u128]) -> DResult<()> {
    let bad = || err(Code::Constant, format!("unsupported constant of type `{ty}`"), "");
    match node {
        Node::Leaf(i) => {
            let mut v = 0u128;
            for (j, b) in bytes.iter().enumerate().take(16) {
                v |= (*b as u128) << (8 * j);
            }
            out[*i] = v;
            Ok(())
        }
        Node::Fields(fs) => {
            if fs.is_empty() {
                return Ok(());
            }
            let layout = ty.layout().map_err(|_| bad())?.shape();
            let rustc_public::abi::FieldsShape::Arbitrary { offsets } = &layout.fields else {
                return Err(bad());
            };
            let field_tys = field_types(ty).ok_or_else(bad)?;
            for (i, f) in fs.iter().enumerate() {
                let off = offsets[i].bytes();
                let size = field_tys[i].layout().map_err(|_| bad())?.shape().size.bytes();
                decode(field_tys[i], f, &bytes[off..off + size], out)?;
            }
            Ok(())
        }
        Node::Enum { discr, kind, variants, values } => {
            use rustc_public::abi::{FieldsShape, Primitive, Scalar, TagEncoding, VariantsShape};
            let layout = ty.layout().map_err(|_| bad())?.shape();
            let read = |off: usize, size: usize| -> u128 {
                let mut v = 0u128;
                for j in 0..size.min(16) {
                    v |= (*bytes.get(off + j).unwrap_or(&0) as u128) << (8 * j);
                }
                v
            };
            let (vi, offsets): (usize, Vec<usize>) = match &layout.variants {
                VariantsShape::Single { index } => {
                    let FieldsShape::Arbitrary { offsets } = &layout.fields else {
                        return Err(bad());
                    };
                    (index.to_index(), offsets.iter().map(|o| o.bytes()).collect())
                }
                VariantsShape::Multiple { tag, tag_encoding, tag_field, variants: vfields } => {
                    let FieldsShape::Arbitrary { offsets } = &layout.fields else {
                        return Err(bad());
                    };
                    let prim: Primitive = match tag {
                        Scalar::Initialized { value, .. } | Scalar::Union { value } => *value,
                    };
                    let size = prim.size(&rustc_public::target::MachineInfo::target()).bytes();
                    let t = read(offsets[*tag_field].bytes(), size);
                    let mask = if size >= 16 { u128::MAX } else { (1u128 << (8 * size)) - 1 };
                    let vi = match tag_encoding {
                        TagEncoding::Direct => values.iter().position(|v| v & mask == t).ok_or_else(bad)?,
                        TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                            let rel = t.wrapping_sub(*niche_start) & mask;
                            let (lo, hi) = (niche_variants.start().to_index(), niche_variants.end().to_index());
                            if rel <= (hi - lo) as u128 { lo + rel as usize } else { untagged_variant.to_index() }
                        }
                    };
                    let fo = vfields.get(vi).ok_or_else(bad)?;
                    (vi, fo.offsets.iter().map(|o| o.bytes()).collect())
                }
                VariantsShape::Empty => return Err(bad()),
            };
            out[*discr] = values[vi];
            let _ = kind;
            let TyKind::RigidTy(RigidTy::Adt(adt, args)) = ty.kind() else {
                return Err(bad());
            };
            let var = adt.variants_iter().nth(vi).ok_or_else(bad)?;
            let ftys: Vec<Ty> = var.fields().iter().map(|f| f.ty_with_args(&args)).collect();
            for (i, f) in variants[vi].iter().enumerate() {
                let off = *offsets.get(i).ok_or_else(bad)?;
                let size = ftys[i].layout().map_err(|_| bad())?.shape().size.bytes();
                decode(ftys[i], f, &bytes[off..off + size], out)?;
            }
            Ok(())
        }
    }
}

/// The variant name of a constant kind, for diagnostics.
fn kind_name(k: &ConstantKind) -> &'static str {
    match k {
        ConstantKind::Ty(_) => "Ty",
        ConstantKind::Allocated(_) => "Allocated",
        ConstantKind::Unevaluated(_) => "Unevaluated",
        ConstantKind::Param(_) => "Param",
        ConstantKind::ZeroSized => "ZeroSized",
    }
}
