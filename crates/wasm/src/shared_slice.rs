//! [`SharedSlice<'a, T>`]: a borrowed, read-only run of `Pod` values that crosses the boundary
//! as `(ptr, len)`.

use crate::Pod;
use core::fmt;
use core::marker::PhantomData;
use core::ops::Deref;
use core::ptr::NonNull;

/// A borrowed, read-only view of `len` consecutive values of a [`Pod`] type: a `&'a [T]` with a
/// fixed, C-compatible layout, so it can cross the wasm boundary (to or from the host) as a
/// pointer and a length.
///
/// **Layout.** `#[repr(C)]`: a pointer to the first element, then the number of elements (not
/// bytes) as a `usize`. On wasm32 both are 32 bits: in WasmIR a `ptr` and an `i32`, two trivial
/// values (design O7: the borrow's lifetime is rustc's business, not the verifier's).
///
/// `T: Pod` is what makes sharing sound: the host may read the bytes (no padding, no addresses
/// to leak) and values it wrote are always valid (every bit pattern is). It dereferences to
/// `[T]`, so slice methods work on it directly.
#[repr(C)]
pub struct SharedSlice<'a, T: Pod> {
    ptr: *const T,
    len: usize,
    _borrow: PhantomData<&'a [T]>,
}

impl<'a, T: Pod> SharedSlice<'a, T> {
    /// A view of `slice`, borrowed for `'a`.
    #[inline]
    pub const fn from_slice(slice: &'a [T]) -> Self {
        SharedSlice { ptr: slice.as_ptr(), len: slice.len(), _borrow: PhantomData }
    }

    /// A view of the `len` values at `ptr`, typically a `(ptr, len)` pair the host passed in.
    ///
    /// A zero `len` accepts any `ptr`, null included (hosts commonly pass `(0, 0)` for an empty
    /// array): the view is then empty and never reads `ptr`.
    ///
    /// # Safety
    ///
    /// If `len` is not 0: `ptr` must be non-null, aligned for `T`, and valid for reads of
    /// `len * size_of::<T>()` bytes (one allocation, at most `isize::MAX` bytes), and that memory
    /// must not be written (by this module or the host) for as long as `'a` lasts. The values
    /// themselves are always valid, since `T` is `Pod`.
    #[inline]
    pub const unsafe fn from_raw_parts(ptr: *const T, len: usize) -> Self {
        // An empty slice still needs a non-null, aligned pointer in Rust: use the dangling one
        // rather than trusting a host's 0.
        let ptr = if len == 0 { NonNull::<T>::dangling().as_ptr() as *const T } else { ptr };
        SharedSlice { ptr, len, _borrow: PhantomData }
    }

    /// The viewed values as a Rust slice, borrowed for `'a` (not for the life of `self`: the
    /// view is a copy of the borrow).
    #[inline]
    pub const fn as_slice(&self) -> &'a [T] {
        // SAFETY: `from_slice` took `ptr`/`len` from a `&'a [T]`, and `from_raw_parts`'s
        // contract (with the dangling pointer for `len == 0`) is exactly `from_raw_parts`'s.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// The number of values (not bytes).
    #[inline]
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no values.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The value at `index`, or `None` if `index >= len`.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&'a T> {
        self.as_slice().get(index)
    }

    /// An iterator over the values, borrowed for `'a`.
    #[inline]
    pub fn iter(&self) -> core::slice::Iter<'a, T> {
        self.as_slice().iter()
    }

    /// The viewed values as their bytes, `len * size_of::<T>()` of them, in memory order (little
    /// endian on wasm).
    #[inline]
    pub fn as_bytes(&self) -> &'a [u8] {
        let values = self.as_slice();
        // SAFETY: the bytes are those of a valid `&'a [T]` (same address, `size_of_val` bytes,
        // same lifetime, `u8` needs no alignment), and they are all initialised because `Pod`
        // types have no padding.
        unsafe { core::slice::from_raw_parts(values.as_ptr().cast::<u8>(), core::mem::size_of_val(values)) }
    }
}

// Manual impls: derives would bound `T: Clone`/`T: Debug` and miss `Default`'s empty view.
impl<T: Pod> Clone for SharedSlice<'_, T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Pod> Copy for SharedSlice<'_, T> {}

impl<T: Pod> Default for SharedSlice<'_, T> {
    /// The empty view.
    #[inline]
    fn default() -> Self {
        SharedSlice::from_slice(&[])
    }
}

impl<T: Pod> Deref for SharedSlice<'_, T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<'a, T: Pod> From<&'a [T]> for SharedSlice<'a, T> {
    #[inline]
    fn from(slice: &'a [T]) -> Self {
        SharedSlice::from_slice(slice)
    }
}

impl<'a, T: Pod> IntoIterator for SharedSlice<'a, T> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<T: Pod + fmt::Debug> fmt::Debug for SharedSlice<'_, T> {
    /// As the slice: `[1, 2, 3]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

// SAFETY: a `SharedSlice<'a, T>` is a `&'a [T]` (the raw pointer only fixes the layout), and
// `&[T]` is `Send` and `Sync` exactly when `T: Sync`.
unsafe impl<T: Pod + Sync> Send for SharedSlice<'_, T> {}
// SAFETY: as for `Send`.
unsafe impl<T: Pod + Sync> Sync for SharedSlice<'_, T> {}
