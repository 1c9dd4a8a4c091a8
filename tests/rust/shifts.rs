//! diff: shl_u8(u8, u32) -> u8 ; inputs: 1,0 ; 1,7 ; 255,4 ; 3,8 ; 1,31
//! diff: shr_i16(i16, u8) -> i16 ; inputs: -32768,15 ; -1,3 ; 16384,14 ; 100,16
//! diff: shl_i64(i64, i32) -> i64 ; inputs: 1,63 ; -1,1 ; 5,64 ; 1,-1
//! diff: wrapping_shifts(u32, u32) -> u32 ; inputs: 1,32 ; 4294967295,33 ; 12345,4 ; 0,0
//! diff: shr_u64(u64, u64) -> u64 ; inputs: 18446744073709551615,63 ; 18446744073709551615,0 ; 256,8 ; 1,64
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn shl_u8(a: u8, n: u32) -> u8 { a << n }

#[no_mangle]
pub extern "C" fn shr_i16(a: i16, n: u8) -> i16 { a >> n }

#[no_mangle]
pub extern "C" fn shl_i64(a: i64, n: i32) -> i64 { a << n }

#[no_mangle]
pub extern "C" fn wrapping_shifts(a: u32, n: u32) -> u32 { a.wrapping_shl(n) ^ a.wrapping_shr(n + 1) }

#[no_mangle]
pub extern "C" fn shr_u64(a: u64, n: u64) -> u64 { a >> n }
