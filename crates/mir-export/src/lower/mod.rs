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
mod place;
mod statement;
mod terminator;
mod visit;

use crate::diag::{Code, DResult, Diag, Pos};
use crate::index::{Idx, IdxVec};
use crate::shape::{Kind, Node, Shape, shape_of};
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
}

/// The source position of a span.
pub fn pos_of(span: Span) -> Pos {
    let l = span.get_lines();
    Pos { file: span.get_filename(), line: l.start_line, col: l.start_col }
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
                out.var_kinds.extend(s.kinds.iter().copied());
                out.locals.push((s, base));
                out.bad_locals.push(None);
            }
            Err(d) if i <= nargs => return Err(d.at(Some(pos_of(decl.span)))),
            Err(d) => {
                out.locals.push((Shape { kinds: vec![], root: Node::Fields(vec![]) }, base));
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
    /// The stack slot of each address-taken local (`memory.rs`); `None` for SSA locals.
    slots: IdxVec<Local, Option<ir::Slot>>,
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
    if body.spread_arg().is_some() {
        return Err(at(err(Code::Signature, "unsupported `rust-call` ABI (spread argument)", ""), None));
    }
    let Locals { locals, bad_locals, var_kinds } = shape_locals(body).map_err(|d| at(d, None))?;
    let leaf_tys = |l: Local| -> Vec<ir::Type> { locals[l].0.kinds.iter().map(|k| k.wty()).collect() };
    let sig = Signature {
        params: (1..=body.arg_locals().len()).flat_map(|a| leaf_tys(Local::new(a))).collect(),
        results: leaf_tys(Local::RETURN),
    };
    let mut wbody = ir::Body::default();
    let mut fb = FunctionBuilder::with_signature(&mut wbody, &sig);
    let vars = var_kinds.iter().map(|k| fb.declare_var(k.wty())).collect();
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
        slots: IdxVec::new(),
    };
    l.run().map_err(|d| at(d, l.cur_span))?;
    l.fb.finalize().map_err(|e| at(Diag::from(e), None))?;
    Ok(ir::Function {
        name: name.to_string(),
        sig,
        loc: Some(SourceLoc { file: fpos.file.clone(), line: fpos.line as u32, col: fpos.col as u32 }),
        kind: ir::FunctionKind::Defined(wbody),
    })
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
            let n = shape.kinds.len();
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

        // Parameters; an address-taken one is stored into its slot.
        let entry = Block::new(0);
        self.fb.switch_to_block(entry)?;
        self.make_slots()?;
        let params = self.fb.append_block_params_for_function_params(entry)?;
        let mut params = params.into_iter();
        for a in 1..=body.arg_locals().len() {
            let mut vals = vec![];
            for _ in 0..self.locals[Local::new(a)].0.kinds.len() {
                vals.push(params.next().ok_or_else(|| Diag::internal("fewer entry parameters than leaves"))?);
            }
            self.write_place(&rustc_public::mir::Place::from(a), vals)?;
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
