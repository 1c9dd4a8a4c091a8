//! Unit tests: each rule triggered on IR built by hand with the `Body` API, plus the rules about
//! order, cascades, unreachable blocks and robustness against dangling indices.

use crate::codes::{self, *};
use crate::verify;
use cranelift_entity::EntityRef;
use wasmir_syntax::diag::{render, Code, Diagnostic, Locale, Messages};
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, DataId, DataItem, DataPart, Export, ExportItem, FuncId, FuncSpans, Function,
    FunctionKind, GlobalData, GlobalId, Imm, ImportName, Inst, InstKind, MemArg, MemoryData, MemoryId, Module, Opcode,
    SigData, SigId, Signature, Slot, SlotData, SourceMap, Span, TableData, TableId, Type, Value, ValueDef,
};

use Type::{Ptr, F32, F64, I128, I32, I64};

fn sig(params: &[Type], results: &[Type]) -> Signature {
    Signature::new(params.to_vec(), results.to_vec())
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
    for &locale in Locale::ALL {
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
    m.exports.push(Export { name: "fib".into(), item: ExportItem::Func(FuncId::new(0)) });
    m.exports.push(Export { name: "g".into(), item: ExportItem::Func(FuncId::new(1)) });
    assert_eq!(codes_of(&m), Vec::<Code>::new());
}

#[test]
fn every_code_has_messages_in_every_language() {
    for &locale in Locale::ALL {
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
    m.exports.push(Export { name: "x".into(), item: ExportItem::Func(FuncId::new(0)) });
    m.exports.push(Export { name: "x".into(), item: ExportItem::Func(FuncId::new(0)) });
    m.exports.push(Export { name: "y".into(), item: ExportItem::Func(FuncId::new(7)) });
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
    m.exports.push(Export { name: at_limit, item: ExportItem::Func(FuncId::new(0)) });
    // Bytes of UTF-8 count, not characters: 50,001 `é` are 100,002 bytes.
    m.exports.push(Export { name: "é".repeat(MAX_NAME_BYTES / 2 + 1), item: ExportItem::Func(FuncId::new(0)) });
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
        m.exports.push(Export { name: format!("e{k}"), item: ExportItem::Func(FuncId::new(0)) });
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
    m.exports = vec![
        Export { name: "a".into(), item: ExportItem::Func(FuncId::new(0)) },
        Export { name: "b".into(), item: ExportItem::Func(FuncId::new(0)) },
    ];
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
    m.exports.push(Export { name: "a".into(), item: ExportItem::Func(FuncId::new(5)) });
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
        [I32, I64, F32, F64, Ptr, I128, Type::ExternRef, Type::FuncRef][self.below(8)]
    }

    /// A small count, a power of two, or (rarely) something huge.
    fn size(&mut self) -> u32 {
        match self.below(8) {
            0 => self.next() as u32,
            1 => 1 << self.below(32),
            _ => self.below(20) as u32,
        }
    }

    /// A module-level entity name from a small set, so that some collide.
    fn name(&mut self) -> String {
        format!("e{}", self.below(6))
    }

    fn import(&mut self) -> Option<ImportName> {
        (self.below(3) == 0).then(|| ImportName { module: "env".into(), field: "x".into() })
    }

    fn imm(&mut self, counts: Counts, nslots: usize) -> Imm {
        match self.below(8) {
            0 => Imm::MemArg(MemArg {
                mem: MemoryId::new(self.index(counts.mems)),
                offset: self.size(),
                align: self.size(),
                notrap: self.below(2) == 0,
                aligned: self.below(2) == 0,
            }),
            1 => Imm::Memory(MemoryId::new(self.index(counts.mems))),
            2 => Imm::Global(GlobalId::new(self.index(counts.globals))),
            3 => Imm::Slot(Slot::new(self.index(nslots))),
            4 => Imm::Data { data: DataId::new(self.index(counts.data)), addend: self.size() },
            5 => Imm::Table(TableId::new(self.index(counts.tables))),
            6 => Imm::Func(FuncId::new(self.index(counts.funcs))),
            _ => Imm::FuncIndex {
                table: TableId::new(self.index(counts.tables)),
                func: FuncId::new(self.index(counts.funcs)),
            },
        }
    }

    fn types(&mut self) -> Vec<Type> {
        (0..self.below(3)).map(|_| self.ty()).collect()
    }

    /// A signature, with ownership kinds (borrowed results included) one time in four.
    fn sig(&mut self) -> Signature {
        let (params, results) = (self.types(), self.types());
        let mut sig = Signature::new(params, results);
        if self.below(4) == 0 {
            let params = sig.params.iter().map(|_| self.kind()).collect();
            let results = sig.results.iter().map(|_| self.kind()).collect();
            sig.kinds = wasmir_syntax::ir::SigKinds::new(params, results);
        }
        sig
    }

    fn kind(&mut self) -> wasmir_syntax::ir::Kind {
        use wasmir_syntax::ir::Kind;
        [Kind::Trivial, Kind::Own, Kind::Linear, Kind::Borrow, Kind::BorrowMut][self.below(5)]
    }
}

/// How many of each module-level entity a random module has.
#[derive(Clone, Copy)]
struct Counts {
    funcs: usize,
    mems: usize,
    globals: usize,
    tables: usize,
    sigs: usize,
    data: usize,
}

/// Random module-level entities, some invalid in every way the verifier checks.
fn random_entities(r: &mut Rng, m: &mut Module, c: Counts) {
    for _ in 0..c.mems {
        let min_pages = if r.below(4) == 0 { r.size() } else { r.below(3) as u32 };
        let max_pages = (r.below(2) == 0).then(|| if r.below(4) == 0 { r.size() } else { r.below(3) as u32 });
        m.memories.push(MemoryData { name: r.name(), min_pages, max_pages, import: r.import() });
    }
    for _ in 0..c.globals {
        let ty = r.ty();
        let init = (r.below(4) != 0).then(|| Constant { ty: if r.below(4) == 0 { r.ty() } else { ty }, bits: 0 });
        let import = r.import();
        m.globals.push(GlobalData { name: r.name(), ty, mutable: r.below(2) == 0, init, import });
    }
    for _ in 0..c.tables {
        // Mostly reference tables, so that `fn.index` and `call_indirect` find a `funcref` one.
        let elem = match r.below(4) {
            0 => r.ty(),
            1 => Type::ExternRef,
            _ => Type::FuncRef,
        };
        m.tables.push(TableData { name: r.name(), elem, import: r.import() });
    }
    for _ in 0..c.sigs {
        m.sigs.push(SigData { name: r.name(), sig: r.sig() });
    }
    for _ in 0..c.data {
        let parts = (0..r.below(4))
            .map(|_| match r.below(6) {
                0 => DataPart::Bytes(vec![1; r.below(4)]),
                1 => DataPart::Zero(if r.below(4) == 0 { u32::MAX } else { r.size() }),
                2 => DataPart::Const(Constant { ty: r.ty(), bits: r.next().into() }),
                3 => DataPart::DataAddr { data: DataId::new(r.index(c.data)), addend: r.size() },
                _ => {
                    DataPart::FuncIndex { table: TableId::new(r.index(c.tables)), func: FuncId::new(r.index(c.funcs)) }
                }
            })
            .collect();
        m.data.push(DataItem { name: r.name(), align: r.size(), parts });
    }
}

fn random_body(r: &mut Rng, counts: Counts) -> Body {
    let nfuncs = counts.funcs;
    let mut body = Body::default();
    for _ in 0..r.below(3) {
        let name = (r.below(2) == 0).then(|| format!("s{}", r.below(3)));
        body.slots.push(SlotData { name, size: r.size(), align: r.size() });
    }
    let nslots = body.slots.len();
    let (nb, ni, nv) = (r.below(5), r.below(9), r.below(10));
    for k in 0..nv {
        let def = if r.below(2) == 0 {
            ValueDef::Param(Block::new(r.index(nb)), r.below(3) as u32)
        } else {
            ValueDef::Result(Inst::new(r.index(ni)), r.below(2) as u32)
        };
        let name = (r.below(3) == 0).then(|| format!("v{k}"));
        let v = body.values.push(wasmir_syntax::ir::ValueData { ty: r.ty(), def, name });
        if r.below(4) == 0 {
            body.kinds[v] = r.kind();
        }
    }
    let values = |r: &mut Rng, n: usize| -> Vec<Value> { (0..r.below(n)).map(|_| Value::new(r.index(nv))).collect() };
    let call = |r: &mut Rng| BlockCall { block: Block::new(r.index(nb)), args: values(r, 3) };
    for _ in 0..ni {
        let kind = match r.below(10) {
            0 => InstKind::Const(Constant { ty: r.ty(), bits: r.next().into() }),
            1 => InstKind::Op(Opcode::ALL[r.below(Opcode::ALL.len())]),
            2 => {
                let imm = r.imm(counts, nslots);
                // Mostly an operator of the immediates' format, so that the rules behind the
                // format check run too.
                let fits: Vec<Opcode> = Opcode::ALL.iter().copied().filter(|op| op.format().takes(&imm)).collect();
                let op =
                    if r.below(4) == 0 { Opcode::ALL[r.below(Opcode::ALL.len())] } else { fits[r.below(fits.len())] };
                InstKind::OpImm(op, imm)
            }
            3 if r.below(2) == 0 => InstKind::Call(FuncId::new(r.index(nfuncs))),
            3 => InstKind::CallIndirect {
                table: TableId::new(r.index(counts.tables)),
                sig: SigId::new(r.index(counts.sigs)),
            },
            4 => InstKind::TrapIf { nonzero: r.below(2) == 0 },
            5 => InstKind::Br(call(r)),
            6 => InstKind::BrIf { then_dest: call(r), else_dest: call(r) },
            7 => {
                let cases = (0..r.below(4)).map(|_| (r.next() % 5 + ((r.below(2) as u64) << 32), call(r))).collect();
                InstKind::Switch { default: call(r), cases }
            }
            8 => InstKind::Return,
            9 if r.below(2) == 0 => InstKind::Own(wasmir_syntax::ir::OwnOp::ALL[r.below(6)]),
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
    for _ in 0..6000 {
        let mut m = Module::default();
        let nfuncs = 1 + r.below(3);
        let counts = Counts {
            funcs: nfuncs,
            mems: r.below(3),
            globals: r.below(3),
            tables: r.below(2),
            sigs: r.below(3),
            data: r.below(3),
        };
        random_entities(&mut r, &mut m, counts);
        for _ in 0..nfuncs {
            let s = r.sig();
            let name = format!("f{}", r.below(3));
            let f = if r.below(4) == 0 { import(&name, s) } else { func(&name, s, random_body(&mut r, counts)) };
            m.funcs.push(f);
        }
        for _ in 0..r.below(3) {
            let item = match r.below(4) {
                0 => ExportItem::Memory(MemoryId::new(r.index(counts.mems))),
                1 => ExportItem::Global(GlobalId::new(r.index(counts.globals))),
                2 => ExportItem::Table(TableId::new(r.index(counts.tables))),
                _ => ExportItem::Func(FuncId::new(r.index(nfuncs))),
            };
            m.exports.push(Export { name: format!("e{}", r.below(2)), item });
        }
        let d = verify(&m, &SourceMap::default());
        codes_seen.extend(d.iter().map(|d| d.code));
    }
    // The generator is broken enough to reach every rule, so every rule's code runs on garbage;
    // except the limits, which need modules of wasm's scale (their own tests build them), and the
    // ownership flow rules, which run only on functions whose SSA holds (`ownership_tests`
    // generates those).
    let missing: Vec<_> = codes::ALL
        .iter()
        .filter(|c| {
            !codes_seen.contains(c) && !codes::IMPLEMENTATION_LIMITS.contains(c) && !codes::is_ownership_flow(**c)
        })
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

// WasmIR 0.2: memory, immediates and module entities, on IR built by hand (the text versions are
// in `tests/entities.rs`).

fn memory(m: &mut Module) -> MemoryId {
    m.memories.push(MemoryData { name: "heap".into(), min_pages: 1, max_pages: None, import: None })
}

fn global(m: &mut Module, name: &str, ty: Type, mutable: bool, init: Option<Constant>) -> GlobalId {
    m.globals.push(GlobalData { name: name.into(), ty, mutable, init, import: None })
}

fn memarg(mem: MemoryId, align: u32) -> Imm {
    Imm::MemArg(MemArg { mem, offset: 0, align, notrap: false, aligned: false })
}

/// A module using every 0.2 feature: no diagnostic.
fn everything() -> Module {
    let mut m = Module::default();
    let heap = memory(&mut m);
    m.memories[heap].max_pages = Some(16);
    let counter = global(&mut m, "counter", I32, true, Some(Constant::i32(0)));
    let base = global(&mut m, "base", Ptr, false, Some(Constant { ty: Ptr, bits: 64 }));
    m.globals.push(GlobalData {
        name: "g".into(),
        ty: I64,
        mutable: false,
        init: None,
        import: Some(ImportName { module: "env".into(), field: "g".into() }),
    });
    let fns = m.tables.push(TableData { name: "fns".into(), elem: Type::FuncRef, import: None });
    let sig_ii = m.sigs.push(SigData { name: "sig".into(), sig: sig(&[I32], &[I32]) });
    let msg = m.data.push(DataItem { name: "msg".into(), align: 1, parts: vec![DataPart::Bytes(b"hello".to_vec())] });
    m.data.push(DataItem {
        name: "v".into(),
        align: 4,
        parts: vec![
            DataPart::FuncIndex { table: fns, func: FuncId::new(0) },
            DataPart::Const(Constant::i64(-1)),
            DataPart::DataAddr { data: msg, addend: 5 },
            DataPart::Zero(8),
        ],
    });
    let mut body = Body::default();
    let buf = body.slots.push(SlotData { name: Some("buf".into()), size: 12, align: 4 });
    let e = body.add_block(Some("entry".into()));
    let x = body.add_block_param(e, I32, Some("x".into()));
    let ins = |b: &mut Body, kind: InstKind, args: Vec<Value>, tys: &[Type]| -> Option<Value> {
        let i = b.append_inst(e, kind, args, tys);
        b.insts[i].results.first().copied()
    };
    let p = ins(&mut body, InstKind::OpImm(Opcode::SlotAddr, Imm::Slot(buf)), vec![], &[Ptr]).unwrap();
    ins(&mut body, InstKind::OpImm(Opcode::I32Store, memarg(heap, 4)), vec![p, x], &[]);
    ins(&mut body, InstKind::OpImm(Opcode::I32Store8, memarg(heap, 1)), vec![p, x], &[]);
    let y = ins(&mut body, InstKind::OpImm(Opcode::I32Load16U, memarg(heap, 1)), vec![p], &[I32]).unwrap();
    let q = ins(&mut body, InstKind::Op(Opcode::PtrAdd), vec![p, y], &[Ptr]).unwrap();
    ins(&mut body, InstKind::OpImm(Opcode::PtrStore, memarg(heap, 4)), vec![q, p], &[]);
    let s = ins(&mut body, InstKind::OpImm(Opcode::DataAddr, Imm::Data { data: msg, addend: 2 }), vec![], &[Ptr]);
    let s = s.unwrap();
    let n = ins(&mut body, InstKind::OpImm(Opcode::MemorySize, Imm::Memory(heap)), vec![], &[I32]).unwrap();
    ins(&mut body, InstKind::OpImm(Opcode::MemoryGrow, Imm::Memory(heap)), vec![n], &[I32]);
    ins(&mut body, InstKind::OpImm(Opcode::MemoryCopy, Imm::Memory(heap)), vec![p, s, n], &[]);
    ins(&mut body, InstKind::OpImm(Opcode::MemoryFill, Imm::Memory(heap)), vec![p, x, n], &[]);
    let c = ins(&mut body, InstKind::OpImm(Opcode::GlobalGet, Imm::Global(counter)), vec![], &[I32]).unwrap();
    ins(&mut body, InstKind::OpImm(Opcode::GlobalSet, Imm::Global(counter)), vec![c], &[]);
    ins(&mut body, InstKind::OpImm(Opcode::GlobalGet, Imm::Global(base)), vec![], &[Ptr]);
    let f = FuncId::new(0);
    let i = ins(&mut body, InstKind::OpImm(Opcode::FuncIndex, Imm::FuncIndex { table: fns, func: f }), vec![], &[I32]);
    let r = ins(&mut body, InstKind::CallIndirect { table: fns, sig: sig_ii }, vec![i.unwrap(), c], &[I32]).unwrap();
    ins(&mut body, InstKind::Return, vec![r], &[]);
    m.funcs.push(func("f", sig(&[I32], &[I32]), body));
    m.exports.push(Export { name: "f".into(), item: ExportItem::Func(f) });
    m.exports.push(Export { name: "memory".into(), item: ExportItem::Memory(heap) });
    m.exports.push(Export { name: "counter".into(), item: ExportItem::Global(counter) });
    m.exports.push(Export { name: "fns".into(), item: ExportItem::Table(fns) });
    m
}

#[test]
fn valid_module_with_every_02_feature_has_no_diagnostics() {
    assert_eq!(codes_of(&everything()), Vec::<Code>::new());
}

/// `everything()` with one instruction's kind replaced; `pick` finds it.
fn everything_with(pick: impl Fn(&InstKind) -> bool, kind: InstKind) -> Module {
    let mut m = everything();
    let body = m.funcs[FuncId::new(0)].body_mut().unwrap();
    let i = body.insts.keys().find(|&i| pick(&body.insts[i].kind)).unwrap();
    body.insts[i].kind = kind;
    m
}

fn is_op(op: Opcode) -> impl Fn(&InstKind) -> bool {
    move |k| matches!(k, InstKind::OpImm(o, _) | InstKind::Op(o) if *o == op)
}

#[test]
fn e0232_operator_with_immediates_written_without() {
    let m = everything_with(is_op(Opcode::I32Load16U), InstKind::Op(Opcode::I32Load16U));
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [MISSING_IMMEDIATES]);
    assert_eq!(arg(&d[0], "inst"), "i32.load16_u");
}

#[test]
fn e0233_immediates_of_the_wrong_kind() {
    let heap = MemoryId::new(0);
    let m = everything_with(is_op(Opcode::I32Load16U), InstKind::OpImm(Opcode::I32Load16U, Imm::Memory(heap)));
    assert_eq!(codes_of(&m), [IMMEDIATE_KIND]);
    // A `Plain` operator with immediates.
    let m = everything_with(is_op(Opcode::PtrAdd), InstKind::OpImm(Opcode::PtrAdd, Imm::Memory(heap)));
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [IMMEDIATE_KIND]);
    assert_eq!(arg(&d[0], "expected"), "none");
}

#[test]
fn e0234_unknown_memory() {
    let m =
        everything_with(is_op(Opcode::MemorySize), InstKind::OpImm(Opcode::MemorySize, Imm::Memory(MemoryId::new(3))));
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [UNKNOWN_MEMORY]);
    assert_eq!(arg(&d[0], "memory"), "$mem3");
    let m = everything_with(is_op(Opcode::I32Store8), InstKind::OpImm(Opcode::I32Store8, memarg(MemoryId::new(1), 1)));
    assert_eq!(codes_of(&m), [UNKNOWN_MEMORY]);
}

#[test]
fn e0235_unknown_global_checks_only_operand_definitions() {
    let bad = Imm::Global(GlobalId::new(9));
    let m = everything_with(is_op(Opcode::GlobalSet), InstKind::OpImm(Opcode::GlobalSet, bad));
    assert_eq!(codes_of(&m), [UNKNOWN_GLOBAL]);
}

#[test]
fn e0236_unknown_slot() {
    let m = everything_with(is_op(Opcode::SlotAddr), InstKind::OpImm(Opcode::SlotAddr, Imm::Slot(Slot::new(4))));
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [UNKNOWN_SLOT]);
    assert_eq!(arg(&d[0], "slot"), "#4");
}

#[test]
fn e0237_unknown_data_in_instructions_and_parts() {
    let bad = Imm::Data { data: DataId::new(7), addend: 0 };
    let mut m = everything_with(is_op(Opcode::DataAddr), InstKind::OpImm(Opcode::DataAddr, bad));
    m.data[DataId::new(1)].parts.push(DataPart::DataAddr { data: DataId::new(8), addend: 0 });
    assert_eq!(codes_of(&m), [UNKNOWN_DATA, UNKNOWN_DATA]);
}

#[test]
fn e0238_unknown_table() {
    let (fns, f) = (TableId::new(5), FuncId::new(0));
    let mut m = everything_with(
        is_op(Opcode::FuncIndex),
        InstKind::OpImm(Opcode::FuncIndex, Imm::FuncIndex { table: fns, func: f }),
    );
    m.data[DataId::new(1)].parts[0] = DataPart::FuncIndex { table: fns, func: f };
    assert_eq!(codes_of(&m), [UNKNOWN_TABLE, UNKNOWN_TABLE]);
    let kind = InstKind::CallIndirect { table: fns, sig: SigId::new(0) };
    let m = everything_with(|k| matches!(k, InstKind::CallIndirect { .. }), kind);
    assert_eq!(codes_of(&m), [UNKNOWN_TABLE]);
}

#[test]
fn e0239_unknown_signature_checks_only_operand_definitions() {
    let kind = InstKind::CallIndirect { table: TableId::new(0), sig: SigId::new(2) };
    let m = everything_with(|k| matches!(k, InstKind::CallIndirect { .. }), kind);
    assert_eq!(codes_of(&m), [UNKNOWN_SIG]);
}

#[test]
fn e0240_unknown_function_in_fn_index() {
    let imm = Imm::FuncIndex { table: TableId::new(0), func: FuncId::new(6) };
    let mut m = everything_with(is_op(Opcode::FuncIndex), InstKind::OpImm(Opcode::FuncIndex, imm));
    m.data[DataId::new(1)].parts[0] = DataPart::FuncIndex { table: TableId::new(0), func: FuncId::new(6) };
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [UNKNOWN_FUNCTION, UNKNOWN_FUNCTION]);
    assert_eq!(arg(&d[0], "func"), "@fn6");
}

#[test]
fn e0241_access_alignment() {
    for (op, align, ok) in [
        (Opcode::I32Store, 4, true),
        (Opcode::I32Store, 8, false),
        (Opcode::I32Store, 3, false),
        (Opcode::I32Store, 0, false),
        (Opcode::I32Store8, 1, true),
        (Opcode::I32Store8, 2, false),
    ] {
        let m = everything_with(is_op(Opcode::I32Store), InstKind::OpImm(op, memarg(MemoryId::new(0), align)));
        let want: &[Code] = if ok { &[] } else { &[ACCESS_ALIGN] };
        assert_eq!(codes_of(&m), want, "{op} align {align}");
    }
}

#[test]
fn e0242_global_set_of_an_immutable_global() {
    let mut m = everything();
    m.globals[GlobalId::new(0)].mutable = false;
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [IMMUTABLE_GLOBAL]);
    assert_eq!(arg(&d[0], "global"), "$counter");
}

#[test]
fn e0243_memory_used_without_a_memory() {
    // Each use: the instructions, the function's slots (once) and the data (once); the exported
    // memory is E0203.
    let mut m = everything();
    m.memories = Default::default();
    m.exports.retain(|e| !matches!(e.item, ExportItem::Memory(_)));
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "kind").to_string())).collect();
    let mut want = vec![(NO_MEMORY, "data".to_string()), (NO_MEMORY, "slot".to_string())];
    want.extend(std::iter::repeat_n((NO_MEMORY, "inst".to_string()), 8));
    assert_eq!(got, want);
}

#[test]
fn e0244_more_than_one_memory() {
    let mut m = everything();
    memory(&mut m).as_u32();
    m.memories[MemoryId::new(1)].name = "other".into();
    memory(&mut m);
    m.memories[MemoryId::new(2)].name = "third".into();
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [TOO_MANY_MEMORIES]);
    assert_eq!(arg(&d[0], "memory"), "$other");
    assert_eq!(arg(&d[0], "count"), "3");
}

#[test]
fn e0245_memory_limits() {
    for (min, max, problem) in [
        (1, Some(1), None),
        (65_536, Some(65_536), None),
        (65_536, None, None),
        (2, Some(1), Some("order")),
        (1, Some(65_537), Some("max")),
        (65_537, None, Some("min")),
    ] {
        let mut m = everything();
        m.memories[MemoryId::new(0)].min_pages = min;
        m.memories[MemoryId::new(0)].max_pages = max;
        let d = run(&m);
        let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "problem").to_string())).collect();
        let want: Vec<_> = problem.map(|p| (MEMORY_LIMITS, p.to_string())).into_iter().collect();
        assert_eq!(got, want, "{min} {max:?}");
    }
}

#[test]
fn e0246_global_initial_value_type() {
    let mut m = everything();
    m.globals[GlobalId::new(0)].init = Some(Constant::i64(0));
    // A `ptr` global initialised with an `i32` constant is a mismatch too: the resolver types
    // the literal of a `ptr` global `ptr`.
    m.globals[GlobalId::new(1)].init = Some(Constant::i32(0));
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [GLOBAL_INIT_TYPE, GLOBAL_INIT_TYPE]);
    assert_eq!((arg(&d[0], "expected"), arg(&d[0], "found")), ("i32", "i64"));
}

#[test]
fn e0247_e0248_initial_value_exactly_when_defined() {
    let mut m = everything();
    m.globals[GlobalId::new(2)].init = Some(Constant::i64(1));
    m.globals[GlobalId::new(0)].init = None;
    assert_eq!(codes_of(&m), [MISSING_GLOBAL_INIT, IMPORTED_GLOBAL_INIT]);
}

#[test]
fn e0249_data_alignment() {
    for (align, ok) in [(1, true), (65_536, true), (0, false), (3, false), (131_072, false)] {
        let mut m = everything();
        m.data[DataId::new(1)].align = align;
        let want: &[Code] = if ok { &[] } else { &[DATA_ALIGN] };
        assert_eq!(codes_of(&m), want, "align {align}");
    }
}

#[test]
fn e0250_e0251_slot_alignment_and_size() {
    for (size, align, want) in [
        (1 << 31, 65_536, &[][..]),
        ((1 << 31) + 1, 1, &[SLOT_SIZE][..]),
        (0, 6, &[SLOT_ALIGN][..]),
        (u32::MAX, 0, &[SLOT_ALIGN, SLOT_SIZE][..]),
    ] {
        let mut m = everything();
        let body = m.funcs[FuncId::new(0)].body_mut().unwrap();
        body.slots[Slot::new(0)] = SlotData { name: None, size, align };
        let d = run(&m);
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), want, "{size} {align}");
        if let Some(d) = d.first() {
            assert_eq!(arg(d, "slot"), "#0");
        }
    }
}

#[test]
fn e0252_data_item_larger_than_a_memory() {
    let mut m = everything();
    m.data[DataId::new(1)].parts.push(DataPart::Zero(u32::MAX));
    assert_eq!(codes_of(&m), [DATA_SIZE]);
}

#[test]
fn e0253_data_address_past_the_end() {
    // One past the end (addend 5 of 5 bytes) is valid, in `everything`; 6 is not.
    let mut m = everything();
    m.data[DataId::new(1)].parts[2] = DataPart::DataAddr { data: DataId::new(0), addend: 6 };
    let bad = Imm::Data { data: DataId::new(0), addend: 9 };
    let body = m.funcs[FuncId::new(0)].body_mut().unwrap();
    let i = body.insts.keys().find(|&i| is_op(Opcode::DataAddr)(&body.insts[i].kind)).unwrap();
    body.insts[i].kind = InstKind::OpImm(Opcode::DataAddr, bad);
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [DATA_ADDEND, DATA_ADDEND]);
    assert_eq!((arg(&d[0], "addend"), arg(&d[0], "size")), ("6", "5"));
}

#[test]
fn e0254_dollar_names_are_unique_across_kinds() {
    // Without spans, in the printer's order of kinds: types, memories, globals, tables, data.
    let mut m = everything();
    m.data[DataId::new(1)].name = "heap".into();
    m.sigs[SigId::new(0)].name = "fns".into();
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "name").to_string(), arg(d, "kind").to_string())).collect();
    assert_eq!(
        got,
        [
            (DUPLICATE_ENTITY, "$fns".to_string(), "table".to_string()),
            (DUPLICATE_ENTITY, "$heap".into(), "data".into())
        ]
    );
}

#[test]
fn exports_of_every_kind_share_names_and_name_existing_entities() {
    let mut m = everything();
    m.exports.push(Export { name: "counter".into(), item: ExportItem::Table(TableId::new(0)) });
    m.exports.push(Export { name: "m2".into(), item: ExportItem::Memory(MemoryId::new(1)) });
    m.exports.push(Export { name: "g2".into(), item: ExportItem::Global(GlobalId::new(3)) });
    m.exports.push(Export { name: "t2".into(), item: ExportItem::Table(TableId::new(1)) });
    let d = run(&m);
    let got: Vec<_> = d.iter().map(|d| (d.code, arg(d, "kind").to_string())).collect();
    let unknown = |k: &str| (UNKNOWN_EXPORT_TARGET, k.to_string());
    assert_eq!(got, [(DUPLICATE_EXPORT, "<absent>".into()), unknown("memory"), unknown("global"), unknown("table")]);
}

#[test]
fn call_indirect_takes_an_i32_index_then_the_signature() {
    let is_ci = |k: &InstKind| matches!(k, InstKind::CallIndirect { .. });
    // A `ptr` index: E0213 on operand 1.
    let mut m = everything();
    let body = m.funcs[FuncId::new(0)].body_mut().unwrap();
    let i = body.insts.keys().find(|&i| is_ci(&body.insts[i].kind)).unwrap();
    let p = body.insts.values().find(|d| d.kind == InstKind::OpImm(Opcode::SlotAddr, Imm::Slot(Slot::new(0))));
    let p = p.unwrap().results[0];
    body.insts[i].args[0] = p;
    let d = run(&m);
    assert_eq!(d.iter().map(|d| (d.code, arg(d, "index"))).collect::<Vec<_>>(), [(OPERAND_TYPE, "1")]);
    // A missing argument, and a result of the wrong type.
    let mut m = everything();
    let body = m.funcs[FuncId::new(0)].body_mut().unwrap();
    let i = body.insts.keys().find(|&i| is_ci(&body.insts[i].kind)).unwrap();
    body.insts[i].args.pop();
    assert_eq!(codes_of(&m), [OPERAND_COUNT]);
    m.sigs[SigId::new(0)].sig = sig(&[], &[I64]);
    assert_eq!(codes_of(&m), [RESULT_TYPE]);
}

#[test]
fn operand_and_result_types_of_operators_with_immediates() {
    // global.get's result has the global's type; a store's value operand the access type.
    let mut m = everything();
    m.globals[GlobalId::new(0)].ty = I64;
    m.globals[GlobalId::new(0)].init = Some(Constant::i64(0));
    let d = run(&m);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>()[0], RESULT_TYPE);
    let m = everything_with(is_op(Opcode::I32Store8), InstKind::OpImm(Opcode::I64Store8, memarg(MemoryId::new(0), 1)));
    let d = run(&m);
    assert_eq!(d.iter().map(|d| (d.code, arg(d, "expected"))).collect::<Vec<_>>(), [(OPERAND_TYPE, "i64")]);
}

#[test]
fn spans_of_immediates_slots_and_entities() {
    let mut m = everything();
    m.memories[MemoryId::new(0)].min_pages = 99_999;
    m.data[DataId::new(1)].parts[2] = DataPart::DataAddr { data: DataId::new(0), addend: 6 };
    let body = m.funcs[FuncId::new(0)].body_mut().unwrap();
    body.slots[Slot::new(0)].align = 3;
    let store = body.insts.keys().find(|&i| is_op(Opcode::I32Store)(&body.insts[i].kind)).unwrap();
    body.insts[store].kind = InstKind::OpImm(Opcode::I32Store, memarg(MemoryId::new(0), 2 * 4));
    let mut spans = SourceMap::default();
    spans.memories[MemoryId::new(0)] = Span::new(10, 20);
    spans.data[DataId::new(0)] = Span::new(30, 40);
    spans.data_parts[DataId::new(1)] = vec![Span::new(50, 51), Span::new(52, 53), Span::new(54, 55)];
    let mut fs = FuncSpans { name: Span::new(100, 101), ..Default::default() };
    fs.slots[Slot::new(0)] = Span::new(110, 120);
    fs.imms[store] = Span::new(130, 140);
    spans.funcs[FuncId::new(0)] = fs;
    let d = verify(&m, &spans);
    let got: Vec<_> = d.iter().map(|d| (d.code, d.span)).collect();
    assert_eq!(
        got,
        [
            (MEMORY_LIMITS, Span::new(10, 20)),
            (DATA_ADDEND, Span::new(54, 55)),
            (SLOT_ALIGN, Span::new(110, 120)),
            (ACCESS_ALIGN, Span::new(130, 140)),
        ]
    );
    assert_eq!(d[1].labels[0].span, Span::new(30, 40));
}
