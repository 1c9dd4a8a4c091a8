//! diff: pop(u64) -> u32 ; inputs: 0 ; 1 ; 18446744073709551615 ; 12297829382473034410
//! diff: lz8(u8) -> u32 ; inputs: 0 ; 1 ; 128 ; 255
//! diff: tz16(i16) -> u32 ; inputs: 0 ; 1 ; -32768 ; -1 ; 96
//! diff: lz_i8(i8) -> u32 ; inputs: -1 ; 0 ; 1 ; 127 ; -128
//! diff: rot32(u32, u32) -> u32 ; inputs: 1,1 ; 2147483648,1 ; 305419896,36 ; 305419896,0
//! diff: rot8(u8, u32) -> u8 ; inputs: 1,1 ; 128,1 ; 18,4 ; 18,12 ; 255,3
//! diff: rotr_i16(i16, u32) -> i16 ; inputs: 1,1 ; -32768,15 ; 4660,4 ; -2,17
//! diff: swap(u32, u16) -> u64 ; inputs: 305419896,4660 ; 0,0 ; 4294967295,65535 ; 1,1
//! diff: swap64(u64) -> u64 ; inputs: 81985529216486895 ; 0 ; 1
//! diff: lz64(i64) -> u32 ; inputs: 0 ; -1 ; 1 ; 9223372036854775807
//! diff: pow2(u32) -> u32 ; inputs: 0 ; 1 ; 3 ; 64 ; 65 ; 2147483648
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn pop(x: u64) -> u32 { x.count_ones() }

#[no_mangle]
pub extern "C" fn lz8(x: u8) -> u32 { x.leading_zeros() }

#[no_mangle]
pub extern "C" fn tz16(x: i16) -> u32 { x.trailing_zeros() }

#[no_mangle]
pub extern "C" fn lz_i8(x: i8) -> u32 { x.leading_zeros() + x.count_ones() * 100 }

#[no_mangle]
pub extern "C" fn rot32(x: u32, n: u32) -> u32 { x.rotate_left(n) ^ x.rotate_right(n / 2) }

#[no_mangle]
pub extern "C" fn rot8(x: u8, n: u32) -> u8 { x.rotate_left(n) }

#[no_mangle]
pub extern "C" fn rotr_i16(x: i16, n: u32) -> i16 { x.rotate_right(n) }

#[no_mangle]
pub extern "C" fn swap(x: u32, y: u16) -> u64 { ((x.swap_bytes() as u64) << 16) | y.swap_bytes() as u64 }

#[no_mangle]
pub extern "C" fn swap64(x: u64) -> u64 { x.swap_bytes() }

#[no_mangle]
pub extern "C" fn lz64(x: i64) -> u32 { x.leading_zeros() * 1000 + x.trailing_zeros() }

#[no_mangle]
pub extern "C" fn pow2(x: u32) -> u32 { if x.is_power_of_two() { 1 } else { 0 } }
