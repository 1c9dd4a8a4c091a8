//! Diagnostics: errors for MIR constructs outside the supported subset (codes E0500-E0599).

use std::fmt;

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
    /// E0504: unsupported type (references, floats, 128-bit integers, arrays, ...).
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
        }
    }
}

/// A source position: file as rustc knows it (as given on the command line), 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pos {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
}

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
        Diag { code, message: message.into(), function: None, pos: None, help: help.into() }
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

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error[{}]: {}", self.code.as_str(), self.message)?;
        if let Some(func) = &self.function {
            write!(f, " in function `{func}`")?;
        }
        writeln!(f)?;
        if let Some(p) = &self.pos {
            writeln!(f, "  --> {}:{}:{}", p.file, p.line, p.col)?;
        }
        if !self.help.is_empty() {
            writeln!(f, "   = help: {}", self.help)?;
        }
        Ok(())
    }
}

/// Shorthand for results carrying one diagnostic.
pub type DResult<T> = Result<T, Diag>;
