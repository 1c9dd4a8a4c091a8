//! [`Linear`]: values that must be consumed exactly once (WasmIR's `linear` kind).

/// A type whose values must be consumed **exactly once** on every path that returns normally:
/// the WasmIR `linear` kind (spec §13, design O1 and O11). Implement it with
/// [`#[wasm::linear]`](macro@crate::linear), not by hand.
///
/// A value is consumed by [`consume`](Linear::consume), the explicit discharge, or by passing it
/// by value to a function that takes it (a host import that releases the resource, typically).
/// Letting it fall out of scope, Rust's implicit drop, is the error this catches.
///
/// **How it is checked.** Only when the crate is compiled through mir-export: values of a
/// linear type (or containing one by value) get the `linear` kind, a call of `consume` is
/// lowered to WasmIR `drop`, and an implicit Rust drop of a linear value is lowered to
/// *nothing*, so the WasmIR verifier rejects the function with E0258 (never consumed) or E0259
/// (not consumed on a path that returns), at the Rust line. A linear value that would live in
/// memory is rejected by mir-export (E0514): `&mut x` or a raw pointer to it (a shared `&x`,
/// such as a `&self` method, is fine). **Natively the trait is only a marker**: rustc does
/// not check linearity, and an implicit drop simply runs the value's destructor (if any).
/// Traps and panics (with `panic=abort`) discharge every obligation.
///
/// **`Copy` types may be linear.** Rustc then does not stop reuse of the value, and each use of
/// the whole value at an owning position is a consume, so the verifier, not rustc, reports the
/// second use (E0257). This is the design's open question (ownership.md, "Open questions"):
/// allowed so that such misuse reaches the verifier with a Rust line; a later version may
/// forbid it.
///
/// # Safety
///
/// The exporter trusts the impl: it lowers a call of `consume` to a bare `drop` **without
/// running its body**, so an impl must not override `consume` (an override would run natively
/// and not on wasm). `#[wasm::linear]` writes exactly the empty impl.
pub unsafe trait Linear: Sized {
    /// Discharges the value's obligation: the one way to end a linear value without passing it
    /// on. Does nothing at run time, and in particular **runs no destructor** (the value is
    /// forgotten): release any resource it owns by passing it to the function that releases it
    /// instead, which consumes it too.
    // Never inlined: mir-export recognises the *call* and lowers it to `drop`; inlined, its
    // body (`mem::forget`) leaves nothing in optimized MIR, and the value would look leaked.
    #[inline(never)]
    fn consume(self) {
        core::mem::forget(self)
    }
}
