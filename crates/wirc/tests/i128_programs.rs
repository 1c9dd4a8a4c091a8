//! Generated straight-line `i128` code, run three ways: the reference interpreter on the `i128`
//! IR, and wasm at -O0 and -O2 on wasmtime (after `legalize-i128` and, at -O2, the optimizer
//! before and after it). Results and trap kinds must agree.
//!
//! Each function takes two `i128` and an `i64`, applies a random sequence of the table's `i128`
//! operators (conversions, comparisons, `select`, checked and trapping ones included) to its
//! parameters, to constants (so that constant folding meets `i128` operators before legalization
//! and their halves after it) and to earlier results, stores and reloads some values through
//! memory, and returns an `i128` checksum of everything it computed and an `i32` of the
//! comparisons.
//!
//! `I128PROG_SEED=n` runs a different batch; `I128PROG_CASES=n` changes the number of functions.
//! A failing case is written to `target/i128-programs-failure.wir`.

mod common;

use common::{env_u64, Rng};
use std::fmt::Write as _;
use wasmir_opt::OptLevel;
use wasmir_syntax::ir::{Format, Opcode, Type};
use wirc::run::Runner;
use wirc::Options;

/// An `i128` literal: small, a power of two (±), near a half boundary, or random.
fn literal(rng: &mut Rng) -> i128 {
    match rng.below(6) {
        0 => rng.below(130) as i128 - 2,
        1 => 1i128.wrapping_shl(rng.below(128) as u32),
        2 => 1i128.wrapping_shl(rng.below(128) as u32).wrapping_neg(),
        3 => (u64::MAX as i128) + rng.below(5) as i128 - 2,
        4 => rng.next() as i64 as i128,
        _ => ((rng.next() as u128) << 64 | rng.next() as u128) as i128,
    }
}

/// The `i128` operators of format `Plain` (every one that takes or gives an `i128`).
fn ops() -> Vec<Opcode> {
    Opcode::ALL
        .iter()
        .copied()
        .filter(|op| op.format() == Format::Plain)
        .filter(|op| op.params().iter().chain(op.results()).any(|&t| t == Type::I128))
        .collect()
}

/// One generated module with its exported `@f(i128, i128, i64) -> (i128, i32)`.
fn module(rng: &mut Rng, ops: &[Opcode]) -> String {
    let mut body = String::new();
    let mut pools: [Vec<String>; 3] = [vec!["%a".into(), "%b".into()], vec!["%c".into()], Vec::new()];
    let pool = |t: Type| match t {
        Type::I128 => 0,
        Type::I64 => 1,
        _ => 2,
    };
    let mut n = 0;
    let mut fresh = |body: &mut String, rhs: String| {
        n += 1;
        let _ = writeln!(body, "    %v{n} = {rhs}");
        format!("%v{n}")
    };
    let first = fresh(&mut body, "i32.const 1".into());
    pools[2].push(first);
    for _ in 0..2 + rng.below(3) {
        let lit = literal(rng);
        let v = fresh(&mut body, format!("i128.const {lit}"));
        pools[0].push(v);
    }
    for _ in 0..6 + rng.below(14) {
        if rng.below(8) == 0 {
            // Through memory at a random (unaligned) address.
            let p = fresh(&mut body, format!("ptr.const {}", rng.below(64)));
            let v = pools[0][rng.below(pools[0].len() as u64) as usize].clone();
            let _ = writeln!(body, "    i128.store[$heap, align=1] {p}, {v}");
            let back = fresh(&mut body, format!("i128.load[$heap, align=1] {p}"));
            pools[0].push(back);
            continue;
        }
        let op = ops[rng.below(ops.len() as u64) as usize];
        let args: Vec<String> = op
            .params()
            .iter()
            .map(|&t| {
                let p = &pools[pool(t)];
                if p.is_empty() {
                    "%c".to_string()
                } else {
                    p[rng.below(p.len() as u64) as usize].clone()
                }
            })
            .collect();
        let v = fresh(&mut body, format!("{} {}", op.name(), args.join(", ")));
        pools[pool(op.result())].push(v);
    }
    // The checksum: every i128 and i64 value xor-ed (i64 ones zero-extended), every i32 summed.
    let mut acc = pools[0][0].clone();
    for v in pools[0].clone().iter().skip(1) {
        acc = fresh(&mut body, format!("i128.xor {acc}, {v}"));
    }
    for v in pools[1].clone() {
        let w = fresh(&mut body, format!("i128.extend_i64_u {v}"));
        acc = fresh(&mut body, format!("i128.xor {acc}, {w}"));
    }
    let mut flags = pools[2][0].clone();
    for v in pools[2].clone().iter().skip(1) {
        flags = fresh(&mut body, format!("i32.add {flags}, {v}"));
    }
    format!(
        "wasmir 0.2\n\nmemory $heap 1\nexport \"f\" fn @f\n\nfn @f(i128, i128, i64) -> (i128, i32) {{\n\
         ^entry(%a: i128, %b: i128, %c: i64):\n{body}    return {acc}, {flags}\n}}\n"
    )
}

/// A result line as the run tests print it, or the trap keyword.
fn outcome(r: Result<Vec<wirc::run::Value>, wasmir_syntax::diag::Diagnostic>) -> String {
    match r {
        Ok(vals) => vals.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", "),
        Err(d) => {
            let kind = d.args.iter().find(|(k, _)| *k == "trap").map(|(_, v)| v.to_string()).unwrap_or_default();
            // wasm reports checked overflow as `unreachable` (spec §12.11).
            let kind = if kind == "checked-overflow" { "unreachable".to_string() } else { kind };
            format!("trap({kind}) {:?}", d.code)
        }
    }
}

#[test]
fn generated_i128_code_agrees_on_interpreter_and_wasm() {
    let seed = env_u64("I128PROG_SEED", 128);
    let cases = env_u64("I128PROG_CASES", 60);
    let ops = ops();
    let mut rng = Rng(seed);
    let mut traps = 0;
    for case in 0..cases {
        let src = module(&mut rng, &ops);
        let fail = |what: String| -> ! {
            let _ = std::fs::create_dir_all("../../target");
            let _ = std::fs::write("../../target/i128-programs-failure.wir", &src);
            panic!("case {case} (seed {seed}): {what}\n{src}");
        };
        let (m, _) = wirc::check(&src).unwrap_or_else(|d| fail(format!("{d:?}")));
        let sigs = wirc::run::export_signatures(&m);
        let runners: Vec<(OptLevel, Runner)> = [OptLevel::O0, OptLevel::O2]
            .into_iter()
            .map(|lvl| {
                let opts = Options { opt_level: lvl, verify_each_pass: true, ..Options::default() };
                let wasm = wirc::compile(&src, &opts).unwrap_or_else(|d| fail(format!("{lvl:?}: {d:?}")));
                let r = Runner::new(&wasm).unwrap_or_else(|d| fail(format!("{d:?}")));
                (lvl, r.with_ir_signatures(sigs.clone()))
            })
            .collect();
        // The Cranelift backend on the IR as written and at -O2.
        let natives: Vec<(OptLevel, wasmir_native::NativeModule)> = [OptLevel::O0, OptLevel::O2]
            .into_iter()
            .map(|lvl| {
                let mut o = m.clone();
                wasmir_opt::run_pipeline(&mut o, lvl);
                (lvl, wirc::run::compile_native(&o).unwrap_or_else(|d| fail(format!("native {lvl:?}: {d:?}"))))
            })
            .collect();
        for _ in 0..6 {
            let args =
                vec![literal(&mut rng).to_string(), literal(&mut rng).to_string(), (rng.next() as i64).to_string()];
            let want = outcome(wirc::run::interpret(&m, "f", &args));
            traps += want.starts_with("trap") as u32;
            for (lvl, r) in &runners {
                let got = outcome(r.call_with_text("f", &args));
                if got != want {
                    fail(format!("{lvl:?} f({}) = {got}, interpreter {want}", args.join(", ")));
                }
            }
            for (lvl, n) in &natives {
                let got = outcome(wirc::run::run_native(n, "f", &args));
                if got != want {
                    fail(format!("native {lvl:?} f({}) = {got}, interpreter {want}", args.join(", ")));
                }
            }
        }
    }
    assert!(traps > 0, "no case trapped: the generator misses the trapping operators");
}
