//! The constant evaluator against independent reference arithmetic on boundary values.
//!
//! The references compute in wider integers (i128) or by explicit formulas rather than with the
//! wrapping/checked methods `eval` uses, so that a mistake in one is not repeated in the other.

use wasmir_opt::eval::eval;
use wasmir_syntax::ir::{Constant, Format, Opcode, Type};

const I32S: &[i32] = &[
    0,
    1,
    -1,
    2,
    -2,
    3,
    7,
    8,
    31,
    32,
    33,
    63,
    64,
    65,
    0x7f,
    0x80,
    0xff,
    0x100,
    0x7fff,
    0x8000,
    0xffff,
    0x1_0000,
    0x1234_5678,
    -0x1234_5678,
    i32::MAX,
    i32::MAX - 1,
    i32::MIN,
    i32::MIN + 1,
    0x5555_5555,
    -0x5555_5556,
];

const I64S: &[i64] = &[
    0,
    1,
    -1,
    2,
    -2,
    3,
    31,
    32,
    63,
    64,
    65,
    0x7f,
    0x80,
    0xff,
    0x8000,
    0xffff_ffff,
    0x1_0000_0000,
    0x7fff_ffff,
    -0x8000_0000,
    0x8000_0000,
    0x1234_5678_9abc_def0,
    -0x1234_5678_9abc_def0,
    i64::MAX,
    i64::MAX - 1,
    i64::MIN,
    i64::MIN + 1,
    i32::MAX as i64 + 1,
    i32::MIN as i64 - 1,
];

const F64S: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    -0.5,
    1.5,
    -1.5,
    2.5,
    -2.5,
    3.5,
    0.49999999999999994,
    -0.9,
    0.9,
    1e-300,
    5e-324,
    -5e-324,
    f64::MIN_POSITIVE,
    f64::MAX,
    f64::MIN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    -f64::NAN,
    2147483647.0,
    2147483647.9,
    2147483648.0,
    -2147483648.0,
    -2147483648.9,
    -2147483649.0,
    4294967295.0,
    4294967295.5,
    4294967296.0,
    9223372036854775807.0,
    9223372036854774784.0,
    -9223372036854775808.0,
    18446744073709549568.0,
    18446744073709551616.0,
    1e16,
    4503599627370497.0,
    16777217.0,
];

const F32S: &[f32] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    -0.5,
    1.5,
    -1.5,
    2.5,
    -2.5,
    3.5,
    -0.9,
    0.9,
    1e-40,
    f32::MIN_POSITIVE,
    f32::MAX,
    f32::MIN,
    f32::INFINITY,
    f32::NEG_INFINITY,
    f32::NAN,
    -f32::NAN,
    2147483520.0,
    2147483648.0,
    -2147483648.0,
    -2147483904.0,
    4294967040.0,
    4294967296.0,
    9223371487098961920.0,
    9223372036854775808.0,
    -9223372036854775808.0,
    18446742974197923840.0,
    18446744073709551616.0,
    16777216.0,
    16777217.0,
    8388609.5,
];

fn samples(ty: Type) -> Vec<Constant> {
    match ty {
        Type::I32 => I32S.iter().map(|&v| Constant::i32(v)).collect(),
        Type::I64 => I64S.iter().map(|&v| Constant::i64(v)).collect(),
        // The i64 samples sign-extended, and across the halves' boundary.
        Type::I128 => I64S
            .iter()
            .map(|&v| Constant::i128(v as i128))
            .chain([i128::MIN, i128::MAX, 1 << 64, (1 << 64) - 1, -(1 << 64), u64::MAX as i128].map(Constant::i128))
            .collect(),
        Type::F32 => F32S.iter().map(|&v| Constant::f32(v)).collect(),
        Type::F64 => F64S.iter().map(|&v| Constant::f64(v)).collect(),
        Type::Ptr => I32S.iter().map(|&v| Constant { ty: Type::Ptr, bits: v as u32 as u128 }).collect(),
        // Null and one non-null handle.
        Type::ExternRef | Type::FuncRef => [0, 1].map(|bits| Constant { ty, bits }).to_vec(),
    }
}

/// Every argument tuple of `op` drawn from the samples of its operand types.
fn arg_tuples(op: Opcode) -> Vec<Vec<Constant>> {
    let mut out = vec![vec![]];
    for &t in op.params() {
        let s = samples(t);
        // Select conditions: a few are enough.
        let s = if op.arity() == 3 && out[0].is_empty() { s.into_iter().take(4).collect() } else { s };
        out = out.into_iter().flat_map(|prefix| s.iter().map(move |&c| [prefix.clone(), vec![c]].concat())).collect();
    }
    out
}

fn is_nan(c: Constant) -> bool {
    match c.ty {
        Type::F32 => f32::from_bits(c.bits as u32).is_nan(),
        Type::F64 => f64::from_bits(c.bits as u64).is_nan(),
        _ => false,
    }
}

fn wrap32(v: i128) -> Constant {
    Constant::i32(v as i32)
}
fn wrap64(v: i128) -> Constant {
    Constant::i64(v as i64)
}
fn s32(c: Constant) -> i128 {
    c.bits as u32 as i32 as i128
}
fn u32v(c: Constant) -> i128 {
    c.bits as u32 as i128
}
fn s64(c: Constant) -> i128 {
    c.bits as i64 as i128
}
fn u64v(c: Constant) -> i128 {
    c.bits as i128
}

/// Reference semantics of the integer operators, in i128; `None` where wasm traps.
fn reference_int(op: Opcode, a: &[Constant]) -> Option<Constant> {
    use Opcode::*;
    let in32 = |v: i128, signed: bool| {
        if signed {
            (i32::MIN as i128..=i32::MAX as i128).contains(&v)
        } else {
            (0..=u32::MAX as i128).contains(&v)
        }
    };
    let in64 = |v: i128, signed: bool| {
        if signed {
            (i64::MIN as i128..=i64::MAX as i128).contains(&v)
        } else {
            (0..=u64::MAX as i128).contains(&v)
        }
    };
    let b32 = |b: bool| Constant::i32(b as i32);
    let bits32 = |c: Constant| c.bits as u32;
    let bits64 = |c: Constant| c.bits as u64;
    let shl32 = |x: u32, n: u32| -> u32 { ((x as u64) << (n % 32)) as u32 };
    let shl64 = |x: u64, n: u64| -> u64 { ((x as u128) << (n % 64)) as u64 };
    Some(match op {
        I32Add => wrap32(s32(a[0]) + s32(a[1])),
        I32Sub => wrap32(s32(a[0]) - s32(a[1])),
        I32Mul => wrap32(s32(a[0]) * s32(a[1])),
        I32And => Constant::i32((bits32(a[0]) & bits32(a[1])) as i32),
        I32Or => Constant::i32((bits32(a[0]) | bits32(a[1])) as i32),
        I32Xor => Constant::i32((bits32(a[0]) ^ bits32(a[1])) as i32),
        I32Shl => Constant::i32(shl32(bits32(a[0]), bits32(a[1])) as i32),
        I32ShrS => wrap32(s32(a[0]) >> (bits32(a[1]) % 32)),
        I32ShrU => wrap32(u32v(a[0]) >> (bits32(a[1]) % 32)),
        I32Rotl | I32Rotr => {
            let x = bits32(a[0]) as u64;
            let n = bits32(a[1]) % 32;
            let n = if op == I32Rotr { (32 - n) % 32 } else { n };
            let doubled = (x << 32) | x;
            Constant::i32((doubled >> (32 - n)) as u32 as i32)
        }
        I32DivS | I32RemS | I64DivS | I64RemS => {
            let (x, y, w) =
                if op == I32DivS || op == I32RemS { (s32(a[0]), s32(a[1]), 32) } else { (s64(a[0]), s64(a[1]), 64) };
            if y == 0 {
                return None;
            }
            let q = x / y; // i128 truncates toward zero, as wasm
            let r = x - q * y;
            let is_div = op == I32DivS || op == I64DivS;
            if is_div && q == 1i128 << (w - 1) {
                return None; // MIN / -1 overflows
            }
            let v = if is_div { q } else { r };
            if w == 32 {
                wrap32(v)
            } else {
                wrap64(v)
            }
        }
        I32DivU | I32RemU => {
            let (x, y) = (u32v(a[0]), u32v(a[1]));
            if y == 0 {
                return None;
            }
            wrap32(if op == I32DivU { x / y } else { x % y })
        }
        I64DivU | I64RemU => {
            let (x, y) = (u64v(a[0]), u64v(a[1]));
            if y == 0 {
                return None;
            }
            wrap64(if op == I64DivU { x / y } else { x % y })
        }
        I32AddOvfS | I32SubOvfS | I32MulOvfS => {
            let (x, y) = (s32(a[0]), s32(a[1]));
            let v = match op {
                I32AddOvfS => x + y,
                I32SubOvfS => x - y,
                _ => x * y,
            };
            if !in32(v, true) {
                return None;
            }
            wrap32(v)
        }
        I32AddOvfU | I32SubOvfU | I32MulOvfU => {
            let (x, y) = (u32v(a[0]), u32v(a[1]));
            let v = match op {
                I32AddOvfU => x + y,
                I32SubOvfU => x - y,
                _ => x * y,
            };
            if !in32(v, false) {
                return None;
            }
            wrap32(v)
        }
        I64AddOvfS | I64SubOvfS | I64MulOvfS => {
            let (x, y) = (s64(a[0]), s64(a[1]));
            let v = match op {
                I64AddOvfS => x.checked_add(y)?,
                I64SubOvfS => x.checked_sub(y)?,
                _ => x.checked_mul(y)?,
            };
            if !in64(v, true) {
                return None;
            }
            wrap64(v)
        }
        I64AddOvfU | I64SubOvfU | I64MulOvfU => {
            let (x, y) = (u64v(a[0]), u64v(a[1]));
            let v = match op {
                I64AddOvfU => x.checked_add(y)?,
                I64SubOvfU => x.checked_sub(y)?,
                _ => x.checked_mul(y)?,
            };
            if !in64(v, false) {
                return None;
            }
            wrap64(v)
        }
        I32Eq => b32(s32(a[0]) == s32(a[1])),
        I32Ne => b32(s32(a[0]) != s32(a[1])),
        I32LtS => b32(s32(a[0]) < s32(a[1])),
        I32LtU => b32(u32v(a[0]) < u32v(a[1])),
        I32GtS => b32(s32(a[0]) > s32(a[1])),
        I32GtU => b32(u32v(a[0]) > u32v(a[1])),
        I32LeS => b32(s32(a[0]) <= s32(a[1])),
        I32LeU => b32(u32v(a[0]) <= u32v(a[1])),
        I32GeS => b32(s32(a[0]) >= s32(a[1])),
        I32GeU => b32(u32v(a[0]) >= u32v(a[1])),
        I32Eqz => b32(s32(a[0]) == 0),
        I32Clz => Constant::i32((0..32).take_while(|&k| bits32(a[0]) & (1 << (31 - k)) == 0).count() as i32),
        I32Ctz => Constant::i32((0..32).take_while(|&k| bits32(a[0]) & (1 << k) == 0).count() as i32),
        I32Popcnt => Constant::i32((0..32).filter(|&k| bits32(a[0]) & (1 << k) != 0).count() as i32),
        I32Extend8S => wrap32(((s32(a[0]) & 0xff) ^ 0x80) - 0x80),
        I32Extend16S => wrap32(((s32(a[0]) & 0xffff) ^ 0x8000) - 0x8000),
        I64Add => wrap64(s64(a[0]) + s64(a[1])),
        I64Sub => wrap64(s64(a[0]) - s64(a[1])),
        I64Mul => wrap64(s64(a[0]).wrapping_mul(s64(a[1]))),
        I64And => Constant::i64((bits64(a[0]) & bits64(a[1])) as i64),
        I64Or => Constant::i64((bits64(a[0]) | bits64(a[1])) as i64),
        I64Xor => Constant::i64((bits64(a[0]) ^ bits64(a[1])) as i64),
        I64Shl => Constant::i64(shl64(bits64(a[0]), bits64(a[1])) as i64),
        I64ShrS => wrap64(s64(a[0]) >> (bits64(a[1]) % 64)),
        I64ShrU => wrap64(u64v(a[0]) >> (bits64(a[1]) % 64)),
        I64Rotl | I64Rotr => {
            let x = bits64(a[0]) as u128;
            let n = (bits64(a[1]) % 64) as u32;
            let n = if op == I64Rotr { (64 - n) % 64 } else { n };
            let doubled = (x << 64) | x;
            Constant::i64((doubled >> (64 - n)) as u64 as i64)
        }
        I64Eq => b32(s64(a[0]) == s64(a[1])),
        I64Ne => b32(s64(a[0]) != s64(a[1])),
        I64LtS => b32(s64(a[0]) < s64(a[1])),
        I64LtU => b32(u64v(a[0]) < u64v(a[1])),
        I64GtS => b32(s64(a[0]) > s64(a[1])),
        I64GtU => b32(u64v(a[0]) > u64v(a[1])),
        I64LeS => b32(s64(a[0]) <= s64(a[1])),
        I64LeU => b32(u64v(a[0]) <= u64v(a[1])),
        I64GeS => b32(s64(a[0]) >= s64(a[1])),
        I64GeU => b32(u64v(a[0]) >= u64v(a[1])),
        I64Eqz => b32(s64(a[0]) == 0),
        I64Clz => Constant::i64((0..64).take_while(|&k| bits64(a[0]) & (1 << (63 - k)) == 0).count() as i64),
        I64Ctz => Constant::i64((0..64).take_while(|&k| bits64(a[0]) & (1 << k) == 0).count() as i64),
        I64Popcnt => Constant::i64((0..64).filter(|&k| bits64(a[0]) & (1 << k) != 0).count() as i64),
        I64Extend8S => wrap64(((s64(a[0]) & 0xff) ^ 0x80) - 0x80),
        I64Extend16S => wrap64(((s64(a[0]) & 0xffff) ^ 0x8000) - 0x8000),
        I64Extend32S => wrap64(((s64(a[0]) & 0xffff_ffff) ^ 0x8000_0000) - 0x8000_0000),
        I32WrapI64 => wrap32(s64(a[0])),
        I64ExtendI32S => wrap64(s32(a[0])),
        I64ExtendI32U => wrap64(u32v(a[0])),
        I32Select | I64Select | F32Select | F64Select => {
            if a[0].bits != 0 {
                a[1]
            } else {
                a[2]
            }
        }
        _ => return None,
    })
}

/// Operators the evaluator knows: format `Plain` (the others read or write state).
fn plain() -> impl Iterator<Item = Opcode> {
    Opcode::ALL.iter().copied().filter(|op| op.format() == Format::Plain)
}

/// Integer operators of at most 64 bits, which [`reference_int`] models in `i128`. The `i128`
/// operators are checked against their `i64` legalization instead (`crates/wasmir-opt/tests/
/// legalize_i128.rs`).
fn is_int_op(op: Opcode) -> bool {
    let narrow = |t: &Type| t.is_int() && *t != Type::I128;
    op.params().iter().all(narrow) && narrow(&op.result())
}

#[test]
fn integer_operators_match_reference_on_boundary_values() {
    let mut checked = 0;
    for op in plain().filter(|&op| is_int_op(op)) {
        for args in arg_tuples(op) {
            let got = eval(op, &args);
            let want = reference_int(op, &args);
            assert_eq!(got, want, "{} {:?}", op.name(), args);
            checked += 1;
        }
    }
    assert!(checked > 50_000, "only {checked} cases");
}

#[test]
fn pure_integer_operators_always_fold() {
    for op in plain().filter(|&op| is_int_op(op) && op.effects().is_pure()) {
        for args in arg_tuples(op) {
            assert!(eval(op, &args).is_some(), "{} {:?}", op.name(), args);
        }
    }
}

#[test]
fn results_have_the_operator_result_type_and_never_arithmetic_nan() {
    let bitwise = [
        Opcode::F32Abs,
        Opcode::F32Neg,
        Opcode::F32Copysign,
        Opcode::F64Abs,
        Opcode::F64Neg,
        Opcode::F64Copysign,
        Opcode::F32ReinterpretI32,
        Opcode::F64ReinterpretI64,
        Opcode::F32Select,
        Opcode::F64Select,
    ];
    for op in plain() {
        for args in arg_tuples(op) {
            if let Some(r) = eval(op, &args) {
                assert_eq!(r.ty, op.result(), "{}", op.name());
                if matches!(r.ty, Type::I32 | Type::F32) {
                    assert_eq!(r.bits >> 32, 0, "{} {:?}", op.name(), args);
                }
                if is_nan(r) {
                    assert!(bitwise.contains(&op), "{} folded to NaN on {:?}", op.name(), args);
                }
            }
        }
    }
}

#[test]
fn ill_typed_or_wrong_arity_operands_are_declined() {
    assert_eq!(eval(Opcode::I32Add, &[Constant::i32(1)]), None);
    assert_eq!(eval(Opcode::I32Add, &[Constant::i32(1), Constant::i64(2)]), None);
    assert_eq!(eval(Opcode::I64Eqz, &[Constant::i32(0)]), None);
    assert_eq!(eval(Opcode::F64Add, &[]), None);
    assert_eq!(
        eval(Opcode::I32Select, &[Constant::i32(1), Constant::i32(2), Constant::i32(3), Constant::i32(4)]),
        None
    );
}

fn f32c(v: f32) -> Option<Constant> {
    Some(Constant::f32(v))
}
fn f64c(v: f64) -> Option<Constant> {
    Some(Constant::f64(v))
}

#[test]
fn float_arithmetic_is_ieee_and_declines_nan() {
    use Opcode::*;
    let f = |v: f64| Constant::f64(v);
    let g = |v: f32| Constant::f32(v);
    // Rounding: 0.1 + 0.2 is not 0.3 in binary64, and f32 arithmetic rounds to binary32.
    assert_eq!(eval(F64Add, &[f(0.1), f(0.2)]), f64c(0.30000000000000004));
    assert_eq!(eval(F32Add, &[g(16777216.0), g(1.0)]), f32c(16777216.0));
    assert_eq!(eval(F64Div, &[f(1.0), f(0.0)]), f64c(f64::INFINITY));
    assert_eq!(eval(F64Div, &[f(-1.0), f(0.0)]), f64c(f64::NEG_INFINITY));
    assert_eq!(eval(F64Div, &[f(0.0), f(0.0)]), None);
    assert_eq!(eval(F64Sub, &[f(f64::INFINITY), f(f64::INFINITY)]), None);
    assert_eq!(eval(F32Mul, &[g(0.0), g(f32::INFINITY)]), None);
    assert_eq!(eval(F64Sqrt, &[f(-1.0)]), None);
    assert_eq!(eval(F64Sqrt, &[f(-0.0)]), f64c(-0.0));
    assert_eq!(eval(F32Sqrt, &[g(2.0)]), f32c(std::f32::consts::SQRT_2));
    assert_eq!(eval(F64Add, &[f(f64::NAN), f(1.0)]), None);
    assert_eq!(eval(F64Mul, &[f(-0.0), f(5.0)]).map(|c| c.bits as u64), Some((-0.0f64).to_bits()));
    // Every binary arithmetic operator against Rust on the whole grid.
    for &x in F64S {
        for &y in F64S {
            for (op, r) in [(F64Add, x + y), (F64Sub, x - y), (F64Mul, x * y), (F64Div, x / y)] {
                let want = if r.is_nan() { None } else { f64c(r) };
                assert_eq!(eval(op, &[f(x), f(y)]), want, "{} {x} {y}", op.name());
            }
        }
    }
    for &x in F32S {
        for &y in F32S {
            for (op, r) in [(F32Add, x + y), (F32Sub, x - y), (F32Mul, x * y), (F32Div, x / y)] {
                let want = if r.is_nan() { None } else { f32c(r) };
                assert_eq!(eval(op, &[g(x), g(y)]), want, "{} {x} {y}", op.name());
            }
        }
    }
}

#[test]
fn min_max_order_signed_zeros() {
    use Opcode::*;
    let f = |v: f64| Constant::f64(v);
    let g = |v: f32| Constant::f32(v);
    let bits = |c: Option<Constant>| c.map(|c| c.bits as u64);
    assert_eq!(bits(eval(F64Min, &[f(0.0), f(-0.0)])), Some((-0.0f64).to_bits()));
    assert_eq!(bits(eval(F64Min, &[f(-0.0), f(0.0)])), Some((-0.0f64).to_bits()));
    assert_eq!(bits(eval(F64Max, &[f(-0.0), f(0.0)])), Some(0.0f64.to_bits()));
    assert_eq!(bits(eval(F64Max, &[f(0.0), f(-0.0)])), Some(0.0f64.to_bits()));
    assert_eq!(bits(eval(F32Min, &[g(0.0), g(-0.0)])), Some((-0.0f32).to_bits() as u64));
    assert_eq!(bits(eval(F32Max, &[g(-0.0), g(0.0)])), Some(0.0f32.to_bits() as u64));
    assert_eq!(eval(F64Min, &[f(1.0), f(f64::NAN)]), None);
    assert_eq!(eval(F32Max, &[g(f32::NAN), g(1.0)]), None);
    assert_eq!(eval(F64Min, &[f(f64::NEG_INFINITY), f(1.0)]), f64c(f64::NEG_INFINITY));
    assert_eq!(eval(F64Max, &[f(-3.0), f(2.0)]), f64c(2.0));
    assert_eq!(eval(F32Min, &[g(1e-40), g(2e-40)]), f32c(1e-40));
}

#[test]
fn rounding_operators() {
    use Opcode::*;
    let f = |v: f64| Constant::f64(v);
    let g = |v: f32| Constant::f32(v);
    let cases: &[(f64, f64, f64, f64, f64)] = &[
        // x, ceil, floor, trunc, nearest (ties to even)
        (0.5, 1.0, 0.0, 0.0, 0.0),
        (1.5, 2.0, 1.0, 1.0, 2.0),
        (2.5, 3.0, 2.0, 2.0, 2.0),
        (-0.5, -0.0, -1.0, -0.0, -0.0),
        (-2.5, -2.0, -3.0, -2.0, -2.0),
        (-3.5, -3.0, -4.0, -3.0, -4.0),
        (0.49999999999999994, 1.0, 0.0, 0.0, 0.0),
        (4503599627370497.0, 4503599627370497.0, 4503599627370497.0, 4503599627370497.0, 4503599627370497.0),
        (f64::INFINITY, f64::INFINITY, f64::INFINITY, f64::INFINITY, f64::INFINITY),
        (-0.0, -0.0, -0.0, -0.0, -0.0),
    ];
    for &(x, c, fl, t, n) in cases {
        for (op, want) in [(F64Ceil, c), (F64Floor, fl), (F64Trunc, t), (F64Nearest, n)] {
            assert_eq!(eval(op, &[f(x)]).map(|k| k.bits as u64), Some(want.to_bits()), "{} {x}", op.name());
        }
        let x32 = x as f32;
        if x32 as f64 == x {
            for (op, want) in [(F32Ceil, c), (F32Floor, fl), (F32Trunc, t), (F32Nearest, n)] {
                assert_eq!(
                    eval(op, &[g(x32)]).map(|k| k.bits),
                    Some((want as f32).to_bits() as u128),
                    "{} {x}",
                    op.name()
                );
            }
        }
    }
    assert_eq!(eval(F64Nearest, &[f(f64::NAN)]), None);
    assert_eq!(eval(F32Floor, &[g(f32::NAN)]), None);
}

#[test]
fn bitwise_float_operators_keep_nan_payloads() {
    use Opcode::*;
    let nan32 = Constant { ty: Type::F32, bits: 0x7fa0_0001 };
    let nan64 = Constant { ty: Type::F64, bits: 0x7ff4_0000_0000_0001 };
    assert_eq!(eval(F32Neg, &[nan32]), Some(Constant { ty: Type::F32, bits: 0xffa0_0001 }));
    assert_eq!(eval(F32Abs, &[Constant { ty: Type::F32, bits: 0xffa0_0001 }]), Some(nan32));
    assert_eq!(eval(F64Neg, &[nan64]), Some(Constant { ty: Type::F64, bits: 0xfff4_0000_0000_0001 }));
    assert_eq!(
        eval(F64Copysign, &[nan64, Constant::f64(-1.0)]),
        Some(Constant { ty: Type::F64, bits: 0xfff4_0000_0000_0001 })
    );
    assert_eq!(eval(F32Copysign, &[Constant::f32(2.0), Constant::f32(-0.0)]), f32c(-2.0));
    assert_eq!(eval(F64Abs, &[Constant::f64(-0.0)]), f64c(0.0));
    assert_eq!(eval(F32ReinterpretI32, &[Constant::i32(0x7fa0_0001)]), Some(nan32));
    assert_eq!(eval(I32ReinterpretF32, &[nan32]), Some(Constant::i32(0x7fa0_0001)));
    assert_eq!(eval(I64ReinterpretF64, &[Constant::f64(-0.0)]), Some(Constant::i64(i64::MIN)));
    assert_eq!(eval(F64ReinterpretI64, &[Constant::i64(0x3ff0_0000_0000_0000)]), f64c(1.0));
    assert_eq!(eval(F32Select, &[Constant::i32(0), Constant::f32(1.0), nan32]), Some(nan32));
}

#[test]
fn comparisons_with_nan_are_false_except_ne() {
    use Opcode::*;
    let n = Constant::f64(f64::NAN);
    let one = Constant::f64(1.0);
    for op in [F64Eq, F64Lt, F64Gt, F64Le, F64Ge] {
        assert_eq!(eval(op, &[n, one]), Some(Constant::i32(0)), "{}", op.name());
        assert_eq!(eval(op, &[n, n]), Some(Constant::i32(0)), "{}", op.name());
    }
    assert_eq!(eval(F64Ne, &[n, n]), Some(Constant::i32(1)));
    let z = Constant::f32(0.0);
    let nz = Constant::f32(-0.0);
    assert_eq!(eval(F32Eq, &[z, nz]), Some(Constant::i32(1)));
    assert_eq!(eval(F32Lt, &[nz, z]), Some(Constant::i32(0)));
    assert_eq!(eval(F32Ne, &[Constant::f32(f32::NAN), z]), Some(Constant::i32(1)));
}

/// Reference for the trapping float-to-int truncations: the exact range check of wasm's `trunc`
/// done in i128 on the truncated value (which is an integer, so exact when finite).
fn reference_trunc(x: f64, signed: bool, bits: u32) -> Option<i128> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    // |t| < 2^1024 fits no i128; anything beyond 2^100 is out of range for 64-bit anyway.
    if t.abs() > 1e30 {
        return None;
    }
    let v = t as i128;
    let (lo, hi) = if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
    (lo..=hi).contains(&v).then_some(v)
}

#[test]
fn float_to_int_truncation_traps_outside_range() {
    use Opcode::*;
    for &x in F64S {
        for (op, signed, bits) in
            [(I32TruncF64S, true, 32), (I32TruncF64U, false, 32), (I64TruncF64S, true, 64), (I64TruncF64U, false, 64)]
        {
            let want = reference_trunc(x, signed, bits).map(|v| if bits == 32 { wrap32(v) } else { wrap64(v) });
            assert_eq!(eval(op, &[Constant::f64(x)]), want, "{} {x}", op.name());
        }
    }
    for &x in F32S {
        for (op, signed, bits) in
            [(I32TruncF32S, true, 32), (I32TruncF32U, false, 32), (I64TruncF32S, true, 64), (I64TruncF32U, false, 64)]
        {
            let want = reference_trunc(x as f64, signed, bits).map(|v| if bits == 32 { wrap32(v) } else { wrap64(v) });
            assert_eq!(eval(op, &[Constant::f32(x)]), want, "{} {x}", op.name());
        }
    }
    // The edges named by the wasm spec test suite (conversions.wast).
    assert_eq!(eval(I32TruncF64S, &[Constant::f64(-2147483648.9)]), Some(Constant::i32(i32::MIN)));
    assert_eq!(eval(I32TruncF64S, &[Constant::f64(-2147483649.0)]), None);
    assert_eq!(eval(I32TruncF64U, &[Constant::f64(-0.9)]), Some(Constant::i32(0)));
    assert_eq!(eval(I32TruncF64U, &[Constant::f64(-1.0)]), None);
    assert_eq!(eval(I32TruncF32S, &[Constant::f32(2147483648.0)]), None);
    assert_eq!(eval(I64TruncF64U, &[Constant::f64(18446744073709549568.0)]), Some(Constant::i64(-2048)));
    assert_eq!(eval(I64TruncF64S, &[Constant::f64(-9223372036854775808.0)]), Some(Constant::i64(i64::MIN)));
    assert_eq!(eval(I64TruncF32S, &[Constant::f32(9223372036854775808.0)]), None);
}

#[test]
fn saturating_truncation_clamps_and_maps_nan_to_zero() {
    use Opcode::*;
    for &x in F64S {
        let sat = |signed: bool, bits: u32| -> i128 {
            if x.is_nan() {
                return 0;
            }
            let (lo, hi) =
                if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
            if x <= lo as f64 {
                lo
            } else if x >= hi as f64 {
                hi.min(reference_trunc(x, signed, bits).unwrap_or(hi))
            } else {
                reference_trunc(x, signed, bits).unwrap_or(0)
            }
        };
        assert_eq!(eval(I32TruncSatF64S, &[Constant::f64(x)]), Some(wrap32(sat(true, 32))), "{x}");
        assert_eq!(eval(I32TruncSatF64U, &[Constant::f64(x)]), Some(wrap32(sat(false, 32))), "{x}");
        assert_eq!(eval(I64TruncSatF64S, &[Constant::f64(x)]), Some(wrap64(sat(true, 64))), "{x}");
        assert_eq!(eval(I64TruncSatF64U, &[Constant::f64(x)]), Some(wrap64(sat(false, 64))), "{x}");
    }
    assert_eq!(eval(I32TruncSatF32U, &[Constant::f32(-5.0)]), Some(Constant::i32(0)));
    assert_eq!(eval(I32TruncSatF32S, &[Constant::f32(f32::NAN)]), Some(Constant::i32(0)));
    assert_eq!(eval(I64TruncSatF32U, &[Constant::f32(f32::INFINITY)]), Some(Constant::i64(-1)));
}

#[test]
fn int_to_float_conversions_round_to_nearest_even() {
    use Opcode::*;
    // 2^24 + 1 is halfway between two f32s: ties to the even one, 2^24.
    assert_eq!(eval(F32ConvertI32S, &[Constant::i32(16777217)]), f32c(16777216.0));
    assert_eq!(eval(F32ConvertI32S, &[Constant::i32(16777219)]), f32c(16777220.0));
    assert_eq!(eval(F32ConvertI32U, &[Constant::i32(-1)]), f32c(4294967296.0));
    assert_eq!(eval(F64ConvertI32U, &[Constant::i32(-1)]), f64c(4294967295.0));
    assert_eq!(eval(F64ConvertI32S, &[Constant::i32(-1)]), f64c(-1.0));
    assert_eq!(eval(F64ConvertI64S, &[Constant::i64(9007199254740993)]), f64c(9007199254740992.0));
    assert_eq!(eval(F64ConvertI64U, &[Constant::i64(-1)]), f64c(18446744073709551616.0));
    assert_eq!(eval(F32ConvertI64U, &[Constant::i64(i64::MIN)]), f32c(9223372036854775808.0));
    // 2^53 + 2^29 + 1 is just above halfway between two f32s (conversions.wast): it rounds up.
    // Rounding through f64 first would land exactly halfway and round down to 2^53.
    assert_eq!(eval(F32ConvertI64S, &[Constant::i64(0x20_0000_2000_0001)]), f32c(9007200328482816.0));
    assert_eq!(9007200328482816.0f32 as f64, 9007199254740992.0 + 1073741824.0);
    assert_eq!(eval(F32DemoteF64, &[Constant::f64(1.0000000596046448)]), f32c(1.0));
    assert_eq!(eval(F32DemoteF64, &[Constant::f64(1e300)]), f32c(f32::INFINITY));
    assert_eq!(eval(F32DemoteF64, &[Constant::f64(f64::NAN)]), None);
    assert_eq!(eval(F64PromoteF32, &[Constant::f32(0.1)]), f64c(0.10000000149011612));
}

#[test]
fn trapping_integer_cases_are_declined() {
    use Opcode::*;
    let i = Constant::i32;
    let l = Constant::i64;
    assert_eq!(eval(I32DivS, &[i(1), i(0)]), None);
    assert_eq!(eval(I32DivS, &[i(i32::MIN), i(-1)]), None);
    assert_eq!(eval(I32RemS, &[i(i32::MIN), i(-1)]), Some(i(0)));
    assert_eq!(eval(I32RemU, &[i(5), i(0)]), None);
    assert_eq!(eval(I64DivU, &[l(5), l(0)]), None);
    assert_eq!(eval(I64DivS, &[l(i64::MIN), l(-1)]), None);
    assert_eq!(eval(I64RemS, &[l(i64::MIN), l(-1)]), Some(l(0)));
    assert_eq!(eval(I32DivS, &[i(-7), i(2)]), Some(i(-3)));
    assert_eq!(eval(I32RemS, &[i(-7), i(2)]), Some(i(-1)));
    assert_eq!(eval(I32AddOvfS, &[i(i32::MAX), i(1)]), None);
    assert_eq!(eval(I32AddOvfU, &[i(-1), i(1)]), None);
    assert_eq!(eval(I32AddOvfU, &[i(i32::MAX), i(1)]), Some(i(i32::MIN)));
    assert_eq!(eval(I32SubOvfU, &[i(0), i(1)]), None);
    assert_eq!(eval(I32MulOvfS, &[i(i32::MIN), i(-1)]), None);
    assert_eq!(eval(I64MulOvfU, &[l(1 << 32), l(1 << 32)]), None);
    assert_eq!(eval(I64SubOvfS, &[l(i64::MIN), l(1)]), None);
    assert_eq!(eval(I64AddOvfS, &[l(-1), l(i64::MIN + 1)]), Some(l(i64::MIN)));
}
