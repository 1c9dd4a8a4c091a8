//! One WasmIR function to CLIF: blocks and their parameters map one to one (both are SSA with
//! block arguments, spec §5.1), instructions in reverse postorder so that every definition is
//! translated before its uses, and every trap made explicit (no signal handlers): a trapping
//! condition branches to the function's trap block, which records the trap kind, the function
//! and the instruction in `vmctx` and returns; after every call the caller checks the trap slot
//! and returns too (spec §1.3).
//!
//! Operators are translated by [`crate::ops`]; this module does control flow, calls, the
//! shadow-stack frame (spec §12.3) and the traps' plumbing.

use crate::abi::{self, clif_type, Helper};
use crate::jit::{OFF_DEPTH, OFF_MEM_BASE, OFF_MEM_SIZE, OFF_SP, OFF_TRAP_FUNC, OFF_TRAP_INST, OFF_TRAP_KIND};
use crate::Error;
use cranelift_codegen::ir::{self, condcodes::IntCC, types, BlockArg, InstBuilder, MemFlagsData};
use cranelift_entity::{EntityRef, SecondaryMap};
use cranelift_frontend::{FunctionBuilder, Switch, Variable};
use rustc_hash::FxHashMap;
use wasmir_interp::TrapKind;
use wasmir_syntax::ir::layout::{Frame, Layout, STACK_GUARD_BYTES};
use wasmir_syntax::ir::{Block, BlockCall, Body, Constant, FuncId, Inst, InstKind, Module, Type, Value};

/// What the translation of one function needs from the module being compiled.
pub struct Env<'a> {
    /// The module (ownership stripped, `i128` legalized).
    pub module: &'a Module,
    /// Its layout (data addresses, frames, table indices).
    pub layout: &'a Layout,
    /// The calling convention of the host.
    pub call_conv: cranelift_codegen::isa::CallConv,
    /// Each named signature's canonical number.
    pub named_sig_ids: &'a [u32],
    /// Pointer width and the like, for the builder's last step.
    pub frontend: cranelift_codegen::isa::TargetFrontendConfig,
    /// Whether any function has `memory.grow`: if none does, memory never moves or changes size
    /// during a call, and calls need not reload its base and size.
    pub grows_memory: bool,
}

/// What a function refers to, mapped to its CLIF entities as first needed.
pub trait Refs {
    /// A direct reference to IR function `f` from the function being built.
    fn func(&mut self, b: &mut FunctionBuilder, f: FuncId) -> ir::FuncRef;
    /// A reference to `helper`.
    fn helper(&mut self, b: &mut FunctionBuilder, helper: Helper) -> ir::FuncRef;
}

/// The state of translating one function.
pub struct Cx<'a, 'b> {
    /// The builder.
    pub b: FunctionBuilder<'b>,
    /// The module's facts.
    pub env: &'a Env<'a>,
    /// Function and helper references.
    pub refs: &'a mut dyn Refs,
    /// The `vmctx` parameter.
    pub vmctx: ir::Value,
    /// The block that records a trap: parameters `(kind code, inst)`.
    trap_block: ir::Block,
    /// The block that returns after a callee trapped (the trap is already recorded).
    unwind_block: ir::Block,
    /// The instruction being translated ([`abi::NONE`] in the prologue).
    pub inst: u32,
    /// The frame pointer, in functions with slots.
    pub fp: Option<ir::Value>,
    /// Linear memory's base address and size in bytes, as variables: read from `vmctx` at entry
    /// and again after anything that may grow memory (a call, `memory.grow`), so that an access
    /// costs no load of them (cranelift-frontend builds the SSA form).
    mem: (Variable, Variable),
    old_sp: Option<ir::Value>,
    values: SecondaryMap<Value, Option<ir::Value>>,
    blocks: SecondaryMap<Block, Option<ir::Block>>,
}

/// Flags of an access to a `vmctx` field: aligned, never trapping.
pub fn field() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl Cx<'_, '_> {
    /// The CLIF value of IR value `v`. Errors: a use not preceded by its definition (invalid IR).
    pub fn val(&self, v: Value) -> Result<ir::Value, Error> {
        self.values
            .get(v)
            .copied()
            .flatten()
            .ok_or_else(|| Error::Invalid(format!("use of {v:?} before its definition")))
    }

    fn define(&mut self, v: Value, x: ir::Value) {
        self.values[v] = Some(x);
    }

    /// Traps with `kind` at the current instruction when `cond` (any integer) is nonzero, and
    /// continues in a new block otherwise.
    pub fn trap_if(&mut self, cond: ir::Value, kind: TrapKind) {
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(cond, cold, &[], cont, &[]);
        // The trap's constants live in a cold block of their own: on the fast path a check is a
        // compare and a branch, nothing more.
        self.b.set_cold_block(cold);
        self.b.switch_to_block(cold);
        let code = self.b.ins().iconst(types::I32, i64::from(abi::trap_code(kind)));
        let inst = self.b.ins().iconst(types::I32, i64::from(self.inst as i32));
        self.b.ins().jump(self.trap_block, &[BlockArg::Value(code), BlockArg::Value(inst)]);
        self.b.switch_to_block(cont);
    }

    /// After a helper that may have written the trap slot: traps (recording this instruction)
    /// when it did.
    pub fn check_helper_trap(&mut self) {
        let k = self.b.ins().load(types::I32, field(), self.vmctx, OFF_TRAP_KIND);
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(k, cold, &[], cont, &[]);
        self.b.set_cold_block(cold);
        self.b.switch_to_block(cold);
        let inst = self.b.ins().iconst(types::I32, i64::from(self.inst as i32));
        self.b.ins().jump(self.trap_block, &[BlockArg::Value(k), BlockArg::Value(inst)]);
        self.b.switch_to_block(cont);
    }

    /// Reads memory's base and size from `vmctx` into their variables.
    pub fn reload_memory(&mut self) {
        let base = self.b.ins().load(types::I64, field(), self.vmctx, OFF_MEM_BASE);
        let size = self.b.ins().load(types::I64, field(), self.vmctx, OFF_MEM_SIZE);
        self.b.def_var(self.mem.0, base);
        self.b.def_var(self.mem.1, size);
    }

    /// Memory's base address and size in bytes (I64 each), as of now.
    pub fn memory(&mut self) -> (ir::Value, ir::Value) {
        (self.b.use_var(self.mem.0), self.b.use_var(self.mem.1))
    }

    /// After a call of generated code: returns at once when the callee trapped.
    fn check_callee_trap(&mut self) {
        let k = self.b.ins().load(types::I32, field(), self.vmctx, OFF_TRAP_KIND);
        let cont = self.b.create_block();
        self.b.ins().brif(k, self.unwind_block, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Calls `helper` with `vmctx` and `args`; its results.
    pub fn call_helper(&mut self, helper: Helper, args: &[ir::Value]) -> Vec<ir::Value> {
        let f = self.refs.helper(&mut self.b, helper);
        let mut all = vec![self.vmctx];
        all.extend_from_slice(args);
        let call = self.b.ins().call(f, &all);
        self.b.inst_results(call).to_vec()
    }

    /// A constant of IR type `c.ty`.
    pub fn constant(&mut self, c: Constant) -> Result<ir::Value, Error> {
        let ins = self.b.ins();
        Ok(match c.ty {
            Type::I32 | Type::Ptr => ins.iconst(types::I32, i64::from(c.bits as u32 as i32)),
            Type::I64 | Type::ExternRef | Type::FuncRef => ins.iconst(types::I64, c.bits as u64 as i64),
            Type::F32 => ins.f32const(ir::immediates::Ieee32::with_bits(c.bits as u32)),
            Type::F64 => ins.f64const(ir::immediates::Ieee64::with_bits(c.bits as u64)),
            Type::I128 => return Err(Error::Invalid("an i128 constant after legalization".into())),
        })
    }

    /// The decrement of the call depth before a call (trapping `StackOverflow` at 0, at the
    /// call as the interpreter does); returns the depth to restore after it.
    fn enter_call(&mut self) -> ir::Value {
        let d = self.b.ins().load(types::I32, field(), self.vmctx, OFF_DEPTH);
        let exhausted = self.b.ins().icmp_imm_s(IntCC::Equal, d, 0);
        self.trap_if(exhausted, TrapKind::StackOverflow);
        let less = self.b.ins().iadd_imm_s(d, -1);
        self.b.ins().store(field(), less, self.vmctx, OFF_DEPTH);
        d
    }
}

/// The blocks reachable from the entry, in reverse postorder: every block after the blocks that
/// dominate it, so definitions are translated before uses.
fn reverse_postorder(body: &Body) -> Vec<Block> {
    let Some(entry) = body.entry() else { return Vec::new() };
    let mut seen: SecondaryMap<Block, bool> = SecondaryMap::new();
    let mut post = Vec::new();
    // Iterative DFS: (block, index of the next successor to visit).
    let mut stack = vec![(entry, 0usize)];
    seen[entry] = true;
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let succs = body.successors(b);
        if let Some(&s) = succs.get(*next) {
            *next += 1;
            if !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// Translates the body of defined function `fid` into `b`'s function, whose signature is already
/// set ([`abi::signature`]).
pub fn function(
    mut b: FunctionBuilder<'_>,
    env: &Env<'_>,
    refs: &mut dyn Refs,
    fid: FuncId,
    body: &Body,
) -> Result<(), Error> {
    let func = &env.module.funcs[fid];
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let trap_block = b.create_block();
    b.append_block_param(trap_block, types::I32);
    b.append_block_param(trap_block, types::I32);
    let unwind_block = b.create_block();
    b.set_cold_block(trap_block);
    b.set_cold_block(unwind_block);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let vmctx = params[0];
    let mem = (b.declare_var(types::I64), b.declare_var(types::I64));
    let mut cx = Cx {
        b,
        env,
        refs,
        vmctx,
        trap_block,
        unwind_block,
        inst: abi::NONE,
        fp: None,
        mem,
        old_sp: None,
        values: SecondaryMap::new(),
        blocks: SecondaryMap::new(),
    };
    let order = reverse_postorder(body);
    for &blk in &order {
        let cb = cx.b.create_block();
        for &p in &body.blocks[blk].params {
            let ty = clif_type(body.ty(p)).ok_or_else(|| Error::Invalid("an i128 block parameter".into()))?;
            let v = cx.b.append_block_param(cb, ty);
            cx.values[p] = Some(v);
        }
        cx.blocks[blk] = Some(cb);
    }
    cx.reload_memory();
    if let Some(frame) = env.layout.frames.get(fid).and_then(Option::as_ref) {
        prologue(&mut cx, frame);
    }
    let first =
        order.first().and_then(|&e| cx.blocks[e]).ok_or_else(|| Error::Invalid("a body without blocks".into()))?;
    let args: Vec<BlockArg> = params[1..].iter().map(|&v| BlockArg::Value(v)).collect();
    cx.b.ins().jump(first, &args);
    for &blk in &order {
        let cb = cx.blocks[blk].ok_or_else(|| Error::Invalid("a block without translation".into()))?;
        cx.b.switch_to_block(cb);
        for &inst in &body.blocks[blk].insts {
            cx.inst = inst.index() as u32;
            instruction(&mut cx, fid, body, inst)?;
        }
    }
    // The trap block: record, then return like the unwind block.
    cx.b.switch_to_block(trap_block);
    let tp = cx.b.block_params(trap_block).to_vec();
    let fcode = cx.b.ins().iconst(types::I32, i64::from(fid.index() as u32 as i32));
    cx.b.ins().store(field(), tp[0], vmctx, OFF_TRAP_KIND);
    cx.b.ins().store(field(), fcode, vmctx, OFF_TRAP_FUNC);
    cx.b.ins().store(field(), tp[1], vmctx, OFF_TRAP_INST);
    cx.b.ins().jump(unwind_block, &[]);
    // The unwind block: any results will do, the caller looks at the trap slot first.
    cx.b.switch_to_block(unwind_block);
    let mut zeros = Vec::new();
    for &t in &func.sig.results {
        let c = Constant { ty: t, bits: 0 };
        zeros.push(cx.constant(c)?);
    }
    cx.b.ins().return_(&zeros);
    cx.b.seal_all_blocks();
    cx.b.finalize(env.frontend);
    Ok(())
}

/// The prologue of a function with slots (spec §12.3, `Frame::frame_pointer`): a frame below
/// the stack pointer, `StackOverflow` when it does not fit, filled with 0xA5 as the interpreter
/// does.
fn prologue(cx: &mut Cx<'_, '_>, frame: &Frame) {
    let old = cx.b.ins().load(types::I32, field(), cx.vmctx, OFF_SP);
    let need = u64::from(frame.size) + u64::from(frame.align) + u64::from(STACK_GUARD_BYTES);
    let short = if need > u64::from(u32::MAX) {
        cx.b.ins().iconst(types::I32, 1)
    } else {
        let n = cx.b.ins().iconst(types::I32, i64::from(need as u32 as i32));
        cx.b.ins().icmp(IntCC::UnsignedLessThan, old, n)
    };
    cx.trap_if(short, TrapKind::StackOverflow);
    let below = cx.b.ins().iadd_imm_s(old, -i64::from(frame.size));
    let fp = cx.b.ins().band_imm_s(below, i64::from(!(frame.align - 1) as i32));
    // The frame lies inside the stack region, inside memory: no bounds check.
    let (base, _) = cx.memory();
    let at = cx.b.ins().uextend(types::I64, fp);
    let at = cx.b.ins().iadd(base, at);
    crate::ops::memset(cx, at, 0xA5, u64::from(frame.size));
    cx.b.ins().store(field(), fp, cx.vmctx, OFF_SP);
    cx.fp = Some(fp);
    cx.old_sp = Some(old);
}

/// The CLIF arguments of a branch to `to`.
fn block_call(cx: &Cx<'_, '_>, to: &BlockCall) -> Result<(ir::Block, Vec<BlockArg>), Error> {
    let target = cx.blocks[to.block].ok_or_else(|| Error::Invalid("a branch to an unknown block".into()))?;
    let args = to.args.iter().map(|&a| cx.val(a).map(BlockArg::Value)).collect::<Result<_, _>>()?;
    Ok((target, args))
}

/// A block with no parameters that reaches `to` (a `switch` case or default): `to`'s own block
/// when it passes no arguments, else a new block, recorded in `pending` to be filled with the
/// jump once the switch is emitted (a block is filled only after the current one is).
fn edge(
    cx: &mut Cx<'_, '_>,
    to: &BlockCall,
    pending: &mut Vec<(ir::Block, ir::Block, Vec<BlockArg>)>,
) -> Result<ir::Block, Error> {
    let (target, args) = block_call(cx, to)?;
    if args.is_empty() {
        return Ok(target);
    }
    let e = cx.b.create_block();
    pending.push((e, target, args));
    Ok(e)
}

fn instruction(cx: &mut Cx<'_, '_>, fid: FuncId, body: &Body, inst: Inst) -> Result<(), Error> {
    let data = &body.insts[inst];
    let args = data.args.iter().map(|&a| cx.val(a)).collect::<Result<Vec<_>, _>>()?;
    let results: Vec<ir::Value> = match &data.kind {
        InstKind::Const(c) => vec![cx.constant(*c)?],
        InstKind::Op(op) => vec![crate::ops::plain(cx, *op, &args)?],
        InstKind::OpImm(op, imm) => crate::ops::with_imm(cx, fid, *op, imm, &args)?,
        InstKind::TrapIf { nonzero } => {
            let c = args[0];
            let cond = if *nonzero { c } else { cx.b.ins().icmp_imm_s(IntCC::Equal, c, 0) };
            cx.trap_if(cond, TrapKind::Unreachable);
            Vec::new()
        }
        InstKind::Call(callee) => {
            let f = cx.refs.func(&mut cx.b, *callee);
            let d = cx.enter_call();
            let mut all = vec![cx.vmctx];
            all.extend_from_slice(&args);
            let call = cx.b.ins().call(f, &all);
            let rs = cx.b.inst_results(call).to_vec();
            cx.b.ins().store(field(), d, cx.vmctx, OFF_DEPTH);
            cx.check_callee_trap();
            if cx.env.grows_memory {
                cx.reload_memory();
            }
            rs
        }
        InstKind::CallIndirect { table, sig } => {
            let m = cx.env.module;
            let sig_data = m.sigs.get(*sig).ok_or_else(|| Error::Invalid("an unknown signature".into()))?;
            let t = cx.b.ins().iconst(types::I32, table.index() as i64);
            let s = cx.b.ins().iconst(types::I32, i64::from(cx.env.named_sig_ids[sig.index()]));
            let code = cx.call_helper(Helper::Indirect, &[t, args[0], s])[0];
            cx.check_helper_trap();
            let d = cx.enter_call();
            let clif_sig = abi::signature(cx.env.call_conv, &sig_data.sig)
                .ok_or_else(|| Error::Invalid("an i128 signature after legalization".into()))?;
            let sref = cx.b.import_signature(clif_sig);
            let mut all = vec![cx.vmctx];
            all.extend_from_slice(&args[1..]);
            let call = cx.b.ins().call_indirect(sref, code, &all);
            let rs = cx.b.inst_results(call).to_vec();
            cx.b.ins().store(field(), d, cx.vmctx, OFF_DEPTH);
            cx.check_callee_trap();
            if cx.env.grows_memory {
                cx.reload_memory();
            }
            rs
        }
        InstKind::Br(to) => {
            let (target, a) = block_call(cx, to)?;
            cx.b.ins().jump(target, &a);
            Vec::new()
        }
        InstKind::BrIf { then_dest, else_dest } => {
            let (t, ta) = block_call(cx, then_dest)?;
            let (e, ea) = block_call(cx, else_dest)?;
            cx.b.ins().brif(args[0], t, &ta, e, &ea);
            Vec::new()
        }
        InstKind::Switch { default, cases } => {
            let mut sw = Switch::new();
            let mut pending = Vec::new();
            let mut taken = FxHashMap::default();
            for (k, to) in cases {
                // The first case of a value wins, as in the interpreter.
                if taken.insert(*k, ()).is_some() {
                    continue;
                }
                let e = edge(cx, to, &mut pending)?;
                sw.set_entry(u128::from(*k), e);
            }
            let d = edge(cx, default, &mut pending)?;
            sw.emit(&mut cx.b, args[0], d);
            for (e, target, a) in pending {
                cx.b.switch_to_block(e);
                cx.b.ins().jump(target, &a);
            }
            Vec::new()
        }
        InstKind::Return => {
            if let Some(old) = cx.old_sp {
                cx.b.ins().store(field(), old, cx.vmctx, OFF_SP);
            }
            cx.b.ins().return_(&args);
            Vec::new()
        }
        InstKind::Trap => {
            let code = cx.b.ins().iconst(types::I32, i64::from(abi::trap_code(TrapKind::Unreachable)));
            let at = cx.b.ins().iconst(types::I32, i64::from(cx.inst as i32));
            cx.b.ins().jump(cx.trap_block, &[BlockArg::Value(code), BlockArg::Value(at)]);
            Vec::new()
        }
        // Ownership has no run-time meaning (spec §4.9); `strip-ownership` removed it already.
        InstKind::Own(_) => args.iter().take(data.results.len()).copied().collect(),
    };
    if results.len() != data.results.len() {
        return Err(Error::Invalid(format!("{} results where the IR has {}", results.len(), data.results.len())));
    }
    for (&v, x) in data.results.iter().zip(results) {
        cx.define(v, x);
    }
    Ok(())
}

/// The entry trampoline of function `fid` with signature `sig` (its CLIF reference `callee`):
/// loads each argument from its 16-byte cell, calls, stores each result in its cell.
pub fn trampoline(
    mut b: FunctionBuilder<'_>,
    callee: ir::FuncRef,
    sig: &wasmir_syntax::ir::Signature,
    frontend: cranelift_codegen::isa::TargetFrontendConfig,
) -> Result<(), Error> {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let (vmctx, args, results) = (p[0], p[1], p[2]);
    let mut all = vec![vmctx];
    for (i, &t) in sig.params.iter().enumerate() {
        let ty = clif_type(t).ok_or_else(|| Error::Invalid("an i128 parameter after legalization".into()))?;
        all.push(b.ins().load(ty, MemFlagsData::trusted(), args, (i as u32 * abi::CELL_BYTES) as i32));
    }
    let call = b.ins().call(callee, &all);
    let rs = b.inst_results(call).to_vec();
    for (i, r) in rs.into_iter().enumerate() {
        b.ins().store(MemFlagsData::trusted(), r, results, (i as u32 * abi::CELL_BYTES) as i32);
    }
    b.ins().return_(&[]);
    b.seal_all_blocks();
    b.finalize(frontend);
    Ok(())
}

/// The body of an import the host provides (`wasmrust.panic_write`): a call of its helper.
pub fn import_stub(
    mut b: FunctionBuilder<'_>,
    helper: ir::FuncRef,
    frontend: cranelift_codegen::isa::TargetFrontendConfig,
) {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    b.ins().call(helper, &p);
    b.ins().return_(&[]);
    b.seal_all_blocks();
    b.finalize(frontend);
}
