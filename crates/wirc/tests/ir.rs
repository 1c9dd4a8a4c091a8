//! Golden-file tests: every `.wir` file under `tests/ir/` carries its expectations in comments
//! (see `tests/ir/README.md`), and its output is an insta snapshot in `tests/ir/snapshots/`.
//! `INSTA_UPDATE=always cargo test --release -p wirc --test ir` rewrites the snapshots.
//!
//! As in Cranelift's filetests, the header names the test kinds and their options, an unknown
//! directive is an error (a typo must not silently disable a check), and an expected diagnostic
//! is written on the line it concerns: `%x = i32.add %a, %b  ; error: E0203`.

use std::path::Path;
use wasmir_opt::OptLevel;
use wasmir_syntax::diag::{render, Locale, Messages};
use wasmir_syntax::print_module;
use wirc::run::Runner;
use wirc::Options;

/// The directives of one test file.
#[derive(Default, Debug)]
struct Header {
    tests: Vec<String>,
    /// `; error: CODE` in the header: diagnostics that concern no line of their own (a missing
    /// header, say), matched in order after the per-line ones.
    errors: Vec<String>,
    /// `; error: CODE` after code on line N (1-based): a diagnostic whose primary span starts
    /// on that line.
    line_errors: Vec<(usize, String)>,
    passes: Vec<String>,
    runs: Vec<String>,
    opt_level: Option<String>,
}

/// A directive is `; key: value` with a lowercase key (`test`, `opt-level`); a header comment
/// in prose (`; Loops exit: ...`) has spaces or capitals before its colon and is no directive.
fn directive(comment: &str) -> Option<(&str, &str)> {
    let (key, val) = comment.split_once(':')?;
    let key = key.trim();
    let is_key = !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    is_key.then_some((key, val.trim()))
}

fn header(path: &Path, src: &str) -> Header {
    let mut h = Header::default();
    let mut in_header = true;
    for (i, line) in src.lines().enumerate() {
        let t = line.trim();
        if in_header {
            if t.is_empty() {
                continue;
            }
            if let Some(rest) = t.strip_prefix(';') {
                let Some((key, val)) = directive(rest) else { continue };
                let val = val.to_string();
                match key {
                    "test" => h.tests.push(val),
                    "error" => h.errors.push(val),
                    "passes" => {
                        h.passes = val.split(',').map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
                    }
                    "run" => h.runs.push(val),
                    "opt-level" => h.opt_level = Some(val),
                    other => panic!("{}:{}: unknown directive `; {other}:`", path.display(), i + 1),
                }
                continue;
            }
            in_header = false;
        }
        // After the header: expectations trail the code they concern.
        if let Some(comment) = t.strip_prefix(';') {
            if let Some((key, _)) = directive(comment) {
                if matches!(key, "test" | "error" | "passes" | "run" | "opt-level") {
                    panic!("{}:{}: `; {key}:` belongs in the header or after code on its line", path.display(), i + 1);
                }
            }
            continue;
        }
        // A trailing comment is an expectation when its value is a diagnostic code (`E0203`);
        // other trailing comments are prose, even with a colon.
        if let Some((_, comment)) = line.split_once(';') {
            if let Some((key, val)) = directive(comment) {
                // `; error: E0203` or `; error: E0203, E0204` for two diagnostics on one line.
                let codes: Vec<&str> = val.split(',').map(str::trim).collect();
                let is_code =
                    |c: &str| c.len() == 5 && c.starts_with('E') && c[1..].bytes().all(|b| b.is_ascii_digit());
                let all_codes = codes.iter().all(|c| is_code(c));
                match key {
                    "error" if all_codes => h.line_errors.extend(codes.iter().map(|c| (i + 1, c.to_string()))),
                    _ if all_codes => panic!("{}:{}: unknown directive `; {key}:`", path.display(), i + 1),
                    _ => {}
                }
            }
        }
    }
    h
}

/// The 1-based line of byte offset `at`.
fn line_of(src: &str, at: u32) -> usize {
    src.as_bytes().iter().take(at as usize).filter(|&&b| b == b'\n').count() + 1
}

fn level(s: &str) -> OptLevel {
    match s {
        "0" => OptLevel::O0,
        "1" => OptLevel::O1,
        _ => OptLevel::O2,
    }
}

fn rel(path: &Path) -> String {
    // Paths relative to tests/ir, so that names and rendered diagnostics are the same on every
    // machine and in every clone.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ir");
    let root = root.canonicalize().unwrap_or(root);
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    path.strip_prefix(&root).unwrap_or(&path).display().to_string()
}

/// Snapshot `kind` of the file being tested; `glob!` appends the file's path to the name
/// (`tests/ir/snapshots/wat@emit__calls.wir.snap`).
fn snapshot(path: &Path, kind: &str, text: &str) {
    insta::with_settings!({
        snapshot_path => "../../../tests/ir/snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
        input_file => path,
    }, {
        insta::assert_snapshot!(kind, text);
    });
}

fn render_en(path: &Path, src: &str, diags: &[wasmir_syntax::diag::Diagnostic]) -> String {
    render(&Messages::new(Locale::EnUs), &rel(path), src, diags)
}

fn check_ok(path: &Path, src: &str) -> (wasmir_syntax::ir::Module, wasmir_syntax::ir::SourceMap) {
    match wirc::check(src) {
        Ok(m) => m,
        Err(d) => panic!("{}: expected a valid module:\n{}", path.display(), render_en(path, src, &d)),
    }
}

fn roundtrip(path: &Path, src: &str) {
    let (m, _) = check_ok(path, src);
    let text = print_module(&m);
    let (m2, _) = wasmir_syntax::parse(&text)
        .unwrap_or_else(|d| panic!("{}: reparse failed:\n{}", path.display(), render_en(path, &text, &d)));
    assert_eq!(print_module(&m2), text, "{}: print is not a fixpoint of print∘parse", path.display());
    snapshot(path, "roundtrip", &text);
}

fn verify(path: &Path, src: &str, h: &Header) {
    let diags = match wirc::check(src) {
        Err(d) => d,
        Ok((mut m, spans)) => {
            match wirc::compile_module(
                &mut m,
                &spans,
                &Options { opt_level: OptLevel::O0, verify_each_pass: true, ..Options::default() },
            ) {
                Err(d) => d,
                Ok(_) => Vec::new(),
            }
        }
    };
    assert!(
        !h.errors.is_empty() || !h.line_errors.is_empty(),
        "{}: a verify test lists its `; error:` codes",
        path.display()
    );
    // Per-line expectations first: each takes a diagnostic of its code on its line.
    let mut rest: Vec<(usize, String)> =
        diags.iter().map(|d| (line_of(src, d.span.start), d.code.to_string())).collect();
    let mut missing = Vec::new();
    for (line, code) in &h.line_errors {
        match rest.iter().position(|(l, c)| l == line && c == code) {
            Some(i) => {
                rest.remove(i);
            }
            None => missing.push(format!("{code} on line {line}")),
        }
    }
    let rest_codes: Vec<String> = rest.iter().map(|(_, c)| c.clone()).collect();
    assert!(
        missing.is_empty() && rest_codes == h.errors,
        "{}: expected {missing:?} (per line) and {:?} (header); unmatched diagnostics {rest:?}\n{}",
        path.display(),
        h.errors,
        render_en(path, src, &diags)
    );
    snapshot(path, "diagnostics", &render_en(path, src, &diags));
}

fn compile(path: &Path, src: &str, h: &Header) {
    let opts = Options {
        opt_level: level(h.opt_level.as_deref().unwrap_or("0")),
        verify_each_pass: true,
        ..Options::default()
    };
    let wasm =
        wirc::compile(src, &opts).unwrap_or_else(|d| panic!("{}:\n{}", path.display(), render_en(path, src, &d)));
    wirc::validate(&wasm).unwrap_or_else(|_| panic!("{}: invalid wasm", path.display()));
    snapshot(path, "wat", &wirc::to_wat(&wasm).unwrap_or_default());
}

/// The IR before and after the passes as a unified diff: a golden file shows what the passes
/// changed, not the whole module again.
fn diff(before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after).unified_diff().context_radius(2).header("before", "after").to_string()
}

fn opt(path: &Path, src: &str, h: &Header) {
    let (mut m, _) = check_ok(path, src);
    let before = print_module(&m);
    assert!(!h.passes.is_empty(), "{}: an opt test lists `; passes:`", path.display());
    for p in &h.passes {
        if p == "default" {
            wasmir_opt::run_pipeline(&mut m, OptLevel::O2);
        } else {
            let _changed =
                wasmir_opt::run_pass(p, &mut m).unwrap_or_else(|_| panic!("{}: unknown pass {p}", path.display()));
        }
        let errs = wasmir_verify::verify(&m, &Default::default());
        assert!(errs.is_empty(), "{}: pass {p} broke the IR:\n{}\n{:?}", path.display(), print_module(&m), errs);
    }
    snapshot(path, "opt", &diff(&before, &print_module(&m)));
}

/// `f(1, -2) -> 3` / `f() -> trap` / `f() -> trap(memory-out-of-bounds)` / `f(1) ->` (no
/// results) / `f(1) -> 1, 2`.
fn parse_run(line: &str) -> (String, Vec<String>, String) {
    let (call, expect) = line.split_once("->").unwrap_or((line, ""));
    let call = call.trim();
    let (name, args) = call.split_once('(').unwrap_or((call, ")"));
    let args = args.trim_end().trim_end_matches(')');
    let args = args.split(',').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
    (name.trim().to_string(), args, expect.trim().to_string())
}

/// How a trap reads in a `; run:` line: `trap`, or `trap(KIND)` when the line names a kind.
/// wasm has no kind of its own for checked overflow and the shadow stack's overflow (both are
/// `unreachable`, spec §12.11): on wasm those expectations also accept `unreachable`; wasmtime
/// says `undefined-element` for a table access out of bounds.
fn trap_text(d: &wasmir_syntax::diag::Diagnostic, expect: &str, on_wasm: bool) -> String {
    let Some(want) = expect.strip_prefix("trap(").and_then(|k| k.strip_suffix(')')) else {
        return "trap".to_string();
    };
    let kind = d.args.iter().find(|(k, _)| *k == "trap").map(|(_, v)| v.to_string()).unwrap_or_default();
    // wasmtime reports `table.get`/`table.set` out of bounds as it does `call_indirect` past the
    // table: `undefined-element`.
    let same = kind == want
        || (on_wasm && kind == "unreachable" && matches!(want, "checked-overflow" | "stack-overflow"))
        || (on_wasm && kind == "undefined-element" && want == "table-out-of-bounds");
    if same {
        expect.to_string()
    } else {
        format!("trap({kind})")
    }
}

fn run(path: &Path, src: &str, h: &Header) {
    assert!(!h.runs.is_empty(), "{}: a run test lists `; run:` lines", path.display());
    // The reference interpreter on the IR as written must give the expected results too.
    let (m, _) = check_ok(path, src);
    for line in &h.runs {
        let (name, args, expect) = parse_run(line);
        let got = match wirc::run::interpret(&m, &name, &args) {
            Ok(vals) => vals.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", "),
            Err(d) if d.code == wirc::codes::TRAPPED => trap_text(&d, &expect, false),
            Err(d) => panic!("{}: {line}: {d:?}", path.display()),
        };
        assert_eq!(got, expect, "{}: {line} on the interpreter", path.display());
    }
    // The native backend (Cranelift) on the IR as written and after the optimizations of -O2:
    // the same results and trap kinds as the interpreter.
    for lvl in [OptLevel::O0, OptLevel::O2] {
        let mut opt = m.clone();
        if lvl != OptLevel::O0 {
            wasmir_opt::run_pipeline(&mut opt, lvl);
        }
        let native = wirc::run::compile_native(&opt).unwrap_or_else(|d| panic!("{}: native: {d:?}", path.display()));
        for line in &h.runs {
            let (name, args, expect) = parse_run(line);
            let got = match wirc::run::run_native(&native, &name, &args) {
                Ok(vals) => vals.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", "),
                Err(d) if d.code == wirc::codes::TRAPPED => trap_text(&d, &expect, false),
                Err(d) => panic!("{}: {line}: {d:?}", path.display()),
            };
            assert_eq!(got, expect, "{}: {line} on the native backend at {lvl:?}", path.display());
        }
    }
    // Every run test runs unoptimized and optimized: both must agree with the expectation.
    for lvl in [OptLevel::O0, OptLevel::O2] {
        let opts = Options { opt_level: lvl, verify_each_pass: true, ..Options::default() };
        let wasm =
            wirc::compile(src, &opts).unwrap_or_else(|d| panic!("{}:\n{}", path.display(), render_en(path, src, &d)));
        // The IR signatures: an `i128` is one argument or result, two `i64` on wasm.
        let runner = Runner::new(&wasm)
            .unwrap_or_else(|d| panic!("{}: {d:?}", path.display()))
            .with_ir_signatures(wirc::run::export_signatures(&m));
        for line in &h.runs {
            let (name, args, expect) = parse_run(line);
            let got = match runner.call_with_text(&name, &args) {
                Ok(vals) => vals.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", "),
                Err(d) if d.code == wirc::codes::TRAPPED => trap_text(&d, &expect, true),
                Err(d) => panic!("{}: {line}: {d:?}", path.display()),
            };
            assert_eq!(got, expect, "{}: {line} at {lvl:?}", path.display());
        }
    }
}

#[test]
fn ir_files() {
    insta::glob!("../../../tests/ir", "**/*.wir", |path| {
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let h = header(path, &src);
        assert!(!h.tests.is_empty(), "{}: no `; test:` line", path.display());
        for test in &h.tests {
            match test.as_str() {
                "roundtrip" => roundtrip(path, &src),
                "verify" => verify(path, &src, &h),
                "compile" => compile(path, &src, &h),
                "opt" => opt(path, &src, &h),
                "run" => run(path, &src, &h),
                other => panic!("{}: unknown `; test: {other}`", path.display()),
            }
        }
    });
}
