//! Generated modules give the same results and traps on the reference interpreter and on wasm
//! (wasmtime) at -O0 and -O2 (`wirc::oracle::differential`; a native backend joins through
//! `wirc::oracle::ENGINES`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use wasmir_gen::GeneratedModule;

fuzz_target!(|g: GeneratedModule| {
    wirc::oracle::differential(&g);
});
