//! The conventions generated code and the host agree on: how WasmIR types are represented in
//! CLIF, the signature of every generated function (a hidden `vmctx` pointer first), the host
//! helpers the code calls, and how a trap kind is encoded in the `vmctx` trap slot.

use cranelift_codegen::ir::{self, types, AbiParam};
use cranelift_codegen::isa::CallConv;
use wasmir_interp::TrapKind;
use wasmir_syntax::ir::{Signature, Type};

/// The CLIF type of a WasmIR value: `ptr` is its 32-bit address, a reference a pointer-sized
/// handle (0 is null; a `funcref` is its function's index plus one, as in the interpreter).
/// `None` for `i128`, which `legalize-i128` removes before translation.
pub fn clif_type(t: Type) -> Option<ir::Type> {
    Some(match t {
        Type::I32 | Type::Ptr => types::I32,
        Type::I64 | Type::ExternRef | Type::FuncRef => types::I64,
        Type::F32 => types::F32,
        Type::F64 => types::F64,
        Type::I128 => return None,
    })
}

/// The CLIF signature of a WasmIR function: `(vmctx, params...) -> results` in the host's
/// calling convention. `None` when a type has no CLIF representation (`i128`).
pub fn signature(call_conv: CallConv, sig: &Signature) -> Option<ir::Signature> {
    let mut s = ir::Signature::new(call_conv);
    s.params.push(AbiParam::new(types::I64));
    for &t in &sig.params {
        s.params.push(AbiParam::new(clif_type(t)?));
    }
    for &t in &sig.results {
        s.returns.push(AbiParam::new(clif_type(t)?));
    }
    Some(s)
}

/// The signature of an entry trampoline: `(vmctx, args, results)`, both arrays of 16-byte
/// little-endian cells, one per value.
pub fn trampoline_signature(call_conv: CallConv) -> ir::Signature {
    let mut s = ir::Signature::new(call_conv);
    s.params.extend([AbiParam::new(types::I64); 3]);
    s
}

/// Bytes per argument, result and global cell.
pub const CELL_BYTES: u32 = 16;

/// "No function" / "no instruction" in the trap slot.
pub const NONE: u32 = u32::MAX;

/// The trap kinds generated code and helpers can raise, encoded as their index plus one (0 in the
/// trap slot means "no trap").
const TRAP_KINDS: [TrapKind; 10] = [
    TrapKind::Unreachable,
    TrapKind::IntegerDivideByZero,
    TrapKind::IntegerOverflow,
    TrapKind::InvalidConversionToInteger,
    TrapKind::CheckedOverflow,
    TrapKind::StackOverflow,
    TrapKind::MemoryOutOfBounds,
    TrapKind::UndefinedElement,
    TrapKind::IndirectCallTypeMismatch,
    TrapKind::TableOutOfBounds,
];

/// The trap slot's code of `kind` (nonzero).
pub fn trap_code(kind: TrapKind) -> u32 {
    TRAP_KINDS.iter().position(|&k| k == kind).map_or(u32::MAX, |i| i as u32 + 1)
}

/// The trap kind of a nonzero trap slot code; `Invalid` for a code no site writes.
pub fn trap_kind(code: u32) -> TrapKind {
    code.checked_sub(1).and_then(|i| TRAP_KINDS.get(i as usize)).copied().unwrap_or(TrapKind::Invalid)
}

/// The host functions generated code calls (extern "C", addresses registered with the JIT by
/// name). Every one takes `vmctx` first; those that can trap write the trap slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Helper {
    /// `(vmctx, delta: i32) -> i32`: `memory.grow`.
    MemoryGrow,
    /// `(vmctx, table, index) -> i64`: `table.get`; traps out of bounds.
    TableGet,
    /// `(vmctx, table, index, value: i64)`: `table.set`; traps out of bounds.
    TableSet,
    /// `(vmctx, table) -> i32`: `table.size`.
    TableSize,
    /// `(vmctx, table, init: i64, delta) -> i32`: `table.grow`.
    TableGrow,
    /// `(vmctx, table, index, sig) -> i64`: the code address `call_indirect` calls, or 0 with
    /// the trap slot written.
    Indirect,
    /// `(vmctx, ptr, len)`: the import `wasmrust.panic_write`.
    PanicWrite,
}

impl Helper {
    /// Every helper.
    pub const ALL: [Helper; 7] = [
        Helper::MemoryGrow,
        Helper::TableGet,
        Helper::TableSet,
        Helper::TableSize,
        Helper::TableGrow,
        Helper::Indirect,
        Helper::PanicWrite,
    ];

    /// The symbol the JIT resolves.
    pub fn symbol(self) -> &'static str {
        match self {
            Helper::MemoryGrow => "wasmir_native_memory_grow",
            Helper::TableGet => "wasmir_native_table_get",
            Helper::TableSet => "wasmir_native_table_set",
            Helper::TableSize => "wasmir_native_table_size",
            Helper::TableGrow => "wasmir_native_table_grow",
            Helper::Indirect => "wasmir_native_indirect",
            Helper::PanicWrite => "wasmir_native_panic_write",
        }
    }

    /// Its CLIF signature (after `vmctx`), matching the Rust definition in `jit`.
    pub fn signature(self, call_conv: CallConv) -> ir::Signature {
        use types::{I32, I64};
        let (params, returns): (&[ir::Type], &[ir::Type]) = match self {
            Helper::MemoryGrow => (&[I32], &[I32]),
            Helper::TableGet => (&[I32, I32], &[I64]),
            Helper::TableSet => (&[I32, I32, I64], &[]),
            Helper::TableSize => (&[I32], &[I32]),
            Helper::TableGrow => (&[I32, I64, I32], &[I32]),
            Helper::Indirect => (&[I32, I32, I32], &[I64]),
            Helper::PanicWrite => (&[I32, I32], &[]),
        };
        let mut s = ir::Signature::new(call_conv);
        s.params.push(AbiParam::new(I64));
        s.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        s.returns.extend(returns.iter().map(|&t| AbiParam::new(t)));
        s
    }
}
