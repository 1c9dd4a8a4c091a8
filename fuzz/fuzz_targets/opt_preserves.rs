//! Every single optimization pass keeps generated modules verified and their behaviour on the
//! interpreter unchanged (`wirc::oracle::opt_preserves`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use wasmir_gen::GeneratedModule;

fuzz_target!(|g: GeneratedModule| wirc::oracle::opt_preserves(&g));
