//! WebAssembly-native types for Rust code compiled to wasm through WasmIR (issue 8; ownership
//! decisions in `wasmir-spec/design/ownership.md` §O7 and §O11).
//!
//! | type | what it is | in WasmIR |
//! |---|---|---|
//! | [`ExternRef<T>`] | a handle to a host (JavaScript) object | an `i32` index into the module-owned `externref` table, `own i32` |
//! | [`FuncRef`] | an index into the module's function table | a trivial `i32` (`fn.index`, `call_indirect`) |
//! | [`Pod`] | plain old data: bits only, no padding, no addresses | trivial scalars / memory |
//! | [`SharedSlice<'a, T>`] | a borrowed, read-only run of `Pod` values | a trivial `(ptr, len)` pair |
//! | [`Linear`], [`linear`] | a value that must be consumed exactly once | the `linear` kind (§13) |
//!
//! The crate is `#![no_std]` and needs only `core` on wasm32. Off wasm32 it links `std` for
//! the native stand-in of the reference table (`ExternRef::new_native`, `live_slots`), so
//! code using these types can be unit-tested with plain `cargo test`.
//!
//! **Status.** The Rust side is complete; the exporter side (mir-export recognising
//! `ExternRef`, `__rt` calls, `Linear::consume` and linear kinds) is pending. Until then, the
//! ownership properties described here are checked only when that lands; natively the types
//! behave as documented but [`Linear`] is a plain marker.
#![no_std]
#![deny(missing_docs)]

// The native reference table (a slab behind a `Mutex`) needs std; on wasm32 the table is the
// module's own and the crate is core-only.
#[cfg(not(target_arch = "wasm32"))]
extern crate std;

// Lets the derive's `::wasm::Pod` paths resolve inside this crate too (its own tests).
extern crate self as wasm;

mod externref;
mod funcref;
mod linear;
mod pod;
mod shared_slice;
mod table;

pub use externref::ExternRef;
#[cfg(not(target_arch = "wasm32"))]
pub use externref::{live_slots, native_table_capacity};
pub use funcref::FuncRef;
pub use linear::Linear;
pub use pod::Pod;
pub use shared_slice::SharedSlice;

/// `#[derive(Pod)]`: implements [`Pod`] for a struct after checking, at compile time, that it
/// is plain old data.
///
/// Accepted: a struct (named, tuple or unit) without generic parameters, marked `#[repr(C)]` or
/// `#[repr(transparent)]` (other `repr` options such as `align` may accompany them). Each of
/// these is a compile error pointing at the offending attribute or field:
///
/// - no `#[repr(C)]`/`#[repr(transparent)]` (Rust's layout may reorder and pad fields), an enum
///   or a union, generic parameters;
/// - a field whose type is, syntactically, a reference or a raw pointer (also inside an array
///   or a tuple): addresses mean nothing on the other side of the boundary;
/// - a field whose type is not [`Pod`] (`bool`, `char`, ...), reported by the trait bound;
/// - padding: the struct's size must equal the sum of its fields' sizes ("type has padding").
///
/// The derive always comes with the trait (no cargo feature), in the macro namespace under the
/// same name, as serde does with `Serialize`: `use wasm::Pod;` imports both. The generated code
/// names `::wasm::Pod`, so the dependency must be called `wasm`.
///
/// ```
/// #[derive(Clone, Copy, wasm::Pod)]
/// #[repr(C)]
/// struct Point {
///     x: f32,
///     y: f32,
/// }
/// fn is_pod<T: wasm::Pod>() {}
/// is_pod::<Point>();
/// ```
pub use wasm_macros::Pod;

/// `#[wasm::linear]`: marks a struct or enum as linear, a value that must be consumed exactly
/// once on every path that returns normally (the WasmIR `linear` kind, spec §13, design O11).
///
/// The item is kept unchanged and `unsafe impl ::wasm::Linear for Name {}` is added (with the
/// item's generics). Discharge a value with [`Linear::consume`] or by passing it by value to a
/// function that takes it. Anything else than a struct or an enum (a function, a union...),
/// or arguments (`#[wasm::linear(x)]`), is a compile error. The check itself happens only when
/// the crate is compiled through mir-export; natively the trait is a marker (see [`Linear`]).
///
/// ```
/// #[wasm::linear]
/// struct Ticket(u32);
///
/// use wasm::Linear;
/// Ticket(7).consume();
/// ```
pub use wasm_macros::linear;

/// The functions mir-export recognises and replaces; not for use by hand.
///
/// Contract with the exporter: **mir-export lowers calls of these to WasmIR table operations on
/// the module's `externref` table** (the table the module owns, whose slot 0 stays null; see
/// [`ExternRef`]). Their Rust bodies are fallbacks that run only if the crate reaches wasm
/// without the exporter (plain `rustc --target wasm32-unknown-unknown`), where no handle can
/// exist because only the exporter's export glue creates them:
///
/// - `__wasmrust_extern_free(handle)`: `table.set` null at `handle` and return the slot to the
///   module's free list. Fallback: nothing (a leaked slot in a table that does not exist).
/// - `__wasmrust_extern_clone(handle) -> u32`: take a free slot (growing the table if none),
///   store `table.get` of `handle` in it, return its index (never 0). Fallback: a panic, since
///   there is no table to return an index into.
///
/// Both are `#[inline(never)]` so that the call survives MIR inlining into the caller, where
/// the exporter looks for it by path (`wasm::__rt::...`).
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod __rt {
    /// Frees the slot `handle` of the module's `externref` table (see the module docs).
    #[inline(never)]
    pub fn __wasmrust_extern_free(handle: u32) {
        // black_box: a call with an argument that is used, which no optimisation removes
        // before mir-export sees it.
        core::hint::black_box(handle);
    }

    /// A new slot of the module's `externref` table holding the reference in slot `handle`
    /// (see the module docs).
    #[inline(never)]
    pub fn __wasmrust_extern_clone(handle: u32) -> u32 {
        core::hint::black_box(handle);
        unreachable!("wasm::__rt::__wasmrust_extern_clone: compile through mir-export, which owns the externref table")
    }
}
