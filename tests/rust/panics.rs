//! flags: -C debug-assertions=on
//! diff: explicit(i32) -> i32 ; inputs: 0 ; 1 ; -1 ; 2 ; -2 ; 7 ; -7 ; 31 ; 100 ; -100 ; 65536 ; 2147483647 ; -2147483648 ; -2147483647 ; 2147483646
//! diff: unreach(u8) -> u8 ; inputs: 0 ; 1 ; 2 ; 3 ; 7 ; 8 ; 15 ; 16 ; 100 ; 127 ; 128 ; 200 ; 254 ; 255
//! diff: asserts(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 3 ; 10 ; 31 ; 32 ; 255 ; 65536 ; 100000 ; 123456789 ; 2147483647 ; 2147483648 ; 4294967294 ; 4294967295
//! diff: unwraps(i16) -> i16 ; inputs: 0 ; 1 ; -1 ; 2 ; -2 ; 255 ; -256 ; 1000 ; 32767 ; -32768 ; -32767
//! diff: nested_panic(u64) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 10 ; 63 ; 64 ; 4294967295 ; 4294967296 ; 1000000000000 ; 9223372036854775807 ; 9223372036854775808 ; 18446744073709551614 ; 18446744073709551615
//! diff: div_trap(i8, i8) -> i8 ; inputs: 0,0 ; 0,1 ; 0,-1 ; 0,2 ; 0,-2 ; 0,126 ; 0,127 ; 0,-127 ; 0,-128 ; 1,0 ; 1,1 ; 1,-1 ; 1,2 ; 1,-2 ; 1,126 ; 1,127 ; 1,-127 ; 1,-128 ; -1,0 ; -1,1 ; -1,-1 ; -1,2 ; -1,-2 ; -1,126 ; -1,127 ; -1,-127 ; -1,-128 ; 2,0 ; 2,1 ; 2,-1 ; 2,2 ; 2,-2 ; 2,126 ; 2,127 ; 2,-127 ; 2,-128 ; -2,0 ; -2,1 ; -2,-1 ; -2,2 ; -2,-2 ; -2,126 ; -2,127 ; -2,-127 ; -2,-128 ; 126,0 ; 126,1 ; 126,-1 ; 126,2 ; 126,-2 ; 126,126 ; 126,127 ; 126,-127 ; 126,-128 ; 127,0 ; 127,1 ; 127,-1 ; 127,2 ; 127,-2 ; 127,126 ; 127,127 ; 127,-127 ; 127,-128 ; -127,0 ; -127,1 ; -127,-1 ; -127,2 ; -127,-2 ; -127,126 ; -127,127 ; -127,-127 ; -127,-128 ; -128,0 ; -128,1 ; -128,-1 ; -128,2 ; -128,-2 ; -128,126 ; -128,127 ; -128,-127 ; -128,-128
//! Explicit panics: `panic!` (with and without format arguments), `unreachable!`, `assert!`,
//! `assert_eq!`, `debug_assert!`, `unwrap`/`expect` on `None`/`Err`: each traps in wasm.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

//@ explicit(i32) -> i32
#[no_mangle]
pub extern "C" fn explicit(x: i32) -> i32 {
    if x == 7 {
        panic!();
    }
    if x < -1000 {
        panic!("too small: {}", x);
    }
    x.wrapping_mul(2)
}

//@ unreach(u8) -> u8
#[no_mangle]
pub extern "C" fn unreach(x: u8) -> u8 {
    match x % 4 {
        0 => 10,
        1 => 20,
        2 => 30,
        3 if x > 200 => unreachable!("x = {}", x),
        3 => 40,
        _ => unreachable!(),
    }
}

//@ asserts(u32) -> u32
#[no_mangle]
pub extern "C" fn asserts(x: u32) -> u32 {
    assert!(x != 3);
    assert!(x < 1_000_000, "x = {} is too large", x);
    debug_assert!(x != 100, "debug {}", x);
    debug_assert_ne!(x, 255);
    assert_eq!(x % 1000, x % 2000 % 1000);
    x + 1
}

//@ unwraps(i16) -> i16
#[no_mangle]
pub extern "C" fn unwraps(x: i16) -> i16 {
    let a = x.checked_add(100).unwrap();
    let b = a.checked_mul(2).expect("mul overflow");
    let r: Result<i16, u8> = if b < -1000 { Err(1) } else { Ok(b) };
    r.unwrap() - 1
}

#[inline(never)]
fn must_be_even(x: u64) -> u64 {
    assert!(x % 2 == 0, "odd");
    x / 2
}

//@ nested_panic(u64) -> u64
#[no_mangle]
pub extern "C" fn nested_panic(x: u64) -> u64 {
    let mut v = x;
    while v > 1 && v % 2 == 0 {
        v = must_be_even(v);
    }
    if v == 1 { 0 } else { must_be_even(v) }
}

//@ div_trap(i8, i8) -> i8
#[no_mangle]
pub extern "C" fn div_trap(a: i8, b: i8) -> i8 { a / b + a % b }
