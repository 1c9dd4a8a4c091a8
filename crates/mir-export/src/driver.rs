//! Command line handling and the two modes: plain (`mir-export file.rs -o file.wir`) and cargo
//! wrapper (`RUSTC_WORKSPACE_WRAPPER=mir-export`, argv[1] is rustc).

use crate::diag::{Code, Diag};
use std::io::Write;
use std::path::{Path, PathBuf};
use wasmir_syntax::diag::{Locale, Messages};
use wasmir_syntax::ir::Module;

/// The sysroot of the toolchain this binary was built with (set by build.rs).
const SYSROOT: &str = env!("MIR_EXPORT_SYSROOT");

const USAGE: &str = "usage: mir-export FILE.rs [-o FILE.wir] [--lang TAG] [rustc flags...]
       RUSTC_WORKSPACE_WRAPPER=mir-export cargo build --target wasm32-unknown-unknown";

fn has_flag(args: &[String], names: &[&str]) -> bool {
    args.iter().any(|a| names.iter().any(|n| a == n || a.starts_with(&format!("{n}="))))
}

fn has_codegen(args: &[String], key: &str) -> bool {
    args.windows(2).any(|w| w[0] == "-C" && w[1].starts_with(key))
        || args.iter().any(|a| a.starts_with(&format!("-C{key}")))
}

/// Runs the compiler on `rustc_args` and exports the crate. `stop` stops after analysis.
fn export(rustc_args: &[String], stop: bool) -> Result<Module, Vec<Diag>> {
    let res = run_with_tcx!(rustc_args, |tcx| {
        let r = crate::collect::export_crate(tcx);
        if stop { ControlFlow::Break(r) } else { ControlFlow::Continue(r) }
    });
    match res {
        Ok(r) => r,
        Err(rustc_public::CompilerError::Interrupted(r)) => r,
        Err(_) => Err(vec![Diag::new(Code::Driver, "compilation failed", "see rustc's errors above")]),
    }
}

/// Writes `text` to standard output and flushes, returning the error where `print!` panics.
fn print_out(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush())
}

/// Writes `text` to standard error, returning the error where `eprint!` panics (a closed pipe,
/// `mir-export f.rs 2>&1 | head`; under rustc's ICE hook that panic even aborted the process).
/// Callers drop the error: there is nowhere left to report it, and a closed pipe means the reader
/// stopped reading, which changes no exit code (wirc does the same).
fn print_err(text: &str) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    err.write_all(text.as_bytes()).and_then(|()| err.flush())
}

fn report(diags: &[Diag], locale: Locale) -> i32 {
    let msgs = Messages::new(locale);
    let mut text = crate::diag::render_all(&msgs, diags);
    text.push_str(&format!("error: aborting due to {} previous error(s); no .wir written\n", diags.len()));
    let _ = print_err(&text);
    1
}

/// Writes the module (verified by `export_crate`) in the canonical text of `print_module`.
fn write_out(path: &Path, m: &Module, locale: Locale) -> i32 {
    let text = wasmir_syntax::print_module(m);
    match std::fs::write(path, text) {
        Ok(()) => 0,
        Err(e) => report(&[Diag::new(Code::Driver, format!("cannot write `{}`: {e}", path.display()), "")], locale),
    }
}

/// Entry point; returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    rustc_driver::install_ice_hook("https://github.com/wasmrust/wasmrust/issues", |_| ());
    quiet_on_closed_stderr();
    if args.len() > 1 && is_rustc(&args[1]) {
        return wrapper(args);
    }
    plain(args)
}

/// rustc's emitter panics when it cannot write a diagnostic, as when standard error is a closed
/// pipe (`mir-export f.rs 2>&1 | head`); the ICE hook then fails to print in turn and the process
/// aborts. rustc itself dies of SIGPIPE there (it is built with `-Zon-broken-pipe=kill`, which
/// this crate could only get from a build flag or `unsafe` code). Here a panic while standard
/// error is closed ends the process quietly with exit code 1 (nothing was exported), as mir-export's
/// own diagnostics do; any other panic is an ICE, reported by rustc's hook.
fn quiet_on_closed_stderr() {
    let ice = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A byte must be written to learn whether the pipe is closed; the ICE report starts with
        // a blank line anyway.
        if std::io::stderr().write_all(b"\n").is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
            std::process::exit(1);
        }
        ice(info)
    }));
}

fn is_rustc(a: &str) -> bool {
    let name = Path::new(a).file_stem().and_then(|s| s.to_str()).unwrap_or("");
    name == "rustc" || name.starts_with("rustc-")
}

fn plain(args: Vec<String>) -> i32 {
    let mut input: Option<String> = None;
    let mut output: Option<PathBuf> = None;
    // The language of diagnostics: `--lang`, else WIRC_LANG and the POSIX locale variables, as
    // wirc does (one function).
    let mut lang: Option<String> = None;
    let mut pass: Vec<String> = vec![];
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        if let Some(tag) = a.strip_prefix("--lang=") {
            lang = Some(tag.to_string());
        } else if a == "--lang" {
            match it.next() {
                Some(tag) => lang = Some(tag.clone()),
                None => {
                    let _ = print_err(&format!("{USAGE}\n"));
                    return 1;
                }
            }
        } else if a == "-o" {
            match it.next() {
                Some(o) => output = Some(PathBuf::from(o)),
                None => {
                    let _ = print_err(&format!("{USAGE}\n"));
                    return 1;
                }
            }
        } else if a == "-h" || a == "--help" {
            let _ = print_out(&format!("{USAGE}\n"));
            return 0;
        } else if a.ends_with(".rs") && !a.starts_with('-') && input.is_none() {
            input = Some(a.clone());
        } else {
            pass.push(a.clone());
        }
    }
    let locale = lang.map_or_else(Locale::from_env, |t| Locale::from_tag(&t));
    let Some(input) = input else {
        let _ = print_err(&format!("{USAGE}\n"));
        return 1;
    };
    let output = output.unwrap_or_else(|| Path::new(&input).with_extension("wir"));
    let mut rargs = vec![args[0].clone(), input.clone()];
    if !has_flag(&pass, &["--target"]) {
        rargs.push("--target=wasm32-unknown-unknown".into());
    }
    if !has_flag(&pass, &["--crate-type"]) {
        rargs.push("--crate-type=cdylib".into());
    }
    if !has_flag(&pass, &["--edition"]) {
        rargs.push("--edition=2021".into());
    }
    if !has_flag(&pass, &["--sysroot"]) {
        rargs.push(format!("--sysroot={SYSROOT}"));
    }
    if !has_codegen(&pass, "opt-level") && !pass.iter().any(|a| a == "-O") {
        rargs.push("-O".into());
    }
    if !has_codegen(&pass, "panic") {
        rargs.extend(["-C".to_string(), "panic=abort".to_string()]);
    }
    rargs.extend(pass);
    match export(&rargs, true) {
        Ok(m) => write_out(&output, &m, locale),
        Err(d) => report(&d, locale),
    }
}

/// `RUSTC_WORKSPACE_WRAPPER` mode: argv = [mir-export, rustc, args...].
fn wrapper(args: Vec<String>) -> i32 {
    let rustc = &args[1];
    let rest = &args[2..];
    let primary = std::env::var_os("CARGO_PRIMARY_PACKAGE").is_some();
    let probe = rest.iter().any(|a| a == "-vV" || a == "-V" || a == "--version" || a.starts_with("--print"))
        || !rest.iter().any(|a| a.ends_with(".rs"));
    if !primary || probe {
        // Dependencies and probes: the real rustc. A dependency is compiled with the MIR of every
        // function in its metadata (`-Zalways-encode-mir`, as Miri builds crates), so that the
        // primary crate's export reaches all of it, not only its generic and `#[inline]` items.
        let mut cmd = std::process::Command::new(rustc);
        cmd.args(rest);
        if !probe && !has_flag(rest, &["-Zalways-encode-mir"]) {
            cmd.arg("-Zalways-encode-mir");
        }
        return match cmd.status() {
            Ok(s) => s.code().unwrap_or(1),
            Err(e) => {
                let _ = print_err(&format!("mir-export: cannot run `{rustc}`: {e}\n"));
                1
            }
        };
    }
    let get = |flag: &str| -> Option<String> {
        rest.windows(2)
            .find(|w| w[0] == flag)
            .map(|w| w[1].clone())
            .or_else(|| rest.iter().find_map(|a| a.strip_prefix(&format!("{flag}=")).map(str::to_string)))
    };
    let out_dir = PathBuf::from(get("--out-dir").unwrap_or_else(|| ".".into()));
    let crate_name = get("--crate-name").unwrap_or_else(|| "out".into());
    let mut rargs = vec![args[0].clone()];
    rargs.extend(rest.iter().cloned());
    if !has_flag(rest, &["--sysroot"]) {
        rargs.push(format!("--sysroot={SYSROOT}"));
    }
    match export(&rargs, false) {
        // Under cargo the language comes from the environment (WIRC_LANG, LC_ALL, ...).
        Ok(m) => write_out(&out_dir.join(format!("{crate_name}.wir")), &m, Locale::from_env()),
        Err(d) => report(&d, Locale::from_env()),
    }
}
