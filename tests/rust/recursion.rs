//! diff: fib(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 10 ; 20 ; 50
//! diff: ackermann(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 2,3 ; 3,3
//! diff: gcd(u64, u64) -> u64 ; inputs: 0,0 ; 0,5 ; 12,18 ; 18446744073709551615,3 ; 1071,462
//! diff: is_even(u32) -> bool ; inputs: 0 ; 1 ; 10 ; 77
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib_acc(n, 0, 1) }
}

fn fib_acc(n: u32, a: u64, b: u64) -> u64 {
    if n == 0 { a } else { fib_acc(n - 1, b, a.wrapping_add(b)) }
}

#[no_mangle]
pub extern "C" fn ackermann(m: u32, n: u32) -> u32 {
    if m == 0 {
        n.wrapping_add(1)
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

#[no_mangle]
pub extern "C" fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

#[no_mangle]
pub extern "C" fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}
