//! Test support: a small IR builder and a structural checker standing in for `wasmir-verify`
//! (SSA dominance, edge arity and types, one terminator per block, consistent definitions).
#![allow(dead_code)]

use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::cfg::{compute_cfg, compute_domtree};
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, Function, FunctionKind, InstKind, Module, Opcode, Signature, Type, Value,
    ValueDef,
};

/// Builds one function body.
#[derive(Default)]
pub struct B {
    pub body: Body,
}

impl B {
    pub fn block(&mut self, params: &[Type]) -> (Block, Vec<Value>) {
        let b = self.body.add_block(None);
        let ps = params.iter().map(|&t| self.body.add_block_param(b, t, None)).collect();
        (b, ps)
    }
    pub fn konst(&mut self, b: Block, c: Constant) -> Value {
        let i = self.body.append_inst(b, InstKind::Const(c), vec![], &[c.ty]);
        self.body.insts[i].results[0]
    }
    pub fn i32(&mut self, b: Block, v: i32) -> Value {
        self.konst(b, Constant::i32(v))
    }
    pub fn op(&mut self, b: Block, op: Opcode, args: &[Value]) -> Value {
        let i = self.body.append_inst(b, InstKind::Op(op), args.to_vec(), &[op.result()]);
        self.body.insts[i].results[0]
    }
    pub fn call(&mut self, b: Block, f: u32, args: &[Value], results: &[Type]) -> Vec<Value> {
        use cranelift_entity::EntityRef;
        let i = self.body.append_inst(
            b,
            InstKind::Call(wasmir_syntax::ir::FuncId::new(f as usize)),
            args.to_vec(),
            results,
        );
        self.body.insts[i].results.clone()
    }
    pub fn trap_if(&mut self, b: Block, nonzero: bool, c: Value) {
        self.body.append_inst(b, InstKind::TrapIf { nonzero }, vec![c], &[]);
    }
    pub fn br(&mut self, b: Block, to: Block, args: &[Value]) {
        self.body.append_inst(b, InstKind::Br(call(to, args)), vec![], &[]);
    }
    pub fn br_if(&mut self, b: Block, c: Value, t: (Block, &[Value]), e: (Block, &[Value])) {
        let kind = InstKind::BrIf { then_dest: call(t.0, t.1), else_dest: call(e.0, e.1) };
        self.body.append_inst(b, kind, vec![c], &[]);
    }
    pub fn switch(&mut self, b: Block, v: Value, default: Block, cases: &[(u64, Block)]) {
        let kind = InstKind::Switch {
            default: call(default, &[]),
            cases: cases.iter().map(|&(k, t)| (k, call(t, &[]))).collect(),
        };
        self.body.append_inst(b, kind, vec![v], &[]);
    }
    pub fn ret(&mut self, b: Block, args: &[Value]) {
        self.body.append_inst(b, InstKind::Return, args.to_vec(), &[]);
    }
    pub fn trap(&mut self, b: Block) {
        self.body.append_inst(b, InstKind::Trap, vec![], &[]);
    }
}

fn call(block: Block, args: &[Value]) -> BlockCall {
    BlockCall { block, args: args.to_vec() }
}

/// A module holding `body` as `@f` with signature `params -> results`, after an import `@g` (so
/// that `call` instructions built with function index 0 are valid).
pub fn module(body: Body, params: &[Type], results: &[Type]) -> Module {
    let mut m = Module::default();
    m.funcs.push(Function {
        name: "g".into(),
        sig: Signature { params: vec![Type::I32], results: vec![Type::I32] },
        loc: None,
        kind: FunctionKind::Import { module: "env".into(), field: "g".into() },
    });
    m.funcs.push(Function {
        name: "f".into(),
        sig: Signature { params: params.to_vec(), results: results.to_vec() },
        loc: None,
        kind: FunctionKind::Defined(body),
    });
    // Exported, so that the module pass `dead-funcs` keeps it.
    let f = cranelift_entity::EntityRef::new(1);
    m.exports.push(wasmir_syntax::ir::Export { name: "f".into(), item: wasmir_syntax::ir::ExportItem::Func(f) });
    m
}

/// The printed function `@f` (without the module header and the import).
pub fn print_f(m: &Module) -> String {
    let text = wasmir_syntax::print_module(m);
    let start = text.find("\nfn @f").expect("@f printed") + 1;
    text[start..].to_string()
}

/// Checks `m` with `wasmir_verify::verify` and with this file's own structural rules. Panics with
/// a description of the first violation (test code only).
pub fn check(m: &Module) {
    let errors = wasmir_verify::verify(m, &Default::default());
    if !errors.is_empty() {
        panic!("verifier rejects IR after pass: {errors:?}\n{}", wasmir_syntax::print_module(m));
    }
    for (_, f) in m.funcs.iter() {
        if let Some(body) = f.body() {
            if let Err(e) = check_body(body) {
                panic!("invalid IR after pass: {e}\n{}", wasmir_syntax::print_module(m));
            }
        }
    }
}

fn check_body(body: &Body) -> Result<(), String> {
    let cfg = compute_cfg(body);
    let dt = compute_domtree(body, &cfg);
    // Where each value is defined: block and position (-1 for parameters).
    let mut def_at: SecondaryMap<Value, Option<(Block, i64)>> = SecondaryMap::new();
    let mut seen_block: SecondaryMap<Block, bool> = SecondaryMap::new();
    for &b in &body.layout {
        if seen_block[b] {
            return Err(format!("{b} twice in layout"));
        }
        seen_block[b] = true;
        for (k, &p) in body.blocks[b].params.iter().enumerate() {
            if body.values[p].def != ValueDef::Param(b, k as u32) {
                return Err(format!("{p} def is {:?}, expected param {k} of {b}", body.values[p].def));
            }
            def_at[p] = Some((b, -1));
        }
        let insts = &body.blocks[b].insts;
        if insts.is_empty() {
            return Err(format!("{b} is empty"));
        }
        for (k, &i) in insts.iter().enumerate() {
            let is_term = body.insts[i].kind.is_terminator();
            if is_term != (k + 1 == insts.len()) {
                return Err(format!("{b}: terminator misplaced at {k}"));
            }
            for (r, &v) in body.insts[i].results.iter().enumerate() {
                if body.values[v].def != ValueDef::Result(i, r as u32) {
                    return Err(format!("{v} def mismatch"));
                }
                def_at[v] = Some((b, k as i64));
            }
        }
    }
    let entry = body.entry().ok_or("no entry")?;
    if !cfg.preds[entry].is_empty() {
        return Err("entry has predecessors".into());
    }
    for &b in &body.layout {
        for (k, &i) in body.blocks[b].insts.iter().enumerate() {
            let inst = &body.insts[i];
            let mut uses: Vec<Value> = inst.args.clone();
            for t in inst.kind.targets() {
                if !seen_block[t.block] {
                    return Err(format!("{b} branches to {} outside the layout", t.block));
                }
                let ps = &body.blocks[t.block].params;
                if ps.len() != t.args.len() {
                    return Err(format!("{b} -> {}: {} args for {} params", t.block, t.args.len(), ps.len()));
                }
                for (&a, &p) in t.args.iter().zip(ps) {
                    if body.ty(a) != body.ty(p) {
                        return Err(format!("{b} -> {}: type mismatch", t.block));
                    }
                }
                uses.extend(&t.args);
            }
            match &inst.kind {
                InstKind::Op(op) => {
                    let tys: Vec<Type> = inst.args.iter().map(|&a| body.ty(a)).collect();
                    if tys != op.params() || body.ty(inst.results[0]) != op.result() {
                        return Err(format!("{i}: {op} operand types {tys:?}"));
                    }
                }
                InstKind::Const(c) => {
                    if body.ty(inst.results[0]) != c.ty || !inst.args.is_empty() {
                        return Err(format!("{i}: bad const"));
                    }
                    if matches!(c.ty, Type::I32 | Type::F32) && c.bits >> 32 != 0 {
                        return Err(format!("{i}: 32-bit constant with high bits"));
                    }
                }
                _ => {}
            }
            for u in uses {
                let Some((db, dk)) = def_at[u] else {
                    return Err(format!("{b}: {u} used but not defined"));
                };
                if !dt.is_reachable(b) {
                    continue;
                }
                let ok = if db == b { dk < k as i64 } else { dt.dominates(db, b) };
                if !ok {
                    return Err(format!("{b}: use of {u} not dominated by its definition in {db}"));
                }
            }
        }
    }
    Ok(())
}
