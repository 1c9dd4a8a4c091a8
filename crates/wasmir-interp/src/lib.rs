//! The reference interpreter of WasmIR: executes a module straight from the IR, following the
//! spec to the letter, so that every other way of running a module (wasm on wasmtime, and later
//! native code) has something obviously right to be compared with.
//!
//! Simple rather than fast: every SSA value of a frame is a slot of a vector indexed by
//! [`Value`], a branch evaluates all its arguments before writing any parameter (the parallel
//! copy of spec §5.1), and calls push a frame on an explicit stack, so deep WasmIR recursion never
//! overflows the host's stack. Operators are evaluated by [`eval::apply`], which constant folding
//! shares.
//!
//! Semantics followed: spec §1.3 (what traps), §4 (operators and their traps), §5 (terminators and
//! block arguments). A run either returns the function's results or stops with a [`Trap`] that
//! names its kind, the function and the instruction.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod eval;

use cranelift_entity::EntityRef;
use eval::EvalError;
use wasmir_syntax::ir::{Block, BlockCall, Body, Constant, FuncId, FunctionKind, Inst, InstKind, Module, Type};

/// Why execution stopped without results. The first six are wasm traps (spec §1.3); the others
/// are outcomes of the interpreter itself.
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
    /// More nested calls than [`Config::max_depth`] (wasm: call stack exhausted).
    StackOverflow,
    /// The step budget [`Config::fuel`] ran out: not a wasm trap, a bound on the interpreter.
    OutOfFuel,
    /// A call of an imported function the host does not provide.
    UnknownImport,
    /// The IR is not valid (the verifier would have rejected it): a missing terminator, an
    /// operand of the wrong type, a call with the wrong arity.
    Invalid,
}

impl TrapKind {
    /// Whether wasm itself would trap here (as opposed to a limit or an error of the interpreter).
    pub fn is_wasm_trap(self) -> bool {
        !matches!(self, TrapKind::OutOfFuel | TrapKind::UnknownImport | TrapKind::Invalid)
    }
}

impl core::fmt::Display for TrapKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            TrapKind::Unreachable => "unreachable",
            TrapKind::IntegerDivideByZero => "integer divide by zero",
            TrapKind::IntegerOverflow => "integer overflow",
            TrapKind::InvalidConversionToInteger => "invalid conversion to integer",
            TrapKind::CheckedOverflow => "arithmetic overflow",
            TrapKind::StackOverflow => "call stack exhausted",
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

/// Limits of one run.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Instructions executed before the run stops with [`TrapKind::OutOfFuel`]; `None`: no limit.
    pub fuel: Option<u64>,
    /// Call frames allowed at once before [`TrapKind::StackOverflow`].
    pub max_depth: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config { fuel: None, max_depth: 10_000 }
    }
}

/// Imported functions: given module name, field name and arguments, the results or a trap.
pub type Host<'h> = dyn FnMut(&str, &str, &[Constant]) -> Result<Vec<Constant>, TrapKind> + 'h;

/// One activation: the function, the values defined so far, where execution is.
struct Frame<'m> {
    func: FuncId,
    body: &'m Body,
    values: Vec<Constant>,
    block: Block,
    pos: usize,
    /// The `call` in the caller that receives this frame's results.
    ret_to: Option<Inst>,
}

/// Calls function `func` of `module` with `args` and runs it to completion; imports are served
/// by `host`. Returns the function's results, or the trap that stopped it.
pub fn call(
    module: &Module,
    func: FuncId,
    args: &[Constant],
    config: Config,
    host: &mut Host<'_>,
) -> Result<Vec<Constant>, Trap> {
    let mut fuel = config.fuel;
    let mut stack: Vec<Frame> = Vec::new();
    let trap = |kind, func, inst| Trap { kind, func, inst };
    match enter(module, func, args, None, host)? {
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
            InstKind::TrapIf { nonzero } => {
                let [c] = operands[..] else { return Err(here(TrapKind::Invalid)) };
                if (c.bits != 0) == *nonzero {
                    return Err(here(TrapKind::Unreachable));
                }
            }
            InstKind::Call(callee) => {
                if stack.len() >= config.max_depth {
                    return Err(here(TrapKind::StackOverflow));
                }
                match enter(module, *callee, &operands, Some(inst), host).map_err(|t| Trap { inst: Some(inst), ..t })? {
                    Entered::Frame(f) => stack.push(f),
                    Entered::Returned(r) => {
                        let Some(frame) = stack.last_mut() else { return Err(here(TrapKind::Invalid)) };
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
                let to = cases.iter().find(|(k, _)| *k == v.bits).map_or(default, |(_, t)| t);
                jump(frame, to).map_err(here)?;
            }
            InstKind::Return => {
                let ret_to = frame.ret_to;
                stack.pop();
                match (stack.last_mut(), ret_to) {
                    (None, _) => return Ok(operands),
                    (Some(caller), Some(call)) => {
                        let results = &caller.body.insts[call].results;
                        define(caller, results, &operands).map_err(|k| trap(k, Some(caller.func), Some(call)))?;
                    }
                    (Some(_), None) => return Err(here(TrapKind::Invalid)),
                }
            }
            InstKind::Trap => return Err(here(TrapKind::Unreachable)),
        }
    }
}

/// Calls the export named `name`; `None` if there is no such export.
pub fn call_export(
    module: &Module,
    name: &str,
    args: &[Constant],
    config: Config,
    host: &mut Host<'_>,
) -> Option<Result<Vec<Constant>, Trap>> {
    let e = module.exports.iter().find(|e| e.name == name)?;
    Some(call(module, e.func, args, config, host))
}

/// The result of starting a call: a frame to run, or the results of an import.
enum Entered<'m> {
    Frame(Frame<'m>),
    Returned(Vec<Constant>),
}

fn enter<'m>(
    module: &'m Module,
    func: FuncId,
    args: &[Constant],
    ret_to: Option<Inst>,
    host: &mut Host<'_>,
) -> Result<Entered<'m>, Trap> {
    let bad = |kind| Trap { kind, func: Some(func), inst: None };
    let Some(f) = module.funcs.get(func) else { return Err(bad(TrapKind::Invalid)) };
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
            let Some(params) = body.entry().and_then(|e| body.blocks.get(e)).map(|b| b.params.clone()) else {
                return Err(bad(TrapKind::Invalid));
            };
            let mut frame = Frame {
                func,
                body,
                values: vec![Constant::i32(0); body.values.len()],
                block: body.layout[0],
                pos: 0,
                ret_to,
            };
            define(&mut frame, &params, args).map_err(bad)?;
            Ok(Entered::Frame(frame))
        }
    }
}

fn read(frame: &Frame, v: usize) -> Constant {
    frame.values.get(v).copied().unwrap_or(Constant::i32(0))
}

/// Writes `vals` into the values `to`, checking count and types.
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
