//! `wirc`: the WasmIR compiler command line.
//!
//! Exit codes: 0 success, 1 user error (diagnostics printed), 2 usage error (clap).
//!
//! A closed standard output or error (`wirc fmt big.wir | head`, `wirc check bad.wir 2>&1 | head`)
//! ends the command quietly and does not change its exit code: the reader has stopped reading,
//! which is not a failure of the command (ripgrep does the same). Every write therefore goes
//! through [`Stream::write`], which returns its error where `print!` would panic (exit 101). Any
//! other failure to write the command's result to standard output (a full disk) is E0403, exit 1;
//! diagnostics or help that cannot be written are dropped, as there is nowhere left to report.
#![forbid(unsafe_code)]

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wasmir_opt::OptLevel;
use wasmir_syntax::diag::{render, Diagnostic, Locale, Messages};
use wirc::codes;
use wirc::run::{Backend, Runner};
use wirc::Options;

/// Compile WasmIR (.wir) to WebAssembly, check it, format it, or run it.
///
/// `wirc file.wir -o out.wasm` is short for `wirc build file.wir -o out.wasm`.
#[derive(Parser)]
#[command(name = "wirc", version, args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
struct Cli {
    /// Language of diagnostics (`fr`, `zh-CN`, `es_ES.UTF-8`, ...); default: WIRC_LANG, then
    /// LC_ALL, LC_MESSAGES, LANG, then English.
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    build: Option<BuildArgs>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a .wir file to wasm (or wat).
    Build(BuildArgs),
    /// Parse and verify a .wir file; print diagnostics, write nothing.
    Check {
        /// The .wir file.
        file: PathBuf,
    },
    /// Print a .wir file in canonical form.
    Fmt {
        /// The .wir file.
        file: PathBuf,
        /// Rewrite the file in place instead of printing it.
        #[arg(short, long)]
        write: bool,
        /// Exit with 1 if the file is not in canonical form; print nothing.
        #[arg(long, conflicts_with = "write")]
        check: bool,
    },
    /// Run an exported function of a .wir or .wasm module on the embedded wasmtime.
    Run {
        /// The .wir or .wasm file.
        file: PathBuf,
        /// The exported function to call.
        #[arg(long)]
        invoke: String,
        /// Arguments, parsed by the function's parameter types.
        #[arg(allow_negative_numbers = true)]
        args: Vec<String>,
        /// Optimization level for .wir input.
        #[arg(short = 'O', default_value = "2")]
        opt_level: Level,
        /// Where to run: the wasm on the embedded wasmtime, the IR (after the optimizations of
        /// `-O`) on the reference interpreter, or the IR compiled to host code by Cranelift.
        #[arg(long, value_enum, default_value = "wasmtime")]
        backend: BackendArg,
    },
    /// List the optimization passes and the default pipeline.
    Passes,
    /// Print the long explanation of a diagnostic code, in the language of `--lang`.
    Explain {
        /// The code: `E0203`, `e0203` or `0203`.
        code: String,
    },
}

#[derive(Args)]
struct BuildArgs {
    /// The .wir file.
    file: PathBuf,
    /// Output file, `-` for standard output (default: the input with extension .wasm or .wat).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// What to write.
    #[arg(long, value_enum, default_value = "wasm")]
    emit: Emit,
    /// Optimization level.
    #[arg(short = 'O', default_value = "2")]
    opt_level: Level,
    /// Print each stage's time and peak memory (parse, verify, each pass, emit, validate) to
    /// standard error.
    #[arg(long)]
    time_passes: bool,
    /// Run exactly these passes, once each and in order, instead of the pipeline of `-O`
    /// (`wirc passes` lists them), e.g. `--passes=const-fold,dce`.
    #[arg(long, value_delimiter = ',')]
    passes: Option<Vec<String>>,
    /// Print the module to standard error after every run of this pass (repeatable).
    #[arg(long)]
    print_after: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum BackendArg {
    Wasmtime,
    Interp,
    Native,
}

#[derive(Clone, Copy, ValueEnum)]
enum Emit {
    Wasm,
    Wat,
}

#[derive(Clone, Copy, ValueEnum)]
enum Level {
    #[value(name = "0")]
    O0,
    #[value(name = "1")]
    O1,
    #[value(name = "2")]
    O2,
}

impl From<Level> for OptLevel {
    fn from(l: Level) -> OptLevel {
        match l {
            Level::O0 => OptLevel::O0,
            Level::O1 => OptLevel::O1,
            Level::O2 => OptLevel::O2,
        }
    }
}

/// A standard stream.
#[derive(Clone, Copy)]
enum Stream {
    Out,
    Err,
}

impl Stream {
    /// Writes all of `bytes` and flushes, returning the error (a closed pipe is
    /// `ErrorKind::BrokenPipe`) instead of panicking as `print!` does.
    fn write(self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Stream::Out => {
                let mut out = io::stdout().lock();
                out.write_all(bytes).and_then(|()| out.flush())
            }
            Stream::Err => {
                let mut err = io::stderr().lock();
                err.write_all(bytes).and_then(|()| err.flush())
            }
        }
    }
}

/// The name E0403 gives standard output.
const STDOUT: &str = "<stdout>";

/// Everything a command needs to report: the catalogue and where to print.
struct Reporter {
    msgs: Messages,
}

impl Reporter {
    fn new(lang: Option<&str>) -> Reporter {
        // `--lang`, else WIRC_LANG, then the POSIX locale variables in their usual order.
        Reporter { msgs: Messages::new(lang.map_or_else(Locale::from_env, Locale::from_tag)) }
    }

    /// Prints diagnostics against a source file and returns exit code 1.
    fn source(&self, file: &Path, src: &str, diags: &[Diagnostic]) -> ExitCode {
        let text = render(&self.msgs, &file.display().to_string(), src, diags);
        // Closed or failing, standard error leaves nowhere to report; exit code 1 still tells.
        let _ = Stream::Err.write(text.as_bytes());
        ExitCode::from(1)
    }

    /// Prints a diagnostic that has no source location (I/O, runtime) and returns exit code 1.
    fn plain(&self, d: &Diagnostic) -> ExitCode {
        // A trap's Rust panic message (`mir-export --panic=message`) comes first, as the program
        // itself prints it: `panicked at FILE:LINE:COL:` and the message.
        if let Some((_, msg)) = d.args.iter().find(|(k, _)| *k == "panic") {
            let _ = Stream::Err.write(format!("{msg}\n").as_bytes());
        }
        let id = d.code.message_id();
        let head = self.msgs.format(&id, None, &d.args).unwrap_or_default();
        let mut text = format!("error[{}]: {head}\n", d.code);
        if let Some(hint) = self.msgs.format(&id, Some("hint"), &d.args) {
            text.push_str(&format!("  = help: {hint}\n"));
        }
        // As in `source`: nowhere left to report a failure to report.
        let _ = Stream::Err.write(text.as_bytes());
        ExitCode::from(1)
    }

    /// Prints a command's result on standard output. A pipe closed by its reader is not an
    /// error (the reader stopped reading; the command did its work); any other write error is
    /// E0403, exit 1.
    fn stdout(&self, text: &[u8]) -> Result<(), ExitCode> {
        match Stream::Out.write(text) {
            Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(self
                .plain(&Diagnostic::new(codes::WRITE_FAILED, Default::default()).arg("path", STDOUT).arg("detail", e))),
            _ => Ok(()),
        }
    }
}

/// Takes `--lang TAG` / `--lang=TAG` out of the command line wherever it is (before or after the
/// subcommand: clap's shorthand `wirc file.wir` makes top-level options conflict with
/// subcommands), returning the tag and the other arguments. The clap field documents it.
fn take_lang(args: Vec<String>) -> (Option<String>, Vec<String>) {
    let mut lang = None;
    let mut rest = Vec::with_capacity(args.len());
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--" {
            rest.push(a);
            rest.extend(it.by_ref());
            break;
        } else if let Some(tag) = a.strip_prefix("--lang=") {
            lang = Some(tag.to_string());
        } else if a == "--lang" {
            match it.next() {
                Some(tag) => lang = Some(tag),
                // Left for clap, which reports the missing value.
                None => rest.push(a),
            }
        } else {
            rest.push(a);
        }
    }
    (lang, rest)
}

fn main() -> ExitCode {
    let (lang, args) = take_lang(std::env::args().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version on stdout (exit 0), usage errors on stderr (exit 2). A failed write
            // (a closed pipe) changes neither: `Error::print` returns it instead of panicking.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let rep = Reporter::new(lang.as_deref().or(cli.lang.as_deref()));
    match (cli.command, cli.build) {
        (Some(Command::Build(b)), _) | (None, Some(b)) => build(&rep, b),
        (Some(Command::Check { file }), _) => check(&rep, &file),
        (Some(Command::Fmt { file, write, check }), _) => fmt(&rep, &file, write, check),
        (Some(Command::Run { file, invoke, args, opt_level, backend }), _) => {
            let backend = match backend {
                BackendArg::Wasmtime => Backend::Wasmtime,
                BackendArg::Interp => Backend::Interp,
                BackendArg::Native => Backend::Native,
            };
            run(&rep, &file, &invoke, &args, opt_level, backend)
        }
        (Some(Command::Passes), _) => {
            let mut text: String =
                wasmir_opt::PASSES.iter().map(|p| format!("{:<14} {}\n", p.name, p.description)).collect();
            text.push_str(&format!(
                "\ndefault pipeline (-O2): {}\n",
                wasmir_opt::pipeline_passes(OptLevel::O2).join(", ")
            ));
            exit_code(rep.stdout(text.as_bytes()))
        }
        (Some(Command::Explain { code }), _) => explain(&rep, &code),
        (None, None) => {
            use clap::CommandFactory;
            // A usage error whatever becomes of the help text (see `main`'s `try_parse`).
            let _ = Cli::command().print_help();
            ExitCode::from(2)
        }
    }
}

/// The message id of `code`'s long explanation (`E0203`, `e0203` and `0203` give
/// `e0203-explain`), or `None` when `code` is not spelled as a code.
fn explanation_id(code: &str) -> Option<String> {
    let digits = code.strip_prefix(['E', 'e']).unwrap_or(code);
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| format!("e{digits}-explain"))
}

/// `wirc explain CODE`: the explanation on standard output, or E0428 for a code that has none.
fn explain(rep: &Reporter, code: &str) -> ExitCode {
    match explanation_id(code).and_then(|id| rep.msgs.format(&id, None, &[])) {
        Some(text) => exit_code(rep.stdout(format!("{}\n", text.trim_end()).as_bytes())),
        None => rep.plain(&Diagnostic::new(codes::UNKNOWN_CODE, Default::default()).arg("code", code)),
    }
}

fn read(rep: &Reporter, file: &Path) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(file).map_err(|e| {
        rep.plain(&Diagnostic::new(codes::READ_FAILED, Default::default()).arg("path", file.display()).arg("detail", e))
    })
}

fn read_text(rep: &Reporter, file: &Path) -> Result<String, ExitCode> {
    let bytes = read(rep, file)?;
    String::from_utf8(bytes)
        .map_err(|_| rep.plain(&Diagnostic::new(codes::NOT_UTF8, Default::default()).arg("path", file.display())))
}

/// Writes `bytes` to `path` (`-` is standard output). A regular file is written through a
/// temporary file and a rename, so that a failed or interrupted write leaves no partial output;
/// anything else that exists (a device, a pipe such as `/dev/stdout`) is written in place, and a
/// pipe closed by its reader is not an error (see the module documentation).
fn write_output(rep: &Reporter, path: &Path, bytes: &[u8]) -> Result<(), ExitCode> {
    let fail = |e: std::io::Error| {
        rep.plain(
            &Diagnostic::new(codes::WRITE_FAILED, Default::default()).arg("path", path.display()).arg("detail", e),
        )
    };
    if path == Path::new("-") {
        return rep.stdout(bytes);
    }
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return match std::fs::write(path, bytes) {
            Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(fail(e)),
            _ => Ok(()),
        };
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".wirc-tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes).and_then(|_| std::fs::rename(&tmp, path)).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}

fn options(level: Level) -> Options {
    Options { opt_level: level.into(), ..Options::default() }
}

fn build(rep: &Reporter, b: BuildArgs) -> ExitCode {
    let src = match read_text(rep, &b.file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut timer = if b.time_passes { wirc::Timer::on() } else { wirc::Timer::off() };
    let opts = Options { passes: b.passes.clone(), print_after: b.print_after.clone(), ..options(b.opt_level) };
    let compiled = wirc::compile_timed(&src, &opts, &mut timer);
    if b.time_passes {
        let mut table = String::new();
        for s in &timer.stages {
            let peak = s.peak_kib.map_or("-".to_string(), |k| format!("{:.1} MiB", k as f64 / 1024.0));
            table.push_str(&format!("time: {:>9.3} ms  peak {:>10}  {}\n", s.seconds * 1e3, peak, s.name));
        }
        let _ = Stream::Err.write(table.as_bytes());
    }
    let wasm = match compiled {
        Ok(w) => w,
        Err(diags) => return rep.source(&b.file, &src, &diags),
    };
    let (bytes, ext) = match b.emit {
        Emit::Wasm => (wasm, "wasm"),
        Emit::Wat => match wirc::to_wat(&wasm) {
            Ok(t) => (t.into_bytes(), "wat"),
            Err(d) => return rep.source(&b.file, &src, &d),
        },
    };
    let out = b.output.unwrap_or_else(|| b.file.with_extension(ext));
    exit_code(write_output(rep, &out, &bytes))
}

/// 0 for a command that did its work, else the code of its failure.
fn exit_code(done: Result<(), ExitCode>) -> ExitCode {
    done.err().unwrap_or(ExitCode::SUCCESS)
}

fn check(rep: &Reporter, file: &Path) -> ExitCode {
    let src = match read_text(rep, file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match wirc::check(&src) {
        Ok(_) => ExitCode::SUCCESS,
        Err(diags) => rep.source(file, &src, &diags),
    }
}

fn fmt(rep: &Reporter, file: &Path, write: bool, check_only: bool) -> ExitCode {
    let src = match read_text(rep, file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Formatting needs only a module that parses and resolves; invalid programs can be formatted.
    let module = match wasmir_syntax::parse(&src) {
        Ok((m, _)) => m,
        Err(diags) => return rep.source(file, &src, &diags),
    };
    let text = wasmir_syntax::print_module(&module);
    if check_only {
        return if text == src { ExitCode::SUCCESS } else { ExitCode::from(1) };
    }
    if write {
        return exit_code(write_output(rep, file, text.as_bytes()));
    }
    exit_code(rep.stdout(text.as_bytes()))
}

fn run(rep: &Reporter, file: &Path, name: &str, args: &[String], level: Level, backend: Backend) -> ExitCode {
    let bytes = match read(rep, file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let results = if bytes.starts_with(b"\0asm") {
        if backend != Backend::Wasmtime {
            let which = if backend == Backend::Native { "native" } else { "interp" };
            return rep.plain(
                &Diagnostic::new(codes::INTERP_NEEDS_WIR, Default::default())
                    .arg("path", file.display())
                    .arg("backend", which),
            );
        }
        Runner::new(&bytes).and_then(|r| r.call_with_text(name, args))
    } else {
        let Ok(src) = String::from_utf8(bytes) else {
            return rep.plain(&Diagnostic::new(codes::NOT_UTF8, Default::default()).arg("path", file.display()));
        };
        match backend {
            Backend::Wasmtime => {
                let (mut module, spans) = match wirc::check(&src) {
                    Ok(m) => m,
                    Err(diags) => return rep.source(file, &src, &diags),
                };
                // The export's IR signature, so that `i128` arguments and results read as one value.
                let sigs = wirc::run::export_signatures(&module);
                match wirc::compile_module(&mut module, &spans, &options(level)) {
                    Ok(w) => Runner::new(&w).and_then(|r| r.with_ir_signatures(sigs).call_with_text(name, args)),
                    Err(diags) => return rep.source(file, &src, &diags),
                }
            }
            Backend::Interp => {
                let mut module = match wirc::check(&src) {
                    Ok((m, _)) => m,
                    Err(diags) => return rep.source(file, &src, &diags),
                };
                wasmir_opt::run_pipeline(&mut module, level.into());
                wirc::run::interpret(&module, name, args)
            }
            Backend::Native => {
                let mut module = match wirc::check(&src) {
                    Ok((m, _)) => m,
                    Err(diags) => return rep.source(file, &src, &diags),
                };
                wasmir_opt::run_pipeline(&mut module, level.into());
                wirc::run::compile_native(&module).and_then(|n| wirc::run::run_native(&n, name, args))
            }
        }
    };
    match results {
        Ok(vals) => {
            let text: String = vals.iter().map(|v| format!("{v}\n")).collect();
            exit_code(rep.stdout(text.as_bytes()))
        }
        Err(d) => rep.plain(&d),
    }
}
