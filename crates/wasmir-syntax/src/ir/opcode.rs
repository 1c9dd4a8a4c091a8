//! The operator table: every typed, non-control WasmIR operator with its operand and result types.
//!
//! One table drives the parser (names), the verifier (types), the printer and the emitter, as QBE's
//! `ops.h` does. Names, operand order and semantics follow the WebAssembly instruction of the same
//! name (WebAssembly Core Specification 2.0, §4.4 "Numeric Instructions"), except:
//! - `*.add_ovf_*`, `*.sub_ovf_*`, `*.mul_ovf_*` (checked arithmetic, spec §4.3) trap on overflow;
//! - `T.select %c, %a, %b` takes the condition first (spec §4.5).

use super::Type;
use super::Type::{F32, F64, I32, I64};

/// Whether evaluating an operator may trap (spec §4: "Traps" column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effect {
    /// Never traps and has no side effect: removable when unused, foldable.
    Pure,
    /// May trap (division by zero, overflow, out-of-range float-to-int): never removed.
    Traps,
}

macro_rules! opcodes {
    ($($variant:ident = $name:literal : [$($arg:ident),*] -> $res:ident, $eff:ident;)*) => {
        /// A typed WasmIR operator (spec §4). See the module docs for its naming rules.
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

            /// Operand types, in order.
            pub fn params(self) -> &'static [Type] {
                match self { $(Opcode::$variant => &[$($arg),*],)* }
            }

            /// The single result type.
            pub fn result(self) -> Type {
                match self { $(Opcode::$variant => $res,)* }
            }

            /// Whether the operator may trap.
            pub fn effect(self) -> Effect {
                match self { $(Opcode::$variant => opcodes!(@eff $eff),)* }
            }
        }
    };
    (@eff pure) => { Effect::Pure };
    (@eff traps) => { Effect::Traps };
}

opcodes! {
    I32Add = "i32.add": [I32, I32] -> I32, pure;
    I32Sub = "i32.sub": [I32, I32] -> I32, pure;
    I32Mul = "i32.mul": [I32, I32] -> I32, pure;
    I32And = "i32.and": [I32, I32] -> I32, pure;
    I32Or = "i32.or": [I32, I32] -> I32, pure;
    I32Xor = "i32.xor": [I32, I32] -> I32, pure;
    I32Shl = "i32.shl": [I32, I32] -> I32, pure;
    I32ShrS = "i32.shr_s": [I32, I32] -> I32, pure;
    I32ShrU = "i32.shr_u": [I32, I32] -> I32, pure;
    I32Rotl = "i32.rotl": [I32, I32] -> I32, pure;
    I32Rotr = "i32.rotr": [I32, I32] -> I32, pure;
    I32DivS = "i32.div_s": [I32, I32] -> I32, traps;
    I32DivU = "i32.div_u": [I32, I32] -> I32, traps;
    I32RemS = "i32.rem_s": [I32, I32] -> I32, traps;
    I32RemU = "i32.rem_u": [I32, I32] -> I32, traps;
    I32AddOvfS = "i32.add_ovf_s": [I32, I32] -> I32, traps;
    I32AddOvfU = "i32.add_ovf_u": [I32, I32] -> I32, traps;
    I32SubOvfS = "i32.sub_ovf_s": [I32, I32] -> I32, traps;
    I32SubOvfU = "i32.sub_ovf_u": [I32, I32] -> I32, traps;
    I32MulOvfS = "i32.mul_ovf_s": [I32, I32] -> I32, traps;
    I32MulOvfU = "i32.mul_ovf_u": [I32, I32] -> I32, traps;
    I32Eq = "i32.eq": [I32, I32] -> I32, pure;
    I32Ne = "i32.ne": [I32, I32] -> I32, pure;
    I32LtS = "i32.lt_s": [I32, I32] -> I32, pure;
    I32LtU = "i32.lt_u": [I32, I32] -> I32, pure;
    I32GtS = "i32.gt_s": [I32, I32] -> I32, pure;
    I32GtU = "i32.gt_u": [I32, I32] -> I32, pure;
    I32LeS = "i32.le_s": [I32, I32] -> I32, pure;
    I32LeU = "i32.le_u": [I32, I32] -> I32, pure;
    I32GeS = "i32.ge_s": [I32, I32] -> I32, pure;
    I32GeU = "i32.ge_u": [I32, I32] -> I32, pure;
    I32Eqz = "i32.eqz": [I32] -> I32, pure;
    I32Clz = "i32.clz": [I32] -> I32, pure;
    I32Ctz = "i32.ctz": [I32] -> I32, pure;
    I32Popcnt = "i32.popcnt": [I32] -> I32, pure;
    I32Extend8S = "i32.extend8_s": [I32] -> I32, pure;
    I32Extend16S = "i32.extend16_s": [I32] -> I32, pure;
    I64Add = "i64.add": [I64, I64] -> I64, pure;
    I64Sub = "i64.sub": [I64, I64] -> I64, pure;
    I64Mul = "i64.mul": [I64, I64] -> I64, pure;
    I64And = "i64.and": [I64, I64] -> I64, pure;
    I64Or = "i64.or": [I64, I64] -> I64, pure;
    I64Xor = "i64.xor": [I64, I64] -> I64, pure;
    I64Shl = "i64.shl": [I64, I64] -> I64, pure;
    I64ShrS = "i64.shr_s": [I64, I64] -> I64, pure;
    I64ShrU = "i64.shr_u": [I64, I64] -> I64, pure;
    I64Rotl = "i64.rotl": [I64, I64] -> I64, pure;
    I64Rotr = "i64.rotr": [I64, I64] -> I64, pure;
    I64DivS = "i64.div_s": [I64, I64] -> I64, traps;
    I64DivU = "i64.div_u": [I64, I64] -> I64, traps;
    I64RemS = "i64.rem_s": [I64, I64] -> I64, traps;
    I64RemU = "i64.rem_u": [I64, I64] -> I64, traps;
    I64AddOvfS = "i64.add_ovf_s": [I64, I64] -> I64, traps;
    I64AddOvfU = "i64.add_ovf_u": [I64, I64] -> I64, traps;
    I64SubOvfS = "i64.sub_ovf_s": [I64, I64] -> I64, traps;
    I64SubOvfU = "i64.sub_ovf_u": [I64, I64] -> I64, traps;
    I64MulOvfS = "i64.mul_ovf_s": [I64, I64] -> I64, traps;
    I64MulOvfU = "i64.mul_ovf_u": [I64, I64] -> I64, traps;
    I64Eq = "i64.eq": [I64, I64] -> I32, pure;
    I64Ne = "i64.ne": [I64, I64] -> I32, pure;
    I64LtS = "i64.lt_s": [I64, I64] -> I32, pure;
    I64LtU = "i64.lt_u": [I64, I64] -> I32, pure;
    I64GtS = "i64.gt_s": [I64, I64] -> I32, pure;
    I64GtU = "i64.gt_u": [I64, I64] -> I32, pure;
    I64LeS = "i64.le_s": [I64, I64] -> I32, pure;
    I64LeU = "i64.le_u": [I64, I64] -> I32, pure;
    I64GeS = "i64.ge_s": [I64, I64] -> I32, pure;
    I64GeU = "i64.ge_u": [I64, I64] -> I32, pure;
    I64Eqz = "i64.eqz": [I64] -> I32, pure;
    I64Clz = "i64.clz": [I64] -> I64, pure;
    I64Ctz = "i64.ctz": [I64] -> I64, pure;
    I64Popcnt = "i64.popcnt": [I64] -> I64, pure;
    I64Extend8S = "i64.extend8_s": [I64] -> I64, pure;
    I64Extend16S = "i64.extend16_s": [I64] -> I64, pure;
    I64Extend32S = "i64.extend32_s": [I64] -> I64, pure;
    F32Add = "f32.add": [F32, F32] -> F32, pure;
    F32Sub = "f32.sub": [F32, F32] -> F32, pure;
    F32Mul = "f32.mul": [F32, F32] -> F32, pure;
    F32Div = "f32.div": [F32, F32] -> F32, pure;
    F32Min = "f32.min": [F32, F32] -> F32, pure;
    F32Max = "f32.max": [F32, F32] -> F32, pure;
    F32Copysign = "f32.copysign": [F32, F32] -> F32, pure;
    F32Eq = "f32.eq": [F32, F32] -> I32, pure;
    F32Ne = "f32.ne": [F32, F32] -> I32, pure;
    F32Lt = "f32.lt": [F32, F32] -> I32, pure;
    F32Gt = "f32.gt": [F32, F32] -> I32, pure;
    F32Le = "f32.le": [F32, F32] -> I32, pure;
    F32Ge = "f32.ge": [F32, F32] -> I32, pure;
    F32Abs = "f32.abs": [F32] -> F32, pure;
    F32Neg = "f32.neg": [F32] -> F32, pure;
    F32Sqrt = "f32.sqrt": [F32] -> F32, pure;
    F32Ceil = "f32.ceil": [F32] -> F32, pure;
    F32Floor = "f32.floor": [F32] -> F32, pure;
    F32Trunc = "f32.trunc": [F32] -> F32, pure;
    F32Nearest = "f32.nearest": [F32] -> F32, pure;
    F64Add = "f64.add": [F64, F64] -> F64, pure;
    F64Sub = "f64.sub": [F64, F64] -> F64, pure;
    F64Mul = "f64.mul": [F64, F64] -> F64, pure;
    F64Div = "f64.div": [F64, F64] -> F64, pure;
    F64Min = "f64.min": [F64, F64] -> F64, pure;
    F64Max = "f64.max": [F64, F64] -> F64, pure;
    F64Copysign = "f64.copysign": [F64, F64] -> F64, pure;
    F64Eq = "f64.eq": [F64, F64] -> I32, pure;
    F64Ne = "f64.ne": [F64, F64] -> I32, pure;
    F64Lt = "f64.lt": [F64, F64] -> I32, pure;
    F64Gt = "f64.gt": [F64, F64] -> I32, pure;
    F64Le = "f64.le": [F64, F64] -> I32, pure;
    F64Ge = "f64.ge": [F64, F64] -> I32, pure;
    F64Abs = "f64.abs": [F64] -> F64, pure;
    F64Neg = "f64.neg": [F64] -> F64, pure;
    F64Sqrt = "f64.sqrt": [F64] -> F64, pure;
    F64Ceil = "f64.ceil": [F64] -> F64, pure;
    F64Floor = "f64.floor": [F64] -> F64, pure;
    F64Trunc = "f64.trunc": [F64] -> F64, pure;
    F64Nearest = "f64.nearest": [F64] -> F64, pure;
    I32WrapI64 = "i32.wrap_i64": [I64] -> I32, pure;
    I64ExtendI32S = "i64.extend_i32_s": [I32] -> I64, pure;
    I64ExtendI32U = "i64.extend_i32_u": [I32] -> I64, pure;
    I32TruncF32S = "i32.trunc_f32_s": [F32] -> I32, traps;
    I32TruncF32U = "i32.trunc_f32_u": [F32] -> I32, traps;
    I32TruncF64S = "i32.trunc_f64_s": [F64] -> I32, traps;
    I32TruncF64U = "i32.trunc_f64_u": [F64] -> I32, traps;
    I64TruncF32S = "i64.trunc_f32_s": [F32] -> I64, traps;
    I64TruncF32U = "i64.trunc_f32_u": [F32] -> I64, traps;
    I64TruncF64S = "i64.trunc_f64_s": [F64] -> I64, traps;
    I64TruncF64U = "i64.trunc_f64_u": [F64] -> I64, traps;
    I32TruncSatF32S = "i32.trunc_sat_f32_s": [F32] -> I32, pure;
    I32TruncSatF32U = "i32.trunc_sat_f32_u": [F32] -> I32, pure;
    I32TruncSatF64S = "i32.trunc_sat_f64_s": [F64] -> I32, pure;
    I32TruncSatF64U = "i32.trunc_sat_f64_u": [F64] -> I32, pure;
    I64TruncSatF32S = "i64.trunc_sat_f32_s": [F32] -> I64, pure;
    I64TruncSatF32U = "i64.trunc_sat_f32_u": [F32] -> I64, pure;
    I64TruncSatF64S = "i64.trunc_sat_f64_s": [F64] -> I64, pure;
    I64TruncSatF64U = "i64.trunc_sat_f64_u": [F64] -> I64, pure;
    F32ConvertI32S = "f32.convert_i32_s": [I32] -> F32, pure;
    F32ConvertI32U = "f32.convert_i32_u": [I32] -> F32, pure;
    F32ConvertI64S = "f32.convert_i64_s": [I64] -> F32, pure;
    F32ConvertI64U = "f32.convert_i64_u": [I64] -> F32, pure;
    F64ConvertI32S = "f64.convert_i32_s": [I32] -> F64, pure;
    F64ConvertI32U = "f64.convert_i32_u": [I32] -> F64, pure;
    F64ConvertI64S = "f64.convert_i64_s": [I64] -> F64, pure;
    F64ConvertI64U = "f64.convert_i64_u": [I64] -> F64, pure;
    F32DemoteF64 = "f32.demote_f64": [F64] -> F32, pure;
    F64PromoteF32 = "f64.promote_f32": [F32] -> F64, pure;
    I32ReinterpretF32 = "i32.reinterpret_f32": [F32] -> I32, pure;
    I64ReinterpretF64 = "i64.reinterpret_f64": [F64] -> I64, pure;
    F32ReinterpretI32 = "f32.reinterpret_i32": [I32] -> F32, pure;
    F64ReinterpretI64 = "f64.reinterpret_i64": [I64] -> F64, pure;
    I32Select = "i32.select": [I32, I32, I32] -> I32, pure;
    I64Select = "i64.select": [I32, I64, I64] -> I64, pure;
    F32Select = "f32.select": [I32, F32, F32] -> F32, pure;
    F64Select = "f64.select": [I32, F64, F64] -> F64, pure;
}

impl Opcode {
    /// Looks an operator up by its text spelling.
    pub fn from_name(name: &str) -> Option<Opcode> {
        // A linear scan over ~150 entries: only the parser calls it, once per instruction.
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }

    /// Number of operands.
    pub fn arity(self) -> usize {
        self.params().len()
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
}
