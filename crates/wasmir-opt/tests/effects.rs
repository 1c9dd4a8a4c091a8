//! The passes on WasmIR 0.2 instructions with effects (spec §4.6, D3): what `dce` may remove,
//! what `const-fold` leaves alone, and that the pipeline keeps every write, call and trap in order.

mod common;

use common::{check, module, B};
use cranelift_entity::EntityRef;
use wasmir_opt::{run_pass, run_pipeline, OptLevel};
use wasmir_syntax::ir::{
    Block, Body, Constant, DataItem, DataPart, FuncId, GlobalData, GlobalId, Imm, InstKind, MemArg, MemoryData,
    MemoryId, Module, Opcode, SigData, SigId, Signature, Slot, SlotData, TableData, TableId, Type, Value,
};

fn heap() -> MemoryId {
    MemoryId::new(0)
}

/// A module with `body` as `@f(i32) -> i32` (after the import `@g`), a memory, a mutable global
/// `$counter`, a table `$fns`, a signature `$sig = fn(i32) -> i32` and a data item `$msg`.
fn with_entities(body: Body) -> Module {
    let mut m = module(body, &[Type::I32], &[Type::I32]);
    m.memories.push(MemoryData { name: "heap".into(), min_pages: 1, max_pages: None, import: None });
    m.globals.push(GlobalData {
        name: "counter".into(),
        ty: Type::I32,
        mutable: true,
        init: Some(Constant::i32(0)),
        import: None,
    });
    m.tables.push(TableData { name: "fns".into(), elem: Type::FuncRef, import: None });
    m.sigs.push(SigData { name: "sig".into(), sig: Signature::new(vec![Type::I32], vec![Type::I32]) });
    m.data.push(DataItem { name: "msg".into(), align: 1, parts: vec![DataPart::Bytes(b"hi".to_vec())] });
    m
}

fn memarg(align: u32) -> Imm {
    Imm::MemArg(MemArg { mem: heap(), offset: 0, align, notrap: false, aligned: false })
}

fn ins(b: &mut B, block: Block, kind: InstKind, args: &[Value], results: &[Type]) -> Option<Value> {
    let i = b.body.append_inst(block, kind, args.to_vec(), results);
    b.body.insts[i].results.first().copied()
}

/// The mnemonics of `@f`'s instructions in layout order.
fn ops(m: &Module) -> Vec<String> {
    let body = m.funcs[FuncId::new(1)].body().expect("@f has a body");
    let mut out = Vec::new();
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            out.push(match &body.insts[i].kind {
                InstKind::Op(op) | InstKind::OpImm(op, _) => op.name().to_string(),
                InstKind::Const(c) => format!("{}.const", c.ty),
                InstKind::Call(_) => "call".into(),
                InstKind::CallIndirect { .. } => "call_indirect".into(),
                InstKind::TrapIf { .. } => "trapif".into(),
                InstKind::Return => "return".into(),
                InstKind::Br(_) => "br".into(),
                InstKind::BrIf { .. } => "br_if".into(),
                InstKind::Switch { .. } => "switch".into(),
                InstKind::Trap => "trap".into(),
                InstKind::Own(op) => op.name().into(),
            });
        }
    }
    out
}

#[test]
fn dce_removes_unused_reads_but_keeps_writes_traps_calls_and_table_entries() {
    let mut b = B::default();
    b.body.slots.push(SlotData { name: Some("buf".into()), size: 16, align: 4 });
    let (e, p) = b.block(&[Type::I32]);
    let x = p[0];
    let (fns, sig, counter) = (TableId::new(0), SigId::new(0), GlobalId::new(0));
    let s = ins(&mut b, e, InstKind::OpImm(Opcode::SlotAddr, Imm::Slot(Slot::new(0))), &[], &[Type::Ptr]).unwrap();
    ins(&mut b, e, InstKind::OpImm(Opcode::I32Store, memarg(4)), &[s, x], &[]);
    ins(&mut b, e, InstKind::OpImm(Opcode::I32Load, memarg(4)), &[s], &[Type::I32]); // may trap
    ins(&mut b, e, InstKind::OpImm(Opcode::MemorySize, Imm::Memory(heap())), &[], &[Type::I32]); // read: removed
    ins(&mut b, e, InstKind::OpImm(Opcode::MemoryGrow, Imm::Memory(heap())), &[x], &[Type::I32]); // writes
    ins(&mut b, e, InstKind::OpImm(Opcode::GlobalGet, Imm::Global(counter)), &[], &[Type::I32]); // read: removed
    ins(&mut b, e, InstKind::OpImm(Opcode::GlobalSet, Imm::Global(counter)), &[x], &[]);
    let d = Imm::Data { data: wasmir_syntax::ir::DataId::new(0), addend: 1 };
    ins(&mut b, e, InstKind::OpImm(Opcode::DataAddr, d), &[], &[Type::Ptr]); // pure: removed
    let g = Imm::FuncIndex { table: fns, func: FuncId::new(0) };
    ins(&mut b, e, InstKind::OpImm(Opcode::FuncIndex, g), &[], &[Type::I32]); // a table entry: kept
    let f = Imm::FuncIndex { table: fns, func: FuncId::new(1) };
    let i = ins(&mut b, e, InstKind::OpImm(Opcode::FuncIndex, f), &[], &[Type::I32]).unwrap();
    ins(&mut b, e, InstKind::CallIndirect { table: fns, sig }, &[i, x], &[Type::I32]); // may trap, calls
    ins(&mut b, e, InstKind::Op(Opcode::PtrAdd), &[s, x], &[Type::Ptr]); // pure: removed
    ins(&mut b, e, InstKind::OpImm(Opcode::MemoryFill, Imm::Memory(heap())), &[s, x, x], &[]);
    b.ret(e, &[x]);
    let mut m = with_entities(b.body);
    check(&m);
    assert_eq!(run_pass("dce", &mut m), Ok(wasmir_opt::Changed(true)));
    check(&m);
    let want = [
        "slot.addr",
        "i32.store",
        "i32.load",
        "memory.grow",
        "global.set",
        "fn.index",
        "fn.index",
        "call_indirect",
        "memory.fill",
        "return",
    ];
    assert_eq!(ops(&m), want);
}

#[test]
fn const_fold_leaves_pointers_and_operators_with_immediates_alone() {
    let mut b = B::default();
    let (e, _) = b.block(&[Type::I32]);
    let four = b.i32(e, 4);
    let p = b.op(e, Opcode::PtrFromInt, &[four]);
    let q = b.op(e, Opcode::PtrAdd, &[p, four]);
    let v = ins(&mut b, e, InstKind::OpImm(Opcode::I32Load, memarg(4)), &[q], &[Type::I32]).unwrap();
    let c = ins(&mut b, e, InstKind::OpImm(Opcode::GlobalGet, Imm::Global(GlobalId::new(0))), &[], &[Type::I32]);
    let s = b.op(e, Opcode::I32Add, &[v, c.unwrap()]);
    b.ret(e, &[s]);
    let mut m = with_entities(b.body);
    check(&m);
    assert_eq!(run_pass("const-fold", &mut m), Ok(wasmir_opt::Changed(false)));
}

#[test]
fn pipeline_keeps_effects_in_order_across_merged_blocks() {
    // store; load; (branch on a constant) store; load; global.set: the branch folds and the
    // blocks merge, but the effects keep their order and none is merged with another.
    let mut b = B::default();
    let (e, p) = b.block(&[Type::I32]);
    let (next, _) = b.block(&[]);
    let (other, _) = b.block(&[]);
    let x = p[0];
    let zero = b.i32(e, 0);
    let a = b.op(e, Opcode::PtrFromInt, &[zero]);
    ins(&mut b, e, InstKind::OpImm(Opcode::I32Store, memarg(4)), &[a, x], &[]);
    let l1 = ins(&mut b, e, InstKind::OpImm(Opcode::I32Load, memarg(4)), &[a], &[Type::I32]).unwrap();
    let one = b.i32(e, 1);
    b.br_if(e, one, (next, &[]), (other, &[]));
    ins(&mut b, next, InstKind::OpImm(Opcode::I32Store, memarg(4)), &[a, l1], &[]);
    let l2 = ins(&mut b, next, InstKind::OpImm(Opcode::I32Load, memarg(4)), &[a], &[Type::I32]).unwrap();
    ins(&mut b, next, InstKind::OpImm(Opcode::GlobalSet, Imm::Global(GlobalId::new(0))), &[l2], &[]);
    b.ret(next, &[l2]);
    b.trap(other);
    let mut m = with_entities(b.body);
    check(&m);
    run_pipeline(&mut m, OptLevel::O2);
    check(&m);
    let effects: Vec<String> =
        ops(&m).into_iter().filter(|o| o.contains("load") || o.contains("store") || o.starts_with("global")).collect();
    assert_eq!(effects, ["i32.store", "i32.load", "i32.store", "i32.load", "global.set"]);
    assert_eq!(m.funcs[FuncId::new(1)].body().map(|b| b.layout.len()), Some(1));
}
