//! End-to-end tests: IR built by hand -> `emit` -> validated by wasmparser -> run on wasmtime.
//! Build with `cargo test --release -p wasmir-emit` (wasmtime is slow to build in debug).

mod common;

use common::{wat, Fb, Inst, Mb, V};
use wasmir_syntax::ir::Type::{F32, F64, I32, I64};

fn fib_module() -> Mb {
    let mut m = Mb::new();
    m.func("fib", &[I64], &[I64], |f, p| {
        let a = f.lconst(0);
        let b = f.lconst(1);
        f.br("loop", &[p[0], a, b]);
        let (_, l) = f.block("loop", &[("k", I64), ("x", I64), ("y", I64)]);
        let done = f.op("i64.eqz", &[l[0]]);
        f.br_if(done, ("exit", &[l[1]]), ("body", &[]));
        f.block("body", &[]);
        let one = f.lconst(1);
        let k1 = f.op("i64.sub", &[l[0], one]);
        let z = f.op("i64.add", &[l[1], l[2]]);
        f.br("loop", &[k1, l[2], z]);
        let (_, r) = f.block("exit", &[("r", I64)]);
        f.ret(&r);
    });
    m
}

#[test]
fn fib_loop_with_block_arguments() {
    let mut i = fib_module().instance();
    let want = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55];
    for (n, &w) in want.iter().enumerate() {
        assert_eq!(i.i64("fib", &[n as i64]), Some(w));
    }
    assert_eq!(i.i64("fib", &[90]), Some(2880067194370816120));
}

#[test]
fn swap_of_block_arguments_is_a_parallel_copy() {
    // ^loop(%k, %x, %y) -> ^loop(%k - 1, %y, %x): after n rounds (x, y) is swapped n times.
    let mut m = Mb::new();
    m.func("swap", &[I32, I32, I32], &[I32], |f, p| {
        f.br("loop", &[p[0], p[1], p[2]]);
        let (_, l) = f.block("loop", &[("k", I32), ("x", I32), ("y", I32)]);
        f.br_if(l[0], ("body", &[]), ("exit", &[]));
        f.block("body", &[]);
        let one = f.iconst(1);
        let k1 = f.op("i32.sub", &[l[0], one]);
        f.br("loop", &[k1, l[2], l[1]]);
        f.block("exit", &[]);
        let ten = f.iconst(10);
        let x10 = f.op("i32.mul", &[l[1], ten]);
        let r = f.op("i32.add", &[x10, l[2]]);
        f.ret(&[r]);
    });
    let mut i = m.instance();
    assert_eq!(i.i32("swap", &[0, 1, 2]), Some(12));
    assert_eq!(i.i32("swap", &[1, 1, 2]), Some(21));
    assert_eq!(i.i32("swap", &[2, 1, 2]), Some(12));
    assert_eq!(i.i32("swap", &[7, 1, 2]), Some(21));
}

#[test]
fn rotation_of_three_block_arguments() {
    // (x, y, z) -> (y, z, x), k times.
    let mut m = Mb::new();
    m.func("rot", &[I32], &[I32], |f, p| {
        let (a, b, c) = (f.iconst(1), f.iconst(2), f.iconst(3));
        f.br("loop", &[p[0], a, b, c]);
        let (_, l) = f.block("loop", &[("k", I32), ("x", I32), ("y", I32), ("z", I32)]);
        let z = f.op("i32.eqz", &[l[0]]);
        f.br_if(z, ("exit", &[]), ("body", &[]));
        f.block("body", &[]);
        let one = f.iconst(1);
        let k1 = f.op("i32.sub", &[l[0], one]);
        f.br("loop", &[k1, l[2], l[3], l[1]]);
        f.block("exit", &[]);
        let h = f.iconst(100);
        let t = f.iconst(10);
        let x = f.op("i32.mul", &[l[1], h]);
        let y = f.op("i32.mul", &[l[2], t]);
        let s = f.op("i32.add", &[x, y]);
        let s = f.op("i32.add", &[s, l[3]]);
        f.ret(&[s]);
    });
    let mut i = m.instance();
    assert_eq!(i.i32("rot", &[0]), Some(123));
    assert_eq!(i.i32("rot", &[1]), Some(231));
    assert_eq!(i.i32("rot", &[2]), Some(312));
    assert_eq!(i.i32("rot", &[3]), Some(123));
}

#[test]
fn diamond_with_merge_argument() {
    let mut m = Mb::new();
    m.func("max", &[I32, I32], &[I32], |f, p| {
        let c = f.op("i32.gt_s", &[p[0], p[1]]);
        f.br_if(c, ("then", &[]), ("else", &[]));
        f.block("then", &[]);
        f.br("join", &[p[0]]);
        f.block("else", &[]);
        f.br("join", &[p[1]]);
        let (_, r) = f.block("join", &[("r", I32)]);
        let one = f.iconst(1);
        let r1 = f.op("i32.add", &[r[0], one]);
        f.ret(&[r1]);
    });
    let mut i = m.instance();
    assert_eq!(i.i32("max", &[3, 9]), Some(10));
    assert_eq!(i.i32("max", &[9, 3]), Some(10));
    assert_eq!(i.i32("max", &[-5, -7]), Some(-4));
}

#[test]
fn br_if_with_both_sides_to_the_same_block() {
    let mut m = Mb::new();
    m.func("same", &[I32], &[I32], |f, p| {
        let one = f.iconst(1);
        let two = f.iconst(2);
        f.br_if(p[0], ("j", &[one]), ("j", &[two]));
        let (_, r) = f.block("j", &[("r", I32)]);
        f.ret(&r);
    });
    let mut i = m.instance();
    assert_eq!(i.i32("same", &[5]), Some(1));
    assert_eq!(i.i32("same", &[0]), Some(2));
}

#[test]
fn nested_loops() {
    // sum over i < n, j < i of (i * j)
    let mut m = Mb::new();
    m.func("nest", &[I32], &[I32], |f, p| {
        let z = f.iconst(0);
        f.br("outer", &[z, z]);
        let (_, o) = f.block("outer", &[("i", I32), ("acc", I32)]);
        let c = f.op("i32.lt_s", &[o[0], p[0]]);
        f.br_if(c, ("inner_start", &[]), ("done", &[]));
        f.block("inner_start", &[]);
        let z2 = f.iconst(0);
        f.br("inner", &[z2, o[1]]);
        let (_, inn) = f.block("inner", &[("j", I32), ("acc2", I32)]);
        let c2 = f.op("i32.lt_s", &[inn[0], o[0]]);
        f.br_if(c2, ("inner_body", &[]), ("outer_next", &[inn[1]]));
        f.block("inner_body", &[]);
        let prod = f.op("i32.mul", &[o[0], inn[0]]);
        let acc = f.op("i32.add", &[inn[1], prod]);
        let one = f.iconst(1);
        let j1 = f.op("i32.add", &[inn[0], one]);
        f.br("inner", &[j1, acc]);
        let (_, on) = f.block("outer_next", &[("acc3", I32)]);
        let one = f.iconst(1);
        let i1 = f.op("i32.add", &[o[0], one]);
        f.br("outer", &[i1, on[0]]);
        f.block("done", &[]);
        f.ret(&[o[1]]);
    });
    let mut i = m.instance();
    let reference = |n: i32| (0..n).map(|i| (0..i).map(|j| i * j).sum::<i32>()).sum::<i32>();
    for n in [0, 1, 2, 5, 10, 30] {
        assert_eq!(i.i32("nest", &[n]), Some(reference(n)), "n = {n}");
    }
}

#[test]
fn early_returns_inside_loops() {
    // smallest i >= 0 with i * i > n, or -1 if i reaches 1000; returns from inside the loop.
    let mut m = Mb::new();
    m.func("isqrt", &[I32], &[I32], |f, p| {
        let z = f.iconst(0);
        f.br("loop", &[z]);
        let (_, l) = f.block("loop", &[("i", I32)]);
        let sq = f.op("i32.mul", &[l[0], l[0]]);
        let big = f.op("i32.gt_s", &[sq, p[0]]);
        f.br_if(big, ("found", &[]), ("next", &[]));
        f.block("found", &[]);
        f.ret(&[l[0]]);
        f.block("next", &[]);
        let one = f.iconst(1);
        let i1 = f.op("i32.add", &[l[0], one]);
        let lim = f.iconst(1000);
        let stop = f.op("i32.ge_s", &[i1, lim]);
        f.br_if(stop, ("give_up", &[]), ("loop", &[i1]));
        f.block("give_up", &[]);
        let m1 = f.iconst(-1);
        f.ret(&[m1]);
    });
    let mut i = m.instance();
    assert_eq!(i.i32("isqrt", &[0]), Some(1));
    assert_eq!(i.i32("isqrt", &[15]), Some(4));
    assert_eq!(i.i32("isqrt", &[16]), Some(5));
    assert_eq!(i.i32("isqrt", &[2_000_000]), Some(-1));
}

/// A switch on `p[0]` (of type `ty`) with `cases` (value, result), each case its own block, and
/// default result -1; `shared` makes cases 0 and 1 go to one block with different arguments.
fn switch_module(ty: wasmir_syntax::ir::Type, cases: &[(u64, i32)]) -> Mb {
    let mut m = Mb::new();
    m.func("sw", &[ty], &[I32], |f, p| {
        let names: Vec<String> = (0..cases.len()).map(|i| format!("case{i}")).collect();
        let list: Vec<(u64, &str, &[wasmir_syntax::ir::Value])> =
            cases.iter().zip(&names).map(|(&(k, _), n)| (k, n.as_str(), &[][..])).collect();
        f.switch(p[0], ("default", &[]), &list);
        for (i, &(_, r)) in cases.iter().enumerate() {
            f.block(&names[i], &[]);
            let v = f.iconst(r);
            f.br("out", &[v]);
        }
        f.block("default", &[]);
        let v = f.iconst(-1);
        f.br("out", &[v]);
        let (_, o) = f.block("out", &[("r", I32)]);
        f.ret(&o);
    });
    m
}

#[test]
fn dense_switch_i32_uses_br_table() {
    let cases = [(3u64, 30), (4, 40), (6, 60), (5, 50)];
    let m = switch_module(I32, &cases);
    assert!(wat(&m.emit()).contains("br_table"));
    let mut i = m.instance();
    for x in [-1, 0, 2, 3, 4, 5, 6, 7, i32::MIN, i32::MAX] {
        let want = cases.iter().find(|c| c.0 as i32 == x).map_or(-1, |c| c.1);
        assert_eq!(i.i32("sw", &[x]), Some(want), "x = {x}");
    }
}

#[test]
fn dense_switch_i32_with_negative_cases() {
    // Case values are bit patterns: -2 is 0xffff_fffe, so the range wraps; the table is sparse
    // in unsigned terms and the compare chain is used.
    let cases = [(0xffff_fffeu64, 1), (0xffff_ffff, 2), (0, 3), (1, 4)];
    let m = switch_module(I32, &cases);
    let mut i = m.instance();
    for x in [-3, -2, -1, 0, 1, 2] {
        let want = cases.iter().find(|c| c.0 as u32 as i32 == x).map_or(-1, |c| c.1);
        assert_eq!(i.i32("sw", &[x]), Some(want), "x = {x}");
    }
}

#[test]
fn sparse_switch_i32_uses_compares() {
    let cases = [(1u64, 10), (1000, 20), (0x7fff_ffff, 30)];
    let m = switch_module(I32, &cases);
    assert!(!wat(&m.emit()).contains("br_table"));
    let mut i = m.instance();
    for x in [0, 1, 2, 999, 1000, 1001, i32::MAX, -1] {
        let want = cases.iter().find(|c| c.0 as i32 == x).map_or(-1, |c| c.1);
        assert_eq!(i.i32("sw", &[x]), Some(want), "x = {x}");
    }
}

#[test]
fn dense_switch_i64_checks_range_before_wrapping() {
    let base = 0x1_0000_0000u64;
    let cases = [(base, 1), (base + 1, 2), (base + 3, 3)];
    let m = switch_module(I64, &cases);
    assert!(wat(&m.emit()).contains("br_table"));
    let mut i = m.instance();
    for x in [
        0i64,
        1,
        3,
        base as i64,
        base as i64 + 1,
        base as i64 + 2,
        base as i64 + 3,
        base as i64 + 4,
        -1,
        2 * base as i64,
    ] {
        let want = cases.iter().find(|c| c.0 as i64 == x).map_or(-1, |c| c.1);
        assert_eq!(i.call("sw", &[V::I64(x)]), Some(vec![V::I32(want)]), "x = {x}");
    }
}

#[test]
fn sparse_switch_i64() {
    let cases = [(5u64, 1), (u64::MAX, 2), (1 << 40, 3)];
    let m = switch_module(I64, &cases);
    let mut i = m.instance();
    for x in [5i64, -1, 1 << 40, 0, 6, (1 << 40) + 5] {
        let want = cases.iter().find(|c| c.0 as i64 == x).map_or(-1, |c| c.1);
        assert_eq!(i.call("sw", &[V::I64(x)]), Some(vec![V::I32(want)]), "x = {x}");
    }
}

#[test]
fn switch_edges_with_arguments_and_shared_targets() {
    // Cases 0 and 2 go to ^j with different arguments, case 1 and default to ^j(x) and ^k.
    let mut m = Mb::new();
    m.func("sw", &[I32], &[I32], |f, p| {
        let a = f.iconst(100);
        let b = f.iconst(200);
        f.switch(p[0], ("k", &[]), &[(0, "j", &[a]), (1, "j", &[p[0]]), (2, "j", &[b]), (3, "k", &[])]);
        let (_, j) = f.block("j", &[("v", I32)]);
        f.ret(&j);
        f.block("k", &[]);
        let m1 = f.iconst(-1);
        f.ret(&[m1]);
    });
    let mut i = m.instance();
    assert_eq!(i.i32("sw", &[0]), Some(100));
    assert_eq!(i.i32("sw", &[1]), Some(1));
    assert_eq!(i.i32("sw", &[2]), Some(200));
    assert_eq!(i.i32("sw", &[3]), Some(-1));
    assert_eq!(i.i32("sw", &[4]), Some(-1));
}

#[test]
fn switch_without_cases() {
    let mut m = Mb::new();
    m.func("sw", &[I32], &[I32], |f, p| {
        f.switch(p[0], ("d", &[p[0]]), &[]);
        let (_, d) = f.block("d", &[("x", I32)]);
        f.ret(&d);
    });
    assert_eq!(m.instance().i32("sw", &[7]), Some(7));
}

#[test]
fn multi_value_calls_and_recursion() {
    let mut m = Mb::new();
    let divmod = m.func("divmod", &[I32, I32], &[I32, I32], |f, p| {
        let q = f.op("i32.div_u", &[p[0], p[1]]);
        let r = f.op("i32.rem_u", &[p[0], p[1]]);
        f.ret(&[q, r]);
    });
    m.func("digits", &[I32], &[I32], |f, p| {
        let ten = f.iconst(10);
        let qr = f.call(divmod, &[p[0], ten], &[I32, I32]);
        let x = f.op("i32.mul", &[qr[1], ten]);
        let y = f.op("i32.add", &[x, qr[0]]);
        f.ret(&[y]);
    });
    m.func("only_rem", &[I32], &[I32], |f, p| {
        let ten = f.iconst(10);
        let qr = f.call(divmod, &[p[0], ten], &[I32, I32]);
        f.ret(&[qr[1]]);
    });
    let fact = m.declare("fact", &[I64], &[I64]);
    let mut fb = Fb::new();
    let (_, n) = fb.block("entry", &[("n", I64)]);
    let z = fb.op("i64.eqz", &[n[0]]);
    fb.br_if(z, ("base", &[]), ("rec", &[]));
    fb.block("base", &[]);
    let one = fb.lconst(1);
    fb.ret(&[one]);
    fb.block("rec", &[]);
    let one = fb.lconst(1);
    let n1 = fb.op("i64.sub", &[n[0], one]);
    let r = fb.call(fact, &[n1], &[I64]);
    let p = fb.op("i64.mul", &[n[0], r[0]]);
    fb.ret(&[p]);
    m.define(fact, fb);

    let mut i = m.instance();
    assert_eq!(i.call("divmod", &[V::I32(47), V::I32(5)]), Some(vec![V::I32(9), V::I32(2)]));
    assert_eq!(i.i32("digits", &[47]), Some(74));
    assert_eq!(i.i32("only_rem", &[47]), Some(7));
    assert_eq!(i.i64("fact", &[20]), Some(2432902008176640000));
    assert_eq!(i.call("divmod", &[V::I32(1), V::I32(0)]), None);
}

#[test]
fn imports_come_first_in_the_index_space() {
    // The import is declared after a defined function; it still gets index 0.
    let mut m = Mb::new();
    let user = m.declare("twice_host", &[I32], &[I32]);
    let host = m.import("host", "env", "add7", &[I32], &[I32]);
    let mut fb = Fb::new();
    let (_, p) = fb.block("entry", &[("x", I32)]);
    let a = fb.call(host, &[p[0]], &[I32]);
    let b = fb.call(host, &[a[0]], &[I32]);
    fb.ret(&b);
    m.define(user, fb);
    let bytes = m.emit();
    let text = wat(&bytes);
    assert!(text.contains("(import \"env\" \"add7\" (func $host"), "{text}");
    assert!(text.contains("call $host"), "{text}");
    let mut i = Inst::with_imports(&bytes, |l| {
        l.func_wrap("env", "add7", |x: i32| x + 7).unwrap();
    });
    assert_eq!(i.i32("twice_host", &[1]), Some(15));
}

#[test]
fn select_and_conditional_traps() {
    let mut m = Mb::new();
    m.func("sel", &[I32, I64, I64], &[I64], |f, p| {
        let r = f.op("i64.select", &[p[0], p[1], p[2]]);
        f.ret(&[r]);
    });
    m.func("tz", &[I32], &[I32], |f, p| {
        f.trapz(p[0]);
        f.ret(&[p[0]]);
    });
    m.func("tnz", &[I32], &[I32], |f, p| {
        f.trapnz(p[0]);
        f.ret(&[p[0]]);
    });
    m.func("always", &[], &[I32], |f, _| f.trap());
    let mut i = m.instance();
    assert_eq!(i.call("sel", &[V::I32(1), V::I64(10), V::I64(20)]), Some(vec![V::I64(10)]));
    assert_eq!(i.call("sel", &[V::I32(0), V::I64(10), V::I64(20)]), Some(vec![V::I64(20)]));
    assert_eq!(i.i32("tz", &[0]), None);
    assert_eq!(i.i32("tz", &[3]), Some(3));
    assert_eq!(i.i32("tnz", &[3]), None);
    assert_eq!(i.i32("tnz", &[0]), Some(0));
    assert_eq!(i.i32("always", &[]), None);
}

#[test]
fn floats_and_conversions() {
    let mut m = Mb::new();
    m.func("hyp", &[F64, F64], &[F64], |f, p| {
        let a = f.op("f64.mul", &[p[0], p[0]]);
        let b = f.op("f64.mul", &[p[1], p[1]]);
        let s = f.op("f64.add", &[a, b]);
        let r = f.op("f64.sqrt", &[s]);
        f.ret(&[r]);
    });
    m.func("conv", &[F32], &[I64], |f, p| {
        let nan_bits = f.fconst(f32::from_bits(0x7fc0_0001));
        let _ = nan_bits;
        let d = f.op("f64.promote_f32", &[p[0]]);
        let h = f.dconst(0.5);
        let d = f.op("f64.add", &[d, h]);
        let fl = f.op("f64.floor", &[d]);
        let r = f.op("i64.trunc_sat_f64_s", &[fl]);
        f.ret(&[r]);
    });
    let mut i = m.instance();
    assert_eq!(i.call("hyp", &[V::F64(3f64.to_bits()), V::F64(4f64.to_bits())]), Some(vec![V::F64(5f64.to_bits())]));
    assert_eq!(i.call("conv", &[V::F32(2.5f32.to_bits())]), Some(vec![V::I64(3)]));
    assert_eq!(i.call("conv", &[V::F32(f32::NAN.to_bits())]), Some(vec![V::I64(0)]));
    assert_eq!(i.call("conv", &[V::F32(1e30f32.to_bits())]), Some(vec![V::I64(i64::MAX)]));
}

#[test]
fn float_constants_keep_their_bits() {
    let mut m = Mb::new();
    m.func("nan", &[], &[I32], |f, _| {
        let x = f.fconst(f32::from_bits(0x7fa0_0001));
        let r = f.op("i32.reinterpret_f32", &[x]);
        f.ret(&[r]);
    });
    m.func("negzero", &[], &[I64], |f, _| {
        let x = f.dconst(-0.0);
        let r = f.op("i64.reinterpret_f64", &[x]);
        f.ret(&[r]);
    });
    let mut i = m.instance();
    assert_eq!(i.i32("nan", &[]), Some(0x7fa0_0001));
    assert_eq!(i.i64("negzero", &[]), Some(i64::MIN));
}

/// Every operator in the table, each in its own function taking its operands as parameters:
/// the module must validate, and a sample of results must match Rust's.
#[test]
fn every_operator_lowers_and_validates() {
    use wasmir_syntax::ir::{Format, Opcode};
    let mut m = Mb::new();
    // Operators with immediates (memory, globals, slots, data, tables): tests/memory.rs. `i128`
    // operators reach the emitter only legalized into `i64` code (`wasmir-opt`'s
    // `legalize-i128`, tested there and through wirc in `tests/ir/run/i128.wir`).
    let wide = |op: &&Opcode| op.params().iter().chain(op.results()).any(|&t| t == wasmir_syntax::ir::Type::I128);
    for &op in Opcode::ALL.iter().filter(|op| op.format() == Format::Plain && !wide(op)) {
        let name = op.name().replace('.', "_");
        m.func(&name, op.params(), &[op.result()], |f, p| {
            let r = f.op(op.name(), p);
            f.ret(&[r]);
        });
    }
    let mut i = m.instance();
    let bin = |i: &mut Inst, name: &str, a: i32, b: i32| i.i32(name, &[a, b]);
    assert_eq!(bin(&mut i, "i32_rotl", 0x8000_0001u32 as i32, 1), Some(3));
    assert_eq!(bin(&mut i, "i32_shr_s", -8, 1), Some(-4));
    assert_eq!(bin(&mut i, "i32_shr_u", -8, 28), Some(15));
    assert_eq!(bin(&mut i, "i32_rem_s", -7, 2), Some(-1));
    assert_eq!(bin(&mut i, "i32_div_s", i32::MIN, -1), None);
    assert_eq!(bin(&mut i, "i32_lt_u", -1, 1), Some(0));
    // `ptr` is `i32`: wrapping arithmetic, unsigned comparisons, free conversions.
    assert_eq!(bin(&mut i, "ptr_add", -1, 2), Some(1));
    assert_eq!(bin(&mut i, "ptr_sub", 3, 5), Some(-2));
    assert_eq!(bin(&mut i, "ptr_lt_u", -1, 1), Some(0));
    assert_eq!(bin(&mut i, "ptr_ge_u", -1, 1), Some(1));
    assert_eq!(bin(&mut i, "ptr_eq", 4, 4), Some(1));
    assert_eq!(i.i32("ptr_to_int", &[-7]), Some(-7));
    assert_eq!(i.i32("ptr_from_int", &[9]), Some(9));
    assert_eq!(i.i32("ptr_select", &[0, 1, 2]), Some(2));
    assert_eq!(i.i32("ptr_select", &[5, 1, 2]), Some(1));
    assert_eq!(i.i32("i32_popcnt", &[0xff]), Some(8));
    assert_eq!(i.i32("i32_extend8_s", &[0x80]), Some(-128));
    assert_eq!(i.i64("i64_clz", &[1]), Some(63));
    assert_eq!(i.i64("i64_extend32_s", &[0x8000_0000]), Some(-0x8000_0000));
    assert_eq!(i.call("i64_lt_s", &[V::I64(-1), V::I64(0)]), Some(vec![V::I32(1)]));
    assert_eq!(i.call("i32_wrap_i64", &[V::I64(0x1_0000_0005)]), Some(vec![V::I32(5)]));
    assert_eq!(i.call("i64_extend_i32_u", &[V::I32(-1)]), Some(vec![V::I64(0xffff_ffff)]));
    assert_eq!(i.call("i32_trunc_f32_s", &[V::F32(f32::NAN.to_bits())]), None);
    assert_eq!(i.call("i32_trunc_f64_u", &[V::F64(3.9f64.to_bits())]), Some(vec![V::I32(3)]));
    assert_eq!(i.call("f32_convert_i32_u", &[V::I32(-1)]), Some(vec![V::F32(4294967296f32.to_bits())]));
    assert_eq!(
        i.call("f64_copysign", &[V::F64(2f64.to_bits()), V::F64((-0f64).to_bits())]),
        Some(vec![V::F64((-2f64).to_bits())])
    );
    assert_eq!(
        i.call("f32_min", &[V::F32(1f32.to_bits()), V::F32((-1f32).to_bits())]),
        Some(vec![V::F32((-1f32).to_bits())])
    );
    assert_eq!(i.call("f64_nearest", &[V::F64(2.5f64.to_bits())]), Some(vec![V::F64(2f64.to_bits())]));
    assert_eq!(
        i.call("f32_select", &[V::I32(0), V::F32(1f32.to_bits()), V::F32(2f32.to_bits())]),
        Some(vec![V::F32(2f32.to_bits())])
    );
}

/// Checked arithmetic at its boundaries, against Rust's `checked_*`.
#[test]
fn checked_arithmetic_boundaries() {
    let mut m = Mb::new();
    let ops32 = ["add_ovf_s", "add_ovf_u", "sub_ovf_s", "sub_ovf_u", "mul_ovf_s", "mul_ovf_u"];
    for op in ops32 {
        m.func(&format!("i32_{op}"), &[I32, I32], &[I32], |f, p| {
            let r = f.op(&format!("i32.{op}"), p);
            f.ret(&[r]);
        });
        m.func(&format!("i64_{op}"), &[I64, I64], &[I64], |f, p| {
            let r = f.op(&format!("i64.{op}"), p);
            f.ret(&[r]);
        });
    }
    let mut i = m.instance();
    let v32 =
        [0, 1, 2, 3, -1, -2, 7, 46341, -46341, 65536, i32::MAX, i32::MIN, i32::MAX - 1, i32::MIN + 1, 0x5555_5555];
    for &a in &v32 {
        for &b in &v32 {
            let (ua, ub) = (a as u32, b as u32);
            let want = [
                a.checked_add(b),
                ua.checked_add(ub).map(|x| x as i32),
                a.checked_sub(b),
                ua.checked_sub(ub).map(|x| x as i32),
                a.checked_mul(b),
                ua.checked_mul(ub).map(|x| x as i32),
            ];
            for (op, w) in ops32.iter().zip(want) {
                assert_eq!(i.i32(&format!("i32_{op}"), &[a, b]), w, "i32.{op}({a}, {b})");
            }
        }
    }
    let v64 = [
        0,
        1,
        2,
        -1,
        -2,
        3037000499,
        3037000500,
        -3037000500,
        1 << 32,
        i64::MAX,
        i64::MIN,
        i64::MAX - 1,
        i64::MIN + 1,
        0x5555_5555_5555_5555,
        i64::MIN / 2,
    ];
    for &a in &v64 {
        for &b in &v64 {
            let (ua, ub) = (a as u64, b as u64);
            let want = [
                a.checked_add(b),
                ua.checked_add(ub).map(|x| x as i64),
                a.checked_sub(b),
                ua.checked_sub(ub).map(|x| x as i64),
                a.checked_mul(b),
                ua.checked_mul(ub).map(|x| x as i64),
            ];
            for (op, w) in ops32.iter().zip(want) {
                assert_eq!(i.i64(&format!("i64_{op}"), &[a, b]), w, "i64.{op}({a}, {b})");
            }
        }
    }
}

#[test]
fn irreducible_cfg_is_rejected_with_e0301() {
    // ^entry branches into both ^a and ^b, which branch to each other: a loop with two entries.
    let mut m = Mb::new();
    m.func("irr", &[I32], &[I32], |f, p| {
        f.br_if(p[0], ("a", &[]), ("b", &[]));
        f.block("a", &[]);
        let one = f.iconst(1);
        let c = f.op("i32.sub", &[p[0], one]);
        f.br_if(c, ("b", &[]), ("out", &[]));
        f.block("b", &[]);
        f.br("a", &[]);
        f.block("out", &[]);
        f.ret(&[p[0]]);
    });
    let errs = m.emit_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].code.to_string(), "E0301");
    assert!(errs[0].args.iter().any(|(k, v)| *k == "func" && v == "@irr"));
    let block = errs[0].args.iter().find(|(k, _)| *k == "block").map(|(_, v)| v.as_str());
    assert!(matches!(block, Some("^a") | Some("^b")), "{block:?}");
}

#[test]
fn unreachable_blocks_are_not_emitted() {
    let mut m = Mb::new();
    m.func("f", &[I32], &[I32], |f, p| {
        f.ret(&[p[0]]);
        // Unreachable, and would be irreducible-looking nonsense if it were considered.
        f.block("dead", &[]);
        let c = f.iconst(12345);
        f.ret(&[c]);
    });
    let bytes = m.emit();
    assert!(!wat(&bytes).contains("12345"));
    assert_eq!(Inst::new(&bytes).i32("f", &[4]), Some(4));
}

#[test]
fn locals_are_reused_across_disjoint_live_ranges() {
    // A chain of 50 additions: each temporary dies at the next, so a handful of locals suffice.
    let mut m = Mb::new();
    m.func("chain", &[I32], &[I32], |f, p| {
        let mut acc = p[0];
        for k in 0..50 {
            let c = f.iconst(k);
            acc = f.op("i32.add", &[acc, c]);
            f.name(acc, &format!("t{k}"));
        }
        f.ret(&[acc]);
    });
    let bytes = m.emit();
    let text = wat(&bytes);
    let locals = text.matches("(local ").count();
    assert!(locals <= 2, "{locals} local declarations:\n{text}");
    assert_eq!(Inst::new(&bytes).i32("chain", &[1]), Some(1 + (0..50).sum::<i32>()));
}

#[test]
fn name_section_has_function_and_local_names() {
    let bytes = fib_module().emit();
    let text = wat(&bytes);
    eprintln!("{text}");
    assert!(text.contains("(func $fib"), "{text}");
    // The parameter's local is reused by the loop counter (and by the exit's parameter, which is
    // live only after both are dead): the names in definition order.
    assert!(text.contains("(param $a|k|r i64)"), "{text}");
    for name in ["$x", "$y"] {
        assert!(text.contains(name), "{name} missing:\n{text}");
    }
}

#[test]
fn output_is_deterministic() {
    let a = fib_module().emit();
    let b = fib_module().emit();
    assert_eq!(a, b);
}

#[test]
fn deep_chains_do_not_overflow_the_stack() {
    // 20000 blocks in a row, each a non-merge child of the previous one in the dominator tree.
    let mut m = Mb::new();
    m.func("deep", &[I32], &[I32], |f, p| {
        let mut v = p[0];
        for k in 0..20000 {
            let one = f.iconst(1);
            v = f.op("i32.add", &[v, one]);
            f.br(&format!("b{k}"), &[v]);
            let (_, ps) = f.block(&format!("b{k}"), &[("x", I32)]);
            v = ps[0];
        }
        f.ret(&[v]);
    });
    let handle = std::thread::Builder::new().stack_size(256 * 1024).spawn(move || m.emit()).unwrap();
    let bytes = handle.join().expect("emit ran on a small stack");
    assert_eq!(Inst::new(&bytes).i32("deep", &[1]), Some(20001));
}
