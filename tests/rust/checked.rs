//! diff: checked_add_u8(u8, u8) -> i32 ; inputs: 0,0 ; 255,1 ; 100,155 ; 100,156
//! diff: checked_mul_i32(i32, i32) -> i64 ; inputs: 2,3 ; 65536,65536 ; -2147483648,-1 ; -1,2147483647 ; 46341,46341
//! diff: overflowing_sub_i64(i64, i64) -> i64 ; inputs: 0,1 ; -9223372036854775808,1 ; 9223372036854775807,-1 ; 5,5
//! diff: overflowing_mul_u64(u64, u64) -> u64 ; inputs: 4294967296,4294967296 ; 3,5 ; 0,18446744073709551615 ; 18446744073709551615,2
//! diff: overflowing_mul_i64(i64, i64) -> u64 ; inputs: -1,-9223372036854775808 ; -9223372036854775808,-1 ; 3,-3 ; 3037000500,3037000500 ; 0,-1
//! diff: saturating(i16, i16) -> i32 ; inputs: 32767,1 ; -32768,1 ; -32768,-1 ; 100,-200 ; 0,0
//! diff: saturating_u32(u32, u32) -> u32 ; inputs: 4294967295,1 ; 1,2 ; 5,3 ; 0,0
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn checked_add_u8(a: u8, b: u8) -> i32 {
    match a.checked_add(b) {
        Some(v) => v as i32,
        None => -1,
    }
}

#[no_mangle]
pub extern "C" fn checked_mul_i32(a: i32, b: i32) -> i64 {
    match a.checked_mul(b) {
        Some(v) => v as i64,
        None => i64::MIN,
    }
}

#[no_mangle]
pub extern "C" fn overflowing_sub_i64(a: i64, b: i64) -> i64 {
    let (r, o) = a.overflowing_sub(b);
    if o { r ^ 0x5555 } else { r }
}

#[no_mangle]
pub extern "C" fn overflowing_mul_u64(a: u64, b: u64) -> u64 {
    let (r, o) = a.overflowing_mul(b);
    r.wrapping_add(o as u64)
}

#[no_mangle]
pub extern "C" fn overflowing_mul_i64(a: i64, b: i64) -> u64 {
    let (r, o) = a.overflowing_mul(b);
    (r as u64).wrapping_mul(3).wrapping_add(o as u64)
}

#[no_mangle]
pub extern "C" fn saturating(a: i16, b: i16) -> i32 {
    (a.saturating_add(b) as i32) * 100000 + a.saturating_sub(b) as i32
}

#[no_mangle]
pub extern "C" fn saturating_u32(a: u32, b: u32) -> u32 {
    a.saturating_add(b) ^ a.saturating_sub(b)
}
