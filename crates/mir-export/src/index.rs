//! Typed indices and the vectors they index, so that the exporter's index spaces (MIR locals and
//! blocks, SSA variables, WasmIR blocks...) cannot be mixed up. The same idea as
//! `cranelift_entity::entity_impl!` / `rustc_index::IndexVec`, kept local because the crate needs
//! only these few operations.

use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

/// A typed index: a `u32` newtype convertible from and to a `usize` position.
pub trait Idx: Copy {
    /// The index of position `i`.
    fn new(i: usize) -> Self;
    /// The position this index stands for.
    fn index(self) -> usize;
}

/// Declares a typed index `struct $name(u32)` implementing [`Idx`].
///
/// `new` truncates to `u32` rather than panicking: MIR locals and blocks are rustc
/// `newtype_index` values (below `0xFFFF_FF00`), and every other space numbers entities held in
/// memory, which runs out long before 2^32 of them (the bound WasmIR entity indices already rely on).
macro_rules! index_type {
    ($(#[$attr:meta])* $vis:vis struct $name:ident;) => {
        $(#[$attr])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis struct $name(u32);

        impl $crate::index::Idx for $name {
            fn new(i: usize) -> Self {
                $name(i as u32)
            }
            fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}
pub(crate) use index_type;

/// A `Vec<T>` indexed by `I` instead of `usize`.
#[derive(Clone, Debug)]
pub struct IdxVec<I, T> {
    raw: Vec<T>,
    // `fn(I)`: the vector owns no `I`, so `I`'s auto traits and variance do not matter.
    _index: PhantomData<fn(I)>,
}

impl<I: Idx, T> IdxVec<I, T> {
    /// An empty vector.
    pub fn new() -> Self {
        IdxVec { raw: Vec::new(), _index: PhantomData }
    }

    /// `n` copies of `elem`, indexed `0..n`.
    pub fn from_elem(elem: T, n: usize) -> Self
    where
        T: Clone,
    {
        IdxVec { raw: vec![elem; n], _index: PhantomData }
    }

    /// Appends `t` and returns its index.
    pub fn push(&mut self, t: T) -> I {
        self.raw.push(t);
        I::new(self.raw.len() - 1)
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    /// The element at `i`, if there is one.
    pub fn get(&self, i: I) -> Option<&T> {
        self.raw.get(i.index())
    }

    /// The elements in index order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.raw.iter()
    }

    /// The elements with their indices, in index order.
    pub fn iter_enumerated(&self) -> impl Iterator<Item = (I, &T)> {
        self.raw.iter().enumerate().map(|(i, t)| (I::new(i), t))
    }

    /// Every index, in order.
    pub fn indices(&self) -> impl Iterator<Item = I> + use<I, T> {
        (0..self.raw.len()).map(I::new)
    }
}

impl<I: Idx, T> Default for IdxVec<I, T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<I: Idx, T> FromIterator<T> for IdxVec<I, T> {
    fn from_iter<It: IntoIterator<Item = T>>(iter: It) -> Self {
        IdxVec { raw: iter.into_iter().collect(), _index: PhantomData }
    }
}

impl<I: Idx, T> Extend<T> for IdxVec<I, T> {
    fn extend<It: IntoIterator<Item = T>>(&mut self, iter: It) {
        self.raw.extend(iter);
    }
}

impl<I: Idx, T> Index<I> for IdxVec<I, T> {
    type Output = T;
    fn index(&self, i: I) -> &T {
        &self.raw[i.index()]
    }
}

impl<I: Idx, T> IndexMut<I> for IdxVec<I, T> {
    fn index_mut(&mut self, i: I) -> &mut T {
        &mut self.raw[i.index()]
    }
}
