//! The procedural macros of the `wasm` crate, which re-exports them: `#[derive(wasm::Pod)]`
//! ([`pod`]) and `#[wasm::linear]` ([`linear`]). Depend on `wasm`, not on this crate: the code
//! they generate names `::wasm::Pod` and `::wasm::Linear`.
//!
//! Both reject what they cannot handle with a `compile_error!` at the span of the offending
//! attribute, field or item (`syn::Error::new_spanned`), so rustc points at the user's code.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use proc_macro::TokenStream;

mod linear_attr;
mod pod_derive;

/// `#[derive(Pod)]`: implements `wasm::Pod` for a `#[repr(C)]` or `#[repr(transparent)]`
/// struct after checking at compile time that it is plain old data (every field `Pod`, no
/// reference or raw-pointer field, no padding). Documented in the `wasm` crate, which
/// re-exports it as `wasm::Pod`.
#[proc_macro_derive(Pod)]
pub fn pod(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    pod_derive::expand(&input).unwrap_or_else(syn::Error::into_compile_error).into()
}

/// `#[wasm::linear]`: keeps a struct or enum unchanged and adds `unsafe impl ::wasm::Linear`
/// for it, so that its values get WasmIR's `linear` kind (consumed exactly once). Documented
/// in the `wasm` crate, which re-exports it as `wasm::linear`.
#[proc_macro_attribute]
pub fn linear(args: TokenStream, item: TokenStream) -> TokenStream {
    linear_attr::expand(args.into(), item.into()).unwrap_or_else(syn::Error::into_compile_error).into()
}
