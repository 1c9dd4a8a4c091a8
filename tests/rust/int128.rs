//! flags: -C overflow-checks=on
//! diff: mul_wide(u64, u64) -> u128 ; inputs: 18446744073709551615,18446744073709551615 ; 3,5 ; 0,7 ; 4294967296,4294967296
//! diff: div_u(u128, u128) -> u128 ; inputs: -1,3 ; -1,18446744073709551617 ; 100,7 ; 5,0 ; 1267650600228229401496703205376,18446744073709551616
//! diff: rem_u(u128, u128) -> u128 ; inputs: -1,3 ; -1,18446744073709551617 ; 100,7 ; 5,0 ; -5,-3
//! diff: div_s(i128, i128) -> i128 ; inputs: -100000000000000000000000000001,7 ; 7,-2 ; -170141183460469231731687303715884105728,-1 ; 1,0 ; -170141183460469231731687303715884105728,2
//! diff: rem_s(i128, i128) -> i128 ; inputs: -100000000000000000000000000001,7 ; -7,2 ; -170141183460469231731687303715884105728,-1 ; 9,0
//! diff: add(u128, u128) -> u128 ; inputs: 18446744073709551615,1 ; -1,1 ; -2,1 ; 0,0
//! diff: sub_signed(i128, i128) -> i128 ; inputs: 0,1 ; -170141183460469231731687303715884105728,1 ; 5,-18446744073709551616
//! diff: mul_checked(u128, u128) -> u128 ; inputs: 18446744073709551616,18446744073709551615 ; 18446744073709551616,18446744073709551616 ; -1,1 ; 3,-1
//! diff: mul_or(i128, i128) -> i128 ; inputs: 18446744073709551616,9223372036854775807 ; 18446744073709551616,9223372036854775808 ; -1,-170141183460469231731687303715884105728 ; -3,-4
//! diff: shifts(u128, u32) -> u128 ; inputs: -1,0 ; -81985529216486895,4 ; 1,64 ; 81985529216486895,127 ; 12345,128 ; -5,200
//! diff: ashr(i128, u32) -> i128 ; inputs: -1000000000000000000000,3 ; -1000000000000000000000,64 ; -1000000000000000000000,127 ; 1000000000000000000000,70
//! diff: bits(u128) -> u32 ; inputs: 0 ; 1 ; -1 ; 18446744073709551616 ; 1267650600228229401496703205376
//! diff: rotate(u128, u32) -> u128 ; inputs: 81985529216486895,4 ; -81985529216486895,64 ; 1,127 ; -2,300
//! diff: swap(u128) -> u128 ; inputs: 0 ; 1 ; 81985529216486895 ; -81985529216486895
//! diff: classify(u128) -> u32 ; inputs: 0 ; 5 ; 10 ; 18446744073709551616 ; 18446744073709551617 ; -1
//! diff: compare(i128, i128) -> i32 ; inputs: -1,1 ; 1,-1 ; 18446744073709551616,18446744073709551615 ; 7,7 ; -18446744073709551616,-18446744073709551615
//! diff: squares(u64) -> u128 ; inputs: 0 ; 10 ; 1000 ; 100000
//! diff: casts(i128, i8) -> i64 ; inputs: -1,-1 ; 18446744073709551617,5 ; -170141183460469231731687303715884105728,-128 ; 4294967301,127
//! diff: saturating(u128, u128) -> u128 ; inputs: 5,7 ; 7,5 ; -1,-1
//! diff: i128_to_f64(i128) -> f64 ; inputs: 0 ; 1 ; -1 ; 170141183460469231731687303715884105727 ; -170141183460469231731687303715884105728 ; 9007199254740993 ; -9007199254740993 ; 12509998544309350039 ; 36893488147419103231
//! diff: u128_to_f64(u128) -> f64 ; inputs: 0 ; 1 ; -1 ; 9007199254740993 ; -2 ; -170141183460469231731687303715884105728 ; 36893488147419103231
//! diff: i128_to_f32(i128) -> f32 ; inputs: 0 ; -1 ; 16777217 ; -16777217 ; 170141183460469231731687303715884105727 ; -170141183460469231731687303715884105728
//! diff: u128_to_f32(u128) -> f32 ; inputs: 0 ; 16777217 ; -1 ; -10141204801825835211973625643008 ; -10141204801825835211973625643009
//! diff: f64_to_i128(f64) -> i128 ; inputs: 0.0 ; -0.0 ; 1.5 ; -1.5 ; 1e38 ; -1e38 ; 1.7014118346046923e38 ; -1.7014118346046923e38 ; 1e300 ; -1e300 ; inf ; -inf ; nan ; 0.999 ; -0.999 ; 123456789012345678901234567.0
//! diff: f64_to_u128(f64) -> u128 ; inputs: 0.0 ; -0.0 ; 1.5 ; -1.5 ; 1e38 ; 3.4e38 ; 3.402823669209385e38 ; 1e300 ; inf ; -inf ; nan ; -0.999 ; 123456789012345678901234567.0
//! diff: f32_to_i128(f32) -> i128 ; inputs: 0.0 ; 1.5 ; -1.5 ; 1e38 ; -1e38 ; 1.7014118e38 ; -1.7014118e38 ; inf ; -inf ; nan ; 3.4e38
//! diff: f32_to_u128(f32) -> u128 ; inputs: 0.0 ; 1.5 ; -1.5 ; 1e38 ; 3.4e38 ; inf ; -inf ; nan ; -0.5
#![cfg_attr(target_arch = "wasm32", no_std)]
#![allow(improper_ctypes_definitions)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn mul_wide(a: u64, b: u64) -> u128 { a as u128 * b as u128 }

#[no_mangle]
pub extern "C" fn div_u(a: u128, b: u128) -> u128 { a / b }

#[no_mangle]
pub extern "C" fn rem_u(a: u128, b: u128) -> u128 { a % b }

#[no_mangle]
pub extern "C" fn div_s(a: i128, b: i128) -> i128 { a / b }

#[no_mangle]
pub extern "C" fn rem_s(a: i128, b: i128) -> i128 { a % b }

#[no_mangle]
pub extern "C" fn add(a: u128, b: u128) -> u128 { a + b }

#[no_mangle]
pub extern "C" fn sub_signed(a: i128, b: i128) -> i128 { a - b }

#[no_mangle]
pub extern "C" fn mul_checked(a: u128, b: u128) -> u128 { a * b }

#[no_mangle]
pub extern "C" fn mul_or(a: i128, b: i128) -> i128 {
    match a.checked_mul(b) {
        Some(p) => p,
        None => 7,
    }
}

#[no_mangle]
pub extern "C" fn shifts(a: u128, n: u32) -> u128 { a.wrapping_shl(n) ^ a.wrapping_shr(n.wrapping_add(3)) }

#[no_mangle]
pub extern "C" fn ashr(a: i128, n: u32) -> i128 { a >> (n & 127) }

#[no_mangle]
pub extern "C" fn bits(a: u128) -> u32 { a.leading_zeros() * 10000 + a.trailing_zeros() * 100 + a.count_ones() }

#[no_mangle]
pub extern "C" fn rotate(a: u128, n: u32) -> u128 { a.rotate_left(n) ^ a.rotate_right(n / 3) }

#[no_mangle]
pub extern "C" fn swap(a: u128) -> u128 { a.swap_bytes() ^ a.reverse_bits() }

#[no_mangle]
pub extern "C" fn classify(a: u128) -> u32 {
    match a {
        0 => 1,
        1..=9 => 2,
        18446744073709551616 => 3,
        u128::MAX => 5,
        _ => 4,
    }
}

#[no_mangle]
pub extern "C" fn compare(a: i128, b: i128) -> i32 { a.cmp(&b) as i32 * 10 + (a.max(b) == a) as i32 }

#[no_mangle]
pub extern "C" fn squares(n: u64) -> u128 {
    let mut s: u128 = 0;
    let mut i = 0;
    while i < n {
        s += (i as u128) * (i as u128) * (i as u128);
        i += 1;
    }
    s
}

#[no_mangle]
pub extern "C" fn casts(a: i128, b: i8) -> i64 { (a as i64) ^ (a as u32 as i64) ^ (b as u128 as i64) ^ ((a >> 64) as i64) }

#[no_mangle]
pub extern "C" fn saturating(a: u128, b: u128) -> u128 { a.saturating_sub(b) ^ a.saturating_add(b) }

// `as` between 128-bit integers and floats: compiler-builtins' conversions (round to nearest, ties
// to even), saturating float-to-int (NaN is 0).
#[no_mangle]
pub extern "C" fn i128_to_f64(x: i128) -> f64 {
    x as f64
}

#[no_mangle]
pub extern "C" fn u128_to_f64(x: u128) -> f64 {
    x as f64
}

#[no_mangle]
pub extern "C" fn i128_to_f32(x: i128) -> f32 {
    x as f32
}

#[no_mangle]
pub extern "C" fn u128_to_f32(x: u128) -> f32 {
    x as f32
}

#[no_mangle]
pub extern "C" fn f64_to_i128(x: f64) -> i128 {
    x as i128
}

#[no_mangle]
pub extern "C" fn f64_to_u128(x: f64) -> u128 {
    x as u128
}

#[no_mangle]
pub extern "C" fn f32_to_i128(x: f32) -> i128 {
    x as i128
}

#[no_mangle]
pub extern "C" fn f32_to_u128(x: f32) -> u128 {
    x as u128
}
