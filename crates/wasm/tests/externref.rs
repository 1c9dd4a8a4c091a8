//! The native reference table behind `ExternRef`: objects read back, slots freed and reused,
//! no leaks. The table is process-wide and `live_slots` is a global count, so every test here
//! holds `SERIAL` (the tests of one binary run on parallel threads).

use std::sync::{Mutex, MutexGuard, PoisonError};
use wasm::{live_slots, native_table_capacity, ExternRef};

static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A stand-in for a JavaScript object.
#[derive(Debug, PartialEq)]
struct JsObject {
    id: u64,
    name: String,
}

#[test]
fn stores_reads_back_and_frees() {
    let _serial = serial();
    let start = live_slots();
    let r = ExternRef::new_native(JsObject { id: 7, name: "seven".into() });
    assert_eq!(live_slots(), start + 1);
    assert_ne!(r.handle(), 0);
    assert_eq!(r.with(|o| (o.id, o.name.clone())), (7, "seven".to_string()));
    drop(r);
    assert_eq!(live_slots(), start);
}

/// 10,000 rounds, each creating a few handles and cloning some, with at most `WINDOW` of them
/// (plus their clones) alive at once: the count of live slots comes back to where it started
/// and the table never grows past the largest number alive at once.
#[test]
fn many_rounds_do_not_leak_and_reuse_slots() {
    const ROUNDS: u64 = 10_000;
    const WINDOW: usize = 16;
    let _serial = serial();
    let start = live_slots();
    let start_capacity = native_table_capacity();
    let mut alive: std::collections::VecDeque<(u64, ExternRef<JsObject>)> = Default::default();
    let mut max_alive = 0;
    for round in 0..ROUNDS {
        let r = ExternRef::new_native(JsObject { id: round, name: format!("object {round}") });
        assert_ne!(r.handle(), 0, "handle 0 is the null slot");
        if round % 3 == 0 {
            let c = r.clone_ref();
            assert_eq!(c.with(|o| o.id), round);
            alive.push_back((round, c));
        }
        alive.push_back((round, r));
        max_alive = max_alive.max(alive.len());
        while alive.len() > WINDOW {
            let (id, old) = alive.pop_front().unwrap();
            // The slot still holds the object it was given, not one that reused a freed slot.
            assert_eq!(old.with(|o| o.id), id);
            assert_eq!(old.with(|o| o.name.clone()), format!("object {id}"));
        }
        assert_eq!(live_slots(), start + alive.len());
    }
    assert!(
        native_table_capacity() <= start_capacity.max(start + max_alive),
        "table grew to {} slots for at most {} live handles",
        native_table_capacity(),
        start + max_alive
    );
    drop(alive);
    assert_eq!(live_slots(), start);
}

#[test]
fn clone_ref_is_another_handle_to_the_same_object() {
    let _serial = serial();
    let start = live_slots();
    let a = ExternRef::new_native(JsObject { id: 1, name: "one".into() });
    let b = a.clone_ref();
    assert_ne!(a.handle(), b.handle());
    assert_ne!(b.handle(), 0);
    let (pa, pb) = (a.with(|o| o as *const JsObject), b.with(|o| o as *const JsObject));
    assert_eq!(pa, pb, "both slots hold the very same object");
    assert_eq!(live_slots(), start + 2);
    // Each handle frees its own slot; the object lives while one of them does.
    drop(a);
    assert_eq!(live_slots(), start + 1);
    assert_eq!(b.with(|o| o.name.clone()), "one");
    drop(b);
    assert_eq!(live_slots(), start);
}

#[test]
fn freed_slots_are_reused_before_the_table_grows() {
    let _serial = serial();
    let a = ExternRef::new_native(1u32);
    let freed = a.handle();
    drop(a);
    let capacity = native_table_capacity();
    let b = ExternRef::new_native(2u32);
    assert_eq!(b.handle(), freed, "the last freed slot is taken first");
    assert_eq!(native_table_capacity(), capacity);
    assert_eq!(b.with(|v| *v), 2);
}

#[test]
fn into_handle_and_from_handle_transfer_the_slot() {
    let _serial = serial();
    let start = live_slots();
    let r = ExternRef::new_native(String::from("moved"));
    let handle = r.into_handle();
    // Ownership was given up: the slot is still occupied.
    assert_eq!(live_slots(), start + 1);
    // SAFETY: `handle` came from `into_handle` just above; nothing else owns it, and it holds a
    // `String`.
    let back = unsafe { ExternRef::<String>::from_handle(handle) };
    assert_eq!(back.handle(), handle);
    assert_eq!(back.with(|s| s.clone()), "moved");
    drop(back);
    assert_eq!(live_slots(), start);
}

#[test]
fn with_may_use_the_table_reentrantly() {
    let _serial = serial();
    let start = live_slots();
    let r = ExternRef::new_native(5i64);
    // The table is not locked while the closure runs.
    let inner = r.with(|v| {
        let c = r.clone_ref();
        let n = ExternRef::new_native(*v * 2);
        drop(c);
        n
    });
    assert_eq!(inner.with(|v| *v), 10);
    drop((r, inner));
    assert_eq!(live_slots(), start);
}

#[test]
fn debug_shows_the_handle() {
    let _serial = serial();
    let r = ExternRef::new_native(());
    assert_eq!(format!("{r:?}"), format!("ExternRef {{ handle: {} }}", r.handle()));
}

#[test]
fn handle_layout_is_a_u32() {
    assert_eq!(std::mem::size_of::<ExternRef<JsObject>>(), 4);
    assert_eq!(std::mem::align_of::<ExternRef<str>>(), 4);
}

#[test]
#[should_panic(expected = "does not hold a")]
fn with_on_a_wrong_type_panics() {
    let _serial = serial();
    let r = ExternRef::new_native(1u8);
    // SAFETY: the handle is live and owned by `wrong` only (`r` gave it up), but the type is
    // wrong on purpose: natively `with` checks it.
    let wrong = unsafe { ExternRef::<u16>::from_handle(r.into_handle()) };
    wrong.with(|_| ());
}
