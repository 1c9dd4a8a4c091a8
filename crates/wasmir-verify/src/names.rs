//! How diagnostics name and locate a function's entities: spellings as the printer writes them, and
//! spans from the source map with a fallback.

use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::{Block, Body, FuncSpans, Inst, InstKind, Module, Span, Value};
use wasmir_syntax::print::{func_name, is_ident, quote};

/// The spelling of every value and block of one body, as `print_module` writes them, so that a
/// diagnostic on IR built by a pass matches the printed IR. Entities outside the layout keep their
/// written name if they have one, else print as the printer prints them (`%undefined.N`).
pub(crate) struct Names {
    values: SecondaryMap<Value, Option<String>>,
    blocks: SecondaryMap<Block, Option<String>>,
}

fn sigil_name(sigil: char, name: &str) -> String {
    if is_ident(name) {
        format!("{sigil}{name}")
    } else {
        format!("{sigil}{}", quote(name))
    }
}

impl Names {
    pub(crate) fn new(body: &Body) -> Names {
        let mut values: SecondaryMap<Value, Option<String>> = SecondaryMap::new();
        let mut blocks: SecondaryMap<Block, Option<String>> = SecondaryMap::new();
        let (mut nv, mut nb) = (0u32, 0u32);
        // Only entities that exist are written: a dangling index could be huge, and writing it into
        // a `SecondaryMap` would allocate up to it.
        let mut name_value = |v: Value, values: &mut SecondaryMap<Value, Option<String>>| {
            let Some(data) = body.values.get(v) else { return };
            let s = match &data.name {
                Some(n) => sigil_name('%', n),
                None => {
                    nv += 1;
                    format!("%{}", nv - 1)
                }
            };
            values[v] = Some(s);
        };
        for &b in &body.layout {
            let Some(data) = body.blocks.get(b) else { continue };
            blocks[b] = Some(match &data.name {
                Some(n) => sigil_name('^', n),
                None => {
                    nb += 1;
                    format!("^{}", nb - 1)
                }
            });
            for &p in &data.params {
                name_value(p, &mut values);
            }
            for &i in &data.insts {
                for &r in body.insts.get(i).map(|d| d.results.as_slice()).unwrap_or(&[]) {
                    name_value(r, &mut values);
                }
            }
        }
        Names { values, blocks }
    }

    pub(crate) fn value(&self, body: &Body, v: Value) -> String {
        if let Some(s) = &self.values[v] {
            return s.clone();
        }
        match body.values.get(v).and_then(|d| d.name.as_deref()) {
            Some(n) => sigil_name('%', n),
            None => format!("%undefined.{}", v.as_u32()),
        }
    }

    pub(crate) fn block(&self, body: &Body, b: Block) -> String {
        if let Some(s) = &self.blocks[b] {
            return s.clone();
        }
        match body.blocks.get(b).and_then(|d| d.name.as_deref()) {
            Some(n) => sigil_name('^', n),
            None => format!("^undefined.{}", b.as_u32()),
        }
    }
}

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
}
