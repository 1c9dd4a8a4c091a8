//! Lowers one monomorphized MIR body to a WasmIR function in SSA form.
//!
//! Every MIR local is split into scalar leaves (see `shape`); each leaf is a variable of
//! `wasmir_syntax`'s [`FunctionBuilder`], which builds SSA form with Braun et al. 2013 ("Simple
//! and Efficient Construction of SSA Form"): block parameters play the role of phis, blocks are
//! sealed once all their predecessors are filled, trivial parameters are removed.
//!
//! One role per file; most are `impl Lower` blocks over the state declared here:
//!
//! | file | role |
//! |---|---|
//! | `mod.rs` | entry point ([`lower_fn`]), the lowering state, the driver ([`Lower::run`]) |
//! | `index.rs` | typed indices of the lowering: MIR [`Local`] and [`MirBlock`], leaf variables [`Var`] |
//! | `cfg.rs` | MIR control flow: successors, doomed blocks, unused locals, WasmIR block layout, reverse postorder |
//! | `builder.rs` | appending through the builder: constants, operators as `Opcode`s, variables and their names |
//! | `place.rs` | places (locals, fields, downcasts) and operands |
//! | `memory.rs` | address-taken locals in stack slots, `Deref`, loads and stores by rustc's layout |
//! | `statement.rs` | statements and rvalues (`Assign`, `SetDiscriminant`, aggregates) |
//! | `int.rs` | integer operations: normal form of narrow integers, `BinaryOp`, shifts, integer casts, byte swap |
//! | `checked.rs` | `CheckedBinaryOp` and its fusion with the `Assert` that tests the flag |
//! | `cast.rs` | `Cast`, and `Transmute` between single-integer layouts (tags, niches) |
//! | `constant.rs` | constants: decoding allocations by layout |
//! | `terminator.rs` | terminators and calls |
//! | `intrinsic.rs` | intrinsic calls |
//! | `visit.rs` | visitors of the places a statement, rvalue or terminator mentions |
//!
//! WasmIR blocks and values are `wasmir_syntax::ir::{Block, Value}`; the `index_type!` macro and
//! `IdxVec` (a `Vec` indexed by a typed index) are in `crate::index`. Internal invariants checked
//! at run time, and builder calls it refuses, are reported as E0513 (`Diag::internal`) rather
//! than as panics.
//!
//! [`FunctionBuilder`]: wasmir_syntax::ir::builder::FunctionBuilder

mod builder;
mod cast;
mod cfg;
mod checked;
mod constant;
mod index;
mod int;
mod intrinsic;
mod memory;
mod panic;
mod place;
mod statement;
mod terminator;
mod visit;

use crate::diag::{Code, DResult, Diag, Pos};
use crate::index::{Idx, IdxVec};
use crate::shape::{Form, Kind, Shape, shape_of};
use index::{Local, MirBlock, Var};
use rustc_middle::ty::TyCtxt;
use rustc_public::mir::Body;
use rustc_public::mir::mono::Instance;
use rustc_public::ty::Span;
use wasmir_syntax::ir::builder::{FunctionBuilder, Variable};
use wasmir_syntax::ir::{self, Block, FuncId, Signature, SourceLoc};

/// A function of the module a call resolves to, as decided by the collector: a defined function
/// (exported or not) or an import. The id is the collector's, which renumbers calls when it
/// puts the module together.
pub type Callee = FuncId;

/// Resolves callees for the lowering: enqueues functions to export and records imports.
pub trait Resolver {
    /// Returns the function a call to `inst` calls (a body to export or an import).
    fn callee(&mut self, inst: Instance, pos: Option<Pos>) -> DResult<Callee>;
    /// The index of `file` in the module's file table (`Module::files`), for instruction
    /// locations.
    fn file_index(&mut self, file: &str) -> u32;
    /// The data item holding global allocation `alloc` (a static, a promoted or other constant
    /// allocation a pointer points into), made once per allocation.
    fn data_for_alloc(&mut self, alloc: rustc_public::mir::alloc::AllocId) -> DResult<ir::DataId>;
    /// A data item holding the bytes of a memory-form constant.
    fn data_for_bytes(&mut self, alloc: &rustc_public::ty::Allocation) -> DResult<ir::DataId>;
    /// The table of function pointers (`table $fns: funcref`), declared on first use.
    fn fn_table(&mut self) -> ir::TableId;
    /// The module's named signature equal to `sig`, declared on first use (`call_indirect`).
    fn sig_id(&mut self, sig: ir::Signature) -> ir::SigId;
    /// The `extern "C"` function `symbol` of compiler-builtins (`fmod`, `fma`...: the C math
    /// functions rustc's codegen calls for operations wasm has no instruction for), as a body to
    /// export. Errors: E0508 when compiler-builtins has no such function with MIR.
    fn builtin(&mut self, symbol: &str) -> DResult<Callee>;
    /// What panics do in this export.
    fn panic_mode(&self) -> crate::collect::PanicMode;
    /// The function that writes a panic's message to the host (`--panic=message`: the crate's
    /// injected `__wasmrust_panic::report`, see `compile.rs`).
    fn panic_report(&mut self) -> DResult<Callee>;
    /// The data item of rustc's vtable for `concrete` as `object` (a `dyn Trait` type): drop
    /// glue, size, alignment, then the methods, each a pointer (`fn.index` for functions).
    fn vtable(&mut self, concrete: rustc_public::ty::Ty, object: rustc_public::ty::Ty) -> DResult<ir::DataId>;
    /// The module's helper function `h`, written into the module on first use.
    fn helper(&mut self, h: crate::runtime::Helper) -> DResult<Callee>;
    /// The linear types of the program (`linear.rs`).
    fn linearity(&self) -> &crate::linear::Linearity;
}

/// The WasmIR signature of a call through a pointer of Rust signature `inputs -> output` (ABI
/// `rust_call` for the `rust-call` ABI): the same as [`signature`] gives the body it reaches.
pub fn ptr_signature(
    inputs: &[rustc_public::ty::Ty],
    output: rustc_public::ty::Ty,
    rust_call: bool,
) -> DResult<Signature> {
    let form = |s: &Shape| -> Vec<ir::Type> {
        if s.in_memory() { vec![ir::Type::Ptr] } else { s.leaves.iter().map(|(k, _)| k.wty()).collect() }
    };
    let ret = shape_of(output)?;
    let mut params = if ret.in_memory() { vec![ir::Type::Ptr] } else { vec![] };
    for (i, t) in inputs.iter().enumerate() {
        let s = shape_of(*t)?;
        if rust_call && i + 1 == inputs.len() && s.in_memory() {
            for f in crate::shape::struct_fields(*t).unwrap_or_default() {
                params.extend(form(&shape_of(f)?));
            }
        } else {
            params.extend(form(&s));
        }
    }
    let results = if ret.in_memory() { vec![] } else { form(&ret) };
    Ok(Signature::new(params, results))
}

/// The source position of a span.
pub fn pos_of(span: Span) -> Pos {
    let l = span.get_lines();
    Pos { file: span.get_filename(), line: l.start_line as u32, col: l.start_col as u32 }
}

/// The shapes of the MIR locals of a body and the variables of their leaves.
struct Locals {
    /// Shape and first variable of every MIR local.
    locals: IdxVec<Local, (Shape, Var)>,
    /// Why a local has no shape (unsupported type); reported only if the local is used outside
    /// blocks that always panic.
    bad_locals: IdxVec<Local, Option<Diag>>,
    /// The scalar kind of each variable.
    var_kinds: IdxVec<Var, Kind>,
}

/// Gives every MIR local its shape and variables. The return place and the arguments must be
/// representable; other locals of unsupported type are an error only once used (`bad_locals`).
fn shape_locals(body: &Body) -> DResult<Locals> {
    let nargs = body.arg_locals().len();
    let mut out = Locals { locals: IdxVec::new(), bad_locals: IdxVec::new(), var_kinds: IdxVec::new() };
    for (i, decl) in body.locals().iter().enumerate() {
        let base = Var::new(out.var_kinds.len());
        match shape_of(decl.ty) {
            Ok(s) => {
                out.var_kinds.extend(s.kinds());
                out.locals.push((s, base));
                out.bad_locals.push(None);
            }
            Err(d) if i <= nargs => return Err(d.at(Some(pos_of(decl.span)))),
            Err(d) => {
                out.locals.push((Shape { leaves: vec![], form: Form::Abi, size: 0, align: 1 }, base));
                out.bad_locals.push(Some(d.at(Some(pos_of(decl.span)))));
            }
        }
    }
    Ok(out)
}

/// The state of lowering one MIR body into the WasmIR body that `fb` builds.
struct Lower<'a, 'tcx, 'f> {
    tcx: TyCtxt<'tcx>,
    body: &'a Body,
    res: &'a mut dyn Resolver,
    fb: FunctionBuilder<'f>,
    /// Shape and first variable of every MIR local.
    locals: IdxVec<Local, (Shape, Var)>,
    /// Why a local has no shape (unsupported type); reported only if the local is used outside
    /// blocks that always panic.
    bad_locals: IdxVec<Local, Option<Diag>>,
    /// MIR blocks from which every path panics without side effects: lowered to `trap`.
    doomed: IdxVec<MirBlock, bool>,
    /// Locals that are only assigned outside doomed blocks (see `unused_locals`).
    dead_locals: IdxVec<Local, bool>,
    /// The scalar kind of each variable.
    var_kinds: IdxVec<Var, Kind>,
    /// The builder variable of each variable.
    vars: IdxVec<Var, Variable>,
    /// The Rust variable name of each variable (scalar leaf), from `var_debug_info`.
    var_names: IdxVec<Var, Option<String>>,
    /// The variable each block parameter the builder added stands for, by value index (see
    /// `label_new_params`); `None` for other values.
    param_var: Vec<Option<Var>>,
    /// The zero constants the builder made for undefined variables (one per type).
    undefs: Vec<ir::Value>,
    /// MIR block -> WasmIR block (`None` for unreachable MIR blocks).
    wblock: IdxVec<MirBlock, Option<Block>>,
    /// Predecessors of each WasmIR block (by index), one per incoming edge.
    preds: IdxVec<Block, Vec<Block>>,
    /// MIR blocks whose `Assert` was fused into a trapping operator.
    fused_asserts: Vec<MirBlock>,
    /// The span of the statement or terminator being lowered, for diagnostics.
    cur_span: Option<Span>,
    /// The home of each local in memory (`memory.rs`); `None` for SSA locals.
    homes: IdxVec<Local, Option<memory::Home>>,
    /// The function being lowered.
    inst: Instance,
    /// Whether panics build their message (`--panic=message`, `panic.rs`).
    message: bool,
    /// The incoming caller location of a `#[track_caller]` function (`--panic=message`).
    caller_loc: Option<ir::Value>,
    /// The MIR block being lowered.
    cur_block: Option<MirBlock>,
    /// The linear leaves of each local (`linear.rs`; empty for most).
    linear: IdxVec<Local, Vec<bool>>,
    /// Whether this function carries ownership kinds (its crate knows `wasm`).
    aware: bool,
    /// The leaf values of the `Move` operands of the call being lowered (see `call_args`).
    moved: Vec<ir::Value>,
}

impl Idx for Block {
    fn new(i: usize) -> Self {
        Block::from_u32(i as u32)
    }
    fn index(self) -> usize {
        self.as_u32() as usize
    }
}

/// A diagnostic of the lowering (its function and position are added by [`lower_fn`]).
fn err(code: Code, msg: impl Into<String>, help: impl Into<String>) -> Diag {
    Diag::new(code, msg, help)
}

/// Lowers `inst` (with body `body`) to a WasmIR function named `name`.
pub fn lower_fn(
    tcx: TyCtxt<'_>,
    inst: &Instance,
    body: &Body,
    name: &str,
    res: &mut dyn Resolver,
) -> DResult<ir::Function> {
    let rust_name = inst.name();
    let fpos = pos_of(body.span);
    let at =
        |d: Diag, span: Option<Span>| d.in_fn(&rust_name).at(Some(span.map(pos_of).unwrap_or_else(|| fpos.clone())));
    let Locals { locals, mut bad_locals, var_kinds } = shape_locals(body).map_err(|d| at(d, None))?;
    let message = res.panic_mode() == crate::collect::PanicMode::Message;
    let takes_location = message && panic::requires_caller_location(tcx, inst);
    // Linear leaves (issue 8, `linear.rs`): only in functions of crates that know `wasm`. A local
    // whose linear value cannot be followed is an error once used, as an unsupported type is; an
    // argument or the return value, at once.
    let aware = res.linearity().aware(&rustc_public::CrateDef::krate(&inst.def).name);
    let mut linear: IdxVec<Local, Vec<bool>> = IdxVec::from_elem(vec![], locals.len());
    if aware {
        for (i, decl) in body.locals().iter().enumerate() {
            if bad_locals[Local::new(i)].is_some() || !res.linearity().contains(decl.ty) {
                continue;
            }
            match res.linearity().leaves(decl.ty) {
                Ok(l) => linear[Local::new(i)] = l,
                Err(d) if i <= body.arg_locals().len() => return Err(at(d, Some(decl.span))),
                Err(d) => bad_locals[Local::new(i)] = Some(d.at(Some(pos_of(decl.span)))),
            }
        }
    }
    let sig = signature(
        &locals,
        body.arg_locals().len(),
        spread_fields(body).map_err(|d| at(d, None))?,
        takes_location,
        &linear,
    );
    let mut wbody = ir::Body::default();
    let mut fb = FunctionBuilder::with_signature(&mut wbody, &sig);
    let vars: IdxVec<Var, Variable> = var_kinds.iter().map(|k| fb.declare_var(k.wty())).collect();
    for (l, leaves) in linear.iter_enumerated() {
        for (k, &is) in leaves.iter().enumerate() {
            if is {
                fb.set_var_kind(vars[locals[l].1.leaf(k)], ir::Kind::Linear);
            }
        }
    }
    let mut l = Lower {
        tcx,
        body,
        res,
        fb,
        locals,
        bad_locals,
        doomed: IdxVec::new(),
        dead_locals: IdxVec::new(),
        var_kinds,
        vars,
        var_names: IdxVec::new(),
        param_var: vec![],
        undefs: vec![],
        wblock: IdxVec::new(),
        preds: IdxVec::new(),
        fused_asserts: vec![],
        cur_span: None,
        homes: IdxVec::new(),
        inst: *inst,
        message,
        caller_loc: None,
        cur_block: None,
        linear,
        aware,
        moved: vec![],
    };
    l.run().map_err(|d| at(d, l.cur_span))?;
    l.fb.finalize().map_err(|e| at(Diag::from(e), None))?;
    Ok(ir::Function {
        name: name.to_string(),
        sig,
        loc: Some(SourceLoc { file: fpos.file.clone(), line: fpos.line, col: fpos.col }),
        kind: ir::FunctionKind::Defined(wbody),
    })
}

/// The spread argument of a `rust-call` body when it is a memory-form tuple, with the shapes
/// of its fields (see [`signature`]).
fn spread_fields(body: &Body) -> DResult<Option<(Local, Vec<Shape>)>> {
    let Some(l) = body.spread_arg() else { return Ok(None) };
    let ty = body.locals()[l].ty;
    if !shape_of(ty)?.in_memory() {
        return Ok(None);
    }
    let fields =
        crate::shape::struct_fields(ty).ok_or_else(|| err(Code::Signature, "spread argument is not a tuple", ""))?;
    Ok(Some((Local::new(l), fields.into_iter().map(shape_of).collect::<DResult<_>>()?)))
}

/// The WasmIR signature of a body (design record M5): each argument's leaves, or one `ptr` to
/// the caller's copy of a memory-form argument; the return value's leaves, or, for a memory-form
/// return value, a leading `ptr` parameter to the place the caller provides (`sret`) and no
/// results.
///
/// The `rust-call` ABI (closures' `call*`, spread argument `spread`): the last argument, a
/// tuple, is passed as its fields. A tuple in SSA form has its fields' leaves, in order, so only a
/// memory-form tuple differs: each field is passed on its own. A `#[track_caller]` body
/// with `--panic=message` (`takes_location`) takes its caller location last (`panic.rs`).
///
/// `linear[l]` are the linear leaves of local `l` (empty when none, `linear.rs`): the `linear`
/// kinds of the signature's positions (spec §13.1). A spread tuple's fields are trivial.
fn signature(
    locals: &IdxVec<Local, (Shape, Var)>,
    nargs: usize,
    spread: Option<(Local, Vec<Shape>)>,
    takes_location: bool,
    linear: &IdxVec<Local, Vec<bool>>,
) -> Signature {
    let form = |s: &Shape| -> Vec<ir::Type> {
        if s.in_memory() { vec![ir::Type::Ptr] } else { s.leaves.iter().map(|(k, _)| k.wty()).collect() }
    };
    let kinds = |l: Local, n: usize| -> Vec<ir::Kind> {
        (0..n).map(|k| if linear[l].get(k) == Some(&true) { ir::Kind::Linear } else { ir::Kind::Trivial }).collect()
    };
    let ret = &locals[Local::RETURN].0;
    let mut params = if ret.in_memory() { vec![ir::Type::Ptr] } else { vec![] };
    let mut param_kinds = vec![ir::Kind::Trivial; params.len()];
    for a in 1..=nargs {
        let before = params.len();
        match &spread {
            Some((l, fields)) if l.index() == a => params.extend(fields.iter().flat_map(form)),
            _ => params.extend(form(&locals[Local::new(a)].0)),
        }
        let n = params.len() - before;
        match &spread {
            Some((l, _)) if l.index() == a => param_kinds.extend(vec![ir::Kind::Trivial; n]),
            _ => param_kinds.extend(kinds(Local::new(a), n)),
        }
    }
    if takes_location {
        params.push(panic::LOCATION_TYPE);
        param_kinds.push(ir::Kind::Trivial);
    }
    let results = if ret.in_memory() { vec![] } else { form(ret) };
    let result_kinds = kinds(Local::RETURN, results.len());
    let mut sig = Signature::new(params, results);
    sig.kinds = ir::SigKinds::new(param_kinds, result_kinds);
    sig
}

impl Lower<'_, '_, '_> {
    /// Names variables after the Rust variables of `var_debug_info` that live in a whole local: a
    /// scalar local `n` gives `n`, the leaves of an aggregate local `p` give `p.0`, `p.1`...
    /// The first name of a local wins (inlining can attach several).
    fn name_vars(&mut self) {
        self.var_names = IdxVec::from_elem(None, self.var_kinds.len());
        for info in &self.body.var_debug_info {
            let Some(local) = info.local().filter(|_| info.composite.is_none()) else { continue };
            let Some((shape, base)) = self.locals.get(Local::new(local)) else { continue };
            let n = shape.leaves.len();
            for k in 0..n {
                let slot = &mut self.var_names[base.leaf(k)];
                if slot.is_none() {
                    *slot = Some(if n == 1 { info.name.clone() } else { format!("{}.{k}", info.name) });
                }
            }
        }
    }

    /// Lowers the whole body: block layout, parameters, then every block in reverse postorder
    /// (so that most blocks are sealed when first read), sealing each block once all its
    /// predecessors are filled.
    fn run(&mut self) -> DResult<()> {
        let body = self.body;
        self.name_vars();
        self.doomed = self.doomed_blocks();
        self.dead_locals = self.unused_locals();
        let order = self.layout_blocks()?;

        // Parameters: a memory-form one is the address of the caller's copy; an address-taken
        // one is stored into its slot.
        let entry = Block::new(0);
        self.fb.switch_to_block(entry)?;
        let params = self.fb.append_block_params_for_function_params(entry)?;
        let mut params = params.into_iter();
        let sret = if self.locals[Local::RETURN].0.in_memory() { params.next() } else { None };
        let mut by_ref = vec![];
        let mut by_val = vec![];
        let mut spread_vals = vec![];
        let spread = spread_fields(body)?;
        for a in 1..=body.arg_locals().len() {
            if let Some((l, fields)) = &spread
                && l.index() == a
            {
                for f in fields {
                    let n = if f.in_memory() { 1 } else { f.leaves.len() };
                    let mut vals = vec![];
                    for _ in 0..n {
                        vals.push(params.next().ok_or_else(|| Diag::internal("fewer entry parameters than leaves"))?);
                    }
                    spread_vals.push(if f.in_memory() { memory::Val::Ref(vals[0]) } else { memory::Val::Leaves(vals) });
                }
                continue;
            }
            let shape = &self.locals[Local::new(a)].0;
            if shape.in_memory() {
                let p = params.next().ok_or_else(|| Diag::internal("fewer entry parameters than arguments"))?;
                by_ref.push((Local::new(a), p));
                continue;
            }
            let mut vals = vec![];
            for _ in 0..shape.leaves.len() {
                vals.push(params.next().ok_or_else(|| Diag::internal("fewer entry parameters than leaves"))?);
            }
            by_val.push((a, vals));
        }
        self.make_homes(sret, &by_ref)?;
        for (l, home) in self.homes.iter_enumerated() {
            if home.is_some() && self.linear[l].iter().any(|&b| b) {
                let decl = &body.locals()[l.index()];
                self.cur_span = Some(decl.span);
                return Err(crate::linear::in_memory(decl.ty, "memory (its address is taken)"));
            }
        }
        for (a, vals) in by_val {
            self.write_place(&rustc_public::mir::Place::from(a), vals)?;
        }
        if let Some((l, _)) = &spread {
            // The tuple, put together in its slot from its fields.
            let ty = body.locals()[l.index()].ty;
            let ftys = crate::shape::struct_fields(ty).unwrap_or_default();
            for (i, (v, fty)) in spread_vals.into_iter().zip(ftys).enumerate() {
                let mut p = rustc_public::mir::Place::from(l.index());
                p.projection.push(rustc_public::mir::ProjectionElem::Field(i, fty));
                self.write_val(&p, v)?;
            }
        }
        if self.message && panic::requires_caller_location(self.tcx, &self.inst) {
            self.caller_loc = params.next();
        }
        self.seal(entry)?;

        // Fill blocks in reverse postorder.
        let rpo = self.rpo(&order)?;
        for wb in rpo {
            self.fb.switch_to_block(wb)?;
            self.seal_if_ready(wb)?;
            match order[wb] {
                None => {
                    let t = self.wb(MirBlock::new(0))?;
                    self.fb.br(t, &[])?;
                }
                Some(mb) => self.lower_block(mb)?,
            }
            for s in self.fb.body().successors(wb) {
                self.seal_if_ready(s)?;
            }
        }
        for b in self.preds.indices() {
            self.seal(b)?;
        }
        Ok(())
    }

    /// Seals `b` if all its predecessors are filled.
    fn seal_if_ready(&mut self, b: Block) -> DResult<()> {
        if !self.fb.is_sealed(b) && self.preds[b].iter().all(|p| self.fb.is_filled(*p)) {
            self.seal(b)?;
        }
        Ok(())
    }
}
