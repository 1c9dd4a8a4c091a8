//! `#[wasm::linear]` in use, for `crates/wirc/tests/linear.rs`: a token that must be redeemed
//! exactly once. The default build holds only correct uses (each export runs on wasm and
//! natively, with the same results); the features `dropped` and `reuse` add one misuse each,
//! which mir-export + the WasmIR verifier reject at the Rust line marked `MISUSE` below.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

use wasm::Linear;

/// A resource that must be redeemed exactly once.
#[wasm::linear]
pub struct Token {
    id: u32,
}

#[inline(never)]
fn issue(id: u32) -> Token {
    Token { id: id.wrapping_mul(3) }
}

#[inline(never)]
fn redeem(t: Token) -> u32 {
    let id = t.id;
    t.consume();
    id
}

/// Issue, redeem.
#[no_mangle]
pub extern "C" fn roundtrip(x: u32) -> u32 {
    let t = issue(x);
    redeem(t).wrapping_add(1)
}

/// Redeemed on one arm, consumed without redeeming on the other.
#[no_mangle]
pub extern "C" fn branches(x: u32) -> u32 {
    let t = issue(x);
    if x % 2 == 0 {
        redeem(t)
    } else {
        t.consume();
        7
    }
}

/// A token carried through a loop: each iteration redeems the old one and issues the next.
#[no_mangle]
pub extern "C" fn carried(n: u32) -> u32 {
    let mut t = issue(0);
    let mut acc = 0u32;
    for i in 0..n % 64 {
        acc = acc.wrapping_add(redeem(t));
        t = issue(i + 1);
    }
    acc.wrapping_add(redeem(t))
}

/// Panics discharge obligations (a trap ends the call): the token is redeemed only when the
/// division succeeds.
#[no_mangle]
pub extern "C" fn guarded(x: u32, d: u32) -> u32 {
    let t = issue(x);
    let q = x / d;
    redeem(t).wrapping_add(q)
}

impl Token {
    /// Reads the token without redeeming it: `&self` borrows it.
    #[inline(never)]
    fn peek(&self) -> u32 {
        self.id ^ 0x55
    }
}

#[inline(never)]
fn weigh(a: &Token, b: &Token) -> u32 {
    a.id.wrapping_mul(7).wrapping_add(b.peek())
}

/// Shared borrows of a linear value (methods on `&self`, references passed down, a borrow of a
/// field) before and between its consumption: the value stays owned through them.
#[no_mangle]
pub extern "C" fn borrowed(x: u32) -> u32 {
    let t = issue(x);
    let u = issue(x.wrapping_add(1));
    let mut acc = t.peek();
    for _ in 0..x % 4 {
        acc = acc.wrapping_add(weigh(&t, &u));
    }
    let id = &u.id;
    acc = acc.wrapping_add(*id);
    acc.wrapping_add(redeem(t)).wrapping_add(redeem(u))
}

#[cfg(feature = "mutborrow")]
impl Token {
    #[inline(never)]
    fn bump(&mut self) {
        self.id += 1;
    }
}

#[cfg(feature = "mutborrow")]
#[no_mangle]
pub extern "C" fn mutborrow(x: u32) -> u32 {
    let mut t = issue(x); // MISUSE: borrowed mutably
    t.bump();
    redeem(t)
}

#[cfg(feature = "dropped")]
#[no_mangle]
pub extern "C" fn dropped(x: u32) -> u32 {
    let t = issue(x); // MISUSE: never redeemed
    t.id
}

/// A `Copy` linear type: rustc lets the value be used again, the verifier does not.
#[cfg(feature = "reuse")]
#[wasm::linear]
#[derive(Clone, Copy)]
pub struct Ticket {
    id: u32,
}

#[cfg(feature = "reuse")]
#[inline(never)]
fn spend(t: Ticket) -> u32 {
    let id = t.id;
    t.consume();
    id
}

#[cfg(feature = "reuse")]
#[no_mangle]
pub extern "C" fn reuse(n: u32) -> u32 {
    let t = Ticket { id: n };
    let mut acc = 0u32;
    for _ in 0..n % 8 {
        acc = acc.wrapping_add(spend(t)); // MISUSE: spent again in the next iteration
    }
    acc
}
