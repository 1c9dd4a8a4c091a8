//! diff: div_i32(i32, i32) -> i32 ; inputs: 7,2 ; -7,2 ; 7,-2 ; -7,-2 ; -2147483648,-1 ; 5,0 ; 0,1
//! diff: rem_i32(i32, i32) -> i32 ; inputs: 7,2 ; -7,2 ; 7,-2 ; -7,-2 ; -2147483648,-1 ; 5,0
//! diff: div_i8(i8, i8) -> i8 ; inputs: -128,-1 ; -128,2 ; 127,-1 ; -7,3 ; 1,0
//! diff: rem_i16(i16, i16) -> i16 ; inputs: -32768,-1 ; -32768,7 ; 100,-7 ; 3,0
//! diff: divrem_u64(u64, u64) -> u64 ; inputs: 18446744073709551615,7 ; 7,18446744073709551615 ; 0,1 ; 1,0
//! diff: div_euclid_i64(i64, i64) -> i64 ; inputs: -7,2 ; 7,-2 ; -9223372036854775807,3 ; 9,3
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn div_i32(a: i32, b: i32) -> i32 { a / b }

#[no_mangle]
pub extern "C" fn rem_i32(a: i32, b: i32) -> i32 { a % b }

#[no_mangle]
pub extern "C" fn div_i8(a: i8, b: i8) -> i8 { a / b }

#[no_mangle]
pub extern "C" fn rem_i16(a: i16, b: i16) -> i16 { a % b }

#[no_mangle]
pub extern "C" fn divrem_u64(a: u64, b: u64) -> u64 { (a / b) * 1000 + a % b }

#[no_mangle]
pub extern "C" fn div_euclid_i64(a: i64, b: i64) -> i64 { a.div_euclid(b) * 10 + a.rem_euclid(b) }
