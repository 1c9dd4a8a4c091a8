//! The oracles of the fuzz targets (`fuzz/`), one function per target, also run as ordinary tests
//! over generated cases (`tests/fuzz_oracles.rs`). Each checks a property and panics with a
//! message saying what broke when it does not hold; a fuzzer reports the panic as a crash.
//!
//! - [`parse`]: any bytes: lexer, parser, resolver and verifier never panic, and every error is a
//!   diagnostic with a code, a message and spans inside the text.
//! - [`roundtrip`]: a module prints to text that parses back to the same text and module.
//! - [`emit_valid`]: a verified module compiles, at every optimization level, to wasm that
//!   wasmparser validates.
//! - [`differential`]: the reference interpreter and every engine of [`ENGINES`] (wasm on
//!   wasmtime, at -O0 and -O2) give the same results and the same traps.
//! - [`opt_preserves`]: each single pass keeps a verified module verified and its behaviour on the
//!   interpreter unchanged.

use crate::codes;
use crate::run::{export_signatures, Runner, Value};
use crate::Options;
use wasmir_gen::GeneratedModule;
use wasmir_opt::OptLevel;
use wasmir_syntax::diag::{Diagnostic, Locale, Messages};
use wasmir_syntax::ir::{Constant, Module, SourceMap, Type};

/// Interpreter steps allowed per call. Generated modules terminate far below it; reaching it is
/// a generator bug (its termination argument failed) and is reported as one.
pub const FUEL: u64 = 50_000_000;

/// What a call did, in engine-independent terms.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// The call returned these values.
    Returned(Vec<Value>),
    /// The call trapped; the trap keyword of spec §1.3 as [`same_trap`] compares them.
    Trapped(String),
}

impl Outcome {
    /// Whether two outcomes agree: equal values (a NaN equals any NaN, since engines differ in NaN
    /// bits; otherwise bit for bit, so `0.0 != -0.0`), or the same trap.
    pub fn agrees(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Returned(a), Outcome::Returned(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_value(x, y))
            }
            (Outcome::Trapped(a), Outcome::Trapped(b)) => same_trap(a, b),
            _ => false,
        }
    }
}

/// Values equal bit for bit, a NaN equal to any NaN.
pub fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::F32(x), Value::F32(y)) => (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits(),
        (Value::F64(x), Value::F64(y)) => (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits(),
        _ => a == b,
    }
}

/// Whether two trap keywords name the same trap on some engine: wasm reports a checked
/// overflow as `unreachable` and wasmtime a table access out of bounds as `undefined-element`
/// (spec §12.11); a stack overflow of the shadow stack is `unreachable` on wasm.
pub fn same_trap(a: &str, b: &str) -> bool {
    fn norm(k: &str) -> &str {
        match k {
            "checked-overflow" => "unreachable",
            "table-out-of-bounds" => "undefined-element",
            k => k,
        }
    }
    let stack = |x: &str, y: &str| x == "stack-overflow" && y == "unreachable";
    norm(a) == norm(b) || stack(a, b) || stack(b, a)
}

// ---------------------------------------------------------------------------------------------
// parse

/// Any bytes (as UTF-8, invalid sequences replaced) through lexer, parser, resolver and verifier:
/// no panic; every diagnostic has a code whose message exists, a span inside the text, and
/// renders. What parses also prints to a fixpoint ([`roundtrip`]), and what verifies compiles
/// without panicking.
pub fn parse(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    match wasmir_syntax::parse(&text) {
        Err(diags) => {
            assert!(!diags.is_empty(), "parse failed without a diagnostic");
            check_diagnostics(&text, &diags);
        }
        Ok((module, spans)) => {
            let diags = wasmir_verify::verify(&module, &spans);
            check_diagnostics(&text, &diags);
            roundtrip(&module);
            if diags.is_empty() {
                // Compile errors (emitter limits) are fine; panics are not.
                if let Err(d) = crate::compile(&text, &Options { verify_each_pass: true, ..Options::default() }) {
                    check_diagnostics(&text, &d);
                    let internal = d.iter().find(|d| [codes::INVALID_OUTPUT, codes::PASS_BROKE_IR].contains(&d.code));
                    assert!(internal.is_none(), "a verified module hits a compiler bug: {internal:?}\n{text}");
                }
            }
        }
    }
}

fn check_diagnostics(text: &str, diags: &[Diagnostic]) {
    let msgs = Messages::new(Locale::EnUs);
    let len = text.len() as u32;
    for d in diags {
        assert!(d.code.0 != 0, "a diagnostic without a code: {d:?}");
        let msg = msgs.format(&d.code.message_id(), None, &d.args);
        assert!(msg.is_some_and(|m| !m.is_empty()), "{} has no message: {d:?}", d.code);
        for span in std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span)) {
            assert!(
                span.start <= span.end && span.end <= len,
                "{}: span {span:?} outside the text ({len} bytes)",
                d.code
            );
        }
    }
    let _ = wasmir_syntax::diag::render(&msgs, "fuzz.wir", text, diags);
}

// ---------------------------------------------------------------------------------------------
// roundtrip

/// `parse(print(m))` prints as `m` does, and one more print and parse gives an equal module
/// (the first parse may renumber entities, so equality is checked from there on).
pub fn roundtrip(module: &Module) {
    let text = wasmir_syntax::print_module(module);
    let (again, _) = match wasmir_syntax::parse(&text) {
        Ok(m) => m,
        Err(d) => panic!("printed text does not parse: {:?}\n{text}", d.iter().map(|d| d.code).collect::<Vec<_>>()),
    };
    let text2 = wasmir_syntax::print_module(&again);
    assert_eq!(text2, text, "print(parse(print(m))) != print(m)");
    let (third, _) = wasmir_syntax::parse(&text2).expect("parses");
    assert!(third == again, "parse(print(m)) != m on a parsed module\n{text}");
}

// ---------------------------------------------------------------------------------------------
// emit-valid

/// The optimization levels the oracles compile at.
pub const LEVELS: [OptLevel; 3] = [OptLevel::O0, OptLevel::O1, OptLevel::O2];

/// Compiles a verified module at `level`, verifying after each pass; panics on any error, since
/// a verified module must compile.
pub fn compile(module: &Module, level: OptLevel) -> Vec<u8> {
    let opts = Options { opt_level: level, verify_each_pass: true, ..Options::default() };
    let mut m = module.clone();
    match crate::compile_module(&mut m, &SourceMap::default(), &opts) {
        Ok(bytes) => bytes,
        Err(d) => panic!(
            "a verified module does not compile at {level:?}: {:?}\n{}",
            d.iter().map(|d| (d.code, d.args.clone())).collect::<Vec<_>>(),
            wasmir_syntax::print_module(module)
        ),
    }
}

/// A verified module compiles at every level of [`LEVELS`] to wasm that wasmparser validates.
pub fn emit_valid(module: &Module) {
    assert_verifies(module, "input");
    for level in LEVELS {
        let bytes = compile(module, level);
        if let Err(d) = crate::validate(&bytes) {
            panic!("invalid wasm at {level:?}: {:?}", d[0].args);
        }
    }
}

fn assert_verifies(module: &Module, what: &str) {
    let errors = wasmir_verify::verify(module, &SourceMap::default());
    assert!(
        errors.is_empty(),
        "{what} does not verify: {:?}\n{}",
        errors.iter().map(|d| d.code).collect::<Vec<_>>(),
        wasmir_syntax::print_module(module)
    );
}

// ---------------------------------------------------------------------------------------------
// differential

/// The engines [`differential`] compares with the reference interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Compiled to wasm at this level and run on the embedded wasmtime.
    Wasmtime(OptLevel),
    /// Optimized at this level and compiled for the host by the Cranelift backend
    /// (`wasmir-native`), run in process. Its traps are the interpreter's kinds exactly.
    Native(OptLevel),
}

/// The engines of [`differential`], in order.
pub const ENGINES: &[Engine] = &[
    Engine::Wasmtime(OptLevel::O0),
    Engine::Wasmtime(OptLevel::O2),
    Engine::Native(OptLevel::O0),
    Engine::Native(OptLevel::O2),
];

/// A module made ready to run on one engine.
enum Prepared {
    Wasmtime(Runner),
    Native(Box<wasmir_native::NativeModule>),
}

impl Prepared {
    fn new(engine: Engine, module: &Module) -> Prepared {
        match engine {
            Engine::Wasmtime(level) => {
                let bytes = compile(module, level);
                let runner =
                    Runner::new(&bytes).unwrap_or_else(|d| panic!("wasmtime rejects the module: {:?}", d.args));
                Prepared::Wasmtime(runner.with_ir_signatures(export_signatures(module)))
            }
            Engine::Native(level) => {
                let mut m = module.clone();
                wasmir_opt::run_pipeline(&mut m, level);
                let native = crate::run::compile_native(&m)
                    .unwrap_or_else(|d| panic!("the native backend rejects the module: {} {:?}", d.code, d.args));
                Prepared::Native(Box::new(native))
            }
        }
    }

    fn call(&self, name: &str, args: &[Constant]) -> Outcome {
        match self {
            Prepared::Wasmtime(runner) => {
                let args: Vec<Value> = args.iter().map(|&c| to_value(c)).collect();
                match runner.call(name, &args) {
                    Ok(v) => Outcome::Returned(v),
                    Err(d) if d.code == codes::TRAPPED => {
                        let kw = d.args.iter().find(|(k, _)| *k == "trap").map(|(_, v)| v.clone());
                        Outcome::Trapped(kw.unwrap_or_default())
                    }
                    Err(d) => panic!("{name}: wasmtime call failed: {} {:?}", d.code, d.args),
                }
            }
            Prepared::Native(native) => match native.call_export(name, args) {
                None => panic!("no export {name} on the native backend"),
                Some(Ok(v)) => Outcome::Returned(v.into_iter().map(to_value).collect()),
                Some(Err(t)) if t.kind.is_wasm_trap() => {
                    Outcome::Trapped(crate::run::interp_trap_keyword(t.kind).to_string())
                }
                Some(Err(t)) => panic!("{name}: the native backend stopped with {:?}", t.kind),
            },
        }
    }
}

/// A constant as the runner's value (the conversion `wirc run` prints with).
pub use crate::run::ir_value as to_value;

/// Runs export `name` on the reference interpreter, on a fresh instance; panics when it runs out
/// of fuel or finds the IR invalid (generated modules terminate and verify).
pub fn interpret(module: &Module, name: &str, args: &[Constant]) -> Outcome {
    let config = wasmir_interp::Config { fuel: Some(FUEL), ..Default::default() };
    let mut host = |_: &str, _: &str, _: &[Constant]| Err(wasmir_interp::TrapKind::UnknownImport);
    match wasmir_interp::call_export(module, name, args, config, &mut host) {
        None => panic!("no export {name}"),
        Some(Ok(v)) => Outcome::Returned(v.into_iter().map(to_value).collect()),
        Some(Err(t)) if t.kind.is_wasm_trap() => Outcome::Trapped(crate::run::interp_trap_keyword(t.kind).to_string()),
        Some(Err(t)) => panic!("{name}: the interpreter stopped with {:?}", t.kind),
    }
}

/// Counts of what the calls of [`differential`] did on the interpreter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Calls that returned.
    pub returned: usize,
    /// Calls that trapped.
    pub trapped: usize,
}

/// Every planned call gives the same outcome on the interpreter and on every engine of
/// [`ENGINES`] (results NaN-aware, traps by kind as [`same_trap`] says).
pub fn differential(g: &GeneratedModule) -> Tally {
    assert_verifies(&g.module, "input");
    let expected: Vec<Outcome> = g.calls.iter().map(|(n, a)| interpret(&g.module, n, a)).collect();
    for &engine in ENGINES {
        let prepared = Prepared::new(engine, &g.module);
        for ((name, args), want) in g.calls.iter().zip(&expected) {
            let got = prepared.call(name, args);
            // The native backend follows the interpreter's trap kinds exactly (spec §7.10);
            // wasm reports some of them under another name.
            let agrees = match (engine, &got, want) {
                (Engine::Native(_), Outcome::Trapped(a), Outcome::Trapped(b)) => a == b,
                _ => got.agrees(want),
            };
            assert!(
                agrees,
                "{engine:?} disagrees with the interpreter on {name}({args:?}): {got:?} vs {want:?}\n{}",
                wasmir_syntax::print_module(&g.module)
            );
        }
    }
    let mut tally = Tally::default();
    for o in &expected {
        match o {
            Outcome::Returned(_) => tally.returned += 1,
            Outcome::Trapped(_) => tally.trapped += 1,
        }
    }
    tally
}

// ---------------------------------------------------------------------------------------------
// opt-preserves

/// `i128` arguments split into two `i64` (low half first), as `legalize-i128` splits them.
fn legalized(values: &[Constant]) -> Vec<Constant> {
    values
        .iter()
        .flat_map(|&c| match c.ty {
            Type::I128 => vec![Constant::i64(c.bits as u64 as i64), Constant::i64((c.bits >> 64) as u64 as i64)],
            _ => vec![c],
        })
        .collect()
}

fn split_i128(o: Outcome) -> Outcome {
    match o {
        Outcome::Returned(v) => Outcome::Returned(
            v.into_iter()
                .flat_map(|x| match x {
                    Value::I128(b) => vec![Value::I64(b as i64), Value::I64((b >> 64) as i64)],
                    x => vec![x],
                })
                .collect(),
        ),
        t => t,
    }
}

/// Each pass of `wasmir_opt::PASSES`, run alone, keeps the module verified and every planned
/// call's outcome on the interpreter (traps of exactly the same kind). Passes other than
/// `strip-ownership` run on the module with its ownership stripped, as the driver runs them.
pub fn opt_preserves(g: &GeneratedModule) {
    assert_verifies(&g.module, "input");
    let mut stripped = g.module.clone();
    let _ = wasmir_opt::run_pass("strip-ownership", &mut stripped).expect("registered");
    for pass in wasmir_opt::PASSES {
        let before = if pass.name == "strip-ownership" { &g.module } else { &stripped };
        let mut after = before.clone();
        let _ = wasmir_opt::run_pass(pass.name, &mut after).expect("registered");
        assert_verifies(&after, &format!("the module after `{}`", pass.name));
        for (name, args) in &g.calls {
            let want = interpret(before, name, args);
            let got = if pass.name == "legalize-i128" {
                let want = split_i128(want.clone());
                let got = interpret(&after, name, &legalized(args));
                assert!(got.agrees(&want), "`{}` changed {name}({args:?}): {got:?} vs {want:?}", pass.name);
                continue;
            } else {
                interpret(&after, name, args)
            };
            let exact = match (&got, &want) {
                (Outcome::Trapped(a), Outcome::Trapped(b)) => a == b,
                _ => got.agrees(&want),
            };
            assert!(
                exact,
                "`{}` changed {name}({args:?}): {got:?} vs {want:?}\n{}",
                pass.name,
                wasmir_syntax::print_module(before)
            );
        }
    }
}
