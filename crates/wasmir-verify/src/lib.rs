//! The WasmIR verifier: decides whether a [`Module`] is valid (spec chapter 6,
//! `wasmir-spec/06-verifier.md`).
//!
//! The IR can represent ill-formed programs on purpose (see `wasmir_syntax::ir`): the parser builds
//! whatever the text says and passes may break invariants, so this crate is where validity is
//! decided. [`verify`] never mutates the module, never panics (dangling entity indices included),
//! reports every error it finds rather than only the first, and orders them deterministically:
//! module-level entities first (names, memories, globals, tables, data items), then exports, then functions
//! in module order (each function's name, limits, slots, then body), each body in layout order,
//! each instruction's errors in immediate then operand order.
//!
//! # Invariants checked
//!
//! Module (spec §6.1):
//! - [`codes::DUPLICATE_EXPORT`]: export names are unique, across every kind of export.
//! - [`codes::UNKNOWN_EXPORT_TARGET`]: an export names an existing function, memory, global or
//!   table.
//! - [`codes::DUPLICATE_FUNCTION`]: function names (imported and defined) are unique.
//! - [`codes::DUPLICATE_ENTITY`]: memories, globals, tables, signatures and data items share one
//!   namespace of `$` names, in which names are unique (the resolver rejects duplicates in text;
//!   this catches IR built in memory).
//!
//! Module entities (WasmIR 0.2, spec §12):
//! - [`codes::TOO_MANY_MEMORIES`]: at most one memory (multiple memories are deferred).
//! - [`codes::MEMORY_LIMITS`]: `min <= max <= 65536` pages (and `min <= 65536` without `max`).
//! - [`codes::NO_MEMORY`]: a module that uses memory (a load, store or `memory.*` operator, a stack
//!   slot in any function, a data item) declares one.
//! - [`codes::GLOBAL_INIT_TYPE`]: a global's initial constant has the global's type (`ptr`
//!   globals take an integer literal, which the resolver types `ptr`).
//! - [`codes::IMPORTED_GLOBAL_INIT`], [`codes::MISSING_GLOBAL_INIT`]: a global has an initial
//!   value exactly when it is defined, not imported.
//! - [`codes::DATA_ALIGN`], [`codes::SLOT_ALIGN`]: alignments of data items and stack slots are
//!   powers of two of at most 65,536.
//! - [`codes::SLOT_SIZE`]: a stack slot has at most 2^31 bytes.
//! - [`codes::DATA_SIZE`]: a data item has at most 2^32 - 1 bytes.
//! - [`codes::UNKNOWN_DATA`], [`codes::DATA_ADDEND`], [`codes::UNKNOWN_TABLE`],
//!   [`codes::UNKNOWN_FUNCTION`]: `data.addr` and `fn.index` parts of data items name existing
//!   entities, and an address's addend is at most its item's size (one past the end is allowed).
//! - [`codes::TABLE_ELEM_TYPE`]: a table's element type is a reference type (WasmIR 0.3).
//! - [`codes::REF_TYPE_PLACE`]: no global, data part or constant has a reference type.
//! - [`codes::TABLE_NOT_FUNCREF`]: `fn.index` (in data parts and instructions) and
//!   `call_indirect` name a `funcref` table.
//!
//! Immediates (spec §2.3, D1):
//! - [`codes::MISSING_IMMEDIATES`]: an operator without immediates (`InstKind::Op`) has format
//!   `Plain`.
//! - [`codes::IMMEDIATE_KIND`]: an operator's immediates (`InstKind::OpImm`) are those of its
//!   format: a memarg for loads and stores, a memory for `memory.*`, a global for `global.get/set`,
//!   a slot for `slot.addr`, a data item and addend for `data.addr`, a table and a function for
//!   `fn.index`, a table for `table.*`, a function for `ref.func`.
//! - [`codes::UNKNOWN_MEMORY`], [`codes::UNKNOWN_GLOBAL`], [`codes::UNKNOWN_SLOT`] (a slot of the
//!   function's body), [`codes::UNKNOWN_DATA`], [`codes::UNKNOWN_TABLE`], [`codes::UNKNOWN_SIG`],
//!   [`codes::UNKNOWN_FUNCTION`]: immediates and `call_indirect` name existing entities;
//!   [`codes::DATA_ADDEND`] as for data parts.
//! - [`codes::ACCESS_ALIGN`]: a memarg's `align` is a power of two no larger than the access width
//!   ([`Opcode::access_bytes`](wasmir_syntax::ir::Opcode::access_bytes)).
//! - [`codes::IMMUTABLE_GLOBAL`]: `global.set` writes a mutable global.
//!
//! Function shape (spec §6.2):
//! - [`codes::EMPTY_BODY`]: a defined function has at least one block.
//! - [`codes::ENTRY_PARAMS`]: the entry block's parameter types equal the signature's parameters.
//! - [`codes::BRANCH_TO_ENTRY`]: no branch targets the entry block.
//!
//! Blocks and layout (spec §6.3):
//! - [`codes::MISSING_TERMINATOR`]: every laid-out block ends with a terminator.
//! - [`codes::EARLY_TERMINATOR`]: no terminator appears before a block's last instruction.
//! - [`codes::REPEATED_BLOCK`]: a block appears at most once in the layout.
//! - [`codes::SHARED_INST`]: an instruction is listed in at most one laid-out block, once.
//! - [`codes::DANGLING_ENTITY`]: the layout, a block's parameters or instructions, an instruction's
//!   results and branch targets name entities that exist in the body's arenas.
//! - [`codes::TARGET_NOT_LAID_OUT`]: branch targets are blocks of the layout.
//!
//! Types (spec §6.4, one table for every instruction class):
//! - [`codes::OPERAND_COUNT`], [`codes::OPERAND_TYPE`]: operands match the instruction's operand
//!   types, compared with [`Type::accepts`](wasmir_syntax::ir::Type::accepts) (never `==`):
//!   [`Module::operator_types`] for operators (the table's columns; the global's type for
//!   `global.get/set`), the callee's parameters for `call`, `i32` then the signature's parameters
//!   for `call_indirect`, `i32` for `trapz`/`trapnz`/`br_if`, the function's results for
//!   `return`, none for constants, `br` and `trap`.
//! - [`codes::SWITCH_TYPE`]: the `switch` operand is `i32` or `i64`.
//! - [`codes::RESULT_COUNT`], [`codes::RESULT_TYPE`]: results match: one of
//!   [`Module::operator_types`] for operators, one of the constant's type for constants, the
//!   callee's (or the signature's) results for `call` (`call_indirect`), none for `trapz`/`trapnz`
//!   and terminators.
//! - [`codes::UNKNOWN_CALLEE`]: `call` names an existing function.
//! - [`codes::BRANCH_ARG_COUNT`], [`codes::BRANCH_ARG_TYPE`]: branch arguments match the target
//!   block's parameters.
//! - [`codes::DUPLICATE_CASE`], [`codes::CASE_RANGE`]: `switch` case values are unique and fit the
//!   operand's type.
//!
//! SSA (spec §6.5):
//! - [`codes::UNDEFINED_VALUE`]: every operand and branch argument is a block parameter or an
//!   instruction result of a laid-out block.
//! - [`codes::NOT_DOMINATED`]: every use is dominated by its definition: earlier in the same block
//!   (block parameters count as defined at the top), or in a block that strictly dominates the
//!   using block. Across blocks this is checked only in blocks reachable from the entry block (as
//!   Cranelift does); uses in unreachable blocks need only be defined.
//! - [`codes::VALUE_REDEFINED`]: a value is defined once (one block parameter or one result).
//! - [`codes::DEF_RECORD`]: a value's [`ValueData::def`](wasmir_syntax::ir::ValueData::def)
//!   names the place that defines it.
//!
//! Implementation limits (spec §6.7; the numbers are in [`limits`], the stricter of wasmtime's
//! validator and V8 for each):
//! - [`codes::NAME_TOO_LONG`]: import module and field names and export names fit in
//!   [`limits::MAX_NAME_BYTES`] bytes of UTF-8.
//! - [`codes::TOO_MANY_PARAMS`], [`codes::TOO_MANY_RESULTS`]: a signature has at most
//!   [`limits::MAX_PARAMS`] parameters and [`limits::MAX_RESULTS`] results.
//! - [`codes::TOO_MANY_FUNCTIONS`], [`codes::TOO_MANY_IMPORTS`], [`codes::TOO_MANY_EXPORTS`]: the
//!   module has at most [`limits::MAX_FUNCTIONS`] functions (imported ones included),
//!   [`limits::MAX_IMPORTS`] imports and [`limits::MAX_EXPORTS`] exports; each is reported once,
//!   at the first item past the limit.
//!
//! # Cascades
//!
//! One mistake gives one diagnostic where possible: an undefined operand is not also type-checked;
//! an instruction whose immediates are of the wrong kind, or name a missing global or signature
//! (which its types come from), has only its operands' definitions checked; a module without
//! memory gets one [`codes::NO_MEMORY`] per memory instruction, per function with slots (at its
//! first slot) and at its first data item, not one per missing memory reference;
//! operand types are not checked when the operand count is wrong (the operands cannot be matched
//! up); a call to a missing function checks nothing else; the second listing of a block or an
//! instruction is reported once and not checked again. Cross-block dominance needs the CFG, which
//! is only meaningful when the function's structure is sound (spec §6.3 holds: every laid-out block
//! and instruction exists, appears once and blocks end with their single terminator, every target
//! is laid out), so it is skipped otherwise.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod codes;
mod entities;
mod function;
mod layout;
pub mod limits;
mod module;
mod names;
mod ownership;
mod rules;

use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{Module, SourceMap};

/// Checks every invariant of spec chapter 6 on `module` and returns the violations, in
/// deterministic order (see the crate docs); an empty vector means the module is valid.
///
/// `spans` locates the diagnostics; pass `SourceMap::default()` for IR without source text (built
/// by a pass or a producer): the diagnostics then carry `Span::default()`. An entity missing from
/// a non-empty source map falls back to its function's name span.
pub fn verify(module: &Module, spans: &SourceMap) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    entities::check(module, spans, &mut out);
    module::check_exports(module, spans, &mut out);
    let mut seen_names = std::collections::BTreeMap::new();
    let mut counts = module::Counts::default();
    for (id, func) in module.funcs.iter() {
        module::check_function_name(module, spans, id, &mut seen_names, &mut out);
        module::check_function_limits(module, spans, id, &mut counts, &mut out);
        if let Some(body) = func.body() {
            function::check(module, spans, id, func, body, &mut out);
        }
    }
    ownership::check_signatures(module, spans, &mut out);
    out
}

#[cfg(test)]
mod tests;
