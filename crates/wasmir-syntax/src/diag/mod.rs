//! Diagnostics: what went wrong, where, and how to fix it.
//!
//! A [`Diagnostic`] holds only data (a code, spans and named arguments); its words come from Fluent
//! resources (`locales/<lang>/*.ftl`), one message per code, so every diagnostic exists in every
//! shipped language. [`render`] turns diagnostics into rustc-style text with codespan-reporting,
//! at most [`MAX_RENDERED`] per file, then a `more-errors` line (the one message that is not a
//! code's).
//!
//! Message layout in a `.ftl` file, for code `E0203`:
//!
//! ```ftl
//! e0203 = value `{$value}` is used before it is defined      # the headline
//!     .label = used here                                     # the primary span's label
//!     .hint = define the value in a block that dominates ... # printed as `= help:`
//!     .def = defined here                                    # secondary labels, by name
//! ```
//!
//! Code ranges: E00xx lexing and parsing, E01xx name resolution, E02xx verification, E03xx
//! emission, E04xx the `wirc` driver, E05xx mir-export. Each crate names its codes in a registry of
//! typed constants (`pub const NAME: Code`, plus `ALL`): [`codes`] here, `wasmir_verify::codes`,
//! `wasmir_emit::codes`, `wirc::codes`; diagnostics are made with [`Diagnostic::new`] and a constant,
//! never a bare number.

pub mod codes;
mod messages;
mod render;

pub use messages::{Locale, Messages};
pub use render::{render, render_omitted, render_one, SourceFile, MAX_RENDERED};

use crate::ir::Span;

/// A diagnostic code such as `E0203`: the number, printed with four digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(pub u16);

impl core::fmt::Display for Code {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "E{:04}", self.0)
    }
}

impl Code {
    /// The Fluent message id for this code (`e0203`).
    pub fn message_id(self) -> String {
        format!("e{:04}", self.0)
    }
}

/// How bad it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Compilation fails.
    Error,
    /// Compilation goes on.
    Warning,
}

/// A secondary span with the Fluent attribute that names it (`.def` -> `"def"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// The attribute of the code's message that gives the label text.
    pub attr: &'static str,
}

/// One diagnostic: a code, a primary span, named arguments for the message, secondary labels.
/// The headline, primary label and hint are the Fluent message of the code and its `.label` and
/// `.hint` attributes, formatted with `args`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The code; selects the message.
    pub code: Code,
    /// The offending text.
    pub span: Span,
    /// Named message arguments (`$value` -> `("value", "%x")`), in insertion order.
    pub args: Vec<(&'static str, String)>,
    /// Other places that explain the error.
    pub labels: Vec<Label>,
}

impl Diagnostic {
    /// An error with code `code` (a constant of a crate's `codes` registry) at `span`.
    pub fn new(code: Code, span: Span) -> Diagnostic {
        Diagnostic { severity: Severity::Error, code, span, args: Vec::new(), labels: Vec::new() }
    }

    /// Adds a message argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Diagnostic {
        self.args.push((name, value.to_string()));
        self
    }

    /// Adds a secondary label whose text is the message attribute `attr`.
    pub fn label(mut self, span: Span, attr: &'static str) -> Diagnostic {
        self.labels.push(Label { span, attr });
        self
    }

    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
