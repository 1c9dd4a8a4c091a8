//! Generated modules print and parse back to the same text and module
//! (`wirc::oracle::roundtrip`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use wasmir_gen::GeneratedModule;

fuzz_target!(|g: GeneratedModule| wirc::oracle::roundtrip(&g.module));
