//! The reference interpreter of WasmIR: executes a module straight from the IR, following the
//! spec to the letter, so that every other way of running a module (wasm on wasmtime, and later
//! native code) has something obviously right to be compared with.
//!
//! Simple rather than fast: every SSA value of a frame is a slot of a vector indexed by
//! [`Value`](wasmir_syntax::ir::Value), a branch evaluates all its arguments before writing any
//! parameter (the parallel copy of spec §5.1), and calls push a frame on an explicit stack, so
//! deep WasmIR recursion never overflows the host's stack. `Plain` operators are evaluated by
//! [`eval::apply`], which constant folding shares; the others (memory, globals, slots, data,
//! function indices) read the state of an [`Instance`].
//!
//! Semantics followed: spec §1.3 (what traps), §4 (operators and their traps), §5 (terminators and
//! block arguments), §12 (memory, slots and the shadow stack, globals, data, tables; design record
//! `wasmir-spec/design/0.2.md` D5-D8). Where things live in memory (data addresses, table
//! elements, frame layouts) comes from [`Layout::compute`], the function the emitter uses too, so
//! a program that prints a pointer prints the same on both. A run either returns the function's
//! results or stops with a [`Trap`] that names its kind, the function and the instruction.
//!
//! The host provides imported functions only ([`Host`]): a module that imports a memory, a global
//! or a table cannot be instantiated ([`TrapKind::UnknownImport`]).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod eval;
pub mod memory;

use cranelift_entity::EntityRef;
use eval::EvalError;
use memory::Memory;
use wasmir_syntax::ir::layout::{table_max, Layout, DEFAULT_STACK_BYTES};
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, ExportItem, Format, FuncId, FunctionKind, GlobalId, Imm, Inst, InstKind,
    MemoryId, Module, Opcode, TrapCode, Type,
};

/// Why execution stopped without results. All but the last three are wasm traps (spec §1.3,
/// design D8); the others are outcomes of the interpreter itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TrapKind {
    /// `trap`, `trapz`/`trapnz` whose condition fired (wasm `unreachable`).
    Unreachable,
    /// Integer division or remainder by zero.
    IntegerDivideByZero,
    /// `div_s` of the minimum by -1, or a float-to-int `trunc` out of the target's range.
    IntegerOverflow,
    /// A float-to-int `trunc` of NaN.
    InvalidConversionToInteger,
    /// A checked `*_ovf_*` operation whose exact result does not fit (spec §4.3).
    CheckedOverflow,
    /// More nested calls than [`Config::max_depth`] (wasm: call stack exhausted), or a frame that
    /// does not fit in the rest of the shadow stack (spec §12.3; wasm: `unreachable`).
    StackOverflow,
    /// A load, store, `memory.copy` or `memory.fill` outside the memory's current size.
    MemoryOutOfBounds,
    /// `call_indirect` of an index outside the table or of its empty entry 0.
    UndefinedElement,
    /// `call_indirect` of a function whose signature is not the expected one.
    IndirectCallTypeMismatch,
    /// `table.get` or `table.set` at an index at or past the table's current size.
    TableOutOfBounds,
    /// The step budget [`Config::fuel`] or the memory budget [`Config::max_memory_pages`] ran
    /// out: not a wasm trap, a bound on the interpreter.
    OutOfFuel,
    /// A call of an imported function the host does not provide, or a module that imports a
    /// memory, a global or a table (the interpreter provides none).
    UnknownImport,
    /// The IR is not valid (the verifier would have rejected it): a missing terminator, an
    /// operand of the wrong type, a call with the wrong arity, an immediate naming no entity.
    Invalid,
}

impl TrapKind {
    /// Whether wasm itself would trap here (as opposed to a limit or an error of the interpreter).
    pub fn is_wasm_trap(self) -> bool {
        !matches!(self, TrapKind::OutOfFuel | TrapKind::UnknownImport | TrapKind::Invalid)
    }

    /// The trap code of the operator table (spec §1.3) this trap is, if it is a wasm trap.
    pub fn code(self) -> Option<TrapCode> {
        Some(match self {
            TrapKind::Unreachable => TrapCode::Unreachable,
            TrapKind::IntegerDivideByZero => TrapCode::IntegerDivideByZero,
            TrapKind::IntegerOverflow => TrapCode::IntegerOverflow,
            TrapKind::InvalidConversionToInteger => TrapCode::InvalidConversionToInteger,
            TrapKind::CheckedOverflow => TrapCode::CheckedOverflow,
            TrapKind::StackOverflow => TrapCode::StackOverflow,
            TrapKind::MemoryOutOfBounds => TrapCode::MemoryOutOfBounds,
            TrapKind::UndefinedElement => TrapCode::UndefinedElement,
            TrapKind::IndirectCallTypeMismatch => TrapCode::IndirectCallTypeMismatch,
            TrapKind::TableOutOfBounds => TrapCode::TableOutOfBounds,
            TrapKind::OutOfFuel | TrapKind::UnknownImport | TrapKind::Invalid => return None,
        })
    }
}

impl From<TrapCode> for TrapKind {
    fn from(code: TrapCode) -> TrapKind {
        match code {
            TrapCode::Unreachable => TrapKind::Unreachable,
            TrapCode::IntegerDivideByZero => TrapKind::IntegerDivideByZero,
            TrapCode::IntegerOverflow => TrapKind::IntegerOverflow,
            TrapCode::InvalidConversionToInteger => TrapKind::InvalidConversionToInteger,
            TrapCode::CheckedOverflow => TrapKind::CheckedOverflow,
            TrapCode::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
            TrapCode::UndefinedElement => TrapKind::UndefinedElement,
            TrapCode::IndirectCallTypeMismatch => TrapKind::IndirectCallTypeMismatch,
            TrapCode::StackOverflow => TrapKind::StackOverflow,
            TrapCode::TableOutOfBounds => TrapKind::TableOutOfBounds,
        }
    }
}

impl core::fmt::Display for TrapKind {
    /// wasmtime's words for the traps wasm has (`out of bounds memory access`, `undefined
    /// element`, `indirect call type mismatch`, `call stack exhausted`, ...).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            TrapKind::Unreachable => "unreachable",
            TrapKind::IntegerDivideByZero => "integer divide by zero",
            TrapKind::IntegerOverflow => "integer overflow",
            TrapKind::InvalidConversionToInteger => "invalid conversion to integer",
            TrapKind::CheckedOverflow => "arithmetic overflow",
            TrapKind::StackOverflow => "call stack exhausted",
            TrapKind::MemoryOutOfBounds => "out of bounds memory access",
            TrapKind::UndefinedElement => "undefined element",
            TrapKind::IndirectCallTypeMismatch => "indirect call type mismatch",
            TrapKind::TableOutOfBounds => "out of bounds table access",
            TrapKind::OutOfFuel => "out of fuel",
            TrapKind::UnknownImport => "call of an unknown import",
            TrapKind::Invalid => "invalid IR",
        })
    }
}

/// Where and why a run stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trap {
    /// Why.
    pub kind: TrapKind,
    /// The function executing, if any.
    pub func: Option<FuncId>,
    /// The instruction that trapped, if any.
    pub inst: Option<Inst>,
}

/// Limits of a run, and the one layout option.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Instructions executed (per call) before the run stops with [`TrapKind::OutOfFuel`];
    /// `None`: no limit.
    pub fuel: Option<u64>,
    /// Call frames allowed at once before [`TrapKind::StackOverflow`].
    pub max_depth: usize,
    /// Size of the shadow stack in bytes, as the emitter's option of the same name: passed to
    /// [`Layout::compute`].
    pub stack_size: u32,
    /// The most pages the interpreter allocates for the memory: `memory.grow` past it returns -1
    /// (wasm allows a grow to fail), and a module whose initial memory is larger cannot be
    /// instantiated ([`TrapKind::OutOfFuel`]). Default 16,384 pages (1 GiB).
    pub max_memory_pages: u32,
}

impl Default for Config {
    fn default() -> Config {
        Config { fuel: None, max_depth: 10_000, stack_size: DEFAULT_STACK_BYTES, max_memory_pages: 16_384 }
    }
}

/// Imported functions: given module name, field name and arguments, the results or a trap. An
/// `externref` the host makes is a `Constant` of that type whose bits are a nonzero 32-bit handle
/// of the host's choosing (0 is null); the interpreter only stores and compares it.
pub type Host<'h> = dyn FnMut(&str, &str, &[Constant]) -> Result<Vec<Constant>, TrapKind> + 'h;

/// The run-time state of a module (wasm's instance): its memory, globals and tables, and the
/// shadow stack pointer, laid out by [`Layout::compute`].
///
/// [`call`] and [`call_export`] make a fresh instance for each call. Calls made through one
/// `Instance` share its state, as calls into one wasm instance do: memory, globals and the stack
/// pointer persist from one to the next. A call that traps leaves the state as the trap found it
/// (wasm does not restore the stack pointer either).
#[derive(Clone, Debug)]
pub struct Instance<'m> {
    module: &'m Module,
    config: Config,
    layout: Layout,
    memory: Memory,
    /// Current value of each global, indexed by `GlobalId`.
    globals: Vec<Constant>,
    /// Current elements of each table, indexed by `TableId`: reference bits (0 null, a
    /// `funcref` its function's index plus one, an `externref` the host's nonzero handle).
    tables: Vec<Vec<u32>>,
    /// The shadow stack pointer (spec §12.3): starts at `layout.stack_size`, grows down.
    sp: u32,
}

/// One activation: the function, the values defined so far, where execution is.
struct Frame<'m> {
    func: FuncId,
    body: &'m Body,
    values: Vec<Constant>,
    block: Block,
    pos: usize,
    /// The `call` in the caller that receives this frame's results.
    ret_to: Option<Inst>,
    /// For a function with slots: its frame pointer, and the stack pointer to restore on return.
    fp: Option<(u32, u32)>,
}

/// Calls function `func` of `module` with `args` and runs it to completion on a fresh
/// [`Instance`]; imports are served by `host`. Returns the function's results, or the trap that
/// stopped it (also when the module cannot be instantiated).
pub fn call(
    module: &Module,
    func: FuncId,
    args: &[Constant],
    config: Config,
    host: &mut Host<'_>,
) -> Result<Vec<Constant>, Trap> {
    Instance::new(module, config)?.call(func, args, host)
}

/// Calls the function export named `name` on a fresh [`Instance`]; `None` if there is no such
/// export.
pub fn call_export(
    module: &Module,
    name: &str,
    args: &[Constant],
    config: Config,
    host: &mut Host<'_>,
) -> Option<Result<Vec<Constant>, Trap>> {
    let func = export_func(module, name)?;
    Some(call(module, func, args, config, host))
}

/// The function exported as `name`, if any.
fn export_func(module: &Module, name: &str) -> Option<FuncId> {
    module.exports.iter().find(|e| e.name == name && matches!(e.item, ExportItem::Func(_)))?.func()
}

impl<'m> Instance<'m> {
    /// Instantiates `module`: lays it out with `config.stack_size`, makes its memory of the
    /// layout's minimum size with the data items in place, sets the globals to their initial
    /// values and the stack pointer to the top of the stack.
    /// Errors: [`TrapKind::UnknownImport`] when the module imports a memory, a global or a table;
    /// [`TrapKind::Invalid`] for a global without initial value or of another type, or an
    /// alignment that is not a power of two up to 65,536;
    /// [`TrapKind::OutOfFuel`] when the memory would exceed [`Config::max_memory_pages`].
    pub fn new(module: &'m Module, config: Config) -> Result<Instance<'m>, Trap> {
        let fail = |kind| Trap { kind, func: None, inst: None };
        let imports = module.memories.values().any(|m| m.import.is_some())
            || module.globals.values().any(|g| g.import.is_some())
            || module.tables.values().any(|t| t.import.is_some());
        if imports {
            return Err(fail(TrapKind::UnknownImport));
        }
        let mut globals = Vec::with_capacity(module.globals.len());
        for g in module.globals.values() {
            match g.init {
                Some(c) if c.ty == g.ty => globals.push(c),
                _ => return Err(fail(TrapKind::Invalid)),
            }
        }
        // Alignments are powers of two up to 65,536 (spec §12.3, §12.5): the layout relies on it.
        let bad_align = |a: u32| !a.is_power_of_two() || a > 65_536;
        let slots = module.funcs.values().filter_map(|f| f.body()).flat_map(|b| b.slots.values());
        if slots.map(|s| s.align).chain(module.data.values().map(|d| d.align)).any(bad_align) {
            return Err(fail(TrapKind::Invalid));
        }
        let layout = Layout::compute(module, config.stack_size);
        let limit = config.max_memory_pages as u64;
        if layout.min_pages > limit {
            return Err(fail(TrapKind::OutOfFuel));
        }
        let declared_max = module.memories.values().next().and_then(|m| m.max_pages);
        // The stack and the data must fit under the declared maximum: the emitter rejects such
        // a module (E0308), so the interpreter does not run it either.
        if declared_max.is_some_and(|mx| layout.min_pages > u64::from(mx)) {
            return Err(fail(TrapKind::Invalid));
        }
        let max = declared_max.map_or(memory::MAX_PAGES, u64::from).min(limit);
        let mut memory = Memory::new(layout.min_pages, max);
        for d in module.data.keys() {
            let bytes = layout.data_bytes(module, d);
            let at = layout.data_addr[d];
            let r = memory.range(at, 0, bytes.len() as u64).map_err(fail)?;
            memory.bytes_mut()[r].copy_from_slice(&bytes);
        }
        // A `funcref` table starts with its `fn.index` placement (spec §12.6): null at 0, the
        // functions from 1; an `externref` table starts empty.
        let tables = module
            .tables
            .iter()
            .map(|(t, d)| match d.elem {
                Type::FuncRef => {
                    std::iter::once(0).chain(layout.table_elems[t].iter().map(|f| f.index() as u32 + 1)).collect()
                }
                _ => vec![0; layout.table_size(t) as usize],
            })
            .collect();
        let sp = layout.stack_size;
        Ok(Instance { module, config, layout, memory, globals, tables, sp })
    }

    /// The module.
    pub fn module(&self) -> &'m Module {
        self.module
    }

    /// Where the module's entities are.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The memory (empty pages when the module declares none but has data or slots).
    pub fn memory(&self) -> &Memory {
        &self.memory
    }

    /// The current value of global `g`.
    pub fn global(&self, g: GlobalId) -> Option<Constant> {
        self.globals.get(g.index()).copied()
    }

    /// The shadow stack pointer.
    pub fn stack_pointer(&self) -> u32 {
        self.sp
    }

    /// Calls the function export named `name`; `None` if there is no such export.
    pub fn call_export(
        &mut self,
        name: &str,
        args: &[Constant],
        host: &mut Host<'_>,
    ) -> Option<Result<Vec<Constant>, Trap>> {
        let func = export_func(self.module, name)?;
        Some(self.call(func, args, host))
    }

    /// Calls function `func` with `args` and runs it to completion; imports are served by
    /// `host`. Returns the function's results, or the trap that stopped it.
    pub fn call(&mut self, func: FuncId, args: &[Constant], host: &mut Host<'_>) -> Result<Vec<Constant>, Trap> {
        let mut fuel = self.config.fuel;
        let mut stack: Vec<Frame<'m>> = Vec::new();
        let trap = |kind, func, inst| Trap { kind, func, inst };
        match self.enter(func, args, None, host)? {
            Entered::Frame(f) => stack.push(f),
            Entered::Returned(r) => return Ok(r),
        }
        loop {
            let Some(frame) = stack.last_mut() else { return Err(trap(TrapKind::Invalid, None, None)) };
            let (fid, body) = (frame.func, frame.body);
            let Some(&inst) = body.blocks.get(frame.block).and_then(|b| b.insts.get(frame.pos)) else {
                return Err(trap(TrapKind::Invalid, Some(fid), None));
            };
            frame.pos += 1;
            if let Some(f) = fuel.as_mut() {
                if *f == 0 {
                    return Err(trap(TrapKind::OutOfFuel, Some(fid), Some(inst)));
                }
                *f -= 1;
            }
            let here = |kind| trap(kind, Some(fid), Some(inst));
            let Some(data) = body.insts.get(inst) else { return Err(here(TrapKind::Invalid)) };
            let operands: Vec<Constant> = data.args.iter().map(|&v| read(frame, v.index())).collect();
            match &data.kind {
                InstKind::Const(c) => define(frame, &data.results, &[*c]).map_err(here)?,
                InstKind::Op(op) => {
                    let r = eval::apply(*op, &operands).map_err(|e| match e {
                        EvalError::Trap(k) => here(k),
                        EvalError::Mismatch => here(TrapKind::Invalid),
                    })?;
                    define(frame, &data.results, &[r]).map_err(here)?;
                }
                InstKind::OpImm(op, imm) => {
                    let fp = frame.fp.map(|(fp, _)| fp);
                    let r = self.op_imm(fid, fp, *op, imm, &operands).map_err(here)?;
                    define(frame, &data.results, &r).map_err(here)?;
                }
                InstKind::TrapIf { nonzero } => {
                    let [c] = operands[..] else { return Err(here(TrapKind::Invalid)) };
                    if (c.bits != 0) == *nonzero {
                        return Err(here(TrapKind::Unreachable));
                    }
                }
                InstKind::Call(_) | InstKind::CallIndirect { .. } => {
                    let (callee, args) = match &data.kind {
                        InstKind::Call(callee) => (*callee, std::borrow::Cow::Borrowed(&operands[..])),
                        InstKind::CallIndirect { table, sig } => {
                            let Some((index, args)) = operands.split_first() else {
                                return Err(here(TrapKind::Invalid));
                            };
                            let callee = self.indirect_callee(*table, *sig, *index).map_err(here)?;
                            // The same signature on wasm, perhaps not in the IR (`ptr` for `i32`,
                            // two `i64` for an `i128`): the arguments as the callee types them.
                            let params = self.module.funcs.get(callee).map(|f| &f.sig.params);
                            let reshaped =
                                params.and_then(|p| reshape(args, p)).ok_or_else(|| here(TrapKind::Invalid))?;
                            (callee, std::borrow::Cow::Owned(reshaped))
                        }
                        _ => return Err(here(TrapKind::Invalid)),
                    };
                    if stack.len() >= self.config.max_depth {
                        return Err(here(TrapKind::StackOverflow));
                    }
                    match self.enter(callee, &args, Some(inst), host).map_err(|t| Trap { inst: Some(inst), ..t })? {
                        Entered::Frame(f) => stack.push(f),
                        Entered::Returned(r) => {
                            let Some(frame) = stack.last_mut() else { return Err(here(TrapKind::Invalid)) };
                            let r = reshape_to(frame, &data.results, &r);
                            define(frame, &data.results, &r).map_err(here)?;
                        }
                    }
                }
                InstKind::Br(to) => jump(frame, to).map_err(here)?,
                InstKind::BrIf { then_dest, else_dest } => {
                    let [c] = operands[..] else { return Err(here(TrapKind::Invalid)) };
                    jump(frame, if c.bits != 0 { then_dest } else { else_dest }).map_err(here)?;
                }
                InstKind::Switch { default, cases } => {
                    let [v] = operands[..] else { return Err(here(TrapKind::Invalid)) };
                    let to = cases.iter().find(|(k, _)| u128::from(*k) == v.bits).map_or(default, |(_, t)| t);
                    jump(frame, to).map_err(here)?;
                }
                InstKind::Return => {
                    let (ret_to, fp) = (frame.ret_to, frame.fp);
                    if let Some((_, old)) = fp {
                        self.sp = old;
                    }
                    stack.pop();
                    match (stack.last_mut(), ret_to) {
                        (None, _) => return Ok(operands),
                        (Some(caller), Some(call)) => {
                            let results = &caller.body.insts[call].results;
                            let operands = reshape_to(caller, results, &operands);
                            define(caller, results, &operands).map_err(|k| trap(k, Some(caller.func), Some(call)))?;
                        }
                        (Some(_), None) => return Err(here(TrapKind::Invalid)),
                    }
                }
                InstKind::Trap => return Err(here(TrapKind::Unreachable)),
                // Ownership has no run-time meaning (spec §4.9): mints and borrows pass their
                // operand on, `end_borrow` and `drop` do nothing.
                InstKind::Own(_) => {
                    define(frame, &data.results, &operands[..data.results.len().min(operands.len())]).map_err(here)?
                }
            }
        }
    }

    /// The function `call_indirect[$table, $sig]` calls at `index` (spec §12.6), read from the
    /// table's current contents: a null entry and indices past the table are
    /// [`TrapKind::UndefinedElement`], a function of another signature
    /// [`TrapKind::IndirectCallTypeMismatch`].
    fn indirect_callee(
        &self,
        table: wasmir_syntax::ir::TableId,
        sig: wasmir_syntax::ir::SigId,
        index: Constant,
    ) -> Result<FuncId, TrapKind> {
        let m = self.module;
        let (Some(_), Some(expected)) = (m.tables.get(table), m.sigs.get(sig)) else {
            return Err(TrapKind::Invalid);
        };
        if index.ty != Type::I32 {
            return Err(TrapKind::Invalid);
        }
        let elems = self.tables.get(table.index()).map_or(&[][..], Vec::as_slice);
        let i = index.bits as u32 as usize;
        let Some(&r) = elems.get(i).filter(|&&r| r != 0) else {
            return Err(TrapKind::UndefinedElement);
        };
        let callee = FuncId::from_u32(r - 1);
        let Some(f) = m.funcs.get(callee) else { return Err(TrapKind::Invalid) };
        if f.sig.wasm_shape() != expected.sig.wasm_shape() {
            return Err(TrapKind::IndirectCallTypeMismatch);
        }
        Ok(callee)
    }

    /// Executes operator `op` with immediates `imm` (any format but `Plain`) on `args`, in
    /// function `func` whose frame pointer is `fp`; returns its results.
    fn op_imm(
        &mut self,
        func: FuncId,
        fp: Option<u32>,
        op: Opcode,
        imm: &Imm,
        args: &[Constant],
    ) -> Result<Vec<Constant>, TrapKind> {
        use TrapKind::Invalid;
        let m = self.module;
        // Operand count and types, from the table (or the global's type).
        let (params, _) = m.operator_types(op, imm).ok_or(Invalid)?;
        if args.len() != params.len() || args.iter().zip(&params).any(|(a, &t)| !t.accepts(a.ty)) {
            return Err(Invalid);
        }
        let u = |i: usize| args[i].bits as u32;
        Ok(match (op.format(), imm) {
            (Format::Load, Imm::MemArg(ma)) => {
                self.check_memory(ma.mem)?;
                vec![self.memory.load(op, u(0), ma.offset)?]
            }
            (Format::Store, Imm::MemArg(ma)) => {
                self.check_memory(ma.mem)?;
                self.memory.store(op, u(0), ma.offset, args[1])?;
                vec![]
            }
            (Format::Memory, Imm::Memory(mem)) => {
                self.check_memory(*mem)?;
                match op {
                    Opcode::MemorySize => vec![Constant::i32(self.memory.pages() as i32)],
                    Opcode::MemoryGrow => vec![Constant::i32(self.memory.grow(u(0)) as i32)],
                    Opcode::MemoryCopy => {
                        self.memory.copy(u(0), u(1), u(2))?;
                        vec![]
                    }
                    Opcode::MemoryFill => {
                        self.memory.fill(u(0), u(1), u(2))?;
                        vec![]
                    }
                    _ => return Err(Invalid),
                }
            }
            (Format::GlobalGet, Imm::Global(g)) => vec![*self.globals.get(g.index()).ok_or(Invalid)?],
            (Format::GlobalSet, Imm::Global(g)) => {
                let data = m.globals.get(*g).ok_or(Invalid)?;
                if !data.mutable || args[0].ty != data.ty {
                    return Err(Invalid);
                }
                *self.globals.get_mut(g.index()).ok_or(Invalid)? = args[0];
                vec![]
            }
            (Format::Slot, Imm::Slot(s)) => {
                let body = m.funcs.get(func).and_then(|f| f.body()).ok_or(Invalid)?;
                body.slots.get(*s).ok_or(Invalid)?;
                let frame = self.layout.frames.get(func).and_then(Option::as_ref).ok_or(Invalid)?;
                let offset = *frame.offsets.get(*s).ok_or(Invalid)?;
                vec![eval::ptr(fp.ok_or(Invalid)?.wrapping_add(offset))]
            }
            (Format::Data, Imm::Data { data, addend }) => {
                m.data.get(*data).ok_or(Invalid)?;
                let at = *self.layout.data_addr.get(*data).ok_or(Invalid)?;
                vec![eval::ptr(at.wrapping_add(*addend))]
            }
            (Format::FuncIndex, Imm::FuncIndex { table, func }) => {
                let i = self.layout.func_index.get(&(*table, *func)).ok_or(Invalid)?;
                vec![Constant::i32(*i as i32)]
            }
            // A funcref is its function's index plus one (0 is null).
            (Format::Func, Imm::Func(f)) => {
                m.funcs.get(*f).ok_or(Invalid)?;
                vec![Constant { ty: Type::FuncRef, bits: f.index() as u128 + 1 }]
            }
            (Format::Table, Imm::Table(t)) => {
                let elem = m.tables.get(*t).ok_or(Invalid)?.elem;
                let elems = self.tables.get_mut(t.index()).ok_or(Invalid)?;
                let oob = TrapKind::TableOutOfBounds;
                match op {
                    Opcode::TableGet => {
                        vec![Constant { ty: elem, bits: u128::from(*elems.get(u(0) as usize).ok_or(oob)?) }]
                    }
                    Opcode::TableSet => {
                        *elems.get_mut(u(0) as usize).ok_or(oob)? = u(1);
                        vec![]
                    }
                    Opcode::TableSize => vec![Constant::i32(elems.len() as i32)],
                    // wasm's `table.grow`: the old size, or -1 when the new size would pass the
                    // table's maximum (the emitter declares the same one).
                    Opcode::TableGrow => {
                        let old = elems.len() as u64;
                        let max = u64::from(table_max(self.layout.table_size(*t)));
                        if old + u64::from(u(1)) > max {
                            vec![Constant::i32(-1)]
                        } else {
                            elems.resize((old + u64::from(u(1))) as usize, u(0));
                            vec![Constant::i32(old as i32)]
                        }
                    }
                    _ => return Err(Invalid),
                }
            }
            _ => return Err(Invalid),
        })
    }

    /// Checks that `mem` is the module's memory (there is one in 0.2).
    fn check_memory(&self, mem: MemoryId) -> Result<(), TrapKind> {
        match self.module.memories.get(mem) {
            Some(_) if mem.index() == 0 => Ok(()),
            _ => Err(TrapKind::Invalid),
        }
    }

    /// Starts a call of `func` with `args`: a frame for a defined function (with its stack frame
    /// pushed on the shadow stack when it has slots), or the results of an import.
    fn enter(
        &mut self,
        func: FuncId,
        args: &[Constant],
        ret_to: Option<Inst>,
        host: &mut Host<'_>,
    ) -> Result<Entered<'m>, Trap> {
        let bad = |kind| Trap { kind, func: Some(func), inst: None };
        let Some(f) = self.module.funcs.get(func) else { return Err(bad(TrapKind::Invalid)) };
        let typed = args.len() == f.sig.params.len() && args.iter().zip(&f.sig.params).all(|(a, &t)| a.ty == t);
        if !typed {
            return Err(bad(TrapKind::Invalid));
        }
        match &f.kind {
            FunctionKind::Import { module: m, field } => {
                let r = host(m, field, args).map_err(bad)?;
                let ok = r.len() == f.sig.results.len() && r.iter().zip(&f.sig.results).all(|(a, &t)| a.ty == t);
                if ok {
                    Ok(Entered::Returned(r))
                } else {
                    Err(bad(TrapKind::Invalid))
                }
            }
            FunctionKind::Defined(body) => {
                let Some((entry, params)) = body.entry().and_then(|e| Some((e, body.blocks.get(e)?.params.clone())))
                else {
                    return Err(bad(TrapKind::Invalid));
                };
                let mut frame = Frame {
                    func,
                    body,
                    values: vec![Constant::i32(0); body.values.len()],
                    block: entry,
                    pos: 0,
                    ret_to,
                    fp: None,
                };
                define(&mut frame, &params, args).map_err(bad)?;
                if let Some(layout) = self.layout.frames.get(func).and_then(Option::as_ref) {
                    // The prologue (spec §12.3): a frame below the stack pointer, filled with 0xA5
                    // so that reading a slot before writing it shows.
                    let old = self.sp;
                    let fp = layout.frame_pointer(old).ok_or(bad(TrapKind::StackOverflow))?;
                    let r = self.memory.range(fp, 0, layout.size as u64).map_err(bad)?;
                    self.memory.bytes_mut()[r].fill(0xA5);
                    self.sp = fp;
                    frame.fp = Some((fp, old));
                }
                Ok(Entered::Frame(frame))
            }
        }
    }
}

/// The result of starting a call: a frame to run, or the results of an import.
enum Entered<'m> {
    Frame(Frame<'m>),
    Returned(Vec<Constant>),
}

fn read(frame: &Frame, v: usize) -> Constant {
    frame.values.get(v).copied().unwrap_or(Constant::i32(0))
}

/// Writes `vals` into the values `to`, checking count and types.
/// `vals` retyped to `to`, word for word as wasm passes them (spec §12.6.2): an `i32` and a
/// `ptr` are the same bits, an `i128` is its two `i64` halves, low first. `None` when the wasm
/// words differ.
fn reshape(vals: &[Constant], to: &[Type]) -> Option<Vec<Constant>> {
    if vals.len() == to.len() && vals.iter().zip(to).all(|(v, &t)| v.ty == t) {
        return Some(vals.to_vec());
    }
    let mut words = Vec::with_capacity(vals.len() + 1);
    for v in vals {
        match v.ty {
            Type::I128 => {
                words.push(Constant { ty: Type::I64, bits: v.bits & u128::from(u64::MAX) });
                words.push(Constant { ty: Type::I64, bits: v.bits >> 64 });
            }
            t => words.push(Constant { ty: t.wasm(), bits: v.bits }),
        }
    }
    let mut words = words.into_iter();
    let mut out = Vec::with_capacity(to.len());
    for &t in to {
        let c = match t {
            Type::I128 => {
                let (lo, hi) = (words.next()?, words.next()?);
                (lo.ty == Type::I64 && hi.ty == Type::I64)
                    .then_some(Constant { ty: t, bits: lo.bits | hi.bits << 64 })?
            }
            t => {
                let w = words.next()?;
                (w.ty == t.wasm()).then_some(Constant { ty: t, bits: w.bits })?
            }
        };
        out.push(c);
    }
    words.next().is_none().then_some(out)
}

/// A callee's results as the call's result values in `frame` type them ([`reshape`]); left as
/// they are when they do not fit, for [`define`] to reject.
fn reshape_to(frame: &Frame, to: &[wasmir_syntax::ir::Value], vals: &[Constant]) -> Vec<Constant> {
    let tys: Option<Vec<Type>> = to.iter().map(|&v| frame.body.values.get(v).map(|d| d.ty)).collect();
    tys.and_then(|t| reshape(vals, &t)).unwrap_or_else(|| vals.to_vec())
}

fn define(frame: &mut Frame, to: &[wasmir_syntax::ir::Value], vals: &[Constant]) -> Result<(), TrapKind> {
    if to.len() != vals.len() {
        return Err(TrapKind::Invalid);
    }
    for (&v, &c) in to.iter().zip(vals) {
        let ty: Option<Type> = frame.body.values.get(v).map(|d| d.ty);
        match frame.values.get_mut(v.index()) {
            Some(slot) if ty == Some(c.ty) => *slot = c,
            _ => return Err(TrapKind::Invalid),
        }
    }
    Ok(())
}

/// Takes the branch `to`: reads every argument, then writes every parameter (spec §5.1: the
/// copy is parallel, so `br ^l(%y, %x)` swaps).
fn jump(frame: &mut Frame, to: &BlockCall) -> Result<(), TrapKind> {
    let vals: Vec<Constant> = to.args.iter().map(|&a| read(frame, a.index())).collect();
    let Some(target) = frame.body.blocks.get(to.block) else { return Err(TrapKind::Invalid) };
    define(frame, &target.params, &vals)?;
    frame.block = to.block;
    frame.pos = 0;
    Ok(())
}
