//! Module-level rules (spec §6.1): export names, export targets, function names.

use crate::codes;
use std::collections::BTreeMap;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{FuncId, Module, SourceMap, Span};
use wasmir_syntax::print::{func_name, quote};

/// E0202 and E0203, in export order.
pub(crate) fn check_exports(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    let span = |i: usize| spans.exports.get(i).copied().unwrap_or_default();
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, e) in m.exports.iter().enumerate() {
        if let Some(&j) = first.get(e.name.as_str()) {
            out.push(
                Diagnostic::error(codes::DUPLICATE_EXPORT, span(i)).arg("name", quote(&e.name)).label(span(j), "first"),
            );
        } else {
            first.insert(&e.name, i);
        }
        if m.funcs.get(e.func).is_none() {
            out.push(
                Diagnostic::error(codes::UNKNOWN_EXPORT_TARGET, span(i))
                    .arg("name", quote(&e.name))
                    .arg("func", e.func),
            );
        }
    }
}

/// E0201 for function `id` if an earlier function has its name; `seen` maps names to the first
/// function that used them.
pub(crate) fn check_function_name<'m>(
    m: &'m Module,
    spans: &SourceMap,
    id: FuncId,
    seen: &mut BTreeMap<&'m str, FuncId>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(f) = m.funcs.get(id) else { return };
    let name_span = |f: FuncId| -> Span { spans.funcs[f].name };
    match seen.get(f.name.as_str()) {
        Some(&first) => out.push(
            Diagnostic::error(codes::DUPLICATE_FUNCTION, name_span(id))
                .arg("func", func_name(m, id))
                .label(name_span(first), "first"),
        ),
        None => {
            seen.insert(&f.name, id);
        }
    }
}
