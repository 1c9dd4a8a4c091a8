//! `legalize-i128` against the reference interpreter: for every `i128` operator of the table, the
//! legalized module (only `i64`, helpers included) must give, on the interpreter, the same bits
//! and the same trap kind as the interpreter gives on the `i128` operator itself, which computes
//! on Rust's `i128`/`u128` (`wasmir_interp::eval`). Operands are boundary values (0, ±1, the
//! extremes, values around 2^32, 2^63, 2^64, 2^127) crossed with each other, plus pseudo-random
//! ones; the seed is `I128_SEED` and the count `I128_CASES` when set, so a failure reproduces.
//! The legalized module must also verify and contain no `i128` at all.

use wasmir_interp::{Config, TrapKind};
use wasmir_syntax::ir::{Constant, Format, Module, Opcode, Type};

/// xorshift64*: small, deterministic, enough to spread operands.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A value of type `ty`: a boundary value half of the time, else random bits (for i128,
    /// sometimes with a zero or all-ones high half, where carries and signs are decided).
    fn value(&mut self, ty: Type) -> Constant {
        let r = self.next();
        match ty {
            Type::I128 => {
                let b = BOUNDARY[(r % BOUNDARY.len() as u64) as usize];
                let v = match r >> 60 {
                    0..=7 => b,
                    8..=9 => self.next() as u128,
                    10 => (u64::MAX as u128) << 64 | self.next() as u128,
                    11 => b.wrapping_add(self.next() as u128 % 5).wrapping_sub(2),
                    12 => 1u128 << (self.next() % 128),
                    _ => (self.next() as u128) << 64 | self.next() as u128,
                };
                Constant { ty, bits: v }
            }
            Type::I64 => Constant::i64(match r >> 62 {
                0 => BOUNDARY[(r % BOUNDARY.len() as u64) as usize] as i64,
                _ => self.next() as i64,
            }),
            // Select conditions and the like.
            _ => Constant::i32((r % 3) as i32),
        }
    }
}

const BOUNDARY: &[u128] = &[
    0,
    1,
    2,
    3,
    7,
    63,
    64,
    65,
    127,
    128,
    0xffff_ffff,
    0x1_0000_0000,
    i64::MAX as u128,
    1 << 63,
    u64::MAX as u128,
    1 << 64,
    (1 << 64) + 1,
    i128::MAX as u128,
    1 << 127,
    (1 << 127) + 1,
    u128::MAX,
    u128::MAX - 1,
    u128::MAX - 63,
    0xdead_beef_0000_0001_8000_0000_0000_0000,
];

/// A module exporting `f`, which applies `op` to its parameters.
fn module_for(op: Opcode) -> Module {
    let params: Vec<&str> = op.params().iter().map(|t| t.name()).collect();
    let results: Vec<&str> = op.results().iter().map(|t| t.name()).collect();
    let names = ["%a", "%b", "%c"];
    let decls: Vec<String> = op.params().iter().zip(names).map(|(t, n)| format!("{n}: {t}")).collect();
    let src = format!(
        "wasmir 0.2\n\nexport \"f\" fn @f\n\nfn @f({}) -> {} {{\n^entry({}):\n    %r = {} {}\n    return %r\n}}\n",
        params.join(", "),
        results.join(", "),
        decls.join(", "),
        op.name(),
        names[..params.len()].join(", "),
    );
    wasmir_syntax::parse(&src).unwrap_or_else(|d| panic!("{src}\n{d:?}")).0
}

fn split(args: &[Constant]) -> Vec<Constant> {
    args.iter()
        .flat_map(|c| match c.ty {
            Type::I128 => vec![Constant::i64(c.bits as u64 as i64), Constant::i64((c.bits >> 64) as u64 as i64)],
            _ => vec![*c],
        })
        .collect()
}

fn merge(results: &[Constant], tys: &[Type]) -> Vec<Constant> {
    let mut it = results.iter();
    let mut out = Vec::new();
    for &t in tys {
        match t {
            Type::I128 => {
                let lo = it.next().map_or(0, |c| c.bits as u64 as u128);
                let hi = it.next().map_or(0, |c| c.bits as u64 as u128);
                out.push(Constant { ty: Type::I128, bits: hi << 64 | lo });
            }
            _ => out.extend(it.next().copied()),
        }
    }
    out
}

fn run(m: &Module, args: &[Constant]) -> Result<Vec<Constant>, TrapKind> {
    let mut host = |_: &str, _: &str, _: &[Constant]| Err(TrapKind::UnknownImport);
    let config = Config { fuel: Some(1_000_000), ..Config::default() };
    match wasmir_interp::call_export(m, "f", args, config, &mut host) {
        Some(r) => r.map_err(|t| t.kind),
        None => Err(TrapKind::Invalid),
    }
}

fn legalized(m: &Module) -> Module {
    let mut l = m.clone();
    assert!(wasmir_opt::legalize_i128::run(&mut l).0, "nothing legalized");
    let errors = wasmir_verify::verify(&l, &Default::default());
    assert!(errors.is_empty(), "{}\n{errors:?}", wasmir_syntax::print_module(&l));
    assert!(!wasmir_opt::legalize_i128::has_i128(&l), "{}", wasmir_syntax::print_module(&l));
    l
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn every_i128_operator_agrees_with_its_legalization() {
    let seed = env_u64("I128_SEED", 0x1128_5eed);
    let cases = env_u64("I128_CASES", 400);
    let ops: Vec<Opcode> = Opcode::ALL
        .iter()
        .copied()
        .filter(|op| op.format() == Format::Plain)
        .filter(|op| op.params().iter().chain(op.results()).any(|&t| t == Type::I128))
        .collect();
    assert!(ops.len() >= 39, "{} i128 operators", ops.len());
    let mut traps = 0;
    for op in ops {
        let m = module_for(op);
        let l = legalized(&m);
        let mut rng = Rng(seed ^ (op as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        // Every pair of boundary values first, then random operands.
        let boundary: Vec<Vec<Constant>> = match op.params() {
            [Type::I128, Type::I128] => BOUNDARY
                .iter()
                .flat_map(|&a| {
                    BOUNDARY.iter().map(move |&b| vec![Constant::i128(a as i128), Constant::i128(b as i128)])
                })
                .collect(),
            [Type::I128] => BOUNDARY.iter().map(|&a| vec![Constant::i128(a as i128)]).collect(),
            _ => Vec::new(),
        };
        let random = (0..cases).map(|_| op.params().iter().map(|&t| rng.value(t)).collect::<Vec<_>>());
        for args in boundary.into_iter().chain(random) {
            let want = run(&m, &args);
            let got = run(&l, &split(&args)).map(|r| merge(&r, op.results()));
            traps += want.is_err() as u32;
            assert_eq!(got, want, "{} {:?}", op.name(), args.iter().map(|c| c.bits as i128).collect::<Vec<_>>());
        }
    }
    // Division by zero, i128::MIN / -1 and checked overflow are among the boundary cases.
    assert!(traps > 100, "only {traps} traps exercised");
}

/// Loads and stores: the two halves are little-endian i64s at offset and offset + 8, so memory
/// written as i128 reads back as i64s and bytes, and an access whose high half is out of bounds
/// traps without writing anything.
#[test]
fn memory_accesses_keep_the_byte_layout_and_trap_whole() {
    let src = r#"wasmir 0.2

memory $heap 1
export "f" fn @f

fn @f(i128, i32) -> (i128, i64, i64, i32, i128) {
^entry(%v: i128, %at: i32):
    %p = ptr.from_int %at
    i128.store[$heap, offset=16] %p, %v
    %back = i128.load[$heap, offset=16] %p
    %lo = i64.load[$heap, offset=16] %p
    %hi = i64.load[$heap, offset=24] %p
    %top = i32.load8_u[$heap, offset=31] %p
    %unaligned = i128.load[$heap, offset=17] %p
    return %back, %lo, %hi, %top, %unaligned
}
"#;
    let m = wasmir_syntax::parse(src).unwrap_or_else(|d| panic!("{d:?}")).0;
    let l = legalized(&m);
    let tys = [Type::I128, Type::I64, Type::I64, Type::I32, Type::I128];
    let v = 0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10_u128 as i128;
    for at in [0, 8, 1000, 65_536 - 48, 65_536 - 32, 65_536 - 24, 65_536 - 17, -1] {
        let args = [Constant::i128(v), Constant::i32(at)];
        let want = run(&m, &args);
        let got = run(&l, &split(&args)).map(|r| merge(&r, &tys));
        assert_eq!(got, want, "at {at}");
        if at == 0 {
            let r = want.clone().unwrap_or_default();
            assert_eq!(r[1].bits as u64, 0x090a_0b0c_0d0e_0f10);
            assert_eq!(r[3].bits, 0x01);
        }
    }
    // A store whose high half is out of bounds leaves memory untouched.
    let src = r#"wasmir 0.2

memory $heap 1
export "f" fn @f

fn @f(i128) -> i64 {
^entry(%v: i128):
    %p = ptr.const 65528
    %q = ptr.const 65520
    %z = i64.const 7
    i64.store[$heap] %p, %z
    i128.store[$heap, offset=4] %q, %v
    %r = i64.load[$heap] %p
    return %r
}
"#;
    let m = wasmir_syntax::parse(src).unwrap_or_else(|d| panic!("{d:?}")).0;
    let l = legalized(&m);
    let mut inst = wasmir_interp::Instance::new(&l, Config::default()).expect("instance");
    let mut host = |_: &str, _: &str, _: &[Constant]| Err(TrapKind::UnknownImport);
    let trapped = inst.call_export("f", &split(&[Constant::i128(-1)]), &mut host).expect("export");
    assert_eq!(trapped.map_err(|t| t.kind), Err(TrapKind::MemoryOutOfBounds));
    let after = inst.memory().bytes().get(65528..65536).map(<[u8]>::to_vec);
    assert_eq!(after, Some(7u64.to_le_bytes().to_vec()), "the trapping store wrote its low half");
}

/// Block parameters, calls, `call_indirect` and `select` carry both halves, and helpers are added
/// once, under a fresh name when the module already uses theirs.
#[test]
fn control_flow_and_calls_carry_both_halves() {
    let src = r#"wasmir 0.2

memory $heap 1
table $fns: funcref
type $unary = fn(i128) -> i128
export "f" fn @f

fn @__wasmir_i128_udivmod(i32) -> i32 {
^entry(%x: i32):
    return %x
}

fn @square(i128) -> i128 {
^entry(%x: i128):
    %r = i128.mul %x, %x
    return %r
}

fn @f(i128, i32) -> (i128, i128) {
^entry(%n: i128, %k: i32):
    %one = i128.const 1
    %zero = i128.const 0
    br ^loop(%zero, %one)
^loop(%i: i128, %acc: i128):
    %i1 = i128.add %i, %one
    %acc1 = i128.mul %acc, %i1
    %done = i128.ge_u %i1, %n
    br_if %done, ^exit(%acc1), ^loop(%i1, %acc1)
^exit(%fact: i128):
    %idx = fn.index[$fns, @square]
    %sq = call_indirect[$fns, $unary] %idx(%fact)
    %q = i128.div_u %sq, %fact
    %odd = i32.and %k, %k
    %pick = i128.select %odd, %q, %sq
    %same = call @__wasmir_i128_udivmod(%k)
    return %fact, %pick
}
"#;
    let m = wasmir_syntax::parse(src).unwrap_or_else(|d| panic!("{d:?}")).0;
    let l = legalized(&m);
    let names: Vec<&str> = l.funcs.values().map(|f| f.name.as_str()).collect();
    assert!(names.contains(&"__wasmir_i128_udivmod.1"), "{names:?}");
    assert_eq!(names.iter().filter(|n| n.starts_with("__wasmir_i128_div_u")).count(), 1, "{names:?}");
    let tys = [Type::I128, Type::I128];
    for (n, k) in [(1, 0), (5, 1), (20, 1), (25, 0), (34, 1), (40, 0)] {
        let args = [Constant::i128(n), Constant::i32(k)];
        let want = run(&m, &args);
        let got = run(&l, &split(&args)).map(|r| merge(&r, &tys));
        assert_eq!(got, want, "n = {n}");
        let fact: u128 = (1..=n as u128).fold(1u128, |a, b| a.wrapping_mul(b));
        assert_eq!(want.map(|r| r[0].bits), Ok(fact), "{n}!");
    }
}

/// Shifts and rotates by a constant amount take another path (whole-word moves, no `select`),
/// as does a multiplication whose operands are widened `i64` (known-zero high halves): every
/// amount from 0 to 129 and both widenings, against the interpreter on the `i128` code.
#[test]
fn constant_shift_amounts_and_widened_products() {
    let mut rng = Rng(0xc075_7001u64.wrapping_add(env_u64("I128_SEED", 0)));
    for op in ["i128.shl", "i128.shr_u", "i128.shr_s", "i128.rotl", "i128.rotr"] {
        for k in 0..130 {
            let src = format!(
                "wasmir 0.2\n\nexport \"f\" fn @f\n\nfn @f(i128) -> i128 {{\n^entry(%a: i128):\n    \
                 %k = i128.const {k}\n    %r = {op} %a, %k\n    return %r\n}}\n"
            );
            let m = wasmir_syntax::parse(&src).unwrap_or_else(|d| panic!("{d:?}")).0;
            let l = legalized(&m);
            let text = wasmir_syntax::print_module(&l);
            assert!(!text.contains("select"), "{op} by {k} still selects:\n{text}");
            for _ in 0..8 {
                let args = [rng.value(Type::I128)];
                let want = run(&m, &args);
                let got = run(&l, &split(&args)).map(|r| merge(&r, &[Type::I128]));
                assert_eq!(got, want, "{op} {:#x} by {k}", args[0].bits);
            }
        }
    }
    let src = "wasmir 0.2\n\nexport \"f\" fn @f\n\nfn @f(i64, i64, i128) -> (i128, i128) {\n\
               ^entry(%a: i64, %b: i64, %c: i128):\n    %x = i128.extend_i64_u %a\n    %y = i128.extend_i64_u %b\n    \
               %p = i128.mul %x, %y\n    %q = i128.mul %x, %c\n    return %p, %q\n}\n";
    let m = wasmir_syntax::parse(src).unwrap_or_else(|d| panic!("{d:?}")).0;
    let l = legalized(&m);
    let muls = wasmir_syntax::print_module(&l).matches("i64.mul").count();
    // mulhu is four partial products, plus the low product: 5 for `p`, 6 for `q` (one cross).
    assert_eq!(muls, 11, "{}", wasmir_syntax::print_module(&l));
    for _ in 0..500 {
        let args = [rng.value(Type::I64), rng.value(Type::I64), rng.value(Type::I128)];
        let want = run(&m, &args);
        let got = run(&l, &split(&args)).map(|r| merge(&r, &[Type::I128, Type::I128]));
        assert_eq!(got, want, "{args:?}");
    }
}
