//! The compilation pipeline, in QBE's style: a plain list of steps, each checked.
//!
//! text --parse--> IR --verify--> IR --optimize (verify after each pass in debug runs)--> IR
//! --emit--> wasm bytes --wasmparser validate--> output.

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
}

impl Default for Options {
    fn default() -> Options {
        Options { opt_level: OptLevel::O2, verify_each_pass: false, emit: EmitOptions::default() }
    }
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
    let (mut module, spans) = check(src)?;
    compile_module(&mut module, &spans, opts)
}

/// Optimizes and emits a verified module. `spans` locate diagnostics of the emitter.
pub fn compile_module(module: &mut Module, spans: &SourceMap, opts: &Options) -> Result<Vec<u8>, Vec<Diagnostic>> {
    if opts.verify_each_pass {
        wasmir_opt::run_pipeline_checked(module, opts.opt_level, |pass, m| {
            let errors = wasmir_verify::verify(m, &SourceMap::default());
            match errors.first() {
                None => Ok(()),
                // A pass broke valid IR: a compiler bug, reported with the pass's name.
                Some(first) => Err(vec![Diagnostic::error(499, Span::default())
                    .arg("pass", pass)
                    .arg("detail", format!("{} verifier error(s), first {}", errors.len(), first.code))]),
            }
        })?;
    } else {
        wasmir_opt::run_pipeline(module, opts.opt_level);
    }
    let bytes = wasmir_emit::emit_with(module, spans, &opts.emit)?;
    validate(&bytes)?;
    Ok(bytes)
}

/// Validates emitted bytes with wasmparser; a failure is a compiler bug (E0498).
pub fn validate(bytes: &[u8]) -> Result<(), Vec<Diagnostic>> {
    wasmparser::Validator::new()
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| vec![Diagnostic::error(498, Span::default()).arg("detail", e.to_string())])
}

/// The wat text of a wasm binary (wasmprinter).
pub fn to_wat(bytes: &[u8]) -> Result<String, Vec<Diagnostic>> {
    wasmprinter::print_bytes(bytes)
        .map_err(|e| vec![Diagnostic::error(498, Span::default()).arg("detail", e.to_string())])
}
