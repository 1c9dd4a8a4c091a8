//! Maps Rust types to *leaves*: the scalar pieces a value is split into (scalar replacement of
//! aggregates). Integers and `bool` are one leaf; tuples and structs are the concatenation of their
//! fields; enums are a discriminant leaf (holding the discriminant *value*) followed by the fields of
//! every variant; zero-sized types have no leaves.

use crate::diag::{Code, DResult, Diag};
use rustc_public::mir::FieldIdx;
use rustc_public::ty::{AdtKind, FloatTy, IntTy, RigidTy, Ty, TyKind, UintTy, VariantIdx};
use rustc_public_bridge::IndexedVal;
use wasmir_syntax::ir::Type;

/// The Rust scalar a leaf holds; fixes its WasmIR type and its normal form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `bool`: 0 or 1 in an `i32`.
    Bool,
    /// Unsigned integer of the given width (8, 16, 32, 64, 128), zero-extended; `char` is `U(32)`.
    U(u32),
    /// Signed integer of the given width (8, 16, 32, 64, 128), sign-extended.
    S(u32),
    /// IEEE 754 binary float of the given width (32, 64): `f32`, `f64`.
    F(u32),
    /// A thin pointer (`&T`, `&mut T`, `*const T`, `*mut T` with `T: Sized`): a `ptr`.
    Ptr,
}

impl Kind {
    /// The WasmIR type holding it.
    pub fn wty(self) -> Type {
        match self {
            Kind::U(64) | Kind::S(64) => Type::I64,
            Kind::U(128) | Kind::S(128) => Type::I128,
            Kind::F(32) => Type::F32,
            Kind::F(64) => Type::F64,
            Kind::Ptr => Type::Ptr,
            _ => Type::I32,
        }
    }
    /// Bit width (bool: 1).
    pub fn bits(self) -> u32 {
        match self {
            Kind::Bool => 1,
            Kind::U(b) | Kind::S(b) | Kind::F(b) => b,
            Kind::Ptr => 32,
        }
    }
    /// Whether a float.
    pub fn is_float(self) -> bool {
        matches!(self, Kind::F(_))
    }
    /// Whether signed.
    pub fn signed(self) -> bool {
        matches!(self, Kind::S(_))
    }
    /// Whether narrower than its WasmIR type (needs normalizing after wrapping operations).
    pub fn narrow(self) -> bool {
        matches!(self, Kind::Bool | Kind::U(8) | Kind::U(16) | Kind::S(8) | Kind::S(16))
    }
    /// The normalized representation of the low `bits` bits of `raw`, as a signed 64-bit literal
    /// of the leaf's WasmIR type (the low 64 bits for a 128-bit kind: see `Lower::kconst`).
    pub fn literal(self, raw: u128) -> i64 {
        let b = self.bits();
        let masked = if b >= 128 { raw } else { raw & ((1u128 << b) - 1) };
        let v: i128 = if self.signed() && b < 128 && (masked >> (b - 1)) & 1 == 1 {
            masked as i128 - (1i128 << b)
        } else {
            masked as i128
        };
        match self.wty() {
            // i32 values as their signed 32-bit interpretation.
            Type::I32 => v as i64 as i32 as i64,
            _ => v as i64,
        }
    }

    /// The bits of the normalized value whose low bits are `raw`, zero-extended from the leaf's
    /// WasmIR type to 64 bits: how `switch` cases are written.
    pub fn case_bits(self, raw: u128) -> u64 {
        let v = self.literal(raw);
        match self.wty() {
            Type::I32 => u64::from(v as i32 as u32),
            _ => v as u64,
        }
    }
}

/// The tree of leaves of one type.
#[derive(Clone, Debug)]
pub enum Node {
    /// One leaf, by index.
    Leaf(usize),
    /// Fields in declaration order (tuples, structs, one enum variant).
    Fields(Vec<Node>),
    /// An enum: the discriminant leaf, the discriminant kind, per-variant fields and discriminant values.
    Enum { discr: usize, kind: Kind, variants: Vec<Vec<Node>>, values: Vec<u128> },
}

impl Node {
    /// All leaf indices under this node, in order.
    pub fn leaves(&self, out: &mut Vec<usize>) {
        match self {
            Node::Leaf(i) => out.push(*i),
            Node::Fields(fs) => fs.iter().for_each(|f| f.leaves(out)),
            Node::Enum { discr, variants, .. } => {
                out.push(*discr);
                variants.iter().flatten().for_each(|f| f.leaves(out));
            }
        }
    }
    /// Field `i` of a struct-like node.
    pub fn field(&self, i: FieldIdx) -> Option<&Node> {
        match self {
            Node::Fields(fs) => fs.get(i),
            _ => None,
        }
    }
}

/// The leaves of a type and their tree.
#[derive(Clone, Debug)]
pub struct Shape {
    /// Kind of every leaf.
    pub kinds: Vec<Kind>,
    /// The tree.
    pub root: Node,
}

fn unsupported(ty: Ty, what: &str) -> Diag {
    Diag::new(
        Code::Type,
        format!("unsupported type `{ty}` ({what})"),
        "the exporter handles integers, floats, bool, char, tuples, structs and enums made of them",
    )
}

/// Computes the shape of `ty` (monomorphic).
pub fn shape_of(ty: Ty) -> DResult<Shape> {
    let mut kinds = Vec::new();
    let root = build(ty, &mut kinds, 0)?;
    Ok(Shape { kinds, root })
}

/// The kind of a scalar type, if it is one.
pub fn scalar_kind(ty: Ty) -> Option<Kind> {
    match ty.kind() {
        TyKind::RigidTy(r) => match r {
            RigidTy::Bool => Some(Kind::Bool),
            RigidTy::Char => Some(Kind::U(32)),
            RigidTy::Int(i) => match i {
                IntTy::I8 => Some(Kind::S(8)),
                IntTy::I16 => Some(Kind::S(16)),
                IntTy::I32 | IntTy::Isize => Some(Kind::S(32)),
                IntTy::I64 => Some(Kind::S(64)),
                IntTy::I128 => Some(Kind::S(128)),
            },
            RigidTy::Uint(u) => match u {
                UintTy::U8 => Some(Kind::U(8)),
                UintTy::U16 => Some(Kind::U(16)),
                UintTy::U32 | UintTy::Usize => Some(Kind::U(32)),
                UintTy::U64 => Some(Kind::U(64)),
                UintTy::U128 => Some(Kind::U(128)),
            },
            RigidTy::Float(f) => match f {
                FloatTy::F32 => Some(Kind::F(32)),
                FloatTy::F64 => Some(Kind::F(64)),
                // f16 and f128 have no wasm type and no WasmIR type yet.
                FloatTy::F16 | FloatTy::F128 => None,
            },
            // Thin pointers; a pointer to an unsized type is fat (two scalars), not exported yet.
            RigidTy::Ref(_, t, _) | RigidTy::RawPtr(t, _) if t.layout().is_ok_and(|l| l.shape().is_sized()) => {
                Some(Kind::Ptr)
            }
            // Pattern types (`u32 is 1..`, inside `NonZero`) are their base integer.
            RigidTy::Pat(base, _) => scalar_kind(base),
            _ => None,
        },
        _ => None,
    }
}

fn build(ty: Ty, kinds: &mut Vec<Kind>, depth: u32) -> DResult<Node> {
    if depth > 16 {
        return Err(unsupported(ty, "nested too deeply"));
    }
    if let Some(k) = scalar_kind(ty) {
        kinds.push(k);
        return Ok(Node::Leaf(kinds.len() - 1));
    }
    let TyKind::RigidTy(r) = ty.kind() else {
        return Err(unsupported(ty, "not a rigid type"));
    };
    match r {
        RigidTy::Tuple(ts) => {
            let mut fs = Vec::new();
            for t in ts {
                fs.push(build(t, kinds, depth + 1)?);
            }
            Ok(Node::Fields(fs))
        }
        RigidTy::Never | RigidTy::FnDef(..) => Ok(Node::Fields(vec![])),
        RigidTy::Adt(adt, ref args) => match adt.kind() {
            AdtKind::Struct => {
                let v = adt.variants_iter().next().ok_or_else(|| unsupported(ty, "no variant"))?;
                let mut fs = Vec::new();
                for f in v.fields() {
                    fs.push(build(f.ty_with_args(args), kinds, depth + 1)?);
                }
                Ok(Node::Fields(fs))
            }
            AdtKind::Enum => {
                let dty = r.discriminant_ty();
                let kind = scalar_kind(dty).ok_or_else(|| unsupported(ty, "discriminant type"))?;
                kinds.push(kind);
                let discr = kinds.len() - 1;
                let mut variants = Vec::new();
                let mut values = Vec::new();
                for (i, v) in adt.variants_iter().enumerate() {
                    let mut fs = Vec::new();
                    for f in v.fields() {
                        fs.push(build(f.ty_with_args(args), kinds, depth + 1)?);
                    }
                    variants.push(fs);
                    values.push(adt.discriminant_for_variant(VariantIdx::to_val(i)).val);
                }
                Ok(Node::Enum { discr, kind, variants, values })
            }
            AdtKind::Union => Err(unsupported(ty, "union")),
        },
        RigidTy::Float(_) => Err(unsupported(ty, "f16 and f128 are not exported")),
        RigidTy::Ref(..) | RigidTy::RawPtr(..) => Err(unsupported(ty, "reference or pointer")),
        RigidTy::Array(..) | RigidTy::Slice(_) | RigidTy::Str => Err(unsupported(ty, "array, slice or str")),
        _ => Err(unsupported(ty, "not in the exported subset")),
    }
}
