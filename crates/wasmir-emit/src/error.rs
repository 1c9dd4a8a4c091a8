//! The emitter's diagnostics (codes E03xx, messages in `locales/*/emit.ftl`).
//!
//! - `E0301`: irreducible control flow (spec §7.3): a retreating edge whose target does not dominate
//!   its source; wasm's structured control flow cannot express it without duplicating code.
//! - `E0302`: an operator this emitter does not know (a newer IR than the emitter).
//! - `E0303`: the module breaks an invariant the verifier guarantees (the emitter's precondition);
//!   reported instead of panicking so that a missed verifier rule shows up as a diagnostic.
//!
//! wasm's implementation limits that only the generated code determines (spec §7.8; the numbers
//! are in `wasmir_verify::limits`, with their sources), checked before any validator sees the
//! module, so that an engine never rejects what `wirc` wrote:
//! - `E0304`: a function needs more locals, its parameters included, than wasm allows.
//! - `E0305`: a function's body is larger than wasm allows.
//! - `E0306`: a `switch` would become a `br_table` with more entries than V8 allows.
//! - `E0307`: the whole module is larger than wasm allows.

use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{Block, Body, FuncSpans, Inst, Span};

/// `E0301` at the branch `inst`'s `target`-th target, labelling `entry` (the would-be loop entry).
pub(crate) fn irreducible(
    func: &str,
    body: &Body,
    spans: &FuncSpans,
    inst: Inst,
    target: usize,
    entry: Block,
) -> Diagnostic {
    let at = target_span(spans, inst, target);
    let mut d = Diagnostic::error(301, at).arg("func", format!("@{func}")).arg("block", block_name(body, entry));
    let entry_span = spans.blocks.get(entry).copied().unwrap_or_default();
    if entry_span != Span::default() {
        d = d.label(entry_span, "entry");
    }
    d
}

/// `E0302`: operator `name` has no lowering.
pub(crate) fn unsupported(func: &str, name: &str, at: Span) -> Diagnostic {
    Diagnostic::error(302, at).arg("func", format!("@{func}")).arg("op", name)
}

/// `E0303`: the input breaks the verifier's guarantee `what`.
pub(crate) fn malformed(func: &str, what: impl ToString, at: Span) -> Diagnostic {
    Diagnostic::error(303, at).arg("func", format!("@{func}")).arg("what", what)
}

/// `E0304`: `func` needs `count` locals, `params` of them its parameters.
pub(crate) fn too_many_locals(func: &str, count: usize, params: usize, at: Span) -> Diagnostic {
    Diagnostic::error(304, at)
        .arg("func", format!("@{func}"))
        .arg("count", count)
        .arg("params", params)
        .arg("limit", wasmir_verify::limits::MAX_LOCALS)
}

/// `E0305`: the body of `func` is `bytes` bytes long.
pub(crate) fn body_too_large(func: &str, bytes: usize, at: Span) -> Diagnostic {
    Diagnostic::error(305, at)
        .arg("func", format!("@{func}"))
        .arg("bytes", bytes)
        .arg("limit", wasmir_verify::limits::MAX_BODY_BYTES)
}

/// `E0306`: a `switch` of `func` became a `br_table` of `entries` entries (default excluded).
pub(crate) fn br_table_too_large(func: &str, entries: usize, at: Span) -> Diagnostic {
    Diagnostic::error(306, at)
        .arg("func", format!("@{func}"))
        .arg("entries", entries)
        .arg("limit", wasmir_verify::limits::MAX_BR_TABLE_ENTRIES)
}

/// `E0307`: the module is `bytes` bytes long.
pub(crate) fn module_too_large(bytes: usize, at: Span) -> Diagnostic {
    Diagnostic::error(307, at).arg("bytes", bytes).arg("limit", wasmir_verify::limits::MAX_MODULE_BYTES)
}

/// The span of `inst`, falling back to `fallback` when the source map has none (IR built by a pass).
pub(crate) fn inst_span(spans: &FuncSpans, inst: Inst) -> Span {
    match spans.insts.get(inst) {
        Some(&s) if s != Span::default() => s,
        _ => spans.name,
    }
}

/// The span of the `target`-th branch target of `inst`, or of the instruction.
pub(crate) fn target_span(spans: &FuncSpans, inst: Inst, target: usize) -> Span {
    match spans.targets.get(inst).and_then(|t| t.get(target)) {
        Some(&s) if s != Span::default() => s,
        _ => inst_span(spans, inst),
    }
}

/// A block's name as written (`^loop`), or its layout position for anonymous blocks (`^3`), as
/// the printer numbers them.
pub(crate) fn block_name(body: &Body, b: Block) -> String {
    match body.blocks.get(b).and_then(|d| d.name.as_deref()) {
        Some(n) => format!("^{n}"),
        None => {
            let anon = body.layout.iter().filter(|&&x| body.blocks.get(x).is_some_and(|d| d.name.is_none()));
            match anon.clone().position(|&x| x == b) {
                Some(i) => format!("^{i}"),
                None => format!("^{b}"),
            }
        }
    }
}
