//! Any bytes through lexer, parser, resolver and verifier (and, when they verify, the whole
//! pipeline): no panic, every error a diagnostic with a code and a span (`wirc::oracle::parse`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| wirc::oracle::parse(data));
