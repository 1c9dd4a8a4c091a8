//! WebAssembly's implementation limits: what a wasm module may hold in the engines WasmRust
//! targets (spec §6.7).
//!
//! The core wasm specification leaves limits to implementations (its appendix "Implementation
//! Limitations"); engines agreed on one set, written down in the WebAssembly JS API specification
//! ("Implementation-defined Limits") and enforced by V8 (`src/wasm/wasm-limits.h`). wasmtime
//! validates with wasmparser, whose `limits.rs` (crate version 0.254) is equal or laxer on every
//! limit here. Each constant is the stricter of the two, so a module within all of them loads in
//! wasmtime, Node and the browsers.
//!
//! The verifier checks the limits the IR determines (names, signatures, counts of items); the
//! emitter (`wasmir-emit`) checks those only known once code is generated (locals after
//! allocation, body and module sizes, `br_table` lengths). Both read these constants, so each
//! number is written once.

/// Longest import module name, import field name or export name, in bytes of UTF-8: 100,000
/// (JS API, V8 `kV8MaxWasmStringSize`, wasmparser `MAX_WASM_STRING_SIZE`). Strings of the custom
/// `name` section are read with the same limit by wasmparser, so the emitter leaves longer names
/// out of it.
pub const MAX_NAME_BYTES: usize = 100_000;

/// Most parameters of a function type, a count: 1,000 (JS API, V8 `kV8MaxWasmFunctionParams`,
/// wasmparser `MAX_WASM_FUNCTION_PARAMS`).
pub const MAX_PARAMS: usize = 1_000;

/// Most results of a function type, a count: 1,000 (JS API for multi-value, V8
/// `kV8MaxWasmFunctionReturns`, wasmparser `MAX_WASM_FUNCTION_RETURNS`).
pub const MAX_RESULTS: usize = 1_000;

/// Most functions in a module, imported and defined together, a count: 1,000,000 (JS API, V8
/// `kV8MaxWasmFunctions`, wasmparser `MAX_WASM_FUNCTIONS`, which both count imports).
pub const MAX_FUNCTIONS: usize = 1_000_000;

/// Most imports of a module, a count: 100,000 (JS API, V8 `kV8MaxWasmImports`; wasmparser allows
/// 1,000,000).
pub const MAX_IMPORTS: usize = 100_000;

/// Most exports of a module, a count: 100,000 (JS API, V8 `kV8MaxWasmExports`; wasmparser allows
/// 1,000,000).
pub const MAX_EXPORTS: usize = 100_000;

/// Most types in the type section, a count: 1,000,000 (JS API, V8 `kV8MaxWasmTypes`, wasmparser
/// `MAX_WASM_TYPES`). The emitter writes one type per distinct signature, and every signature is
/// some function's, so [`MAX_FUNCTIONS`] bounds the types: no rule of its own (checked below at
/// compile time).
pub const MAX_TYPES: usize = 1_000_000;

/// Most locals of a function, a count that includes its parameters: 50,000 (JS API, V8
/// `kV8MaxWasmFunctionLocals`, wasmparser `MAX_WASM_FUNCTION_LOCALS`; both engines count the
/// parameters first). Checked by the emitter after local allocation.
pub const MAX_LOCALS: usize = 50_000;

/// Largest function body, in bytes of the code section entry without its size prefix (local
/// declarations included): 7,654,321 (JS API, V8 `kV8MaxWasmFunctionSize`, wasmparser
/// `MAX_WASM_FUNCTION_SIZE`). Checked by the emitter.
pub const MAX_BODY_BYTES: usize = 7_654_321;

/// Most entries of one `br_table`, not counting the default, a count: 65,520 (V8
/// `kV8MaxWasmFunctionBrTableSize`; wasmparser allows 7,654,321 and the JS API names no limit).
/// Checked by the emitter, which lowers dense `switch`es to `br_table` (spec §7.6).
pub const MAX_BR_TABLE_ENTRIES: usize = 65_520;

/// Largest module, in bytes of the whole binary: 1,073,741,824 = 1 GiB (JS API, V8
/// `kV8MaxWasmModuleSize`; wasmparser has no such limit for core modules). Checked by the emitter.
pub const MAX_MODULE_BYTES: usize = 1 << 30;

// The type-section limit needs no rule only while functions cannot outnumber it.
const _: () = assert!(MAX_FUNCTIONS <= MAX_TYPES);
