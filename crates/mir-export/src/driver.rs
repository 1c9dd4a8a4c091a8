//! Command line handling and the two modes: plain (`mir-export file.rs -o file.wir`) and cargo
//! wrapper (`RUSTC_WORKSPACE_WRAPPER=mir-export`, argv[1] is rustc).

use crate::diag::{Code, Diag};
use crate::ir::Module;
use std::path::{Path, PathBuf};
use wasmir_syntax::diag::{Locale, Messages};

/// The sysroot of the toolchain this binary was built with (set by build.rs).
const SYSROOT: &str = env!("MIR_EXPORT_SYSROOT");

const USAGE: &str = "usage: mir-export FILE.rs [-o FILE.wir] [rustc flags...]
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

fn report(diags: &[Diag]) -> i32 {
    // The language: WIRC_LANG, then the POSIX locale variables, as wirc does.
    let tag = ["WIRC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    let msgs = Messages::new(Locale::from_tag(&tag));
    for d in diags {
        eprint!("{}", crate::diag::render(&msgs, d));
    }
    eprintln!("error: aborting due to {} previous error(s); no .wir written", diags.len());
    1
}

fn write_out(path: &Path, m: &Module, source: &str) -> i32 {
    let text = crate::write::module(m, source);
    match std::fs::write(path, text) {
        Ok(()) => 0,
        Err(e) => report(&[Diag::new(Code::Driver, format!("cannot write `{}`: {e}", path.display()), "")]),
    }
}

/// Entry point; returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    rustc_driver::install_ice_hook("https://github.com/wasmrust/wasmrust/issues", |_| ());
    if args.len() > 1 && is_rustc(&args[1]) {
        return wrapper(args);
    }
    plain(args)
}

fn is_rustc(a: &str) -> bool {
    let name = Path::new(a).file_stem().and_then(|s| s.to_str()).unwrap_or("");
    name == "rustc" || name.starts_with("rustc-")
}

fn plain(args: Vec<String>) -> i32 {
    let mut input: Option<String> = None;
    let mut output: Option<PathBuf> = None;
    let mut pass: Vec<String> = vec![];
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        if a == "-o" {
            match it.next() {
                Some(o) => output = Some(PathBuf::from(o)),
                None => {
                    eprintln!("{USAGE}");
                    return 1;
                }
            }
        } else if a == "-h" || a == "--help" {
            println!("{USAGE}");
            return 0;
        } else if a.ends_with(".rs") && !a.starts_with('-') && input.is_none() {
            input = Some(a.clone());
        } else {
            pass.push(a.clone());
        }
    }
    let Some(input) = input else {
        eprintln!("{USAGE}");
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
        Ok(m) => write_out(&output, &m, &input),
        Err(d) => report(&d),
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
        // Dependencies and probes: the real rustc.
        return match std::process::Command::new(rustc).args(rest).status() {
            Ok(s) => s.code().unwrap_or(1),
            Err(e) => {
                eprintln!("mir-export: cannot run `{rustc}`: {e}");
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
    let input = rest.iter().find(|a| a.ends_with(".rs")).cloned().unwrap_or_default();
    let mut rargs = vec![args[0].clone()];
    rargs.extend(rest.iter().cloned());
    if !has_flag(rest, &["--sysroot"]) {
        rargs.push(format!("--sysroot={SYSROOT}"));
    }
    match export(&rargs, false) {
        Ok(m) => write_out(&out_dir.join(format!("{crate_name}.wir")), &m, &input),
        Err(d) => report(&d),
    }
}
