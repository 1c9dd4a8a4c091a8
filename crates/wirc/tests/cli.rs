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
