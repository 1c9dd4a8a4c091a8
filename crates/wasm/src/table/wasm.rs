//! The wasm32 table: the module's `externref` table, owned and managed by the code mir-export
//! generates. Each operation is one call of a `__rt` function that the exporter recognises
//! (contract in [`crate::__rt`]); nothing is allocated on the Rust side.

/// Frees slot `handle` (the handle's `Drop`).
#[inline]
pub(crate) fn free(handle: u32) {
    crate::__rt::__wasmrust_extern_free(handle);
}

/// A new slot holding the same reference as slot `handle` (`clone_ref`).
#[inline]
pub(crate) fn clone(handle: u32) -> u32 {
    crate::__rt::__wasmrust_extern_clone(handle)
}
