//! Unit tests: each rule triggered on IR built by hand with the `Body` API, plus the rules about
//! order, cascades, unreachable blocks and robustness against dangling indices.

use crate::codes::{self, *};
use crate::verify;
use cranelift_entity::EntityRef;
use wasmir_syntax::diag::{render, Code, Diagnostic, Locale, Messages};
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, Export, FuncId, FuncSpans, Function, FunctionKind, Inst, InstKind, Module,
    Opcode, Signature, SourceMap, Span, Type, Value, ValueDef,
};

use Type::{F32, F64, I32, I64};

fn sig(params: &[Type], results: &[Type]) -> Signature {
    Signature { params: params.to_vec(), results: results.to_vec() }
}

fn func(name: &str, sig: Signature, body: Body) -> Function {
    Function { name: name.to_string(), sig, loc: None, kind: FunctionKind::Defined(body) }
}

fn import(name: &str, sig: Signature) -> Function {
    Function {
        name: name.to_string(),
        sig,
        loc: None,
        kind: FunctionKind::Import { module: "env".to_string(), field: name.to_string() },
    }
}

/// A module with one function `@f` of signature `s` whose body `build` makes.
fn one(s: Signature, build: impl FnOnce(&mut Body)) -> Module {
    let mut body = Body::default();
    build(&mut body);
    let mut m = Module::default();
    m.funcs.push(func("f", s, body));
    m
}

/// Verifies without spans and checks that every diagnostic renders in every language with all
/// its message arguments supplied (Fluent leaves `{$name}` for a missing one).
fn run(m: &Module) -> Vec<Diagnostic> {
    let diags = verify(m, &SourceMap::default());
    for locale in [Locale::EnUs, Locale::Fr] {
        let text = render(&Messages::new(locale), "t.wir", "", &diags);
        assert!(!text.contains("{$"), "{locale:?}: missing argument in\n{text}");
        assert!(!text.contains("error E0"), "{locale:?}: missing message in\n{text}");
    }
    diags
}

fn codes_of(m: &Module) -> Vec<Code> {
    run(m).iter().map(|d| d.code).collect()
}

fn arg<'d>(d: &'d Diagnostic, name: &str) -> &'d str {
    d.args.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str()).unwrap_or("<absent>")
}

fn res(body: &Body, i: Inst) -> Value {
    body.insts[i].results[0]
}

fn iconst(body: &mut Body, b: Block, v: i32) -> Value {
    let i = body.append_inst(b, InstKind::Const(Constant::i32(v)), vec![], &[I32]);
    res(body, i)
}

fn to(block: Block, args: Vec<Value>) -> BlockCall {
    BlockCall { block, args }
}

/// `fib` as in spec §2.3: valid, so no diagnostic.
fn fib() -> Module {
    one(sig(&[I64], &[I64]), |b| {
        let entry = b.add_block(Some("entry".into()));
        let lp = b.add_block(Some("loop".into()));
        let body = b.add_block(Some("body".into()));
        let exit = b.add_block(Some("exit".into()));
        let n = b.add_block_param(entry, I64, Some("n".into()));
        let a = b.append_inst(entry, InstKind::Const(Constant::i64(0)), vec![], &[I64]);
        let a = res(b, a);
        let c = b.append_inst(entry, InstKind::Const(Constant::i64(1)), vec![], &[I64]);
        let c = res(b, c);
        b.append_inst(entry, InstKind::Br(to(lp, vec![n, a, c])), vec![], &[]);
        let k = b.add_block_param(lp, I64, None);
        let x = b.add_block_param(lp, I64, None);
        let y = b.add_block_param(lp, I64, None);
        let done = b.append_inst(lp, InstKind::Op(Opcode::I64Eqz), vec![k], &[I32]);
        let done = res(b, done);
        let kind = InstKind::BrIf { then_dest: to(exit, vec![x]), else_dest: to(body, vec![]) };
        b.append_inst(lp, kind, vec![done], &[]);
        let one = b.append_inst(body, InstKind::Const(Constant::i64(1)), vec![], &[I64]);
        let one = res(b, one);
        let k1 = b.append_inst(body, InstKind::Op(Opcode::I64Sub), vec![k, one], &[I64]);
        let k1 = res(b, k1);
        let z = b.append_inst(body, InstKind::Op(Opcode::I64Add), vec![x, y], &[I64]);
        let z = res(b, z);
        b.append_inst(body, InstKind::Br(to(lp, vec![k1, y, z])), vec![], &[]);
        let r = b.add_block_param(exit, I64, None);
        b.append_inst(exit, InstKind::Return, vec![r], &[]);
    })
}

#[test]
fn valid_module_has_no_diagnostics() {
    let mut m = fib();
    m.funcs.push(import("g", sig(&[I32], &[])));
    m.exports.push(Export { name: "fib".into(), func: FuncId::new(0) });
    m.exports.push(Export { name: "g".into(), func: FuncId::new(1) });
    assert_eq!(codes_of(&m), Vec::<Code>::new());
}

#[test]
fn every_code_has_messages_in_every_language() {
    for locale in [Locale::EnUs, Locale::Fr] {
        let msgs = Messages::new(locale);
        for &c in codes::ALL {
            let id = c.message_id();
            assert!(msgs.has(&id), "{locale:?} lacks {id}");
            for attr in ["label", "hint"] {
                assert!(msgs.format(&id, Some(attr), &[]).is_some(), "{locale:?} lacks {id}.{attr}");
            }
        }
    }
}

// §6.1 module rules.

#[test]
fn e0201_duplicate_function_name() {
    let mut m = fib();
    m.funcs.push(import("f", sig(&[], &[])));
    let d = run(&m);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, DUPLICATE_FUNCTION);
    assert_eq!(arg(&d[0], "func"), "@f");
    assert_eq!(d[0].labels[0].attr, "first");
}

#[test]
fn e0202_duplicate_export_name_and_e0203_missing_target() {
    let mut m = fib();
    m.exports.push(Export { name: "x".into(), func: FuncId::new(0) });
    m.exports.push(Export { name: "x".into(), func: FuncId::new(0) });
    m.exports.push(Export { name: "y".into(), func: FuncId::new(7) });
    let spans =
        SourceMap { exports: vec![Span::new(10, 13), Span::new(20, 23), Span::new(30, 33)], ..Default::default() };
    let d = verify(&m, &spans);
    let got: Vec<_> = d.iter().map(|d| (d.code, d.span)).collect();
    assert_eq!(got, vec![(DUPLICATE_EXPORT, Span::new(20, 23)), (UNKNOWN_EXPORT_TARGET, Span::new(30, 33))]);
    assert_eq!(d[0].labels[0].span, Span::new(10, 13));
    assert_eq!(arg(&d[0], "name"), "\"x\"");
    assert_eq!(codes_of(&m), vec![DUPLICATE_EXPORT, UNKNOWN_EXPORT_TARGET]);
}

// §6.2 function shape.

#[test]
fn e0200_empty_body() {
    let m = one(sig(&[], &[]), |_| {});
    assert_eq!(codes_of(&m), vec![EMPTY_BODY]);
}

#[test]
fn e0204_entry_params_differ_from_signature() {
    let types = one(sig(&[I64], &[]), |b| {
        let e = b.add_block(None);
        b.add_block_param(e, I32, None);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    let d = run(&types);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![ENTRY_PARAMS]);
    assert_eq!((arg(&d[0], "expected"), arg(&d[0], "found")), ("(i64)", "(i32)"));
    let count = one(sig(&[I32, I32], &[]), |b| {
        let e = b.add_block(None);
        b.add_block_param(e, I32, None);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    assert_eq!(codes_of(&count), vec![ENTRY_PARAMS]);
}

#[test]
fn e0205_branch_to_entry() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let l = b.add_block(None);
        b.append_inst(e, InstKind::Br(to(l, vec![])), vec![], &[]);
        b.append_inst(l, InstKind::Br(to(e, vec![])), vec![], &[]);
    });
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![BRANCH_TO_ENTRY]);
    assert_eq!(d[0].labels[0].attr, "entry");
}

// §6.3 blocks and layout.

#[test]
fn e0206_missing_terminator() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let l = b.add_block(None);
        b.append_inst(e, InstKind::Br(to(l, vec![])), vec![], &[]);
        iconst(b, l, 1);
    });
    assert_eq!(codes_of(&m), vec![MISSING_TERMINATOR]);
    let empty = one(sig(&[], &[]), |b| {
        b.add_block(None);
    });
    let d = run(&empty);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![MISSING_TERMINATOR]);
    assert_eq!(arg(&d[0], "block"), "^0");
}

#[test]
fn e0207_terminator_before_the_end() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        b.append_inst(e, InstKind::Trap, vec![], &[]);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![EARLY_TERMINATOR]);
    assert_eq!(arg(&d[0], "inst"), "trap");
}

#[test]
fn e0208_block_laid_out_twice() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        b.append_inst(e, InstKind::Trap, vec![], &[]);
        b.layout.push(e);
    });
    assert_eq!(codes_of(&m), vec![REPEATED_BLOCK]);
}

#[test]
fn e0209_instruction_in_two_blocks() {
    let m = one(sig(&[], &[I32]), |b| {
        let e = b.add_block(None);
        let l = b.add_block(None);
        let c = b.append_inst(e, InstKind::Const(Constant::i32(1)), vec![], &[I32]);
        b.append_inst(e, InstKind::Br(to(l, vec![])), vec![], &[]);
        b.blocks[l].insts.push(c);
        let v = res(b, c);
        b.append_inst(l, InstKind::Return, vec![v], &[]);
    });
    assert_eq!(codes_of(&m), vec![SHARED_INST]);
}

#[test]
fn e0210_dangling_entities_do_not_panic() {
    // Indices near u32::MAX also check that no map is grown up to a dangling index.
    let far = u32::MAX - 2;
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        b.blocks[e].params.push(Value::from_u32(far));
        b.blocks[e].insts.push(Inst::from_u32(far));
        let i = b.append_inst(e, InstKind::Br(to(Block::from_u32(far), vec![Value::from_u32(far)])), vec![], &[]);
        b.insts[i].results.push(Value::from_u32(far));
        b.layout.push(Block::from_u32(far));
    });
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "kind").to_string())).collect();
    let dangling = |k: &str| (DANGLING_ENTITY, k.to_string());
    let undefined = (UNDEFINED_VALUE, "<absent>".to_string());
    let terminator = (RESULT_COUNT, "<absent>".to_string());
    assert_eq!(
        got,
        vec![
            dangling("value"), // the block parameter
            dangling("inst"),
            dangling("value"), // the br's result
            terminator,        // br defines no result
            dangling("block"), // the target
            undefined,         // its argument
            dangling("block"), // the layout entry
        ]
    );
}

#[test]
fn e0211_target_not_in_layout() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let ghost = b.blocks.push(Default::default());
        b.append_inst(e, InstKind::Br(to(ghost, vec![])), vec![], &[]);
    });
    assert_eq!(codes_of(&m), vec![TARGET_NOT_LAID_OUT]);
}

// §6.4 types.

#[test]
fn e0212_operand_count() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let x = iconst(b, e, 1);
        b.append_inst(e, InstKind::Op(Opcode::I32Add), vec![x], &[I32]);
        b.append_inst(e, InstKind::Return, vec![x], &[]);
    });
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![OPERAND_COUNT, OPERAND_COUNT]);
    assert_eq!((arg(&d[0], "inst"), arg(&d[0], "expected"), arg(&d[0], "found")), ("i32.add", "2", "1"));
    assert_eq!((arg(&d[1], "inst"), arg(&d[1], "types")), ("return", "()"));
}

#[test]
fn e0213_operand_types_for_every_class() {
    let m = one(sig(&[], &[I32]), |b| {
        let e = b.add_block(None);
        let t = b.add_block(None);
        let big = b.append_inst(e, InstKind::Const(Constant::i64(1)), vec![], &[I64]);
        let big = res(b, big);
        let x = iconst(b, e, 1);
        b.append_inst(e, InstKind::Op(Opcode::I32Add), vec![x, big], &[I32]); // operand 2
        b.append_inst(e, InstKind::Op(Opcode::F64Select), vec![big, x, x], &[F64]); // 1, 2, 3
        b.append_inst(e, InstKind::TrapIf { nonzero: true }, vec![big], &[]);
        let kind = InstKind::BrIf { then_dest: to(t, vec![]), else_dest: to(t, vec![]) };
        b.append_inst(e, kind, vec![big], &[]);
        b.append_inst(t, InstKind::Return, vec![big], &[]);
    });
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "inst"), arg(d, "index"), arg(d, "found"))).collect();
    assert_eq!(
        got,
        vec![
            (OPERAND_TYPE, "i32.add", "2", "i64"),
            (OPERAND_TYPE, "f64.select", "1", "i64"),
            (OPERAND_TYPE, "f64.select", "2", "i32"),
            (OPERAND_TYPE, "f64.select", "3", "i32"),
            (OPERAND_TYPE, "trapnz", "1", "i64"),
            (OPERAND_TYPE, "br_if", "1", "i64"),
            (OPERAND_TYPE, "return", "1", "i64"),
        ]
    );
}

#[test]
fn e0214_result_count() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        b.append_inst(e, InstKind::Const(Constant::i32(1)), vec![], &[]);
        let x = iconst(b, e, 1);
        b.append_inst(e, InstKind::TrapIf { nonzero: false }, vec![x], &[I32]);
        b.append_inst(e, InstKind::Return, vec![], &[I32]);
    });
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "inst"), arg(d, "expected"))).collect();
    assert_eq!(
        got,
        vec![(RESULT_COUNT, "i32.const", "1"), (RESULT_COUNT, "trapz", "0"), (RESULT_COUNT, "return", "0")]
    );
}

#[test]
fn e0215_result_type() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        b.append_inst(e, InstKind::Const(Constant::f32(1.0)), vec![], &[F64]);
        let x = iconst(b, e, 1);
        b.append_inst(e, InstKind::Op(Opcode::I64ExtendI32U), vec![x], &[I32]);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "expected"), arg(d, "found"))).collect();
    assert_eq!(got, vec![(RESULT_TYPE, "f32", "f64"), (RESULT_TYPE, "i64", "i32")]);
}

#[test]
fn e0216_unknown_callee_checks_nothing_else() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let x = iconst(b, e, 1);
        b.append_inst(e, InstKind::Call(FuncId::new(9)), vec![x, x, x], &[F32]);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    assert_eq!(codes_of(&m), vec![UNKNOWN_CALLEE]);
}

#[test]
fn call_arguments_and_results_follow_the_callee() {
    let mut m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let x = iconst(b, e, 1);
        b.append_inst(e, InstKind::Call(FuncId::new(1)), vec![x], &[I64]); // ok
        b.append_inst(e, InstKind::Call(FuncId::new(1)), vec![x, x], &[I64]); // count
        b.append_inst(e, InstKind::Call(FuncId::new(2)), vec![x], &[I32]); // type, results
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    m.funcs.push(import("g", sig(&[I32], &[I64])));
    m.funcs.push(import("h", sig(&[F32], &[])));
    let mut spans = SourceMap::default();
    spans.funcs[FuncId::new(1)].name = Span::new(5, 7);
    let d = verify(&m, &spans);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "inst"))).collect();
    assert_eq!(got, vec![(OPERAND_COUNT, "call @g"), (OPERAND_TYPE, "call @h"), (RESULT_COUNT, "call @h")]);
    // The callee's signature is labelled when the map has its span.
    assert!(d[0].labels.iter().any(|l| l.attr == "sig" && l.span == Span::new(5, 7)));
    assert!(run(&m).len() == 3);
}

#[test]
fn e0217_e0218_branch_arguments() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let t = b.add_block(None);
        b.add_block_param(t, I64, None);
        let x = iconst(b, e, 1);
        let kind = InstKind::BrIf { then_dest: to(t, vec![]), else_dest: to(t, vec![x]) };
        b.append_inst(e, kind, vec![x], &[]);
        b.append_inst(t, InstKind::Return, vec![], &[]);
    });
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "expected"), arg(d, "found"))).collect();
    assert_eq!(got, vec![(BRANCH_ARG_COUNT, "1", "0"), (BRANCH_ARG_TYPE, "i64", "i32")]);
    assert_eq!(d[1].labels[0].attr, "param");
}

#[test]
fn e0219_e0220_e0221_switch() {
    let switch = |scrutinee: Constant, cases: Vec<u64>| {
        one(sig(&[], &[]), move |b| {
            let e = b.add_block(None);
            let t = b.add_block(None);
            let k = b.append_inst(e, InstKind::Const(scrutinee), vec![], &[scrutinee.ty]);
            let k = res(b, k);
            let cases = cases.into_iter().map(|c| (c, to(t, vec![]))).collect();
            b.append_inst(e, InstKind::Switch { default: to(t, vec![]), cases }, vec![k], &[]);
            b.append_inst(t, InstKind::Return, vec![], &[]);
        })
    };
    assert_eq!(codes_of(&switch(Constant::i32(0), vec![0, 1, 0xffff_ffff])), Vec::<Code>::new());
    assert_eq!(codes_of(&switch(Constant::i64(0), vec![0, 1 << 40, u64::MAX])), Vec::<Code>::new());
    assert_eq!(codes_of(&switch(Constant::f64(0.0), vec![0])), vec![SWITCH_TYPE]);
    let d = run(&switch(Constant::i32(0), vec![3, 1, 3]));
    assert_eq!(d.iter().map(|d| (d.code, arg(d, "value"))).collect::<Vec<_>>(), vec![(DUPLICATE_CASE, "3")]);
    let d = run(&switch(Constant::i32(0), vec![1 << 32]));
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "value"), arg(d, "ty"))).collect();
    assert_eq!(got, vec![(CASE_RANGE, "4294967296", "i32")]);
}

// §6.5 SSA.

#[test]
fn e0222_undefined_values_are_not_type_checked() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let ghost = b.blocks.push(Default::default());
        let v = b.append_inst(ghost, InstKind::Const(Constant::f64(1.0)), vec![], &[F64]);
        let v = res(b, v);
        b.append_inst(e, InstKind::Op(Opcode::I32Eqz), vec![v], &[I32]);
        b.append_inst(e, InstKind::Op(Opcode::I32Eqz), vec![Value::new(999)], &[I32]);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![UNDEFINED_VALUE, UNDEFINED_VALUE]);
    assert_eq!(arg(&d[1], "value"), "%undefined.999");
}

#[test]
fn e0223_uses_must_be_dominated() {
    // ^0 -> ^1 | ^2 -> ^3; ^3 uses a value of ^1, which does not dominate it.
    let m = one(sig(&[I32], &[I32]), |b| {
        let e = b.add_block(None);
        let c = b.add_block_param(e, I32, None);
        let (l, r, j) = (b.add_block(None), b.add_block(None), b.add_block(None));
        let kind = InstKind::BrIf { then_dest: to(l, vec![]), else_dest: to(r, vec![]) };
        b.append_inst(e, kind, vec![c], &[]);
        let x = iconst(b, l, 1);
        b.append_inst(l, InstKind::Br(to(j, vec![])), vec![], &[]);
        b.append_inst(r, InstKind::Br(to(j, vec![x])), vec![], &[]); // also undominated, as an arg
        b.add_block_param(j, I32, None);
        b.append_inst(j, InstKind::Return, vec![x], &[]);
    });
    // ^1's br lacks its argument; ^2's argument and ^3's operand are not dominated by ^1.
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![BRANCH_ARG_COUNT, NOT_DOMINATED, NOT_DOMINATED]);
    assert_eq!(d[2].labels[0].attr, "def");
    assert_eq!(arg(&d[2], "block"), "^1");
}

#[test]
fn e0223_same_block_order_and_self_use() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let later = b.values.next_key();
        // `%0 = i32.eqz %1; %1 = i32.eqz %1`: a forward use and a self use.
        b.append_inst(e, InstKind::Op(Opcode::I32Eqz), vec![Value::new(later.index() + 1)], &[I32]);
        b.append_inst(e, InstKind::Op(Opcode::I32Eqz), vec![Value::new(later.index() + 1)], &[I32]);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![NOT_DOMINATED, NOT_DOMINATED]);
    let text = render(&Messages::new(Locale::EnUs), "t.wir", "", &d[..1]);
    assert!(text.contains("move the definition up"), "{text}");
}

#[test]
fn unreachable_blocks_skip_cross_block_dominance_only() {
    // ^2 is unreachable: it may use ^1's value (no cross-block check) but not one defined later
    // in itself (same-block order is always checked).
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let l = b.add_block(None);
        let dead = b.add_block(None);
        b.append_inst(e, InstKind::Br(to(l, vec![])), vec![], &[]);
        let x = iconst(b, l, 1);
        b.append_inst(l, InstKind::Return, vec![], &[]);
        b.append_inst(dead, InstKind::Op(Opcode::I32Eqz), vec![x], &[I32]);
        let next = Value::new(b.values.len() + 1);
        b.append_inst(dead, InstKind::Op(Opcode::I32Eqz), vec![next], &[I32]);
        b.append_inst(dead, InstKind::Op(Opcode::I32Eqz), vec![x], &[I32]);
        b.append_inst(dead, InstKind::Return, vec![], &[]);
    });
    assert_eq!(codes_of(&m), vec![NOT_DOMINATED]);
    // A reachable use of a value from an unreachable block is not dominated.
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let dead = b.add_block(None);
        let x = iconst(b, dead, 1);
        b.append_inst(dead, InstKind::Return, vec![], &[]);
        b.append_inst(e, InstKind::Op(Opcode::I32Eqz), vec![x], &[I32]);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    assert_eq!(codes_of(&m), vec![NOT_DOMINATED]);
}

#[test]
fn e0224_value_defined_twice() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let l = b.add_block(None);
        let p = b.add_block_param(l, I32, None);
        b.blocks[l].params.push(p);
        b.append_inst(e, InstKind::Trap, vec![], &[]);
        b.append_inst(l, InstKind::Trap, vec![], &[]);
    });
    assert_eq!(codes_of(&m), vec![VALUE_REDEFINED]);
}

#[test]
fn e0225_definition_record_disagrees() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let x = iconst(b, e, 1);
        b.values[x].def = ValueDef::Param(e, 0);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![DEF_RECORD]);
    assert_eq!((arg(&d[0], "recorded"), arg(&d[0], "actual")), ("block0.param[0]", "inst0.result[0]"));
}

// §6.7 implementation limits.

#[test]
fn e0226_names_longer_than_wasm_allows() {
    use crate::limits::MAX_NAME_BYTES;
    let mut m = fib();
    let at_limit = "x".repeat(MAX_NAME_BYTES);
    m.funcs.push(Function {
        name: "g".into(),
        sig: sig(&[], &[]),
        loc: None,
        kind: FunctionKind::Import { module: "m".repeat(MAX_NAME_BYTES + 1), field: at_limit.clone() },
    });
    m.funcs.push(Function {
        name: "h".into(),
        sig: sig(&[], &[]),
        loc: None,
        kind: FunctionKind::Import { module: at_limit.clone(), field: "f".repeat(MAX_NAME_BYTES + 1) },
    });
    m.exports.push(Export { name: at_limit, func: FuncId::new(0) });
    // Bytes of UTF-8 count, not characters: 50,001 `é` are 100,002 bytes.
    m.exports.push(Export { name: "é".repeat(MAX_NAME_BYTES / 2 + 1), func: FuncId::new(0) });
    let mut spans = SourceMap { exports: vec![Span::new(1, 2), Span::new(3, 4)], ..Default::default() };
    spans.funcs[FuncId::new(1)] =
        FuncSpans { name: Span::new(5, 6), import_module: Span::new(7, 8), ..Default::default() };
    spans.funcs[FuncId::new(2)] =
        FuncSpans { name: Span::new(9, 10), import_field: Span::new(11, 12), ..Default::default() };
    let d = verify(&m, &spans);
    let got: Vec<_> = d.iter().map(|d| (d.code, d.span, arg(d, "kind"), arg(d, "bytes"))).collect();
    assert_eq!(
        got,
        vec![
            (NAME_TOO_LONG, Span::new(3, 4), "export", "100002"),
            (NAME_TOO_LONG, Span::new(7, 8), "module", "100001"),
            (NAME_TOO_LONG, Span::new(11, 12), "field", "100001"),
        ]
    );
    // The message shows the start of the name, not all of it.
    assert_eq!(arg(&d[1], "name"), format!("\"{}\"...", "m".repeat(32)));
    assert_eq!(codes_of(&m), vec![NAME_TOO_LONG; 3]);
}

#[test]
fn e0227_e0228_signatures_longer_than_wasm_allows() {
    use crate::limits::{MAX_PARAMS, MAX_RESULTS};
    let mut m = fib();
    m.funcs.push(import("at_limit", sig(&[I32; MAX_PARAMS], &[I64; MAX_RESULTS])));
    m.funcs.push(import("params", sig(&[F32; MAX_PARAMS + 1], &[])));
    m.funcs.push(import("results", sig(&[], &[F64; MAX_RESULTS + 2])));
    // A defined function's signature is checked in the same way, before its body.
    m.funcs.push(func("both", sig(&[I32; MAX_PARAMS + 1], &[I32; MAX_RESULTS + 1]), Body::default()));
    let mut spans = SourceMap::default();
    let types = |n: usize, base: usize| (0..n).map(|k| Span::new(base + 4 * k, base + 4 * k + 3)).collect();
    spans.funcs[FuncId::new(2)] = FuncSpans { sig_params: types(MAX_PARAMS + 1, 100), ..Default::default() };
    spans.funcs[FuncId::new(3)] = FuncSpans { sig_results: types(MAX_RESULTS + 2, 100), ..Default::default() };
    let d = verify(&m, &spans);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "func"), arg(d, "count"))).collect();
    assert_eq!(
        got,
        vec![
            (TOO_MANY_PARAMS, "@params", "1001"),
            (TOO_MANY_RESULTS, "@results", "1002"),
            (TOO_MANY_PARAMS, "@both", "1001"),
            (TOO_MANY_RESULTS, "@both", "1001"),
            (EMPTY_BODY, "@both", "<absent>"),
        ]
    );
    // The span is the first type past the limit.
    let at = Span::new(100 + 4 * MAX_PARAMS, 100 + 4 * MAX_PARAMS + 3);
    assert_eq!(d[0].span, at);
    assert_eq!(d[1].span, Span::new(100 + 4 * MAX_RESULTS, 100 + 4 * MAX_RESULTS + 3));
    run(&m);
}

#[test]
fn e0230_e0231_more_imports_and_exports_than_wasm_allows() {
    use crate::limits::{MAX_EXPORTS, MAX_IMPORTS};
    let mut m = fib();
    for k in 0..=MAX_IMPORTS {
        m.funcs.push(import(&format!("g{k}"), sig(&[], &[])));
    }
    for k in 0..=MAX_EXPORTS {
        m.exports.push(Export { name: format!("e{k}"), func: FuncId::new(0) });
    }
    let exports = (0..=MAX_EXPORTS).map(|k| Span::new(10 * k + 1, 10 * k + 3)).collect();
    let mut spans = SourceMap { exports, ..Default::default() };
    let last_import = FuncId::new(MAX_IMPORTS + 1);
    spans.funcs[last_import].name = Span::new(5, 6);
    let d = verify(&m, &spans);
    let got: Vec<_> = d.iter().map(|d| (d.code, d.span, arg(d, "count"), arg(d, "limit"))).collect();
    let export_at = Span::new(10 * MAX_EXPORTS + 1, 10 * MAX_EXPORTS + 3);
    assert_eq!(
        got,
        vec![
            (TOO_MANY_EXPORTS, export_at, "100001", "100000"),
            (TOO_MANY_IMPORTS, Span::new(5, 6), "100001", "100000"),
        ]
    );
    run(&m);
}

#[test]
fn e0229_more_functions_than_wasm_allows() {
    // A module of 1,000,001 functions takes hundreds of megabytes: the same check, with small
    // limits. Imports and defined functions count together, in module order.
    let mut m = fib();
    m.funcs.push(import("g", sig(&[], &[])));
    m.funcs.push(import("h", sig(&[], &[])));
    m.funcs.push(func("k", sig(&[], &[]), Body::default()));
    let mut spans = SourceMap::default();
    spans.funcs[FuncId::new(2)].name = Span::new(5, 6);
    let mut out = Vec::new();
    let mut counts = crate::module::Counts::default();
    for id in m.funcs.keys() {
        crate::module::check_function_limits_with(&m, &spans, id, &mut counts, (2, 1), &mut out);
    }
    let got: Vec<_> = out.iter().map(|d| (d.code, d.span, arg(d, "count"), arg(d, "limit"))).collect();
    assert_eq!(
        got,
        vec![(TOO_MANY_FUNCTIONS, Span::new(5, 6), "4", "2"), (TOO_MANY_IMPORTS, Span::new(5, 6), "2", "1")]
    );
    // Exports, likewise.
    m.exports =
        vec![Export { name: "a".into(), func: FuncId::new(0) }, Export { name: "b".into(), func: FuncId::new(0) }];
    let mut out = Vec::new();
    crate::module::check_exports_with(&m, &SourceMap::default(), 1, &mut out);
    assert_eq!(out.iter().map(|d| (d.code, arg(d, "count"))).collect::<Vec<_>>(), vec![(TOO_MANY_EXPORTS, "2")]);
    let text = render(&Messages::new(Locale::Fr), "t.wir", "", &out);
    assert!(text.contains("2 exports"), "{text}");
}

// Order, cascades, spans.

#[test]
fn broken_structure_skips_dominance() {
    // ^1 lacks a terminator: the CFG is not trusted, so ^2's undominated use is not reported.
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let l = b.add_block(None);
        let r = b.add_block(None);
        let c = iconst(b, e, 1);
        let kind = InstKind::BrIf { then_dest: to(l, vec![]), else_dest: to(r, vec![]) };
        b.append_inst(e, kind, vec![c], &[]);
        let x = iconst(b, l, 2);
        b.append_inst(r, InstKind::Op(Opcode::I32Eqz), vec![x], &[I32]);
        b.append_inst(r, InstKind::Return, vec![], &[]);
    });
    assert_eq!(codes_of(&m), vec![MISSING_TERMINATOR]);
}

#[test]
fn operand_types_are_not_checked_when_the_count_is_wrong() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let x = b.append_inst(e, InstKind::Const(Constant::f32(1.0)), vec![], &[F32]);
        let x = res(b, x);
        b.append_inst(e, InstKind::Op(Opcode::I32Add), vec![x, x, x], &[I32]);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    assert_eq!(codes_of(&m), vec![OPERAND_COUNT]);
}

#[test]
fn errors_come_in_export_function_then_layout_order() {
    let mut m = Module::default();
    for name in ["a", "b"] {
        let mut body = Body::default();
        let e = body.add_block(None);
        let l = body.add_block(None);
        body.append_inst(e, InstKind::Br(to(l, vec![])), vec![], &[]);
        body.append_inst(l, InstKind::Return, vec![], &[I32]);
        body.append_inst(l, InstKind::Br(to(e, vec![])), vec![], &[]);
        m.funcs.push(func(name, sig(&[], &[]), body));
    }
    m.exports.push(Export { name: "a".into(), func: FuncId::new(5) });
    let got = codes_of(&m);
    let f = [EARLY_TERMINATOR, RESULT_COUNT, BRANCH_TO_ENTRY];
    let want: Vec<Code> = std::iter::once(UNKNOWN_EXPORT_TARGET).chain(f).chain(f).collect();
    assert_eq!(got, want);
    // Twice the same answer.
    assert_eq!(verify(&m, &SourceMap::default()), verify(&m, &SourceMap::default()));
}

#[test]
fn diagnostics_point_at_operands_and_label_definitions() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(None);
        let big = b.append_inst(e, InstKind::Const(Constant::i64(1)), vec![], &[I64]);
        let big = res(b, big);
        b.append_inst(e, InstKind::Op(Opcode::I32Eqz), vec![big], &[I32]);
        b.append_inst(e, InstKind::Return, vec![], &[]);
    });
    let mut spans = SourceMap::default();
    let mut fs = FuncSpans { name: Span::new(3, 5), ..Default::default() };
    fs.values[Value::new(0)] = Span::new(10, 12);
    fs.insts[Inst::new(1)] = Span::new(20, 35);
    fs.args[Inst::new(1)] = vec![Span::new(32, 35)];
    spans.funcs[FuncId::new(0)] = fs;
    let d = verify(&m, &spans);
    assert_eq!(d.len(), 1);
    assert_eq!((d[0].code, d[0].span), (OPERAND_TYPE, Span::new(32, 35)));
    assert_eq!((d[0].labels[0].attr, d[0].labels[0].span), ("def", Span::new(10, 12)));
    // An entity the map lacks falls back to the function's name.
    let mut m2 = m.clone();
    if let Some(body) = m2.funcs[FuncId::new(0)].body_mut() {
        body.blocks[Block::new(0)].insts.insert(0, Inst::new(2));
    }
    let d = verify(&m2, &spans);
    assert_eq!(d[0].code, EARLY_TERMINATOR);
    assert_eq!(d[0].span, Span::new(3, 5));
}

#[test]
fn anonymous_and_named_values_are_spelled_like_the_printer() {
    let m = one(sig(&[], &[]), |b| {
        let e = b.add_block(Some("start".into()));
        let x = b.append_inst(e, InstKind::Const(Constant::i64(1)), vec![], &[I64]);
        let x = res(b, x);
        let y = b.append_inst(e, InstKind::Const(Constant::i64(1)), vec![], &[I64]);
        let y = res(b, y);
        b.values[y].name = Some("y y".into());
        b.append_inst(e, InstKind::Op(Opcode::I32Eqz), vec![x], &[I32]);
        b.append_inst(e, InstKind::Op(Opcode::I32Eqz), vec![y], &[I32]);
        b.append_inst(e, InstKind::Br(to(e, vec![])), vec![], &[]);
    });
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| arg(d, "value").to_string() + arg(d, "block")).collect();
    assert_eq!(got, vec!["%0<absent>", "%\"y y\"<absent>", "<absent>^start"]);
}

/// A small deterministic generator (xorshift64*), so the robustness test needs no dependency and
/// always checks the same modules.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// An index below `n + 1` (one past the arena: dangling), or rarely a huge dangling one.
    fn index(&mut self, n: usize) -> usize {
        if self.below(50) == 0 {
            u32::MAX as usize - 2
        } else {
            self.below(n + 1)
        }
    }

    fn ty(&mut self) -> Type {
        [I32, I64, F32, F64][self.below(4)]
    }

    fn types(&mut self) -> Vec<Type> {
        (0..self.below(3)).map(|_| self.ty()).collect()
    }
}

fn random_body(r: &mut Rng, nfuncs: usize) -> Body {
    let mut body = Body::default();
    let (nb, ni, nv) = (r.below(5), r.below(9), r.below(10));
    for k in 0..nv {
        let def = if r.below(2) == 0 {
            ValueDef::Param(Block::new(r.index(nb)), r.below(3) as u32)
        } else {
            ValueDef::Result(Inst::new(r.index(ni)), r.below(2) as u32)
        };
        let name = (r.below(3) == 0).then(|| format!("v{k}"));
        body.values.push(wasmir_syntax::ir::ValueData { ty: r.ty(), def, name });
    }
    let values = |r: &mut Rng, n: usize| -> Vec<Value> { (0..r.below(n)).map(|_| Value::new(r.index(nv))).collect() };
    let call = |r: &mut Rng| BlockCall { block: Block::new(r.index(nb)), args: values(r, 3) };
    for _ in 0..ni {
        let kind = match r.below(10) {
            0 => InstKind::Const(Constant { ty: r.ty(), bits: r.next() }),
            1 | 2 => InstKind::Op(Opcode::ALL[r.below(Opcode::ALL.len())]),
            3 => InstKind::Call(FuncId::new(r.index(nfuncs))),
            4 => InstKind::TrapIf { nonzero: r.below(2) == 0 },
            5 => InstKind::Br(call(r)),
            6 => InstKind::BrIf { then_dest: call(r), else_dest: call(r) },
            7 => {
                let cases = (0..r.below(4)).map(|_| (r.next() % 5 + ((r.below(2) as u64) << 32), call(r))).collect();
                InstKind::Switch { default: call(r), cases }
            }
            8 => InstKind::Return,
            _ => InstKind::Trap,
        };
        let (args, results) = (values(r, 4), values(r, 3));
        body.insts.push(wasmir_syntax::ir::InstData { kind, args, results });
    }
    for _ in 0..nb {
        let params = values(r, 3);
        let insts = (0..r.below(5)).map(|_| Inst::new(r.index(ni))).collect();
        body.blocks.push(wasmir_syntax::ir::BlockData { params, insts, name: None });
    }
    body.layout = (0..r.below(6)).map(|_| Block::new(r.index(nb))).collect();
    body
}

#[test]
fn random_broken_ir_never_panics() {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut codes_seen = std::collections::BTreeSet::new();
    for _ in 0..3000 {
        let mut m = Module::default();
        let nfuncs = 1 + r.below(3);
        for _ in 0..nfuncs {
            let s = Signature { params: r.types(), results: r.types() };
            let name = format!("f{}", r.below(3));
            let f = if r.below(4) == 0 { import(&name, s) } else { func(&name, s, random_body(&mut r, nfuncs)) };
            m.funcs.push(f);
        }
        for _ in 0..r.below(3) {
            m.exports.push(Export { name: format!("e{}", r.below(2)), func: FuncId::new(r.index(nfuncs)) });
        }
        let d = verify(&m, &SourceMap::default());
        codes_seen.extend(d.iter().map(|d| d.code));
    }
    // The generator is broken enough to reach every rule, so every rule's code runs on garbage;
    // except the limits, which need modules of wasm's scale (their own tests build them).
    let missing: Vec<_> =
        codes::ALL.iter().filter(|c| !codes_seen.contains(c) && !codes::IMPLEMENTATION_LIMITS.contains(c)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}
