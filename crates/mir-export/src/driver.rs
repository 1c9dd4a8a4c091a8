//! Command line handling and the two modes: plain (`mir-export file.rs -o file.wir`) and cargo
//! wrapper (`RUSTC_WORKSPACE_WRAPPER=mir-export`, argv[1] is rustc).

use crate::collect::{ExportOptions, PanicMode};
use crate::diag::{Code, Diag};
use std::io::Write;
use std::path::{Path, PathBuf};
use wasmir_syntax::diag::{Locale, Messages};
use wasmir_syntax::ir::Module;

const USAGE: &str = "usage: mir-export FILE.rs [-o FILE.wir] [--lang TAG] [--panic=trap|message] [rustc flags...]
       mir-export cargo build [cargo args...]    (.wir files under target/mir-export/)
       mir-export setup [--print-sysroot]       (build the MIR sysroot now; done on first use)
       RUSTC_WORKSPACE_WRAPPER=mir-export cargo +nightly build --release --target wasm32-unknown-unknown";

/// Set (to the MIR sysroot) in the environment of the cargo that mir-export runs itself, where
/// it is `RUSTC_WRAPPER` of every crate.
const NESTED: &str = "MIR_EXPORT_NESTED";

fn has_flag(args: &[String], names: &[&str]) -> bool {
    args.iter().any(|a| names.iter().any(|n| a == n || a.starts_with(&format!("{n}="))))
}

fn has_codegen(args: &[String], key: &str) -> bool {
    args.windows(2).any(|w| w[0] == "-C" && w[1].starts_with(key))
        || args.iter().any(|a| a.starts_with(&format!("-C{key}")))
}

/// Runs the compiler on `rustc_args` and exports the crate. `stop` stops after analysis.
fn export(rustc_args: &[String], opts: ExportOptions, stop: bool) -> Result<Module, Vec<Diag>> {
    crate::compile::export(rustc_args, opts, stop)
}

/// The panic mode from `MIR_EXPORT_PANIC` (`trap` or `message`; the Cargo modes' way to choose
/// it), `trap` when unset. Errors: any other value.
fn panic_from_env() -> Result<PanicMode, Diag> {
    match std::env::var("MIR_EXPORT_PANIC") {
        Err(_) => Ok(PanicMode::Trap),
        Ok(v) => PanicMode::parse(&v).ok_or_else(|| bad_panic(&v)),
    }
}

fn bad_panic(v: &str) -> Diag {
    Diag::new(Code::Driver, format!("unknown panic mode `{v}`"), "`--panic=trap` (the default) or `--panic=message`")
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
        return match std::env::var_os(NESTED) {
            Some(sysroot) => nested(args, PathBuf::from(sysroot)),
            None => wrapper(args),
        };
    }
    match args.get(1).map(String::as_str) {
        Some("setup") => setup(&args[2..]),
        Some("cargo") => cargo(&args[2..]),
        _ => plain(args),
    }
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
    let mut panic: Option<String> = None;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        if let Some(m) = a.strip_prefix("--panic=") {
            panic = Some(m.to_string());
        } else if let Some(tag) = a.strip_prefix("--lang=") {
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
    let panic = match panic.map(|m| PanicMode::parse(&m).ok_or_else(|| bad_panic(&m))).unwrap_or_else(panic_from_env) {
        Ok(p) => p,
        Err(d) => return report(&[d], locale),
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
        match crate::sysroot::ensure() {
            Ok(d) => rargs.push(format!("--sysroot={}", d.display())),
            Err(d) => return report(&[d], locale),
        }
    }
    if !has_codegen(&pass, "opt-level") && !pass.iter().any(|a| a == "-O") {
        rargs.push("-O".into());
    }
    if !has_codegen(&pass, "panic") {
        rargs.extend(["-C".to_string(), "panic=abort".to_string()]);
    }
    rargs.extend(pass);
    match export(&rargs, ExportOptions { panic }, true) {
        Ok(m) => write_out(&output, &m, locale),
        Err(d) => report(&d, locale),
    }
}

/// `mir-export setup [--print-sysroot]`: builds the MIR sysroot if needed and prints where it is.
fn setup(args: &[String]) -> i32 {
    match crate::sysroot::ensure() {
        Ok(d) => {
            let text = if args.iter().any(|a| a == "--print-sysroot") {
                format!("{}\n", d.display())
            } else {
                format!("mir-export: the MIR sysroot is ready in {}\n", d.display())
            };
            let _ = print_out(&text);
            0
        }
        Err(d) => report(&[d], Locale::from_env()),
    }
}

/// Runs the real rustc with `args` (and `extra`); returns its exit code.
fn real_rustc(rustc: &str, args: &[String], extra: &[String]) -> i32 {
    match std::process::Command::new(rustc).args(args).args(extra).status() {
        Ok(s) => s.code().unwrap_or(1),
        Err(e) => {
            let _ = print_err(&format!("mir-export: cannot run `{rustc}`: {e}\n"));
            1
        }
    }
}

/// `rustc -vV` for cargo, with a last line naming this mir-export build (`mir-export: <size>-<mtime>`
/// of the executable): cargo hashes the verbose version into every fingerprint, so a rebuilt
/// mir-export rebuilds (and re-exports) the crates of `mir-export cargo`.
fn version_probe(rustc: &str, args: &[String]) -> i32 {
    let out = match std::process::Command::new(rustc).args(args).output() {
        Ok(o) => o,
        Err(e) => {
            let _ = print_err(&format!("mir-export: cannot run `{rustc}`: {e}\n"));
            return 1;
        }
    };
    let _ = print_err(&String::from_utf8_lossy(&out.stderr));
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() {
        let id = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| {
                let t = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
                format!("{}-{}", m.len(), t.map_or(0, |d| d.as_nanos()))
            })
            .unwrap_or_default();
        text.push_str(&format!("mir-export: {id}\n"));
    }
    let _ = print_out(&text);
    out.status.code().unwrap_or(1)
}

/// The value of `--flag V` or `--flag=V`.
fn flag_value(args: &[String], flag: &str) -> Option<String> {
    args.windows(2)
        .find(|w| w[0] == flag)
        .map(|w| w[1].clone())
        .or_else(|| args.iter().find_map(|a| a.strip_prefix(&format!("{flag}=")).map(str::to_string)))
}

/// Whether a rustc command line only asks about the compiler (`-vV`, `--print`), compiling nothing.
fn is_probe(args: &[String]) -> bool {
    args.iter().any(|a| a == "-vV" || a == "-V" || a == "--version" || a.starts_with("--print"))
        || !args.iter().any(|a| a.ends_with(".rs"))
}

/// `RUSTC_WORKSPACE_WRAPPER` mode: argv = [mir-export, rustc, args...]. Everything is compiled by
/// the real rustc, as without the wrapper. For the primary package's target crate, mir-export
/// first runs the same build in a cargo of its own (`nested`), where every crate is compiled
/// against the MIR sysroot with its MIR (crates.io dependencies included, which this wrapper
/// never sees), in `<target>/mir-export/`, and copies the `.wir` of the crate next to its
/// output: `<out-dir>/<crate-name>.wir`.
fn wrapper(args: Vec<String>) -> i32 {
    let rustc = &args[1];
    let rest = &args[2..];
    let primary = std::env::var_os("CARGO_PRIMARY_PACKAGE").is_some();
    // Build scripts and proc macros have no `--target` when cargo builds for one: host crates.
    let host = !has_flag(rest, &["--target"]);
    if rest.iter().any(|a| a == "-vV") {
        return version_probe(rustc, rest);
    }
    if !primary || host || is_probe(rest) {
        return real_rustc(rustc, rest, &[]);
    }
    let locale = Locale::from_env();
    match nested_build(rustc, rest) {
        Ok(()) => real_rustc(rustc, rest, &[]),
        Err(d) => report(&[d], locale),
    }
}

/// The nested build of the primary crate for `wrapper`, and the copy of its `.wir`.
fn nested_build(rustc: &str, rest: &[String]) -> Result<(), Diag> {
    let bad = |what: String| Diag::new(Code::Driver, what, "see crates/mir-export/README.md (Cargo mode)");
    let out_dir = PathBuf::from(flag_value(rest, "--out-dir").ok_or_else(|| bad("no `--out-dir` from cargo".into()))?);
    let crate_name = flag_value(rest, "--crate-name").unwrap_or_else(|| "out".into());
    // <target-dir>/<triple>/<profile dir>/deps
    let prof_dir = out_dir.parent().ok_or_else(|| bad("unexpected `--out-dir`".into()))?;
    let triple_dir = prof_dir.parent().ok_or_else(|| bad("unexpected `--out-dir`".into()))?;
    let troot = triple_dir.parent().ok_or_else(|| bad("unexpected `--out-dir`".into()))?;
    let name = |p: &Path| p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
    let (prof_name, triple) = (name(prof_dir), name(triple_dir));
    let profile = if prof_name == "debug" { "dev".to_string() } else { prof_name.clone() };
    let sysroot = crate::sysroot::ensure()?;
    let inner = troot.join("mir-export");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").map_err(|_| bad("CARGO_MANIFEST_DIR is not set".into()))?;
    let pkg = std::env::var("CARGO_PKG_NAME").map_err(|_| bad("CARGO_PKG_NAME is not set".into()))?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let me = std::env::current_exe().map_err(|e| bad(format!("cannot find mir-export itself: {e}")))?;
    // Cargo calls this wrapper only when the primary crate must be rebuilt; the nested build
    // must then export it again, even if its own fingerprint (blind to a new mir-export) says
    // it is fresh.
    let mut clean = std::process::Command::new(&cargo);
    clean.arg("clean").arg("--manifest-path").arg(Path::new(&manifest).join("Cargo.toml"));
    clean.args(["-p", &pkg, "--target", &triple, "--profile", &profile]);
    clean.env_remove("RUSTC_WORKSPACE_WRAPPER").env("RUSTC", rustc).env("CARGO_TARGET_DIR", &inner);
    let out = clean.output().map_err(|e| bad(format!("cannot run the nested cargo: {e}")))?;
    if !out.status.success() {
        let _ = print_err(&String::from_utf8_lossy(&out.stderr));
        return Err(bad(format!("`cargo clean -p {pkg}` failed in `{}`", inner.display())));
    }
    let mut cmd = std::process::Command::new(&cargo);
    cmd.arg("build").arg("--manifest-path").arg(Path::new(&manifest).join("Cargo.toml"));
    cmd.args(["-p", &pkg, "--target", &triple, "--profile", &profile, "--no-default-features"]);
    match std::env::var("CARGO_BIN_NAME") {
        Ok(bin) if rest.iter().any(|a| a == "bin") => cmd.args(["--bin", &bin]),
        _ => cmd.arg("--lib"),
    };
    let features: Vec<String> = rest
        .windows(2)
        .filter(|w| w[0] == "--cfg")
        .filter_map(|w| w[1].strip_prefix("feature=\"").and_then(|f| f.strip_suffix('"')).map(str::to_string))
        .collect();
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    cmd.env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("CARGO_PRIMARY_PACKAGE")
        .env("RUSTC_WRAPPER", &me)
        .env("RUSTC", rustc)
        .env(NESTED, &sysroot)
        .env("CARGO_TARGET_DIR", &inner);
    let out = cmd.output().map_err(|e| bad(format!("cannot run the nested cargo: {e}")))?;
    if !out.status.success() {
        // The nested build's output holds mir-export's diagnostics; shown only on failure.
        let _ = print_err(&String::from_utf8_lossy(&out.stderr));
        return Err(bad(format!("exporting `{crate_name}` failed (nested build in `{}`)", inner.display())));
    }
    let wir = inner.join(&triple).join(&prof_name).join("deps").join(format!("{crate_name}.wir"));
    std::fs::copy(&wir, out_dir.join(format!("{crate_name}.wir")))
        .map_err(|e| bad(format!("cannot copy `{}`: {e}", wir.display())))?;
    Ok(())
}

/// `RUSTC_WRAPPER` of the cargo mir-export runs itself (`mir-export cargo`, and the nested
/// build of `wrapper`), with the MIR sysroot in `MIR_EXPORT_NESTED`: host crates (no
/// `--target`) and probes use the real rustc as they are; other crates are compiled against the
/// MIR sysroot with `-Zalways-encode-mir`; the primary package's crates are also exported to
/// `<out-dir>/<crate-name>.wir`.
fn nested(args: Vec<String>, sysroot: PathBuf) -> i32 {
    let rustc = &args[1];
    let rest = &args[2..];
    let primary = std::env::var_os("CARGO_PRIMARY_PACKAGE").is_some();
    if rest.iter().any(|a| a == "-vV") {
        return version_probe(rustc, rest);
    }
    if !has_flag(rest, &["--target"]) || is_probe(rest) {
        return real_rustc(rustc, rest, &[]);
    }
    let sys = format!("--sysroot={}", sysroot.display());
    if !primary {
        let mut extra = vec![sys];
        if !has_flag(rest, &["-Zalways-encode-mir"]) {
            extra.push("-Zalways-encode-mir".into());
        }
        return real_rustc(rustc, rest, &extra);
    }
    let out_dir = PathBuf::from(flag_value(rest, "--out-dir").unwrap_or_else(|| ".".into()));
    let crate_name = flag_value(rest, "--crate-name").unwrap_or_else(|| "out".into());
    let mut rargs = vec![args[0].clone()];
    rargs.extend(rest.iter().cloned());
    if !has_flag(rest, &["--sysroot"]) {
        rargs.push(sys);
    }
    let opts = match panic_from_env() {
        Ok(panic) => ExportOptions { panic },
        Err(d) => return report(&[d], Locale::from_env()),
    };
    match export(&rargs, opts, false) {
        // Under cargo the language comes from the environment (WIRC_LANG, LC_ALL, ...).
        Ok(m) => write_out(&out_dir.join(format!("{crate_name}.wir")), &m, Locale::from_env()),
        Err(d) => report(&d, Locale::from_env()),
    }
}

/// `mir-export cargo SUBCOMMAND [ARGS...]`: cargo with mir-export as `RUSTC_WRAPPER` of every
/// crate (cargo-miri's design), for `wasm32-unknown-unknown` unless `--target` is given, in
/// `<target-dir>/mir-export/` (never mixed with normal builds: cargo does not see the sysroot).
/// The `.wir` of each crate of the primary packages is
/// `<target-dir>/mir-export/<triple>/<profile>/deps/<crate>.wir`.
fn cargo(args: &[String]) -> i32 {
    let locale = Locale::from_env();
    let sysroot = match crate::sysroot::ensure() {
        Ok(d) => d,
        Err(d) => return report(&[d], locale),
    };
    let me = match std::env::current_exe() {
        Ok(m) => m,
        Err(e) => return report(&[Diag::new(Code::Driver, format!("cannot find mir-export itself: {e}"), "")], locale),
    };
    let cargo = Path::new(crate::sysroot::TOOLCHAIN).join("bin").join("cargo");
    let mut cmd = std::process::Command::new(&cargo);
    cmd.args(args);
    let builds = args.first().is_some_and(|a| !a.starts_with('-'));
    if builds && !has_flag(args, &["--target"]) {
        cmd.args(["--target", crate::sysroot::TARGET]);
    }
    if builds && !has_flag(args, &["--target-dir"]) {
        let base = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).or_else(|| target_dir(&cargo));
        if let Some(b) = base {
            cmd.arg("--target-dir").arg(b.join("mir-export"));
        }
    }
    cmd.env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env("RUSTC_WRAPPER", &me)
        .env("RUSTC", crate::sysroot::rustc())
        .env(NESTED, &sysroot);
    match cmd.status() {
        Ok(s) => s.code().unwrap_or(1),
        Err(e) => report(&[Diag::new(Code::Driver, format!("cannot run `{}`: {e}", cargo.display()), "")], locale),
    }
}

/// The workspace's target directory (`cargo metadata`).
fn target_dir(cargo: &Path) -> Option<PathBuf> {
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let key = "\"target_directory\":\"";
    let start = text.find(key)? + key.len();
    let end = start + text[start..].find('"')?;
    Some(PathBuf::from(text[start..end].replace("\\\\", "\\")))
}
