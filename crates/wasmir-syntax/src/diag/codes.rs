//! The front end's diagnostic codes: E00xx lexing and parsing ([`crate::lexer`],
//! [`crate::parse()`]), E01xx name resolution ([`crate::resolve`]); the table of spec §2.3.
//!
//! Each code has a Fluent message `e0nnn` with `.label` and `.hint` in
//! `locales/{en-US,fr}/syntax.ftl`. The other crates keep their own registries (`wasmir_verify::codes`
//! E02xx, `wasmir_emit::codes` E03xx, `wirc::codes` E04xx, mir-export E05xx); `wirc`'s test
//! `tests/codes.rs` checks that every code of every registry has its messages and that no two
//! registries share a number.

use super::Code;

/// E0001: a character that starts no token (spec §2.1).
pub const UNEXPECTED_CHAR: Code = Code(1);
/// E0002: an unexpected token; the message lists the expected ones (spec §2.2).
pub const UNEXPECTED_TOKEN: Code = Code(2);
/// E0003: the file ends in the middle of a construct (spec §2.2).
pub const UNEXPECTED_EOF: Code = Code(3);
/// E0004: a string without its closing quote on the same line (spec §2.1).
pub const UNTERMINATED_STRING: Code = Code(4);
/// E0005: a word reserved for a later version (spec §2.1, §9).
pub const RESERVED_WORD: Code = Code(5);
/// E0006: an unknown escape, or a `\u{…}` that is not a Unicode scalar value (spec §2.1).
pub const INVALID_ESCAPE: Code = Code(6);
/// E0007: a sigil followed by neither an identifier nor a number (spec §2.1).
pub const MALFORMED_NAME: Code = Code(7);

/// E0100: the file does not start with the `wasmir` header (spec §2.2, §8).
pub const MISSING_HEADER: Code = Code(100);
/// E0101: a version this build does not read (spec §8).
pub const UNSUPPORTED_VERSION: Code = Code(101);
/// E0102: a version that is not `MAJOR.MINOR` (spec §8).
pub const MALFORMED_VERSION: Code = Code(102);
/// E0103: an operator name that is not in the operator table (spec §2.3, §4).
pub const UNKNOWN_OPERATOR: Code = Code(103);
/// E0104: a `%value` that no block parameter or result of the function defines (spec §2.3).
pub const UNKNOWN_VALUE: Code = Code(104);
/// E0105: a `^block` that is not a block of the function (spec §2.3).
pub const UNKNOWN_BLOCK: Code = Code(105);
/// E0106: an `@function` that the module neither defines nor imports (spec §2.3).
pub const UNKNOWN_FUNCTION: Code = Code(106);
/// E0107: a value defined twice in a function (spec §2.3).
pub const DUPLICATE_VALUE: Code = Code(107);
/// E0108: a block label defined twice in a function (spec §2.3).
pub const DUPLICATE_BLOCK: Code = Code(108);
/// E0109: a function name defined twice in a module (spec §2.3, §6.1.1).
pub const DUPLICATE_FUNCTION: Code = Code(109);
/// E0110: a literal out of range for its type (spec §2.3, §6.4.10).
pub const LITERAL_OUT_OF_RANGE: Code = Code(110);
/// E0111: the wrong number of result names for the instruction (spec §2.3, §6.4.3).
pub const RESULT_COUNT: Code = Code(111);
/// E0112: a float literal for an integer type (spec §2.3).
pub const FLOAT_LITERAL_FOR_INT: Code = Code(112);
/// E0113: a `$name` that no memory, global, table, type or data item of the module has (spec §12).
pub const UNKNOWN_ENTITY: Code = Code(113);
/// E0114: a `$name` defined twice in a module (spec §12).
pub const DUPLICATE_ENTITY: Code = Code(114);
/// E0115: a `$name` of another kind than the position expects (a global where a memory goes).
pub const WRONG_ENTITY_KIND: Code = Code(115);
/// E0116: immediates that do not match the operator's format (spec §2.3, §4).
pub const BAD_IMMEDIATES: Code = Code(116);
/// E0117: a `#slot` that the function does not declare (spec §12.3).
pub const UNKNOWN_SLOT: Code = Code(117);
/// E0118: a slot declared twice in a function (spec §12.3).
pub const DUPLICATE_SLOT: Code = Code(118);
/// E0119: an `x"..."` byte string with a non-hex character or an odd number of digits.
pub const MALFORMED_HEX: Code = Code(119);
/// E0120: a defined global without an initial value, or an imported one with one (spec §12.4).
pub const GLOBAL_INIT: Code = Code(120);
/// E0121: an instruction location without a file in a function that has no `loc` (spec §2.2).
pub const LOC_WITHOUT_FILE: Code = Code(121);

/// Every front-end code, in numeric order.
pub const ALL: &[Code] = &[
    UNEXPECTED_CHAR,
    UNEXPECTED_TOKEN,
    UNEXPECTED_EOF,
    UNTERMINATED_STRING,
    RESERVED_WORD,
    INVALID_ESCAPE,
    MALFORMED_NAME,
    MISSING_HEADER,
    UNSUPPORTED_VERSION,
    MALFORMED_VERSION,
    UNKNOWN_OPERATOR,
    UNKNOWN_VALUE,
    UNKNOWN_BLOCK,
    UNKNOWN_FUNCTION,
    DUPLICATE_VALUE,
    DUPLICATE_BLOCK,
    DUPLICATE_FUNCTION,
    LITERAL_OUT_OF_RANGE,
    RESULT_COUNT,
    FLOAT_LITERAL_FOR_INT,
    UNKNOWN_ENTITY,
    DUPLICATE_ENTITY,
    WRONG_ENTITY_KIND,
    BAD_IMMEDIATES,
    UNKNOWN_SLOT,
    DUPLICATE_SLOT,
    MALFORMED_HEX,
    GLOBAL_INIT,
    LOC_WITHOUT_FILE,
];
