//! Generated modules compile at every optimization level to wasm that wasmparser validates
//! (`wirc::oracle::emit_valid`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use wasmir_gen::GeneratedModule;

fuzz_target!(|g: GeneratedModule| wirc::oracle::emit_valid(&g.module));
