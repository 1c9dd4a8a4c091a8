//! Issue 10's shapes of big functions (`bench/gen_shapes.py`) at a middle size: each compiles at
//! -O0 and -O2 with the default allocator (which picks linear scan at these sizes), and the wasm
//! and the Cranelift backend compute what the reference interpreter computes on the IR. No timing here: speed and growth
//! are measured by `bench/scaling.py`.

use std::path::PathBuf;
use std::process::Command;
use wasmir_interp::{Config, TrapKind};
use wasmir_opt::OptLevel;
use wasmir_syntax::ir::Constant;
use wirc::run::{Runner, Value};
use wirc::Options;

fn shape(name: &str, n: usize) -> String {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../bench/gen_shapes.py");
    let out = Command::new("python3").arg(&script).arg(name).arg(n.to_string()).output().expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn check(name: &str, n: usize, run_wasm: bool) {
    let text = shape(name, n);
    let (module, _) = wirc::check(&text).unwrap_or_else(|d| panic!("{name} {n}: {:?}", d.first()));
    for level in [OptLevel::O0, OptLevel::O2] {
        let opts = Options { opt_level: level, ..Options::default() };
        let wasm = wirc::compile(&text, &opts).unwrap_or_else(|d| panic!("{name} {n} {level:?}: {:?}", d.first()));
        if !run_wasm {
            continue;
        }
        let runner = Runner::new(&wasm).unwrap_or_else(|d| panic!("{d:?}"));
        // The same IR on the Cranelift backend, for the shapes that run.
        let mut optimized = module.clone();
        wasmir_opt::run_pipeline(&mut optimized, level);
        let native = wirc::run::compile_native(&optimized).unwrap_or_else(|d| panic!("{name} {n}: {d:?}"));
        for x in [0, 7, -3] {
            let mut host = |_: &str, _: &str, _: &[Constant]| Err(TrapKind::UnknownImport);
            let want = wasmir_interp::call_export(&module, "f", &[Constant::i32(x)], Config::default(), &mut host)
                .expect("export f")
                .unwrap_or_else(|t| panic!("{name} {n}: interpreter stopped: {}", t.kind));
            let got = runner.call("f", &[Value::I32(x)]).unwrap_or_else(|d| panic!("{d:?}"));
            assert_eq!(got, vec![Value::I32(want[0].bits as u32 as i32)], "{name} {n} {level:?} f({x})");
            let got = wirc::run::NativeSession::new(&native)
                .and_then(|mut s| s.call("f", &[Value::I32(x)]))
                .unwrap_or_else(|d| panic!("{d:?}"));
            assert_eq!(got, vec![Value::I32(want[0].bits as u32 as i32)], "{name} {n} {level:?} native f({x})");
        }
    }
}

#[test]
fn chain_of_blocks() {
    check("chain", 3000, true);
}

#[test]
fn chained_diamonds() {
    check("diamonds", 3000, true);
}

#[test]
fn nested_loops() {
    // wasmtime's own compiler takes minutes on a 1,000-deep loop nest, so the deep instance is
    // only compiled and validated; a shallower one also runs.
    check("loops", 1000, false);
    check("loops", 100, true);
}

#[test]
fn values_in_one_block() {
    check("values", 30_000, true);
}

#[test]
fn values_live_at_once() {
    check("live", 3000, true);
}
