//! Rendering diagnostics as rustc-style text with codespan-reporting.

use super::{Diagnostic, Messages, Severity};
use codespan_reporting::diagnostic::{self as cs, LabelStyle};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;

/// Renders one diagnostic against the source text `source` of the file named `file_name`.
/// Spans past the end of `source` are clamped, so a stale span cannot make rendering fail.
pub fn render_one(msgs: &Messages, file_name: &str, source: &str, d: &Diagnostic) -> String {
    let id = d.code.message_id();
    let headline = msgs.format(&id, None, &d.args).unwrap_or_else(|| format!("error {}", d.code));
    let clamp = |r: core::ops::Range<usize>| {
        let end = r.end.min(source.len());
        r.start.min(end)..end
    };
    let mut labels = vec![cs::Label::new(LabelStyle::Primary, (), clamp(d.span.range()))
        .with_message(msgs.format(&id, Some("label"), &d.args).unwrap_or_default())];
    for l in &d.labels {
        labels.push(
            cs::Label::new(LabelStyle::Secondary, (), clamp(l.span.range()))
                .with_message(msgs.format(&id, Some(l.attr), &d.args).unwrap_or_default()),
        );
    }
    let severity = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
    };
    let mut diag =
        cs::Diagnostic::new(severity).with_code(d.code.to_string()).with_message(headline).with_labels(labels);
    if let Some(hint) = msgs.format(&id, Some("hint"), &d.args) {
        diag = diag.with_notes(vec![format!("help: {hint}")]);
    }
    let file = SimpleFile::new(file_name, source);
    term::emit_into_string(&term::Config::default(), &file, &diag)
        .unwrap_or_else(|_| format!("error[{}]: {}\n", d.code, file_name))
}

/// Renders every diagnostic, in order, separated as rustc separates them.
pub fn render(msgs: &Messages, file_name: &str, source: &str, diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| render_one(msgs, file_name, source, d)).collect()
}
