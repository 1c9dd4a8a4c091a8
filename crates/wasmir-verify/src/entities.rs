//! Module-level entities (spec §6.1.4, §6.9): the `$` namespace, memories, globals and data items;
//! and the references to data items, tables and functions that instructions and data parts share.

use crate::codes;
use crate::function::{valid_align, MAX_ALIGN};
use crate::names::{dollar, or_span};
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{DataId, DataPart, FuncId, Module, SourceMap, Span, TableId, Type};
use wasmir_syntax::print::func_name;

/// Most memories a module may declare in 0.2 (multi-memory is deferred).
pub(crate) const MAX_MEMORIES: usize = 1;
/// Most pages of a memory whose addresses are `i32` (4 GiB).
pub(crate) const MAX_PAGES: u32 = 65_536;

/// Every module-level rule, in the printer's order of entities: names, memories, globals, tables, data.
pub(crate) fn check(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    check_names(m, spans, out);
    check_memories(m, spans, out);
    check_globals(m, spans, out);
    check_tables(m, spans, out);
    check_data(m, spans, out);
}

/// E0254: memories, globals, tables, signatures and data items share one namespace. The later
/// declaration (in source order, then in the printer's order of kinds) is reported.
fn check_names(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    // (span, kind, name)
    let mut all: Vec<(Span, &'static str, &str)> = Vec::new();
    for (id, s) in m.sigs.iter() {
        all.push((spans.sigs[id], "type", &s.name));
    }
    for (id, x) in m.memories.iter() {
        all.push((spans.memories[id], "memory", &x.name));
    }
    for (id, x) in m.globals.iter() {
        all.push((spans.globals[id], "global", &x.name));
    }
    for (id, x) in m.tables.iter() {
        all.push((spans.tables[id], "table", &x.name));
    }
    for (id, x) in m.data.iter() {
        all.push((spans.data[id], "data", &x.name));
    }
    if all.len() < 2 {
        return;
    }
    // Stable: without spans (IR built in memory) the order of kinds above decides.
    all.sort_by_key(|e| e.0.start);
    let mut first: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for (k, &(span, kind, name)) in all.iter().enumerate() {
        match first.get(name) {
            Some(&j) => {
                let (first_span, first_kind, _) = all[j];
                out.push(
                    Diagnostic::new(codes::DUPLICATE_ENTITY, span)
                        .arg("name", dollar(Some(name), ""))
                        .arg("kind", kind)
                        .arg("first_kind", first_kind)
                        .label(first_span, "first"),
                );
            }
            None => {
                first.insert(name, k);
            }
        }
    }
}

/// E0244 (once, at the first memory past the limit) and E0245.
fn check_memories(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    for (k, (id, mem)) in m.memories.iter().enumerate() {
        let span = spans.memories[id];
        let name = dollar(Some(&mem.name), id);
        if k == MAX_MEMORIES {
            out.push(
                Diagnostic::new(codes::TOO_MANY_MEMORIES, span)
                    .arg("memory", name.clone())
                    .arg("count", m.memories.len())
                    .arg("limit", MAX_MEMORIES),
            );
        }
        let problem = if mem.min_pages > MAX_PAGES {
            Some("min")
        } else if mem.max_pages.is_some_and(|x| x > MAX_PAGES) {
            Some("max")
        } else if mem.max_pages.is_some_and(|x| x < mem.min_pages) {
            Some("order")
        } else {
            None
        };
        if let Some(problem) = problem {
            out.push(
                Diagnostic::new(codes::MEMORY_LIMITS, span)
                    .arg("memory", name)
                    .arg("problem", problem)
                    .arg("min", mem.min_pages)
                    .arg("max", mem.max_pages.map_or_else(|| "-".to_string(), |x| x.to_string()))
                    .arg("limit", MAX_PAGES),
            );
        }
    }
}

/// E0246, E0247, E0248, E0255, E0269.
fn check_globals(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    for (id, g) in m.globals.iter() {
        let span = spans.globals[id];
        let name = dollar(Some(&g.name), id);
        if g.ty == Type::I128 {
            out.push(Diagnostic::new(codes::GLOBAL_I128, span).arg("global", name.clone()));
        }
        if g.ty.is_ref() {
            out.push(
                Diagnostic::new(codes::REF_TYPE_PLACE, span)
                    .arg("place", "global")
                    .arg("what", name.clone())
                    .arg("ty", g.ty),
            );
        }
        match (&g.init, &g.import) {
            (Some(_), Some(_)) => {
                out.push(Diagnostic::new(codes::IMPORTED_GLOBAL_INIT, span).arg("global", name));
            }
            (None, None) => {
                out.push(Diagnostic::new(codes::MISSING_GLOBAL_INIT, span).arg("global", name).arg("ty", g.ty));
            }
            (Some(c), None) if !g.ty.accepts(c.ty) => {
                out.push(
                    Diagnostic::new(codes::GLOBAL_INIT_TYPE, span)
                        .arg("global", name)
                        .arg("expected", g.ty)
                        .arg("found", c.ty),
                );
            }
            _ => {}
        }
    }
}

/// E0268: a table's elements are references (spec §12.6).
fn check_tables(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    for (id, t) in m.tables.iter() {
        if !t.elem.is_ref() {
            out.push(
                Diagnostic::new(codes::TABLE_ELEM_TYPE, spans.tables[id])
                    .arg("table", dollar(Some(&t.name), id))
                    .arg("ty", t.elem),
            );
        }
    }
}

/// E0270 for `inst` (`call_indirect`, `fn.index`) naming table `table`, which exists and whose
/// elements are not `funcref`; labelled with the table's declaration.
pub(crate) fn not_funcref(m: &Module, spans: &SourceMap, table: TableId, inst: &str, at: Span) -> Diagnostic {
    let t = &m.tables[table];
    Diagnostic::new(codes::TABLE_NOT_FUNCREF, at)
        .arg("table", dollar(Some(&t.name), table))
        .arg("ty", t.elem)
        .arg("inst", inst.to_string())
        .label(or_span(spans.tables.get(table).copied(), at), "decl")
}

/// E0243 (data without a memory, at the first item), E0249, E0252, and the references of data
/// parts (E0237, E0238, E0240, E0253, E0269, E0270).
fn check_data(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    for (k, (id, item)) in m.data.iter().enumerate() {
        let span = spans.data[id];
        let name = dollar(Some(&item.name), id);
        if k == 0 && m.memories.is_empty() {
            out.push(
                Diagnostic::new(codes::NO_MEMORY, span).arg("kind", "data").arg("what", name.clone()).arg("func", ""),
            );
        }
        if !valid_align(item.align) {
            out.push(
                Diagnostic::new(codes::DATA_ALIGN, span)
                    .arg("data", name.clone())
                    .arg("align", item.align)
                    .arg("limit", MAX_ALIGN),
            );
        }
        let size = item.size();
        if size > u64::from(u32::MAX) {
            out.push(
                Diagnostic::new(codes::DATA_SIZE, span)
                    .arg("data", name.clone())
                    .arg("size", size)
                    .arg("limit", u32::MAX),
            );
        }
        let part_spans = spans.data_parts.get(id).map_or(&[][..], Vec::as_slice);
        for (p, part) in item.parts.iter().enumerate() {
            let at = or_span(part_spans.get(p).copied(), span);
            match *part {
                DataPart::DataAddr { data, addend } => {
                    if let Some(d) = data_ref(m, spans, data, addend, at) {
                        out.push(d);
                    }
                }
                DataPart::FuncIndex { table, func } => {
                    func_index_ref(m, table, func, at, out);
                    if m.tables.get(table).is_some_and(|t| t.elem != Type::FuncRef) {
                        out.push(not_funcref(m, spans, table, "fn.index", at));
                    }
                }
                DataPart::Const(c) if c.ty.is_ref() => out.push(
                    Diagnostic::new(codes::REF_TYPE_PLACE, at)
                        .arg("place", "data")
                        .arg("what", name.clone())
                        .arg("ty", c.ty),
                ),
                DataPart::Bytes(_) | DataPart::Zero(_) | DataPart::Const(_) => {}
            }
        }
    }
}

/// E0237 when `data` does not exist, else E0253 when `addend` points past its end (one past the
/// end is allowed, as for any object).
pub(crate) fn data_ref(m: &Module, spans: &SourceMap, data: DataId, addend: u32, at: Span) -> Option<Diagnostic> {
    let Some(item) = m.data.get(data) else {
        return Some(Diagnostic::new(codes::UNKNOWN_DATA, at).arg("data", dollar(None, data)));
    };
    let size = item.size();
    (u64::from(addend) > size).then(|| {
        Diagnostic::new(codes::DATA_ADDEND, at)
            .arg("data", dollar(Some(&item.name), data))
            .arg("addend", addend)
            .arg("size", size)
            .label(or_span(Some(spans.data[data]), at), "decl")
    })
}

/// E0238 and E0240 for `fn.index[$table, @func]`.
pub(crate) fn func_index_ref(m: &Module, table: TableId, func: FuncId, at: Span, out: &mut Vec<Diagnostic>) {
    if m.tables.get(table).is_none() {
        out.push(Diagnostic::new(codes::UNKNOWN_TABLE, at).arg("table", dollar(None, table)).arg("inst", "fn.index"));
    }
    if m.funcs.get(func).is_none() {
        out.push(Diagnostic::new(codes::UNKNOWN_FUNCTION, at).arg("func", func_name(m, func)));
    }
}
