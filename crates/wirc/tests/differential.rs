//! Differential test: each Rust program in `tests/rust/` runs natively (stock rustc of the nightly
//! mir-export pins, with std) and through `mir-export` + `wirc` on wasmtime, on the inputs its
//! header lists; results must agree, traps included (a native panic is a wasm trap). Each
//! program is also exported with `mir-export --panic=message`: then every case that panics
//! natively must print the same panic message at the same line and column (`panicked at
//! FILE:LINE:COL:` and the message) on wasm.
//!
//! Header lines of a program (`//!` doc comments at the top):
//!   `//! diff: name(u32, i64) -> i32 ; inputs: 0,1 ; 5,-3`
//!   `//! flags: -C overflow-checks=on`   (passed to both rustc and mir-export)
//! Needs `target/release/mir-export` (built by `./x build`), or `MIR_EXPORT=/path/to/mir-export`.

mod common;

use common::{mir_export, nightly_channel, root};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use wasmir_opt::OptLevel;
use wirc::run::Runner;
use wirc::Options;

struct Case {
    name: String,
    params: Vec<String>,
    ret: String,
    /// Argument texts: integers (canonicalized by type, [`canon`]) or float literals (`1.5`,
    /// `-0.0`, `inf`, `-inf`, `nan`).
    inputs: Vec<Vec<String>>,
}

struct Program {
    path: PathBuf,
    flags: Vec<String>,
    cases: Vec<Case>,
}

fn parse_lit(s: &str) -> i128 {
    match s.trim() {
        "true" => 1,
        "false" => 0,
        t => t.replace('_', "").parse().unwrap_or_else(|_| panic!("bad input literal `{t}`")),
    }
}

fn parse_program(path: &Path) -> Program {
    let src = std::fs::read_to_string(path).unwrap_or_default();
    let mut p = Program { path: path.to_path_buf(), flags: Vec::new(), cases: Vec::new() };
    for line in src.lines() {
        let Some(rest) = line.strip_prefix("//!") else { continue };
        let rest = rest.trim();
        if let Some(f) = rest.strip_prefix("flags:") {
            p.flags.extend(f.split_whitespace().map(String::from));
        } else if let Some(d) = rest.strip_prefix("diff:") {
            let mut parts = d.split(';');
            let sig = parts.next().unwrap_or_default();
            let (name, rest) = sig.split_once('(').unwrap_or_else(|| panic!("{}: bad diff line", path.display()));
            let (params, ret) = rest.split_once(')').unwrap_or_default();
            let ret = ret.trim().trim_start_matches("->").trim().to_string();
            let params = params.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
            let mut inputs = Vec::new();
            for (i, part) in parts.enumerate() {
                let part = if i == 0 { part.trim().trim_start_matches("inputs:") } else { part };
                let part = part.trim();
                if part.is_empty() && i > 0 {
                    continue;
                }
                inputs.push(part.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect());
            }
            p.cases.push(Case { name: name.trim().to_string(), params, ret, inputs });
        }
    }
    p
}

fn is_float(ty: &str) -> bool {
    matches!(ty, "f32" | "f64")
}

/// A float argument as a Rust expression of type `ty`.
fn float_expr(ty: &str, text: &str) -> String {
    match text {
        "nan" => format!("{ty}::NAN"),
        "inf" => format!("{ty}::INFINITY"),
        "-inf" => format!("{ty}::NEG_INFINITY"),
        t => format!("({t}{ty})"),
    }
}

/// An argument as `wirc run` takes it: a float as written, an integer canonicalized.
fn arg_text(ty: &str, text: &str) -> String {
    if is_float(ty) {
        text.to_string()
    } else {
        canon(ty, parse_lit(text)).to_string()
    }
}

/// The value a Rust integer of type `ty` has after `as`-casting `v`, and the bits wasm carries
/// for it: WasmIR keeps narrow integers zero- or sign-extended to their i32/i64 slot.
fn canon(ty: &str, v: i128) -> i128 {
    match ty {
        "u8" => v as u8 as i128,
        "i8" => v as i8 as i128,
        "u16" => v as u16 as i128,
        "i16" => v as i16 as i128,
        "u32" | "usize" => v as u32 as i128,
        "i32" | "isize" => v as i32 as i128,
        "u64" => v as u64 as i128,
        "i64" => v as i64 as i128,
        // The bits; a u128 above i128::MAX is written as its negative two's-complement reading.
        "u128" | "i128" => v,
        "bool" => (v != 0) as i128,
        other => panic!("unsupported type `{other}` in a diff header"),
    }
}

/// How `wirc run` prints that value: the signed reading of its i32, i64 or i128 slot.
fn wasm_text(ty: &str, v: i128) -> String {
    match ty {
        "u64" | "i64" => (v as u64 as i64).to_string(),
        "u128" | "i128" => v.to_string(),
        _ => (v as u32 as i32).to_string(),
    }
}

/// A panic message reduced to what both sides print the same: `FILE:LINE:COL: MSG` with only the
/// file's name (the paths of the source and of core's sources differ between the two).
fn normalize_panic(text: &str) -> Option<String> {
    let rest = text.trim().strip_prefix("panicked at ")?;
    let (loc, msg) = rest.split_once(":\n").unwrap_or((rest.trim_end_matches(':'), ""));
    let mut parts = loc.rsplitn(3, ':');
    let (col, line, file) = (parts.next()?, parts.next()?, parts.next()?);
    let base = Path::new(file).file_name()?.to_string_lossy().into_owned();
    Some(format!("{base}:{line}:{col}: {msg}"))
}

/// Results of every case natively, and the panic message of each case that panicked.
fn native_results(p: &Program, dir: &Path) -> (Vec<String>, Vec<Option<String>>) {
    // A panic inside an `extern "C"` function aborts the process instead of unwinding, so the
    // driver runs one case per process, chosen by its index in argv[1]; an abort is a trap.
    let mut main = String::from("#![allow(warnings)]\n");
    let _ = writeln!(main, "#[path = {:?}] mod prog;", p.path.canonicalize().unwrap_or(p.path.clone()));
    // The hook prints the first panic's `panicked at FILE:LINE:COL:\nMSG` between markers (an
    // `extern "C"` function then panics again, "cannot unwind", and aborts).
    main.push_str("fn main() {\n    std::panic::set_hook(Box::new(|info| eprintln!(\"<panic>{info}</panic>\")));\n");
    main.push_str(
        "    let case: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0);\n    match case {\n",
    );
    let mut n = 0;
    for c in &p.cases {
        for input in &c.inputs {
            let args: Vec<String> = c
                .params
                .iter()
                .zip(input)
                .map(|(ty, text)| {
                    if is_float(ty) {
                        float_expr(ty, text)
                    } else if ty == "bool" {
                        format!("{}", canon(ty, parse_lit(text)) != 0)
                    } else {
                        format!("({}i128 as {ty})", canon(ty, parse_lit(text)))
                    }
                })
                .collect();
            // Floats print as `wirc run` prints them (Rust's `Debug`: shortest round trip, `NaN`).
            let call = format!("prog::{}({})", c.name, args.join(", "));
            let line = if is_float(&c.ret) {
                format!("println!(\"{{:?}}\", {call})")
            } else {
                format!("println!(\"{{}}\", {call} as i128)")
            };
            let _ = writeln!(main, "        {n} => {line},");
            n += 1;
        }
    }
    main.push_str("        _ => {}\n    }\n}\n");
    let stem = p.path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let src = dir.join(format!("{stem}_native.rs"));
    let exe = dir.join(format!("{stem}_native"));
    std::fs::write(&src, main).expect("write native driver");
    // The nightly mir-export is built with: its core is the one whose panic messages and line
    // numbers the wasm side prints (`RUSTC` overrides).
    let mut cmd = match std::env::var("RUSTC") {
        Ok(r) => Command::new(r),
        Err(_) => {
            let mut c = Command::new("rustup");
            c.args(["run", &nightly_channel(), "rustc"]).env_remove("RUSTUP_TOOLCHAIN");
            c
        }
    };
    let out =
        cmd.args(["--edition", "2021", "-O"]).args(&p.flags).arg(&src).arg("-o").arg(&exe).output().expect("run rustc");
    assert!(
        out.status.success(),
        "{}: native build failed:\n{}",
        p.path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut messages = Vec::new();
    let mut lines: Vec<String> = (0..n)
        .map(|i| {
            let run = Command::new(&exe).arg(i.to_string()).output().expect("run native driver");
            let text = String::from_utf8_lossy(&run.stdout).trim().to_string();
            let err = String::from_utf8_lossy(&run.stderr);
            let msg = err.split_once("<panic>").and_then(|(_, r)| r.split_once("</panic>")).map(|(m, _)| m);
            messages.push(msg.and_then(normalize_panic));
            if run.status.success() && !text.is_empty() {
                text
            } else {
                "trap".to_string()
            }
        })
        .collect();
    // Native prints Rust values; turn them into what the wasm side prints for the same value.
    let mut i = 0;
    for c in &p.cases {
        for _ in &c.inputs {
            if let Some(l) = lines.get_mut(i) {
                if l != "trap" && !is_float(&c.ret) {
                    let v: i128 = l.parse().unwrap_or_else(|_| panic!("native printed `{l}`"));
                    *l = wasm_text(&c.ret, canon(&c.ret, v));
                }
            }
            i += 1;
        }
    }
    (lines, messages)
}

/// The panic message each case prints on wasm when the program is exported with
/// `--panic=message` (at -O2); `None` for a case that returns.
fn wasm_panic_messages(p: &Program, dir: &Path) -> Vec<Option<String>> {
    let stem = p.path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let wir = dir.join(format!("{stem}.message.wir"));
    let out = Command::new(mir_export())
        .arg(&p.path)
        .arg("-o")
        .arg(&wir)
        .arg("--panic=message")
        .args(&p.flags)
        .output()
        .expect("run mir-export");
    assert!(
        out.status.success(),
        "{}: mir-export --panic=message failed:\n{}",
        p.path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let src = std::fs::read_to_string(&wir).expect("read .wir");
    let (parsed, _) = wasmir_syntax::parse(&src).unwrap_or_else(|d| panic!("{}: {d:?}", wir.display()));
    let wasm = wirc::compile(&src, &Options { opt_level: OptLevel::O2, ..Options::default() })
        .unwrap_or_else(|d| panic!("{}: wirc rejected the --panic=message module: {d:?}", p.path.display()));
    let runner = Runner::new(&wasm)
        .unwrap_or_else(|d| panic!("{d:?}"))
        .with_ir_signatures(wirc::run::export_signatures(&parsed));
    // The Cranelift backend provides `wasmrust.panic_write` too: the same messages.
    let (mut module, _) = wirc::check(&src).unwrap_or_else(|d| panic!("{d:?}"));
    wasmir_opt::run_pipeline(&mut module, OptLevel::O2);
    let cranelift =
        wirc::run::compile_native(&module).unwrap_or_else(|d| panic!("{}: native: {d:?}", p.path.display()));
    let message =
        |r: Result<Vec<wirc::run::Value>, wasmir_syntax::diag::Diagnostic>, input: &[String], name: &str| match r {
            Ok(_) => None,
            Err(d) if d.code == wirc::codes::TRAPPED => Some(
                d.args
                    .iter()
                    .find(|(k, _)| *k == "panic")
                    .and_then(|(_, m)| normalize_panic(m))
                    .unwrap_or_else(|| "trap without a message".into()),
            ),
            Err(d) => panic!("{}: {name}{input:?} with --panic=message: {d:?}", p.path.display()),
        };
    let mut out = Vec::new();
    for c in &p.cases {
        for input in &c.inputs {
            let args: Vec<String> = c.params.iter().zip(input).map(|(ty, t)| arg_text(ty, t)).collect();
            let wasm = message(runner.call_with_text(&c.name, &args), input, &c.name);
            let native = message(wirc::run::run_native(&cranelift, &c.name, &args), input, &c.name);
            assert_eq!(native, wasm, "{}: {}{input:?}: panic message on Cranelift vs wasm", p.path.display(), c.name);
            out.push(wasm);
        }
    }
    out
}

/// Results of every case, as `(wasm on wasmtime, the IR after the same optimizations on the
/// reference interpreter, the same IR on the Cranelift backend)`.
fn wasm_results(p: &Program, dir: &Path, level: OptLevel) -> (Vec<String>, Vec<String>, Vec<String>) {
    let stem = p.path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let wir = dir.join(format!("{stem}.wir"));
    let exe = mir_export();
    assert!(exe.exists(), "{} is missing: build it with `./x build` (or set MIR_EXPORT)", exe.display());
    let out = Command::new(&exe).arg(&p.path).arg("-o").arg(&wir).args(&p.flags).output().expect("run mir-export");
    assert!(out.status.success(), "{}: mir-export failed:\n{}", p.path.display(), String::from_utf8_lossy(&out.stderr));
    let src = std::fs::read_to_string(&wir).expect("read .wir");
    // mir-export prints with the canonical printer: its output is a fixpoint of `wirc fmt`.
    let (parsed, _) = wasmir_syntax::parse(&src).unwrap_or_else(|d| panic!("{}: {d:?}", wir.display()));
    assert_eq!(
        wasmir_syntax::print_module(&parsed),
        src,
        "{}: not in canonical form (`wirc fmt --check`)",
        wir.display()
    );
    let wasm = wirc::compile(&src, &Options { opt_level: level, verify_each_pass: true, ..Options::default() })
        .unwrap_or_else(|d| {
            let msgs = wasmir_syntax::diag::Messages::new(wasmir_syntax::diag::Locale::EnUs);
            panic!(
                "{}: wirc rejected mir-export's output:\n{}",
                p.path.display(),
                wasmir_syntax::diag::render(&msgs, &wir.display().to_string(), &src, &d)
            )
        });
    // With the IR signatures, a u128 argument or result is one value (two i64 on wasm).
    let runner = Runner::new(&wasm)
        .unwrap_or_else(|d| panic!("{d:?}"))
        .with_ir_signatures(wirc::run::export_signatures(&parsed));
    let (mut module, _) = wirc::check(&src).unwrap_or_else(|d| panic!("{d:?}"));
    wasmir_opt::run_pipeline(&mut module, level);
    let cranelift =
        wirc::run::compile_native(&module).unwrap_or_else(|d| panic!("{}: native: {d:?}", p.path.display()));
    let show = |r: Result<Vec<wirc::run::Value>, wasmir_syntax::diag::Diagnostic>, what: &str| match r {
        Ok(vals) => vals.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", "),
        Err(d) if d.code == wirc::codes::TRAPPED => "trap".into(),
        Err(d) => panic!("{}: {what}: {d:?}", p.path.display()),
    };
    let (mut wasm_out, mut interp_out, mut cranelift_out) = (Vec::new(), Vec::new(), Vec::new());
    for c in &p.cases {
        for input in &c.inputs {
            let args: Vec<String> = c.params.iter().zip(input).map(|(ty, t)| arg_text(ty, t)).collect();
            let what = format!("{}({args:?})", c.name);
            wasm_out.push(show(runner.call_with_text(&c.name, &args), &what));
            interp_out.push(show(wirc::run::interpret(&module, &c.name, &args), &what));
            cranelift_out.push(show(wirc::run::run_native(&cranelift, &c.name, &args), &what));
        }
    }
    (wasm_out, interp_out, cranelift_out)
}

#[test]
fn rust_programs_agree_with_native() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("differential");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("tests/rust"))
        .expect("tests/rust exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 8, "at least 8 differential programs");
    let mut checked = 0;
    let mut panics = 0;
    for path in paths {
        let p = parse_program(&path);
        assert!(!p.cases.is_empty(), "{}: no `//! diff:` line", path.display());
        let (native, native_panics) = native_results(&p, &dir);
        let wasm_panics = wasm_panic_messages(&p, &dir);
        let mut i = 0;
        for c in &p.cases {
            for input in &c.inputs {
                if native.get(i).is_some_and(|r| r == "trap") {
                    assert_eq!(
                        wasm_panics.get(i).cloned().flatten(),
                        native_panics.get(i).cloned().flatten(),
                        "{}: {}{:?}: panic message with --panic=message vs native",
                        path.display(),
                        c.name,
                        input
                    );
                    panics += 1;
                }
                i += 1;
            }
        }
        for level in [OptLevel::O0, OptLevel::O2] {
            let (wasm, interp, cranelift) = wasm_results(&p, &dir, level);
            let mut i = 0;
            for c in &p.cases {
                for input in &c.inputs {
                    assert_eq!(
                        wasm.get(i),
                        native.get(i),
                        "{}: {}{:?} at {level:?}: wasm vs native",
                        path.display(),
                        c.name,
                        input
                    );
                    assert_eq!(
                        interp.get(i),
                        native.get(i),
                        "{}: {}{:?} at {level:?}: interpreter vs native",
                        path.display(),
                        c.name,
                        input
                    );
                    assert_eq!(
                        cranelift.get(i),
                        native.get(i),
                        "{}: {}{:?} at {level:?}: the Cranelift backend vs native",
                        path.display(),
                        c.name,
                        input
                    );
                    i += 1;
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 100, "only {checked} comparisons");
    eprintln!("{checked} results and {panics} panic messages agree with native");
    assert!(panics >= 50, "only {panics} panic messages compared");
}

/// Same source, same bytes: exporting twice gives identical `.wir`, compiling twice identical wasm.
#[test]
fn output_is_deterministic() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("determinism");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let exe = mir_export();
    assert!(exe.exists(), "{} is missing: build it with `./x build` (or set MIR_EXPORT)", exe.display());
    for name in ["recursion", "minmax_match", "overflow"] {
        let prog = parse_program(&root().join(format!("tests/rust/{name}.rs")));
        let mut texts = Vec::new();
        for i in 0..2 {
            let wir = dir.join(format!("{name}.{i}.wir"));
            let out = Command::new(&exe)
                .arg(&prog.path)
                .arg("-o")
                .arg(&wir)
                .args(&prog.flags)
                .output()
                .expect("run mir-export");
            assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
            texts.push(std::fs::read(&wir).expect("read .wir"));
        }
        assert_eq!(texts[0], texts[1], "{name}: mir-export output differs between runs");
        let src = String::from_utf8(texts.remove(0)).expect("UTF-8");
        let a = wirc::compile(&src, &Options::default()).expect("compiles");
        let b = wirc::compile(&src, &Options::default()).expect("compiles");
        assert_eq!(a, b, "{name}: wirc output differs between runs");
    }
}
