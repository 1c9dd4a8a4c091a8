//! Every function of `functions.rs` as a wasm export taking and returning scalars, for the
//! differential test of libm through mir-export and wirc (`crates/wirc/tests/libm_diff.rs`).
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

macro_rules! unary {
    ($t:ident: $($f:ident => $e:ident),*) => { $( #[no_mangle] pub extern "C" fn $e(x: $t) -> $t { libm::$f(x) } )* };
}
macro_rules! binary {
    ($t:ident: $($f:ident => $e:ident),*) => { $( #[no_mangle] pub extern "C" fn $e(x: $t, y: $t) -> $t { libm::$f(x, y) } )* };
}
macro_rules! ternary {
    ($t:ident: $($f:ident => $e:ident),*) => { $( #[no_mangle] pub extern "C" fn $e(x: $t, y: $t, z: $t) -> $t { libm::$f(x, y, z) } )* };
}
macro_rules! to_int {
    ($t:ident: $($f:ident => $e:ident),*) => { $( #[no_mangle] pub extern "C" fn $e(x: $t) -> i32 { libm::$f(x) } )* };
}
macro_rules! int_first {
    ($t:ident: $($f:ident => $e:ident),*) => { $( #[no_mangle] pub extern "C" fn $e(n: i32, x: $t) -> $t { libm::$f(n, x) } )* };
}
macro_rules! int_second {
    ($t:ident: $($f:ident => $e:ident),*) => { $( #[no_mangle] pub extern "C" fn $e(x: $t, n: i32) -> $t { libm::$f(x, n) } )* };
}
macro_rules! pair_int {
    ($t:ident: $($f:ident => $a:ident $b:ident),*) => { $(
        #[no_mangle] pub extern "C" fn $a(x: $t) -> $t { libm::$f(x).0 }
        #[no_mangle] pub extern "C" fn $b(x: $t) -> i32 { libm::$f(x).1 }
    )* };
}
macro_rules! pair_float {
    ($t:ident: $($f:ident => $a:ident $b:ident),*) => { $(
        #[no_mangle] pub extern "C" fn $a(x: $t) -> $t { libm::$f(x).0 }
        #[no_mangle] pub extern "C" fn $b(x: $t) -> $t { libm::$f(x).1 }
    )* };
}
macro_rules! binary_pair_int {
    ($t:ident: $($f:ident => $a:ident $b:ident),*) => { $(
        #[no_mangle] pub extern "C" fn $a(x: $t, y: $t) -> $t { libm::$f(x, y).0 }
        #[no_mangle] pub extern "C" fn $b(x: $t, y: $t) -> i32 { libm::$f(x, y).1 }
    )* };
}

macro_rules! libm_functions {
    ($($m:ident!($($body:tt)*);)*) => { $( $m!($($body)*); )* };
}
include!("functions.rs");
