//! The `libm` crate from crates.io through the whole toolchain, bit for bit against native libm.
//!
//! `tests/cargo/libm-diff` is a Cargo package depending on `libm = "=0.2.16"` that exports every
//! function of `functions.rs` (124: all of libm's `f64` functions and their `f32` forms). It is
//! built with the documented Cargo mode (`RUSTC_WORKSPACE_WRAPPER=mir-export cargo build
//! --release --target wasm32-unknown-unknown`); its `.wir` is compiled by wirc at -O0 and -O2 and
//! run on wasmtime, and every export is compared with the same libm compiled natively (this
//! crate's dev-dependency) on at least 1,000 inputs: zeros, subnormals, infinities, NaNs, edges
//! of each domain, and random values. Results must have the same bits; two NaNs are equal
//! whatever their payloads (wasm leaves a NaN's sign and payload open, spec §6.9.7). The same
//! `.wir` also runs on the Cranelift backend (`wasmir-native`) at -O0 and -O2.

mod common;

use common::Rng;
use std::path::PathBuf;
use wirc::run::{Runner, Value};
use wirc::Options;

/// How an export is called, and its native counterpart.
enum Native {
    F64(fn(&[Value]) -> Value),
}

struct Entry {
    export: &'static str,
    /// Argument kinds: `d` f64, `f` f32, `i` i32.
    args: &'static str,
    native: Native,
}

fn d(v: &Value) -> f64 {
    match v {
        Value::F64(x) => *x,
        _ => f64::NAN,
    }
}
fn f(v: &Value) -> f32 {
    match v {
        Value::F32(x) => *x,
        _ => f32::NAN,
    }
}
fn i(v: &Value) -> i32 {
    match v {
        Value::I32(x) => *x,
        _ => 0,
    }
}

/// The table of `functions.rs`, with the native functions.
fn table() -> Vec<Entry> {
    let mut t: Vec<Entry> = vec![];
    macro_rules! ty_code {
        (f64) => {
            "d"
        };
        (f32) => {
            "f"
        };
    }
    macro_rules! wrap {
        (f64, $e:expr) => {
            Value::F64($e)
        };
        (f32, $e:expr) => {
            Value::F32($e)
        };
    }
    macro_rules! get {
        (f64, $v:expr) => {
            d($v)
        };
        (f32, $v:expr) => {
            f($v)
        };
    }
    macro_rules! unary {
        ($t:ident: $($f:ident => $e:ident),*) => {{ $(
            t.push(Entry { export: stringify!($e), args: ty_code!($t),
                native: Native::F64(|a| wrap!($t, libm::$f(get!($t, &a[0])))) });
        )* }};
    }
    macro_rules! binary {
        ($t:ident: $($f:ident => $e:ident),*) => {{ $(
            t.push(Entry { export: stringify!($e), args: concat!(ty_code!($t), ty_code!($t)),
                native: Native::F64(|a| wrap!($t, libm::$f(get!($t, &a[0]), get!($t, &a[1])))) });
        )* }};
    }
    macro_rules! ternary {
        ($t:ident: $($f:ident => $e:ident),*) => {{ $(
            t.push(Entry { export: stringify!($e), args: concat!(ty_code!($t), ty_code!($t), ty_code!($t)),
                native: Native::F64(|a| wrap!($t, libm::$f(get!($t, &a[0]), get!($t, &a[1]), get!($t, &a[2])))) });
        )* }};
    }
    macro_rules! to_int {
        ($t:ident: $($f:ident => $e:ident),*) => {{ $(
            t.push(Entry { export: stringify!($e), args: ty_code!($t),
                native: Native::F64(|a| Value::I32(libm::$f(get!($t, &a[0])))) });
        )* }};
    }
    macro_rules! int_first {
        ($t:ident: $($f:ident => $e:ident),*) => {{ $(
            t.push(Entry { export: stringify!($e), args: concat!("i", ty_code!($t)),
                native: Native::F64(|a| wrap!($t, libm::$f(i(&a[0]), get!($t, &a[1])))) });
        )* }};
    }
    macro_rules! int_second {
        ($t:ident: $($f:ident => $e:ident),*) => {{ $(
            t.push(Entry { export: stringify!($e), args: concat!(ty_code!($t), "i"),
                native: Native::F64(|a| wrap!($t, libm::$f(get!($t, &a[0]), i(&a[1])))) });
        )* }};
    }
    macro_rules! pair_int {
        ($t:ident: $($f:ident => $a:ident $b:ident),*) => {{ $(
            t.push(Entry { export: stringify!($a), args: ty_code!($t),
                native: Native::F64(|a| wrap!($t, libm::$f(get!($t, &a[0])).0)) });
            t.push(Entry { export: stringify!($b), args: ty_code!($t),
                native: Native::F64(|a| Value::I32(libm::$f(get!($t, &a[0])).1)) });
        )* }};
    }
    macro_rules! pair_float {
        ($t:ident: $($f:ident => $a:ident $b:ident),*) => {{ $(
            t.push(Entry { export: stringify!($a), args: ty_code!($t),
                native: Native::F64(|a| wrap!($t, libm::$f(get!($t, &a[0])).0)) });
            t.push(Entry { export: stringify!($b), args: ty_code!($t),
                native: Native::F64(|a| wrap!($t, libm::$f(get!($t, &a[0])).1)) });
        )* }};
    }
    macro_rules! binary_pair_int {
        ($t:ident: $($f:ident => $a:ident $b:ident),*) => {{ $(
            t.push(Entry { export: stringify!($a), args: concat!(ty_code!($t), ty_code!($t)),
                native: Native::F64(|a| wrap!($t, libm::$f(get!($t, &a[0]), get!($t, &a[1])).0)) });
            t.push(Entry { export: stringify!($b), args: concat!(ty_code!($t), ty_code!($t)),
                native: Native::F64(|a| Value::I32(libm::$f(get!($t, &a[0]), get!($t, &a[1])).1)) });
        )* }};
    }
    macro_rules! libm_functions {
        ($($m:ident!($($body:tt)*);)*) => {{ $( $m!($($body)*); )* }};
    }
    include!("../../../tests/cargo/libm-diff/src/functions.rs");
    t
}

/// Edge values of `f64`: zeros, subnormals, the smallest normal, around 1, multiples of π,
/// the ends of exp's and gamma's domains, integers and half-integers (poles and zeros of gamma,
/// rounding ties), the largest finite values, infinities and NaNs.
fn special_f64() -> Vec<f64> {
    let mut v = vec![
        0.0,
        5e-324,
        1e-310,
        f64::from_bits(0x000f_ffff_ffff_ffff), // the largest subnormal
        f64::MIN_POSITIVE,
        1e-300,
        1e-20,
        1.4901161193847656e-8,
        1e-5,
        0.1,
        0.5,
        std::f64::consts::FRAC_PI_4,
        1.0 - f64::EPSILON / 2.0,
        1.0,
        1.0 + f64::EPSILON,
        1.5,
        std::f64::consts::FRAC_PI_2,
        2.0,
        2.5,
        std::f64::consts::PI,
        3.0,
        4.5,
        10.0,
        100.0,
        170.5,
        171.7,
        709.782712893384,
        710.0,
        745.1332191019412,
        1e15,
        4503599627370495.5,
        9007199254740993.0,
        1e22,
        1e300,
        f64::MAX,
        f64::INFINITY,
        f64::NAN,
    ];
    let neg: Vec<f64> = v.iter().map(|x| -x).collect();
    v.extend(neg);
    v
}

fn special_f32() -> Vec<f32> {
    let mut v = vec![
        0.0,
        1e-45,
        1e-40,
        f32::MIN_POSITIVE,
        1e-30,
        1e-5,
        0.1,
        0.5,
        std::f32::consts::FRAC_PI_4,
        1.0 - f32::EPSILON / 2.0,
        1.0,
        1.0 + f32::EPSILON,
        1.5,
        std::f32::consts::FRAC_PI_2,
        2.0,
        2.5,
        std::f32::consts::PI,
        3.0,
        4.5,
        10.0,
        34.5,
        35.1,
        88.72284,
        89.0,
        103.97208,
        8388607.5,
        16777217.0,
        1e20,
        1e38,
        f32::MAX,
        f32::INFINITY,
        f32::NAN,
    ];
    let neg: Vec<f32> = v.iter().map(|x| -x).collect();
    v.extend(neg);
    v
}

/// A random value of kind `k`: random bits (any magnitude), or a moderate number.
fn random(rng: &mut Rng, k: u8, small_ints: bool) -> Value {
    let mode = rng.below(3);
    match k {
        b'd' => Value::F64(match mode {
            0 => f64::from_bits(rng.next()),
            1 => (rng.next() as f64 / u64::MAX as f64 - 0.5) * 20.0,
            _ => (rng.next() as f64 / u64::MAX as f64 - 0.5) * 2000.0,
        }),
        b'f' => Value::F32(match mode {
            0 => f32::from_bits(rng.next() as u32),
            1 => ((rng.next() as f64 / u64::MAX as f64 - 0.5) * 20.0) as f32,
            _ => ((rng.next() as f64 / u64::MAX as f64 - 0.5) * 2000.0) as f32,
        }),
        _ => Value::I32(match mode {
            0 if small_ints => rng.below(4000) as i32 - 2000,
            0 => rng.next() as i32,
            _ => rng.below(40) as i32 - 20,
        }),
    }
}

/// Argument lists for `kinds`: every combination of edge values (integers from a small set),
/// then random ones, at least 1,000 in all. `small_ints` keeps integers within ±2,000: Bessel
/// `jn(n, x)` and `yn(n, x)` run a loop of `|n|` steps, seconds per call for `i32::MAX`.
fn inputs(kinds: &str, small_ints: bool, rng: &mut Rng) -> Vec<Vec<Value>> {
    let all_ints = [0, 1, -1, 2, -2, 3, 10, -10, 100, 1023, -1074, 1100, i32::MAX, i32::MIN];
    let ints: Vec<i32> = all_ints.into_iter().filter(|n| !small_ints || n.unsigned_abs() <= 2000).collect();
    let edge = |k: u8| -> Vec<Value> {
        match k {
            b'd' => special_f64().into_iter().map(Value::F64).collect(),
            b'f' => special_f32().into_iter().map(Value::F32).collect(),
            _ => ints.iter().map(|&n| Value::I32(n)).collect(),
        }
    };
    let mut out: Vec<Vec<Value>> = vec![vec![]];
    for k in kinds.bytes() {
        // A third argument (fma) takes a subset of the edges, to keep the product near 20,000.
        let vals = edge(k);
        let vals: Vec<Value> = if out.len() > 1000 { vals.into_iter().step_by(4).collect() } else { vals };
        out =
            out.into_iter().flat_map(|prefix| vals.iter().map(move |v| [prefix.clone(), vec![*v]].concat())).collect();
    }
    let target = out.len() + 1000;
    while out.len() < target {
        out.push(kinds.bytes().map(|k| random(rng, k, small_ints)).collect());
    }
    out
}

#[test]
fn libm_agrees_with_native_bit_for_bit() {
    let pkg = common::root().join("tests/cargo/libm-diff");
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("libm-diff");
    let src = common::cargo_mode_wir(&pkg, &target, "libm_diff");

    let table = table();
    assert_eq!(table.len(), 134, "functions.rs lists 124 functions, 134 exports");
    let mut rng = Rng(0x11b_d1ff);
    let bessel_n = |e: &str| ["m_jn", "m_jnf", "m_yn", "m_ynf"].contains(&e);
    let cases: Vec<Vec<Vec<Value>>> = table.iter().map(|e| inputs(e.args, bessel_n(e.export), &mut rng)).collect();
    let mut total = 0usize;
    let mut failures = vec![];
    for level in [wasmir_opt::OptLevel::O0, wasmir_opt::OptLevel::O2] {
        let wasm = wirc::compile(&src, &Options { opt_level: level, ..Options::default() })
            .unwrap_or_else(|d| panic!("wirc rejected libm_diff.wir: {d:?}"));
        let runner = Runner::new(&wasm).expect("wasmtime loads the module");
        // One instance for all calls: libm's functions are pure (no statics written, no traps).
        let mut session = runner.session().expect("wasmtime instantiates the module");
        for (e, args) in table.iter().zip(&cases) {
            let Native::F64(native) = e.native;
            let started = std::time::Instant::now();
            let mut bad = 0;
            for a in args {
                total += 1;
                let want = native(a);
                let got = session.call(e.export, a);
                let ok = matches!(&got, Ok(v) if v.len() == 1 && common::same_bits(&v[0], &want));
                if !ok {
                    bad += 1;
                    if bad <= 3 {
                        failures.push(format!("{level:?} {}({a:?}): native {want:?}, wasm {got:?}", e.export));
                    }
                }
            }
            if bad > 3 {
                failures.push(format!("{level:?} {}: {bad} of {} inputs differ", e.export, args.len()));
            }
            // Seen with `--nocapture`: where the time goes.
            eprintln!("{level:?} {}: {} inputs, {bad} differ, {:.2?}", e.export, args.len(), started.elapsed());
        }
    }
    // The same IR on the Cranelift backend (`--backend native`), unoptimized and at -O2.
    for level in [wasmir_opt::OptLevel::O0, wasmir_opt::OptLevel::O2] {
        let (mut module, _) = wirc::check(&src).unwrap_or_else(|d| panic!("libm_diff.wir: {d:?}"));
        wasmir_opt::run_pipeline(&mut module, level);
        let native = wirc::run::compile_native(&module).unwrap_or_else(|d| panic!("native: {d:?}"));
        let mut session = wirc::run::NativeSession::new(&native).expect("native instance");
        for (e, args) in table.iter().zip(&cases) {
            let Native::F64(reference) = e.native;
            let mut bad = 0;
            for a in args {
                total += 1;
                let want = reference(a);
                let got = session.call(e.export, a);
                let ok = matches!(&got, Ok(v) if v.len() == 1 && common::same_bits(&v[0], &want));
                if !ok {
                    bad += 1;
                    if bad <= 3 {
                        failures.push(format!("Cranelift {level:?} {}({a:?}): native {want:?}, got {got:?}", e.export));
                    }
                }
            }
            if bad > 3 {
                failures.push(format!("Cranelift {level:?} {}: {bad} of {} inputs differ", e.export, args.len()));
            }
        }
    }
    eprintln!("libm_diff: {total} calls (wasm and Cranelift, -O0 and -O2), {} differ", failures.len());
    assert!(failures.is_empty(), "{} of {total} calls differ:\n{}", failures.len(), failures.join("\n"));
    assert!(cases.iter().all(|c| c.len() >= 1000));
}
