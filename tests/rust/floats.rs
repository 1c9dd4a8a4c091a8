//! diff: hyp2(f64, f64) -> f64 ; inputs: 3.0,4.0 ; -0.0,0.0 ; 1e300,1e300 ; nan,1.0 ; inf,-inf ; 5e-324,2.0
//! diff: mix32(f32, f32) -> f32 ; inputs: 1.5,2.25 ; -0.0,-0.0 ; 3.4e38,10.0 ; nan,nan ; 1e-45,0.5 ; inf,0.0
//! diff: compare(f64, f64) -> u32 ; inputs: 1.0,2.0 ; 2.0,1.0 ; nan,1.0 ; 0.0,-0.0 ; inf,inf ; -inf,nan
//! diff: to_i32(f64) -> i32 ; inputs: 2.9 ; -2.9 ; 1e10 ; -1e10 ; nan ; inf ; -0.5 ; 2147483647.5
//! diff: to_u8(f32) -> u8 ; inputs: 255.9 ; 256.0 ; -1.0 ; nan ; 127.5 ; 1e30
//! diff: to_i8(f64) -> i8 ; inputs: 127.9 ; 128.0 ; -128.9 ; -129.0 ; nan ; -inf
//! diff: to_u64(f64) -> u64 ; inputs: 1.8446744073709552e19 ; 1.8e19 ; -5.0 ; 4294967296.5 ; nan
//! diff: to_i64(f32) -> i64 ; inputs: 9.3e18 ; -9.3e18 ; 123456.7 ; nan
//! diff: from_ints(i32, u32, i64, u64) -> f64 ; inputs: -1,4294967295,-9223372036854775808,18446744073709551615 ; 7,7,7,7 ; 0,0,0,0
//! diff: from_small(u8, i16) -> f32 ; inputs: 255,-32768 ; 0,0 ; 200,1000
//! diff: narrow(f64) -> f32 ; inputs: 1.0000000596046448 ; 3.4028235677973366e38 ; 1e-46 ; nan ; -0.0 ; 0.1
//! diff: bits(f64) -> u64 ; inputs: 1.0 ; -0.0 ; nan ; inf ; 5e-324
//! diff: from_bits32(u32) -> f32 ; inputs: 1065353216 ; 2139095040 ; 2143289344 ; 1 ; 2147483648
//! diff: minmax(f64, f64) -> f64 ; inputs: 1.0,2.0 ; nan,2.0 ; 2.0,nan ; -3.0,-4.0 ; nan,nan
//! diff: signs(f64) -> f64 ; inputs: -2.5 ; 2.5 ; -0.0 ; nan ; -inf
//! diff: poly(f64, u32) -> f64 ; inputs: 0.5,10 ; 1.0001,1000 ; -2.0,7 ; 0.0,3
//! diff: pick(u32, f32, f32) -> f32 ; inputs: 0,1.5,2.5 ; 1,1.5,2.5 ; 2,-0.0,0.0
//! diff: rem64(f64, f64) -> f64 ; inputs: 5.5,2.0 ; -5.5,2.0 ; 5.5,-2.0 ; 1e300,3.0 ; 0.0,1.0 ; -0.0,1.0 ; 1.0,0.0 ; inf,2.0 ; 2.0,inf ; nan,1.0 ; 5e-324,1e-310 ; 123456.789,0.001
//! diff: rem32(f32, f32) -> f32 ; inputs: 5.5,2.0 ; -5.5,2.0 ; 1e30,3.0 ; -0.0,1.0 ; 1.0,0.0 ; inf,2.0 ; 2.0,inf ; nan,1.0 ; 1e-45,1e-40
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn hyp2(a: f64, b: f64) -> f64 { a * a + b * b - a / b }

#[no_mangle]
pub extern "C" fn mix32(a: f32, b: f32) -> f32 { (a + b) * (a - b) / (b + 1.0) }

#[no_mangle]
pub extern "C" fn compare(a: f64, b: f64) -> u32 {
    (a < b) as u32 | ((a <= b) as u32) << 1 | ((a > b) as u32) << 2 | ((a >= b) as u32) << 3 | ((a == b) as u32) << 4
        | ((a != b) as u32) << 5
}

#[no_mangle]
pub extern "C" fn to_i32(a: f64) -> i32 { a as i32 }

#[no_mangle]
pub extern "C" fn to_u8(a: f32) -> u8 { a as u8 }

#[no_mangle]
pub extern "C" fn to_i8(a: f64) -> i8 { a as i8 }

#[no_mangle]
pub extern "C" fn to_u64(a: f64) -> u64 { a as u64 }

#[no_mangle]
pub extern "C" fn to_i64(a: f32) -> i64 { a as i64 }

#[no_mangle]
pub extern "C" fn from_ints(a: i32, b: u32, c: i64, d: u64) -> f64 { a as f64 + b as f64 * 2.0 + c as f64 - d as f64 }

#[no_mangle]
pub extern "C" fn from_small(a: u8, b: i16) -> f32 { a as f32 * 1000.0 + b as f32 }

#[no_mangle]
pub extern "C" fn narrow(a: f64) -> f32 { a as f32 }

#[no_mangle]
pub extern "C" fn bits(a: f64) -> u64 {
    // NaN's payload is unspecified after arithmetic, not after a copy: keep it a copy.
    a.to_bits()
}

#[no_mangle]
pub extern "C" fn from_bits32(a: u32) -> f32 { f32::from_bits(a) }

#[no_mangle]
pub extern "C" fn minmax(a: f64, b: f64) -> f64 { a.min(b) * 10.0 + a.max(b) }

#[no_mangle]
pub extern "C" fn signs(a: f64) -> f64 { -a.abs() + a.copysign(-1.0) * 0.5 - a.signum() }

#[no_mangle]
pub extern "C" fn poly(x: f64, n: u32) -> f64 {
    let mut acc = 0.0;
    let mut p = 1.0;
    let mut i = 0;
    while i < n {
        acc += p / (i as f64 + 1.0);
        p *= x;
        i += 1;
    }
    acc
}

#[no_mangle]
pub extern "C" fn pick(k: u32, a: f32, b: f32) -> f32 {
    match k {
        0 => a,
        1 => b,
        _ => {
            if a == b { 1.0 } else { -1.0 }
        }
    }
}

// Float `%` is C's `fmod` (exact, the sign of the dividend): compiler-builtins' code.
#[no_mangle]
pub extern "C" fn rem64(a: f64, b: f64) -> f64 {
    a % b
}

#[no_mangle]
pub extern "C" fn rem32(a: f32, b: f32) -> f32 {
    a % b
}
