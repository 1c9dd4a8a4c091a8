//! mir-export on Rust outside its subset: a diagnostic with a code that names the construct and the
//! Rust function, the source line under it, exit code 1, and no `.wir` written.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn unsupported_rust_is_a_diagnostic_and_no_output() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let exe =
        std::env::var_os("MIR_EXPORT").map(PathBuf::from).unwrap_or_else(|| root.join("target/release/mir-export"));
    assert!(exe.exists(), "{} is missing: build it with `./x build`", exe.display());
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mir-export-cli");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let src = dir.join("simd.rs");
    std::fs::write(
        &src,
        "#![no_std]\n#[panic_handler]\nfn panic(_: &core::panic::PanicInfo) -> ! { core::arch::wasm32::unreachable() }\n\
         use core::arch::wasm32::*;\n#[no_mangle]\npub extern \"C\" fn get(i: u32) -> u32 {\n    let v = u32x4_splat(i);\n    u32x4_extract_lane::<2>(v)\n}\n",
    )
    .expect("write source");
    let out = dir.join("simd.wir");
    let _ = std::fs::remove_file(&out);
    for (lang, word) in [("en", "in function `simd::get`"), ("fr", "dans la fonction `simd::get`")] {
        let o =
            Command::new(&exe).arg(&src).arg("-o").arg(&out).env("WIRC_LANG", lang).output().expect("run mir-export");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("error[E0504]"), "{err}");
        assert!(err.contains("v128"), "names the construct: {err}");
        assert!(err.contains(word), "names the function: {err}");
        assert!(err.contains("simd.rs:7:"), "points at the line: {err}");
        assert!(err.contains("help:"), "{err}");
        assert!(!out.exists(), "no .wir written");
    }
}

/// A closed standard output or error ends mir-export quietly with the exit code it would have had:
/// its own diagnostics and rustc's (whose emitter panics on a closed pipe, which then aborted
/// under the ICE hook) alike. Exit codes 101 and 134 (or a signal) are panics and aborts.
#[test]
fn closed_pipes_are_not_panics() {
    use std::process::Stdio;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let exe =
        std::env::var_os("MIR_EXPORT").map(PathBuf::from).unwrap_or_else(|| root.join("target/release/mir-export"));
    assert!(exe.exists(), "{} is missing: build it with `./x build`", exe.display());
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mir-export-pipes");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let unsupported = dir.join("simd.rs");
    std::fs::write(
        &unsupported,
        "#![no_std]\n#[panic_handler]\nfn panic(_: &core::panic::PanicInfo) -> ! { core::arch::wasm32::unreachable() }\n\
         use core::arch::wasm32::*;\n#[no_mangle]\npub extern \"C\" fn get(i: u32) -> u32 {\n    let v = u32x4_splat(i);\n    u32x4_extract_lane::<2>(v)\n}\n",
    )
    .expect("write source");
    let ill_typed = dir.join("ill_typed.rs");
    std::fs::write(&ill_typed, "#![no_std]\npub fn f() -> u32 { \"a\" }\n").expect("write source");
    let out = dir.join("out.wir");
    let cases: &[(&[&std::ffi::OsStr], bool, i32)] = &[
        (&[unsupported.as_os_str(), "-o".as_ref(), out.as_os_str()], true, 1),
        (&[ill_typed.as_os_str(), "-o".as_ref(), out.as_os_str()], true, 1),
        (&[], true, 1),
        (&["--help".as_ref()], false, 0),
    ];
    for &(args, stderr, code) in cases {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let mut cmd = Command::new(&exe);
        cmd.args(args).stdin(Stdio::null());
        if stderr {
            cmd.stdout(Stdio::null()).stderr(writer);
        } else {
            cmd.stdout(writer).stderr(Stdio::null());
        }
        let status = cmd.status().expect("run mir-export");
        let closed = if stderr { "stderr" } else { "stdout" };
        assert_eq!(status.code(), Some(code), "mir-export {args:?} with {closed} closed: {status}");
    }
}

/// A Rust panic (here a division by zero) traps, and `wirc run` names the Rust line it came from
/// on both backends: mir-export gives every instruction the location of its MIR statement.
#[test]
fn traps_name_the_rust_line() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let exe =
        std::env::var_os("MIR_EXPORT").map(PathBuf::from).unwrap_or_else(|| root.join("target/release/mir-export"));
    assert!(exe.exists(), "{} is missing: build it with `./x build`", exe.display());
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mir-export-locs");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let src = dir.join("ratio.rs");
    std::fs::write(
        &src,
        "#![no_std]\n#[panic_handler]\nfn panic(_: &core::panic::PanicInfo) -> ! { core::arch::wasm32::unreachable() }\n\
         #[no_mangle]\npub extern \"C\" fn ratio(a: u32, b: u32) -> u32 {\n    let scaled = a * 10;\n    scaled / b\n}\n",
    )
    .expect("write source");
    let wir = dir.join("ratio.wir");
    let o = Command::new(&exe).arg(&src).arg("-o").arg(&wir).output().expect("run mir-export");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let at = format!("{}:7:5", src.display());
    for backend in ["wasmtime", "interp"] {
        let o = Command::new(env!("CARGO_BIN_EXE_wirc"))
            .args(["run", wir.to_str().expect("utf-8"), "--backend", backend, "--invoke", "ratio", "5", "0"])
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .output()
            .expect("run wirc");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("E0424") && err.contains(&at), "{backend}: {err}");
    }
}

/// Constructs mir-export does not lower are diagnostics naming the construct and pointing at
/// the Rust line, never wrong code: trait upcasting (it needs another vtable).
#[test]
fn unsupported_constructs_are_diagnostics() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let exe =
        std::env::var_os("MIR_EXPORT").map(PathBuf::from).unwrap_or_else(|| root.join("target/release/mir-export"));
    assert!(exe.exists(), "{} is missing: build it with `./x build`", exe.display());
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mir-export-unsupported");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let head = "#![no_std]\n#[panic_handler]\nfn panic(_: &core::panic::PanicInfo) -> ! { core::arch::wasm32::unreachable() }\n";
    let upcast = "trait A { fn a(&self) -> u32; }\ntrait B: A { fn b(&self) -> u32; }\nstruct S;\n\
        impl A for S { fn a(&self) -> u32 { 1 } }\nimpl B for S { fn b(&self) -> u32 { 2 } }\n\
        #[inline(never)] fn up(b: &dyn B) -> &dyn A { b }\n\
        #[no_mangle]\npub extern \"C\" fn f(x: u32) -> u32 { up(&S).a() + x }\n";
    let (name, body, code, what, line) = ("upcast", upcast, "E0509", "unsizing cast", 9);
    let src = dir.join(format!("{name}.rs"));
    std::fs::write(&src, format!("{head}{body}")).expect("write source");
    let out = dir.join(format!("{name}.wir"));
    let _ = std::fs::remove_file(&out);
    let o = Command::new(&exe).arg(&src).arg("-o").arg(&out).output().expect("run mir-export");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("error[{code}]")) && err.contains(what), "{err}");
    assert!(err.contains(&format!("{name}.rs:{line}:")), "points at the line: {err}");
    assert!(!out.exists(), "no .wir written");
}
