//! The emitter's diagnostics (codes E03xx, messages in `locales/*/emit.ftl`).
//!
//! - `E0301`: irreducible control flow (spec §7.3): a retreating edge whose target does not dominate
//!   its source; wasm's structured control flow cannot express it without duplicating code.
//! - `E0302`: an operator this emitter does not know (a newer IR than the emitter).
//! - `E0303`: the module is not valid: the verifier (run by `check`) rejects it, one `E0303` per
//!   verifier error naming the verifier's code; or, found while emitting, the module breaks an
//!   invariant the verifier guarantees (a missed verifier rule), reported instead of panicking.
//!
//! wasm's implementation limits that only the generated code determines (spec §7.8; the numbers
//! are in `wasmir_verify::limits`, with their sources), checked before any validator sees the
//! module, so that an engine never rejects what `wirc` wrote:
//! - `E0304`: a function needs more locals, its parameters included, than wasm allows.
//! - `E0305`: a function's body is larger than wasm allows.
//! - `E0306`: a `switch` would become a `br_table` with more entries than V8 allows.
//! - `E0307`: the whole module is larger than wasm allows.
//! - `E0308`: the shadow stack and the data need more pages than the memory's maximum (declared,
//!   or wasm's 65,536 pages).
//! - `E0309`: an `i128` value, parameter, result or global is left: the `legalize-i128` pass did
//!   not run (wirc always runs it; a caller of the emitter skipped it).

use crate::codes;
use wasmir_syntax::diag::{Code, Diagnostic};
use wasmir_syntax::ir::{Block, Body, FuncSpans, Inst, Span, Value};

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
    let mut d =
        Diagnostic::new(codes::IRREDUCIBLE, at).arg("func", format!("@{func}")).arg("block", block_name(body, entry));
    let entry_span = spans.blocks.get(entry).copied().unwrap_or_default();
    if entry_span != Span::default() {
        d = d.label(entry_span, "entry");
    }
    d
}

/// `E0302`: operator `name` has no lowering.
pub(crate) fn unsupported(func: &str, name: &str, at: Span) -> Diagnostic {
    Diagnostic::new(codes::UNSUPPORTED_OPERATOR, at).arg("func", format!("@{func}")).arg("op", name)
}

/// Why an input of `E0303` cannot be emitted: the verifier rejects it ([`Broken::InvalidIr`]), or
/// it breaks one of the verifier's guarantees that the verifier missed (every other variant). The
/// message selects its words on [`Broken::keyword`] (`$what`), so that no English reaches a
/// localized message; the entity, when there is one, is `$entity`, the verifier's code `$code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Broken {
    /// The verifier rejects the module with this code (spec chapter 6).
    InvalidIr(Code),
    /// The function has no block.
    NoBlock,
    /// A terminator in the middle of a block (found during lowering).
    EarlyTerminator,
    /// A block has no terminator (found while structuring).
    NoTerminator,
    /// Wrong number of operands or results.
    Arity,
    /// A branch target is missing.
    MissingTarget,
    /// A branch target has no enclosing construct.
    NoEnclosingConstruct,
    /// A value is read but never defined.
    UndefinedValue(Value),
    /// A switch without cases.
    SwitchWithoutCases,
    /// The switch data belongs to another instruction.
    SwitchMismatch,
    /// The exported entity does not exist.
    NoExportTarget,
    /// An operator's immediates do not fit its format (or a memory access's alignment is not a
    /// power of two no larger than the access).
    BadImmediate,
    /// An immediate or a `call_indirect` names an entity (memory, global, table, signature, data
    /// item, slot, function) that does not exist.
    DanglingEntity,
    /// The module has stack slots or data but no memory to put them in.
    NoMemory,
    /// A defined global has no initial value, or one of another type.
    GlobalInit,
    /// A memory's declared sizes are over wasm's 65,536 pages, or its minimum is over its maximum.
    MemoryLimits,
}

impl Broken {
    /// The `$what` selector of message `e0303` (the same keys in every catalogue).
    pub(crate) fn keyword(self) -> &'static str {
        match self {
            Broken::InvalidIr(_) => "invalid-ir",
            Broken::NoBlock => "no-block",
            Broken::EarlyTerminator => "early-terminator",
            Broken::NoTerminator => "no-terminator",
            Broken::Arity => "arity",
            Broken::MissingTarget => "missing-target",
            Broken::NoEnclosingConstruct => "no-enclosing-construct",
            Broken::UndefinedValue(_) => "undefined-value",
            Broken::SwitchWithoutCases => "switch-without-cases",
            Broken::SwitchMismatch => "switch-mismatch",
            Broken::NoExportTarget => "no-export-target",
            Broken::BadImmediate => "bad-immediate",
            Broken::DanglingEntity => "dangling-entity",
            Broken::NoMemory => "no-memory",
            Broken::GlobalInit => "global-init",
            Broken::MemoryLimits => "memory-limits",
        }
    }

    /// Every variant, for the test that each keyword has its words in every catalogue.
    #[cfg(test)]
    pub(crate) fn all() -> Vec<Broken> {
        use cranelift_entity::EntityRef;
        vec![
            Broken::InvalidIr(Code(223)),
            Broken::NoBlock,
            Broken::EarlyTerminator,
            Broken::NoTerminator,
            Broken::Arity,
            Broken::MissingTarget,
            Broken::NoEnclosingConstruct,
            Broken::UndefinedValue(Value::new(0)),
            Broken::SwitchWithoutCases,
            Broken::SwitchMismatch,
            Broken::NoExportTarget,
            Broken::BadImmediate,
            Broken::DanglingEntity,
            Broken::NoMemory,
            Broken::GlobalInit,
            Broken::MemoryLimits,
        ]
    }

    /// The entity the broken guarantee concerns, as the IR's `Display` spells it (`block3`).
    fn entity(self) -> Option<String> {
        match self {
            Broken::UndefinedValue(v) => Some(v.to_string()),
            _ => None,
        }
    }
}

/// `E0303`: the input breaks the verifier's guarantee `what`.
pub(crate) fn malformed(func: &str, what: Broken, at: Span) -> Diagnostic {
    malformed_item(format!("@{func}"), what, at)
}

/// `E0303` about a module entity other than a function; `item` is its name with its sigil (`$g`).
pub(crate) fn malformed_item(item: String, what: Broken, at: Span) -> Diagnostic {
    let d = Diagnostic::new(codes::MALFORMED, at).arg("func", item).arg("what", what.keyword());
    match (what, what.entity()) {
        (Broken::InvalidIr(code), _) => d.arg("code", code),
        (_, Some(e)) => d.arg("entity", e),
        _ => d,
    }
}

/// `E0303` for the verifier's diagnostic `verifier`: at its place, naming its code. Its other
/// arguments and labels belong to the verifier's message, so they are not carried over.
pub(crate) fn invalid_ir(verifier: &Diagnostic) -> Diagnostic {
    Diagnostic::new(codes::MALFORMED, verifier.span)
        .arg("what", Broken::InvalidIr(verifier.code).keyword())
        .arg("code", verifier.code)
}

/// `E0304`: `func` needs `count` locals, `params` of them its parameters.
pub(crate) fn too_many_locals(func: &str, count: usize, params: usize, at: Span) -> Diagnostic {
    Diagnostic::new(codes::TOO_MANY_LOCALS, at)
        .arg("func", format!("@{func}"))
        .arg("count", count)
        .arg("params", params)
        .arg("limit", wasmir_verify::limits::MAX_LOCALS)
}

/// `E0305`: the body of `func` is `bytes` bytes long.
pub(crate) fn body_too_large(func: &str, bytes: usize, at: Span) -> Diagnostic {
    Diagnostic::new(codes::BODY_TOO_LARGE, at)
        .arg("func", format!("@{func}"))
        .arg("bytes", bytes)
        .arg("limit", wasmir_verify::limits::MAX_BODY_BYTES)
}

/// `E0306`: a `switch` of `func` became a `br_table` of `entries` entries (default excluded).
pub(crate) fn br_table_too_large(func: &str, entries: usize, at: Span) -> Diagnostic {
    Diagnostic::new(codes::BR_TABLE_TOO_LARGE, at)
        .arg("func", format!("@{func}"))
        .arg("entries", entries)
        .arg("limit", wasmir_verify::limits::MAX_BR_TABLE_ENTRIES)
}

/// `E0307`: the module is `bytes` bytes long.
pub(crate) fn module_too_large(bytes: usize, at: Span) -> Diagnostic {
    Diagnostic::new(codes::MODULE_TOO_LARGE, at)
        .arg("bytes", bytes)
        .arg("limit", wasmir_verify::limits::MAX_MODULE_BYTES)
}

/// `E0308`: memory `mem` (name with its sigil) needs `needed` pages for the shadow stack and the
/// data, over its maximum `max` (declared, or wasm's 65,536).
pub(crate) fn memory_too_small(mem: String, needed: u64, max: u64, at: Span) -> Diagnostic {
    Diagnostic::new(codes::MEMORY_TOO_SMALL, at).arg("mem", mem).arg("needed", needed).arg("max", max)
}

/// `E0309`: `what` (a function `@f` or a global `$g`) still has an `i128`.
pub(crate) fn unlegalized_i128(what: String, at: Span) -> Diagnostic {
    Diagnostic::new(codes::UNLEGALIZED_I128, at).arg("item", what)
}

/// E0310 at `at`, naming the function or signature `what`.
pub(crate) fn unstripped_ownership(what: String, at: Span) -> Diagnostic {
    Diagnostic::new(codes::UNSTRIPPED_OWNERSHIP, at).arg("item", what)
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
