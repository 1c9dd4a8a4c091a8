//! Lowers one monomorphized MIR body to a WasmIR function in SSA form.
//!
//! Every MIR local is split into scalar leaves (see `shape`); each leaf is an SSA variable built
//! with Braun et al. 2013 ("Simple and Efficient Construction of SSA Form"): block parameters play
//! the role of phis, blocks are sealed once all their predecessors are filled, and trivial
//! parameters are removed by a fixpoint pass at the end.
//!
//! One role per file; most are `impl Lower` blocks over the state declared here:
//!
//! | file | role |
//! |---|---|
//! | `mod.rs` | entry point ([`lower_fn`]), the lowering state, the driver ([`Lower::run`]) |
//! | `index.rs` | typed indices of the lowering: MIR [`Local`] and [`MirBlock`], SSA [`Var`], [`PhiId`] |
//! | `cfg.rs` | MIR control flow: successors, doomed blocks, unused locals, WasmIR block layout, reverse postorder |
//! | `ssa.rs` | SSA construction: variables, sealing, block parameters, trivial-parameter removal |
//! | `builder.rs` | appending instructions: values, constants, operators by name |
//! | `place.rs` | places (locals, fields, downcasts) and operands |
//! | `statement.rs` | statements and rvalues (`Assign`, `SetDiscriminant`, aggregates) |
//! | `int.rs` | integer operations: normal form of narrow integers, `BinaryOp`, shifts, integer casts, byte swap |
//! | `checked.rs` | `CheckedBinaryOp` and its fusion with the `Assert` that tests the flag |
//! | `cast.rs` | `Cast`, and `Transmute` between single-integer layouts (tags, niches) |
//! | `constant.rs` | constants: decoding allocations by layout |
//! | `terminator.rs` | terminators and calls |
//! | `intrinsic.rs` | intrinsic calls |
//! | `visit.rs` | visitors of the places a statement, rvalue or terminator mentions |
//!
//! WasmIR blocks and values are indexed by `ir::BlockIdx` and `ir::Val`; the `index_type!` macro
//! and `IdxVec` (a `Vec` indexed by a typed index) are in `crate::index`. Internal invariants
//! checked at run time are reported as E0513 (`Diag::internal`) rather than as panics.

mod builder;
mod cast;
mod cfg;
mod checked;
mod constant;
mod index;
mod int;
mod intrinsic;
mod place;
mod ssa;
mod statement;
mod terminator;
mod visit;

use crate::diag::{Code, DResult, Diag, Pos};
use crate::index::{Idx, IdxVec};
use crate::ir::{BlockIdx, Func, Inst, Target, Term, Val, WTy};
use crate::shape::{Kind, Node, Shape, shape_of};
use index::{Local, MirBlock, PhiId, Var};
use rustc_middle::ty::TyCtxt;
use rustc_public::mir::Body;
use rustc_public::mir::mono::Instance;
use rustc_public::ty::Span;
use ssa::Phi;
use std::collections::HashMap;

/// What a call resolves to, as decided by the collector.
pub enum Callee {
    /// A function of the module (exported or not), by WasmIR name.
    Func(String),
    /// An imported function, by WasmIR name.
    Import(String),
}

/// Resolves callees for the lowering: enqueues functions to export and records imports.
pub trait Resolver {
    /// Returns the WasmIR name for a call to `inst` (a body to export or an import).
    fn callee(&mut self, inst: Instance, pos: Option<Pos>) -> DResult<Callee>;
}

/// The source position of a span.
pub fn pos_of(span: Span) -> Pos {
    let l = span.get_lines();
    Pos { file: span.get_filename(), line: l.start_line, col: l.start_col }
}

/// The state of lowering one MIR body.
struct Lower<'a, 'tcx> {
    tcx: TyCtxt<'tcx>,
    body: &'a Body,
    res: &'a mut dyn Resolver,
    func: Func,
    /// Shape and first variable of every MIR local.
    locals: IdxVec<Local, (Shape, Var)>,
    /// Why a local has no shape (unsupported type); reported only if the local is used outside
    /// blocks that always panic.
    bad_locals: IdxVec<Local, Option<Diag>>,
    /// MIR blocks from which every path panics without side effects: lowered to `trap`.
    doomed: IdxVec<MirBlock, bool>,
    /// Locals of unsupported type that are only assigned outside doomed blocks.
    dead_locals: IdxVec<Local, bool>,
    /// The scalar kind of each variable.
    var_kinds: IdxVec<Var, Kind>,
    /// The Rust variable name of each variable (scalar leaf), from `var_debug_info`.
    var_names: IdxVec<Var, Option<String>>,
    /// MIR block -> WasmIR block (`None` for unreachable MIR blocks).
    wblock: IdxVec<MirBlock, Option<BlockIdx>>,
    /// Predecessors of each WasmIR block, one per incoming edge; the order of branch arguments.
    preds: IdxVec<BlockIdx, Vec<BlockIdx>>,
    /// The current definition of each variable at the end of each block (Braun et al.'s
    /// `currentDef`); looked up, never iterated.
    defs: IdxVec<BlockIdx, HashMap<Var, Val>>,
    /// Blocks whose predecessors are all known to the SSA construction.
    sealed: IdxVec<BlockIdx, bool>,
    /// Blocks whose instructions are all lowered.
    filled: IdxVec<BlockIdx, bool>,
    /// Parameters created in a block before it was sealed, with their variable; their operands
    /// are read when the block is sealed.
    incomplete: IdxVec<BlockIdx, Vec<(Var, PhiId)>>,
    /// Every block parameter created, in creation order (trivial ones are removed by `finish`).
    phis: IdxVec<PhiId, Phi>,
    /// Constants of the entry block (the undefined values), placed before its instructions.
    entry_consts: Vec<Inst>,
    /// The undefined `i32` and `i64` values, created on first use.
    undef: [Option<Val>; 2],
    /// The block being filled.
    cur: BlockIdx,
    /// MIR blocks whose `Assert` was fused into a trapping operator.
    fused_asserts: Vec<MirBlock>,
    /// The span of the statement or terminator being lowered, for diagnostics.
    cur_span: Option<Span>,
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
    export: Option<String>,
    res: &mut dyn Resolver,
) -> DResult<Func> {
    let rust_name = inst.name();
    let fpos = pos_of(body.span);
    let mut l = Lower {
        tcx,
        body,
        res,
        func: Func {
            name: name.to_string(),
            export,
            params: vec![],
            results: vec![],
            loc: Some((fpos.file.clone(), fpos.line, fpos.col)),
            blocks: IdxVec::new(),
            value_tys: vec![],
            value_names: vec![],
            comment: rust_name.clone(),
        },
        locals: IdxVec::new(),
        bad_locals: IdxVec::new(),
        doomed: IdxVec::new(),
        dead_locals: IdxVec::new(),
        var_kinds: IdxVec::new(),
        var_names: IdxVec::new(),
        wblock: IdxVec::new(),
        preds: IdxVec::new(),
        defs: IdxVec::new(),
        sealed: IdxVec::new(),
        filled: IdxVec::new(),
        incomplete: IdxVec::new(),
        phis: IdxVec::new(),
        entry_consts: vec![],
        undef: [None, None],
        cur: BlockIdx::new(0),
        fused_asserts: vec![],
        cur_span: None,
    };
    l.run().map_err(|d| {
        let pos = l.cur_span.map(pos_of).unwrap_or(fpos);
        d.in_fn(&rust_name).at(Some(pos))
    })?;
    Ok(l.func)
}

impl Lower<'_, '_> {
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

    /// Gives every MIR local its shape and variables. The return place and the arguments must be
    /// representable; other locals of unsupported type are an error only once used (`bad_locals`).
    fn shape_locals(&mut self) -> DResult<()> {
        let body = self.body;
        let nargs = body.arg_locals().len();
        for (i, decl) in body.locals().iter().enumerate() {
            let base = Var::new(self.var_kinds.len());
            match shape_of(decl.ty) {
                Ok(s) => {
                    self.var_kinds.extend(s.kinds.iter().copied());
                    self.locals.push((s, base));
                    self.bad_locals.push(None);
                }
                Err(d) if i <= nargs => return Err(d.at(Some(pos_of(decl.span)))),
                Err(d) => {
                    self.locals.push((Shape { kinds: vec![], root: Node::Fields(vec![]) }, base));
                    self.bad_locals.push(Some(d.at(Some(pos_of(decl.span)))));
                }
            }
        }
        Ok(())
    }

    /// Lowers the whole body: shapes, block layout, parameters, then every block in reverse
    /// postorder (so that most blocks are sealed when first read), then block parameters.
    fn run(&mut self) -> DResult<()> {
        let body = self.body;
        if body.spread_arg().is_some() {
            return Err(err(Code::Signature, "unsupported `rust-call` ABI (spread argument)", ""));
        }
        self.shape_locals()?;
        self.name_vars();
        self.doomed = self.doomed_blocks();
        self.dead_locals = self.unused_bad_locals();
        let order = self.layout_blocks()?;
        let nb = order.len();
        self.defs = IdxVec::from_elem(HashMap::new(), nb);
        self.sealed = IdxVec::from_elem(false, nb);
        self.filled = IdxVec::from_elem(false, nb);
        self.incomplete = IdxVec::from_elem(vec![], nb);

        // Parameters.
        let entry = BlockIdx::new(0);
        self.sealed[entry] = true;
        self.cur = entry;
        for a in 1..=body.arg_locals().len() {
            let (ref s, base) = self.locals[Local::new(a)];
            for (i, k) in s.kinds.clone().into_iter().enumerate() {
                let v = self.new_val(k.wty());
                self.func.blocks[entry].params.push(v);
                self.func.params.push(k.wty());
                self.write_var(entry, base.leaf(i), v);
            }
        }
        self.func.results = self.locals[Local::RETURN].0.kinds.iter().map(|k| k.wty()).collect();

        // Fill blocks in reverse postorder.
        let rpo = self.rpo(&order)?;
        for wb in rpo {
            self.cur = wb;
            if !self.sealed[wb] && self.preds[wb].iter().all(|p| self.filled[*p]) {
                self.seal(wb);
            }
            match order[wb] {
                None => {
                    let t = self.wb(MirBlock::new(0))?;
                    self.func.blocks[wb].term = Term::Br(Target { block: t, args: vec![] });
                }
                Some(mb) => self.lower_block(mb)?,
            }
            self.filled[wb] = true;
            self.try_seal_all();
        }
        self.try_seal_all();
        self.finish()?;
        Ok(())
    }
}
