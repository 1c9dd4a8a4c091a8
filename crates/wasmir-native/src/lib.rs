//! A native backend for WasmIR: each function is translated to Cranelift's IR (CLIF) with
//! cranelift-frontend, compiled for the host with cranelift-codegen and run in process with
//! cranelift-jit (`wirc run --backend native`). It must give the results and traps of the
//! reference interpreter (`wasmir-interp`) and of wasm on wasmtime on every program.
//!
//! How (see ARCHITECTURE.md, "wasmir-native"):
//! - the module first goes through `strip-ownership` and `legalize-i128` (wasmir-opt), as for
//!   the emitter, so the translator sees neither ownership nor `i128` (spec ch. 13, §3.4.1);
//! - every generated function takes a hidden `vmctx` pointer (memory base and size, globals, the
//!   trap slot, the call depth, the shadow stack pointer): traps are explicit tests that record
//!   their kind in `vmctx` and return, and callers return as soon as a callee trapped, so no
//!   signal handler is involved (spec §1.3);
//! - linear memory is a host `Vec<u8>` and every access is bounds-checked in 64 bits against
//!   its current size, trapping exactly where wasm does (spec §12.1); data, tables, stack frames
//!   are placed by `Layout::compute`, as the emitter and the interpreter place them (§12.3-12.6);
//! - `memory.grow/copy/fill`, the table operators, `call_indirect`'s lookup and the import
//!   `wasmrust.panic_write` are host functions the generated code calls.
//!
//! All `unsafe` code is in the private module `jit` (the `vmctx` structure, the helpers, the call
//! into generated code); the translation itself is safe code.
#![deny(unsafe_code)]
#![deny(missing_docs)]

mod abi;
mod compile;
#[allow(unsafe_code)]
mod jit;
mod ops;
mod runtime;
mod translate;

pub use compile::PANIC_WRITE;
pub use wasmir_interp::{Config, Trap, TrapKind};

use cranelift_entity::EntityRef;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use wasmir_syntax::ir::layout::{table_max, Layout, PAGE_BYTES};
use wasmir_syntax::ir::{Constant, FuncId, Inst, Module, Signature, Type};

/// Why a module cannot be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The module imports something the host does not provide: a memory, global or table, or a
    /// function other than [`PANIC_WRITE`] (what `wirc run` reports as E0423).
    UnknownImport {
        /// The import's module name.
        module: String,
        /// The import's field name.
        field: String,
    },
    /// The IR is not valid (the verifier would have rejected it); the text says what was met.
    Invalid(String),
    /// Cranelift failed (a bug of the translator, or a host Cranelift does not support).
    Codegen(String),
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::UnknownImport { module, field } => write!(f, "unknown import \"{module}\" \"{field}\""),
            Error::Invalid(what) => write!(f, "invalid IR: {what}"),
            Error::Codegen(what) => write!(f, "Cranelift: {what}"),
        }
    }
}

impl std::error::Error for Error {}

/// An exported function: its entry trampoline and its signatures.
#[derive(Debug)]
struct Export {
    func: FuncId,
    entry: jit::Entry,
    /// The IR signature callers use (with `i128`).
    sig: Signature,
    /// The signature after `legalize-i128` (each `i128` two `i64`, low half first).
    lowered: Signature,
}

/// A module compiled to host code, ready to be instantiated and called many times.
#[derive(Debug)]
pub struct NativeModule {
    module: Module,
    layout: Layout,
    config: Config,
    funcs: Vec<runtime::FuncEntry>,
    exports: FxHashMap<String, Export>,
    // Last: the code is freed after everything that points into it.
    _code: jit::Code,
}

/// Compiles `module`, a verified module, for the host with the default [`Config`] (call depth
/// 10,000, 1 MiB shadow stack, 16,384 pages of memory at most, as the interpreter's).
/// Errors: [`Error::UnknownImport`] for an import the host does not provide,
/// [`Error::Invalid`] for IR the verifier rejects, [`Error::Codegen`] when Cranelift fails.
pub fn compile(module: &Module) -> Result<NativeModule, Error> {
    compile::compile(module, Config::default())
}

/// As [`compile`], with the limits and the shadow-stack size of `config` (its `fuel` is ignored:
/// native code has no step budget).
pub fn compile_with(module: &Module, config: Config) -> Result<NativeModule, Error> {
    compile::compile(module, config)
}

/// The IR signature of every exported function of `module`, by export name.
fn export_signatures(module: &Module) -> BTreeMap<String, Signature> {
    let mut out = BTreeMap::new();
    for e in &module.exports {
        if let Some(f) = e.func().and_then(|id| module.funcs.get(id)) {
            out.insert(e.name.clone(), f.sig.clone());
        }
    }
    out
}

impl NativeModule {
    /// The module the code was compiled from, after `strip-ownership` and `legalize-i128`: the
    /// function and instruction of a [`Trap`] refer to it (its source locations are the input's).
    pub fn module(&self) -> &Module {
        &self.module
    }

    /// The IR signature of export `name` (with `i128`), if it is a function export.
    pub fn export_signature(&self, name: &str) -> Option<&Signature> {
        self.exports.get(name).map(|e| &e.sig)
    }

    /// A fresh instance (spec §12: memory with the data in place, globals at their initial
    /// values, tables with their `fn.index` elements, the stack pointer at the top).
    /// Errors, as the interpreter's `Instance::new`: [`TrapKind::Invalid`] for a global without
    /// initial value or an alignment that is not a power of two up to 65,536, or a memory whose
    /// declared maximum is below what stack and data need; [`TrapKind::OutOfFuel`] when the
    /// memory would exceed [`Config::max_memory_pages`].
    pub fn instantiate(&self) -> Result<Instance<'_>, Trap> {
        Instance::new(self)
    }

    /// Calls the function export `name` with `args` on a fresh instance; `None` if there is no
    /// such export. As `wasmir_interp::call_export`.
    pub fn call_export(&self, name: &str, args: &[Constant]) -> Option<Result<Vec<Constant>, Trap>> {
        self.exports.get(name)?;
        Some(self.instantiate().and_then(|mut i| i.call_export(name, args).unwrap_or(Err(fail(TrapKind::Invalid)))))
    }
}

fn fail(kind: TrapKind) -> Trap {
    Trap { kind, func: None, inst: None }
}

/// The run-time state of a native module (wasm's instance). Calls through one instance share
/// memory, globals, tables and the stack pointer; a trap leaves them as it found them. Calls run
/// on a thread of the instance's own with a 1 GiB (virtual) stack, made at the first call, so
/// that 10,000 nested calls fit whatever the caller's stack; the caller waits for each call.
#[derive(Debug)]
pub struct Instance<'n> {
    native: &'n NativeModule,
    state: runtime::State,
    globals: Vec<u128>,
    sp: u32,
    /// The thread calls run on, made at the first call.
    worker: Option<jit::Worker>,
}

impl<'n> Instance<'n> {
    fn new(native: &'n NativeModule) -> Result<Instance<'n>, Trap> {
        let (m, layout, config) = (&native.module, &native.layout, &native.config);
        let mut globals = Vec::with_capacity(m.globals.len());
        for g in m.globals.values() {
            match g.init {
                Some(c) if c.ty == g.ty => globals.push(c.bits),
                _ => return Err(fail(TrapKind::Invalid)),
            }
        }
        let bad_align = |a: u32| !a.is_power_of_two() || a > 65_536;
        let slots = m.funcs.values().filter_map(|f| f.body()).flat_map(|b| b.slots.values());
        if slots.map(|s| s.align).chain(m.data.values().map(|d| d.align)).any(bad_align) {
            return Err(fail(TrapKind::Invalid));
        }
        let limit = u64::from(config.max_memory_pages);
        if layout.min_pages > limit {
            return Err(fail(TrapKind::OutOfFuel));
        }
        let declared_max = m.memories.values().next().and_then(|x| x.max_pages);
        if declared_max.is_some_and(|mx| layout.min_pages > u64::from(mx)) {
            return Err(fail(TrapKind::Invalid));
        }
        let max_pages = declared_max.map_or(wasmir_interp::memory::MAX_PAGES, u64::from).min(limit);
        let mut memory = vec![0u8; (layout.min_pages * PAGE_BYTES) as usize];
        for d in m.data.keys() {
            let bytes = layout.data_bytes(m, d);
            let at = layout.data_addr[d] as usize;
            let dst = memory.get_mut(at..at + bytes.len()).ok_or(fail(TrapKind::MemoryOutOfBounds))?;
            dst.copy_from_slice(&bytes);
        }
        let mut tables = Vec::with_capacity(m.tables.len());
        let mut maxes = Vec::with_capacity(m.tables.len());
        for (t, d) in m.tables.iter() {
            tables.push(match d.elem {
                Type::FuncRef => {
                    std::iter::once(0).chain(layout.table_elems[t].iter().map(|f| f.index() as u64 + 1)).collect()
                }
                _ => vec![0; layout.table_size(t) as usize],
            });
            maxes.push(table_max(layout.table_size(t)));
        }
        let state = runtime::State {
            memory,
            max_pages,
            tables,
            table_max: maxes,
            funcs: native.funcs.clone(),
            panic: Vec::new(),
        };
        Ok(Instance { native, state, globals, sp: layout.stack_size, worker: None })
    }

    /// The memory's bytes.
    pub fn memory(&self) -> &[u8] {
        &self.state.memory
    }

    /// The current value of global `g` (its bits, typed).
    pub fn global(&self, g: wasmir_syntax::ir::GlobalId) -> Option<Constant> {
        let ty = self.native.module.globals.get(g)?.ty;
        let bits = *self.globals.get(g.index())?;
        Some(Constant { ty, bits: mask(ty, bits) })
    }

    /// The shadow stack pointer.
    pub fn stack_pointer(&self) -> u32 {
        self.sp
    }

    /// The panic message the module wrote through `wasmrust.panic_write` (mir-export's
    /// `--panic=message`), taken: the next call starts with none.
    pub fn take_panic_message(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.state.panic)
    }

    /// Calls the function export `name` with `args` (typed by its IR signature, an `i128` one
    /// value) and runs it to completion; `None` if there is no such export. Returns its results,
    /// or the trap that stopped it: its kind as the interpreter names it (spec §1.3), the
    /// function and the instruction of [`NativeModule::module`] that trapped when known.
    /// Arguments of the wrong number or types are [`TrapKind::Invalid`], as on the interpreter.
    pub fn call_export(&mut self, name: &str, args: &[Constant]) -> Option<Result<Vec<Constant>, Trap>> {
        let e = self.native.exports.get(name)?;
        Some(self.call(e, args))
    }

    fn call(&mut self, e: &Export, args: &[Constant]) -> Result<Vec<Constant>, Trap> {
        let typed = args.len() == e.sig.params.len() && args.iter().zip(&e.sig.params).all(|(a, &t)| a.ty == t);
        if !typed {
            return Err(Trap { kind: TrapKind::Invalid, func: Some(e.func), inst: None });
        }
        // Each i128 is two cells, low half first (legalize-i128's ABI).
        let mut cells = Vec::with_capacity(e.lowered.params.len());
        for a in args {
            match a.ty {
                Type::I128 => cells.extend([a.bits as u64 as u128, (a.bits >> 64) as u64 as u128]),
                t => cells.push(mask(t, a.bits)),
            }
        }
        if cells.len() != e.lowered.params.len() {
            return Err(fail(TrapKind::Invalid));
        }
        let mut results = vec![0u128; e.lowered.results.len().max(1)];
        let depth = u32::try_from(self.native.config.max_depth.saturating_sub(1)).unwrap_or(u32::MAX);
        if self.worker.is_none() {
            self.worker = jit::Worker::new();
        }
        let mut cx = jit::VmCtx::new(&mut self.state, &mut self.globals, depth, self.sp);
        match &self.worker {
            Some(w) => w.call(e.entry, &mut cx, &cells, &mut results),
            None => jit::call_here(e.entry, &mut cx, &cells, &mut results),
        }
        self.sp = cx.sp;
        if cx.trap_kind != 0 {
            let func = (cx.trap_func != abi::NONE).then(|| FuncId::new(cx.trap_func as usize));
            let inst = (cx.trap_inst != abi::NONE).then(|| Inst::new(cx.trap_inst as usize));
            return Err(Trap { kind: abi::trap_kind(cx.trap_kind), func, inst });
        }
        let mut cells = results.into_iter();
        let mut out = Vec::with_capacity(e.sig.results.len());
        for &t in &e.sig.results {
            let bits = match t {
                Type::I128 => {
                    let lo = cells.next().unwrap_or(0) as u64 as u128;
                    let hi = cells.next().unwrap_or(0) as u64 as u128;
                    lo | hi << 64
                }
                t => mask(t, cells.next().unwrap_or(0)),
            };
            out.push(Constant { ty: t, bits });
        }
        Ok(out)
    }
}

/// `bits` cut to the width of `ty` (a reference handle to its 64 bits).
fn mask(ty: Type, bits: u128) -> u128 {
    match ty {
        Type::I32 | Type::Ptr | Type::F32 => bits & 0xffff_ffff,
        Type::I64 | Type::F64 | Type::ExternRef | Type::FuncRef => bits & u128::from(u64::MAX),
        Type::I128 => bits,
    }
}
