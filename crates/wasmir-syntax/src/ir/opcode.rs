//! The operator table: every WasmIR operator that is not a call or a terminator, with its format
//! (which immediates it carries), operand and result types, effects, operand conventions and the
//! trap kinds it can raise (spec §4, §12; decision record D1 in `wasmir-spec/design/0.2.md`).
//!
//! One table drives the resolver (names and immediates), the verifier (types), the printer, the
//! emitter, the interpreter and the optimizer (effects), as QBE's `ops.h` and Cranelift's
//! instruction formats do: no other crate lists operators or recognises one by its spelling.
//! Names, operand order and semantics follow the WebAssembly instruction of the same name
//! (WebAssembly Core Specification 2.0, §4.4 "Numeric Instructions", §4.4.7 "Memory
//! Instructions"), except:
//! - `*.add_ovf_*`, `*.sub_ovf_*`, `*.mul_ovf_*` (checked arithmetic, spec §4.3) trap on overflow;
//! - `T.select %c, %a, %b` takes the condition first (spec §4.5);
//! - `ptr.*` operate on the pointer type (spec §12.2), which wasm spells `i32`;
//! - `i128.*` have no wasm instruction: they mean what the `i64` operator of the same name means,
//!   on 128 bits (shift and rotate amounts modulo 128), and `legalize-i128` rewrites them into
//!   `i64` code before emission (spec §3.4.1, §11.2).

use super::Type;
use super::Type::{ExternRef, FuncRef, Ptr, F32, F64, I128, I32, I64};

/// What an operator's instruction carries besides its operands (Cranelift's
/// `InstructionFormat`); fixes the immediates of [`super::Imm`] and their text (spec §2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// No immediates: `i32.add %a, %b`.
    Plain,
    /// A memory access reading memory: `i32.load[$mem, offset=8, align=4] %p`.
    Load,
    /// A memory access writing memory: `i32.store[$mem] %p, %v`.
    Store,
    /// An operation on a whole memory: `memory.grow[$mem] %pages`.
    Memory,
    /// Reads a global; the result has the global's type: `global.get[$g]`.
    GlobalGet,
    /// Writes a global; the operand has the global's type: `global.set[$g] %v`.
    GlobalSet,
    /// The address of a stack slot of the function: `slot.addr[#s]`.
    Slot,
    /// The address of a data item plus a byte addend: `data.addr[$d, addend=4]`.
    Data,
    /// The index of a function in a table: `fn.index[$t, @f]`.
    FuncIndex,
    /// A reference to a function: `ref.func[@f]` (spec §4.12).
    Func,
    /// An access to a table (spec §12.6.3): `table.get[$t] %i`. Operand and result types that
    /// are the table's element type come from `Module::operator_types`, like a global's.
    Table,
}

/// Effect flags of an operator (spec §12.10 "Effects and reordering", D3): a bit set. An operator
/// with no flag is pure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Effects(u16);

impl Effects {
    /// No effect: removable when unused, movable anywhere its operands dominate, foldable.
    pub const PURE: Effects = Effects(0);
    /// May trap.
    pub const TRAP: Effects = Effects(1);
    /// Reads linear memory (or its size).
    pub const READ_MEM: Effects = Effects(2);
    /// Writes linear memory (or grows it).
    pub const WRITE_MEM: Effects = Effects(4);
    /// Reads a global.
    pub const READ_GLOBAL: Effects = Effects(8);
    /// Writes a global.
    pub const WRITE_GLOBAL: Effects = Effects(16);
    /// Reads a table.
    pub const READ_TABLE: Effects = Effects(32);
    /// Writes a table.
    pub const WRITE_TABLE: Effects = Effects(64);
    /// Calls code that may do any of the above, or reach the host.
    pub const CALL: Effects = Effects(128);

    /// Whether every flag of `other` is set.
    pub const fn contains(self, other: Effects) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether no flag is set.
    pub const fn is_pure(self) -> bool {
        self.0 == 0
    }

    /// Whether any flag of `other` is set.
    pub const fn intersects(self, other: Effects) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether the operator writes some state (memory, a global, a table) or calls.
    pub const fn writes(self) -> bool {
        self.intersects(Effects(4 | 16 | 64 | 128))
    }
}

impl core::ops::BitOr for Effects {
    type Output = Effects;
    fn bitor(self, rhs: Effects) -> Effects {
        Effects(self.0 | rhs.0)
    }
}

/// How an instruction uses an operand (spec §12.10, D4): the column the ownership verifier of issue
/// 8 reads. Every operand of the 0.2 table is `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Convention {
    /// The operand is a trivial value, read and left usable.
    Copy,
    /// The operand is moved into the instruction and may not be used afterwards.
    Consume,
    /// The operand is borrowed for the duration of the instruction.
    Borrow,
}

/// The kinds of trap the spec defines (spec §1.3, D8). wasm reports them as wasmtime's
/// `Trap` names them; `CheckedOverflow` and `StackOverflow` of the shadow stack are `unreachable`
/// on wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrapCode {
    /// `trap`, `trapz`, `trapnz` (wasm `unreachable`).
    Unreachable,
    /// Integer division or remainder by zero.
    IntegerDivideByZero,
    /// `div_s` of the minimum by -1, or a float-to-int `trunc` out of range.
    IntegerOverflow,
    /// A float-to-int `trunc` of NaN.
    InvalidConversionToInteger,
    /// A checked `*_ovf_*` operator whose exact result does not fit (spec §4.3).
    CheckedOverflow,
    /// A memory access outside the memory's current size (spec §12.1).
    MemoryOutOfBounds,
    /// `call_indirect` of an index outside the table or of an empty entry.
    UndefinedElement,
    /// `call_indirect` of a function whose signature differs from the expected one.
    IndirectCallTypeMismatch,
    /// `table.get` or `table.set` of an index at or past the table's current size (spec §12.6.3;
    /// wasm's "out of bounds table access").
    TableOutOfBounds,
    /// Call depth or the shadow stack exhausted (spec §12.3).
    StackOverflow,
}

impl TrapCode {
    /// The message wasm engines print, e.g. `"integer divide by zero"`.
    pub fn message(self) -> &'static str {
        match self {
            TrapCode::Unreachable => "unreachable",
            TrapCode::IntegerDivideByZero => "integer divide by zero",
            TrapCode::IntegerOverflow => "integer overflow",
            TrapCode::InvalidConversionToInteger => "invalid conversion to integer",
            TrapCode::CheckedOverflow => "arithmetic overflow",
            TrapCode::MemoryOutOfBounds => "memory out of bounds",
            TrapCode::UndefinedElement => "undefined element",
            TrapCode::IndirectCallTypeMismatch => "indirect call type mismatch",
            TrapCode::TableOutOfBounds => "table out of bounds",
            TrapCode::StackOverflow => "stack overflow",
        }
    }
}

macro_rules! opcodes {
    ($($variant:ident = $name:literal $fmt:ident [$($arg:ident),*] -> [$($res:ident),*]
        {$($eff:ident)|*} [$($trap:ident),*];)*) => {
        /// A WasmIR operator (spec §4, §12). See the module docs for its naming rules.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Opcode {
            $(#[doc = concat!("`", $name, "`")] $variant,)*
        }

        impl Opcode {
            /// Every operator, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The text spelling, e.g. `"i32.add"`.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $name,)* }
            }

            /// The instruction format: which immediates it carries.
            pub fn format(self) -> Format {
                match self { $(Opcode::$variant => Format::$fmt,)* }
            }

            /// Operand types, in order. Empty for `global.set`, whose operand type is the
            /// global's, and without the element-typed operand of `table.set`/`table.grow` (see
            /// `Module::operator_types`).
            pub fn params(self) -> &'static [Type] {
                match self { $(Opcode::$variant => &[$($arg),*],)* }
            }

            /// Result types, in order. Empty for stores, `memory.copy/fill`, `global.set` and
            /// `table.set`; empty for `global.get` and `table.get`, whose result type is the
            /// global's or the table's element type.
            pub fn results(self) -> &'static [Type] {
                match self { $(Opcode::$variant => &[$($res),*],)* }
            }

            /// The trap kinds the operator can raise; empty when it never traps.
            pub fn traps(self) -> &'static [TrapCode] {
                match self { $(Opcode::$variant => &[$(TrapCode::$trap),*],)* }
            }

            /// The effect flags (`TRAP` is set exactly when [`Opcode::traps`] is not empty).
            pub fn effects(self) -> Effects {
                let base = match self { $(Opcode::$variant => Effects::PURE $(| Effects::$eff)*,)* };
                if self.traps().is_empty() { base } else { base | Effects::TRAP }
            }
        }
    };
}

opcodes! {
    I32Add = "i32.add" Plain [I32, I32] -> [I32] {} [];
    I32Sub = "i32.sub" Plain [I32, I32] -> [I32] {} [];
    I32Mul = "i32.mul" Plain [I32, I32] -> [I32] {} [];
    I32And = "i32.and" Plain [I32, I32] -> [I32] {} [];
    I32Or = "i32.or" Plain [I32, I32] -> [I32] {} [];
    I32Xor = "i32.xor" Plain [I32, I32] -> [I32] {} [];
    I32Shl = "i32.shl" Plain [I32, I32] -> [I32] {} [];
    I32ShrS = "i32.shr_s" Plain [I32, I32] -> [I32] {} [];
    I32ShrU = "i32.shr_u" Plain [I32, I32] -> [I32] {} [];
    I32Rotl = "i32.rotl" Plain [I32, I32] -> [I32] {} [];
    I32Rotr = "i32.rotr" Plain [I32, I32] -> [I32] {} [];
    I32DivS = "i32.div_s" Plain [I32, I32] -> [I32] {} [IntegerDivideByZero, IntegerOverflow];
    I32DivU = "i32.div_u" Plain [I32, I32] -> [I32] {} [IntegerDivideByZero];
    I32RemS = "i32.rem_s" Plain [I32, I32] -> [I32] {} [IntegerDivideByZero];
    I32RemU = "i32.rem_u" Plain [I32, I32] -> [I32] {} [IntegerDivideByZero];
    I32AddOvfS = "i32.add_ovf_s" Plain [I32, I32] -> [I32] {} [CheckedOverflow];
    I32AddOvfU = "i32.add_ovf_u" Plain [I32, I32] -> [I32] {} [CheckedOverflow];
    I32SubOvfS = "i32.sub_ovf_s" Plain [I32, I32] -> [I32] {} [CheckedOverflow];
    I32SubOvfU = "i32.sub_ovf_u" Plain [I32, I32] -> [I32] {} [CheckedOverflow];
    I32MulOvfS = "i32.mul_ovf_s" Plain [I32, I32] -> [I32] {} [CheckedOverflow];
    I32MulOvfU = "i32.mul_ovf_u" Plain [I32, I32] -> [I32] {} [CheckedOverflow];
    I32Eq = "i32.eq" Plain [I32, I32] -> [I32] {} [];
    I32Ne = "i32.ne" Plain [I32, I32] -> [I32] {} [];
    I32LtS = "i32.lt_s" Plain [I32, I32] -> [I32] {} [];
    I32LtU = "i32.lt_u" Plain [I32, I32] -> [I32] {} [];
    I32GtS = "i32.gt_s" Plain [I32, I32] -> [I32] {} [];
    I32GtU = "i32.gt_u" Plain [I32, I32] -> [I32] {} [];
    I32LeS = "i32.le_s" Plain [I32, I32] -> [I32] {} [];
    I32LeU = "i32.le_u" Plain [I32, I32] -> [I32] {} [];
    I32GeS = "i32.ge_s" Plain [I32, I32] -> [I32] {} [];
    I32GeU = "i32.ge_u" Plain [I32, I32] -> [I32] {} [];
    I32Eqz = "i32.eqz" Plain [I32] -> [I32] {} [];
    I32Clz = "i32.clz" Plain [I32] -> [I32] {} [];
    I32Ctz = "i32.ctz" Plain [I32] -> [I32] {} [];
    I32Popcnt = "i32.popcnt" Plain [I32] -> [I32] {} [];
    I32Extend8S = "i32.extend8_s" Plain [I32] -> [I32] {} [];
    I32Extend16S = "i32.extend16_s" Plain [I32] -> [I32] {} [];
    I64Add = "i64.add" Plain [I64, I64] -> [I64] {} [];
    I64Sub = "i64.sub" Plain [I64, I64] -> [I64] {} [];
    I64Mul = "i64.mul" Plain [I64, I64] -> [I64] {} [];
    I64And = "i64.and" Plain [I64, I64] -> [I64] {} [];
    I64Or = "i64.or" Plain [I64, I64] -> [I64] {} [];
    I64Xor = "i64.xor" Plain [I64, I64] -> [I64] {} [];
    I64Shl = "i64.shl" Plain [I64, I64] -> [I64] {} [];
    I64ShrS = "i64.shr_s" Plain [I64, I64] -> [I64] {} [];
    I64ShrU = "i64.shr_u" Plain [I64, I64] -> [I64] {} [];
    I64Rotl = "i64.rotl" Plain [I64, I64] -> [I64] {} [];
    I64Rotr = "i64.rotr" Plain [I64, I64] -> [I64] {} [];
    I64DivS = "i64.div_s" Plain [I64, I64] -> [I64] {} [IntegerDivideByZero, IntegerOverflow];
    I64DivU = "i64.div_u" Plain [I64, I64] -> [I64] {} [IntegerDivideByZero];
    I64RemS = "i64.rem_s" Plain [I64, I64] -> [I64] {} [IntegerDivideByZero];
    I64RemU = "i64.rem_u" Plain [I64, I64] -> [I64] {} [IntegerDivideByZero];
    I64AddOvfS = "i64.add_ovf_s" Plain [I64, I64] -> [I64] {} [CheckedOverflow];
    I64AddOvfU = "i64.add_ovf_u" Plain [I64, I64] -> [I64] {} [CheckedOverflow];
    I64SubOvfS = "i64.sub_ovf_s" Plain [I64, I64] -> [I64] {} [CheckedOverflow];
    I64SubOvfU = "i64.sub_ovf_u" Plain [I64, I64] -> [I64] {} [CheckedOverflow];
    I64MulOvfS = "i64.mul_ovf_s" Plain [I64, I64] -> [I64] {} [CheckedOverflow];
    I64MulOvfU = "i64.mul_ovf_u" Plain [I64, I64] -> [I64] {} [CheckedOverflow];
    I64Eq = "i64.eq" Plain [I64, I64] -> [I32] {} [];
    I64Ne = "i64.ne" Plain [I64, I64] -> [I32] {} [];
    I64LtS = "i64.lt_s" Plain [I64, I64] -> [I32] {} [];
    I64LtU = "i64.lt_u" Plain [I64, I64] -> [I32] {} [];
    I64GtS = "i64.gt_s" Plain [I64, I64] -> [I32] {} [];
    I64GtU = "i64.gt_u" Plain [I64, I64] -> [I32] {} [];
    I64LeS = "i64.le_s" Plain [I64, I64] -> [I32] {} [];
    I64LeU = "i64.le_u" Plain [I64, I64] -> [I32] {} [];
    I64GeS = "i64.ge_s" Plain [I64, I64] -> [I32] {} [];
    I64GeU = "i64.ge_u" Plain [I64, I64] -> [I32] {} [];
    I64Eqz = "i64.eqz" Plain [I64] -> [I32] {} [];
    I64Clz = "i64.clz" Plain [I64] -> [I64] {} [];
    I64Ctz = "i64.ctz" Plain [I64] -> [I64] {} [];
    I64Popcnt = "i64.popcnt" Plain [I64] -> [I64] {} [];
    I64Extend8S = "i64.extend8_s" Plain [I64] -> [I64] {} [];
    I64Extend16S = "i64.extend16_s" Plain [I64] -> [I64] {} [];
    I64Extend32S = "i64.extend32_s" Plain [I64] -> [I64] {} [];
    I128Add = "i128.add" Plain [I128, I128] -> [I128] {} [];
    I128Sub = "i128.sub" Plain [I128, I128] -> [I128] {} [];
    I128Mul = "i128.mul" Plain [I128, I128] -> [I128] {} [];
    I128And = "i128.and" Plain [I128, I128] -> [I128] {} [];
    I128Or = "i128.or" Plain [I128, I128] -> [I128] {} [];
    I128Xor = "i128.xor" Plain [I128, I128] -> [I128] {} [];
    I128Shl = "i128.shl" Plain [I128, I128] -> [I128] {} [];
    I128ShrS = "i128.shr_s" Plain [I128, I128] -> [I128] {} [];
    I128ShrU = "i128.shr_u" Plain [I128, I128] -> [I128] {} [];
    I128Rotl = "i128.rotl" Plain [I128, I128] -> [I128] {} [];
    I128Rotr = "i128.rotr" Plain [I128, I128] -> [I128] {} [];
    I128DivS = "i128.div_s" Plain [I128, I128] -> [I128] {} [IntegerDivideByZero, IntegerOverflow];
    I128DivU = "i128.div_u" Plain [I128, I128] -> [I128] {} [IntegerDivideByZero];
    I128RemS = "i128.rem_s" Plain [I128, I128] -> [I128] {} [IntegerDivideByZero];
    I128RemU = "i128.rem_u" Plain [I128, I128] -> [I128] {} [IntegerDivideByZero];
    I128AddOvfS = "i128.add_ovf_s" Plain [I128, I128] -> [I128] {} [CheckedOverflow];
    I128AddOvfU = "i128.add_ovf_u" Plain [I128, I128] -> [I128] {} [CheckedOverflow];
    I128SubOvfS = "i128.sub_ovf_s" Plain [I128, I128] -> [I128] {} [CheckedOverflow];
    I128SubOvfU = "i128.sub_ovf_u" Plain [I128, I128] -> [I128] {} [CheckedOverflow];
    I128MulOvfS = "i128.mul_ovf_s" Plain [I128, I128] -> [I128] {} [CheckedOverflow];
    I128MulOvfU = "i128.mul_ovf_u" Plain [I128, I128] -> [I128] {} [CheckedOverflow];
    I128Eq = "i128.eq" Plain [I128, I128] -> [I32] {} [];
    I128Ne = "i128.ne" Plain [I128, I128] -> [I32] {} [];
    I128LtS = "i128.lt_s" Plain [I128, I128] -> [I32] {} [];
    I128LtU = "i128.lt_u" Plain [I128, I128] -> [I32] {} [];
    I128GtS = "i128.gt_s" Plain [I128, I128] -> [I32] {} [];
    I128GtU = "i128.gt_u" Plain [I128, I128] -> [I32] {} [];
    I128LeS = "i128.le_s" Plain [I128, I128] -> [I32] {} [];
    I128LeU = "i128.le_u" Plain [I128, I128] -> [I32] {} [];
    I128GeS = "i128.ge_s" Plain [I128, I128] -> [I32] {} [];
    I128GeU = "i128.ge_u" Plain [I128, I128] -> [I32] {} [];
    I128Eqz = "i128.eqz" Plain [I128] -> [I32] {} [];
    I128Clz = "i128.clz" Plain [I128] -> [I128] {} [];
    I128Ctz = "i128.ctz" Plain [I128] -> [I128] {} [];
    I128Popcnt = "i128.popcnt" Plain [I128] -> [I128] {} [];
    I128ExtendI64S = "i128.extend_i64_s" Plain [I64] -> [I128] {} [];
    I128ExtendI64U = "i128.extend_i64_u" Plain [I64] -> [I128] {} [];
    I64WrapI128 = "i64.wrap_i128" Plain [I128] -> [I64] {} [];
    F32Add = "f32.add" Plain [F32, F32] -> [F32] {} [];
    F32Sub = "f32.sub" Plain [F32, F32] -> [F32] {} [];
    F32Mul = "f32.mul" Plain [F32, F32] -> [F32] {} [];
    F32Div = "f32.div" Plain [F32, F32] -> [F32] {} [];
    F32Min = "f32.min" Plain [F32, F32] -> [F32] {} [];
    F32Max = "f32.max" Plain [F32, F32] -> [F32] {} [];
    F32Copysign = "f32.copysign" Plain [F32, F32] -> [F32] {} [];
    F32Eq = "f32.eq" Plain [F32, F32] -> [I32] {} [];
    F32Ne = "f32.ne" Plain [F32, F32] -> [I32] {} [];
    F32Lt = "f32.lt" Plain [F32, F32] -> [I32] {} [];
    F32Gt = "f32.gt" Plain [F32, F32] -> [I32] {} [];
    F32Le = "f32.le" Plain [F32, F32] -> [I32] {} [];
    F32Ge = "f32.ge" Plain [F32, F32] -> [I32] {} [];
    F32Abs = "f32.abs" Plain [F32] -> [F32] {} [];
    F32Neg = "f32.neg" Plain [F32] -> [F32] {} [];
    F32Sqrt = "f32.sqrt" Plain [F32] -> [F32] {} [];
    F32Ceil = "f32.ceil" Plain [F32] -> [F32] {} [];
    F32Floor = "f32.floor" Plain [F32] -> [F32] {} [];
    F32Trunc = "f32.trunc" Plain [F32] -> [F32] {} [];
    F32Nearest = "f32.nearest" Plain [F32] -> [F32] {} [];
    F64Add = "f64.add" Plain [F64, F64] -> [F64] {} [];
    F64Sub = "f64.sub" Plain [F64, F64] -> [F64] {} [];
    F64Mul = "f64.mul" Plain [F64, F64] -> [F64] {} [];
    F64Div = "f64.div" Plain [F64, F64] -> [F64] {} [];
    F64Min = "f64.min" Plain [F64, F64] -> [F64] {} [];
    F64Max = "f64.max" Plain [F64, F64] -> [F64] {} [];
    F64Copysign = "f64.copysign" Plain [F64, F64] -> [F64] {} [];
    F64Eq = "f64.eq" Plain [F64, F64] -> [I32] {} [];
    F64Ne = "f64.ne" Plain [F64, F64] -> [I32] {} [];
    F64Lt = "f64.lt" Plain [F64, F64] -> [I32] {} [];
    F64Gt = "f64.gt" Plain [F64, F64] -> [I32] {} [];
    F64Le = "f64.le" Plain [F64, F64] -> [I32] {} [];
    F64Ge = "f64.ge" Plain [F64, F64] -> [I32] {} [];
    F64Abs = "f64.abs" Plain [F64] -> [F64] {} [];
    F64Neg = "f64.neg" Plain [F64] -> [F64] {} [];
    F64Sqrt = "f64.sqrt" Plain [F64] -> [F64] {} [];
    F64Ceil = "f64.ceil" Plain [F64] -> [F64] {} [];
    F64Floor = "f64.floor" Plain [F64] -> [F64] {} [];
    F64Trunc = "f64.trunc" Plain [F64] -> [F64] {} [];
    F64Nearest = "f64.nearest" Plain [F64] -> [F64] {} [];
    I32WrapI64 = "i32.wrap_i64" Plain [I64] -> [I32] {} [];
    I64ExtendI32S = "i64.extend_i32_s" Plain [I32] -> [I64] {} [];
    I64ExtendI32U = "i64.extend_i32_u" Plain [I32] -> [I64] {} [];
    I32TruncF32S = "i32.trunc_f32_s" Plain [F32] -> [I32] {} [IntegerOverflow, InvalidConversionToInteger];
    I32TruncF32U = "i32.trunc_f32_u" Plain [F32] -> [I32] {} [IntegerOverflow, InvalidConversionToInteger];
    I32TruncF64S = "i32.trunc_f64_s" Plain [F64] -> [I32] {} [IntegerOverflow, InvalidConversionToInteger];
    I32TruncF64U = "i32.trunc_f64_u" Plain [F64] -> [I32] {} [IntegerOverflow, InvalidConversionToInteger];
    I64TruncF32S = "i64.trunc_f32_s" Plain [F32] -> [I64] {} [IntegerOverflow, InvalidConversionToInteger];
    I64TruncF32U = "i64.trunc_f32_u" Plain [F32] -> [I64] {} [IntegerOverflow, InvalidConversionToInteger];
    I64TruncF64S = "i64.trunc_f64_s" Plain [F64] -> [I64] {} [IntegerOverflow, InvalidConversionToInteger];
    I64TruncF64U = "i64.trunc_f64_u" Plain [F64] -> [I64] {} [IntegerOverflow, InvalidConversionToInteger];
    I32TruncSatF32S = "i32.trunc_sat_f32_s" Plain [F32] -> [I32] {} [];
    I32TruncSatF32U = "i32.trunc_sat_f32_u" Plain [F32] -> [I32] {} [];
    I32TruncSatF64S = "i32.trunc_sat_f64_s" Plain [F64] -> [I32] {} [];
    I32TruncSatF64U = "i32.trunc_sat_f64_u" Plain [F64] -> [I32] {} [];
    I64TruncSatF32S = "i64.trunc_sat_f32_s" Plain [F32] -> [I64] {} [];
    I64TruncSatF32U = "i64.trunc_sat_f32_u" Plain [F32] -> [I64] {} [];
    I64TruncSatF64S = "i64.trunc_sat_f64_s" Plain [F64] -> [I64] {} [];
    I64TruncSatF64U = "i64.trunc_sat_f64_u" Plain [F64] -> [I64] {} [];
    F32ConvertI32S = "f32.convert_i32_s" Plain [I32] -> [F32] {} [];
    F32ConvertI32U = "f32.convert_i32_u" Plain [I32] -> [F32] {} [];
    F32ConvertI64S = "f32.convert_i64_s" Plain [I64] -> [F32] {} [];
    F32ConvertI64U = "f32.convert_i64_u" Plain [I64] -> [F32] {} [];
    F64ConvertI32S = "f64.convert_i32_s" Plain [I32] -> [F64] {} [];
    F64ConvertI32U = "f64.convert_i32_u" Plain [I32] -> [F64] {} [];
    F64ConvertI64S = "f64.convert_i64_s" Plain [I64] -> [F64] {} [];
    F64ConvertI64U = "f64.convert_i64_u" Plain [I64] -> [F64] {} [];
    F32DemoteF64 = "f32.demote_f64" Plain [F64] -> [F32] {} [];
    F64PromoteF32 = "f64.promote_f32" Plain [F32] -> [F64] {} [];
    I32ReinterpretF32 = "i32.reinterpret_f32" Plain [F32] -> [I32] {} [];
    I64ReinterpretF64 = "i64.reinterpret_f64" Plain [F64] -> [I64] {} [];
    F32ReinterpretI32 = "f32.reinterpret_i32" Plain [I32] -> [F32] {} [];
    F64ReinterpretI64 = "f64.reinterpret_i64" Plain [I64] -> [F64] {} [];
    I32Select = "i32.select" Plain [I32, I32, I32] -> [I32] {} [];
    I64Select = "i64.select" Plain [I32, I64, I64] -> [I64] {} [];
    I128Select = "i128.select" Plain [I32, I128, I128] -> [I128] {} [];
    F32Select = "f32.select" Plain [I32, F32, F32] -> [F32] {} [];
    F64Select = "f64.select" Plain [I32, F64, F64] -> [F64] {} [];
    PtrAdd = "ptr.add" Plain [Ptr, I32] -> [Ptr] {} [];
    PtrSub = "ptr.sub" Plain [Ptr, Ptr] -> [I32] {} [];
    PtrEq = "ptr.eq" Plain [Ptr, Ptr] -> [I32] {} [];
    PtrNe = "ptr.ne" Plain [Ptr, Ptr] -> [I32] {} [];
    PtrLtU = "ptr.lt_u" Plain [Ptr, Ptr] -> [I32] {} [];
    PtrGtU = "ptr.gt_u" Plain [Ptr, Ptr] -> [I32] {} [];
    PtrLeU = "ptr.le_u" Plain [Ptr, Ptr] -> [I32] {} [];
    PtrGeU = "ptr.ge_u" Plain [Ptr, Ptr] -> [I32] {} [];
    PtrToInt = "ptr.to_int" Plain [Ptr] -> [I32] {} [];
    PtrFromInt = "ptr.from_int" Plain [I32] -> [Ptr] {} [];
    PtrSelect = "ptr.select" Plain [I32, Ptr, Ptr] -> [Ptr] {} [];
    I32Load = "i32.load" Load [Ptr] -> [I32] {READ_MEM} [MemoryOutOfBounds];
    I32Load8S = "i32.load8_s" Load [Ptr] -> [I32] {READ_MEM} [MemoryOutOfBounds];
    I32Load8U = "i32.load8_u" Load [Ptr] -> [I32] {READ_MEM} [MemoryOutOfBounds];
    I32Load16S = "i32.load16_s" Load [Ptr] -> [I32] {READ_MEM} [MemoryOutOfBounds];
    I32Load16U = "i32.load16_u" Load [Ptr] -> [I32] {READ_MEM} [MemoryOutOfBounds];
    I64Load = "i64.load" Load [Ptr] -> [I64] {READ_MEM} [MemoryOutOfBounds];
    I64Load8S = "i64.load8_s" Load [Ptr] -> [I64] {READ_MEM} [MemoryOutOfBounds];
    I64Load8U = "i64.load8_u" Load [Ptr] -> [I64] {READ_MEM} [MemoryOutOfBounds];
    I64Load16S = "i64.load16_s" Load [Ptr] -> [I64] {READ_MEM} [MemoryOutOfBounds];
    I64Load16U = "i64.load16_u" Load [Ptr] -> [I64] {READ_MEM} [MemoryOutOfBounds];
    I64Load32S = "i64.load32_s" Load [Ptr] -> [I64] {READ_MEM} [MemoryOutOfBounds];
    I64Load32U = "i64.load32_u" Load [Ptr] -> [I64] {READ_MEM} [MemoryOutOfBounds];
    I128Load = "i128.load" Load [Ptr] -> [I128] {READ_MEM} [MemoryOutOfBounds];
    F32Load = "f32.load" Load [Ptr] -> [F32] {READ_MEM} [MemoryOutOfBounds];
    F64Load = "f64.load" Load [Ptr] -> [F64] {READ_MEM} [MemoryOutOfBounds];
    PtrLoad = "ptr.load" Load [Ptr] -> [Ptr] {READ_MEM} [MemoryOutOfBounds];
    I32Store = "i32.store" Store [Ptr, I32] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    I32Store8 = "i32.store8" Store [Ptr, I32] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    I32Store16 = "i32.store16" Store [Ptr, I32] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    I64Store = "i64.store" Store [Ptr, I64] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    I64Store8 = "i64.store8" Store [Ptr, I64] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    I64Store16 = "i64.store16" Store [Ptr, I64] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    I64Store32 = "i64.store32" Store [Ptr, I64] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    I128Store = "i128.store" Store [Ptr, I128] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    F32Store = "f32.store" Store [Ptr, F32] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    F64Store = "f64.store" Store [Ptr, F64] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    PtrStore = "ptr.store" Store [Ptr, Ptr] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    MemorySize = "memory.size" Memory [] -> [I32] {READ_MEM} [];
    MemoryGrow = "memory.grow" Memory [I32] -> [I32] {READ_MEM | WRITE_MEM} [];
    MemoryCopy = "memory.copy" Memory [Ptr, Ptr, I32] -> [] {READ_MEM | WRITE_MEM} [MemoryOutOfBounds];
    MemoryFill = "memory.fill" Memory [Ptr, I32, I32] -> [] {WRITE_MEM} [MemoryOutOfBounds];
    GlobalGet = "global.get" GlobalGet [] -> [] {READ_GLOBAL} [];
    GlobalSet = "global.set" GlobalSet [] -> [] {WRITE_GLOBAL} [];
    SlotAddr = "slot.addr" Slot [] -> [Ptr] {} [];
    DataAddr = "data.addr" Data [] -> [Ptr] {} [];
    FuncIndex = "fn.index" FuncIndex [] -> [I32] {} [];
    ExternRefNull = "externref.null" Plain [] -> [ExternRef] {} [];
    FuncRefNull = "funcref.null" Plain [] -> [FuncRef] {} [];
    ExternRefIsNull = "externref.is_null" Plain [ExternRef] -> [I32] {} [];
    FuncRefIsNull = "funcref.is_null" Plain [FuncRef] -> [I32] {} [];
    // The element-typed operand or result of these is the table's (`Module::operator_types`):
    // the columns list the rest.
    TableGet = "table.get" Table [I32] -> [] {READ_TABLE} [TableOutOfBounds];
    TableSet = "table.set" Table [I32] -> [] {WRITE_TABLE} [TableOutOfBounds];
    TableSize = "table.size" Table [] -> [I32] {READ_TABLE} [];
    TableGrow = "table.grow" Table [I32] -> [I32] {READ_TABLE | WRITE_TABLE} [];
    RefFunc = "ref.func" Func [] -> [FuncRef] {} [];
}

impl Opcode {
    /// Looks an operator up by its text spelling.
    pub fn from_name(name: &str) -> Option<Opcode> {
        // A linear scan over ~200 entries: only the parser calls it, once per instruction.
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }

    /// Number of operands (`global.set` has one, `table.set` and `table.grow` two, see `params`).
    pub fn arity(self) -> usize {
        match self {
            Opcode::TableSet | Opcode::TableGrow => 2,
            _ if self.format() == Format::GlobalSet => 1,
            _ => self.params().len(),
        }
    }

    /// For a table operator, its operand and result types on a table of element type `elem`
    /// (spec §12.6.3): `table.get (i32) -> elem`, `table.set (i32, elem)`, `table.size () -> i32`,
    /// `table.grow (elem, i32) -> i32`; `None` for other operators.
    pub fn table_types(self, elem: Type) -> Option<(Vec<Type>, Vec<Type>)> {
        Some(match self {
            Opcode::TableGet => (vec![I32], vec![elem]),
            Opcode::TableSet => (vec![I32, elem], Vec::new()),
            Opcode::TableSize => (Vec::new(), vec![I32]),
            Opcode::TableGrow => (vec![elem, I32], vec![I32]),
            _ => return None,
        })
    }

    /// The single result type of a `Plain` operator (every `Plain` operator has exactly one).
    pub fn result(self) -> Type {
        self.results().first().copied().unwrap_or(Type::I32)
    }

    /// How the instruction uses operand `index` (D4). Every operand of the 0.2 table is `Copy`.
    pub fn convention(self, _index: usize) -> Convention {
        Convention::Copy
    }

    /// For loads and stores: the number of bytes accessed (`i64.load16_s` accesses 2).
    pub fn access_bytes(self) -> Option<u32> {
        use Opcode::*;
        Some(match self {
            I32Load8S | I32Load8U | I64Load8S | I64Load8U | I32Store8 | I64Store8 => 1,
            I32Load16S | I32Load16U | I64Load16S | I64Load16U | I32Store16 | I64Store16 => 2,
            I32Load | F32Load | PtrLoad | I64Load32S | I64Load32U | I32Store | F32Store | PtrStore | I64Store32 => 4,
            I64Load | F64Load | I64Store | F64Store => 8,
            I128Load | I128Store => 16,
            _ => return None,
        })
    }

    /// For narrow loads: whether the loaded bytes are sign-extended (`_s`) rather than zero-extended.
    pub fn load_is_signed(self) -> bool {
        use Opcode::*;
        matches!(self, I32Load8S | I32Load16S | I64Load8S | I64Load16S | I64Load32S)
    }

    /// The type a load produces or a store writes.
    pub fn access_type(self) -> Option<Type> {
        match self.format() {
            Format::Load => self.results().first().copied(),
            Format::Store => self.params().get(1).copied(),
            _ => None,
        }
    }
}

impl core::fmt::Display for Opcode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_name(op.name()), Some(op), "{}", op.name());
        }
        assert_eq!(Opcode::from_name("i32.frobnicate"), None);
    }

    #[test]
    fn comparison_results_are_i32() {
        assert_eq!(Opcode::I64LtS.result(), Type::I32);
        assert_eq!(Opcode::I64LtS.params(), &[Type::I64, Type::I64]);
        assert_eq!(Opcode::I64ExtendI32U.params(), &[Type::I32]);
        assert_eq!(Opcode::F64Select.params(), &[Type::I32, Type::F64, Type::F64]);
    }

    #[test]
    fn plain_operators_have_one_result_and_accesses_a_width() {
        for &op in Opcode::ALL {
            match op.format() {
                Format::Plain => assert_eq!(op.results().len(), 1, "{op}"),
                Format::Load | Format::Store => {
                    let bytes = op.access_bytes().expect("width");
                    assert!(bytes * 8 <= op.access_type().expect("type").bits(), "{op}");
                    assert!(op.effects().contains(Effects::TRAP), "{op}");
                }
                _ => {}
            }
            assert_eq!(op.effects().contains(Effects::TRAP), !op.traps().is_empty(), "{op}");
        }
        assert!(Opcode::I32Add.effects().is_pure());
        assert!(Opcode::I32DivS.traps().contains(&TrapCode::IntegerOverflow));
        assert!(Opcode::I32Store8.effects().writes());
        assert!(!Opcode::I32Load.effects().writes());
    }
}
