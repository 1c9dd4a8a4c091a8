//! `#[wasm::linear]`: the item is kept, `Linear` is implemented, `consume` discharges a value.
//! (Natively `Linear` is a marker: the exactly-once check is the WasmIR verifier's, through
//! mir-export.)

use std::cell::Cell;
use wasm::{ExternRef, Linear};

#[wasm::linear]
#[derive(Debug, PartialEq)]
struct Ticket {
    id: u32,
}

#[wasm::linear]
enum Lock<'a, T: Copy>
where
    T: Default,
{
    Held(&'a Cell<T>),
    Released,
}

/// The Copy case the design allows (ownership.md, open questions): rustc does not stop reuse,
/// the verifier will.
#[wasm::linear]
#[derive(Clone, Copy)]
struct Token(u8);

/// A linear wrapper around a host handle (issue 8's example).
#[wasm::linear]
struct File(ExternRef<String>);

// Static assertions: each type implements `Linear` (generics copied for `Lock`).
const _: () = {
    const fn is_linear<T: Linear>() {}
    is_linear::<Ticket>();
    is_linear::<Lock<'static, u32>>();
    is_linear::<Token>();
    is_linear::<File>();
};

struct Loud<'a>(&'a Cell<u32>);
impl Drop for Loud<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}
#[wasm::linear]
struct Guarded<'a> {
    _loud: Loud<'a>,
}

#[test]
fn the_item_is_unchanged_and_consume_is_callable() {
    let t = Ticket { id: 3 };
    assert_eq!(t, Ticket { id: 3 });
    t.consume();

    let cell = Cell::new(5u32);
    let lock = Lock::Held(&cell);
    if let Lock::Held(c) = &lock {
        c.set(6);
    }
    lock.consume();
    Lock::<u32>::Released.consume();
    assert_eq!(cell.get(), 6);

    let token = Token(1);
    assert_eq!(token.0, 1);
    token.consume();
    // Copy: rustc allows the reuse; compiled through mir-export this is the verifier's E0257.
    token.consume();
}

#[test]
fn consume_runs_no_destructor() {
    let drops = Cell::new(0);
    Guarded { _loud: Loud(&drops) }.consume();
    assert_eq!(drops.get(), 0, "consume forgets the value");
    // Natively an implicit drop still runs the destructor (no check off mir-export).
    drop(Guarded { _loud: Loud(&drops) });
    assert_eq!(drops.get(), 1);
}

#[test]
fn a_linear_wrapper_releases_its_handle_by_destructuring() {
    let before = wasm::live_slots();
    let f = File(ExternRef::new_native(String::from("data.txt")));
    assert_eq!(f.0.with(|s| s.len()), 8);
    // Releasing: move the handle out (the wrapper is consumed by the move), drop the handle.
    let File(handle) = f;
    drop(handle);
    assert_eq!(wasm::live_slots(), before);
}
