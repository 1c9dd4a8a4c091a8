//! [`Pod`]: plain old data, the values that may cross the wasm boundary as bytes.

/// Plain old data: a type whose values are nothing but their bytes, so that they can be read
/// from and written to linear memory (and shared with the host) as bytes.
///
/// A `Pod` type has, by contract:
///
/// - **every bit pattern valid**: any bytes read as `Self` give a value (the host writes them);
/// - **no padding**: every byte of a value is initialised, so viewing it as `[u8]` is defined
///   ([`SharedSlice::as_bytes`](crate::SharedSlice::as_bytes) relies on this);
/// - **no pointers or references**: addresses of this module's memory mean nothing on the
///   host's side, and a host-written address would let the host forge references.
///
/// In WasmIR, `Pod` values are trivial (no ownership obligation, design O7).
///
/// Implemented for the integers (`u8`..`u128`, `i8`..`i128`, `usize`, `isize`), `f32` and `f64`
/// (every bit pattern is some float, NaNs included), `()`, and arrays `[T; N]` of `Pod`.
/// **Not** for `bool` (only 0 and 1 are valid) and `char` (only Unicode scalar values), whose
/// other bit patterns are undefined behaviour to read; nor for references, raw pointers and
/// function pointers (addresses). Structs get it from [`derive@crate::Pod`], which checks the
/// contract at compile time.
///
/// # Safety
///
/// Implementing it by hand asserts the three properties above, plus `Copy` and `'static`
/// (which the supertraits check). Prefer `#[derive(Pod)]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not plain old data (`wasm::Pod`)",
    label = "not `wasm::Pod`",
    note = "`bool` and `char` have invalid bit patterns, and references and pointers are addresses, so none of them is `Pod`",
    note = "a struct made of `Pod` fields can `#[derive(wasm::Pod)]` with `#[repr(C)]`"
)]
pub unsafe trait Pod: Copy + 'static {}

/// Implements `Pod` for types whose every bit pattern is a value and that have no padding.
macro_rules! impl_pod {
    ($($t:ty),* $(,)?) => {
        // SAFETY: primitive integers and floats have no padding and no invalid bit patterns;
        // `()` has no bytes at all.
        $(unsafe impl Pod for $t {})*
    };
}

impl_pod!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64, ());

// SAFETY: an array is its elements laid out back to back with no padding between or around
// them (its size is `N * size_of::<T>()`), so it is Pod exactly when its element type is.
unsafe impl<T: Pod, const N: usize> Pod for [T; N] {}

#[cfg(test)]
mod tests {
    use super::Pod;

    // The derive inside this crate: its `::wasm::Pod` path resolves through
    // `extern crate self as wasm`.
    #[derive(Clone, Copy, crate::Pod)]
    #[repr(C)]
    struct Rgba {
        rgb: [u8; 3],
        a: u8,
    }

    fn assert_pod<T: Pod>() {}

    #[test]
    fn derive_works_inside_the_crate() {
        assert_pod::<Rgba>();
        assert_eq!(core::mem::size_of::<Rgba>(), 4);
    }
}
