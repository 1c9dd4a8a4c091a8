//! The `wirc` command line as a user types it: exit codes, where output goes, and that a failed
//! compilation writes nothing.

use std::path::PathBuf;
use std::process::{Command, Output};

fn wirc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wirc"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("run wirc")
}

fn dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

const GOOD: &str = "wasmir 0.1\n\nexport \"div\" fn @div\n\nfn @div(i32, i32) -> i32 {\n^entry(%a: i32, %b: i32):\n    %q = i32.div_s %a, %b\n    return %q\n}\n";

fn s(p: &std::path::Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn malformed_input_is_a_diagnostic_exit_1_and_no_output() {
    let d = dir("malformed");
    let src = d.join("bad.wir");
    let out = d.join("bad.wasm");
    // An operand of the wrong type (verifier), a syntax error (parser), an unknown value (resolver).
    for (i, text) in [
        "wasmir 0.1\nfn @f(i32) -> i64 {\n^e(%x: i32):\n    return %x\n}\n",
        "wasmir 0.1\nfn @f(i32) -> i32 {\n^e(%x: i32)\n    return %x\n}\n",
        "wasmir 0.1\nfn @f(i32) -> i32 {\n^e(%x: i32):\n    return %y\n}\n",
    ]
    .iter()
    .enumerate()
    {
        std::fs::write(&src, text).expect("write");
        let o = wirc(&[s(&src), "-o", s(&out)]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "case {i}: {err}");
        assert!(err.contains("error[E0"), "case {i}: no code in {err}");
        assert!(err.contains("bad.wir:4:"), "case {i}: no file:line:col span in {err}");
        assert!(err.contains("help:"), "case {i}: no hint in {err}");
        assert!(!out.exists(), "case {i}: an output file was written");
        assert!(!d.join("bad.wasm.wirc-tmp").exists(), "case {i}: a temporary file was left");
    }
}

#[test]
fn compile_then_run_the_wasm() {
    let d = dir("run");
    let src = d.join("div.wir");
    std::fs::write(&src, GOOD).expect("write");
    let wasm = d.join("div.wasm");
    let o = wirc(&[s(&src), "-o", s(&wasm)]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&wasm).expect("output written");
    assert!(bytes.starts_with(b"\0asm"));
    // `wirc run` takes .wir and .wasm alike; negative arguments are arguments, not flags.
    for file in [&src, &wasm] {
        let o = wirc(&["run", s(file), "--invoke", "div", "-7", "2"]);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "-3\n");
        assert_eq!(o.status.code(), Some(0));
    }
    let o = wirc(&["run", s(&wasm), "--invoke", "div", "1", "0"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("error[E0424]") && err.contains("divide by zero"), "{err}");
    let o = wirc(&["run", s(&wasm), "--invoke", "nope"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("div"), "the hint lists the exports");
    let o = wirc(&["run", s(&wasm), "--invoke", "div", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("E0422"));
}

#[test]
fn run_on_the_interpreter() {
    let d = dir("interp");
    let src = d.join("div.wir");
    std::fs::write(&src, GOOD).expect("write");
    for level in ["-O0", "-O2"] {
        let o = wirc(&["run", s(&src), level, "--backend", "interp", "--invoke", "div", "-7", "2"]);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "-3\n");
        assert_eq!(o.status.code(), Some(0));
    }
    // The same errors as on wasmtime, the trap named by its kind (spec §1.3) and function.
    let o = wirc(&["run", s(&src), "--backend", "interp", "--invoke", "div", "1", "0"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("error[E0424]") && err.contains("integer divide by zero in @div"), "{err}");
    let o = wirc(&["run", s(&src), "--backend", "interp", "--invoke", "div", "1"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("E0422"));
    // A wasm binary has no IR to interpret.
    let wasm = d.join("div.wasm");
    assert_eq!(wirc(&[s(&src), "-o", s(&wasm)]).status.code(), Some(0));
    let o = wirc(&["run", s(&wasm), "--backend", "interp", "--invoke", "div", "1", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("E0426"));
}

/// `--backend native` (Cranelift in process) prints what the interpreter prints: results,
/// traps by kind and function, the same errors; a wasm binary is E0426 naming the backend.
#[test]
fn run_on_the_native_backend() {
    let d = dir("native");
    let src = d.join("div.wir");
    std::fs::write(&src, GOOD).expect("write");
    for level in ["-O0", "-O2"] {
        let o = wirc(&["run", s(&src), level, "--backend", "native", "--invoke", "div", "-7", "2"]);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "-3\n");
        assert_eq!(o.status.code(), Some(0));
    }
    let o = wirc(&["run", s(&src), "--backend", "native", "--invoke", "div", "1", "0"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("error[E0424]") && err.contains("integer divide by zero in @div"), "{err}");
    let o = wirc(&["run", s(&src), "--backend", "native", "--invoke", "div", "1"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("E0422"));
    let o = wirc(&["run", s(&src), "--backend", "native", "--invoke", "nope"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("E0421"));
    let wasm = d.join("div.wasm");
    assert_eq!(wirc(&[s(&src), "-o", s(&wasm)]).status.code(), Some(0));
    let o = wirc(&["run", s(&wasm), "--backend", "native", "--invoke", "div", "1", "1"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("E0426") && err.contains("native backend") && err.contains("--backend native"), "{err}");
    // An import the host does not provide: E0423, as on the other backends.
    let imp = d.join("imp.wir");
    let text = "wasmir 0.2\n\nimport \"env\" \"f\" fn @f() -> i32\nexport \"g\" fn @g\n\nfn @g() -> i32 {\n^e:\n    %r = call @f()\n    return %r\n}\n";
    std::fs::write(&imp, text).expect("write");
    let o = wirc(&["run", s(&imp), "--backend", "native", "--invoke", "g"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("E0423"), "{err}");
}

/// A trap names the source location of the instruction that raised it (D9): from the module's
/// `wasmir.locs` section on wasmtime (.wir compiled at -O0 and -O2, or a .wasm file), from the IR
/// on the interpreter; in every language.
#[test]
fn trap_messages_name_the_source_location() {
    let d = dir("trap-loc");
    let src = d.join("lib.wir");
    let text = "wasmir 0.2\n\nexport \"f\" fn @f\n\nfn @f(i32) -> i32 loc \"src/lib.rs\" 5:1 {\n^entry(%x: i32):\n    \
                %one = i32.const 1 loc 6:5\n    %y = i32.div_s %one, %x loc \"src/lib.rs\" 7:13\n    return %y loc 8:5\n}\n";
    std::fs::write(&src, text).expect("write");
    let wasm = d.join("lib.wasm");
    assert_eq!(wirc(&[s(&src), "-o", s(&wasm)]).status.code(), Some(0));
    let run = |extra: &[&str], lang: Option<&str>| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_wirc"));
        c.arg("run").args(extra).args(["--invoke", "f", "0"]).env_remove("LANG").env_remove("LC_ALL");
        c.env_remove("WIRC_LANG").env_remove("LC_MESSAGES");
        if let Some(l) = lang {
            c.env("LANG", l);
        }
        let o = c.output().expect("run wirc");
        assert_eq!(o.status.code(), Some(1), "{extra:?}");
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    let cases: [&[&str]; 7] = [
        &[s(&src)],
        &[s(&src), "-O2"],
        &[s(&wasm)],
        &[s(&src), "--backend", "interp"],
        &[s(&src), "-O2", "--backend", "interp"],
        &[s(&src), "--backend", "native"],
        &[s(&src), "-O2", "--backend", "native"],
    ];
    for extra in cases {
        let err = run(extra, None);
        assert!(err.contains("error[E0424]") && err.contains("integer divide by zero"), "{extra:?}: {err}");
        assert!(err.contains(" at src/lib.rs:7:13"), "{extra:?}: {err}");
        let err = run(extra, Some("fr_FR.UTF-8"));
        assert!(err.contains("division entière par zéro") && err.contains(" à src/lib.rs:7:13"), "{extra:?}: {err}");
    }
    // Without locations, no location and no section.
    std::fs::write(d.join("plain.wir"), GOOD).expect("write");
    let o = wirc(&["run", s(&d.join("plain.wir")), "--invoke", "div", "1", "0"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("divide by zero") && !err.contains(" at "), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(wirc(&[]).status.code(), Some(2));
    assert_eq!(wirc(&["build"]).status.code(), Some(2));
    assert_eq!(wirc(&["run", "x.wir"]).status.code(), Some(2), "--invoke is required");
    assert_eq!(wirc(&["--no-such-flag"]).status.code(), Some(2));
}

#[test]
fn emit_wat_to_stdout_and_fmt() {
    let d = dir("fmt");
    let src = d.join("messy.wir");
    std::fs::write(&src, GOOD.replace("    ", "  ").replace("\n\n", "\n ; comment\n")).expect("write");
    let o = wirc(&["build", s(&src), "--emit", "wat", "-o", "-"]);
    let wat = String::from_utf8_lossy(&o.stdout);
    assert!(wat.starts_with("(module") && wat.contains("i32.div_s") && wat.contains("$div"), "{wat}");
    assert_eq!(wirc(&["fmt", "--check", s(&src)]).status.code(), Some(1));
    let o = wirc(&["fmt", s(&src)]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), GOOD);
    assert_eq!(wirc(&["fmt", "--write", s(&src)]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&src).expect("read"), GOOD);
    assert_eq!(wirc(&["fmt", "--check", s(&src)]).status.code(), Some(0));
    assert_eq!(wirc(&["check", s(&src)]).status.code(), Some(0));
}

#[test]
fn diagnostics_speak_french() {
    let d = dir("fr");
    let src = d.join("bad.wir");
    std::fs::write(&src, "wasmir 0.1\nfn @f() -> i32 {\n^e:\n    return\n}\n").expect("write");
    let o =
        Command::new(env!("CARGO_BIN_EXE_wirc")).args(["check", s(&src)]).env("WIRC_LANG", "fr").output().expect("run");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("error[E0212]"), "{err}");
    assert!(err.contains("opérande"), "not French: {err}");
}

/// Every language, chosen by the POSIX locale variables or `--lang`: the same code, the headline
/// in that language (not the English one), and `--lang` over the environment. For a type error
/// and for an ownership error (whose labels and hint come from the catalogue too).
#[test]
fn diagnostics_speak_every_language_with_the_same_code() {
    let d = dir("langs");
    let type_error = d.join("bad.wir");
    std::fs::write(&type_error, "wasmir 0.1\nfn @f() -> i32 {\n^e:\n    return\n}\n").expect("write");
    let ownership_error = d.join("moved.wir");
    std::fs::write(
        &ownership_error,
        "wasmir 0.3\nimport \"env\" \"eat\" fn @eat(linear i32)\n\
         fn @f(linear i32) {\n^e(%h: linear i32):\n    call @eat(%h)\n    call @eat(%h)\n    return\n}\n",
    )
    .expect("write");
    for (src, code) in [(&type_error, "E0212"), (&ownership_error, "E0257")] {
        let run = |env: &[(&str, &str)], extra: &[&str]| {
            let mut c = Command::new(env!("CARGO_BIN_EXE_wirc"));
            c.args(["check", s(src)]).args(extra).env_remove("WIRC_LANG").env_remove("LC_ALL");
            c.env_remove("LC_MESSAGES").env_remove("LANG");
            for (k, v) in env {
                c.env(k, v);
            }
            let o = c.output().expect("run");
            assert_eq!(o.status.code(), Some(1));
            String::from_utf8_lossy(&o.stderr).into_owned()
        };
        let english = run(&[], &[]);
        assert!(english.contains(&format!("error[{code}]")), "{english}");
        let headline = |text: &str| text.lines().next().unwrap_or_default().to_string();
        let last = |text: &str| text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default().to_string();
        for lang in ["zh_CN.UTF-8", "hi_IN.UTF-8", "es_ES.UTF-8", "ar_EG.UTF-8", "fr_FR.UTF-8"] {
            for (env, extra) in [(vec![("LANG", lang)], vec![]), (vec![("LC_ALL", "C")], vec!["--lang", lang])] {
                let err = run(&env, &extra);
                assert!(err.contains(&format!("error[{code}]")), "{lang}: {err}");
                assert_ne!(headline(&err), headline(&english), "{lang} prints English: {err}");
                assert_ne!(last(&err), last(&english), "{lang} prints an English hint: {err}");
                assert!(!err.contains("{$") && !err.contains("{ $"), "{lang}: unbound argument: {err}");
            }
        }
        // `--lang` wins over the environment; LC_ALL over LANG.
        assert_eq!(headline(&run(&[("LANG", "es_ES.UTF-8")], &["--lang", "en"])), headline(&english));
        assert_eq!(headline(&run(&[("LANG", "es_ES.UTF-8"), ("LC_ALL", "C")], &[])), headline(&english));
    }
}

/// A closed pipe ends wirc quietly with the exit code the command would have had; `print!` used to
/// panic (exit 101). Exit code 101 is also what any other panic gives, whatever stderr shows.
mod closed_pipes {
    use super::{dir, s, GOOD};
    use std::io::Read;
    use std::process::{Command, ExitStatus, Stdio};

    /// A valid module of `n` statements: its canonical text is far larger than a pipe's buffer
    /// (64 KiB on Linux), so that `fmt` is still writing when the reader goes away.
    fn big_module(n: usize) -> String {
        let body: String = (0..n).map(|i| format!("    %v{i} = i32.add %a, %a\n")).collect();
        format!("wasmir 0.1\n\nfn @f(i32) -> i32 {{\n^e(%a: i32):\n{body}    return %a\n}}\n")
    }

    /// `n` unknown values with long names: even capped, the diagnostics outgrow a pipe's buffer.
    fn many_errors(n: usize) -> String {
        let long = "x".repeat(2000);
        let body: String = (0..n).map(|i| format!("    %v{i} = i32.add %a, %{long}{i}\n")).collect();
        format!("wasmir 0.1\n\nfn @f(i32) -> i32 {{\n^e(%a: i32):\n{body}    return %a\n}}\n")
    }

    fn wirc() -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_wirc"));
        c.env_remove("LANG").env_remove("LC_ALL").stdin(Stdio::null());
        c
    }

    /// Runs wirc with stdout (`stderr == false`) or stderr piped, reads a few bytes of it, closes
    /// it, and waits.
    fn read_a_little_then_close(args: &[&str], stderr: bool) -> (ExitStatus, usize) {
        let mut cmd = wirc();
        cmd.args(args);
        if stderr {
            cmd.stdout(Stdio::null()).stderr(Stdio::piped());
        } else {
            cmd.stdout(Stdio::piped()).stderr(Stdio::null());
        }
        let mut child = cmd.spawn().expect("spawn wirc");
        let mut buf = [0u8; 10];
        let n = match (child.stdout.take(), child.stderr.take()) {
            (Some(mut out), _) => out.read(&mut buf).expect("read stdout"),
            (_, Some(mut err)) => err.read(&mut buf).expect("read stderr"),
            _ => 0,
        };
        // Both pipe ends were moved out of `child` and are dropped here: the pipe is closed.
        (child.wait().expect("wait for wirc"), n)
    }

    /// Runs wirc with stdout or stderr a pipe whose reader is closed before wirc starts, so that
    /// its first write on that stream fails, whatever the size of the output.
    fn with_closed(args: &[&str], stderr: bool) -> ExitStatus {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let mut cmd = wirc();
        cmd.args(args);
        if stderr {
            cmd.stdout(Stdio::null()).stderr(writer);
        } else {
            cmd.stdout(writer).stderr(Stdio::null());
        }
        cmd.status().expect("run wirc")
    }

    #[test]
    fn fmt_into_a_pipe_closed_early_exits_0() {
        let d = dir("pipe-fmt");
        let big = d.join("big.wir");
        std::fs::write(&big, big_module(50_000)).expect("write");
        let (status, n) = read_a_little_then_close(&["fmt", s(&big)], false);
        assert_eq!(n, 10, "fmt printed something first");
        assert_eq!(status.code(), Some(0), "{status}");
    }

    #[test]
    fn check_with_stderr_closed_early_exits_1() {
        let d = dir("pipe-check");
        let errs = d.join("errs.wir");
        std::fs::write(&errs, many_errors(500)).expect("write");
        let (status, n) = read_a_little_then_close(&["check", s(&errs)], true);
        assert_eq!(n, 10, "check printed diagnostics first");
        assert_eq!(status.code(), Some(1), "{status}");
    }

    #[test]
    fn every_command_keeps_its_exit_code_when_its_output_is_closed() {
        let d = dir("pipe-all");
        let good = d.join("div.wir");
        std::fs::write(&good, GOOD).expect("write");
        let bad = d.join("bad.wir");
        std::fs::write(&bad, many_errors(3)).expect("write");
        let cases: &[(&[&str], bool, i32)] = &[
            (&["fmt", s(&good)], false, 0),
            (&["passes"], false, 0),
            (&["run", s(&good), "--invoke", "div", "7", "2"], false, 0),
            (&["build", s(&good), "--emit", "wat", "-o", "-"], false, 0),
            (&["--help"], false, 0),
            (&["--version"], false, 0),
            (&["check", s(&bad)], true, 1),
            (&["fmt", s(&bad)], true, 1),
            (&["build", s(&bad), "-o", "-"], true, 1),
            (&["run", s(&good), "--invoke", "nope"], true, 1),
            (&["--no-such-flag"], true, 2),
            (&[], false, 2),
        ];
        for &(args, stderr, code) in cases {
            let status = with_closed(args, stderr);
            assert_eq!(
                status.code(),
                Some(code),
                "wirc {args:?} with {} closed: {status}",
                ["stdout", "stderr"][stderr as usize]
            );
        }
    }

    /// A stdout that fails otherwise than by closing (a full disk) is a diagnostic, exit 1.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_stdout_is_e0403() {
        let d = dir("pipe-full");
        let good = d.join("div.wir");
        std::fs::write(&good, GOOD).expect("write");
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
        let o = wirc().args(["fmt", s(&good)]).stdout(full).output().expect("run wirc");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("error[E0403]") && err.contains("<stdout>"), "{err}");
    }
}

/// At most 100 diagnostics are printed (`wasmir_syntax::diag::MAX_RENDERED`), then one line counts
/// the others: the output stays readable and its cost bounded, whatever the number of errors.
#[test]
fn many_errors_are_capped_with_a_count_of_the_rest() {
    let d = dir("cap");
    let src = d.join("errs.wir");
    let body: String = (0..250).map(|i| format!("    %v{i} = i32.add %a, %u{i}\n")).collect();
    std::fs::write(&src, format!("wasmir 0.1\n\nfn @f(i32) -> i32 {{\n^e(%a: i32):\n{body}    return %a\n}}\n"))
        .expect("write");
    let o = wirc(&["check", s(&src)]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert_eq!(err.matches("error[E0104]").count(), 100, "{err}");
    assert_eq!(err.matches("error[").count(), 100, "{err}");
    // The first 100 in source order: `%u99` is the last shown.
    assert!(err.contains("`%u99`") && !err.contains("`%u100`"), "{err}");
    assert_eq!(err.matches("note: 150 more errors not shown").count(), 1, "{err}");
    assert!(err.trim_end().ends_with("later errors are often consequences of earlier ones"), "{err}");
}

#[test]
fn passes_and_print_after() {
    let d = dir("passes");
    let src = d.join("fold.wir");
    let text = "wasmir 0.2\n\nexport \"f\" fn @f\n\nfn @f() -> i32 {\n^entry:\n    %a = i32.const 2\n    %b = i32.const 3\n    %c = i32.add %a, %b\n    return %c\n}\n";
    std::fs::write(&src, text).expect("write");
    let out = d.join("fold.wasm");
    // Only const-fold runs: the folded constant is printed after it, the dead operands stay.
    let o = wirc(&["build", s(&src), "-o", s(&out), "--passes=const-fold", "--print-after=const-fold"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with("; after const-fold\nwasmir 0.2"), "{err}");
    assert!(err.contains("%c = i32.const 5") && err.contains("%a = i32.const 2"), "{err}");
    assert_eq!(err.matches("; after").count(), 1, "{err}");
    // With dce after it, the operands go.
    let o = wirc(&["build", s(&src), "-o", s(&out), "--passes", "const-fold,dce", "--print-after=dce"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("; after dce") && !err.contains("%a = i32.const 2"), "{err}");
    // An unknown pass is E0427, exit 1, no output.
    std::fs::remove_file(&out).expect("rm");
    let o = wirc(&["build", s(&src), "-o", s(&out), "--passes=const-fold,inline"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("E0427") && err.contains("`inline`") && err.contains("dead-funcs"), "{err}");
    assert!(!out.exists());
    let o = wirc(&["build", s(&src), "-o", s(&out), "--print-after=nope"]);
    assert_eq!(o.status.code(), Some(1));
    // `wirc passes` lists module passes too.
    let o = wirc(&["passes"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("dead-funcs"));
}

/// `i128` from the command line: one decimal argument or result on both backends (two `i64` on
/// wasm), legalization after `--passes=` too, and its IR after `--print-after=legalize-i128`.
#[test]
fn i128_arguments_and_results_are_one_number() {
    let d = dir("i128");
    let src = d.join("wide.wir");
    let text =
        "wasmir 0.2\n\nexport \"mul\" fn @mul\n\nfn @mul(i128, i64) -> (i128, i32) {\n^entry(%a: i128, %b: i64):\n    \
                %w = i128.extend_i64_s %b\n    %p = i128.mul %a, %w\n    %n = i128.lt_s %p, %a\n    return %p, %n\n}\n";
    std::fs::write(&src, text).expect("write");
    let args = ["--invoke", "mul", "--", "-170141183460469231731687303715884105727", "-1"];
    for backend in ["wasmtime", "interp"] {
        for level in ["-O0", "-O2"] {
            let mut a = vec!["run", s(&src), level, "--backend", backend];
            a.extend(args);
            let o = wirc(&a);
            assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
            assert_eq!(String::from_utf8_lossy(&o.stdout), "170141183460469231731687303715884105727\n0\n");
        }
    }
    let out = d.join("wide.wasm");
    let o = wirc(&["build", s(&src), "-o", s(&out), "--passes=dce", "--print-after=legalize-i128"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("; after legalize-i128") && err.contains("fn @mul(i64, i64, i64) -> (i64, i64, i32)"),
        "{err}"
    );
    assert!(!err.contains("i128.") && !err.contains(": i128"), "{err}");
    // The wasm export takes the halves.
    let o = wirc(&["run", s(&out), "--invoke", "mul", "--", "3", "0", "-2"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "-6\n-1\n1\n");
}

/// `wirc explain CODE`: the code's long explanation on standard output, in the language of
/// `--lang`, exit 0, whatever the spelling of the code (`E0203`, `e0203`, `0203`).
#[test]
fn explain_prints_the_explanation_of_a_code() {
    use wasmir_syntax::diag::{Locale, Messages};
    let english = Messages::new(Locale::EnUs).format("e0203-explain", None, &[]).expect("en-US explains E0203");
    for code in ["E0203", "e0203", "0203"] {
        let o = wirc(&["--lang", "en", "explain", code]);
        assert!(o.status.success(), "{code}: {}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8(o.stdout).expect("UTF-8");
        assert_eq!(out, format!("{}\n", english.trim_end()), "{code}");
        assert!(o.stderr.is_empty(), "{code}");
    }
    assert!(english.starts_with("An export names"), "{english}");
    // The example keeps its braces (written `{"{"}` in Fluent) and its indentation.
    let e0206 = String::from_utf8(wirc(&["--lang", "en", "explain", "E0206"]).stdout).expect("UTF-8");
    assert!(e0206.contains("\n    fn @f() -> i32 {\n    ^entry:\n") && e0206.contains("\n    }\n"), "{e0206}");
}

/// `--lang fr` prints the French catalogue's explanation (before or after the subcommand), not
/// a fallback.
#[test]
fn explain_speaks_the_language_of_lang() {
    use wasmir_syntax::diag::{Locale, Messages};
    let french = Messages::new(Locale::Fr);
    assert!(french.has("e0203-explain"));
    let text = french.format("e0203-explain", None, &[]).expect("fr explains E0203");
    for args in [&["--lang", "fr", "explain", "E0203"][..], &["explain", "E0203", "--lang=fr"][..]] {
        let o = wirc(args);
        assert!(o.status.success(), "{args:?}");
        assert_eq!(String::from_utf8(o.stdout).expect("UTF-8"), format!("{}\n", text.trim_end()), "{args:?}");
    }
}

/// A code without an explanation, or not spelled as a code, is E0428, exit 1, nothing on stdout.
#[test]
fn explain_of_an_unknown_code_is_e0428() {
    for code in ["E9999", "E0000", "E203", "bogus", "E02030"] {
        let o = wirc(&["--lang", "en", "explain", code]);
        assert_eq!(o.status.code(), Some(1), "{code}");
        assert!(o.stdout.is_empty(), "{code}");
        let err = String::from_utf8(o.stderr).expect("UTF-8");
        assert!(err.starts_with("error[E0428]: ") && err.contains(&format!("`{code}`")), "{code}: {err}");
    }
    let fr = String::from_utf8(wirc(&["--lang", "fr", "explain", "E9999"]).stderr).expect("UTF-8");
    assert!(fr.contains("error[E0428]: aucun code de diagnostic `E9999`"), "{fr}");
}
