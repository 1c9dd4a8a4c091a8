//! diff: clamp3(i32, i32, i32) -> i32 ; inputs: 5,0,10 ; -5,0,10 ; 15,0,10 ; -2147483648,-2147483648,2147483647
//! diff: minmax_u8(u8, u8) -> u32 ; inputs: 0,255 ; 255,0 ; 7,7
//! diff: max_i64(i64, i64) -> i64 ; inputs: -1,1 ; -9223372036854775808,9223372036854775807 ; 3,3
//! diff: classify(i32) -> u32 ; inputs: -100 ; -1 ; 0 ; 1 ; 2 ; 3 ; 7 ; 42 ; 1000 ; 2147483647
//! diff: cmp_order(i16, i16) -> i32 ; inputs: 1,2 ; 2,1 ; 5,5 ; -32768,32767
//! diff: day_kind(u8) -> u8 ; inputs: 0 ; 1 ; 5 ; 6 ; 7 ; 255
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn clamp3(x: i32, lo: i32, hi: i32) -> i32 { x.max(lo).min(hi) }

#[no_mangle]
pub extern "C" fn minmax_u8(a: u8, b: u8) -> u32 { a.min(b) as u32 * 1000 + a.max(b) as u32 }

#[no_mangle]
pub extern "C" fn max_i64(a: i64, b: i64) -> i64 { core::cmp::max(a, b) }

#[no_mangle]
pub extern "C" fn classify(x: i32) -> u32 {
    match x {
        i32::MIN..=-1 => 10,
        0 => 20,
        1 | 2 => 30,
        3..=9 => 40 + x as u32,
        42 => 99,
        _ => 50,
    }
}

#[no_mangle]
pub extern "C" fn cmp_order(a: i16, b: i16) -> i32 {
    match a.cmp(&b) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Weekday(u8),
    Weekend,
    Invalid,
}

#[inline(never)]
fn kind_of(d: u8) -> Kind {
    match d {
        0..=4 => Kind::Weekday(d + 1),
        5 | 6 => Kind::Weekend,
        _ => Kind::Invalid,
    }
}

#[no_mangle]
pub extern "C" fn day_kind(d: u8) -> u8 {
    match kind_of(d) {
        Kind::Weekday(n) => n,
        Kind::Weekend => 100,
        Kind::Invalid => 200,
    }
}
