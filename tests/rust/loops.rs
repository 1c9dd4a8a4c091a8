//! diff: sum_to(u32) -> u64 ; inputs: 0 ; 1 ; 100 ; 65535 ; 100000
//! diff: digits(u64) -> u32 ; inputs: 0 ; 9 ; 10 ; 18446744073709551615
//! diff: isqrt(u32) -> u32 ; inputs: 0 ; 1 ; 15 ; 16 ; 4294967295
//! diff: count_primes(u32) -> u32 ; inputs: 0 ; 2 ; 100 ; 1000
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[no_mangle]
pub extern "C" fn sum_to(n: u32) -> u64 {
    let mut s = 0u64;
    let mut i = 0u32;
    while i < n {
        i += 1;
        s += i as u64;
    }
    s
}

#[no_mangle]
pub extern "C" fn digits(mut n: u64) -> u32 {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

#[no_mangle]
pub extern "C" fn isqrt(n: u32) -> u32 {
    let mut lo: u64 = 0;
    let mut hi: u64 = n as u64 + 1;
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if mid * mid <= n as u64 { lo = mid } else { hi = mid }
    }
    lo as u32
}

#[no_mangle]
pub extern "C" fn count_primes(n: u32) -> u32 {
    let mut count = 0;
    let mut k = 2;
    while k < n {
        let mut d = 2;
        let mut prime = true;
        loop {
            if d * d > k { break; }
            if k % d == 0 { prime = false; break; }
            d += 1;
        }
        if prime { count += 1; }
        k += 1;
    }
    count
}
