//! The native stand-in for the module's `externref` table: a process-wide slab of host objects
//! (any `Any + Send + Sync` Rust value) behind a `Mutex`.
//!
//! Slot `h` (a handle, 1-based) is `slots[h - 1]`, so slot 0 (the null handle) never exists.
//! Freed slots go on a free list and are reused last-freed-first, as the wasm table's free list
//! will be, so a program that keeps a bounded number of handles alive keeps a bounded table.
//! A slot holds an `Arc`: `clone` makes a second slot holding the same object, as `table.get`
//! then `table.set` of one `externref` into two slots does on wasm.

use std::any::Any;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::vec::Vec;

/// A host object as the native table holds it.
pub(crate) type Object = Arc<dyn Any + Send + Sync>;

struct Slab {
    /// `slots[h - 1]` is slot `h`: `Some` while a handle owns it.
    slots: Vec<Option<Object>>,
    /// Handles of the vacant slots, reused from the end.
    free: Vec<u32>,
    /// The number of `Some` slots (kept, not counted, so that `live_slots` is O(1)).
    live: usize,
}

static SLAB: Mutex<Slab> = Mutex::new(Slab { slots: Vec::new(), free: Vec::new(), live: 0 });

/// The slab, locked. Every operation checks before it mutates, so a panic (a bad handle) never
/// leaves the slab half-updated, and a poisoned lock is safe to take over.
fn slab() -> MutexGuard<'static, Slab> {
    SLAB.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Slab {
    fn alloc(&mut self, object: Object) -> u32 {
        let handle = match self.free.pop() {
            Some(handle) => handle,
            None => {
                // A new slot at the end: its handle is the new length, never 0.
                let handle = u32::try_from(self.slots.len() + 1).expect("externref table full (2^32 - 1 slots)");
                self.slots.push(None);
                handle
            }
        };
        self.slots[handle as usize - 1] = Some(object);
        self.live += 1;
        handle
    }

    /// The slot of `handle`, which must be live: a dead or null handle is a bug of the code that
    /// made it (`from_handle`), reported loudly rather than returning another object.
    fn slot(&mut self, handle: u32) -> &mut Option<Object> {
        match (handle as usize).checked_sub(1).and_then(|i| self.slots.get_mut(i)) {
            Some(slot @ Some(_)) => slot,
            _ => panic!("externref handle {handle} is not a live slot of the table"),
        }
    }
}

/// Puts `object` in a free slot and returns its handle (never 0).
pub(crate) fn alloc(object: Object) -> u32 {
    slab().alloc(object)
}

/// Empties slot `handle` and puts it on the free list.
///
/// Panics if `handle` is not live.
pub(crate) fn free(handle: u32) {
    let mut slab = slab();
    let object = slab.slot(handle).take();
    slab.free.push(handle);
    slab.live -= 1;
    // Drop the host object after the lock is released: its destructor may use handles too.
    drop(slab);
    drop(object);
}

/// A new slot holding the object of slot `handle`.
///
/// Panics if `handle` is not live.
pub(crate) fn clone(handle: u32) -> u32 {
    let mut slab = slab();
    let object = slab.slot(handle).clone().expect("slot() returns live slots");
    slab.alloc(object)
}

/// The object in slot `handle`, shared (so the caller uses it without holding the lock).
///
/// Panics if `handle` is not live.
pub(crate) fn get(handle: u32) -> Object {
    slab().slot(handle).clone().expect("slot() returns live slots")
}

/// The number of occupied slots.
pub(crate) fn live_slots() -> usize {
    slab().live
}

/// The number of slots the table has grown to, occupied or free (slot 0 not counted).
pub(crate) fn capacity() -> usize {
    slab().slots.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::catch_unwind;

    #[test]
    fn bad_handles_panic_and_leave_the_table_usable() {
        assert!(catch_unwind(|| free(0)).is_err(), "0 is the null handle");
        assert!(catch_unwind(|| clone(u32::MAX)).is_err(), "never allocated");
        let h = alloc(Arc::new(1u8));
        free(h);
        assert!(catch_unwind(|| free(h)).is_err(), "a double free is caught");
        assert!(catch_unwind(|| get(h)).is_err(), "a freed slot is not readable");
        // The panics above happened under the lock: the poisoned lock is taken over.
        let h = alloc(Arc::new(2u8));
        assert_eq!(get(h).downcast_ref::<u8>(), Some(&2));
        free(h);
    }
}
