//! Test support: a small IR builder, and [`check`], which decides the validity of a pass's output
//! with `wasmir-verify`, the one checker of WasmIR.
#![allow(dead_code)]

use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, Function, FunctionKind, InstKind, Module, Opcode, Signature, Type, Value,
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
        sig: Signature::new(vec![Type::I32], vec![Type::I32]),
        loc: None,
        kind: FunctionKind::Import { module: "env".into(), field: "g".into() },
    });
    m.funcs.push(Function {
        name: "f".into(),
        sig: Signature::new(params.to_vec(), results.to_vec()),
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

/// Checks `m` with `wasmir_verify::verify` (spec chapter 6: structure, types, SSA dominance), and
/// that its constants are in canonical form, a representation invariant of `Constant` that the
/// verifier does not check. Panics with the verifier's diagnostics (test code only).
pub fn check(m: &Module) {
    let errors = wasmir_verify::verify(m, &Default::default());
    if !errors.is_empty() {
        panic!("verifier rejects IR after pass: {errors:?}\n{}", wasmir_syntax::print_module(m));
    }
    for (_, f) in m.funcs.iter() {
        let Some(body) = f.body() else { continue };
        for &i in body.layout.iter().flat_map(|&b| &body.blocks[b].insts) {
            if let InstKind::Const(c) = body.insts[i].kind {
                // `Constant`: "i32 in the low 32 bits, upper bits zero" (and so for f32).
                let canonical = c.ty.bits() == 64 || c.bits >> 32 == 0;
                assert!(canonical, "32-bit constant with high bits: {c:?}\n{}", wasmir_syntax::print_module(m));
            }
        }
    }
}
