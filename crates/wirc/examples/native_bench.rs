//! Compile time and run time of one `.wir` module on the two compiled paths, side by side (used by
//! `bench/native.py`):
//! - wasm: `wirc` (optimizer at `-O`, `legalize-i128`, emitter) to wasm bytes, then wasmtime's own
//!   Cranelift compilation of the wasm (`Module::new`);
//! - native: the optimizer at `-O`, then `wasmir-native` (strip-ownership, legalize-i128, CLIF,
//!   Cranelift, JIT finalization).
//!
//! Usage: `native_bench FILE [-O0|-O2] [--runs K] [--invoke NAME ARG...]`. Prints `key value`
//! lines (milliseconds; run times per call in microseconds, K calls on one
//! instance, best of 9 rounds). Frontend time (parse and verify) is printed apart: both paths share it.

use std::time::Instant;
use wasmir_opt::OptLevel;
use wirc::run::{NativeSession, Runner, Value};

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn best<F: FnMut() -> f64>(n: usize, mut f: F) -> f64 {
    (0..n).map(|_| f()).fold(f64::INFINITY, f64::min)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("usage: native_bench FILE [-O0|-O2] [--runs K] [--invoke NAME ARG...]");
    let mut level = OptLevel::O2;
    let mut runs = 1000usize;
    let mut invoke: Option<(String, Vec<String>)> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "-O0" => level = OptLevel::O0,
            "-O2" => level = OptLevel::O2,
            "--runs" => runs = args.next().and_then(|r| r.parse().ok()).expect("--runs K"),
            "--invoke" => {
                let name = args.next().expect("--invoke NAME");
                invoke = Some((name, args.by_ref().collect()));
            }
            other => panic!("unknown argument {other}"),
        }
    }
    let src = std::fs::read_to_string(&file).expect("read the .wir file");
    println!("lines {}", src.lines().count());

    let t = Instant::now();
    let (module, spans) = wirc::check(&src).unwrap_or_else(|d| panic!("{file}: {d:?}"));
    println!("frontend_ms {:.2}", ms(t));

    // The wasm path, best of 3 (each from the verified module).
    let opts = wirc::Options { opt_level: level, ..wirc::Options::default() };
    let mut wasm = Vec::new();
    let to_wasm = best(3, || {
        let mut m = module.clone();
        let t = Instant::now();
        wasm = wirc::compile_module(&mut m, &spans, &opts).unwrap_or_else(|d| panic!("{d:?}"));
        ms(t)
    });
    let mut runner = None;
    let wasmtime = best(3, || {
        let t = Instant::now();
        runner = Some(Runner::new(&wasm).unwrap_or_else(|d| panic!("{d:?}")));
        ms(t)
    });
    let runner = runner.expect("a runner").with_ir_signatures(wirc::run::export_signatures(&module));
    println!("wasm_bytes {}", wasm.len());
    println!("wirc_to_wasm_ms {to_wasm:.2}");
    println!("wasmtime_compile_ms {wasmtime:.2}");

    // The native path, best of 3.
    let mut optimized = module.clone();
    let opt = best(3, || {
        let mut m = module.clone();
        let t = Instant::now();
        wasmir_opt::run_pipeline(&mut m, level);
        let e = ms(t);
        optimized = m;
        e
    });
    let mut native = None;
    let cranelift = best(3, || {
        let t = Instant::now();
        native = Some(wirc::run::compile_native(&optimized).unwrap_or_else(|d| panic!("{d:?}")));
        ms(t)
    });
    let native = native.expect("a native module");
    println!("opt_ms {opt:.2}");
    println!("native_compile_ms {cranelift:.2}");

    let Some((name, texts)) = invoke else { return };
    let sig = native.export_signature(&name).expect("the export").clone();
    let vals: Vec<Value> =
        sig.params.iter().zip(&texts).map(|(&t, a)| wirc::run::parse_arg(t, a).expect("an argument")).collect();
    let mut session = runner.session().unwrap_or_else(|d| panic!("{d:?}"));
    let want = session.call(&name, &vals).unwrap_or_else(|d| panic!("{d:?}"));
    let mut ns = NativeSession::new(&native).unwrap_or_else(|d| panic!("{d:?}"));
    let got = ns.call(&name, &vals).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(format!("{want:?}"), format!("{got:?}"), "the two paths disagree");
    let wasm_us = best(9, || {
        let t = Instant::now();
        for _ in 0..runs {
            session.call(&name, &vals).expect("a call");
        }
        ms(t) * 1e3 / runs as f64
    });
    let native_us = best(9, || {
        let t = Instant::now();
        for _ in 0..runs {
            ns.call(&name, &vals).expect("a call");
        }
        ms(t) * 1e3 / runs as f64
    });
    println!("result {}", want.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(","));
    println!("wasm_run_us {wasm_us:.3}");
    println!("native_run_us {native_us:.3}");
}
