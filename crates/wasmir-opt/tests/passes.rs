//! Each pass on small bodies built in code: the printed result, and the structural checker of
//! `common` after every pass.

mod common;

use common::{check, module, print_f, B};
use wasmir_opt::{pass_names, pipeline_passes, run_pass, run_pipeline, Changed, OptLevel, UnknownPass};
use wasmir_syntax::ir::{Module, Opcode, Type};

/// Runs `passes` in order, checking the IR after each; returns whether each changed it.
fn run(m: &mut Module, passes: &[&str]) -> Vec<bool> {
    passes
        .iter()
        .map(|p| {
            let c = run_pass(p, m).expect("registered pass");
            check(m);
            c.0
        })
        .collect()
}

fn lines(s: &str) -> String {
    s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

#[track_caller]
fn assert_ir(m: &Module, want: &str) {
    let got = lines(&print_f(m));
    let want = lines(want.trim_start_matches('\n'));
    assert_eq!(got, want, "\n--- got ---\n{got}\n--- want ---\n{want}");
}

#[test]
fn const_fold_folds_chains_in_place_and_keeps_traps() {
    let mut b = B::default();
    let (e, _) = b.block(&[]);
    let x = b.i32(e, 6);
    let y = b.i32(e, 7);
    let m1 = b.op(e, Opcode::I32Mul, &[x, y]);
    let z = b.i32(e, 0);
    let d = b.op(e, Opcode::I32DivS, &[m1, z]);
    let w = b.op(e, Opcode::I64ExtendI32U, &[m1]);
    let w2 = b.op(e, Opcode::I32WrapI64, &[w]);
    let s = b.op(e, Opcode::I32Add, &[d, w2]);
    b.ret(e, &[s]);
    let mut m = module(b.body, &[], &[Type::I32]);
    assert_eq!(run(&mut m, &["const-fold"]), [true]);
    assert_ir(
        &m,
        "
fn @f() -> i32 {
^0:
    %0 = i32.const 6
    %1 = i32.const 7
    %2 = i32.const 42
    %3 = i32.const 0
    %4 = i32.div_s %2, %3
    %5 = i64.const 42
    %6 = i32.const 42
    %7 = i32.add %4, %6
    return %7
}
",
    );
    assert_eq!(run(&mut m, &["const-fold"]), [false], "fixpoint");
}

#[test]
fn const_fold_resolves_select_and_removes_traps_that_cannot_fire() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I64, Type::I64, Type::I32]);
    let one = b.i32(e, 1);
    let zero = b.i32(e, 0);
    let s = b.op(e, Opcode::I64Select, &[one, p[0], p[1]]);
    let t = b.op(e, Opcode::I64Select, &[p[2], s, s]);
    b.trap_if(e, true, zero); // trapnz 0: never traps
    b.trap_if(e, false, one); // trapz 1: never traps
    b.trap_if(e, true, one); // trapnz 1: always traps, stays
    b.ret(e, &[t]);
    let mut m = module(b.body, &[Type::I64, Type::I64, Type::I32], &[Type::I64]);
    assert_eq!(run(&mut m, &["const-fold", "dce"]), [true, true]);
    assert_ir(
        &m,
        "
fn @f(i64, i64, i32) -> i64 {
^0(%0: i64, %1: i64, %2: i32):
    %3 = i32.const 1
    trapnz %3
    return %0
}
",
    );
}

#[test]
fn dce_removes_dead_pure_code_transitively_but_not_traps_or_calls() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let a = b.i32(e, 3);
    let x = b.op(e, Opcode::I32Add, &[p[0], a]);
    let _y = b.op(e, Opcode::I32Mul, &[x, x]); // dead, and makes x and a dead
    let _q = b.op(e, Opcode::I32DivU, &[p[0], p[0]]); // unused but may trap: stays
    let _c = b.call(e, 0, &[p[0]], &[Type::I32]); // unused call: stays
    let _o = b.op(e, Opcode::I32AddOvfS, &[p[0], p[0]]); // may trap: stays
    b.ret(e, &[p[0]]);
    let mut m = module(b.body, &[Type::I32], &[Type::I32]);
    assert_eq!(run(&mut m, &["dce", "dce"]), [true, false]);
    assert_ir(
        &m,
        "
fn @f(i32) -> i32 {
^0(%0: i32):
    %1 = i32.div_u %0, %0
    %2 = call @g(%0)
    %3 = i32.add_ovf_s %0, %0
    return %0
}
",
    );
}

#[test]
fn dce_removes_unused_block_params_and_their_arguments() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (l, lp) = b.block(&[Type::I32, Type::I64]);
    let k = b.konst(e, wasmir_syntax::ir::Constant::i64(9));
    b.br(e, l, &[p[0], k]);
    b.ret(l, &[lp[0]]);
    let mut m = module(b.body, &[Type::I32], &[Type::I32]);
    assert_eq!(run(&mut m, &["dce"]), [true]);
    assert_ir(
        &m,
        "
fn @f(i32) -> i32 {
^0(%0: i32):
    br ^1(%0)
^1(%1: i32):
    return %1
}
",
    );
}

#[test]
fn simplify_cfg_folds_constant_branches_and_drops_unreachable_blocks() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (t, tp) = b.block(&[Type::I32]);
    let (f, _) = b.block(&[]);
    let (j, jp) = b.block(&[Type::I32]);
    let c = b.i32(e, 0);
    b.br_if(e, c, (t, &[p[0]]), (f, &[]));
    let dead = b.op(t, Opcode::I32Add, &[tp[0], tp[0]]);
    b.br(t, j, &[dead]);
    let k = b.i32(f, 5);
    b.br(f, j, &[k]);
    b.ret(j, &[jp[0]]);
    let mut m = module(b.body, &[Type::I32], &[Type::I32]);
    assert_eq!(run(&mut m, &["simplify-cfg"]), [true]);
    // ^t is gone; ^f merged into the entry, then ^j into it.
    assert_ir(
        &m,
        "
fn @f(i32) -> i32 {
^0(%0: i32):
    %1 = i32.const 0
    %2 = i32.const 5
    return %2
}
",
    );
}

#[test]
fn simplify_cfg_folds_switch_and_identical_br_if() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (a, _) = b.block(&[]);
    let (c, _) = b.block(&[]);
    let (d, _) = b.block(&[]);
    let (x, xp) = b.block(&[Type::I32]);
    let k = b.i32(e, 2);
    b.switch(e, k, a, &[(1, c), (2, d)]);
    b.ret(a, &[p[0]]);
    b.ret(c, &[p[0]]);
    b.br_if(d, p[0], (x, &[p[0]]), (x, &[p[0]]));
    b.ret(x, &[xp[0]]);
    let mut m = module(b.body, &[Type::I32], &[Type::I32]);
    assert_eq!(run(&mut m, &["simplify-cfg", "simplify-cfg"]), [true, false]);
    assert_ir(
        &m,
        "
fn @f(i32) -> i32 {
^0(%0: i32):
    %1 = i32.const 2
    return %0
}
",
    );
}

#[test]
fn simplify_cfg_switch_on_unmatched_constant_takes_default_and_keeps_loops() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I64]);
    let (dflt, _) = b.block(&[]);
    let (c1, _) = b.block(&[]);
    let (lp, lpp) = b.block(&[Type::I64]);
    let k = b.konst(e, wasmir_syntax::ir::Constant::i64(-1));
    // -1 as i64 is the case key 0xffff_ffff_ffff_ffff; 0xffff_ffff must not match it.
    b.switch(e, k, dflt, &[(0xffff_ffff, c1)]);
    b.ret(c1, &[p[0]]);
    b.br(dflt, lp, &[p[0]]);
    let z = b.op(lp, Opcode::I64Eqz, &[lpp[0]]);
    let one = b.konst(lp, wasmir_syntax::ir::Constant::i64(1));
    let n = b.op(lp, Opcode::I64Sub, &[lpp[0], one]);
    let (ex, _) = b.block(&[]);
    b.br_if(lp, z, (ex, &[]), (lp, &[n]));
    b.ret(ex, &[lpp[0]]);
    let mut m = module(b.body, &[Type::I64], &[Type::I64]);
    assert_eq!(run(&mut m, &["simplify-cfg"]), [true]);
    assert_ir(
        &m,
        "
fn @f(i64) -> i64 {
^0(%0: i64):
    %1 = i64.const -1
    br ^1(%0)
^1(%2: i64):
    %3 = i64.eqz %2
    %4 = i64.const 1
    %5 = i64.sub %2, %4
    br_if %3, ^2, ^1(%5)
^2:
    return %2
}
",
    );
}

#[test]
fn simplify_cfg_merge_substitutes_params_in_later_blocks() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (m1, mp) = b.block(&[Type::I32]);
    let (t, _) = b.block(&[]);
    let (f, _) = b.block(&[]);
    b.br(e, m1, &[p[0]]);
    b.br_if(m1, mp[0], (t, &[]), (f, &[]));
    let s = b.op(t, Opcode::I32Add, &[mp[0], mp[0]]);
    b.ret(t, &[s]);
    b.ret(f, &[mp[0]]);
    let mut m = module(b.body, &[Type::I32], &[Type::I32]);
    assert_eq!(run(&mut m, &["simplify-cfg"]), [true]);
    assert_ir(
        &m,
        "
fn @f(i32) -> i32 {
^0(%0: i32):
    br_if %0, ^1, ^2
^1:
    %1 = i32.add %0, %0
    return %1
^2:
    return %0
}
",
    );
}

#[test]
fn phi_elim_removes_trivial_params_through_loops() {
    // ^h(%a, %b) is fed (%x, %x) from the entry and (%a, %a2) around the loop, where %a2 is
    // ^i's param fed %a on both edges: %a2 = %a, then %b = ... stays (fed %x and %n).
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (h, hp) = b.block(&[Type::I32, Type::I32]);
    let (i, ip) = b.block(&[Type::I32]);
    let (x, _) = b.block(&[]);
    b.br(e, h, &[p[0], p[0]]);
    let one = b.i32(h, 1);
    let n = b.op(h, Opcode::I32Sub, &[hp[1], one]);
    b.br_if(h, n, (i, &[hp[0]]), (i, &[hp[0]]));
    b.br_if(i, n, (h, &[ip[0], n]), (x, &[]));
    b.ret(x, &[ip[0]]);
    let mut m = module(b.body, &[Type::I32], &[Type::I32]);
    assert_eq!(run(&mut m, &["phi-elim", "phi-elim"]), [true, false]);
    assert_ir(
        &m,
        "
fn @f(i32) -> i32 {
^0(%0: i32):
    br ^1(%0)
^1(%1: i32):
    %2 = i32.const 1
    %3 = i32.sub %1, %2
    br_if %3, ^2, ^2
^2:
    br_if %3, ^1(%3), ^3
^3:
    return %0
}
",
    );
}

#[test]
fn phi_elim_keeps_params_with_distinct_inputs_and_entry_params() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (t, _) = b.block(&[]);
    let (j, jp) = b.block(&[Type::I32]);
    let k = b.i32(e, 1);
    b.br_if(e, p[0], (t, &[]), (j, &[k]));
    b.br(t, j, &[p[0]]);
    b.ret(j, &[jp[0]]);
    let mut m = module(b.body, &[Type::I32], &[Type::I32]);
    assert_eq!(run(&mut m, &["phi-elim"]), [false]);
}

#[test]
fn default_pipeline_reaches_a_fixpoint_and_o0_does_nothing() {
    // A loop whose trip count is a constant condition that is false on entry: everything but the
    // return of the parameter folds away.
    let build = || {
        let mut b = B::default();
        let (e, p) = b.block(&[Type::I32]);
        let (h, hp) = b.block(&[Type::I32, Type::I32]);
        let (body, _) = b.block(&[]);
        let (x, xp) = b.block(&[Type::I32]);
        let zero = b.i32(e, 0);
        let ten = b.i32(e, 10);
        let cond = b.op(e, Opcode::I32GtS, &[zero, ten]);
        b.br_if(e, cond, (h, &[p[0], zero]), (x, &[p[0]]));
        let one = b.i32(h, 1);
        let k = b.op(h, Opcode::I32Add, &[hp[1], one]);
        b.br(h, body, &[]);
        let c = b.op(body, Opcode::I32LtS, &[k, ten]);
        b.br_if(body, c, (h, &[hp[0], k]), (x, &[hp[0]]));
        b.ret(x, &[xp[0]]);
        module(b.body, &[Type::I32], &[Type::I32])
    };
    let mut m = build();
    let before = print_f(&m);
    run_pipeline(&mut m, OptLevel::O0);
    assert_eq!(print_f(&m), before);
    run_pipeline(&mut m, OptLevel::O2);
    check(&m);
    assert_ir(
        &m,
        "
fn @f(i32) -> i32 {
^0(%0: i32):
    return %0
}
",
    );
    let mut again = m.clone();
    for &p in pipeline_passes(OptLevel::O1) {
        assert_eq!(run_pass(p, &mut again), Ok(Changed(false)), "{p} after fixpoint");
    }
}

#[test]
fn checked_pipeline_reports_changing_passes_in_order() {
    let mut b = B::default();
    let (e, _) = b.block(&[]);
    let x = b.i32(e, 2);
    let y = b.op(e, Opcode::I32Add, &[x, x]);
    b.ret(e, &[y]);
    let mut m = module(b.body, &[], &[Type::I32]);
    let mut seen = Vec::new();
    let r: Result<(), ()> = wasmir_opt::run_pipeline_checked(&mut m, OptLevel::O1, |p, m| {
        check(m);
        seen.push(p);
        Ok(())
    });
    assert_eq!(r, Ok(()));
    assert_eq!(seen, ["const-fold", "dce"]);
    let mut calls = 0;
    let r = wasmir_opt::run_pipeline_checked(&mut module(B::default().body, &[], &[]), OptLevel::O2, |_, _| {
        calls += 1;
        Err("unreachable")
    });
    assert_eq!((r, calls), (Ok(()), 0), "an empty body changes nothing");
}

#[test]
fn registry_names_every_pass_and_rejects_unknown_ones() {
    let names: Vec<&str> = pass_names().iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        ["const-fold", "simplify-cfg", "phi-elim", "dce", "dead-funcs", "strip-ownership", "legalize-i128"]
    );
    for (name, desc) in pass_names() {
        assert!(!desc.is_empty());
        assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{name} is kebab-case");
        let mut m = module(B::default().body, &[], &[]);
        assert!(run_pass(name, &mut m).is_ok(), "{name}");
    }
    for level in [OptLevel::O1, OptLevel::O2] {
        for p in pipeline_passes(level) {
            assert!(names.contains(p), "{p} registered");
        }
    }
    assert!(pipeline_passes(OptLevel::O0).is_empty());
    let mut m = module(B::default().body, &[], &[]);
    let err = run_pass("inline", &mut m).unwrap_err();
    assert_eq!(err, UnknownPass("inline".into()));
    assert_eq!(err.to_string(), "unknown pass `inline`");
}

#[test]
fn passes_do_not_panic_on_invalid_ir() {
    // Blocks without terminators, edges with the wrong argument count, ill-typed operands,
    // a branch to the entry block, an entry-less body.
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (x, _) = b.block(&[Type::I32, Type::I32]);
    let (y, _) = b.block(&[]);
    let k = b.konst(e, wasmir_syntax::ir::Constant::i64(1));
    let bad = b.op(e, Opcode::I32Add, &[k, p[0]]);
    b.op(e, Opcode::I32Select, &[k, bad]);
    b.br_if(e, k, (x, &[p[0]]), (e, &[bad]));
    b.br(x, y, &[p[0]]);
    let _ = y;
    let invalid = module(b.body, &[Type::I32], &[]);
    for (name, _) in pass_names() {
        let mut m = invalid.clone();
        let _ = run_pass(name, &mut m);
        let _ = run_pass(name, &mut m);
    }
    run_pipeline(&mut invalid.clone(), OptLevel::O2);
    run_pipeline(&mut module(B::default().body, &[], &[]), OptLevel::O2);
}

/// The example of spec §11.4, with its value names, gives the text the spec shows.
#[test]
fn spec_example_11_4() {
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (panic, _) = b.block(&[]);
    let (ok, okp) = b.block(&[Type::I32, Type::I32]);
    let two = b.i32(e, 2);
    let three = b.i32(e, 3);
    let five = b.op(e, Opcode::I32AddOvfS, &[two, three]);
    let neg = b.op(e, Opcode::I32LtS, &[five, two]);
    b.br_if(e, neg, (panic, &[]), (ok, &[p[0], five]));
    b.trap(panic);
    let s = b.op(ok, Opcode::I32Add, &[okp[0], okp[1]]);
    b.ret(ok, &[s]);
    for (v, n) in [(p[0], "x"), (five, "five"), (s, "s"), (two, "two")] {
        b.body.values[v].name = Some(n.into());
    }
    b.body.blocks[e].name = Some("entry".into());
    let mut m = module(b.body, &[Type::I32], &[Type::I32]);
    run_pipeline(&mut m, OptLevel::O2);
    check(&m);
    assert_ir(
        &m,
        "
fn @f(i32) -> i32 {
^entry(%x: i32):
    %five = i32.const 5
    %s = i32.add %x, %five
    return %s
}
",
    );
}
