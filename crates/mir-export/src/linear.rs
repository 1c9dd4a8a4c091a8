//! Linear types (WasmIR spec chapter 13; design record `design/ownership.md`, O11 revised): the
//! types implementing `wasm::Linear` (the `wasm` crate's `#[wasm::linear]`), which leaves of a
//! value carry a `linear` obligation, and which functions track them.
//!
//! - A type is linear when some crate implements `wasm::Linear` for its ADT (generic arguments
//!   are ignored: the attribute implements the trait for every instantiation).
//! - The linear leaves of a type follow its shape (`shape.rs`): every leaf of a linear type; the
//!   fields' linear leaves of a struct or tuple in SSA form. A linear value inside an enum, union,
//!   closure or array has no leaf the verifier could follow: E0514 when such a value is needed.
//! - Functions of core, alloc and compiler-builtins are *unaware*: their kinds stay trivial, so
//!   generic code instantiated with a linear type is not held to obligations it cannot know. The
//!   lowering converts at the calls between aware and unaware code (`terminator.rs`).

use crate::diag::{Code, DResult, Diag};
use crate::shape::{Form, shape_of, struct_fields};
use rustc_public::CrateDef;
use rustc_public::ty::{AdtDef, RigidTy, Ty, TyKind};

/// The crates whose functions never carry ownership kinds.
const UNAWARE_CRATES: &[&str] = &["core", "alloc", "compiler_builtins"];

/// The linear ADTs of the program being exported (empty when no crate implements
/// `wasm::Linear`, which makes every query a no-op).
#[derive(Default)]
pub struct Linearity {
    adts: Vec<AdtDef>,
}

impl Linearity {
    /// Finds the implementations of `wasm::Linear` in every crate outside the sysroot.
    pub fn find() -> Linearity {
        let mut adts = vec![];
        if rustc_public::find_crates("wasm").is_empty() {
            return Linearity { adts };
        }
        let crates = std::iter::once(rustc_public::local_crate()).chain(rustc_public::external_crates());
        for krate in crates {
            if UNAWARE_CRATES.contains(&krate.name.as_str()) || krate.name == "std" {
                continue;
            }
            for imp in krate.trait_impls() {
                let tr = imp.trait_impl().value;
                if tr.def_id.krate().name != "wasm" || tr.def_id.trimmed_name() != "Linear" {
                    continue;
                }
                if let TyKind::RigidTy(RigidTy::Adt(adt, _)) = tr.self_ty().kind()
                    && !adts.contains(&adt)
                {
                    adts.push(adt);
                }
            }
        }
        Linearity { adts }
    }

    /// Whether any type is linear.
    pub fn any(&self) -> bool {
        !self.adts.is_empty()
    }

    /// Whether functions of the crate named `krate` carry ownership kinds.
    pub fn aware(&self, krate: &str) -> bool {
        self.any() && !UNAWARE_CRATES.contains(&krate)
    }

    /// Whether `ty` is a linear ADT itself.
    pub fn is_linear(&self, ty: Ty) -> bool {
        matches!(ty.kind(), TyKind::RigidTy(RigidTy::Adt(adt, _)) if self.adts.contains(&adt))
    }

    /// Whether a value of `ty` holds a linear value anywhere by value.
    pub fn contains(&self, ty: Ty) -> bool {
        self.any() && self.contains_at(ty, 0)
    }

    fn contains_at(&self, ty: Ty, depth: u32) -> bool {
        if depth > 24 {
            return false;
        }
        if self.is_linear(ty) {
            return true;
        }
        match ty.kind() {
            TyKind::RigidTy(RigidTy::Tuple(ts)) => ts.iter().any(|t| self.contains_at(*t, depth + 1)),
            TyKind::RigidTy(RigidTy::Array(t, _)) => self.contains_at(t, depth + 1),
            // A value in `ManuallyDrop` is forgotten: moving a linear value into one discharges it
            // (`mem::forget`, `Linear::consume`'s body; `statement.rs` drops it there).
            TyKind::RigidTy(RigidTy::Adt(adt, _)) if is_manually_drop(adt) => false,
            TyKind::RigidTy(RigidTy::Adt(adt, args)) => adt
                .variants_iter()
                .any(|v| v.fields().iter().any(|f| self.contains_at(f.ty_with_args(&args), depth + 1))),
            _ => false,
        }
    }

    /// Which leaves of a value of `ty` (in `shape_of(ty)`'s order) are linear. Errors: E0514
    /// when a linear value sits where no leaf can carry it (an enum, union, closure, array, or a
    /// memory-form value).
    pub fn leaves(&self, ty: Ty) -> DResult<Vec<bool>> {
        let shape = shape_of(ty)?;
        if !self.contains(ty) {
            return Ok(vec![false; shape.leaves.len()]);
        }
        if self.is_linear(ty) && !shape.in_memory() {
            if let TyKind::RigidTy(RigidTy::Adt(adt, _)) = ty.kind()
                && adt.kind() != rustc_public::ty::AdtKind::Struct
            {
                return Err(in_memory(ty, "a linear enum or union"));
            }
            return Ok(vec![true; shape.leaves.len()]);
        }
        match (&shape.form, struct_fields(ty)) {
            (Form::Fields(ranges), Some(ftys)) => {
                let mut out = vec![];
                for (r, fty) in ranges.iter().zip(ftys) {
                    let l = self.leaves(fty)?;
                    if l.len() != r.len() {
                        return Err(Diag::internal("linear leaves do not match the shape"));
                    }
                    out.extend(l);
                }
                Ok(out)
            }
            (Form::Memory, _) => Err(in_memory(ty, "a value that lives in memory")),
            _ => Err(in_memory(ty, "an enum, union or closure")),
        }
    }
}

/// Whether a value of `ty` may change behind a shared reference (`UnsafeCell` anywhere by value,
/// or a type whose fields cannot be seen). A shared borrow of a linear value is lowered to a
/// reference to a copy of its bits (`Lower::borrow_copy`): sound only when nothing can write
/// through it, which is Rust's `Freeze`.
pub fn interior_mutable(ty: Ty) -> bool {
    interior_mutable_at(ty, 0)
}

fn interior_mutable_at(ty: Ty, depth: u32) -> bool {
    if depth > 24 {
        return true;
    }
    match ty.kind() {
        TyKind::RigidTy(
            RigidTy::Bool
            | RigidTy::Char
            | RigidTy::Int(_)
            | RigidTy::Uint(_)
            | RigidTy::Float(_)
            | RigidTy::Never
            | RigidTy::Ref(..)
            | RigidTy::RawPtr(..)
            | RigidTy::FnPtr(_)
            | RigidTy::FnDef(..),
        ) => false,
        TyKind::RigidTy(RigidTy::Tuple(ts)) => ts.iter().any(|t| interior_mutable_at(*t, depth + 1)),
        TyKind::RigidTy(RigidTy::Array(t, _)) => interior_mutable_at(t, depth + 1),
        TyKind::RigidTy(RigidTy::Adt(adt, _)) if adt.krate().name == "core" && adt.trimmed_name() == "UnsafeCell" => {
            true
        }
        TyKind::RigidTy(RigidTy::Adt(adt, args)) => adt
            .variants_iter()
            .any(|v| v.fields().iter().any(|f| interior_mutable_at(f.ty_with_args(&args), depth + 1))),
        _ => true,
    }
}

/// E0514: a linear value where the verifier cannot follow it.
pub fn in_memory(ty: Ty, where_: &str) -> Diag {
    Diag::new(
        Code::Linear,
        format!("a linear value of type `{ty}` would be held in {where_}, where its obligation cannot be checked"),
        "keep linear values in local variables and structs passed by value; match an enum holding one into its \
         variants first; a shared reference (`&x`, `&self`) works, `&mut x` and raw pointers do not",
    )
}

/// Whether `adt` is `core::mem::ManuallyDrop`.
pub fn is_manually_drop(adt: AdtDef) -> bool {
    adt.krate().name == "core" && adt.trimmed_name() == "ManuallyDrop"
}
