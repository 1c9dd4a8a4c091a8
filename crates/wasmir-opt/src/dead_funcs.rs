//! `dead-funcs`, a module pass: removes the defined functions that nothing can reach.
//!
//! Roots are the exported functions, every function whose index is taken (`fn.index` in a body
//! or a data item: it may be called through a table), every function that takes one (its
//! `fn.index` places a function in the table: without it the table would shrink) and every import
//! (the host interface stays as written). A function reached by a `call` or a `ref.func` from a live one is live. The
//! others are removed and the remaining functions renumbered in order, with every reference
//! (calls, exports, `fn.index` and `ref.func` immediates, data relocations) rewritten: Binaryen's `remove-unused-module-elements`
//! for functions, and what rust-lld's `--gc-sections` does for code.
//!
//! Removing a function whose index is never taken cannot change a table, so function indices
//! seen by the program are unchanged; wasm function indices are assigned by the emitter later.

use crate::Changed;
use cranelift_entity::{EntityRef, PrimaryMap, SecondaryMap};
use wasmir_syntax::ir::{DataPart, ExportItem, FuncId, Function, Imm, InstKind, Module};

/// Removes unreachable defined functions (see the module docs).
pub fn run(m: &mut Module) -> Changed {
    let mut live: SecondaryMap<FuncId, bool> = SecondaryMap::with_capacity(m.funcs.len());
    let mut work: Vec<FuncId> = Vec::new();
    let mark = |f: FuncId, live: &mut SecondaryMap<FuncId, bool>, work: &mut Vec<FuncId>| {
        if m.funcs.get(f).is_some() && !live[f] {
            live[f] = true;
            work.push(f);
        }
    };
    for e in &m.exports {
        if let ExportItem::Func(f) = e.item {
            mark(f, &mut live, &mut work);
        }
    }
    for (f, func) in m.funcs.iter() {
        if func.body().is_none() {
            mark(f, &mut live, &mut work);
        }
        for inst in func.body().map(|b| b.insts.values()).into_iter().flatten() {
            if let InstKind::OpImm(_, Imm::FuncIndex { func, .. }) = inst.kind {
                mark(func, &mut live, &mut work);
                // The function that takes the index is kept too: its `fn.index` is what puts
                // `func` in the table (spec §12.6.1), and removing it would shrink the table and
                // renumber the elements after `func` (`table.size` and constant indices see it).
                mark(f, &mut live, &mut work);
            }
        }
    }
    for item in m.data.values() {
        for p in &item.parts {
            if let DataPart::FuncIndex { func, .. } = *p {
                mark(func, &mut live, &mut work);
            }
        }
    }
    while let Some(f) = work.pop() {
        let Some(body) = m.funcs[f].body() else { continue };
        // Instructions no block lists any more are dead code already: only the layout counts.
        let callees: Vec<FuncId> = body
            .layout
            .iter()
            .flat_map(|&b| body.blocks[b].insts.iter())
            .filter_map(|&i| match body.insts[i].kind {
                // A reference made by `ref.func` may be called: it keeps its function as a call
                // does, when the instruction itself is live code.
                InstKind::Call(c) | InstKind::OpImm(_, Imm::Func(c)) => Some(c),
                _ => None,
            })
            .collect();
        for c in callees {
            mark(c, &mut live, &mut work);
        }
    }
    if m.funcs.keys().all(|f| live[f]) {
        return Changed(false);
    }
    let mut remap: SecondaryMap<FuncId, Option<FuncId>> = SecondaryMap::with_capacity(m.funcs.len());
    let mut kept: PrimaryMap<FuncId, Function> = PrimaryMap::with_capacity(m.funcs.len());
    for (f, func) in std::mem::take(&mut m.funcs) {
        if live[f] {
            remap[f] = Some(kept.push(func));
        }
    }
    m.funcs = kept;
    // Every reference left points at a live function (dead ones are unreachable from live code),
    // except in dead instructions outside the layout; those keep an arbitrary valid index.
    let new = |f: FuncId| remap.get(f).copied().flatten().unwrap_or(FuncId::new(0));
    for e in &mut m.exports {
        if let ExportItem::Func(f) = &mut e.item {
            *f = new(*f);
        }
    }
    for item in m.data.values_mut() {
        for p in &mut item.parts {
            if let DataPart::FuncIndex { func, .. } = p {
                *func = new(*func);
            }
        }
    }
    for func in m.funcs.values_mut() {
        let Some(body) = func.body_mut() else { continue };
        for inst in body.insts.values_mut() {
            match &mut inst.kind {
                InstKind::Call(c) => *c = new(*c),
                InstKind::OpImm(_, Imm::FuncIndex { func, .. } | Imm::Func(func)) => *func = new(*func),
                _ => {}
            }
        }
    }
    Changed(true)
}
