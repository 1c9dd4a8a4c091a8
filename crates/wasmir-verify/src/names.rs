//! How diagnostics name and locate a function's entities: spellings as the printer writes them, and
//! spans from the source map with a fallback.

use wasmir_syntax::ir::{Block, FuncSpans, Inst, InstKind, Module, Span, Value};
use wasmir_syntax::print::func_name;

/// Values and blocks are spelled as the printer spells them, so that a diagnostic on IR built by a
/// pass matches the printed IR.
pub(crate) use wasmir_syntax::print::Names;

/// The mnemonic of an instruction as messages show it: `i32.add`, `i64.const`, `call @f`, `br_if`.
pub(crate) fn mnemonic(m: &Module, kind: &InstKind) -> String {
    match kind {
        InstKind::Const(c) => format!("{}.const", c.ty),
        InstKind::Op(op) => op.name().to_string(),
        InstKind::Call(f) => format!("call {}", func_name(m, *f)),
        InstKind::TrapIf { nonzero: false } => "trapz".to_string(),
        InstKind::TrapIf { nonzero: true } => "trapnz".to_string(),
        InstKind::Br(_) => "br".to_string(),
        InstKind::BrIf { .. } => "br_if".to_string(),
        InstKind::Switch { .. } => "switch".to_string(),
        InstKind::Return => "return".to_string(),
        InstKind::Trap => "trap".to_string(),
    }
}

/// Span lookups for one function. A span the map lacks (zero-width at offset 0, which no entity
/// has since every file starts with its `wasmir` header) falls back to the function's name, so a
/// diagnostic on an entity a pass added still points near the mistake.
pub(crate) struct Spans<'a> {
    f: &'a FuncSpans,
    fallback: Span,
}

fn or(s: Span, fallback: Span) -> Span {
    if s == Span::default() {
        fallback
    } else {
        s
    }
}

impl<'a> Spans<'a> {
    pub(crate) fn new(f: &'a FuncSpans) -> Spans<'a> {
        Spans { f, fallback: f.name }
    }

    /// The function's name.
    pub(crate) fn func(&self) -> Span {
        self.fallback
    }

    /// A whole instruction statement.
    pub(crate) fn inst(&self, i: Inst) -> Span {
        or(self.f.insts[i], self.fallback)
    }

    /// Operand `k` of `i`, else the instruction.
    pub(crate) fn arg(&self, i: Inst, k: usize) -> Span {
        self.f.args[i].get(k).map_or_else(|| self.inst(i), |&s| or(s, self.inst(i)))
    }

    /// Branch target `k` of `i` (in `InstKind::targets` order), else the instruction.
    pub(crate) fn target(&self, i: Inst, k: usize) -> Span {
        self.f.targets[i].get(k).map_or_else(|| self.inst(i), |&s| or(s, self.inst(i)))
    }

    /// A value's definition.
    pub(crate) fn value(&self, v: Value) -> Span {
        or(self.f.values[v], self.fallback)
    }

    /// A block's label.
    pub(crate) fn block(&self, b: Block) -> Span {
        or(self.f.blocks[b], self.fallback)
    }

    /// Parameter type `k` of the signature.
    pub(crate) fn sig_param(&self, k: usize) -> Span {
        self.f.sig_params.get(k).map_or(self.fallback, |&s| or(s, self.fallback))
    }

    /// Result type `k` of the signature.
    pub(crate) fn sig_result(&self, k: usize) -> Span {
        self.f.sig_results.get(k).map_or(self.fallback, |&s| or(s, self.fallback))
    }

    /// An import's module string.
    pub(crate) fn import_module(&self) -> Span {
        or(self.f.import_module, self.fallback)
    }

    /// An import's field string.
    pub(crate) fn import_field(&self) -> Span {
        or(self.f.import_field, self.fallback)
    }
}
