//! Structured items to wasm instructions (spec §7.4-§7.6).
//!
//! Every value lives in its local ([`crate::locals`]): an instruction pushes its operands with
//! `local.get`, runs, and stores its results with `local.set` (in reverse, for multi-value calls),
//! or `drop`s results nobody reads. One peephole keeps the code compact: a `local.get` right after
//! the `local.set` of the same value becomes `local.tee`, or disappears with the set when that was
//! the value's only read (the local then keeps its old content, which no one reads: every value
//! sharing the local is written before it is read, since definitions dominate uses).
//!
//! Memory and module entities (spec §12): `ptr` is wasm's `i32` (`ptr.add` is `i32.add`, the
//! comparisons are unsigned `i32` ones, `ptr.to_int`/`ptr.from_int` are no instruction); loads
//! and stores carry wasm's memarg (alignment as its base-2 logarithm); `data.addr` and `fn.index`
//! are `i32.const` of the address or table index that [`Layout`] assigns; `call_indirect` pushes
//! its arguments, then the index.
//!
//! The shadow stack (spec §12.3): a function with slots begins with a prologue that reads the
//! stack pointer global into local `old`, traps (`unreachable`) when `old < size + align + 16`,
//! computes the frame pointer `fp = (old - size) & !(align - 1)` (no `and` when `align` is 16:
//! the stack pointer always is a multiple of 16) and stores it as the new stack pointer. Every
//! `return` writes `old` back; a trap does not. `slot.addr[#s]` is `fp + offset(s)`.

use crate::checked;
use crate::error::{inst_span, malformed, unsupported, Broken};
use crate::locals::Locals;
use crate::structure::Item;
use crate::Indices;
use std::borrow::Cow;
use wasm_encoder::{BlockType, Ieee32, Ieee64, Instruction as I};
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::layout::{Frame, Layout, STACK_ALIGN, STACK_GUARD_BYTES};
use wasmir_syntax::ir::{Body, Constant, Format, FuncSpans, Imm, Inst, InstKind, MemoryId, Opcode, Type, Value};

/// What lowering one function needs to know about the module.
pub struct Env<'a> {
    /// The function's name, for diagnostics.
    pub name: &'a str,
    /// The body.
    pub body: &'a Body,
    /// Its spans.
    pub spans: &'a FuncSpans,
    /// The wasm index of every entity of the module.
    pub indices: &'a Indices,
    /// Where data items and table elements are.
    pub layout: &'a Layout,
    /// The function's stack frame, if it has slots.
    pub frame: Option<&'a Frame>,
}

/// Lowers `items` to the instructions of a wasm function body, ending with the body's `end`.
/// Adds the scratch locals it needs to `locals`.
pub fn run(env: &Env, items: &[Item], locals: &mut Locals) -> Result<Vec<I<'static>>, Diagnostic> {
    run_with_origins(env, items, locals).map(|(out, _)| out)
}

/// [`run`], and beside each wasm instruction the IR instruction it comes from (for source
/// locations, spec §7.9): the instructions lowering one IR instruction (the `local.get`s of its
/// operands and the `local.set`s of its results included), a branch's parallel copy, `switch`
/// dispatch, `return` and `trap` have their terminator; an `if`, `br_if` or `br` whose
/// destination runs straight into the `unreachable` of a `trap` has that `trap` (engines fold
/// such a branch into a conditional trap and report the branch); other structured control
/// (`block`, `loop`, `else`, `end`) and the shadow-stack prologue have none.
pub fn run_with_origins(
    env: &Env,
    items: &[Item],
    locals: &mut Locals,
) -> Result<(Vec<I<'static>>, Vec<Option<Inst>>), Diagnostic> {
    let traps = trap_destinations(env.body, items, locals);
    let mut l = Lower { env, locals, out: Vec::new(), origins: Vec::new(), origin: None, pending: None };
    if let Some(frame) = env.frame {
        l.prologue(frame)?;
    }
    for (item, &trap) in items.iter().zip(&traps) {
        l.item(item, trap)?;
    }
    l.origin = None;
    // Every structured path ends in a branch, `return` or `unreachable`, but after the `end` of a
    // construct wasm's validator no longer knows that the code is dead.
    if matches!(l.out.last(), None | Some(I::End)) {
        l.emit(I::Unreachable);
    }
    l.emit(I::End);
    let (mut out, origins) = (l.out, l.origins);
    compact(&mut out, locals);
    Ok((out, origins))
}

/// Per item, for an `if` (either arm), `br_if` or `br`: the `trap` terminator its destination
/// runs into at
/// once (passing only `block` and `loop` starts, `end`s, and items that emit nothing: the body of
/// a block without instructions before its terminator, a copy to a block without live
/// parameters), if any.
fn trap_destinations(body: &Body, items: &[Item], locals: &Locals) -> Vec<Option<Inst>> {
    let n = items.len();
    let empty = |item: &Item| match item {
        Item::Block | Item::Loop | Item::End => true,
        Item::Body(b) => body.blocks[*b].insts.len() <= 1,
        Item::Copy { inst, target } => body.insts[*inst]
            .kind
            .targets()
            .get(*target)
            .is_some_and(|call| body.blocks[call.block].params.iter().all(|&p| !locals.live_param[p])),
        _ => false,
    };
    // The trap that control arriving at item `k` runs into.
    let mut reach = vec![None; n + 1];
    for k in (0..n).rev() {
        reach[k] = match &items[k] {
            Item::Trap(t) => Some(*t),
            item if empty(item) => reach[k + 1],
            _ => None,
        };
    }
    let mut end_of = vec![n; n];
    let mut else_of = vec![None; n];
    let mut open = Vec::new();
    for (k, item) in items.iter().enumerate() {
        match item {
            Item::Block | Item::Loop | Item::If(_) => open.push(k),
            Item::Else => {
                if let Some(&s) = open.last() {
                    else_of[s] = Some(k);
                }
            }
            Item::End => {
                if let Some(s) = open.pop() {
                    end_of[s] = k;
                }
            }
            _ => {}
        }
    }
    let mut out = vec![None; n];
    open.clear();
    for (k, item) in items.iter().enumerate() {
        match item {
            Item::Block | Item::Loop => open.push(k),
            Item::If(_) => {
                // Either arm: the engine may turn the `if` into a conditional trap either way.
                out[k] = reach[k + 1].or_else(|| else_of[k].and_then(|e| reach[e + 1]));
                open.push(k);
            }
            Item::End => {
                open.pop();
            }
            Item::Br(depth) | Item::BrIf { depth, .. } => {
                let target = open.len().checked_sub(1 + *depth as usize).map(|i| open[i]);
                out[k] = match target {
                    Some(s) if matches!(items[s], Item::Loop) => reach[s + 1],
                    Some(s) => reach[(end_of[s] + 1).min(n)],
                    None => None,
                };
            }
            _ => {}
        }
    }
    out
}

/// Removes the locals no instruction mentions (values whose only `local.set`/`local.get` pair the
/// peephole removed) and renumbers the others.
fn compact(out: &mut [I<'static>], locals: &mut Locals) {
    let mut used = vec![false; locals.types.len()];
    for i in out.iter() {
        if let I::LocalGet(l) | I::LocalSet(l) | I::LocalTee(l) = i {
            if let Some(u) = used.get_mut(*l as usize) {
                *u = true;
            }
        }
    }
    let map = locals.retain(&used);
    for i in out.iter_mut() {
        if let I::LocalGet(l) | I::LocalSet(l) | I::LocalTee(l) = i {
            if let Some(Some(n)) = map.get(*l as usize) {
                *l = *n;
            }
        }
    }
}

struct Lower<'a, 'e> {
    env: &'a Env<'e>,
    locals: &'a mut Locals,
    out: Vec<I<'static>>,
    /// The IR instruction each instruction of `out` comes from, if any.
    origins: Vec<Option<Inst>>,
    /// The IR instruction being lowered: the origin of what `emit` appends.
    origin: Option<Inst>,
    /// The value whose `local.set` is the last instruction emitted, if any.
    pending: Option<Value>,
}

impl Lower<'_, '_> {
    fn emit(&mut self, i: I<'static>) {
        self.pending = None;
        self.out.push(i);
        self.origins.push(self.origin);
    }

    fn local(&self, v: Value, at: Option<Inst>) -> Result<u32, Diagnostic> {
        match self.locals.of.get(v).copied().flatten() {
            Some(l) => Ok(l),
            None => {
                let span = at.map_or(self.env.spans.name, |i| inst_span(self.env.spans, i));
                Err(malformed(self.env.name, Broken::UndefinedValue(v), span))
            }
        }
    }

    /// Pushes `v` (read by instruction `at`, if known: only for diagnostics).
    fn get(&mut self, v: Value, at: impl Into<Option<Inst>>) -> Result<(), Diagnostic> {
        if let Some(c) = self.locals.constant[v] {
            self.emit(const_inst(c));
            return Ok(());
        }
        let at = at.into();
        let l = self.local(v, at)?;
        if self.pending == Some(v) {
            self.out.pop();
            // The tee keeps the origin of the set it replaces.
            let origin = self.origins.pop().flatten();
            if self.locals.uses[v] != 1 {
                self.out.push(I::LocalTee(l));
                self.origins.push(origin);
            }
            self.pending = None;
        } else {
            self.emit(I::LocalGet(l));
        }
        Ok(())
    }

    /// Pops the value on top of the stack into `v`'s local, or drops it if nobody reads `v`.
    fn set(&mut self, v: Value) {
        match self.locals.of[v] {
            Some(l) => {
                self.emit(I::LocalSet(l));
                self.pending = Some(v);
            }
            None => self.emit(I::Drop),
        }
    }

    /// Lowers `item`; `trap` is the `trap` its branch runs into ([`trap_destinations`]).
    fn item(&mut self, item: &Item, trap: Option<Inst>) -> Result<(), Diagnostic> {
        let body = self.env.body;
        self.origin = match item {
            Item::Copy { inst, .. } | Item::Switch { inst, .. } | Item::Return(inst) | Item::Trap(inst) => Some(*inst),
            _ => None,
        };
        match item {
            Item::Block => self.emit(I::Block(BlockType::Empty)),
            Item::Loop => self.emit(I::Loop(BlockType::Empty)),
            Item::If(c) => {
                self.get(*c, None)?;
                self.origin = trap;
                self.emit(I::If(BlockType::Empty));
            }
            Item::Else => self.emit(I::Else),
            Item::End => self.emit(I::End),
            Item::Body(b) => {
                let insts = &body.blocks[*b].insts;
                for &i in &insts[..insts.len().saturating_sub(1)] {
                    self.origin = Some(i);
                    self.inst(i)?;
                }
                self.origin = None;
            }
            Item::Copy { inst, target } => self.copy(*inst, *target)?,
            Item::Br(d) => {
                self.origin = trap;
                self.emit(I::Br(*d));
            }
            Item::BrIf { cond, depth, negate } => {
                self.get(*cond, None)?;
                self.origin = trap;
                if *negate {
                    self.emit(I::I32Eqz);
                }
                self.emit(I::BrIf(*depth));
            }
            Item::Switch { inst, case_depths, default_depth } => self.switch(*inst, case_depths, *default_depth)?,
            Item::Return(inst) => {
                for &a in &body.insts[*inst].args {
                    self.get(a, *inst)?;
                }
                if let (Some((old, _)), Some(sp)) = (self.locals.frame, self.env.indices.stack_pointer) {
                    self.emit(I::LocalGet(old));
                    self.emit(I::GlobalSet(sp));
                }
                self.emit(I::Return);
            }
            Item::Trap(_) => self.emit(I::Unreachable),
        }
        Ok(())
    }

    /// The parallel copy of a branch's arguments into its target's live parameters: all reads,
    /// then all writes in reverse, so `br ^l(%y, %x)` swaps. Pairs already in the same local are
    /// left out, which keeps the copy parallel since every read precedes every write.
    fn copy(&mut self, inst: Inst, target: usize) -> Result<(), Diagnostic> {
        let body = self.env.body;
        let targets = body.insts[inst].kind.targets();
        let Some(call) = targets.get(target) else {
            return Err(malformed(self.env.name, Broken::MissingTarget, inst_span(self.env.spans, inst)));
        };
        let mut dests = Vec::new();
        for (&arg, &param) in call.args.iter().zip(&body.blocks[call.block].params) {
            if !self.locals.live_param[param] {
                continue;
            }
            let to = self.local(param, Some(inst))?;
            let from = if self.locals.constant[arg].is_some() { None } else { Some(self.local(arg, Some(inst))?) };
            if from != Some(to) {
                self.get(arg, inst)?;
                dests.push(to);
            }
        }
        for &to in dests.iter().rev() {
            self.emit(I::LocalSet(to));
        }
        Ok(())
    }

    fn inst(&mut self, i: Inst) -> Result<(), Diagnostic> {
        let body = self.env.body;
        let data = &body.insts[i];
        match &data.kind {
            // Constants are pushed where they are read (see `get`).
            InstKind::Const(_) => {}
            InstKind::Op(op) => {
                let op = *op;
                if let Some(seq) = checked::sequence(op, |ty, k| self.locals.scratch(ty, k)) {
                    for &a in &data.args {
                        self.get(a, i)?;
                    }
                    for x in seq {
                        self.emit(x);
                    }
                } else if matches!(op, Opcode::PtrToInt | Opcode::PtrFromInt) {
                    // `ptr` is `i32` on wasm: the conversions are no instruction.
                    self.get(data.args[0], i)?;
                } else if matches!(
                    op,
                    Opcode::I32Select | Opcode::I64Select | Opcode::F32Select | Opcode::F64Select | Opcode::PtrSelect
                ) {
                    // IR `select %c, %a, %b` takes the condition first; wasm's takes it last.
                    for &a in [&data.args[1], &data.args[2], &data.args[0]] {
                        self.get(a, i)?;
                    }
                    self.emit(I::Select);
                } else {
                    let Some(x) = plain(op) else {
                        return Err(unsupported(self.env.name, op.name(), inst_span(self.env.spans, i)));
                    };
                    for &a in &data.args {
                        self.get(a, i)?;
                    }
                    self.emit(x);
                }
                self.set(data.results[0]);
            }
            InstKind::Call(f) => {
                for &a in &data.args {
                    self.get(a, i)?;
                }
                self.emit(I::Call(self.env.indices.funcs[*f]));
                for &r in data.results.iter().rev() {
                    self.set(r);
                }
            }
            InstKind::OpImm(op, imm) => self.op_imm(i, *op, imm)?,
            InstKind::CallIndirect { table, sig } => {
                let at = inst_span(self.env.spans, i);
                let Some((&index, args)) = data.args.split_first() else {
                    return Err(malformed(self.env.name, Broken::Arity, at));
                };
                let ix = self.env.indices;
                let (Some(type_index), Some(table_index)) = (ix.sig_types[*sig], ix.tables[*table]) else {
                    return Err(malformed(self.env.name, Broken::DanglingEntity, at));
                };
                for &a in args {
                    self.get(a, i)?;
                }
                self.get(index, i)?;
                self.emit(I::CallIndirect { type_index, table_index });
                for &r in data.results.iter().rev() {
                    self.set(r);
                }
            }
            InstKind::TrapIf { nonzero } => {
                self.get(data.args[0], i)?;
                if !nonzero {
                    self.emit(I::I32Eqz);
                }
                self.emit(I::If(BlockType::Empty));
                self.emit(I::Unreachable);
                self.emit(I::End);
            }
            _ => return Err(malformed(self.env.name, Broken::EarlyTerminator, inst_span(self.env.spans, i))),
        }
        Ok(())
    }

    /// The shadow-stack prologue of a function with a frame (module docs).
    fn prologue(&mut self, frame: &Frame) -> Result<(), Diagnostic> {
        let Some(sp) = self.env.indices.stack_pointer else {
            return Err(malformed(self.env.name, Broken::NoMemory, self.env.spans.name));
        };
        let (old, fp) = self.locals.frame_locals();
        let need = u64::from(frame.size) + u64::from(frame.align) + u64::from(STACK_GUARD_BYTES);
        self.emit(I::GlobalGet(sp));
        self.emit(I::LocalTee(old));
        if need > u64::from(u32::MAX) {
            // No stack pointer is that large: the frame never fits.
            self.emit(I::Drop);
            self.emit(I::Unreachable);
            return Ok(());
        }
        for x in [I::I32Const(need as u32 as i32), I::I32LtU, I::If(BlockType::Empty), I::Unreachable, I::End] {
            self.emit(x);
        }
        self.emit(I::LocalGet(old));
        if frame.size != 0 {
            self.emit(I::I32Const(frame.size as i32));
            self.emit(I::I32Sub);
        }
        if frame.align != STACK_ALIGN {
            self.emit(I::I32Const(!(frame.align.wrapping_sub(1)) as i32));
            self.emit(I::I32And);
        }
        self.emit(I::LocalTee(fp));
        self.emit(I::GlobalSet(sp));
        Ok(())
    }

    /// The wasm index of memory `m`.
    fn memory(&self, m: MemoryId, at: Inst) -> Result<u32, Diagnostic> {
        self.env.indices.memories[m]
            .ok_or_else(|| malformed(self.env.name, Broken::DanglingEntity, inst_span(self.env.spans, at)))
    }

    /// An operator with immediates (`InstKind::OpImm`): the memory, global, slot, data and table
    /// operators of spec §12.
    fn op_imm(&mut self, i: Inst, op: Opcode, imm: &Imm) -> Result<(), Diagnostic> {
        let env = self.env;
        let data = &env.body.insts[i];
        let at = inst_span(env.spans, i);
        let bad = |what| malformed(env.name, what, at);
        let x = match (op.format(), *imm) {
            (Format::Load | Format::Store, Imm::MemArg(m)) => {
                let memory_index = self.memory(m.mem, i)?;
                let width = op.access_bytes().ok_or_else(|| bad(Broken::BadImmediate))?;
                if !m.align.is_power_of_two() || m.align > width {
                    return Err(bad(Broken::BadImmediate));
                }
                let arg =
                    wasm_encoder::MemArg { offset: m.offset.into(), align: m.align.trailing_zeros(), memory_index };
                memory_access(op, arg).ok_or_else(|| unsupported(env.name, op.name(), at))?
            }
            (Format::Memory, Imm::Memory(m)) => {
                let mem = self.memory(m, i)?;
                match op {
                    Opcode::MemorySize => I::MemorySize(mem),
                    Opcode::MemoryGrow => I::MemoryGrow(mem),
                    Opcode::MemoryCopy => I::MemoryCopy { src_mem: mem, dst_mem: mem },
                    Opcode::MemoryFill => I::MemoryFill(mem),
                    _ => return Err(unsupported(env.name, op.name(), at)),
                }
            }
            (Format::GlobalGet | Format::GlobalSet, Imm::Global(g)) => {
                let g = env.indices.globals[g].ok_or_else(|| bad(Broken::DanglingEntity))?;
                if op.format() == Format::GlobalGet {
                    I::GlobalGet(g)
                } else {
                    I::GlobalSet(g)
                }
            }
            (Format::Slot, Imm::Slot(s)) => {
                let (Some(frame), Some((_, fp))) = (env.frame, self.locals.frame) else {
                    return Err(bad(Broken::DanglingEntity));
                };
                if env.body.slots.get(s).is_none() {
                    return Err(bad(Broken::DanglingEntity));
                }
                self.emit(I::LocalGet(fp));
                if frame.offsets[s] != 0 {
                    self.emit(I::I32Const(frame.offsets[s] as i32));
                    self.emit(I::I32Add);
                }
                return self.results(data);
            }
            (Format::Data, Imm::Data { data: d, addend }) => {
                let Some(&addr) = env.layout.data_addr.get(d) else {
                    return Err(bad(Broken::DanglingEntity));
                };
                I::I32Const(addr.wrapping_add(addend) as i32)
            }
            (Format::FuncIndex, Imm::FuncIndex { table, func }) => {
                let Some(&index) = env.layout.func_index.get(&(table, func)) else {
                    return Err(bad(Broken::DanglingEntity));
                };
                I::I32Const(index as i32)
            }
            (Format::Func, Imm::Func(f)) => {
                let f = env.indices.funcs.get(f).copied().ok_or_else(|| bad(Broken::DanglingEntity))?;
                I::RefFunc(f)
            }
            (Format::Table, Imm::Table(t)) => {
                let t = env.indices.tables[t].ok_or_else(|| bad(Broken::DanglingEntity))?;
                match op {
                    Opcode::TableGet => I::TableGet(t),
                    Opcode::TableSet => I::TableSet(t),
                    Opcode::TableSize => I::TableSize(t),
                    Opcode::TableGrow => I::TableGrow(t),
                    _ => return Err(unsupported(env.name, op.name(), at)),
                }
            }
            _ => return Err(bad(Broken::BadImmediate)),
        };
        for &a in &data.args {
            self.get(a, i)?;
        }
        self.emit(x);
        self.results(data)
    }

    /// Pops an instruction's results into their locals, last first.
    fn results(&mut self, data: &wasmir_syntax::ir::InstData) -> Result<(), Diagnostic> {
        for &r in data.results.iter().rev() {
            self.set(r);
        }
        Ok(())
    }

    /// `switch` dispatch (spec §7.6): `br_table` when the cases are dense, else a chain of
    /// compares. Case values are bit patterns; a dense table covers `min..=max` (unsigned) after
    /// subtracting `min`, so values below `min` wrap around to large indices and reach the default.
    fn switch(&mut self, inst: Inst, case_depths: &[u32], default_depth: u32) -> Result<(), Diagnostic> {
        let body = self.env.body;
        let data = &body.insts[inst];
        let InstKind::Switch { cases, .. } = &data.kind else {
            return Err(malformed(self.env.name, Broken::SwitchMismatch, inst_span(self.env.spans, inst)));
        };
        let x = data.args[0];
        let ty = body.values[x].ty;
        let ty = ty.wasm();
        let mask = if ty == Type::I32 { u32::MAX as u64 } else { u64::MAX };
        let vals: Vec<u64> = cases.iter().map(|(v, _)| v & mask).collect();
        let (Some(&min), Some(&max)) = (vals.iter().min(), vals.iter().max()) else {
            return Err(malformed(self.env.name, Broken::SwitchWithoutCases, inst_span(self.env.spans, inst)));
        };
        let range = max - min;
        self.get(x, inst)?;
        if is_dense(range, vals.len()) {
            let len = range as usize + 1;
            let mut table: Vec<Option<u32>> = vec![None; len];
            for (v, &d) in vals.iter().zip(case_depths) {
                // Case values are distinct in verified IR; should two be equal, the first wins,
                // as in the compare chain.
                let slot = &mut table[(v - min) as usize];
                if slot.is_none() {
                    *slot = Some(d);
                }
            }
            let table: Vec<u32> = table.into_iter().map(|d| d.unwrap_or(default_depth)).collect();
            if ty == Type::I32 {
                if min != 0 {
                    self.emit(I::I32Const(min as u32 as i32));
                    self.emit(I::I32Sub);
                }
            } else {
                // An i64 index is checked against the table length before it is wrapped to i32;
                // out of range, `select` picks the length itself, which `br_table` sends to default.
                let s = self.locals.scratch(Type::I64, 0);
                if min != 0 {
                    self.emit(I::I64Const(min as i64));
                    self.emit(I::I64Sub);
                }
                for x in [
                    I::LocalTee(s),
                    I::I32WrapI64,
                    I::I32Const(len as i32),
                    I::LocalGet(s),
                    I::I64Const(len as i64),
                    I::I64LtU,
                    I::Select,
                ] {
                    self.emit(x);
                }
            }
            self.emit(I::BrTable(Cow::Owned(table), default_depth));
        } else {
            let s = self.locals.scratch(ty, 0);
            self.emit(I::LocalSet(s));
            for (&v, &d) in vals.iter().zip(case_depths) {
                self.emit(I::LocalGet(s));
                if ty == Type::I32 {
                    self.emit(I::I32Const(v as u32 as i32));
                    self.emit(I::I32Eq);
                } else {
                    self.emit(I::I64Const(v as i64));
                    self.emit(I::I64Eq);
                }
                self.emit(I::BrIf(d));
            }
            self.emit(I::Br(default_depth));
        }
        Ok(())
    }
}

/// Whether a switch with `count` cases spanning `range` (max - min) gets a jump table: at most
/// `2 * count + 8` entries, so the table is never much larger than a compare chain.
pub(crate) fn is_dense(range: u64, count: usize) -> bool {
    // A table longer than V8 accepts (E0306) falls back to the compare chain: slower, but a valid
    // module for every engine (spec §7.6).
    range <= 2 * count as u64 + 8 && range < wasmir_verify::limits::MAX_BR_TABLE_ENTRIES as u64
}

fn const_inst(c: Constant) -> I<'static> {
    match c.ty {
        Type::I32 | Type::Ptr => I::I32Const(c.bits as u32 as i32),
        Type::I64 => I::I64Const(c.bits as u64 as i64),
        Type::F32 => I::F32Const(Ieee32::new(c.bits as u32)),
        Type::F64 => I::F64Const(Ieee64::new(c.bits as u64)),
        // Rejected before lowering (E0309); the low half keeps this total.
        Type::I128 => I::I64Const(c.bits as i64),
        // References have no constants (E0269); null keeps this total.
        Type::ExternRef => I::RefNull(wasm_encoder::HeapType::EXTERN),
        Type::FuncRef => I::RefNull(wasm_encoder::HeapType::FUNC),
    }
}

macro_rules! same_name {
    ($op:expr; $($v:ident)*) => {
        match $op {
            $(Opcode::$v => Some(I::$v),)*
            _ => None,
        }
    };
}

/// The wasm instruction of an operator that is one instruction with the same name and operand
/// order (for `ptr.*`, the `i32` one; comparisons unsigned); `None` for checked operators,
/// `select`, `ptr.to_int`/`ptr.from_int` and operators unknown to this emitter.
fn plain(op: Opcode) -> Option<I<'static>> {
    let ptr = match op {
        Opcode::PtrAdd => Some(I::I32Add),
        Opcode::PtrSub => Some(I::I32Sub),
        Opcode::PtrEq => Some(I::I32Eq),
        Opcode::PtrNe => Some(I::I32Ne),
        Opcode::PtrLtU => Some(I::I32LtU),
        Opcode::PtrGtU => Some(I::I32GtU),
        Opcode::PtrLeU => Some(I::I32LeU),
        Opcode::PtrGeU => Some(I::I32GeU),
        _ => None,
    };
    if ptr.is_some() {
        return ptr;
    }
    // References (spec §3.4.2): wasm's `ref.null`/`ref.is_null` with the type as immediate.
    match op {
        Opcode::ExternRefNull => return Some(I::RefNull(wasm_encoder::HeapType::EXTERN)),
        Opcode::FuncRefNull => return Some(I::RefNull(wasm_encoder::HeapType::FUNC)),
        Opcode::ExternRefIsNull | Opcode::FuncRefIsNull => return Some(I::RefIsNull),
        _ => {}
    }
    same_name!(op;
        I32Add I32Sub I32Mul I32And I32Or I32Xor I32Shl I32ShrS I32ShrU I32Rotl I32Rotr
        I32DivS I32DivU I32RemS I32RemU
        I32Eq I32Ne I32LtS I32LtU I32GtS I32GtU I32LeS I32LeU I32GeS I32GeU
        I32Eqz I32Clz I32Ctz I32Popcnt I32Extend8S I32Extend16S
        I64Add I64Sub I64Mul I64And I64Or I64Xor I64Shl I64ShrS I64ShrU I64Rotl I64Rotr
        I64DivS I64DivU I64RemS I64RemU
        I64Eq I64Ne I64LtS I64LtU I64GtS I64GtU I64LeS I64LeU I64GeS I64GeU
        I64Eqz I64Clz I64Ctz I64Popcnt I64Extend8S I64Extend16S I64Extend32S
        F32Add F32Sub F32Mul F32Div F32Min F32Max F32Copysign
        F32Eq F32Ne F32Lt F32Gt F32Le F32Ge
        F32Abs F32Neg F32Sqrt F32Ceil F32Floor F32Trunc F32Nearest
        F64Add F64Sub F64Mul F64Div F64Min F64Max F64Copysign
        F64Eq F64Ne F64Lt F64Gt F64Le F64Ge
        F64Abs F64Neg F64Sqrt F64Ceil F64Floor F64Trunc F64Nearest
        I32WrapI64 I64ExtendI32S I64ExtendI32U
        I32TruncF32S I32TruncF32U I32TruncF64S I32TruncF64U
        I64TruncF32S I64TruncF32U I64TruncF64S I64TruncF64U
        I32TruncSatF32S I32TruncSatF32U I32TruncSatF64S I32TruncSatF64U
        I64TruncSatF32S I64TruncSatF32U I64TruncSatF64S I64TruncSatF64U
        F32ConvertI32S F32ConvertI32U F32ConvertI64S F32ConvertI64U
        F64ConvertI32S F64ConvertI32U F64ConvertI64S F64ConvertI64U
        F32DemoteF64 F64PromoteF32
        I32ReinterpretF32 I64ReinterpretF64 F32ReinterpretI32 F64ReinterpretI64
    )
}

macro_rules! same_name_memarg {
    ($op:expr, $m:expr; $($v:ident)*) => {
        match $op {
            $(Opcode::$v => Some(I::$v($m)),)*
            _ => None,
        }
    };
}

/// The wasm load or store of a `Load` or `Store` operator (`ptr.load`/`ptr.store` are the `i32`
/// ones); `None` for other operators.
fn memory_access(op: Opcode, m: wasm_encoder::MemArg) -> Option<I<'static>> {
    match op {
        Opcode::PtrLoad => return Some(I::I32Load(m)),
        Opcode::PtrStore => return Some(I::I32Store(m)),
        _ => {}
    }
    same_name_memarg!(op, m;
        I32Load I32Load8S I32Load8U I32Load16S I32Load16U
        I64Load I64Load8S I64Load8U I64Load16S I64Load16U I64Load32S I64Load32U
        F32Load F64Load
        I32Store I32Store8 I32Store16 I64Store I64Store8 I64Store16 I64Store32 F32Store F64Store
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operator_has_a_lowering() {
        let m = wasm_encoder::MemArg { offset: 0, align: 0, memory_index: 0 };
        for &op in Opcode::ALL {
            // `i128` operators are split into `i64` code before emission (E0309 otherwise).
            if op.params().iter().chain(op.results()).any(|&t| t == Type::I128) {
                assert!(plain(op).is_none() && memory_access(op, m).is_none(), "{}", op.name());
                continue;
            }
            match op.format() {
                Format::Plain => {
                    let checked = checked::sequence(op, |_, k| k as u32).is_some();
                    let select = op.name().ends_with(".select");
                    let identity = matches!(op, Opcode::PtrToInt | Opcode::PtrFromInt);
                    assert!(plain(op).is_some() || checked || select || identity, "{}", op.name());
                    assert!(!(plain(op).is_some() && checked), "{}", op.name());
                }
                Format::Load | Format::Store => assert!(memory_access(op, m).is_some(), "{}", op.name()),
                Format::Memory => {
                    assert!(matches!(
                        op,
                        Opcode::MemorySize | Opcode::MemoryGrow | Opcode::MemoryCopy | Opcode::MemoryFill
                    ))
                }
                Format::Table => {
                    assert!(matches!(op, Opcode::TableGet | Opcode::TableSet | Opcode::TableSize | Opcode::TableGrow))
                }
                Format::GlobalGet
                | Format::GlobalSet
                | Format::Slot
                | Format::Data
                | Format::FuncIndex
                | Format::Func => {}
            }
            if op.format() != Format::Load && op.format() != Format::Store {
                assert!(memory_access(op, m).is_none(), "{}", op.name());
            }
        }
    }

    #[test]
    fn density_rule() {
        assert!(is_dense(0, 1));
        assert!(is_dense(10, 1));
        assert!(!is_dense(11, 1));
        assert!(is_dense(28, 10));
        assert!(!is_dense(u64::MAX, 3));
        let n = wasmir_verify::limits::MAX_BR_TABLE_ENTRIES;
        assert!(is_dense(n as u64 - 1, n));
        assert!(!is_dense(n as u64, n + 1));
    }
}
