//! The front end's entry point: WasmIR text to IR (spec §2).
//!
//! Text is lexed ([`crate::lexer`]), parsed into a syntax tree by the lalrpop grammar
//! (`grammar.lalrpop`, spec §2.2), then resolved into an [`ir::Module`] and its [`ir::SourceMap`]
//! ([`crate::resolve`]). Each stage reports every error it finds as a [`Diagnostic`]; a later
//! stage runs only when the earlier ones found none, so that one mistake is not reported again as
//! the confusion it causes downstream.

use crate::ast;
use crate::diag::{codes, Diagnostic};
use crate::ir::{self, Span};
use crate::lexer::{self, LexError, Tok};
use lalrpop_util::{lalrpop_mod, ErrorRecovery, ParseError};

lalrpop_mod!(
    #[allow(clippy::all, missing_docs, unused_qualifications, dead_code)]
    grammar,
    "/grammar.rs"
);

/// Parses and resolves a module.
///
/// # Errors
///
/// Lexing errors (E0001, E0004, E0006, E0007), syntax errors (E0002, E0003, E0005), or name
/// resolution errors (E01xx), each with the span of the offending text. Type, arity, dominance and
/// terminator placement are not checked here: the verifier does that (spec §6).
pub fn parse(src: &str) -> Result<(ir::Module, ir::SourceMap), Vec<Diagnostic>> {
    let tree = parse_ast(src)?;
    crate::resolve::run(src, &tree)
}

/// Parses a module into its syntax tree without resolving names.
///
/// # Errors
///
/// Lexing and syntax errors (E00xx). After a syntax error the parser skips to the next statement
/// or item and goes on, so one call reports several independent mistakes.
pub fn parse_ast(src: &str) -> Result<ast::Module<'_>, Vec<Diagnostic>> {
    let toks = lexer::lex(src)?;
    let mut recovered: Vec<ErrorRecovery<usize, Tok<'_>, LexError>> = Vec::new();
    let result = grammar::ModuleParser::new().parse(src, &mut recovered, toks.into_iter().map(Ok::<_, LexError>));
    let mut errors: Vec<_> = recovered.into_iter().map(|r| r.error).collect();
    let tree = match result {
        Ok(m) => Some(m),
        Err(e) => {
            errors.push(e);
            None
        }
    };
    match tree {
        Some(m) if errors.is_empty() => Ok(m),
        _ => {
            // After a first error, an unexpected end of file is nearly always its echo (the
            // parser resumed inside the wrong construct): report it only when it is the first.
            let first = errors.first().map(|e| matches!(e, ParseError::UnrecognizedEof { .. }));
            if first == Some(false) {
                errors.retain(|e| !matches!(e, ParseError::UnrecognizedEof { .. }));
            }
            Err(errors.into_iter().map(|e| syntax_error(src, e)).collect())
        }
    }
}

/// One lalrpop error as a diagnostic.
fn syntax_error(src: &str, e: ParseError<usize, Tok<'_>, LexError>) -> Diagnostic {
    match e {
        ParseError::UnrecognizedToken { token: (l, Tok::Reserved(word), r), .. } => {
            Diagnostic::new(codes::RESERVED_WORD, Span::new(l, r)).arg("word", word)
        }
        ParseError::UnrecognizedToken { token: (l, _, r), expected } => {
            Diagnostic::new(codes::UNEXPECTED_TOKEN, Span::new(l, r))
                .arg("found", src.get(l..r).unwrap_or(""))
                .arg("expected", expected_list(&expected))
        }
        ParseError::ExtraToken { token: (l, _, r) } => Diagnostic::new(codes::UNEXPECTED_TOKEN, Span::new(l, r))
            .arg("found", src.get(l..r).unwrap_or(""))
            .arg("expected", expected_list(&["\"import\"".into(), "\"export\"".into(), "\"fn\"".into()])),
        ParseError::UnrecognizedEof { location, expected } => {
            // Point just past the last character, where the missing text would go.
            let end = src.len().max(location);
            Diagnostic::new(codes::UNEXPECTED_EOF, Span::new(end, end)).arg("expected", expected_list(&expected))
        }
        // The external lexer never yields these: lexing errors were reported before parsing.
        ParseError::InvalidToken { location } => {
            Diagnostic::new(codes::UNEXPECTED_CHAR, Span::new(location, location)).arg("char", "?")
        }
        ParseError::User { .. } => Diagnostic::new(codes::UNEXPECTED_CHAR, Span::new(0, 0)).arg("char", "?"),
    }
}

/// `expected` terminals as a language-neutral list: "`fn`, `%name`, ...".
fn expected_list(expected: &[String]) -> String {
    let mut seen: Vec<String> = Vec::with_capacity(expected.len());
    for t in expected {
        let d = lexer::describe_terminal(t);
        if !seen.contains(&d) {
            seen.push(d);
        }
    }
    seen.join(", ")
}
