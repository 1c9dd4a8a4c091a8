//! Diagnostics: errors for MIR constructs outside the supported subset (codes E0500-E0599).

use std::collections::BTreeMap;
use wasmir_syntax::diag::{Code as CodeNumber, Diagnostic, MAX_RENDERED, Messages, SourceFile, render_omitted};
use wasmir_syntax::ir::Span;
use wasmir_syntax::ir::builder::BuildError;

/// A diagnostic code. Every code is listed in the crate README.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// E0500: the driver could not run (bad command line, compilation failed, I/O error).
    Driver,
    /// E0501: unsupported MIR rvalue.
    Rvalue,
    /// E0502: unsupported MIR statement.
    Statement,
    /// E0503: unsupported MIR terminator.
    Terminator,
    /// E0504: unsupported type (references, pointers, f16/f128, arrays, ...).
    Type,
    /// E0505: unsupported place projection (`Deref`, `Index`, ...).
    Projection,
    /// E0506: unsupported constant.
    Constant,
    /// E0507: unsupported intrinsic.
    Intrinsic,
    /// E0508: unsupported callee (function pointer, virtual call, body not available).
    Callee,
    /// E0509: unsupported cast.
    Cast,
    /// E0510: unsupported operator.
    Operator,
    /// E0511: unsupported exported or imported function signature.
    Signature,
    /// E0512: the crate is not compiled for `wasm32`.
    Target,
    /// E0513: an invariant of mir-export itself does not hold (a bug, reported instead of a panic).
    Internal,
    /// E0514: a linear value (a `#[wasm::linear]` type) where the WasmIR verifier cannot follow it:
    /// in memory, in an enum, union, closure or array (spec chapter 13, design O11).
    Linear,
    /// An ownership rule of the WasmIR verifier (E0256-E0267) broken by the Rust program: a
    /// `#[wasm::linear]` value dropped implicitly, used after a move, reused in a loop. Reported
    /// with the verifier's own code and message, at the Rust line of the instruction.
    Ownership(u8),
}

impl Code {
    /// The `E05xx` spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Driver => "E0500",
            Code::Rvalue => "E0501",
            Code::Statement => "E0502",
            Code::Terminator => "E0503",
            Code::Type => "E0504",
            Code::Projection => "E0505",
            Code::Constant => "E0506",
            Code::Intrinsic => "E0507",
            Code::Callee => "E0508",
            Code::Cast => "E0509",
            Code::Operator => "E0510",
            Code::Signature => "E0511",
            Code::Target => "E0512",
            Code::Internal => "E0513",
            Code::Linear => "E0514",
            // The code's number less 256 (E0256-E0267), so that `Code` stays one byte.
            Code::Ownership(n) => match n {
                0 => "E0256",
                1 => "E0257",
                2 => "E0258",
                3 => "E0259",
                4 => "E0260",
                5 => "E0261",
                6 => "E0262",
                7 => "E0263",
                8 => "E0264",
                9 => "E0265",
                10 => "E0266",
                _ => "E0267",
            },
        }
    }
}

/// A source position: file as rustc knows it (as given on the command line), 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pos {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

/// The message arguments of a verifier diagnostic that mir-export reports as its own.
#[derive(Clone, Debug)]
pub struct VerifierArgs(pub Vec<(&'static str, String)>);

/// One error diagnostic.
#[derive(Clone, Debug)]
pub struct Diag {
    /// Its code.
    pub code: Code,
    /// The message, e.g. "unsupported MIR rvalue `Ref`".
    pub message: String,
    /// The Rust function being exported, if any.
    pub function: Option<String>,
    /// Where, if known.
    pub pos: Option<Pos>,
    /// A `= help:` line.
    pub help: String,
    /// The message arguments of a verifier diagnostic passed through (`Code::Ownership`); boxed
    /// so that `DResult`'s error stays small.
    pub verifier: Option<Box<VerifierArgs>>,
}

impl Diag {
    /// E0513: an internal invariant failed; `what` says which.
    pub fn internal(what: &str) -> Diag {
        Diag::new(
            Code::Internal,
            format!("internal error in mir-export: {what}"),
            "this is a bug in mir-export; please report it with the Rust file",
        )
    }

    /// A diagnostic without function or position.
    pub fn new(code: Code, message: impl Into<String>, help: impl Into<String>) -> Diag {
        Diag { code, message: message.into(), function: None, pos: None, help: help.into(), verifier: None }
    }

    /// Sets the position unless one is already set.
    pub fn at(mut self, pos: Option<Pos>) -> Diag {
        if self.pos.is_none() {
            self.pos = pos;
        }
        self
    }

    /// Sets the function unless one is already set.
    pub fn in_fn(mut self, name: &str) -> Diag {
        if self.function.is_none() {
            self.function = Some(name.to_string());
        }
        self
    }
}

impl From<BuildError> for Diag {
    /// A call the WasmIR builder refused: mir-export misused it (E0513).
    fn from(e: BuildError) -> Diag {
        Diag::internal(&format!("the WasmIR builder refused a call: {e}"))
    }
}

impl Diag {
    /// E0513 for a verifier diagnostic about the module mir-export built: the verifier's code and
    /// its English message (the module has no source text, so there is no span to show).
    pub fn unverified(d: &Diagnostic, msgs: &Messages) -> Diag {
        let text = msgs.format(&d.code.message_id(), None, &d.args).unwrap_or_default();
        Diag::internal(&format!("the exported WasmIR does not verify: {}: {text}", d.code))
    }

    /// A verifier diagnostic of an ownership rule (E0256-E0267) that the Rust program broke, at
    /// the Rust position of its instruction (the checker's `source_loc` argument) and in the
    /// function it names; `None` for other codes, which are mir-export's bugs.
    pub fn ownership(d: &Diagnostic) -> Option<Diag> {
        if !(256..=267).contains(&d.code.0) {
            return None;
        }
        let arg = |k: &str| d.args.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
        let pos = arg("source_loc").and_then(|s| {
            let mut it = s.rsplitn(3, ':');
            let col = it.next()?.parse().ok()?;
            let line = it.next()?.parse().ok()?;
            Some(Pos { file: it.next()?.to_string(), line, col })
        });
        Some(Diag {
            code: Code::Ownership((d.code.0 - 256) as u8),
            message: String::new(),
            function: arg("func"),
            pos,
            help: String::new(),
            verifier: Some(Box::new(VerifierArgs(d.args.clone()))),
        })
    }
}

impl Code {
    /// The number of the code (`E0501` -> 501).
    pub fn number(self) -> u16 {
        self.as_str()[1..].parse().unwrap_or(500)
    }
}

/// Renders `diags` as wirc renders its diagnostics (see [`render`]): at most
/// [`MAX_RENDERED`] of them, then the count of the others, with each source file read and
/// line-indexed once for all its diagnostics (once per diagnostic made N of them cost N × the
/// file's size).
pub fn render_all(msgs: &Messages, diags: &[Diag]) -> String {
    let shown = &diags[..diags.len().min(MAX_RENDERED)];
    // Ordered maps, though only looked up: nothing here may depend on hashing.
    let mut texts: BTreeMap<&str, Option<String>> = BTreeMap::new();
    for p in shown.iter().filter_map(|d| d.pos.as_ref()) {
        texts.entry(p.file.as_str()).or_insert_with(|| std::fs::read_to_string(&p.file).ok());
    }
    let files: BTreeMap<&str, SourceFile<'_>> =
        texts.iter().filter_map(|(&name, text)| Some((name, SourceFile::new(name, text.as_deref()?)))).collect();
    let mut out: String =
        shown.iter().map(|d| render(msgs, d, d.pos.as_ref().and_then(|p| files.get(p.file.as_str())))).collect();
    if diags.len() > shown.len() {
        out.push_str(&render_omitted(msgs, diags.len() - shown.len()));
    }
    out
}

/// Renders `d` as wirc renders its diagnostics: the code's Fluent message (headline with `$detail`,
/// label naming the function, hint) in the language of `msgs`, and the Rust source line under
/// codespan-reporting when `file`, the file `d.pos` names, could be read; without a position, the
/// headline and hint only.
pub fn render(msgs: &Messages, d: &Diag, file: Option<&SourceFile<'_>>) -> String {
    let help = if d.help.is_empty() { "see crates/mir-export/README.md for the supported subset" } else { &d.help };
    let function = d.function.clone().unwrap_or_else(|| "none".to_string());
    let span = file.zip(d.pos.as_ref()).and_then(|(f, p)| line_span(f, p.line as usize, p.col as usize));
    let mut diag = Diagnostic::new(CodeNumber(d.code.number()), span.unwrap_or_default())
        .arg("detail", &d.message)
        .arg("function", &function)
        .arg("help", help);
    // A verifier diagnostic keeps the verifier's message and arguments (in every language).
    if let (Code::Ownership(_), Some(v)) = (d.code, &d.verifier) {
        diag.args = v.0.clone();
    }
    match (file, span) {
        (Some(f), Some(_)) => f.render_one(msgs, &diag),
        _ => {
            let id = diag.code.message_id();
            let mut out = format!("error[{}]: {}\n", diag.code, msgs.format(&id, None, &diag.args).unwrap_or_default());
            if let Some(p) = &d.pos {
                out.push_str(&format!("  --> {}:{}:{}\n", p.file, p.line, p.col));
            }
            if let Some(label) = msgs.format(&id, Some("label"), &diag.args) {
                out.push_str(&format!("   = note: {label}\n"));
            }
            out.push_str(&format!("   = help: {}\n", msgs.format(&id, Some("hint"), &diag.args).unwrap_or_default()));
            out
        }
    }
}

/// The byte span from 1-based `line`:`col` (a column counted in characters) to the end of that
/// line, or `None` if the file is shorter.
fn line_span(file: &SourceFile<'_>, line: usize, col: usize) -> Option<Span> {
    let start_of_line = file.line_start(line)?;
    let text = file.source().get(start_of_line..)?.lines().next()?;
    let off = text.char_indices().nth(col.saturating_sub(1)).map_or(text.len(), |(i, _)| i);
    let end = start_of_line + text.trim_end().len().max(off);
    Some(Span::new(start_of_line + off, end))
}

/// Shorthand for results carrying one diagnostic.
pub type DResult<T> = Result<T, Diag>;
