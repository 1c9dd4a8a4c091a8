//! WasmIR's text side and its in-memory IR.
//!
//! - [`ir`]: the IR itself (entity arenas, opcode table, CFG analyses);
//! - [`diag`]: diagnostics with codes, Fluent messages and codespan-reporting rendering;
//! - [`print`](mod@print): the canonical printer;
//! - [`lexer`], [`ast`], [`resolve`], [`parse`](mod@parse): the front end, text to IR (spec §2).
//!
//! Pipeline: text --([`lexer`], logos)--> tokens --(`grammar.lalrpop`, lalrpop)--> [`ast`] (with
//! spans) --([`resolve`])--> [`ir::Module`] + [`ir::SourceMap`]; [`parse()`] runs all three.
#![forbid(unsafe_code)]

pub mod ast;
pub mod diag;
pub mod ir;
pub mod lexer;
pub mod parse;
pub mod print;
pub mod resolve;

pub use parse::{parse, parse_ast};
pub use print::print_module;

#[cfg(test)]
mod tests {
    /// The spec says the lalrpop grammar is the normative copy of its EBNF (spec §2.2): every
    /// nonterminal defined there must exist in the grammar, under its CamelCase name.
    #[test]
    fn spec_grammar_names_every_rule() {
        let spec = include_str!("../../../wasmir-spec/02-text-format.md");
        let grammar = include_str!("grammar.lalrpop");
        let ebnf = spec.split("```ebnf").nth(1).and_then(|s| s.split("```").next()).unwrap_or("");
        let rules: Vec<&str> = ebnf.lines().filter_map(|l| l.split_once("::=")).map(|(name, _)| name.trim()).collect();
        assert!(rules.len() >= 15, "{rules:?}");
        for rule in rules {
            let camel: String = rule
                .split('_')
                .flat_map(|w| w.chars().take(1).flat_map(char::to_uppercase).chain(w.chars().skip(1)))
                .collect();
            let defined = grammar.lines().any(|l| {
                let l = l.strip_prefix("pub ").unwrap_or(l);
                l.strip_prefix(camel.as_str()).is_some_and(|rest| rest.starts_with(':') || rest.starts_with('<'))
            });
            assert!(defined, "spec rule `{rule}` has no nonterminal `{camel}` in grammar.lalrpop");
        }
    }
}
