//! Test support: build IR with a small builder, emit, validate, run on wasmtime.
#![allow(dead_code)]

use std::collections::BTreeMap;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, Export, ExportItem, FuncId, Function, FunctionKind, InstKind, Module, Opcode,
    Signature, SourceMap, Type, Value, Version,
};

/// Builds one function body.
pub struct Fb {
    pub body: Body,
    cur: Option<Block>,
    blocks: BTreeMap<String, Block>,
}

impl Fb {
    pub fn new() -> Fb {
        Fb { body: Body::default(), cur: None, blocks: BTreeMap::new() }
    }

    /// Declares (and switches to) block `name` with parameters; names starting with a digit are anonymous.
    pub fn block(&mut self, name: &str, params: &[(&str, Type)]) -> (Block, Vec<Value>) {
        let b = self.label(name);
        let mut vs = Vec::new();
        for &(n, ty) in params {
            vs.push(self.body.add_block_param(b, ty, named(n)));
        }
        self.cur = Some(b);
        (b, vs)
    }

    /// The block named `name`, created (at the end of the layout) on first mention.
    pub fn label(&mut self, name: &str) -> Block {
        if let Some(&b) = self.blocks.get(name) {
            return b;
        }
        let b = self.body.add_block(named(name));
        self.blocks.insert(name.to_string(), b);
        b
    }

    /// Switches to an existing block and adds parameters to it.
    pub fn at(&mut self, name: &str) -> Block {
        let b = self.label(name);
        self.cur = Some(b);
        b
    }

    pub fn param(&mut self, name: &str, ty: Type) -> Value {
        let b = self.cur.unwrap();
        self.body.add_block_param(b, ty, named(name))
    }

    /// Appends any instruction, consistent or not.
    pub fn raw(&mut self, kind: InstKind, args: Vec<Value>, tys: &[Type]) -> Vec<Value> {
        self.inst(kind, args, tys)
    }

    fn inst(&mut self, kind: InstKind, args: Vec<Value>, tys: &[Type]) -> Vec<Value> {
        let b = self.cur.unwrap();
        let i = self.body.append_inst(b, kind, args, tys);
        self.body.insts[i].results.clone()
    }

    pub fn name(&mut self, v: Value, n: &str) -> Value {
        self.body.values[v].name = named(n);
        v
    }

    pub fn iconst(&mut self, v: i32) -> Value {
        self.inst(InstKind::Const(Constant::i32(v)), vec![], &[Type::I32])[0]
    }
    pub fn lconst(&mut self, v: i64) -> Value {
        self.inst(InstKind::Const(Constant::i64(v)), vec![], &[Type::I64])[0]
    }
    pub fn fconst(&mut self, v: f32) -> Value {
        self.inst(InstKind::Const(Constant::f32(v)), vec![], &[Type::F32])[0]
    }
    pub fn dconst(&mut self, v: f64) -> Value {
        self.inst(InstKind::Const(Constant::f64(v)), vec![], &[Type::F64])[0]
    }

    pub fn op(&mut self, op: &str, args: &[Value]) -> Value {
        let op = Opcode::from_name(op).unwrap_or_else(|| panic!("no operator {op}"));
        self.inst(InstKind::Op(op), args.to_vec(), &[op.result()])[0]
    }

    pub fn call(&mut self, f: FuncId, args: &[Value], results: &[Type]) -> Vec<Value> {
        self.inst(InstKind::Call(f), args.to_vec(), results)
    }

    pub fn trapz(&mut self, c: Value) {
        self.inst(InstKind::TrapIf { nonzero: false }, vec![c], &[]);
    }
    pub fn trapnz(&mut self, c: Value) {
        self.inst(InstKind::TrapIf { nonzero: true }, vec![c], &[]);
    }

    fn call_of(&mut self, to: &str, args: &[Value]) -> BlockCall {
        BlockCall { block: self.label(to), args: args.to_vec() }
    }

    pub fn br(&mut self, to: &str, args: &[Value]) {
        let c = self.call_of(to, args);
        self.inst(InstKind::Br(c), vec![], &[]);
    }

    pub fn br_if(&mut self, cond: Value, t: (&str, &[Value]), e: (&str, &[Value])) {
        let then_dest = self.call_of(t.0, t.1);
        let else_dest = self.call_of(e.0, e.1);
        self.inst(InstKind::BrIf { then_dest, else_dest }, vec![cond], &[]);
    }

    pub fn switch(&mut self, v: Value, default: (&str, &[Value]), cases: &[(u64, &str, &[Value])]) {
        let default = self.call_of(default.0, default.1);
        let cases = cases.iter().map(|&(k, to, args)| (k, self.call_of(to, args))).collect();
        self.inst(InstKind::Switch { default, cases }, vec![v], &[]);
    }

    pub fn ret(&mut self, vs: &[Value]) {
        self.inst(InstKind::Return, vs.to_vec(), &[]);
    }

    pub fn trap(&mut self) {
        self.inst(InstKind::Trap, vec![], &[]);
    }
}

fn named(n: &str) -> Option<String> {
    (!n.chars().all(|c| c.is_ascii_digit())).then(|| n.to_string())
}

/// Builds a module.
pub struct Mb {
    pub module: Module,
}

impl Mb {
    pub fn new() -> Mb {
        Mb { module: Module { version: Some(Version::CURRENT), ..Default::default() } }
    }

    /// Declares a function (body filled in later with `define`) and exports it under its name.
    pub fn declare(&mut self, name: &str, params: &[Type], results: &[Type]) -> FuncId {
        let f = self.module.funcs.push(Function {
            name: name.to_string(),
            sig: Signature::new(params.to_vec(), results.to_vec()),
            loc: None,
            kind: FunctionKind::Defined(Body::default()),
        });
        self.module.exports.push(Export { name: name.to_string(), item: ExportItem::Func(f) });
        f
    }

    pub fn import(&mut self, name: &str, module: &str, field: &str, params: &[Type], results: &[Type]) -> FuncId {
        self.module.funcs.push(Function {
            name: name.to_string(),
            sig: Signature::new(params.to_vec(), results.to_vec()),
            loc: None,
            kind: FunctionKind::Import { module: module.to_string(), field: field.to_string() },
        })
    }

    pub fn define(&mut self, f: FuncId, fb: Fb) {
        self.module.funcs[f].kind = FunctionKind::Defined(fb.body);
    }

    /// A function with one body, exported.
    pub fn func(
        &mut self,
        name: &str,
        params: &[Type],
        results: &[Type],
        build: impl FnOnce(&mut Fb, &[Value]),
    ) -> FuncId {
        let f = self.declare(name, params, results);
        let mut fb = Fb::new();
        let ps: Vec<(&str, Type)> = params.iter().enumerate().map(|(i, &t)| (PARAM_NAMES[i], t)).collect();
        let (_, vs) = fb.block("entry", &ps);
        build(&mut fb, &vs);
        self.define(f, fb);
        f
    }

    /// Emits, validates (always), and returns the bytes.
    pub fn emit(&self) -> Vec<u8> {
        match wasmir_emit::emit(&self.module, &SourceMap::default()) {
            Ok(bytes) => {
                if let Err(e) = wasmparser::Validator::new().validate_all(&bytes) {
                    panic!("invalid wasm: {e}\n{}", wat(&bytes));
                }
                bytes
            }
            Err(d) => panic!("emit failed: {d:?}"),
        }
    }

    pub fn emit_err(&self) -> Vec<Diagnostic> {
        match wasmir_emit::emit(&self.module, &SourceMap::default()) {
            Ok(b) => panic!("expected diagnostics, got a module:\n{}", wat(&b)),
            Err(d) => d,
        }
    }

    pub fn instance(&self) -> Inst {
        Inst::new(&self.emit())
    }
}

pub const PARAM_NAMES: [&str; 8] = ["a", "b", "c", "d", "e", "f", "g", "h"];

pub fn wat(bytes: &[u8]) -> String {
    wasmprinter::print_bytes(bytes).unwrap_or_else(|e| format!("<unprintable: {e}>"))
}

/// A running instance.
pub struct Inst {
    store: wasmtime::Store<()>,
    instance: wasmtime::Instance,
}

/// A wasm value for calls and results.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum V {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
}

impl Inst {
    pub fn new(bytes: &[u8]) -> Inst {
        Inst::with_imports(bytes, |_| {})
    }

    pub fn with_imports(bytes: &[u8], link: impl FnOnce(&mut wasmtime::Linker<()>)) -> Inst {
        Inst::with_store_imports(bytes, |l, _| link(l))
    }

    /// Like `with_imports`, for imports (memories, globals, tables) that live in the store.
    pub fn with_store_imports(
        bytes: &[u8],
        link: impl FnOnce(&mut wasmtime::Linker<()>, &mut wasmtime::Store<()>),
    ) -> Inst {
        let engine = wasmtime::Engine::default();
        let module = wasmtime::Module::new(&engine, bytes).expect("wasmtime accepts the module");
        let mut linker = wasmtime::Linker::new(&engine);
        let mut store = wasmtime::Store::new(&engine, ());
        link(&mut linker, &mut store);
        let instance = linker.instantiate(&mut store, &module).expect("instantiates");
        Inst { store, instance }
    }

    /// Calls `name`; `None` when it traps.
    pub fn call(&mut self, name: &str, args: &[V]) -> Option<Vec<V>> {
        self.try_call(name, args).ok()
    }

    /// Calls `name`; the trap's code when it traps.
    pub fn try_call(&mut self, name: &str, args: &[V]) -> Result<Vec<V>, wasmtime::Trap> {
        let f = self.instance.get_func(&mut self.store, name).unwrap_or_else(|| panic!("no export {name}"));
        let args: Vec<wasmtime::Val> = args
            .iter()
            .map(|v| match *v {
                V::I32(x) => wasmtime::Val::I32(x),
                V::I64(x) => wasmtime::Val::I64(x),
                V::F32(x) => wasmtime::Val::F32(x),
                V::F64(x) => wasmtime::Val::F64(x),
            })
            .collect();
        let n = f.ty(&self.store).results().len();
        let mut res = vec![wasmtime::Val::I32(0); n];
        match f.call(&mut self.store, &args, &mut res) {
            Ok(()) => Ok(res
                .iter()
                .map(|v| match v {
                    wasmtime::Val::I32(x) => V::I32(*x),
                    wasmtime::Val::I64(x) => V::I64(*x),
                    wasmtime::Val::F32(x) => V::F32(*x),
                    wasmtime::Val::F64(x) => V::F64(*x),
                    other => panic!("unexpected {other:?}"),
                })
                .collect()),
            Err(e) => match e.downcast_ref::<wasmtime::Trap>() {
                Some(&t) => Err(t),
                None => panic!("not a trap: {e:?}"),
            },
        }
    }

    /// `len` bytes of exported memory `name` from `at`.
    pub fn read(&mut self, name: &str, at: usize, len: usize) -> Vec<u8> {
        let m = self.instance.get_memory(&mut self.store, name).unwrap_or_else(|| panic!("no memory {name}"));
        m.data(&self.store)[at..at + len].to_vec()
    }

    /// The size in bytes of exported memory `name`.
    pub fn memory_size(&mut self, name: &str) -> usize {
        let m = self.instance.get_memory(&mut self.store, name).unwrap_or_else(|| panic!("no memory {name}"));
        m.data_size(&self.store)
    }

    /// The value of exported global `name`.
    pub fn global(&mut self, name: &str) -> wasmtime::Val {
        let g = self.instance.get_global(&mut self.store, name).unwrap_or_else(|| panic!("no global {name}"));
        g.get(&mut self.store)
    }

    pub fn i32(&mut self, name: &str, args: &[i32]) -> Option<i32> {
        let args: Vec<V> = args.iter().map(|&a| V::I32(a)).collect();
        self.call(name, &args).map(|r| match r[..] {
            [V::I32(x)] => x,
            ref o => panic!("{o:?}"),
        })
    }

    pub fn i64(&mut self, name: &str, args: &[i64]) -> Option<i64> {
        let args: Vec<V> = args.iter().map(|&a| V::I64(a)).collect();
        self.call(name, &args).map(|r| match r[..] {
            [V::I64(x)] => x,
            ref o => panic!("{o:?}"),
        })
    }
}
