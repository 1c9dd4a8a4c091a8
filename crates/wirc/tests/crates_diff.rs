//! Three crates.io crates that need no allocator through the whole toolchain, bit for bit against
//! the same code compiled natively.
//!
//! `tests/cargo/crates-diff` is a Cargo package depending on `xxhash-rust = "=0.8.21"` (xxHash32,
//! xxHash64, XXH3 64/128: one-shot, streaming in random pieces, seeded, custom secrets, the
//! `const fn` forms, `Hasher`), `ryu = "=1.0.23"` and `itoa = "=1.0.19"` (shortest `f64`/`f32`
//! text, every integer width; parsed back by `core`) and `arrayvec = "=0.7.8"` (`ArrayVec` sort,
//! search, dedup, random push/insert/remove/drain/retain sequences, drop glue of its elements,
//! `ArrayString` edits and `core::fmt::Write`). Its exports take and return scalars and build
//! their inputs from them (a seeded generator, a length). The package is built with the documented
//! Cargo mode (`RUSTC_WORKSPACE_WRAPPER=mir-export cargo build --release --target
//! wasm32-unknown-unknown`); its `.wir` is compiled by wirc at -O0 and -O2 and run on wasmtime,
//! and every export is compared with the very same function compiled natively (the package is
//! this crate's dev-dependency) on at least 1,000 inputs: edge values of each argument (every
//! length around XXH3's and xxHash's block sizes, integer and float extremes, powers of ten,
//! subnormals, infinities, NaNs) and random ones. The same `.wir` also runs on the Cranelift
//! backend (`wasmir-native`) at -O0 and -O2, against the same native results. Results must have the same bits; two NaNs are
//! equal whatever their payloads. Exports in `DISABLED` are not compared (their reason is given).

mod common;

use common::Rng;
use std::path::PathBuf;
use wirc::run::{Runner, Value};
use wirc::Options;

/// Exports left out of the comparison, each with its reason: `("name", "why")`, or a prefix
/// `("itoa_*", "why")`. Empty: every export is compared. `CRATES_DIFF_ALL=1` compares the
/// disabled exports that exist in the wasm module too (and fails if they differ).
const DISABLED: &[(&str, &str)] = &[];

/// Whether export `name` matches `pattern` (an export name, or a prefix ending in `*`).
fn matches(pattern: &str, name: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => pattern == name,
    }
}

fn disabled(name: &str) -> bool {
    DISABLED.iter().any(|(d, _)| matches(d, name))
}

trait FromValue {
    fn from_value(v: &Value) -> Self;
}
trait IntoValue {
    fn into_value(self) -> Value;
}
macro_rules! conv {
    ($($t:ty: $var:ident as $w:ty),*) => { $(
        impl FromValue for $t {
            fn from_value(v: &Value) -> $t {
                match v { Value::$var(x) => *x as $t, _ => panic!("{v:?} is not {}", stringify!($t)) }
            }
        }
        impl IntoValue for $t {
            fn into_value(self) -> Value { Value::$var(self as $w) }
        }
    )* };
}
conv!(i32: I32 as i32, u32: I32 as i32, i64: I64 as i64, u64: I64 as i64, f32: F32 as f32, f64: F64 as f64);
impl FromValue for bool {
    fn from_value(v: &Value) -> bool {
        matches!(v, Value::I32(x) if *x != 0)
    }
}
impl IntoValue for bool {
    fn into_value(self) -> Value {
        Value::I32(self as i32)
    }
}
fn get<T: FromValue>(v: &Value) -> T {
    T::from_value(v)
}

struct Entry {
    export: &'static str,
    /// One letter per argument: the kind of values it takes (see `edges` and `random`).
    args: &'static str,
    native: fn(&[Value]) -> Value,
}

/// `entry!(f: s n u)`: export `f` of the package, called natively as `crates_diff::f`, with
/// arguments of kinds `s`, `n`, `u`.
macro_rules! entry {
    ($f:ident: $($k:ident)*) => {
        Entry {
            export: stringify!($f),
            args: concat!($(stringify!($k)),*),
            native: |a| {
                let mut it = a.iter();
                #[allow(unused_mut)]
                let mut next = || it.next().expect("argument count");
                crates_diff::$f($({ let _ = stringify!($k); get(next()) }),*).into_value()
            },
        }
    };
}

/// Every export of tests/cargo/crates-diff, with the kinds of its arguments:
/// `s` data seed (u64), `n` length (u32, taken `% 4097` or `% 129`), `u` u32, `w` u64, `z` u64
/// hash seed that is often 0 (the unseeded path), `c` chunking seed, `x` secret length, `j` byte
/// index, `m` modulus, `k` search key, `o` operation count, `b` bool, `i` i32, `I` i64, `L` u64
/// (integer edges), `d` f64, `f` f32.
fn table() -> Vec<Entry> {
    vec![
        // (a) xxhash-rust
        entry!(xx32: s n u),
        entry!(xx32_stream: s n u c),
        entry!(xx32_const: s n u),
        entry!(xx64: s n w),
        entry!(xx64_stream: s n w c),
        entry!(xx64_const: s n w),
        entry!(xx64_hasher: w u i n),
        entry!(xx3_64: s n),
        entry!(xx3_64_seed: s n w),
        entry!(xx3_64_secret: s n w x),
        entry!(xx3_128_lo: s n z),
        entry!(xx3_128_hi: s n z),
        entry!(xx3_128_secret_lo: s n w x),
        entry!(xx3_128_secret_hi: s n w x),
        entry!(xx3_stream_64: s n z c),
        entry!(xx3_stream_128_lo: s n z c),
        entry!(xx3_stream_128_hi: s n z c),
        entry!(xx3_stream_secret: s n w c),
        entry!(xx3_64_const: s n w),
        entry!(xx3_128_const_lo: s n w),
        entry!(xx3_128_const_hi: s n w),
        entry!(xx_consts: u),
        // (b) ryu and itoa
        entry!(ryu_f64: d),
        entry!(ryu_f64_byte: d j),
        entry!(ryu_f64_parse: d),
        entry!(ryu_f32: f),
        entry!(ryu_f32_byte: f j),
        entry!(ryu_f32_parse: f),
        entry!(ryu_mixed: d f),
        entry!(itoa_i8: i),
        entry!(itoa_i8_byte: i j),
        entry!(itoa_i8_parse: i),
        entry!(itoa_u8: u),
        entry!(itoa_u8_byte: u j),
        entry!(itoa_u8_parse: u),
        entry!(itoa_i16: i),
        entry!(itoa_i16_byte: i j),
        entry!(itoa_i16_parse: i),
        entry!(itoa_u16: u),
        entry!(itoa_u16_byte: u j),
        entry!(itoa_u16_parse: u),
        entry!(itoa_i32: i),
        entry!(itoa_i32_byte: i j),
        entry!(itoa_i32_parse: i),
        entry!(itoa_u32: u),
        entry!(itoa_u32_byte: u j),
        entry!(itoa_u32_parse: u),
        entry!(itoa_i64: I),
        entry!(itoa_i64_byte: I j),
        entry!(itoa_i64_parse: I),
        entry!(itoa_u64: L),
        entry!(itoa_u64_byte: L j),
        entry!(itoa_u64_parse: L),
        entry!(itoa_isize: i),
        entry!(itoa_isize_byte: i j),
        entry!(itoa_isize_parse: i),
        entry!(itoa_usize: u),
        entry!(itoa_usize_byte: u j),
        entry!(itoa_usize_parse: u),
        entry!(itoa_u128: L L),
        entry!(itoa_u128_byte: L L j),
        entry!(itoa_i128: L L),
        entry!(itoa_i128_byte: L L j),
        entry!(itoa_i128_parse: L L b),
        // (c) arrayvec
        entry!(av_sort: s n m),
        entry!(av_dedup: s n m),
        entry!(av_search: s n m k),
        entry!(av_ops: s o),
        entry!(av_drops: s o),
        entry!(astr_ops: s o),
        entry!(astr_fmt_int: I u),
        entry!(astr_fmt_float: d),
        entry!(astr_fmt_overflow: s o),
    ]
}

/// Edge values of `f64` for shortest formatting and parsing: zeros, subnormals, the normal
/// boundary, powers of ten and their neighbours, integers at 2^53, 17-digit values, the
/// largest finite values, infinities and NaNs (both signs of each).
fn special_f64() -> Vec<f64> {
    let mut v = vec![
        0.0,
        5e-324,
        1e-323,
        2.225073858507201e-308,
        f64::MIN_POSITIVE,
        1e-300,
        1e-22,
        1e-7,
        1.0000000000000002,
        0.1,
        0.2,
        0.30000000000000004,
        1.0 / 3.0,
        0.5,
        1.0,
        1.5,
        2.0,
        1e21,
        1e22,
        1e23,
        123456.0,
        1234567.0,
        1e15,
        1e16,
        1e17,
        4503599627370496.0,
        9007199254740991.0,
        9007199254740992.0,
        9007199254740994.0,
        1.7976931348623157e308,
        f64::EPSILON,
        std::f64::consts::PI,
        std::f64::consts::E,
        2.9802322387695312e-8,
        5.960464477539063e-8,
        1.1754943508222875e-38,
        3.4028234663852886e38,
        f64::INFINITY,
        f64::NAN,
        f64::from_bits(0x7ff0_0000_0000_0001),
        f64::from_bits(0x000f_ffff_ffff_ffff),
    ];
    for e in -30..=30 {
        v.push(10f64.powi(e));
        v.push(f64::from_bits(10f64.powi(e).to_bits() + 1));
        v.push(f64::from_bits(10f64.powi(e).to_bits() - 1));
    }
    let neg: Vec<f64> = v.iter().map(|x| -x).collect();
    v.extend(neg);
    v
}

fn special_f32() -> Vec<f32> {
    let mut v = vec![
        0.0,
        1e-45,
        3e-45,
        1.1754942e-38,
        f32::MIN_POSITIVE,
        1e-30,
        1e-7,
        0.1,
        0.2,
        0.3,
        1.0 / 3.0,
        0.5,
        1.0,
        1.0000001,
        1.5,
        16777215.0,
        16777216.0,
        16777218.0,
        1e10,
        3.4028235e38,
        f32::EPSILON,
        std::f32::consts::PI,
        f32::INFINITY,
        f32::NAN,
        f32::from_bits(0x7f80_0001),
        f32::from_bits(0x007f_ffff),
    ];
    for e in -30..=30 {
        let p = 10f32.powi(e);
        v.extend([p, f32::from_bits(p.to_bits() + 1), f32::from_bits(p.to_bits() - 1)]);
    }
    let neg: Vec<f32> = v.iter().map(|x| -x).collect();
    v.extend(neg);
    v
}

/// Powers of ten and their neighbours up to `max`, and the powers of two and their neighbours.
fn int_edges_u(max: u64) -> Vec<u64> {
    let mut v = vec![0, 1, max, max - 1, max / 2, max / 2 + 1];
    let mut p: u64 = 1;
    while p <= max / 10 {
        p *= 10;
        v.extend([p - 1, p, p + 1]);
    }
    for s in 1..64 {
        let p = 1u64 << s;
        if p <= max {
            v.extend([p - 1, p, p + 1]);
        }
    }
    v.retain(|&x| x <= max);
    v.sort_unstable();
    v.dedup();
    v
}

fn int_edges_i(min: i64, max: i64) -> Vec<i64> {
    let mut v: Vec<i64> = int_edges_u(max as u64).into_iter().map(|x| x as i64).collect();
    let neg: Vec<i64> = v.iter().map(|x| x.wrapping_neg()).collect();
    v.extend(neg);
    v.extend([min, min + 1, -1]);
    v.retain(|&x| x >= min && x <= max);
    v.sort_unstable();
    v.dedup();
    v
}

/// The edge values of kind `k`.
fn edges(k: u8) -> Vec<Value> {
    let u32s = |v: Vec<u64>| v.into_iter().map(|x| Value::I32(x as u32 as i32)).collect();
    let u64s = |v: Vec<u64>| v.into_iter().map(|x| Value::I64(x as i64)).collect();
    match k {
        b's' => u64s(vec![0, 1, 2, u64::MAX, 0x8000_0000_0000_0000]),
        // Every length up to 300 (all of xxHash's and XXH3's short paths, XXH3's 240-byte mid
        // limit, ArrayVec's 128), then XXH3's stripes and 1 KiB blocks, the 4 KiB maximum, and
        // lengths that wrap (`% 4097`).
        b'n' => u32s(
            (0..=300)
                .chain([511, 512, 513, 1023, 1024, 1025, 1087, 1088, 2047, 2048, 2049, 3071, 3072, 3073])
                .chain([4032, 4095, 4096, 4097, 4098, 8193, u32::MAX as u64])
                .collect(),
        ),
        b'u' => u32s(int_edges_u(u32::MAX as u64)),
        b'w' => u64s(vec![0, 1, u64::MAX, 0x9e37_79b1_85eb_ca87, 0xc2b2_ae3d_27d4_eb4f, 0x8000_0000_0000_0000]),
        b'z' => u64s(vec![0, 1, u64::MAX, 0x9e37_79b1_85eb_ca87]),
        b'c' => u64s((0..40).collect()),
        b'x' => u32s((0..=121).collect()),
        b'j' => u32s((0..=41).collect()),
        b'm' => u32s(vec![0, 1, 2, 3, 5, 10, 64, 100, 1000, u32::MAX as u64]),
        b'k' => u32s((0..=12).chain([50, 99, 100, 101, u32::MAX as u64]).collect()),
        b'o' => u32s((0..=60).chain([199, 200, 201, 299, 300, 399, 400, 401, u32::MAX as u64]).collect()),
        b'b' => vec![Value::I32(0), Value::I32(1)],
        b'i' => int_edges_i(i32::MIN as i64, i32::MAX as i64).into_iter().map(|x| Value::I32(x as i32)).collect(),
        b'I' => int_edges_i(i64::MIN, i64::MAX).into_iter().map(Value::I64).collect(),
        b'L' => u64s(int_edges_u(u64::MAX)),
        b'd' => special_f64().into_iter().map(Value::F64).collect(),
        b'f' => special_f32().into_iter().map(Value::F32).collect(),
        _ => panic!("unknown kind {}", k as char),
    }
}

/// A decimal `digits`-digit mantissa times a power of ten, as text parsed by std: the values
/// whose shortest forms are short (ryu's trailing-zero removal, exact powers).
fn short_decimal(rng: &mut Rng) -> f64 {
    let digits = rng.below(17) as u32 + 1;
    let m = rng.below(10u64.pow(digits));
    let e = rng.below(660) as i32 - 340;
    format!("{m}e{e}").parse().unwrap()
}

/// An integer of random magnitude: random bits shifted right by a random amount.
fn magnitude(rng: &mut Rng) -> u64 {
    rng.next() >> rng.below(64)
}

/// A random value of kind `k`.
fn random(rng: &mut Rng, k: u8) -> Value {
    let mode = rng.below(3);
    let u32v = |x: u64| Value::I32(x as u32 as i32);
    match k {
        b's' | b'w' | b'c' => Value::I64(rng.next() as i64),
        b'z' => Value::I64(if mode == 0 { 0 } else { rng.next() as i64 }),
        b'n' => u32v(match mode {
            0 => rng.below(4097),
            1 => rng.below(300),
            _ => rng.next(),
        }),
        b'u' | b'x' => u32v(if mode == 0 { rng.next() } else { magnitude(rng) }),
        b'j' => u32v(rng.below(48)),
        b'm' => u32v(if mode == 0 { rng.next() } else { rng.below(300) }),
        b'k' => u32v(if mode == 0 { rng.next() } else { rng.below(300) }),
        b'o' => u32v(if mode == 0 { rng.next() } else { rng.below(400) }),
        b'b' => Value::I32(rng.below(2) as i32),
        b'i' => Value::I32(if mode == 0 { rng.next() as i32 } else { magnitude(rng) as i32 }),
        b'I' => Value::I64(match mode {
            0 => rng.next() as i64,
            1 => magnitude(rng) as i64,
            _ => (magnitude(rng) as i64).wrapping_neg(),
        }),
        b'L' => Value::I64(if mode == 0 { rng.next() as i64 } else { magnitude(rng) as i64 }),
        b'd' => Value::F64(match mode {
            0 => f64::from_bits(rng.next()),
            1 => (rng.next() as f64 / u64::MAX as f64 - 0.5) * 2000.0,
            _ => short_decimal(rng) * if rng.below(2) == 0 { 1.0 } else { -1.0 },
        }),
        b'f' => Value::F32(match mode {
            0 => f32::from_bits(rng.next() as u32),
            1 => ((rng.next() as f64 / u64::MAX as f64 - 0.5) * 2000.0) as f32,
            _ => short_decimal(rng) as f32,
        }),
        _ => panic!("unknown kind {}", k as char),
    }
}

/// Argument lists for `kinds`: every combination of edge values if there are at most 4,000,
/// else each edge of each argument with random other arguments plus the "diagonal" (edge `i` of
/// every argument together); then 1,000 random argument lists.
fn inputs(kinds: &str, rng: &mut Rng) -> Vec<Vec<Value>> {
    let ks: Vec<u8> = kinds.bytes().collect();
    let es: Vec<Vec<Value>> = ks.iter().map(|&k| edges(k)).collect();
    let product: usize = es.iter().map(|e| e.len()).product();
    let mut out: Vec<Vec<Value>> = vec![];
    if product <= 4000 {
        out.push(vec![]);
        for e in &es {
            out =
                out.into_iter().flat_map(|prefix| e.iter().map(move |v| [prefix.clone(), vec![*v]].concat())).collect();
        }
    } else {
        for (p, e) in es.iter().enumerate() {
            for v in e {
                out.push(ks.iter().enumerate().map(|(q, &k)| if q == p { *v } else { random(rng, k) }).collect());
            }
        }
        let longest = es.iter().map(|e| e.len()).max().unwrap_or(0);
        for i in 0..longest {
            out.push(es.iter().map(|e| e[i % e.len()]).collect());
        }
    }
    if kinds.starts_with("LL") {
        // 128-bit integers from two halves: their own edges (powers of ten, the extremes).
        let mut xs: Vec<i128> = vec![0, 1, -1, i128::MIN, i128::MIN + 1, i128::MAX, u64::MAX as i128, 1 << 64];
        let mut p: i128 = 1;
        for _ in 0..38 {
            p *= 10;
            xs.extend([p - 1, p, p + 1, -p, 1 - p]);
        }
        xs.push(u128::MAX as i128 - 1);
        for x in xs {
            let mut a = vec![Value::I64(x as i64), Value::I64((x >> 64) as i64)];
            a.extend(ks[2..].iter().map(|&k| random(rng, k)));
            out.push(a);
        }
    }
    for _ in 0..1000 {
        out.push(ks.iter().map(|&k| random(rng, k)).collect());
    }
    out
}

/// Arguments as Rust would print them: unsigned kinds unsigned, floats with their bits.
fn show(kinds: &str, args: &[Value]) -> String {
    let parts: Vec<String> = kinds
        .bytes()
        .zip(args)
        .map(|(k, v)| match (k, v) {
            (b'i', Value::I32(x)) => format!("{x}"),
            (_, Value::I32(x)) => format!("{}", *x as u32),
            (b'I', Value::I64(x)) => format!("{x}"),
            (_, Value::I64(x)) => format!("{:#x}", *x as u64),
            (_, Value::F64(x)) => format!("{x:?} ({:#018x})", x.to_bits()),
            (_, Value::F32(x)) => format!("{x:?} ({:#010x})", x.to_bits()),
            (_, v) => format!("{v:?}"),
        })
        .collect();
    parts.join(", ")
}

#[test]
fn crates_agree_with_native_bit_for_bit() {
    let pkg = common::root().join("tests/cargo/crates-diff");
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("crates-diff");
    let src = common::cargo_mode_wir(&pkg, &target, "crates_diff");

    let table = table();
    let mut rng = Rng(0xc4a7_e5d1_ff00);
    let cases: Vec<Vec<Vec<Value>>> = table.iter().map(|e| inputs(e.args, &mut rng)).collect();
    let all = std::env::var_os("CRATES_DIFF_ALL").is_some();
    for (name, why) in DISABLED {
        let n = table.iter().filter(|e| matches(name, e.export)).count();
        assert!(n > 0, "DISABLED names no export: {name}");
        eprintln!("crates_diff: {name} ({n} exports) not compared: {why}");
    }
    // With CRATES_DIFF_ALL, the disabled exports built to wasm are compared too.
    let skip = |name: &str| disabled(name) && !(all && src.contains(&format!("export \"{name}\"")));
    let mut total = 0usize;
    let mut failures = vec![];
    for level in [wasmir_opt::OptLevel::O0, wasmir_opt::OptLevel::O2] {
        let wasm = wirc::compile(&src, &Options { opt_level: level, ..Options::default() })
            .unwrap_or_else(|d| panic!("wirc rejected crates_diff.wir: {d:?}"));
        let runner = Runner::new(&wasm).expect("wasmtime loads the module");
        // One instance for many calls; a new one after a trap (it may leave the stack pointer moved).
        let mut session = runner.session().expect("wasmtime instantiates the module");
        for (e, args) in table.iter().zip(&cases) {
            if skip(e.export) {
                continue;
            }
            let mut bad = 0;
            for a in args {
                total += 1;
                let want = (e.native)(a);
                let got = session.call(e.export, a);
                let ok = matches!(&got, Ok(v) if v.len() == 1 && common::same_bits(&v[0], &want));
                if got.is_err() {
                    session = runner.session().expect("wasmtime instantiates the module");
                }
                if !ok {
                    bad += 1;
                    if bad <= 3 {
                        let got = match &got {
                            Ok(v) => format!("{v:?}"),
                            Err(d) => format!("error {d:?}"),
                        };
                        failures.push(format!(
                            "{level:?} {}({}): native {want:?}, wasm {got}",
                            e.export,
                            show(e.args, a)
                        ));
                    }
                }
            }
            if bad > 3 {
                failures.push(format!("{level:?} {}: {bad} of {} inputs differ", e.export, args.len()));
            }
        }
    }
    // The same IR on the Cranelift backend (`--backend native`), unoptimized and at -O2.
    for level in [wasmir_opt::OptLevel::O0, wasmir_opt::OptLevel::O2] {
        let (mut module, _) = wirc::check(&src).unwrap_or_else(|d| panic!("crates_diff.wir: {d:?}"));
        wasmir_opt::run_pipeline(&mut module, level);
        let native = wirc::run::compile_native(&module).unwrap_or_else(|d| panic!("native: {d:?}"));
        let mut session = wirc::run::NativeSession::new(&native).expect("native instance");
        for (e, args) in table.iter().zip(&cases) {
            if skip(e.export) {
                continue;
            }
            let mut bad = 0;
            for a in args {
                total += 1;
                let want = (e.native)(a);
                let got = session.call(e.export, a);
                let ok = matches!(&got, Ok(v) if v.len() == 1 && common::same_bits(&v[0], &want));
                if got.is_err() {
                    session = wirc::run::NativeSession::new(&native).expect("native instance");
                }
                if !ok {
                    bad += 1;
                    if bad <= 3 {
                        failures.push(format!(
                            "Cranelift {level:?} {}({}): native {want:?}, got {got:?}",
                            e.export,
                            show(e.args, a)
                        ));
                    }
                }
            }
            if bad > 3 {
                failures.push(format!("Cranelift {level:?} {}: {bad} of {} inputs differ", e.export, args.len()));
            }
        }
    }
    let compared = table.iter().filter(|e| !skip(e.export)).count();
    let counts: Vec<String> = table.iter().zip(&cases).map(|(e, c)| format!("{} {}", e.export, c.len())).collect();
    eprintln!("crates_diff: inputs per export: {}", counts.join(", "));
    eprintln!(
        "crates_diff: {total} calls over {compared} exports at O0 and O2 (wasm and Cranelift), {} reports",
        failures.len()
    );
    assert!(failures.is_empty(), "{} reports over {total} calls:\n{}", failures.len(), failures.join("\n"));
    assert!(cases.iter().all(|c| c.len() >= 1000));
}
