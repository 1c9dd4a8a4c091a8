//! Rendering diagnostics as rustc-style text with codespan-reporting.
//!
//! The cost is linear in the input whatever it holds: a file's line index is built once
//! ([`SourceFile`]) and shared by all its diagnostics, at most [`MAX_RENDERED`] diagnostics are
//! rendered, and a very long line is shown as a window around the spans rather than whole. Without
//! these, N errors on one line of length L printed N × L bytes (gigabytes for a generated file).

use super::{Diagnostic, Messages, Severity};
use codespan_reporting::diagnostic::{self as cs, LabelStyle};
use codespan_reporting::files::{self, Files};
use codespan_reporting::term;
use core::ops::Range;
use fluent_bundle::FluentArgs;

/// The most diagnostics [`render`] prints for one file; the rest are counted in one closing line.
///
/// After the first few errors in a file, later ones are mostly consequences of earlier ones, and
/// nobody reads thousands; an unbounded list also made output size and time grow with the number of
/// errors. 100 is javac's default (`-Xmaxerrs`): enough to fix a batch of independent mistakes (one
/// per function of a large generated module, say) before compiling again.
pub const MAX_RENDERED: usize = 100;

/// Lines longer than this many bytes are shown as a window around the diagnostic's spans: a
/// terminal line is rarely wider, and a generated file may hold a whole function on one line.
const LONG_LINE: usize = 300;

/// Bytes of a long line kept on each side of the spans shown in it; also the most bytes of a span
/// shown in a long line (its carets run to the cut).
const CONTEXT: usize = 100;

/// A source file and its line index, built once and shared by every diagnostic rendered against
/// the file (a fresh index per diagnostic made N diagnostics cost N × the file's size).
pub struct SourceFile<'s> {
    name: &'s str,
    source: &'s str,
    /// The byte offset of each line's first character; the first is 0.
    line_starts: Vec<usize>,
}

impl<'s> SourceFile<'s> {
    /// Indexes the lines of `source`, the text of the file named `name`.
    pub fn new(name: &'s str, source: &'s str) -> SourceFile<'s> {
        SourceFile { name, source, line_starts: files::line_starts(source).collect() }
    }

    /// The file's text.
    pub fn source(&self) -> &'s str {
        self.source
    }

    /// The byte offset where the 1-based line `number` starts, if the file has that line.
    pub fn line_start(&self, number: usize) -> Option<usize> {
        self.line_starts.get(number.checked_sub(1)?).copied()
    }

    /// Renders one diagnostic. Spans past the end of the source are clamped, so a stale span
    /// cannot make rendering fail.
    pub fn render_one(&self, msgs: &Messages, d: &Diagnostic) -> String {
        let id = d.code.message_id();
        let headline = msgs.format(&id, None, &d.args).unwrap_or_else(|| format!("error {}", d.code));
        let primary = self.clamp(d.span.range());
        let mut spans = vec![primary.clone()];
        let mut labels = vec![cs::Label::new(LabelStyle::Primary, (), primary)
            .with_message(msgs.format(&id, Some("label"), &d.args).unwrap_or_default())];
        for l in &d.labels {
            let range = self.clamp(l.span.range());
            spans.push(range.clone());
            labels.push(
                cs::Label::new(LabelStyle::Secondary, (), range)
                    .with_message(msgs.format(&id, Some(l.attr), &d.args).unwrap_or_default()),
            );
        }
        let severity = match d.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
        };
        let mut diag =
            cs::Diagnostic::new(severity).with_code(d.code.to_string()).with_message(headline).with_labels(labels);
        let mut notes = Vec::new();
        // Where the instruction came from (its `loc`, spec §2.2 D9): the producer's source line,
        // e.g. the Rust line mir-export lowered it from.
        if let Some((_, loc)) = d.args.iter().find(|(k, _)| *k == "source_loc") {
            if let Some(note) = msgs.format("note-source", None, &[("loc", loc.clone())]) {
                notes.push(format!("note: {note}"));
            }
        }
        if let Some(hint) = msgs.format(&id, Some("hint"), &d.args) {
            notes.push(format!("help: {hint}"));
        }
        if !notes.is_empty() {
            diag = diag.with_notes(notes);
        }
        let view = View { file: self, spans };
        term::emit_into_string(&term::Config::default(), &view, &diag)
            .unwrap_or_else(|_| format!("error[{}]: {}\n", d.code, self.name))
    }

    /// Renders `diags` in order, at most [`MAX_RENDERED`] of them, then the count of the others.
    pub fn render(&self, msgs: &Messages, diags: &[Diagnostic]) -> String {
        let shown = diags.len().min(MAX_RENDERED);
        let mut out: String = diags[..shown].iter().map(|d| self.render_one(msgs, d)).collect();
        if diags.len() > shown {
            out.push_str(&render_omitted(msgs, diags.len() - shown));
        }
        out
    }

    /// `r` within the source and on character boundaries (codespan slices the source with it).
    fn clamp(&self, r: Range<usize>) -> Range<usize> {
        let end = self.floor_char(r.end.min(self.source.len()));
        self.floor_char(r.start.min(end))..end
    }

    fn floor_char(&self, mut i: usize) -> usize {
        while !self.source.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    fn ceil_char(&self, mut i: usize) -> usize {
        while !self.source.is_char_boundary(i) {
            i += 1;
        }
        i
    }

    fn line_index(&self, byte: usize) -> usize {
        match self.line_starts.binary_search(&byte) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// The bytes of line `line`, its newline included (as codespan's `SimpleFile` has them).
    fn line_range(&self, line: usize) -> Result<Range<usize>, files::Error> {
        let start = |i: usize| match self.line_starts.get(i) {
            Some(&s) => Ok(s),
            None if i == self.line_starts.len() => Ok(self.source.len()),
            None => Err(files::Error::LineTooLarge { given: i, max: self.line_starts.len().saturating_sub(1) }),
        };
        Ok(start(line)?..start(line + 1)?)
    }
}

/// Renders one diagnostic against the source text `source` of the file named `file_name`.
/// Spans past the end of `source` are clamped, so a stale span cannot make rendering fail.
///
/// This indexes the file's lines: to render several diagnostics of one file, use [`render`] or a
/// [`SourceFile`].
pub fn render_one(msgs: &Messages, file_name: &str, source: &str, d: &Diagnostic) -> String {
    SourceFile::new(file_name, source).render_one(msgs, d)
}

/// Renders diagnostics of one file in order, separated as rustc separates them: at most
/// [`MAX_RENDERED`], then one line with the number of the others ([`render_omitted`]).
pub fn render(msgs: &Messages, file_name: &str, source: &str, diags: &[Diagnostic]) -> String {
    SourceFile::new(file_name, source).render(msgs, diags)
}

/// The closing `note: N more errors not shown` of a capped list, with its hint; `count` >= 1.
pub fn render_omitted(msgs: &Messages, count: usize) -> String {
    let mut args = FluentArgs::new();
    // A number, not a string: Fluent selects the plural form only on numbers.
    args.set("count", count);
    let message = msgs.format_fluent("more-errors", None, &args).unwrap_or_else(|| format!("{count} more errors"));
    let mut diag = cs::Diagnostic::note().with_message(message);
    if let Some(hint) = msgs.format_fluent("more-errors", Some("hint"), &args) {
        diag = diag.with_notes(vec![format!("help: {hint}")]);
    }
    let empty = SourceFile::new("", "");
    let view = View { file: &empty, spans: Vec::new() };
    term::emit_into_string(&term::Config::default(), &view, &diag)
        .unwrap_or_else(|_| format!("note: {}\n", diag.message))
}

/// One diagnostic's view of a [`SourceFile`] for codespan: the file's lines, except that a long
/// line is cut to the part around the diagnostic's `spans`.
struct View<'f, 's> {
    file: &'f SourceFile<'s>,
    /// The clamped ranges of the diagnostic's labels.
    spans: Vec<Range<usize>>,
}

impl View<'_, '_> {
    /// The part of `line` to print: all of it when short; otherwise every point codespan draws in
    /// it (the start of a span, the end of one that started on an earlier line, up to [`CONTEXT`]
    /// bytes of a span within the line) with [`CONTEXT`] bytes on each side. It always contains
    /// those starts and ends: codespan subtracts the window's start from them.
    fn window(&self, line: Range<usize>) -> Range<usize> {
        if line.len() <= LONG_LINE {
            return line;
        }
        let len = self.file.source.len();
        // The last line also owns the end of the file (an "unexpected end of file" points there).
        let on_line = |p: usize| line.start <= p && (p < line.end || (p == len && line.end == len));
        let mut focus: Option<Range<usize>> = None;
        for s in &self.spans {
            let points = match (on_line(s.start), on_line(s.end)) {
                (true, true) => s.start..s.end.min(s.start.saturating_add(CONTEXT)),
                (true, false) => s.start..s.start,
                (false, true) => s.end..s.end,
                (false, false) => continue,
            };
            focus = Some(match focus {
                Some(f) => f.start.min(points.start)..f.end.max(points.end),
                None => points,
            });
        }
        // A line with no span in it (context between the ends of a multi-line span): its start.
        let focus = focus.unwrap_or(line.start..line.start);
        let start = focus.start.saturating_sub(CONTEXT).max(line.start);
        let end = focus.end.saturating_add(CONTEXT).min(line.end);
        self.file.floor_char(start)..self.file.ceil_char(end)
    }
}

impl<'a> Files<'a> for View<'_, '_> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(self.file.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(self.file.source)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, files::Error> {
        Ok(self.file.line_index(byte_index))
    }

    /// Counted from the start of the whole line, not of the window: `file:line:col` stays true.
    fn column_number(&'a self, (): (), line_index: usize, byte_index: usize) -> Result<usize, files::Error> {
        let line = self.file.line_range(line_index)?;
        Ok(files::column_index(self.file.source, line, byte_index) + 1)
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, files::Error> {
        Ok(self.window(self.file.line_range(line_index)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{codes, Locale};
    use crate::ir::Span;

    fn unknown(at: usize) -> Diagnostic {
        Diagnostic::new(codes::UNKNOWN_VALUE, Span::new(at, at + 2)).arg("name", "%u").arg("func", "@f")
    }

    #[test]
    fn renders_at_most_the_cap_then_counts_the_rest() {
        let src = "%u\n".repeat(MAX_RENDERED + 7);
        let diags: Vec<Diagnostic> = (0..MAX_RENDERED + 7).map(|i| unknown(3 * i)).collect();
        for (locale, more) in [(Locale::EnUs, "note: 7 more errors not shown"), (Locale::Fr, "note: 7 autres erreurs")]
        {
            let out = render(&Messages::new(locale), "t.wir", &src, &diags);
            assert_eq!(out.matches("error[E0104]").count(), MAX_RENDERED, "{locale:?}");
            assert_eq!(out.matches(more).count(), 1, "{locale:?}: {out}");
            assert!(out.trim_end().lines().last().is_some_and(|l| l.contains("= help:")), "{locale:?}: {out}");
            // The last rendered error is the cap's, on its own line of the file.
            assert!(out.contains(&format!("t.wir:{MAX_RENDERED}:1")), "{locale:?}");
            assert!(!out.contains(&format!("t.wir:{}:1", MAX_RENDERED + 1)), "{locale:?}");
        }
        // The singular, and no closing line at or under the cap.
        let one = render(&Messages::new(Locale::EnUs), "t.wir", &src, &diags[..MAX_RENDERED + 1]);
        assert!(one.contains("note: 1 more error not shown"), "{one}");
        let all = render(&Messages::new(Locale::EnUs), "t.wir", &src, &diags[..MAX_RENDERED]);
        assert!(!all.contains("note:"), "{all}");
    }

    #[test]
    fn every_locale_has_the_closing_line() {
        for &locale in Locale::ALL {
            let msgs = Messages::new(locale);
            assert!(msgs.has("more-errors"), "{locale:?}");
            let mut args = FluentArgs::new();
            args.set("count", 2);
            for attr in [None, Some("hint")] {
                let text = msgs.format_fluent("more-errors", attr, &args).unwrap_or_default();
                assert!(!text.is_empty() && !text.contains('{'), "{locale:?} {attr:?}: {text}");
            }
        }
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let at = 5000;
        let src = format!("{}%u{}\n", "x".repeat(at), "y".repeat(5000));
        let out = render(&Messages::new(Locale::EnUs), "t.wir", &src, &[unknown(at)]);
        // The column counts from the start of the line, and the output stays small.
        assert!(out.contains(&format!("t.wir:1:{}", at + 1)), "{out}");
        assert!(out.contains("%u") && out.contains(" ^^ "), "{out}");
        assert!(out.len() < 2 * (2 * CONTEXT + 200) + 400, "{} bytes", out.len());
        // Short lines are unchanged.
        let short = render(&Messages::new(Locale::EnUs), "t.wir", "fn %u\n", &[unknown(3)]);
        assert!(short.contains("1 │ fn %u\n"), "{short}");
    }

    #[test]
    fn long_spans_in_long_lines_are_cut_too() {
        let src = format!("export \"{}\" fn @f\n", "x".repeat(100_000));
        let d = Diagnostic::new(codes::UNKNOWN_VALUE, Span::new(7, 100_009)).arg("name", "%u").arg("func", "@f");
        let out = render(&Messages::new(Locale::EnUs), "t.wir", &src, &[d]);
        assert!(out.contains("t.wir:1:8"), "{out}");
        assert!(out.contains(&"^".repeat(CONTEXT)) && out.contains("no value of this name"), "{out}");
        assert!(out.len() < 4 * (2 * CONTEXT + 200) + 400, "{} bytes", out.len());
    }

    #[test]
    fn spans_inside_characters_or_past_the_end_do_not_panic() {
        let src = format!("{}é{}\n", "é".repeat(400), "ü".repeat(400));
        for (s, e) in [(1, 2), (801, 803), (0, 10_000), (10_000, 10_001), (3, 1)] {
            let d = Diagnostic::new(codes::UNKNOWN_VALUE, Span::new(s, e)).label(Span::new(e, s + 1), "first");
            let _ = render(&Messages::new(Locale::EnUs), "t.wir", &src, &[d]);
        }
    }
}
