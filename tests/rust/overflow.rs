//! flags: -C overflow-checks=on
//! diff: add_u8(u8, u8) -> u8 ; inputs: 0,0 ; 1,254 ; 255,1 ; 200,100 ; 255,0
//! diff: sub_i8(i8, i8) -> i8 ; inputs: 0,0 ; -128,1 ; 127,-1 ; -1,127 ; 5,-3
//! diff: mul_i16(i16, i16) -> i16 ; inputs: 0,0 ; 181,181 ; 182,182 ; -32768,1 ; -32768,-1 ; 256,-128
//! diff: mul_u16(u16, u16) -> u16 ; inputs: 255,257 ; 65535,65535 ; 256,256 ; 0,65535
//! diff: add_i32(i32, i32) -> i32 ; inputs: 1,2 ; 2147483647,1 ; -2147483648,-1 ; -1,-1
//! diff: mul_i64(i64, i64) -> i64 ; inputs: 3,-5 ; 9223372036854775807,2 ; -9223372036854775808,-1 ; -1,-9223372036854775808 ; 4294967296,4294967296
//! diff: sub_u64(u64, u64) -> u64 ; inputs: 5,3 ; 3,5 ; 0,0 ; 18446744073709551615,18446744073709551615
//! diff: neg_i32(i32) -> i32 ; inputs: 0 ; 5 ; -2147483648 ; 2147483647
//! diff: wrapping_mix(u32, i8) -> u32 ; inputs: 0,0 ; 4294967295,-1 ; 123456789,-128 ; 1,127
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn add_u8(a: u8, b: u8) -> u8 { a + b }

#[no_mangle]
pub extern "C" fn sub_i8(a: i8, b: i8) -> i8 { a - b }

#[no_mangle]
pub extern "C" fn mul_i16(a: i16, b: i16) -> i16 { a * b }

#[no_mangle]
pub extern "C" fn mul_u16(a: u16, b: u16) -> u16 { a * b }

#[no_mangle]
pub extern "C" fn add_i32(a: i32, b: i32) -> i32 { a + b }

#[no_mangle]
pub extern "C" fn mul_i64(a: i64, b: i64) -> i64 { a * b }

#[no_mangle]
pub extern "C" fn sub_u64(a: u64, b: u64) -> u64 { a - b }

#[no_mangle]
pub extern "C" fn neg_i32(a: i32) -> i32 { -a }

#[no_mangle]
pub extern "C" fn wrapping_mix(a: u32, b: i8) -> u32 {
    a.wrapping_mul(31).wrapping_add(b as u32).wrapping_sub((b as u8) as u32) ^ (b.wrapping_neg() as u32)
}
