//! WasmIR's text side and its in-memory IR.
//!
//! - [`ir`]: the IR itself (entity arenas, opcode table, CFG analyses);
//! - [`diag`]: diagnostics with codes, Fluent messages and codespan-reporting rendering;
//! - [`print`]: the canonical printer.
//!
//! Pipeline: text --(`lexer`, logos)--> tokens --(`grammar`, lalrpop)--> `ast` (with spans)
//! --(`resolve`)--> [`ir::Module`] + [`ir::SourceMap`].
#![forbid(unsafe_code)]

pub mod diag;
pub mod ir;
pub mod print;

pub use print::print_module;
