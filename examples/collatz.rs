//! Collatz sequence lengths, exported to WebAssembly through WasmIR:
//!
//!     mir-export examples/collatz.rs -o collatz.wir
//!
//! diff: collatz_steps(u64) -> u32 ; inputs: 1 ; 2 ; 3 ; 27 ; 97 ; 871
//! diff: longest_below(u32) -> u32 ; inputs: 1 ; 2 ; 10 ; 1000
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// Number of steps for `n` to reach 1 (0 for `n == 0`).
#[no_mangle]
pub extern "C" fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n > 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

/// The start below `limit` with the longest sequence.
#[no_mangle]
pub extern "C" fn longest_below(limit: u32) -> u32 {
    let mut best = 0;
    let mut best_steps = 0;
    let mut i = 1;
    while i < limit {
        let s = collatz_steps(i as u64);
        if s > best_steps {
            best = i;
            best_steps = s;
        }
        i += 1;
    }
    best
}
