//! `wasm::ExternRef` from JavaScript (issue 8): a JS object passed to an export arrives as an
//! `externref`, which the module keeps in its own table behind a `u32` handle (`ExternRef<T>`);
//! the store below keeps handles in a static array, hands the objects back (`fetch`, `echo`) and
//! releases them (dropping an `ExternRef` frees its slot), and passes them to and gets them from
//! host imports (`host.wrap`, `host.make`). `tests/node/externref.mjs` drives it.
#![cfg_attr(target_arch = "wasm32", no_std)]
#![allow(static_mut_refs)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

use wasm::ExternRef;

/// The type of the JS objects (only a marker: the module never looks inside them).
pub struct JsObject;

const N: usize = 64;

/// Single-threaded wasm: a plain static is the store.
static mut STORE: [Option<ExternRef<JsObject>>; N] = [const { None }; N];

/// Keeps `obj`; its key (1..=64), or 0 when the store is full (then `obj` is released).
#[no_mangle]
pub extern "C" fn store(obj: ExternRef<JsObject>) -> u32 {
    unsafe {
        for (k, slot) in STORE.iter_mut().enumerate() {
            if slot.is_none() {
                *slot = Some(obj);
                return k as u32 + 1;
            }
        }
    }
    0
}

/// The object kept under `key`, as a new reference to it (the store keeps its own).
#[no_mangle]
pub extern "C" fn fetch(key: u32) -> ExternRef<JsObject> {
    let k = key.wrapping_sub(1) as usize;
    unsafe { STORE[k].as_ref().expect("no object under this key").clone_ref() }
}

/// Forgets the object under `key` (its slot is freed); 1 if there was one, else 0.
#[no_mangle]
pub extern "C" fn release(key: u32) -> u32 {
    let k = key.wrapping_sub(1) as usize;
    if k >= N {
        return 0;
    }
    unsafe { STORE[k].take().is_some() as u32 }
}

#[link(wasm_import_module = "host")]
extern "C" {
    /// A new host object holding `obj` (`{ inner: obj }`): the handle is moved to the host.
    fn wrap(obj: ExternRef<JsObject>) -> ExternRef<JsObject>;
    /// A new host object made from `n` (`{ made: n }`).
    fn make(n: u32) -> ExternRef<JsObject>;
}

/// Replaces the object under `key` by the host's wrapper of it; 1 if there was one, else 0.
#[no_mangle]
pub extern "C" fn rewrap(key: u32) -> u32 {
    let k = key.wrapping_sub(1) as usize;
    if k >= N {
        return 0;
    }
    unsafe {
        match STORE[k].take() {
            Some(obj) => {
                STORE[k] = Some(wrap(obj));
                1
            }
            None => 0,
        }
    }
}

/// Keeps a host object made from `n`; its key, as [`store`].
#[no_mangle]
pub extern "C" fn adopt(n: u32) -> u32 {
    store(unsafe { make(n) })
}

/// How many objects the store keeps.
#[no_mangle]
pub extern "C" fn live() -> u32 {
    unsafe { STORE.iter().filter(|s| s.is_some()).count() as u32 }
}

/// Hands `obj` straight back.
#[no_mangle]
pub extern "C" fn echo(obj: ExternRef<JsObject>) -> ExternRef<JsObject> {
    obj
}

/// The cost baseline of `bench/js_call.sh`: an `i32` in, an `i32` out.
#[no_mangle]
pub extern "C" fn noop_i32(x: u32) -> u32 {
    x.wrapping_add(1)
}

/// The same with an `ExternRef` argument: the object is put into a slot and the slot freed.
#[no_mangle]
pub extern "C" fn noop_ref(obj: ExternRef<JsObject>) -> u32 {
    obj.handle()
}
