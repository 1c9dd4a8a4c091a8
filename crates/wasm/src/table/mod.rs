//! Where [`ExternRef`](crate::ExternRef) slots live: allocating, freeing, duplicating and (off
//! wasm) reading them. Two implementations with one interface, chosen by target:
//!
//! - wasm32 ([`wasm`]): the module's own `externref` table, reached through the `__rt`
//!   functions that mir-export replaces with WasmIR table operations;
//! - elsewhere ([`native`]): a process-wide slab of Rust values standing in for host objects,
//!   so that code using `ExternRef` can be tested with `cargo test`.
//!
//! Both keep slot 0 null: a handle is never 0.

#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod native;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use native::{clone, free};

#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(target_arch = "wasm32")]
pub(crate) use wasm::{clone, free};
