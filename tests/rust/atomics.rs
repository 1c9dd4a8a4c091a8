//! diff: counters(u32, u32) -> u64 ; inputs: 0,0 ; 1,2 ; 3,5 ; 4294967295,1 ; 100,4294967295 ; 7,7
//! diff: exchange(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 5,3 ; 4294967295,0 ; 12,12 ; 9,2147483648
//! diff: flags(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 3 ; 255 ; 4294967295
//! diff: signed_minmax(i32, i32) -> i64 ; inputs: 0,0 ; -5,3 ; 3,-5 ; -2147483648,2147483647 ; 100,-100 ; -1,-2
//! diff: narrow(u32, u32) -> u32 ; inputs: 0,0 ; 200,100 ; 255,1 ; 128,128 ; 77,250 ; 4294967295,4294967295
//! Atomics from `core::sync::atomic` on wasm32 without threads: statics and locals, `load`/`store`,
//! `fetch_*` (add, sub, and, nand, or, xor, max, min), `swap`, `compare_exchange(_weak)`, `fence`;
//! 8-, 32- and 64-bit, signed and unsigned, `AtomicBool` and `AtomicPtr`.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

use core::sync::atomic::{
    AtomicBool, AtomicI32, AtomicI8, AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering, compiler_fence,
    fence,
};

static HITS: AtomicU32 = AtomicU32::new(0);
static TOTAL: AtomicU64 = AtomicU64::new(0);

#[no_mangle]
pub extern "C" fn counters(a: u32, b: u32) -> u64 {
    HITS.store(a, Ordering::Relaxed);
    let h0 = HITS.fetch_add(b, Ordering::SeqCst);
    let h1 = HITS.fetch_sub(3, Ordering::AcqRel);
    TOTAL.store(u64::MAX - a as u64, Ordering::Release);
    let t0 = TOTAL.fetch_add(b as u64 * 7, Ordering::Relaxed);
    fence(Ordering::SeqCst);
    compiler_fence(Ordering::SeqCst);
    let u = AtomicUsize::new(a as usize);
    let u0 = u.fetch_xor(0x5a5a, Ordering::Relaxed) ^ u.fetch_and(0xff0f, Ordering::Relaxed);
    let u1 = u.fetch_or(b as usize, Ordering::Relaxed) ^ u.fetch_nand(0x0ff0, Ordering::Relaxed);
    (h0 as u64) ^ (h1 as u64) << 32 ^ t0 ^ TOTAL.load(Ordering::Acquire).rotate_left(9)
        ^ (HITS.load(Ordering::Relaxed) as u64) << 16 ^ (u0 ^ u1 ^ u.load(Ordering::Relaxed)) as u32 as u64
}

#[no_mangle]
pub extern "C" fn exchange(a: u32, b: u32) -> u64 {
    let x = AtomicU32::new(a);
    let s = x.swap(b, Ordering::SeqCst);
    let r1 = x.compare_exchange(a, 99, Ordering::SeqCst, Ordering::Relaxed);
    let r2 = x.compare_exchange(b, a ^ b, Ordering::SeqCst, Ordering::Relaxed);
    let mut w = x.load(Ordering::Relaxed);
    // The usual CAS loop: doubles the value.
    loop {
        match x.compare_exchange_weak(w, w.wrapping_mul(2), Ordering::AcqRel, Ordering::Relaxed) {
            Ok(_) => break,
            Err(now) => w = now,
        }
    }
    let f = x.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| if v % 3 == 0 { None } else { Some(v + 1) });
    let code = |r: Result<u32, u32>| match r {
        Ok(v) => v as u64,
        Err(v) => (v as u64) << 1 | 1,
    };
    (s as u64) ^ code(r1) << 3 ^ code(r2) << 17 ^ code(f) << 29 ^ (x.load(Ordering::Relaxed) as u64) << 40
}

#[no_mangle]
pub extern "C" fn flags(a: u32) -> u32 {
    let f = AtomicBool::new(a & 1 == 1);
    let was = f.swap(a & 2 == 2, Ordering::SeqCst);
    let and = f.fetch_and(a & 4 == 0, Ordering::Relaxed);
    let or = f.fetch_or(a & 8 == 8, Ordering::Relaxed);
    let x = f.fetch_xor(true, Ordering::Relaxed);
    let c = f.compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst).is_ok();
    let mut slots = [10u32, 20, 30];
    let p = AtomicPtr::new(&mut slots[0] as *mut u32);
    let old = p.swap(&mut slots[(a % 3) as usize] as *mut u32, Ordering::SeqCst);
    let got = unsafe { *p.load(Ordering::Relaxed) + *old };
    (was as u32) | (and as u32) << 1 | (or as u32) << 2 | (x as u32) << 3 | (c as u32) << 4 | got << 5
}

#[no_mangle]
pub extern "C" fn signed_minmax(a: i32, b: i32) -> i64 {
    let x = AtomicI32::new(a);
    let m0 = x.fetch_max(b, Ordering::SeqCst);
    let m1 = x.fetch_min(-7, Ordering::SeqCst);
    let y = AtomicU32::new(a as u32);
    let m2 = y.fetch_max(b as u32, Ordering::SeqCst);
    let m3 = y.fetch_min(5, Ordering::SeqCst);
    (m0 as i64) ^ (m1 as i64) << 8 ^ (x.load(Ordering::Relaxed) as i64) << 20 ^ (m2 as i64) << 3 ^ (m3 as i64) << 33
        ^ (y.load(Ordering::Relaxed) as i64) << 29
}

#[no_mangle]
pub extern "C" fn narrow(a: u32, b: u32) -> u32 {
    let x = AtomicU8::new(a as u8);
    let r0 = x.fetch_add(b as u8, Ordering::Relaxed);
    let r1 = x.fetch_max(b as u8, Ordering::Relaxed);
    let s = AtomicI8::new(a as i8);
    let r2 = s.fetch_sub(b as i8, Ordering::Relaxed);
    let r3 = s.fetch_min(b as i8, Ordering::Relaxed);
    (r0 as u32) | (r1 as u32) << 8 | (r2 as u8 as u32) << 16 | (r3 as u8 as u32) << 24 ^ x.load(Ordering::Relaxed) as u32
        ^ (s.load(Ordering::Relaxed) as u32).rotate_left(5)
}
