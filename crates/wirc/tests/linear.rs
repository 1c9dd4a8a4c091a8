//! `#[wasm::linear]` through the whole toolchain (issue 8; spec chapter 13, design O11).
//!
//! `tests/cargo/linear` is a Cargo package using the `wasm` crate's `#[wasm::linear]`, built in
//! the documented Cargo mode. Its default build holds correct uses only: the `.wir` carries
//! `linear` kinds, verifies, and every export runs on wasm (-O0 and -O2) with the results of the
//! same functions compiled natively (the package is this crate's dev-dependency), traps
//! included, shared borrows (`&self` methods) of linear values among them. The features `dropped` and `reuse` each add one misuse, which the WasmIR verifier
//! rejects with its own code (E0258 a linear value never consumed, E0257 a `Copy` linear value
//! consumed again in a loop), at the Rust line that the package marks `MISUSE`; the feature
//! `mutborrow` takes `&mut` of a linear value, which mir-export rejects (E0514).

mod common;

use std::path::PathBuf;
use wirc::run::{Runner, Value};
use wirc::Options;

fn pkg() -> PathBuf {
    common::root().join("tests/cargo/linear")
}

fn target(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name)
}

/// The 1-based line of `src/lib.rs` holding `marker`.
fn line_of(marker: &str) -> usize {
    let src = std::fs::read_to_string(pkg().join("src/lib.rs")).expect("read lib.rs");
    1 + src.lines().position(|l| l.contains(marker)).unwrap_or_else(|| panic!("no line with {marker}"))
}

#[test]
fn correct_uses_verify_and_run_as_natively() {
    let src = common::cargo_mode_wir(&pkg(), &target("linear"), "linear_demo");
    // Ownership reached the IR: the token's functions take and return linear values, and the
    // discharge `Token::consume` is a `drop`, not a call.
    assert!(src.contains("-> linear i32"), "{src}");
    assert!(src.contains("(linear i32)"), "{src}");
    assert!(src.contains("drop %"), "{src}");
    assert!(!src.contains("Linear>::consume"), "consume is lowered to drop:\n{src}");
    let native = |name: &str, a: &[u32]| -> Option<u32> {
        // A trap on wasm is a Rust panic natively (a division by zero here): none is expected
        // from the inputs whose native result is computed.
        match (name, a) {
            ("roundtrip", [x]) => Some(linear_demo::roundtrip(*x)),
            ("branches", [x]) => Some(linear_demo::branches(*x)),
            ("carried", [n]) => Some(linear_demo::carried(*n)),
            ("guarded", [_, 0]) => None,
            ("guarded", [x, d]) => Some(linear_demo::guarded(*x, *d)),
            ("borrowed", [x]) => Some(linear_demo::borrowed(*x)),
            _ => panic!("unknown export {name}"),
        }
    };
    let cases: Vec<(&str, Vec<u32>)> = [0u32, 1, 2, 7, 63, 64, 1000, u32::MAX]
        .iter()
        .flat_map(|&x| {
            [
                ("roundtrip", vec![x]),
                ("branches", vec![x]),
                ("carried", vec![x]),
                ("guarded", vec![x, 3]),
                ("guarded", vec![x, 0]),
                ("borrowed", vec![x]),
            ]
        })
        .collect();
    for level in [wasmir_opt::OptLevel::O0, wasmir_opt::OptLevel::O2] {
        let wasm = wirc::compile(&src, &Options { opt_level: level, ..Options::default() })
            .unwrap_or_else(|d| panic!("wirc rejected linear_demo.wir: {d:?}"));
        let runner = Runner::new(&wasm).expect("wasmtime loads the module");
        for (name, args) in &cases {
            let vals: Vec<Value> = args.iter().map(|&a| Value::I32(a as i32)).collect();
            let got = runner.call(name, &vals);
            match native(name, args) {
                Some(want) => assert_eq!(got.ok(), Some(vec![Value::I32(want as i32)]), "{name}{args:?} at {level:?}"),
                None => assert!(got.is_err(), "{name}{args:?} at {level:?} should trap"),
            }
        }
    }
}

/// Builds with `feature` and returns cargo's standard error, which must be a failure.
fn misuse(feature: &str) -> String {
    let out = common::cargo_mode_build(&pkg(), &target(&format!("linear-{feature}")), &[feature]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "the misuse `{feature}` was accepted:\n{err}");
    err
}

#[test]
fn a_mutable_borrow_of_a_linear_value_is_rejected_at_its_let() {
    let err = misuse("mutborrow");
    let line = line_of("MISUSE: borrowed mutably");
    assert!(err.contains("error[E0514]"), "{err}");
    assert!(err.contains(&format!("src/lib.rs:{line}:")), "not at line {line}:\n{err}");
}

#[test]
fn a_linear_value_dropped_implicitly_is_rejected_at_its_let() {
    let err = misuse("dropped");
    let line = line_of("MISUSE: never redeemed");
    assert!(err.contains("error[E0258]"), "{err}");
    assert!(err.contains(&format!("src/lib.rs:{line}:")), "not at line {line}:\n{err}");
    assert!(!err.contains("E0513"), "reported as an internal error:\n{err}");
}

#[test]
fn a_copy_linear_value_reused_in_a_loop_is_rejected_at_the_call() {
    let err = misuse("reuse");
    let line = line_of("MISUSE: spent again");
    assert!(err.contains("error[E0257]"), "{err}");
    assert!(err.contains(&format!("src/lib.rs:{line}:")), "not at line {line}:\n{err}");
    assert!(!err.contains("E0513"), "reported as an internal error:\n{err}");
}
