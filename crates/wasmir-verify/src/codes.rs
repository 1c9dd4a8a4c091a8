//! The verifier's diagnostic codes (E0200-E0299), one per rule of spec chapter 6.
//!
//! Each code has a Fluent message `e02xx` with `.label` and `.hint` in
//! `crates/wasmir-syntax/locales/{en-US,fr}/verify.ftl`, a section in `wasmir-spec/06-verifier.md`
//! and, when text can express the mistake, a golden file in `tests/ir/verify/`.

use wasmir_syntax::diag::Code;

/// E0200: a defined function has no block (spec §6.2.1).
pub const EMPTY_BODY: Code = Code(200);
/// E0201: two functions share a name (spec §6.1.1).
pub const DUPLICATE_FUNCTION: Code = Code(201);
/// E0202: two exports share a name (spec §6.1.2).
pub const DUPLICATE_EXPORT: Code = Code(202);
/// E0203: an export names a function that does not exist (spec §6.1.3).
pub const UNKNOWN_EXPORT_TARGET: Code = Code(203);
/// E0204: the entry block's parameters differ from the signature's (spec §6.2.2).
pub const ENTRY_PARAMS: Code = Code(204);
/// E0205: a branch targets the entry block (spec §6.2.3).
pub const BRANCH_TO_ENTRY: Code = Code(205);
/// E0206: a laid-out block does not end with a terminator (spec §6.3.1).
pub const MISSING_TERMINATOR: Code = Code(206);
/// E0207: a terminator is followed by more instructions in its block (spec §6.3.2).
pub const EARLY_TERMINATOR: Code = Code(207);
/// E0208: a block appears more than once in the layout (spec §6.3.3).
pub const REPEATED_BLOCK: Code = Code(208);
/// E0209: an instruction is listed more than once in the laid-out blocks (spec §6.3.4).
pub const SHARED_INST: Code = Code(209);
/// E0210: the IR names a block, instruction or value that does not exist (spec §6.3.5).
pub const DANGLING_ENTITY: Code = Code(210);
/// E0211: a branch targets a block that is not in the layout (spec §6.3.6).
pub const TARGET_NOT_LAID_OUT: Code = Code(211);
/// E0212: an instruction has the wrong number of operands (spec §6.4.1).
pub const OPERAND_COUNT: Code = Code(212);
/// E0213: an operand has the wrong type (spec §6.4.2).
pub const OPERAND_TYPE: Code = Code(213);
/// E0214: an instruction has the wrong number of results (spec §6.4.3).
pub const RESULT_COUNT: Code = Code(214);
/// E0215: a result has the wrong type (spec §6.4.4).
pub const RESULT_TYPE: Code = Code(215);
/// E0216: `call` names a function that does not exist (spec §6.4.5).
pub const UNKNOWN_CALLEE: Code = Code(216);
/// E0217: a branch passes the wrong number of arguments to its target (spec §6.4.6).
pub const BRANCH_ARG_COUNT: Code = Code(217);
/// E0218: a branch argument's type differs from the target parameter's (spec §6.4.7).
pub const BRANCH_ARG_TYPE: Code = Code(218);
/// E0219: the `switch` operand is not an integer (spec §6.4.8).
pub const SWITCH_TYPE: Code = Code(219);
/// E0220: a `switch` case value appears twice (spec §6.4.9).
pub const DUPLICATE_CASE: Code = Code(220);
/// E0221: a `switch` case value does not fit the operand's type (spec §6.4.10).
pub const CASE_RANGE: Code = Code(221);
/// E0222: an operand or branch argument is not defined in the function's layout (spec §6.5.1).
pub const UNDEFINED_VALUE: Code = Code(222);
/// E0223: a use is not dominated by its definition (spec §6.5.2).
pub const NOT_DOMINATED: Code = Code(223);
/// E0224: a value is defined more than once (spec §6.5.3).
pub const VALUE_REDEFINED: Code = Code(224);
/// E0225: a value's definition record disagrees with where it is defined (spec §6.5.4).
pub const DEF_RECORD: Code = Code(225);
/// E0226: an import module or field name, or an export name, is longer than wasm allows
/// ([`crate::limits::MAX_NAME_BYTES`], spec §6.7.1).
pub const NAME_TOO_LONG: Code = Code(226);
/// E0227: a signature has more parameters than wasm allows ([`crate::limits::MAX_PARAMS`], spec
/// §6.7.2).
pub const TOO_MANY_PARAMS: Code = Code(227);
/// E0228: a signature has more results than wasm allows ([`crate::limits::MAX_RESULTS`], spec
/// §6.7.3).
pub const TOO_MANY_RESULTS: Code = Code(228);
/// E0229: the module has more functions than wasm allows ([`crate::limits::MAX_FUNCTIONS`], spec
/// §6.7.4).
pub const TOO_MANY_FUNCTIONS: Code = Code(229);
/// E0230: the module has more imports than wasm allows ([`crate::limits::MAX_IMPORTS`], spec
/// §6.7.5).
pub const TOO_MANY_IMPORTS: Code = Code(230);
/// E0231: the module has more exports than wasm allows ([`crate::limits::MAX_EXPORTS`], spec
/// §6.7.6).
pub const TOO_MANY_EXPORTS: Code = Code(231);

/// Every verifier code, in numeric order.
pub const ALL: &[Code] = &[
    EMPTY_BODY,
    DUPLICATE_FUNCTION,
    DUPLICATE_EXPORT,
    UNKNOWN_EXPORT_TARGET,
    ENTRY_PARAMS,
    BRANCH_TO_ENTRY,
    MISSING_TERMINATOR,
    EARLY_TERMINATOR,
    REPEATED_BLOCK,
    SHARED_INST,
    DANGLING_ENTITY,
    TARGET_NOT_LAID_OUT,
    OPERAND_COUNT,
    OPERAND_TYPE,
    RESULT_COUNT,
    RESULT_TYPE,
    UNKNOWN_CALLEE,
    BRANCH_ARG_COUNT,
    BRANCH_ARG_TYPE,
    SWITCH_TYPE,
    DUPLICATE_CASE,
    CASE_RANGE,
    UNDEFINED_VALUE,
    NOT_DOMINATED,
    VALUE_REDEFINED,
    DEF_RECORD,
    NAME_TOO_LONG,
    TOO_MANY_PARAMS,
    TOO_MANY_RESULTS,
    TOO_MANY_FUNCTIONS,
    TOO_MANY_IMPORTS,
    TOO_MANY_EXPORTS,
];

/// The codes of wasm's implementation limits (spec §6.7): rules about sizes, which only inputs of
/// wasm's scale break, so that tests generating small broken IR know not to expect them.
pub const IMPLEMENTATION_LIMITS: &[Code] =
    &[NAME_TOO_LONG, TOO_MANY_PARAMS, TOO_MANY_RESULTS, TOO_MANY_FUNCTIONS, TOO_MANY_IMPORTS, TOO_MANY_EXPORTS];
