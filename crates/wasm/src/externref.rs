//! [`ExternRef<T>`]: an owned handle to a host object (wasm reference-types proposal's
//! `externref`), kept in a table the module owns.

use crate::table;
use core::fmt;
use core::marker::PhantomData;

/// An owned handle to a host (JavaScript) object of type `T`, which wasm's reference-types
/// proposal calls an `externref`.
///
/// **Layout.** `#[repr(transparent)]` around a `u32`: the index of a slot of a reference table
/// that the module itself owns (design O7). An `externref` cannot be stored in linear memory
/// (wasm forbids it), so Rust code holds the slot's index instead, which can go anywhere a
/// `u32` can. In WasmIR the handle is a trivial `i32` (rustc's borrow checker has already
/// proved its moves; only `#[wasm::linear]` values carry a kind, design O11 as implemented).
/// Slot 0 is the null slot and is never handed out, so a handle is never 0.
///
/// **Ownership.** Each `ExternRef` owns its slot: dropping it frees the slot, which the table
/// reuses. It is neither `Copy` nor `Clone`, because a copy of the index would free the slot
/// twice; [`clone_ref`](Self::clone_ref) makes a second slot holding the same object instead.
/// `T` is a marker for the host type (any type, unsized included; `()` by default): nothing of
/// type `T` lives in wasm memory.
///
/// **Threads.** Neither `Send` nor `Sync`: under the wasm threads proposal, threads share
/// memory but not tables, so an index is meaningful only on the thread whose table holds it.
///
/// **Crossing the boundary.** Through mir-export, an `ExternRef<T>` parameter or result of an
/// exported (`#[no_mangle] extern "C"`) or imported (`extern "C" { ... }`) function is an
/// `externref` on the wasm side: a host object arriving (an export's argument, an import's
/// result) is put into a free slot, and a handle leaving (an export's result, an import's
/// argument) is moved out: its slot is emptied and the object goes to the host. Natively, `ExternRef::new_native` stands in for that, with any Rust value as
/// the host object, and `wasm::live_slots` lets tests check that nothing leaks (both absent on
/// wasm32).
#[repr(transparent)]
pub struct ExternRef<T: ?Sized = ()> {
    handle: u32,
    // `*const T`: the marker makes the type !Send and !Sync (see "Threads") without owning a T.
    _host: PhantomData<*const T>,
}

impl<T: ?Sized> ExternRef<T> {
    /// The slot index this handle owns, never 0; for passing the reference to a host import
    /// that takes an index. The handle keeps ownership of the slot.
    #[inline]
    pub fn handle(&self) -> u32 {
        self.handle
    }

    /// A new handle, in a new slot, to the same host object; each of the two frees its own slot.
    ///
    /// On wasm32 this is `table.get` of this slot then `table.set` into a free one (through
    /// `__rt::__wasmrust_extern_clone`); natively, a second slot of the slab sharing the object.
    #[inline]
    pub fn clone_ref(&self) -> ExternRef<T> {
        ExternRef { handle: table::clone(self.handle), _host: PhantomData }
    }

    /// Gives up ownership of the slot and returns its index: the slot stays occupied and is no
    /// longer freed by this value. For passing the reference on to code that takes ownership
    /// of the slot (an import, or [`from_handle`](Self::from_handle) later).
    #[inline]
    pub fn into_handle(self) -> u32 {
        let handle = self.handle;
        core::mem::forget(self);
        handle
    }

    /// Takes ownership of the occupied slot `handle`, the inverse of
    /// [`into_handle`](Self::into_handle).
    ///
    /// # Safety
    ///
    /// `handle` must be a live slot of the module's reference table (not 0) that no other
    /// `ExternRef` owns, holding a host object of type `T`: the returned value frees the slot
    /// when dropped, so two owners would free it twice and the second free could hit a slot
    /// reused for another object. (Natively a dead handle panics instead of corrupting the
    /// table, and [`with`](Self::with) panics on an object of another type.)
    #[inline]
    pub unsafe fn from_handle(handle: u32) -> ExternRef<T> {
        ExternRef { handle, _host: PhantomData }
    }
}

impl<T: ?Sized> Drop for ExternRef<T> {
    /// Frees the slot (on wasm32 `__rt::__wasmrust_extern_free`, lowered by the exporter).
    #[inline]
    fn drop(&mut self) {
        table::free(self.handle);
    }
}

impl<T: ?Sized> fmt::Debug for ExternRef<T> {
    /// `ExternRef { handle: 3 }`: only the index, since the object lives on the host.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExternRef").field("handle", &self.handle).finish()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::ExternRef;
    use crate::table::native;
    use core::any::Any;
    use core::marker::PhantomData;
    use std::sync::Arc;

    impl<T: Any + Send + Sync> ExternRef<T> {
        /// Native only (not on wasm32): puts `value` in a new slot of the native table and
        /// returns its handle. Stands in for a host object arriving at an exported function,
        /// so that code taking `ExternRef`s can be tested off wasm.
        ///
        /// `Send + Sync` because the table is process-wide (one `Mutex` for all threads).
        pub fn new_native(value: T) -> ExternRef<T> {
            ExternRef { handle: native::alloc(Arc::new(value)), _host: PhantomData }
        }

        /// Native only (not on wasm32): calls `f` with the object in this handle's slot and
        /// returns its result. On wasm the object is the host's and is reached through imports.
        ///
        /// The table is not locked while `f` runs, so `f` may create, clone and drop handles.
        ///
        /// # Panics
        ///
        /// If the slot holds an object of another type than `T` (only possible through
        /// [`ExternRef::from_handle`]).
        pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
            let object = native::get(self.handle);
            let value = object.downcast_ref::<T>().unwrap_or_else(|| {
                panic!("externref handle {} does not hold a {}", self.handle, core::any::type_name::<T>())
            });
            f(value)
        }
    }

    /// Native only (not on wasm32): the number of occupied slots of the native reference table,
    /// for tests asserting that handles do not leak (take it before, compare after).
    ///
    /// The table is process-wide, so tests running in parallel threads see each other's slots:
    /// a test comparing counts must not run concurrently with others that make handles.
    pub fn live_slots() -> usize {
        native::live_slots()
    }

    /// Native only (not on wasm32): the number of slots the native reference table has grown to
    /// (occupied or free, the null slot 0 not counted). Freed slots are reused before the table
    /// grows, so this stays bounded by the largest number of handles ever live at once.
    pub fn native_table_capacity() -> usize {
        native::capacity()
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{live_slots, native_table_capacity};
