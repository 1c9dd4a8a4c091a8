//! Every trap kind of spec §1.3 on the native backend equals the interpreter's: the same kind,
//! function and instruction, from a small module per trap (and the non-trapping neighbour of
//! each boundary gives the same results on both).

use wasmir_interp::{Config, TrapKind};
use wasmir_syntax::ir::{Constant, Module};

fn module(src: &str) -> Module {
    let (m, spans) = wasmir_syntax::parse(src).unwrap_or_else(|d| panic!("parse: {d:?}\n{src}"));
    let errs = wasmir_verify::verify(&m, &spans);
    assert!(errs.is_empty(), "verify: {errs:?}\n{src}");
    m
}

/// Runs `name(args)` on both backends; asserts they agree and returns the outcome.
fn both(m: &Module, name: &str, args: &[Constant]) -> Result<Vec<Constant>, TrapKind> {
    let mut host = |_: &str, _: &str, _: &[Constant]| Err(TrapKind::UnknownImport);
    let interp = wasmir_interp::call_export(m, name, args, Config::default(), &mut host).expect("export");
    let native = wasmir_native::compile(m).expect("compile");
    let got = native.call_export(name, args).expect("export");
    if wasmir_opt::legalize_i128::has_i128(m) {
        // An i128 trap is raised inside legalize-i128's code (a helper function for division):
        // the same kind, but another function and instruction than the interpreter's.
        let kind = |r: &Result<Vec<Constant>, wasmir_interp::Trap>| r.clone().map_err(|t| t.kind);
        assert_eq!(kind(&got), kind(&interp), "{name}({args:?}): native vs interpreter");
    } else {
        assert_eq!(got, interp, "{name}({args:?}): native vs interpreter");
    }
    got.map_err(|t| t.kind)
}

fn i32s(xs: &[i32]) -> Vec<Constant> {
    xs.iter().map(|&x| Constant::i32(x)).collect()
}

fn trap_of(m: &Module, name: &str, args: &[Constant]) -> TrapKind {
    both(m, name, args).expect_err("a trap")
}

const ARITH: &str = "wasmir 0.2

export \"trap\" fn @trap
export \"trapz\" fn @trapz
export \"trapnz\" fn @trapnz
export \"div_u\" fn @div_u
export \"div_s\" fn @div_s
export \"rem_s\" fn @rem_s
export \"rem64\" fn @rem64
export \"div64\" fn @div64
export \"trunc\" fn @trunc
export \"trunc_u64\" fn @trunc_u64
export \"add_ovf\" fn @add_ovf
export \"mul_ovf_u\" fn @mul_ovf_u
export \"sub_ovf_u64\" fn @sub_ovf_u64
export \"mul_ovf_s64\" fn @mul_ovf_s64
export \"add_ovf_u128\" fn @add_ovf_u128
export \"div128\" fn @div128

fn @trap() -> i32 {
^e:
    trap
}

fn @trapz(i32) -> i32 {
^e(%c: i32):
    trapz %c
    return %c
}

fn @trapnz(i32) -> i32 {
^e(%c: i32):
    trapnz %c
    return %c
}

fn @div_u(i32, i32) -> i32 {
^e(%a: i32, %b: i32):
    %r = i32.div_u %a, %b
    return %r
}

fn @div_s(i32, i32) -> i32 {
^e(%a: i32, %b: i32):
    %r = i32.div_s %a, %b
    return %r
}

fn @rem_s(i32, i32) -> i32 {
^e(%a: i32, %b: i32):
    %r = i32.rem_s %a, %b
    return %r
}

fn @rem64(i64, i64) -> i64 {
^e(%a: i64, %b: i64):
    %r = i64.rem_s %a, %b
    return %r
}

fn @div64(i64, i64) -> i64 {
^e(%a: i64, %b: i64):
    %r = i64.div_s %a, %b
    return %r
}

fn @trunc(f64) -> i32 {
^e(%x: f64):
    %r = i32.trunc_f64_s %x
    return %r
}

fn @trunc_u64(f32) -> i64 {
^e(%x: f32):
    %r = i64.trunc_f32_u %x
    return %r
}

fn @add_ovf(i32, i32) -> i32 {
^e(%a: i32, %b: i32):
    %r = i32.add_ovf_s %a, %b
    return %r
}

fn @mul_ovf_u(i32, i32) -> i32 {
^e(%a: i32, %b: i32):
    %r = i32.mul_ovf_u %a, %b
    return %r
}

fn @sub_ovf_u64(i64, i64) -> i64 {
^e(%a: i64, %b: i64):
    %r = i64.sub_ovf_u %a, %b
    return %r
}

fn @mul_ovf_s64(i64, i64) -> i64 {
^e(%a: i64, %b: i64):
    %r = i64.mul_ovf_s %a, %b
    return %r
}

fn @add_ovf_u128(i128, i128) -> i128 {
^e(%a: i128, %b: i128):
    %r = i128.add_ovf_u %a, %b
    return %r
}

fn @div128(i128, i128) -> i128 {
^e(%a: i128, %b: i128):
    %r = i128.div_s %a, %b
    return %r
}
";

#[test]
fn unreachable_traps() {
    let m = module(ARITH);
    assert_eq!(trap_of(&m, "trap", &[]), TrapKind::Unreachable);
    assert_eq!(trap_of(&m, "trapz", &i32s(&[0])), TrapKind::Unreachable);
    assert_eq!(both(&m, "trapz", &i32s(&[3])), Ok(i32s(&[3])));
    assert_eq!(trap_of(&m, "trapnz", &i32s(&[-1])), TrapKind::Unreachable);
    assert_eq!(both(&m, "trapnz", &i32s(&[0])), Ok(i32s(&[0])));
}

#[test]
fn division_traps() {
    let m = module(ARITH);
    assert_eq!(trap_of(&m, "div_u", &i32s(&[1, 0])), TrapKind::IntegerDivideByZero);
    assert_eq!(trap_of(&m, "div_s", &i32s(&[i32::MIN, -1])), TrapKind::IntegerOverflow);
    assert_eq!(trap_of(&m, "div_s", &i32s(&[i32::MIN, 0])), TrapKind::IntegerDivideByZero);
    assert_eq!(both(&m, "div_s", &i32s(&[-7, 2])), Ok(i32s(&[-3])));
    assert_eq!(both(&m, "rem_s", &i32s(&[i32::MIN, -1])), Ok(i32s(&[0])));
    assert_eq!(trap_of(&m, "rem_s", &i32s(&[5, 0])), TrapKind::IntegerDivideByZero);
    let l = Constant::i64;
    assert_eq!(trap_of(&m, "rem64", &[l(5), l(0)]), TrapKind::IntegerDivideByZero);
    assert_eq!(both(&m, "rem64", &[l(i64::MIN), l(-1)]), Ok(vec![l(0)]));
    assert_eq!(trap_of(&m, "div64", &[l(i64::MIN), l(-1)]), TrapKind::IntegerOverflow);
    let w = Constant::i128;
    // i128 goes through legalize-i128, whose helpers trap as the operator does.
    assert_eq!(trap_of(&m, "div128", &[w(1), w(0)]), TrapKind::IntegerDivideByZero);
    assert_eq!(trap_of(&m, "div128", &[w(i128::MIN), w(-1)]), TrapKind::IntegerOverflow);
    assert_eq!(both(&m, "div128", &[w(-(1 << 100)), w(3)]), Ok(vec![w(-(1 << 100) / 3)]));
}

#[test]
fn conversion_traps() {
    let m = module(ARITH);
    let d = Constant::f64;
    assert_eq!(trap_of(&m, "trunc", &[d(2147483648.0)]), TrapKind::IntegerOverflow);
    assert_eq!(trap_of(&m, "trunc", &[d(-2147483649.0)]), TrapKind::IntegerOverflow);
    assert_eq!(both(&m, "trunc", &[d(-2147483648.9)]), Ok(i32s(&[i32::MIN])));
    assert_eq!(both(&m, "trunc", &[d(2147483647.9)]), Ok(i32s(&[i32::MAX])));
    assert_eq!(trap_of(&m, "trunc", &[d(f64::NAN)]), TrapKind::InvalidConversionToInteger);
    assert_eq!(trap_of(&m, "trunc", &[d(f64::INFINITY)]), TrapKind::IntegerOverflow);
    let f = Constant::f32;
    assert_eq!(trap_of(&m, "trunc_u64", &[f(-1.0)]), TrapKind::IntegerOverflow);
    assert_eq!(both(&m, "trunc_u64", &[f(-0.9)]), Ok(vec![Constant::i64(0)]));
    assert_eq!(trap_of(&m, "trunc_u64", &[f(18446744073709551616.0)]), TrapKind::IntegerOverflow);
    assert_eq!(trap_of(&m, "trunc_u64", &[f(f32::NAN)]), TrapKind::InvalidConversionToInteger);
}

#[test]
fn checked_overflow_traps() {
    let m = module(ARITH);
    assert_eq!(trap_of(&m, "add_ovf", &i32s(&[i32::MAX, 1])), TrapKind::CheckedOverflow);
    assert_eq!(trap_of(&m, "add_ovf", &i32s(&[i32::MIN, -1])), TrapKind::CheckedOverflow);
    assert_eq!(both(&m, "add_ovf", &i32s(&[i32::MAX, -1])), Ok(i32s(&[i32::MAX - 1])));
    assert_eq!(trap_of(&m, "mul_ovf_u", &i32s(&[65536, 65536])), TrapKind::CheckedOverflow);
    assert_eq!(both(&m, "mul_ovf_u", &i32s(&[65535, 65537])), Ok(i32s(&[-1])));
    let l = Constant::i64;
    assert_eq!(trap_of(&m, "sub_ovf_u64", &[l(0), l(1)]), TrapKind::CheckedOverflow);
    assert_eq!(trap_of(&m, "mul_ovf_s64", &[l(i64::MIN), l(-1)]), TrapKind::CheckedOverflow);
    assert_eq!(trap_of(&m, "mul_ovf_s64", &[l(1 << 32), l(1 << 31)]), TrapKind::CheckedOverflow);
    assert_eq!(both(&m, "mul_ovf_s64", &[l(-(1 << 32)), l(1 << 31)]), Ok(vec![l(i64::MIN)]));
    let w = Constant::i128;
    assert_eq!(trap_of(&m, "add_ovf_u128", &[w(-1), w(1)]), TrapKind::CheckedOverflow);
    assert_eq!(both(&m, "add_ovf_u128", &[w(-2), w(1)]), Ok(vec![w(-1)]));
}

const STACK: &str = "wasmir 0.2

memory $heap 1
export \"forever\" fn @forever
export \"count\" fn @count
export \"big\" fn @big

fn @forever(i32) -> i32 {
^e(%n: i32):
    %one = i32.const 1
    %m = i32.add %n, %one
    %r = call @forever(%m)
    return %r
}

; Recursion 9,999 deep fits the depth limit of 10,000 frames.
fn @count(i32) -> i32 {
^e(%n: i32):
    br_if %n, ^more, ^done
^more:
    %one = i32.const 1
    %m = i32.sub %n, %one
    %r = call @count(%m)
    %s = i32.add %r, %one
    return %s
^done:
    return %n
}

; A frame larger than the whole shadow stack.
fn @big() -> i32 {
    slot #huge: 2000000 align 16
^e:
    %p = slot.addr[#huge]
    %r = ptr.to_int %p
    return %r
}
";

#[test]
fn stack_overflow_traps() {
    let m = module(STACK);
    assert_eq!(trap_of(&m, "forever", &i32s(&[0])), TrapKind::StackOverflow);
    assert_eq!(both(&m, "count", &i32s(&[9_999])), Ok(i32s(&[9_999])));
    assert_eq!(trap_of(&m, "count", &i32s(&[10_000])), TrapKind::StackOverflow);
    assert_eq!(trap_of(&m, "big", &[]), TrapKind::StackOverflow);
}

const MEMORY: &str = "wasmir 0.2

memory $heap 1 max 2
export \"load\" fn @load
export \"store\" fn @store
export \"copy\" fn @copy
export \"fill\" fn @fill
export \"grow_then_load\" fn @grow_then_load

fn @load(i32) -> i32 {
^e(%a: i32):
    %p = ptr.from_int %a
    %r = i32.load[$heap, offset=4] %p
    return %r
}

fn @store(i32) -> i32 {
^e(%a: i32):
    %p = ptr.from_int %a
    %v = i32.const 7
    %v64 = i64.extend_i32_u %v
    i64.store16[$heap] %p, %v64
    return %v
}

fn @copy(i32, i32, i32) {
^e(%d: i32, %s: i32, %n: i32):
    %dp = ptr.from_int %d
    %sp = ptr.from_int %s
    memory.copy[$heap] %dp, %sp, %n
    return
}

fn @fill(i32, i32) {
^e(%d: i32, %n: i32):
    %dp = ptr.from_int %d
    %b = i32.const 255
    memory.fill[$heap] %dp, %b, %n
    return
}

fn @grow_then_load(i32, i32) -> (i32, i32) {
^e(%pages: i32, %a: i32):
    %old = memory.grow[$heap] %pages
    %p = ptr.from_int %a
    %r = i32.load8_u[$heap] %p
    return %old, %r
}
";

#[test]
fn memory_out_of_bounds_traps() {
    let m = module(MEMORY);
    // The last 4 bytes of the page are [65532, 65536): offset 4 is added without wrapping.
    assert_eq!(both(&m, "load", &i32s(&[65528])), Ok(i32s(&[0])));
    assert_eq!(trap_of(&m, "load", &i32s(&[65529])), TrapKind::MemoryOutOfBounds);
    assert_eq!(trap_of(&m, "load", &i32s(&[-1])), TrapKind::MemoryOutOfBounds);
    assert_eq!(both(&m, "store", &i32s(&[65534])), Ok(i32s(&[7])));
    assert_eq!(trap_of(&m, "store", &i32s(&[65535])), TrapKind::MemoryOutOfBounds);
    assert_eq!(both(&m, "copy", &i32s(&[0, 65535, 1])), Ok(vec![]));
    assert_eq!(trap_of(&m, "copy", &i32s(&[0, 65535, 2])), TrapKind::MemoryOutOfBounds);
    assert_eq!(trap_of(&m, "copy", &i32s(&[65535, 0, 2])), TrapKind::MemoryOutOfBounds);
    assert_eq!(both(&m, "fill", &i32s(&[65536, 0])), Ok(vec![]));
    assert_eq!(trap_of(&m, "fill", &i32s(&[65536, 1])), TrapKind::MemoryOutOfBounds);
    // Growing makes the next page addressable; past the maximum it fails with -1.
    assert_eq!(both(&m, "grow_then_load", &i32s(&[1, 65536])), Ok(i32s(&[1, 0])));
    assert_eq!(trap_of(&m, "grow_then_load", &i32s(&[2, 65536])), TrapKind::MemoryOutOfBounds);
}

const TABLES: &str = "wasmir 0.2

type $bin = fn(i32, i32) -> i32
table $fns: funcref
table $ext: externref
export \"call\" fn @call
export \"get\" fn @get
export \"set\" fn @set

fn @add(i32, i32) -> i32 {
^e(%a: i32, %b: i32):
    %r = i32.add %a, %b
    return %r
}

fn @neg(i32) -> i32 {
^e(%a: i32):
    %z = i32.const 0
    %r = i32.sub %z, %a
    return %r
}

fn @call(i32) -> i32 {
^e(%i: i32):
    %a = fn.index[$fns, @add]
    %n = fn.index[$fns, @neg]
    %one = i32.const 1
    %r = call_indirect[$fns, $bin] %i(%one, %one)
    return %r
}

fn @get(i32) -> i32 {
^e(%i: i32):
    %r = table.get[$fns] %i
    %z = funcref.is_null %r
    return %z
}

fn @set(i32) -> i32 {
^e(%i: i32):
    %null = externref.null
    %two = i32.const 2
    %old = table.grow[$ext] %null, %two
    table.set[$ext] %i, %null
    return %old
}
";

#[test]
fn table_and_indirect_call_traps() {
    let m = module(TABLES);
    assert_eq!(both(&m, "call", &i32s(&[1])), Ok(i32s(&[2])));
    assert_eq!(trap_of(&m, "call", &i32s(&[0])), TrapKind::UndefinedElement);
    assert_eq!(trap_of(&m, "call", &i32s(&[2])), TrapKind::IndirectCallTypeMismatch);
    assert_eq!(trap_of(&m, "call", &i32s(&[3])), TrapKind::UndefinedElement);
    assert_eq!(trap_of(&m, "call", &i32s(&[-1])), TrapKind::UndefinedElement);
    assert_eq!(both(&m, "get", &i32s(&[0])), Ok(i32s(&[1])));
    assert_eq!(both(&m, "get", &i32s(&[2])), Ok(i32s(&[0])));
    assert_eq!(trap_of(&m, "get", &i32s(&[3])), TrapKind::TableOutOfBounds);
    assert_eq!(both(&m, "set", &i32s(&[1])), Ok(i32s(&[0])));
    assert_eq!(trap_of(&m, "set", &i32s(&[2])), TrapKind::TableOutOfBounds);
}

/// A module importing what the host does not provide is rejected at compile time; the one
/// import it provides, `wasmrust.panic_write`, collects the panic message.
#[test]
fn imports() {
    let m = module("wasmir 0.2\n\nimport \"env\" \"f\" fn @f() -> i32\nexport \"g\" fn @g\n\nfn @g() -> i32 {\n^e:\n    %r = call @f()\n    return %r\n}\n");
    let e = wasmir_native::compile(&m).expect_err("unknown import");
    assert_eq!(e, wasmir_native::Error::UnknownImport { module: "env".into(), field: "f".into() });
    let m = module(
        "wasmir 0.2\n\nmemory $heap 1\nimport \"wasmrust\" \"panic_write\" fn @pw(i32, i32)\ndata $msg = \"boom\"\nexport \"p\" fn @p\n\n\
         fn @p() {\n^e:\n    %d = data.addr[$msg]\n    %a = ptr.to_int %d\n    %n = i32.const 4\n    call @pw(%a, %n)\n    trap\n}\n",
    );
    let native = wasmir_native::compile(&m).expect("compile");
    let mut inst = native.instantiate().expect("instance");
    let t = inst.call_export("p", &[]).expect("export").expect_err("trap");
    assert_eq!(t.kind, TrapKind::Unreachable);
    assert_eq!(inst.take_panic_message(), b"boom");
}
