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
/// E0203: an export names a function, memory, global or table that does not exist (spec §6.1.3).
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

/// E0232: an operator that carries immediates is written without them (spec §6.8.1).
pub const MISSING_IMMEDIATES: Code = Code(232);
/// E0233: an instruction's immediates are not those of its operator's format (spec §6.8.1).
pub const IMMEDIATE_KIND: Code = Code(233);
/// E0234: an immediate names a memory that does not exist (spec §6.8.2).
pub const UNKNOWN_MEMORY: Code = Code(234);
/// E0235: an immediate names a global that does not exist (spec §6.8.2).
pub const UNKNOWN_GLOBAL: Code = Code(235);
/// E0236: `slot.addr` names a slot the function does not declare (spec §6.8.2).
pub const UNKNOWN_SLOT: Code = Code(236);
/// E0237: an immediate or a data part names a data item that does not exist (spec §6.8.2).
pub const UNKNOWN_DATA: Code = Code(237);
/// E0238: an immediate or a data part names a table that does not exist (spec §6.8.2).
pub const UNKNOWN_TABLE: Code = Code(238);
/// E0239: `call_indirect` names a signature that does not exist (spec §6.8.2).
pub const UNKNOWN_SIG: Code = Code(239);
/// E0240: `fn.index` (an instruction or a data part) names a function that does not exist (spec
/// §6.8.2).
pub const UNKNOWN_FUNCTION: Code = Code(240);
/// E0241: a load or store's `align` is not a power of two no larger than its access (spec
/// §6.8.3).
pub const ACCESS_ALIGN: Code = Code(241);
/// E0242: `global.set` writes an immutable global (spec §6.8.4).
pub const IMMUTABLE_GLOBAL: Code = Code(242);
/// E0243: memory is used (an access, a memory operator, a stack slot or a data item) in a module
/// that declares no memory (spec §6.8.5).
pub const NO_MEMORY: Code = Code(243);
/// E0244: the module declares more than one memory (spec §6.9.1; multiple memories are deferred
/// past 0.2).
pub const TOO_MANY_MEMORIES: Code = Code(244);
/// E0245: a memory's limits are not `min <= max <= 65536` pages (spec §6.9.2).
pub const MEMORY_LIMITS: Code = Code(245);
/// E0246: a global's initial value has a type other than the global's (spec §6.9.3).
pub const GLOBAL_INIT_TYPE: Code = Code(246);
/// E0247: an imported global has an initial value (spec §6.9.4).
pub const IMPORTED_GLOBAL_INIT: Code = Code(247);
/// E0248: a defined global has no initial value (spec §6.9.4).
pub const MISSING_GLOBAL_INIT: Code = Code(248);
/// E0249: a data item's alignment is not a power of two of at most 65,536 (spec §6.9.5).
pub const DATA_ALIGN: Code = Code(249);
/// E0250: a stack slot's alignment is not a power of two of at most 65,536 (spec §6.9.6).
pub const SLOT_ALIGN: Code = Code(250);
/// E0251: a stack slot is larger than 2^31 bytes (spec §6.9.6).
pub const SLOT_SIZE: Code = Code(251);
/// E0252: a data item is larger than 2^32 - 1 bytes (spec §6.9.5).
pub const DATA_SIZE: Code = Code(252);
/// E0253: a data address's addend points past the end of its item (spec §6.9.7).
pub const DATA_ADDEND: Code = Code(253);
/// E0254: two module-level `$` entities (memories, globals, tables, signatures, data items) share
/// a name (spec §6.1.4).
pub const DUPLICATE_ENTITY: Code = Code(254);
/// E0255: a global has type `i128`; wasm globals hold at most 64 bits and `legalize-i128` splits
/// only values, not globals (spec §6.9.8).
pub const GLOBAL_I128: Code = Code(255);
/// E0256: a value is used after a consuming use on some path to the use (spec §6.10.1).
pub const USE_AFTER_MOVE: Code = Code(256);
/// E0257: an `own` or `linear` value, or a borrow, is consumed twice on one path, loops included
/// (spec §6.10.1).
pub const MOVED_TWICE: Code = Code(257);
/// E0258: a `linear` value has no consuming use and reaches a `return` (spec §6.10.2).
pub const LINEAR_NEVER_CONSUMED: Code = Code(258);
/// E0259: a `linear` value is consumed on some paths but reaches a `return` unconsumed on
/// another (spec §6.10.2).
pub const LINEAR_LEAK: Code = Code(259);
/// E0260: a `linear` value or a borrow is consumed on some paths into a block and not on others
/// (spec §6.10.2).
pub const JOIN_MISMATCH: Code = Code(260);
/// E0261: a value's ownership kind does not fit the position that uses it (spec §6.10.3).
pub const KIND_MISMATCH: Code = Code(261);
/// E0262: an owner is consumed while a borrow of it is live (spec §6.10.4).
pub const MOVE_WHILE_BORROWED: Code = Code(262);
/// E0263: an owner is dropped, or a borrow ended, while a borrow of it is live (spec §6.10.4).
pub const BORROW_OUTLIVES_OWNER: Code = Code(263);
/// E0264: an access conflicts with a live exclusive borrow, or an exclusive borrow with a live
/// shared one (spec §6.10.4).
pub const CONFLICTING_BORROW: Code = Code(264);
/// E0265: a borrow is not ended on a path that returns (spec §6.10.4).
pub const BORROW_NOT_ENDED: Code = Code(265);
/// E0266: a `linear` value, or a borrow of one, is stored to memory or a global (spec §6.10.5).
pub const LINEAR_IN_MEMORY: Code = Code(266);
/// E0267: an ownership qualifier where it is not allowed: a borrowed result or block parameter
/// of a block other than the entry block, or entry kinds that differ from the signature's (spec
/// §6.10.3).
pub const QUALIFIER_PLACE: Code = Code(267);
/// E0268: a table whose element type is not a reference type (spec §6.9, §12.6).
pub const TABLE_ELEM_TYPE: Code = Code(268);
/// E0269: a reference type where 0.3 allows none: a global's type, a data part or a constant
/// (spec §3.4.2, §6.9).
pub const REF_TYPE_PLACE: Code = Code(269);
/// E0270: `call_indirect` or `fn.index` names a table whose elements are not `funcref` (spec
/// §6.9, §12.6).
pub const TABLE_NOT_FUNCREF: Code = Code(270);

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
    MISSING_IMMEDIATES,
    IMMEDIATE_KIND,
    UNKNOWN_MEMORY,
    UNKNOWN_GLOBAL,
    UNKNOWN_SLOT,
    UNKNOWN_DATA,
    UNKNOWN_TABLE,
    UNKNOWN_SIG,
    UNKNOWN_FUNCTION,
    ACCESS_ALIGN,
    IMMUTABLE_GLOBAL,
    NO_MEMORY,
    TOO_MANY_MEMORIES,
    MEMORY_LIMITS,
    GLOBAL_INIT_TYPE,
    IMPORTED_GLOBAL_INIT,
    MISSING_GLOBAL_INIT,
    DATA_ALIGN,
    SLOT_ALIGN,
    SLOT_SIZE,
    DATA_SIZE,
    DATA_ADDEND,
    DUPLICATE_ENTITY,
    GLOBAL_I128,
    USE_AFTER_MOVE,
    MOVED_TWICE,
    LINEAR_NEVER_CONSUMED,
    LINEAR_LEAK,
    JOIN_MISMATCH,
    KIND_MISMATCH,
    MOVE_WHILE_BORROWED,
    BORROW_OUTLIVES_OWNER,
    CONFLICTING_BORROW,
    BORROW_NOT_ENDED,
    LINEAR_IN_MEMORY,
    QUALIFIER_PLACE,
    TABLE_ELEM_TYPE,
    REF_TYPE_PLACE,
    TABLE_NOT_FUNCREF,
];

/// The codes of wasm's implementation limits (spec §6.7): rules about sizes, which only inputs of
/// wasm's scale break, so that tests generating small broken IR know not to expect them.
pub const IMPLEMENTATION_LIMITS: &[Code] =
    &[NAME_TOO_LONG, TOO_MANY_PARAMS, TOO_MANY_RESULTS, TOO_MANY_FUNCTIONS, TOO_MANY_IMPORTS, TOO_MANY_EXPORTS];

/// Whether `code` is one of the ownership rules checked on the flow of values (spec §6.10,
/// E0256-E0266), which run only on functions whose SSA rules hold: tests generating broken IR do
/// not reach them.
pub fn is_ownership_flow(code: Code) -> bool {
    (USE_AFTER_MOVE.0..=LINEAR_IN_MEMORY.0).contains(&code.0)
}
