//! The driver's diagnostic codes: E04xx (files, the command line, `wirc run`) and the two
//! internal compiler errors E0498 and E0499.
//!
//! Each code has a Fluent message `e04nn` with a `.hint` in
//! `crates/wasmir-syntax/locales/<locale>/driver.ftl`, and a long explanation `e04nn-explain` in
//! `explain.ftl` (`wirc explain`) (the catalogues are compiled into
//! wasmir-syntax, which renders every diagnostic; mir-export shares them). `tests/codes.rs` checks
//! these and every other crate's registry against the catalogues.

use wasmir_syntax::diag::Code;

/// E0401: an input file cannot be read (`$path`, `$detail` the I/O error).
pub const READ_FAILED: Code = Code(401);
/// E0402: a `.wir` input is not UTF-8 text (spec §2.1: the text format is UTF-8).
pub const NOT_UTF8: Code = Code(402);
/// E0403: an output cannot be written (`$path`, `$detail` the I/O error); no partial file is
/// left behind.
pub const WRITE_FAILED: Code = Code(403);
/// E0420: wasmtime rejects the module given to `wirc run`.
pub const WASMTIME_LOAD: Code = Code(420);
/// E0421: `wirc run --invoke` names no exported function of the module.
pub const NO_SUCH_EXPORT: Code = Code(421);
/// E0422: `wirc run --invoke` passes the wrong number of arguments.
pub const ARGUMENT_COUNT: Code = Code(422);
/// E0423: the module imports functions, and `wirc run` provides no host.
pub const HAS_IMPORTS: Code = Code(423);
/// E0424: the invoked function trapped (the trap kinds of spec §1.3).
pub const TRAPPED: Code = Code(424);
/// E0425: an argument of `wirc run` does not parse as its parameter's type.
pub const BAD_ARGUMENT: Code = Code(425);
/// E0426: `wirc run --backend interp` was given a wasm binary instead of WasmIR.
pub const INTERP_NEEDS_WIR: Code = Code(426);
/// E0427: `--passes` or `--print-after` names a pass that is not registered (`wirc passes`).
pub const UNKNOWN_PASS: Code = Code(427);
/// E0428: `wirc explain` is given a code that has no explanation (`$code`, as written).
pub const UNKNOWN_CODE: Code = Code(428);
/// E0429: internal compiler error: the native backend (Cranelift) cannot compile the module
/// (`$detail`).
pub const NATIVE_FAILED: Code = Code(429);
/// E0498: internal compiler error: the emitted module does not validate (spec §7: every module the
/// emitter returns validates).
pub const INVALID_OUTPUT: Code = Code(498);
/// E0499: internal compiler error: an optimization pass broke valid IR (spec §11.1).
pub const PASS_BROKE_IR: Code = Code(499);

/// Every driver code, in numeric order.
pub const ALL: &[Code] = &[
    READ_FAILED,
    NOT_UTF8,
    WRITE_FAILED,
    WASMTIME_LOAD,
    NO_SUCH_EXPORT,
    ARGUMENT_COUNT,
    HAS_IMPORTS,
    TRAPPED,
    BAD_ARGUMENT,
    INTERP_NEEDS_WIR,
    UNKNOWN_PASS,
    UNKNOWN_CODE,
    NATIVE_FAILED,
    INVALID_OUTPUT,
    PASS_BROKE_IR,
];
