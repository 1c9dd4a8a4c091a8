//! Module-level rules (spec §6.1): export names (one namespace for every kind), export targets,
//! function names; and wasm's
//! implementation limits on items and signatures (spec §6.7).

use crate::codes;
use crate::limits;
use crate::names::{dollar, Spans};
use std::collections::BTreeMap;
use wasmir_syntax::diag::{Code, Diagnostic};
use wasmir_syntax::ir::{ExportItem, FuncId, FunctionKind, Module, SourceMap, Span};
use wasmir_syntax::print::{func_name, quote};

/// E0231, E0202, E0203 and E0226, in export order.
pub(crate) fn check_exports(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    check_exports_with(m, spans, limits::MAX_EXPORTS, out);
}

/// [`check_exports`] with the export limit as a parameter, so that tests can reach it without
/// building a module of wasm's scale.
pub(crate) fn check_exports_with(m: &Module, spans: &SourceMap, max_exports: usize, out: &mut Vec<Diagnostic>) {
    let span = |i: usize| spans.exports.get(i).copied().unwrap_or_default();
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, e) in m.exports.iter().enumerate() {
        if i == max_exports {
            out.push(too_many(codes::TOO_MANY_EXPORTS, span(i), m.exports.len(), max_exports));
        }
        if let Some(&j) = first.get(e.name.as_str()) {
            out.push(
                Diagnostic::new(codes::DUPLICATE_EXPORT, span(i)).arg("name", quote(&e.name)).label(span(j), "first"),
            );
        } else {
            first.insert(&e.name, i);
        }
        let missing = match e.item {
            ExportItem::Func(f) => m.funcs.get(f).is_none().then(|| ("fn", func_name(m, f))),
            ExportItem::Memory(x) => m.memories.get(x).is_none().then(|| ("memory", dollar(None, x))),
            ExportItem::Global(x) => m.globals.get(x).is_none().then(|| ("global", dollar(None, x))),
            ExportItem::Table(x) => m.tables.get(x).is_none().then(|| ("table", dollar(None, x))),
        };
        if let Some((kind, entity)) = missing {
            out.push(
                Diagnostic::new(codes::UNKNOWN_EXPORT_TARGET, span(i))
                    .arg("name", quote(&e.name))
                    .arg("kind", kind)
                    .arg("func", entity),
            );
        }
        name_length(&e.name, "export", span(i), out);
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
            Diagnostic::new(codes::DUPLICATE_FUNCTION, name_span(id))
                .arg("func", func_name(m, id))
                .label(name_span(first), "first"),
        ),
        None => {
            seen.insert(&f.name, id);
        }
    }
}

/// Functions and imports counted so far, in module order (E0229, E0230).
#[derive(Default)]
pub(crate) struct Counts {
    /// Functions already checked, in module order.
    funcs: usize,
    /// Imported functions among them.
    imports: usize,
}

/// The limits of spec §6.7 that concern function `id`: E0229 and E0230 at the first function or
/// import past the limit, E0226 for an import's module and field names, E0227 and E0228 for its
/// signature.
pub(crate) fn check_function_limits(
    m: &Module,
    spans: &SourceMap,
    id: FuncId,
    counts: &mut Counts,
    out: &mut Vec<Diagnostic>,
) {
    check_function_limits_with(m, spans, id, counts, (limits::MAX_FUNCTIONS, limits::MAX_IMPORTS), out);
}

/// [`check_function_limits`] with the function and import limits as parameters (for tests).
pub(crate) fn check_function_limits_with(
    m: &Module,
    spans: &SourceMap,
    id: FuncId,
    counts: &mut Counts,
    (max_funcs, max_imports): (usize, usize),
    out: &mut Vec<Diagnostic>,
) {
    let Some(f) = m.funcs.get(id) else { return };
    let sp = Spans::new(&spans.funcs[id]);
    if counts.funcs == max_funcs {
        out.push(too_many(codes::TOO_MANY_FUNCTIONS, sp.func(), m.funcs.len(), max_funcs));
    }
    counts.funcs += 1;
    if let FunctionKind::Import { module, field } = &f.kind {
        if counts.imports == max_imports {
            let total = m.funcs.values().filter(|f| matches!(f.kind, FunctionKind::Import { .. })).count();
            out.push(too_many(codes::TOO_MANY_IMPORTS, sp.func(), total, max_imports));
        }
        counts.imports += 1;
        name_length(module, "module", sp.import_module(), out);
        name_length(field, "field", sp.import_field(), out);
    }
    // The first type past the limit is the one to change; later ones are part of the same excess.
    let (params, results) = (f.sig.params.len(), f.sig.results.len());
    if params > limits::MAX_PARAMS {
        out.push(
            Diagnostic::new(codes::TOO_MANY_PARAMS, sp.sig_param(limits::MAX_PARAMS))
                .arg("func", func_name(m, id))
                .arg("count", params)
                .arg("limit", limits::MAX_PARAMS),
        );
    }
    if results > limits::MAX_RESULTS {
        out.push(
            Diagnostic::new(codes::TOO_MANY_RESULTS, sp.sig_result(limits::MAX_RESULTS))
                .arg("func", func_name(m, id))
                .arg("count", results)
                .arg("limit", limits::MAX_RESULTS),
        );
    }
}

/// E0229-E0231: `count` items where wasm allows `limit`, reported once, at the first item past it.
fn too_many(code: Code, at: Span, count: usize, limit: usize) -> Diagnostic {
    Diagnostic::new(code, at).arg("count", count).arg("limit", limit)
}

/// E0226 if `name` (of `kind`: `export`, `module` or `field`) is longer than wasm allows. Its
/// length is in bytes of UTF-8, as wasm stores it.
fn name_length(name: &str, kind: &'static str, at: Span, out: &mut Vec<Diagnostic>) {
    if name.len() > limits::MAX_NAME_BYTES {
        out.push(
            Diagnostic::new(codes::NAME_TOO_LONG, at)
                .arg("kind", kind)
                .arg("name", preview(name))
                .arg("bytes", name.len())
                .arg("limit", limits::MAX_NAME_BYTES),
        );
    }
}

/// `s` quoted like the printer quotes it, cut after its first 32 characters: a message about a name
/// of 100,000 bytes names it without repeating it (the span shows all of it).
fn preview(s: &str) -> String {
    const SHOWN: usize = 32;
    match s.char_indices().nth(SHOWN) {
        None => quote(s),
        Some((cut, _)) => format!("{}...", quote(s.get(..cut).unwrap_or(s))),
    }
}
