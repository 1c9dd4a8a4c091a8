//! diff: u8_from_i32(i32) -> u8 ; inputs: 0 ; 255 ; 256 ; -1 ; 2147483647 ; -2147483648
//! diff: i8_to_u64(i8) -> u64 ; inputs: 0 ; -1 ; -128 ; 127
//! diff: u16_to_i8(u16) -> i8 ; inputs: 0 ; 127 ; 128 ; 65535 ; 384
//! diff: i64_to_i16(i64) -> i16 ; inputs: 0 ; -1 ; 32767 ; 32768 ; -9223372036854775808 ; 9223372036854775807
//! diff: usize_isize(usize, isize) -> i64 ; inputs: 0,0 ; 4294967295,-1 ; 2147483648,-2147483648 ; 1,2147483647
//! diff: bool_math(bool, bool) -> u32 ; inputs: false,false ; true,false ; false,true ; true,true
//! diff: u32_to_i64(u32) -> i64 ; inputs: 0 ; 4294967295 ; 2147483648
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn u8_from_i32(x: i32) -> u8 { x as u8 }

#[no_mangle]
pub extern "C" fn i8_to_u64(x: i8) -> u64 { x as u64 }

#[no_mangle]
pub extern "C" fn u16_to_i8(x: u16) -> i8 { x as i8 }

#[no_mangle]
pub extern "C" fn i64_to_i16(x: i64) -> i16 { x as i16 }

#[no_mangle]
pub extern "C" fn usize_isize(a: usize, b: isize) -> i64 {
    // `a as isize` differs between wasm32 and a 64-bit host: not used here.
    (a as i64).wrapping_mul(3) ^ (b as i64) ^ ((b as usize) as u32 as i64)
}

#[no_mangle]
pub extern "C" fn bool_math(a: bool, b: bool) -> u32 {
    (a as u32) * 4 + (b as u32) * 2 + ((a & !b) as u32) + ((a ^ b) as u32) * 8 + (!a as u32) * 16
}

#[no_mangle]
pub extern "C" fn u32_to_i64(x: u32) -> i64 { x as i64 }
