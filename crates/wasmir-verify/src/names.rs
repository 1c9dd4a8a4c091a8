//! How diagnostics name and locate a function's entities: spellings as the printer writes them, and
//! spans from the source map with a fallback.

use wasmir_syntax::ir::{Block, Body, FuncSpans, Inst, InstKind, Module, Slot, Span, Value};
use wasmir_syntax::print::{func_name, is_ident, quote};

/// Values and blocks are spelled as the printer spells them, so that a diagnostic on IR built by a
/// pass matches the printed IR.
pub(crate) use wasmir_syntax::print::Names;

/// The mnemonic of an instruction as messages show it: `i32.add`, `i64.const`, `call @f`, `br_if`.
pub(crate) fn mnemonic(m: &Module, kind: &InstKind) -> String {
    match kind {
        InstKind::Const(c) => format!("{}.const", c.ty),
        InstKind::Op(op) | InstKind::OpImm(op, _) => op.name().to_string(),
        InstKind::CallIndirect { .. } => "call_indirect".to_string(),
        InstKind::Call(f) => format!("call {}", func_name(m, *f)),
        InstKind::TrapIf { nonzero: false } => "trapz".to_string(),
        InstKind::TrapIf { nonzero: true } => "trapnz".to_string(),
        InstKind::Br(_) => "br".to_string(),
        InstKind::BrIf { .. } => "br_if".to_string(),
        InstKind::Switch { .. } => "switch".to_string(),
        InstKind::Return => "return".to_string(),
        InstKind::Trap => "trap".to_string(),
        InstKind::Own(op) => op.name().to_string(),
    }
}

/// A module-level entity's name as the printer writes it: `$heap`, `$"odd name"`; `$<id>` (the
/// entity's index, e.g. `$mem3`) when it does not exist.
pub(crate) fn dollar(name: Option<&str>, id: impl core::fmt::Display) -> String {
    match name {
        Some(n) if is_ident(n) => format!("${n}"),
        Some(n) => format!("${}", quote(n)),
        None => format!("${id}"),
    }
}

/// A slot's name as messages show it: `#buf`; an anonymous slot is numbered among the anonymous
/// ones as the printer numbers it; a missing one shows its index.
pub(crate) fn slot_name(body: &Body, s: Slot) -> String {
    match body.slots.get(s).map(|d| d.name.as_deref()) {
        Some(Some(n)) if is_ident(n) => format!("#{n}"),
        Some(Some(n)) => format!("#{}", quote(n)),
        Some(None) => {
            let k = body.slots.iter().take_while(|&(t, _)| t != s).filter(|(_, d)| d.name.is_none()).count();
            format!("#{k}")
        }
        None => format!("#{}", s.as_u32()),
    }
}

/// A module-level span, or `fallback` when the source map lacks it.
pub(crate) fn or_span(s: Option<Span>, fallback: Span) -> Span {
    match s {
        Some(s) if s != Span::default() => s,
        _ => fallback,
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

    /// The immediates (`[...]`) of `i`, else the instruction.
    pub(crate) fn imms(&self, i: Inst) -> Span {
        or(self.f.imms[i], self.inst(i))
    }

    /// A slot's declaration, else the function's name.
    pub(crate) fn slot(&self, s: Slot) -> Span {
        or(self.f.slots[s], self.fallback)
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
