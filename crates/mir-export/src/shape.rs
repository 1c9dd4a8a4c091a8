//! Maps Rust types to the form their values take in the lowering (design record
//! `design/memory.md`, M1): SSA *leaves* (scalars) at the byte offsets of rustc's layout, or
//! memory.
//!
//! - Scalars (integers, floats, `bool`, `char`, thin pointers) are one leaf.
//! - Structs and tuples whose fields all have leaves are the concatenation of their fields'
//!   leaves, in declaration order (scalar replacement of aggregates; `Form::Fields`).
//! - Other types whose rustc ABI is `Scalar` or `ScalarPair` (enums, unions, fat pointers,
//!   closures) are those one or two scalars **in rustc's encoding** (tags and niches included),
//!   in offset order (`Form::Abi`). A transmute or a constant's bytes then mean the same here as
//!   in rustc.
//! - Everything else (arrays, enums and unions with `Aggregate` ABI, structs holding those) lives
//!   in memory only (`Form::Memory`): no leaves; a local of that type is a stack slot.
//!
//! Every leaf carries its byte offset in the type's layout, so a leaf is loaded from and stored
//! to memory at that offset, and a field of an `Abi` value is found by offset.

use crate::diag::{Code, DResult, Diag};
use rustc_public::abi::{FieldsShape, LayoutShape, Primitive, Scalar, ValueAbi, VariantsShape};
use rustc_public::ty::{AdtKind, FloatTy, IntTy, RigidTy, Ty, TyKind, UintTy};
use std::ops::Range;
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
    /// A thin pointer (`&T`, `&mut T`, `*const T`, `*mut T` with `T: Sized`), or the address
    /// half of a fat pointer: a `ptr`.
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
    /// Size in memory, in bytes.
    pub fn bytes(self) -> u32 {
        self.bits().div_ceil(8)
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

    /// The kind of one of rustc's ABI scalars (`Primitive`), `None` for `f16`/`f128`.
    pub fn of_primitive(p: Primitive) -> Option<Kind> {
        use rustc_public::abi::FloatLength;
        match p {
            Primitive::Int { length, signed } => {
                let b = length.bits() as u32;
                Some(if signed { Kind::S(b) } else { Kind::U(b) })
            }
            Primitive::Float { length: FloatLength::F32 } => Some(Kind::F(32)),
            Primitive::Float { length: FloatLength::F64 } => Some(Kind::F(64)),
            Primitive::Float { .. } => None,
            Primitive::Pointer(_) => Some(Kind::Ptr),
        }
    }
}

/// The primitive of an ABI scalar.
pub fn primitive(s: &Scalar) -> Primitive {
    match s {
        Scalar::Initialized { value, .. } | Scalar::Union { value } => *value,
    }
}

/// How a value of a type is held.
#[derive(Clone, Debug)]
pub enum Form {
    /// A struct or tuple in SSA: the leaf range of each field, in declaration order.
    Fields(Vec<Range<usize>>),
    /// rustc's `Scalar`/`ScalarPair` ABI (scalars, enums, unions, fat pointers, closures): the
    /// leaves in offset order; fields are found by offset.
    Abi,
    /// Memory only: no leaves.
    Memory,
}

/// The leaves of a type, with their byte offsets in its layout, and its form.
#[derive(Clone, Debug)]
pub struct Shape {
    /// Kind and byte offset of every leaf.
    pub leaves: Vec<(Kind, u32)>,
    /// The form.
    pub form: Form,
    /// Size in bytes (rustc's layout).
    pub size: u32,
    /// ABI alignment in bytes.
    pub align: u32,
}

impl Shape {
    /// The kinds of the leaves.
    pub fn kinds(&self) -> Vec<Kind> {
        self.leaves.iter().map(|(k, _)| *k).collect()
    }
    /// This shape with the larger size and alignment of the two (a slot that holds either).
    pub fn max_align(mut self, other: &Shape) -> Shape {
        self.size = self.size.max(other.size);
        self.align = self.align.max(other.align);
        self
    }
    /// Whether values live in memory only.
    pub fn in_memory(&self) -> bool {
        matches!(self.form, Form::Memory)
    }
}

fn unsupported(ty: Ty, what: &str) -> Diag {
    Diag::new(
        Code::Type,
        format!("unsupported type `{ty}` ({what})"),
        "the exporter handles integers, floats (f32, f64), bool, char, pointers, references, \
         slices, arrays, tuples, structs, enums and unions",
    )
}

/// rustc's layout of `ty` (monomorphic).
pub fn layout(ty: Ty) -> DResult<LayoutShape> {
    Ok(ty.layout().map_err(|e| unsupported(ty, &format!("no layout: {e:?}")))?.shape())
}

/// Computes the shape of `ty` (monomorphic, sized).
pub fn shape_of(ty: Ty) -> DResult<Shape> {
    build(ty, 0)
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
            // Thin pointers; a pointer to an unsized type is fat (two scalars: `Form::Abi`).
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

/// The field types of a tuple or struct (its only variant), `None` for other types.
pub fn struct_fields(ty: Ty) -> Option<Vec<Ty>> {
    match ty.kind() {
        TyKind::RigidTy(RigidTy::Tuple(ts)) => Some(ts),
        TyKind::RigidTy(RigidTy::Adt(adt, args)) if adt.kind() == AdtKind::Struct => {
            let v = adt.variants_iter().next()?;
            Some(v.fields().iter().map(|f| f.ty_with_args(&args)).collect())
        }
        _ => None,
    }
}

fn to_u32(ty: Ty, n: u64) -> DResult<u32> {
    u32::try_from(n).map_err(|_| unsupported(ty, "larger than 4 GiB"))
}

fn build(ty: Ty, depth: u32) -> DResult<Shape> {
    if depth > 24 {
        return Err(unsupported(ty, "nested too deeply"));
    }
    let l = layout(ty)?;
    if !l.is_sized() {
        return Err(unsupported(ty, "unsized"));
    }
    let size = to_u32(ty, l.size.bytes() as u64)?;
    let align = to_u32(ty, l.abi_align)?.max(1);
    if let Some(k) = scalar_kind(ty) {
        return Ok(Shape { leaves: vec![(k, 0)], form: Form::Abi, size, align });
    }
    if let TyKind::RigidTy(RigidTy::Float(_)) = ty.kind() {
        return Err(unsupported(ty, "f16 and f128 are not exported"));
    }
    let is_array = matches!(ty.kind(), TyKind::RigidTy(RigidTy::Array(..)));
    if let (Some(ftys), FieldsShape::Arbitrary { offsets }) = (struct_fields(ty), &l.fields)
        && matches!(l.variants, VariantsShape::Single { .. })
    {
        let mut leaves = vec![];
        let mut ranges = vec![];
        let mut memory = false;
        for (i, fty) in ftys.into_iter().enumerate() {
            let f = build(fty, depth + 1)?;
            if f.in_memory() {
                memory = true;
                break;
            }
            let off = to_u32(ty, offsets[i].bytes() as u64)?;
            let start = leaves.len();
            leaves.extend(f.leaves.iter().map(|(k, o)| (*k, off + o)));
            ranges.push(start..leaves.len());
        }
        if !memory {
            return Ok(Shape { leaves, form: Form::Fields(ranges), size, align });
        }
    }
    if size == 0 {
        return Ok(Shape { leaves: vec![], form: Form::Abi, size, align });
    }
    let kind = |s: &Scalar| Kind::of_primitive(primitive(s)).ok_or_else(|| unsupported(ty, "holds f16 or f128"));
    match &l.abi {
        // Arrays always live in memory: `Index` needs an address.
        _ if is_array => Ok(Shape { leaves: vec![], form: Form::Memory, size, align }),
        ValueAbi::Scalar(s) => Ok(Shape { leaves: vec![(kind(s)?, 0)], form: Form::Abi, size, align }),
        ValueAbi::ScalarPair(a, b) => {
            let (ka, kb) = (kind(a)?, kind(b)?);
            // The second scalar starts at the first's size rounded up to its own alignment.
            let bb = kb.bytes().max(1);
            let off = ka.bytes().div_ceil(bb) * bb;
            Ok(Shape { leaves: vec![(ka, 0), (kb, off)], form: Form::Abi, size, align })
        }
        ValueAbi::Aggregate { .. } => Ok(Shape { leaves: vec![], form: Form::Memory, size, align }),
        _ => Err(unsupported(ty, "SIMD vector")),
    }
}
