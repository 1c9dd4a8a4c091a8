//! The compilation pipeline, in QBE's style: a plain list of steps, each checked.
//!
//! text --parse--> IR --verify--> IR --optimize (verify after each pass in debug runs)--> IR
//! --emit--> wasm bytes --wasmparser validate--> output.

use crate::codes;
use wasmir_emit::EmitOptions;
use wasmir_opt::OptLevel;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{Module, SourceMap, Span};

/// Options of one compilation.
#[derive(Clone, Debug)]
pub struct Options {
    /// Optimization level (`-O0` runs no pass).
    pub opt_level: OptLevel,
    /// Run the verifier after every pass and report which pass broke the IR (Binaryen's
    /// `--validate` after each pass). Slower; the test harness turns it on.
    pub verify_each_pass: bool,
    /// Emitter choices that do not change behaviour (the local allocator).
    pub emit: EmitOptions,
    /// `--passes=a,b`: run exactly these passes, once each, in order, instead of the pipeline of
    /// `opt_level`.
    pub passes: Option<Vec<String>>,
    /// `--print-after=PASS`: print the module to standard error after every run of these passes.
    pub print_after: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            opt_level: OptLevel::O2,
            verify_each_pass: false,
            emit: EmitOptions::default(),
            passes: None,
            print_after: Vec::new(),
        }
    }
}

/// E0427 unless every name in `names` is a registered pass.
fn check_pass_names<'a>(names: impl IntoIterator<Item = &'a String>) -> Result<(), Vec<Diagnostic>> {
    for n in names {
        if wasmir_opt::find_pass(n).is_none() {
            let all: Vec<&str> = wasmir_opt::PASSES.iter().map(|p| p.name).collect();
            return Err(vec![Diagnostic::new(codes::UNKNOWN_PASS, Span::default())
                .arg("pass", n)
                .arg("passes", all.join(", "))]);
        }
    }
    Ok(())
}

/// The source map of the functions named `before` (in function order) carried over to `after`'s
/// by name: module passes (`dead-funcs`) renumber functions, and emitter diagnostics must still
/// point at the right one.
fn remap_spans(before: &[String], spans: &SourceMap, after: &Module) -> SourceMap {
    let by_name: rustc_hash::FxHashMap<&str, wasmir_syntax::ir::FuncId> =
        before.iter().enumerate().map(|(i, n)| (n.as_str(), cranelift_entity::EntityRef::new(i))).collect();
    let mut out = spans.clone();
    out.funcs = Default::default();
    for (id, f) in after.funcs.iter() {
        if let Some(&old) = by_name.get(f.name.as_str()) {
            out.funcs[id] = spans.funcs[old].clone();
        }
    }
    out
}

/// Parses and verifies `src`. Errors are diagnostics against `src`.
pub fn check(src: &str) -> Result<(Module, SourceMap), Vec<Diagnostic>> {
    let (module, spans) = wasmir_syntax::parse(src)?;
    let errors = wasmir_verify::verify(&module, &spans);
    if errors.iter().any(Diagnostic::is_error) {
        return Err(errors);
    }
    Ok((module, spans))
}

/// Compiles WasmIR text to a validated wasm binary.
pub fn compile(src: &str, opts: &Options) -> Result<Vec<u8>, Vec<Diagnostic>> {
    compile_timed(src, opts, &mut Timer::off())
}

/// [`compile`], recording each stage's time and peak memory in `timer` (`wirc build
/// --time-passes`).
pub fn compile_timed(src: &str, opts: &Options, timer: &mut Timer) -> Result<Vec<u8>, Vec<Diagnostic>> {
    timer.start();
    let (mut module, spans) = wasmir_syntax::parse(src)?;
    timer.stop("parse");
    let errors = wasmir_verify::verify(&module, &spans);
    timer.stop("verify");
    if errors.iter().any(Diagnostic::is_error) {
        return Err(errors);
    }
    compile_module_timed(&mut module, &spans, opts, timer)
}

/// Optimizes and emits a verified module. `spans` locate diagnostics of the emitter.
pub fn compile_module(module: &mut Module, spans: &SourceMap, opts: &Options) -> Result<Vec<u8>, Vec<Diagnostic>> {
    compile_module_timed(module, spans, opts, &mut Timer::off())
}

fn compile_module_timed(
    module: &mut Module,
    spans: &SourceMap,
    opts: &Options,
    timer: &mut Timer,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    check_pass_names(opts.passes.iter().flatten().chain(&opts.print_after))?;
    let funcs_before = module.funcs.len();
    // Only passes can renumber functions: names are kept for that case alone.
    let legalize = wasmir_opt::legalize_i128::has_i128(module);
    let strip = wasmir_opt::strip_ownership::has_ownership(module);
    let passes_run =
        legalize || strip || opts.passes.as_ref().map_or(opts.opt_level != OptLevel::O0, |p| !p.is_empty());
    let before: Vec<String> =
        if passes_run { module.funcs.values().map(|f| f.name.clone()).collect() } else { Vec::new() };
    timer.start();
    let observe = |pass: &'static str, changed: wasmir_opt::Changed, m: &Module| {
        timer.stop(pass);
        if opts.print_after.iter().any(|p| p == pass) {
            eprint!("; after {pass}\n{}", wasmir_syntax::print_module(m));
        }
        if !(opts.verify_each_pass && changed.0) {
            return Ok(());
        }
        let errors = wasmir_verify::verify(m, &SourceMap::default());
        timer.stop("verify-each-pass");
        match errors.first() {
            None => Ok(()),
            // A pass broke valid IR: a compiler bug, reported with the pass's name.
            Some(first) => Err(vec![Diagnostic::new(codes::PASS_BROKE_IR, Span::default())
                .arg("pass", pass)
                .arg("count", errors.len())
                .arg("first", first.code)]),
        }
    };
    let mut observe = observe;
    // Ownership was verified with the module; no pass keeps it valid, so it goes first (spec
    // §11.3, §11.4), whatever the level or `--passes=`.
    if strip {
        let strip: Vec<&'static wasmir_opt::Pass> = wasmir_opt::find_pass("strip-ownership").into_iter().collect();
        wasmir_opt::run_passes(module, &strip, &mut observe)?;
    }
    match &opts.passes {
        Some(names) => {
            let passes: Vec<&'static wasmir_opt::Pass> =
                names.iter().filter_map(|n| wasmir_opt::find_pass(n)).collect();
            wasmir_opt::run_passes(module, &passes, &mut observe)?
        }
        None => wasmir_opt::run_pipeline_observed(module, opts.opt_level, &mut observe)?,
    }
    // wasm has no i128: legalization runs whatever the passes were (spec §11.3), and the
    // optimizer cleans up after it (constant high halves, unused carries) when it ran before.
    if legalize {
        let legalize: Vec<&'static wasmir_opt::Pass> = wasmir_opt::find_pass("legalize-i128").into_iter().collect();
        wasmir_opt::run_passes(module, &legalize, &mut observe)?;
        if opts.passes.is_none() {
            wasmir_opt::run_pipeline_observed(module, opts.opt_level, &mut observe)?;
        }
    }
    let remapped = (module.funcs.len() != funcs_before).then(|| remap_spans(&before, spans, module));
    let spans = remapped.as_ref().unwrap_or(spans);
    // The module was verified before the passes (the precondition of this function). Whether a
    // pass broke it is checked after each pass with `verify_each_pass` (every test does) and in
    // debug builds; a release build trusts the passes there, since verifying again would cost a
    // fifth of an -O2 build, and still validates the output (E0498 for a pass bug that slips by).
    let reverify = passes_run && (opts.verify_each_pass || cfg!(debug_assertions));
    let emit = wasmir_emit::EmitOptions { verify: reverify && opts.emit.verify, ..opts.emit };
    timer.start();
    let bytes = wasmir_emit::emit_with(module, spans, &emit)?;
    timer.stop("emit");
    validate(&bytes)?;
    timer.stop("validate");
    Ok(bytes)
}

/// One stage of a timed compilation: passes that run in several rounds are summed.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    /// `parse`, `verify`, a pass name, `emit`, `validate`.
    pub name: &'static str,
    /// Wall-clock time, in seconds.
    pub seconds: f64,
    /// The largest resident set size during the stage, in KiB (Linux `VmHWM`, reset before each
    /// stage through `/proc/self/clear_refs`); `None` where the system does not say.
    pub peak_kib: Option<u64>,
}

/// Records [`Stage`]s; does nothing (not even read the clock) when off.
#[derive(Debug)]
pub struct Timer {
    on: bool,
    /// Stages in the order they first ran.
    pub stages: Vec<Stage>,
    since: Option<std::time::Instant>,
}

impl Timer {
    /// A timer that records.
    pub fn on() -> Timer {
        Timer { on: true, stages: Vec::new(), since: None }
    }

    /// A timer that records nothing.
    pub fn off() -> Timer {
        Timer { on: false, stages: Vec::new(), since: None }
    }

    /// Starts a stage: resets the peak memory reading and the clock.
    fn start(&mut self) {
        if self.on {
            // Linux: writing 5 resets VmHWM to the current RSS (proc(5)); elsewhere it fails and
            // the peak is then the process's peak so far.
            let _ = std::fs::write("/proc/self/clear_refs", "5");
            self.since = Some(std::time::Instant::now());
        }
    }

    /// Ends the stage `name` and starts the next one.
    fn stop(&mut self, name: &'static str) {
        if !self.on {
            return;
        }
        let seconds = self.since.map_or(0.0, |t| t.elapsed().as_secs_f64());
        let peak_kib = peak_rss_kib();
        match self.stages.iter_mut().find(|s| s.name == name) {
            Some(s) => {
                s.seconds += seconds;
                s.peak_kib = s.peak_kib.max(peak_kib);
            }
            None => self.stages.push(Stage { name, seconds, peak_kib }),
        }
        self.start();
    }
}

/// `VmHWM` of `/proc/self/status`, in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Validates emitted bytes with wasmparser; a failure is a compiler bug (E0498).
pub fn validate(bytes: &[u8]) -> Result<(), Vec<Diagnostic>> {
    wasmparser::Validator::new()
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| vec![Diagnostic::new(codes::INVALID_OUTPUT, Span::default()).arg("detail", e.to_string())])
}

/// The wat text of a wasm binary (wasmprinter).
pub fn to_wat(bytes: &[u8]) -> Result<String, Vec<Diagnostic>> {
    wasmprinter::print_bytes(bytes)
        .map_err(|e| vec![Diagnostic::new(codes::INVALID_OUTPUT, Span::default()).arg("detail", e.to_string())])
}
