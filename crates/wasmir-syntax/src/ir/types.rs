//! Value types and constants (spec §3.4).

/// A WasmIR value type (spec §3.4): wasm's four number types, `i128`, the pointer type and the two
/// reference types (0.3). An enum that grows by variants (D2): `v128` is reserved (spec §9); the
/// verifier asks [`Type::accepts`], never `==`, so subtyping has one place to be taught.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    /// 32-bit integer, signless (operators decide signedness).
    I32,
    /// 64-bit integer, signless.
    I64,
    /// 128-bit integer, signless (spec §3.4.1); rewritten into two `i64` by the `legalize-i128` pass
    /// before emission, since wasm has no 128-bit integers.
    I128,
    /// IEEE 754 binary32.
    F32,
    /// IEEE 754 binary64.
    F64,
    /// An address in a memory whose index type is `i32` (spec §12.2); `i32` on wasm.
    Ptr,
    /// A nullable reference to a host value (wasm `externref`, spec §3.4.2): opaque, never stored
    /// in linear memory, compared only with `externref.is_null`.
    ExternRef,
    /// A nullable reference to a function (wasm `funcref`, spec §3.4.2): the element type of the
    /// tables `call_indirect` reads; opaque like `externref`.
    FuncRef,
}

impl Type {
    /// The text spelling.
    pub fn name(self) -> &'static str {
        match self {
            Type::I32 => "i32",
            Type::I64 => "i64",
            Type::I128 => "i128",
            Type::F32 => "f32",
            Type::F64 => "f64",
            Type::Ptr => "ptr",
            Type::ExternRef => "externref",
            Type::FuncRef => "funcref",
        }
    }

    /// Parses a type name.
    pub fn from_name(s: &str) -> Option<Type> {
        Some(match s {
            "i32" => Type::I32,
            "i64" => Type::I64,
            "i128" => Type::I128,
            "f32" => Type::F32,
            "f64" => Type::F64,
            "ptr" => Type::Ptr,
            "externref" => Type::ExternRef,
            "funcref" => Type::FuncRef,
            _ => return None,
        })
    }

    /// Width in bits. A reference has no width in memory (it is never stored there); it reports
    /// 32, the width of its bits in a [`Constant`] (0 for null, a nonzero handle otherwise).
    pub fn bits(self) -> u32 {
        match self {
            Type::I32 | Type::F32 | Type::Ptr | Type::ExternRef | Type::FuncRef => 32,
            Type::I64 | Type::F64 => 64,
            Type::I128 => 128,
        }
    }

    /// Whether a value of type `actual` may be used where `self` is expected. Equality in 0.2;
    /// reference subtyping and ownership qualifiers will be taught here (D2).
    pub fn accepts(self, actual: Type) -> bool {
        self == actual
    }

    /// The wasm value type that represents it. `i128` has none (it is two `i64` after
    /// `legalize-i128`); callers see it only on IR that skipped that pass, which the emitter
    /// rejects first (E0309).
    pub fn wasm(self) -> Type {
        match self {
            Type::Ptr => Type::I32,
            t => t,
        }
    }

    /// Whether it is a reference type (`externref`, `funcref`; spec §3.4.2): no constants, no
    /// memory accesses, no `select`, no globals in 0.3.
    pub fn is_ref(self) -> bool {
        matches!(self, Type::ExternRef | Type::FuncRef)
    }

    /// Whether it is an integer type.
    pub fn is_int(self) -> bool {
        matches!(self, Type::I32 | Type::I64 | Type::I128)
    }
}

impl core::fmt::Display for Type {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// A constant: its type and its bit pattern. Integers are stored as their two's-complement bits
/// (i32 in the low 32 bits, upper bits zero; i128 in all 128); floats as their IEEE bits, so NaN
/// payloads and the sign of zero survive printing and parsing. References exist only as run-time
/// values of the interpreter, never in the text: 0 is null, a `funcref` is its function's index
/// plus one, an `externref` a nonzero handle the host chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Constant {
    /// The constant's type.
    pub ty: Type,
    /// The bit pattern, zero-extended to 128 bits.
    pub bits: u128,
}

impl Constant {
    /// An i32 constant.
    pub fn i32(v: i32) -> Constant {
        Constant { ty: Type::I32, bits: v as u32 as u128 }
    }
    /// An i64 constant.
    pub fn i64(v: i64) -> Constant {
        Constant { ty: Type::I64, bits: v as u64 as u128 }
    }
    /// An i128 constant.
    pub fn i128(v: i128) -> Constant {
        Constant { ty: Type::I128, bits: v as u128 }
    }
    /// An f32 constant.
    pub fn f32(v: f32) -> Constant {
        Constant { ty: Type::F32, bits: v.to_bits() as u128 }
    }
    /// An f64 constant.
    pub fn f64(v: f64) -> Constant {
        Constant { ty: Type::F64, bits: v.to_bits() as u128 }
    }
}
