//! The emitter's diagnostic codes (E03xx), listed in spec §7.
//!
//! Each code has a Fluent message `e03nn` with `.label` and `.hint` in
//! `crates/wasmir-syntax/locales/{en-US,fr}/emit.ftl`; the diagnostics themselves are built in
//! `error.rs`.

use wasmir_syntax::diag::Code;

/// E0301: irreducible control flow: a retreating edge whose target does not dominate its source
/// (spec §7.3); wasm's structured control flow cannot express it without duplicating code.
pub const IRREDUCIBLE: Code = Code(301);
/// E0302: an operator this emitter has no lowering for, from an IR newer than the emitter (spec §7.4).
pub const UNSUPPORTED_OPERATOR: Code = Code(302);
/// E0303: the module breaks an invariant the verifier guarantees (the emitter's precondition,
/// spec §7); reported instead of a panic so that a missed verifier rule shows up as a diagnostic.
pub const MALFORMED: Code = Code(303);
/// E0304: a function needs more locals, its parameters included, than wasm allows (spec §7.8).
pub const TOO_MANY_LOCALS: Code = Code(304);
/// E0305: a function's body is larger than wasm allows (spec §7.8).
pub const BODY_TOO_LARGE: Code = Code(305);
/// E0306: a `switch` would become a `br_table` with more entries than V8 allows (spec §7.6, §7.8).
pub const BR_TABLE_TOO_LARGE: Code = Code(306);
/// E0307: the whole module is larger than wasm allows (spec §7.8).
pub const MODULE_TOO_LARGE: Code = Code(307);

/// E0308: the shadow stack and the data items need more pages than the memory's maximum (its
/// declared `max`, or wasm's 65,536 pages) (spec §12.5).
pub const MEMORY_TOO_SMALL: Code = Code(308);

/// E0309: the module still has `i128` values, which wasm has not: the `legalize-i128` pass
/// splits them into `i64` pairs first (spec §3.4.1, §11.2).
pub const UNLEGALIZED_I128: Code = Code(309);

/// E0310: the module still has ownership (kinds, borrows, drops): the `strip-ownership` pass
/// erases it first (spec §13, §11.2).
pub const UNSTRIPPED_OWNERSHIP: Code = Code(310);

/// Every emitter code, in numeric order.
pub const ALL: &[Code] = &[
    IRREDUCIBLE,
    UNSUPPORTED_OPERATOR,
    MALFORMED,
    TOO_MANY_LOCALS,
    BODY_TOO_LARGE,
    BR_TABLE_TOO_LARGE,
    MODULE_TOO_LARGE,
    MEMORY_TOO_SMALL,
    UNLEGALIZED_I128,
    UNSTRIPPED_OWNERSHIP,
];
