//! Lowers one monomorphized MIR body to a WasmIR function in SSA form.
//!
//! Every MIR local is split into scalar leaves (see `shape`); each leaf is an SSA variable built
//! with Braun et al. 2013 ("Simple and Efficient Construction of SSA Form"): block parameters play
//! the role of phis, blocks are sealed once all their predecessors are filled, and trivial
//! parameters are removed by a fixpoint pass at the end.

use crate::diag::{Code, DResult, Diag, Pos};
use crate::ir::{Block, Func, Inst, Target, Term, Val, WTy};
use crate::shape::{Kind, Node, Shape, scalar_kind, shape_of};
use rustc_middle::ty::TyCtxt;
use rustc_public::mir::mono::{Instance, InstanceKind};
use rustc_public::mir::{
    AggregateKind, AssertMessage, BinOp, Body, CastKind, ConstOperand, NonDivergingIntrinsic, Operand, Place,
    ProjectionElem, RuntimeChecks, Rvalue, Statement, StatementKind, SwitchTargets, TerminatorKind, UnOp,
};
use rustc_public::ty::{ConstantKind, RigidTy, Span, Ty, TyKind};
use rustc_public_bridge::IndexedVal;
use std::collections::{BTreeMap, HashMap};

#[derive(PartialEq)]
enum CallClass {
    Panic,
    Pure,
    Other,
}

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

struct Phi {
    block: usize,
    val: Val,
    /// One operand per predecessor edge, in `preds[block]` order (filled when the block is sealed).
    operands: Vec<Val>,
}

struct Lower<'a, 'tcx> {
    tcx: TyCtxt<'tcx>,
    body: &'a Body,
    res: &'a mut dyn Resolver,
    func: Func,
    /// Shape and first variable of every MIR local.
    locals: Vec<(Shape, usize)>,
    /// Why a local has no shape (unsupported type); reported only if the local is used outside
    /// blocks that always panic.
    bad_locals: Vec<Option<Diag>>,
    /// MIR blocks from which every path panics without side effects: lowered to `trap`.
    doomed: Vec<bool>,
    /// Locals of unsupported type that are only assigned outside doomed blocks.
    dead_locals: Vec<bool>,
    var_kinds: Vec<Kind>,
    /// The Rust variable name of each variable (scalar leaf), from `var_debug_info`.
    var_names: Vec<Option<String>>,
    /// MIR block -> WasmIR block.
    wblock: Vec<Option<usize>>,
    preds: Vec<Vec<usize>>,
    defs: Vec<HashMap<usize, Val>>,
    sealed: Vec<bool>,
    filled: Vec<bool>,
    incomplete: Vec<Vec<(usize, usize)>>,
    phis: Vec<Phi>,
    entry_consts: Vec<Inst>,
    undef: [Option<Val>; 2],
    cur: usize,
    /// MIR blocks whose `Assert` was fused into a trapping operator.
    fused_asserts: Vec<usize>,
    cur_span: Option<Span>,
}

fn err(code: Code, msg: impl Into<String>, help: impl Into<String>) -> Diag {
    Diag::new(code, msg, help)
}

/// Successor MIR blocks of a terminator, without unwind edges.
fn succs(k: &TerminatorKind) -> Vec<usize> {
    match k {
        TerminatorKind::Goto { target } => vec![*target],
        TerminatorKind::SwitchInt { targets, .. } => targets.all_targets(),
        TerminatorKind::Drop { target, .. } => vec![*target],
        TerminatorKind::Call { target, .. } => target.iter().copied().collect(),
        TerminatorKind::Assert { target, .. } => vec![*target],
        TerminatorKind::InlineAsm { destination, .. } => destination.iter().copied().collect(),
        _ => vec![],
    }
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
            blocks: vec![],
            value_tys: vec![],
            value_names: vec![],
            comment: rust_name.clone(),
        },
        locals: vec![],
        bad_locals: vec![],
        doomed: vec![],
        dead_locals: vec![],
        var_kinds: vec![],
        var_names: vec![],
        wblock: vec![],
        preds: vec![],
        defs: vec![],
        sealed: vec![],
        filled: vec![],
        incomplete: vec![],
        phis: vec![],
        entry_consts: vec![],
        undef: [None, None],
        cur: 0,
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
    fn new_val(&mut self, ty: WTy) -> Val {
        self.func.value_tys.push(ty);
        Val(self.func.value_tys.len() as u32 - 1)
    }

    fn emit(&mut self, i: Inst) {
        self.func.blocks[self.cur].insts.push(i);
    }

    fn iconst(&mut self, ty: WTy, value: i64) -> Val {
        let dst = self.new_val(ty);
        self.emit(Inst::Const { dst, ty, value });
        dst
    }

    fn kconst(&mut self, k: Kind, raw: u128) -> Val {
        self.iconst(k.wty(), k.literal(raw))
    }

    fn op(&mut self, op: &'static str, ty: WTy, args: &[Val]) -> Val {
        let dst = self.new_val(ty);
        self.emit(Inst::Op { dst, op, args: args.to_vec() });
        dst
    }

    /// `T.name` for the type of `k`.
    fn opn(k: Kind, base: &str) -> &'static str {
        let s = match k.wty() {
            WTy::I32 => format!("i32.{base}"),
            WTy::I64 => format!("i64.{base}"),
        };
        // The set of names is small and fixed; leak-free interning through a static table.
        intern(&s)
    }

    fn op2(&mut self, k: Kind, base: &str, a: Val, b: Val) -> Val {
        let name = Self::opn(k, base);
        self.op(name, k.wty(), &[a, b])
    }

    fn cmp(&mut self, k: Kind, base: &str, a: Val, b: Val) -> Val {
        let name = Self::opn(k, base);
        self.op(name, WTy::I32, &[a, b])
    }

    /// Brings an `i32`/`i64` holding the low bits of a `k` value into normal form.
    fn norm(&mut self, k: Kind, v: Val) -> Val {
        match k {
            Kind::Bool => {
                let one = self.iconst(WTy::I32, 1);
                self.op("i32.and", WTy::I32, &[v, one])
            }
            Kind::U(8) | Kind::U(16) => {
                let m = self.iconst(WTy::I32, (1i64 << k.bits()) - 1);
                self.op("i32.and", WTy::I32, &[v, m])
            }
            Kind::S(8) => self.op("i32.extend8_s", WTy::I32, &[v]),
            Kind::S(16) => self.op("i32.extend16_s", WTy::I32, &[v]),
            _ => v,
        }
    }

    // ---- SSA construction -------------------------------------------------------------------

    fn write_var(&mut self, b: usize, var: usize, v: Val) {
        self.defs[b].insert(var, v);
        // A value takes the name of the first named variable it is stored in, so that `%n`,
        // `%n.1`... in the output (and the wasm name section) follow the Rust variable `n`.
        if let Some(Some(name)) = self.var_names.get(var) {
            let i = v.0 as usize;
            if self.func.value_names.len() <= i {
                self.func.value_names.resize(i + 1, None);
            }
            if self.func.value_names[i].is_none() {
                self.func.value_names[i] = Some(name.clone());
            }
        }
    }

    fn read_var(&mut self, b: usize, var: usize) -> Val {
        if let Some(v) = self.defs[b].get(&var) {
            return *v;
        }
        let ty = self.var_kinds[var].wty();
        let v = if !self.sealed[b] {
            let v = self.new_phi(b, ty);
            self.incomplete[b].push((var, self.phis.len() - 1));
            v
        } else if self.preds[b].is_empty() {
            self.undef(ty)
        } else if self.preds[b].len() == 1 {
            let p = self.preds[b][0];
            self.read_var(p, var)
        } else {
            let v = self.new_phi(b, ty);
            let pi = self.phis.len() - 1;
            self.write_var(b, var, v);
            self.add_operands(pi, var);
            v
        };
        self.write_var(b, var, v);
        v
    }

    fn undef(&mut self, ty: WTy) -> Val {
        let i = (ty == WTy::I64) as usize;
        if let Some(v) = self.undef[i] {
            return v;
        }
        let dst = self.new_val(ty);
        self.entry_consts.push(Inst::Const { dst, ty, value: 0 });
        self.undef[i] = Some(dst);
        dst
    }

    fn new_phi(&mut self, b: usize, ty: WTy) -> Val {
        let v = self.new_val(ty);
        self.phis.push(Phi { block: b, val: v, operands: vec![] });
        v
    }

    fn add_operands(&mut self, pi: usize, var: usize) {
        let b = self.phis[pi].block;
        for p in self.preds[b].clone() {
            let o = self.read_var(p, var);
            self.phis[pi].operands.push(o);
        }
    }

    fn seal(&mut self, b: usize) {
        if self.sealed[b] {
            return;
        }
        self.sealed[b] = true;
        for (var, pi) in std::mem::take(&mut self.incomplete[b]) {
            self.add_operands(pi, var);
        }
    }

    fn try_seal_all(&mut self) {
        for b in 0..self.func.blocks.len() {
            if !self.sealed[b] && self.preds[b].iter().all(|p| self.filled[*p]) {
                self.seal(b);
            }
        }
    }

    // ---- driver -----------------------------------------------------------------------------

    /// Names variables after the Rust variables of `var_debug_info` that live in a whole local: a
    /// scalar local `n` gives `n`, the leaves of an aggregate local `p` give `p.0`, `p.1`...
    /// The first name of a local wins (inlining can attach several).
    fn name_vars(&mut self) {
        self.var_names = vec![None; self.var_kinds.len()];
        for info in &self.body.var_debug_info {
            let Some(local) = info.local().filter(|_| info.composite.is_none()) else { continue };
            let Some((shape, base)) = self.locals.get(local) else { continue };
            let n = shape.kinds.len();
            for k in 0..n {
                let slot = &mut self.var_names[base + k];
                if slot.is_none() {
                    *slot = Some(if n == 1 { info.name.clone() } else { format!("{}.{k}", info.name) });
                }
            }
        }
    }

    fn run(&mut self) -> DResult<()> {
        let body = self.body;
        if body.spread_arg().is_some() {
            return Err(err(Code::Signature, "unsupported `rust-call` ABI (spread argument)", ""));
        }
        let nargs = body.arg_locals().len();
        for (i, decl) in body.locals().iter().enumerate() {
            let base = self.var_kinds.len();
            match shape_of(decl.ty) {
                Ok(s) => {
                    self.var_kinds.extend(s.kinds.iter().copied());
                    self.locals.push((s, base));
                    self.bad_locals.push(None);
                }
                // The return place and the arguments must be representable.
                Err(d) if i <= nargs => return Err(d.at(Some(pos_of(decl.span)))),
                Err(d) => {
                    self.locals.push((Shape { kinds: vec![], root: Node::Fields(vec![]) }, base));
                    self.bad_locals.push(Some(d.at(Some(pos_of(decl.span)))));
                }
            }
        }
        self.name_vars();
        self.doomed = self.doomed_blocks();
        // A local of unsupported type whose only mentions outside doomed blocks are whole
        // assignments to it (e.g. `&x` built for a panic message) is never observed: skip them.
        let mut used = vec![false; body.locals().len()];
        for (b, blk) in body.blocks.iter().enumerate() {
            if self.doomed[b] {
                continue;
            }
            let mut mark = |p: &Place| used[p.local] = true;
            for st in &blk.statements {
                match &st.kind {
                    StatementKind::Assign(p, rv) if p.projection.is_empty() => visit_rvalue(rv, &mut mark),
                    _ => visit_statement(st, &mut mark),
                }
            }
            visit_terminator(&blk.terminator.kind, &mut mark);
        }
        self.dead_locals = used.iter().zip(&self.bad_locals).map(|(u, b)| !u && b.is_some()).collect();
        // Reachable MIR blocks, in index order; WasmIR block per MIR block.
        let n = body.blocks.len();
        let mut reach = vec![false; n];
        let mut stack = vec![0usize];
        while let Some(b) = stack.pop() {
            if reach[b] {
                continue;
            }
            reach[b] = true;
            stack.extend(self.succ(b));
        }
        let mut mir_preds = vec![vec![]; n];
        for b in 0..n {
            if reach[b] {
                for s in self.succ(b) {
                    mir_preds[s].push(b);
                }
            }
        }
        let synthetic_entry = !mir_preds[0].is_empty();
        let mut order = vec![];
        if synthetic_entry {
            order.push(None);
        }
        self.wblock = vec![None; n];
        for b in 0..n {
            if reach[b] {
                self.wblock[b] = Some(order.len());
                order.push(Some(b));
            }
        }
        let nb = order.len();
        for mb in &order {
            self.func.blocks.push(Block {
                label: match mb {
                    None => "entry".to_string(),
                    Some(b) => format!("bb{b}"),
                },
                params: vec![],
                insts: vec![],
                term: Term::Trap,
            });
        }
        self.preds = vec![vec![]; nb];
        for (wb, mb) in order.iter().enumerate() {
            let ss = match mb {
                None => vec![0],
                Some(b) => self.succ(*b),
            };
            for s in ss {
                let ws = self.wb(s)?;
                self.preds[ws].push(wb);
            }
        }
        self.defs = vec![HashMap::new(); nb];
        self.sealed = vec![false; nb];
        self.filled = vec![false; nb];
        self.incomplete = vec![vec![]; nb];

        // Parameters.
        self.sealed[0] = true;
        self.cur = 0;
        for a in 1..=body.arg_locals().len() {
            let (ref s, base) = self.locals[a];
            for (i, k) in s.kinds.clone().into_iter().enumerate() {
                let v = self.new_val(k.wty());
                self.func.blocks[0].params.push(v);
                self.func.params.push(k.wty());
                self.write_var(0, base + i, v);
            }
        }
        self.func.results = self.locals[0].0.kinds.iter().map(|k| k.wty()).collect();

        // Fill blocks in reverse postorder.
        let rpo = self.rpo(&order)?;
        for wb in rpo {
            self.cur = wb;
            if !self.sealed[wb] && self.preds[wb].iter().all(|p| self.filled[*p]) {
                self.seal(wb);
            }
            match order[wb] {
                None => {
                    let t = self.wb(0)?;
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

    /// Successors of MIR block `b` as lowered (none for a doomed block).
    fn succ(&self, b: usize) -> Vec<usize> {
        if self.doomed[b] { vec![] } else { succs(&self.body.blocks[b].terminator.kind) }
    }

    /// Whether a call terminator certainly panics (`core::panicking`, diverging `core` functions),
    /// is a pure constructor of panic messages (`core::fmt`), or neither.
    fn call_class(&self, func: &Operand, target: Option<usize>) -> CallClass {
        let Ok(fty) = self.operand_ty(func) else { return CallClass::Other };
        let TyKind::RigidTy(RigidTy::FnDef(def, gargs)) = fty.kind() else { return CallClass::Other };
        let Ok(inst) = Instance::resolve(def, &gargs) else { return CallClass::Other };
        let name = inst.name();
        let krate = rustc_public::CrateDef::krate(&def).name;
        if name.starts_with("core::panicking::")
            || (krate == "core" && target.is_none() && inst.kind != InstanceKind::Intrinsic)
        {
            CallClass::Panic
        } else if name.starts_with("core::fmt::") && krate == "core" && target.is_some() {
            CallClass::Pure
        } else {
            CallClass::Other
        }
    }

    /// Blocks from which every path reaches a panic, `Unreachable` or `Abort` with nothing
    /// observable on the way (MIR statements have no side effects here; calls other than
    /// `core::fmt` constructors stop the analysis). Least fixpoint, so `loop {}` is not doomed.
    fn doomed_blocks(&self) -> Vec<bool> {
        let blocks = &self.body.blocks;
        let mut d = vec![false; blocks.len()];
        loop {
            let mut changed = false;
            for b in 0..blocks.len() {
                if d[b] {
                    continue;
                }
                let now = match &blocks[b].terminator.kind {
                    TerminatorKind::Unreachable | TerminatorKind::Abort => true,
                    TerminatorKind::Call { func, target, .. } => match self.call_class(func, *target) {
                        CallClass::Panic => true,
                        CallClass::Pure => target.is_some_and(|t| d[t]),
                        CallClass::Other => false,
                    },
                    // Not `Drop`: a destructor may have side effects.
                    TerminatorKind::Goto { target } | TerminatorKind::Assert { target, .. } => d[*target],
                    TerminatorKind::SwitchInt { targets, .. } => targets.all_targets().iter().all(|t| d[*t]),
                    _ => false,
                };
                if now {
                    d[b] = true;
                    changed = true;
                }
            }
            if !changed {
                return d;
            }
        }
    }

    /// The WasmIR block of MIR block `mb`; every successor of a lowered block is lowered, so a
    /// miss is an internal error.
    fn wb(&self, mb: usize) -> DResult<usize> {
        self.wblock
            .get(mb)
            .copied()
            .flatten()
            .ok_or_else(|| Diag::internal(&format!("MIR block bb{mb} has no WasmIR block")))
    }

    fn rpo(&self, order: &[Option<usize>]) -> DResult<Vec<usize>> {
        let nb = order.len();
        let succ_w = |wb: usize| -> DResult<Vec<usize>> {
            match order[wb] {
                None => Ok(vec![self.wb(0)?]),
                Some(b) => self.succ(b).into_iter().map(|s| self.wb(s)).collect(),
            }
        };
        let mut seen = vec![false; nb];
        let mut post = vec![];
        // Iterative DFS.
        let mut stack: Vec<(usize, Vec<usize>, usize)> = vec![(0, succ_w(0)?, 0)];
        seen[0] = true;
        while let Some((b, ss, i)) = stack.last_mut() {
            if *i < ss.len() {
                let s = ss[*i];
                *i += 1;
                if !seen[s] {
                    seen[s] = true;
                    let ssn = succ_w(s)?;
                    stack.push((s, ssn, 0));
                }
            } else {
                post.push(*b);
                stack.pop();
            }
        }
        post.reverse();
        Ok(post)
    }

    /// Removes trivial block parameters, attaches the others to their blocks and fills in branch
    /// arguments.
    fn finish(&mut self) -> DResult<()> {
        let nv = self.func.value_tys.len();
        let mut repl: Vec<Option<Val>> = vec![None; nv];
        fn resolve(repl: &[Option<Val>], mut v: Val) -> Val {
            while let Some(r) = repl[v.0 as usize] {
                v = r;
            }
            v
        }
        let mut live = vec![true; self.phis.len()];
        loop {
            let mut changed = false;
            for (i, p) in self.phis.iter().enumerate() {
                if !live[i] {
                    continue;
                }
                let mut same: Option<Val> = None;
                let mut trivial = true;
                for o in &p.operands {
                    let o = resolve(&repl, *o);
                    if o == p.val || Some(o) == same {
                        continue;
                    }
                    if same.is_some() {
                        trivial = false;
                        break;
                    }
                    same = Some(o);
                }
                if trivial {
                    live[i] = false;
                    changed = true;
                    match same {
                        Some(s) => repl[p.val.0 as usize] = Some(s),
                        // A parameter only fed by itself: unreachable in practice; use undef.
                        None => {
                            let ty = self.func.value_tys[p.val.0 as usize];
                            let i = (ty == WTy::I64) as usize;
                            let u = match self.undef[i] {
                                Some(u) => u,
                                None => {
                                    self.func.value_tys.push(ty);
                                    let u = Val(self.func.value_tys.len() as u32 - 1);
                                    repl.push(None);
                                    self.entry_consts.push(Inst::Const { dst: u, ty, value: 0 });
                                    self.undef[i] = Some(u);
                                    u
                                }
                            };
                            repl[p.val.0 as usize] = Some(u);
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
        // Block parameters, in creation order.
        let mut params: Vec<Vec<usize>> = vec![vec![]; self.func.blocks.len()];
        for (i, p) in self.phis.iter().enumerate() {
            if live[i] {
                params[p.block].push(i);
            }
        }
        for (b, ps) in params.iter().enumerate() {
            for &pi in ps {
                let v = self.phis[pi].val;
                self.func.blocks[b].params.push(v);
            }
        }
        // Branch arguments.
        for b in 0..self.func.blocks.len() {
            let mut term = std::mem::replace(&mut self.func.blocks[b].term, Term::Trap);
            let fill = |t: &mut Target| -> DResult<()> {
                let edge = self.preds[t.block]
                    .iter()
                    .position(|p| *p == b)
                    .ok_or_else(|| Diag::internal("a branch target does not list its predecessor"))?;
                t.args = params[t.block].iter().map(|pi| resolve(&repl, self.phis[*pi].operands[edge])).collect();
                Ok(())
            };
            match &mut term {
                Term::Br(t) => fill(t)?,
                Term::BrIf(c, a, e) => {
                    *c = resolve(&repl, *c);
                    fill(a)?;
                    fill(e)?;
                }
                Term::Switch(v, d, cases) => {
                    *v = resolve(&repl, *v);
                    fill(d)?;
                    cases.iter_mut().try_for_each(|(_, t)| fill(t))?;
                }
                Term::Return(vs) => vs.iter_mut().for_each(|v| *v = resolve(&repl, *v)),
                Term::Trap => {}
            }
            self.func.blocks[b].term = term;
            for i in &mut self.func.blocks[b].insts {
                match i {
                    Inst::Const { .. } => {}
                    Inst::Op { args, .. } | Inst::Call { args, .. } => {
                        args.iter_mut().for_each(|v| *v = resolve(&repl, *v))
                    }
                    Inst::TrapZ(v) | Inst::TrapNz(v) => *v = resolve(&repl, *v),
                }
            }
        }
        let mut entry = std::mem::take(&mut self.entry_consts);
        entry.append(&mut self.func.blocks[0].insts);
        self.func.blocks[0].insts = entry;
        Ok(())
    }

    // ---- places and operands ----------------------------------------------------------------

    /// The variables of a place, in leaf order, and its node.
    fn place_vars(&self, p: &Place) -> DResult<(Node, Vec<usize>)> {
        if let Some(d) = &self.bad_locals[p.local] {
            return Err(d.clone());
        }
        let (shape, base) = &self.locals[p.local];
        let mut node = shape.root.clone();
        let mut i = 0;
        while i < p.projection.len() {
            match &p.projection[i] {
                ProjectionElem::Field(f, _) => {
                    node = node
                        .field(*f)
                        .cloned()
                        .ok_or_else(|| err(Code::Projection, "unsupported field projection", ""))?;
                }
                ProjectionElem::Downcast(v) => {
                    let Node::Enum { variants, .. } = &node else {
                        return Err(err(Code::Projection, "downcast of a non-enum place", ""));
                    };
                    node = Node::Fields(variants[v.to_index()].clone());
                }
                ProjectionElem::OpaqueCast(_) => {}
                other => {
                    let name = format!("{other:?}");
                    let name = name.split(['(', ' ', '{']).next().unwrap_or("?").to_string();
                    return Err(err(
                        Code::Projection,
                        format!("unsupported MIR place projection `{name}`"),
                        "memory (references, pointers, arrays, slices) is not exported yet",
                    ));
                }
            }
            i += 1;
        }
        let mut leaves = vec![];
        node.leaves(&mut leaves);
        Ok((node, leaves.into_iter().map(|l| base + l).collect()))
    }

    fn read_place(&mut self, p: &Place) -> DResult<Vec<Val>> {
        let (_, vars) = self.place_vars(p)?;
        Ok(vars.into_iter().map(|v| self.read_var(self.cur, v)).collect())
    }

    fn operand(&mut self, o: &Operand) -> DResult<Vec<Val>> {
        match o {
            Operand::Copy(p) | Operand::Move(p) => self.read_place(p),
            Operand::Constant(c) => self.constant(c),
            Operand::RuntimeChecks(rc) => {
                let sess = self.tcx.sess;
                let b = match rc {
                    RuntimeChecks::UbChecks => sess.ub_checks(),
                    RuntimeChecks::ContractChecks => sess.contract_checks(),
                    RuntimeChecks::OverflowChecks => sess.overflow_checks(),
                };
                Ok(vec![self.iconst(WTy::I32, b as i64)])
            }
        }
    }

    fn operand_ty(&self, o: &Operand) -> DResult<Ty> {
        o.ty(self.body.locals()).map_err(|e| err(Code::Operator, format!("cannot type operand: {e:?}"), ""))
    }

    /// A scalar operand with its kind.
    fn scalar(&mut self, o: &Operand) -> DResult<(Val, Kind)> {
        let ty = self.operand_ty(o)?;
        let k = scalar_kind(ty)
            .ok_or_else(|| err(Code::Type, format!("expected an integer or bool operand, found `{ty}`"), ""))?;
        let vs = self.operand(o)?;
        Ok((vs[0], k))
    }

    fn constant(&mut self, c: &ConstOperand) -> DResult<Vec<Val>> {
        let ty = c.const_.ty();
        let shape = shape_of(ty)?;
        match c.const_.kind() {
            ConstantKind::ZeroSized => {
                if shape.kinds.is_empty() {
                    Ok(vec![])
                } else {
                    Err(err(Code::Constant, format!("zero-sized constant of type `{ty}`"), ""))
                }
            }
            ConstantKind::Allocated(alloc) => {
                // Uninitialized bytes (padding, inactive enum variants) read as 0; only the
                // fields of the active variant are decoded.
                let bytes: Vec<u8> = alloc.bytes.iter().map(|b| b.unwrap_or(0)).collect();
                let mut raw = vec![0u128; shape.kinds.len()];
                decode(ty, &shape.root, &bytes, &mut raw)?;
                let kinds = shape.kinds.clone();
                Ok(kinds.iter().zip(raw).map(|(k, r)| self.kconst(*k, r)).collect())
            }
            other => {
                Err(err(Code::Constant, format!("unsupported constant `{}` of type `{ty}`", kind_name(other)), ""))
            }
        }
    }

    // ---- statements -------------------------------------------------------------------------

    fn lower_block(&mut self, mb: usize) -> DResult<()> {
        let body = self.body;
        let bb = &body.blocks[mb];
        if self.doomed[mb] {
            // Every path from here panics: nothing observable happens before the trap.
            self.set_term(Term::Trap);
            return Ok(());
        }
        for (si, st) in bb.statements.iter().enumerate() {
            self.cur_span = Some(st.span);
            self.statement(mb, si, st)?;
        }
        self.cur_span = Some(bb.terminator.span);
        self.terminator(mb)
    }

    fn statement(&mut self, mb: usize, si: usize, st: &Statement) -> DResult<()> {
        match &st.kind {
            StatementKind::Assign(place, _) if self.dead_locals[place.local] => Ok(()),
            StatementKind::Assign(place, rv) => self.assign(mb, si, place, rv),
            StatementKind::SetDiscriminant { place, variant_index } => {
                let (node, _) = self.place_vars(place)?;
                let Node::Enum { discr, kind, values, .. } = node else {
                    return Err(err(Code::Statement, "`SetDiscriminant` on a non-enum", ""));
                };
                let base = self.locals[place.local].1;
                let v = self.kconst(kind, values[variant_index.to_index()]);
                self.write_var(self.cur, base + discr, v);
                Ok(())
            }
            StatementKind::StorageLive(_)
            | StatementKind::StorageDead(_)
            | StatementKind::FakeRead(..)
            | StatementKind::PlaceMention(_)
            | StatementKind::AscribeUserType { .. }
            | StatementKind::Coverage(_)
            | StatementKind::ConstEvalCounter
            | StatementKind::Nop
            | StatementKind::Intrinsic(NonDivergingIntrinsic::Assume(_)) => Ok(()),
            StatementKind::Intrinsic(NonDivergingIntrinsic::CopyNonOverlapping(_)) => Err(err(
                Code::Statement,
                "unsupported MIR statement `CopyNonOverlapping`",
                "memory is not exported yet",
            )),
        }
    }

    fn write_place(&mut self, place: &Place, vals: Vec<Val>) -> DResult<()> {
        let (_, vars) = self.place_vars(place)?;
        if vars.len() != vals.len() {
            return Err(err(Code::Rvalue, "internal: value does not match its place", ""));
        }
        for (var, v) in vars.into_iter().zip(vals) {
            self.write_var(self.cur, var, v);
        }
        Ok(())
    }

    fn assign(&mut self, mb: usize, si: usize, place: &Place, rv: &Rvalue) -> DResult<()> {
        let dst_ty =
            rv.ty(self.body.locals()).map_err(|e| err(Code::Rvalue, format!("cannot type rvalue: {e:?}"), ""))?;
        match rv {
            Rvalue::Use(o, _) => {
                let v = self.operand(o)?;
                self.write_place(place, v)
            }
            Rvalue::BinaryOp(op, a, b) => {
                let v = self.binop(*op, a, b, dst_ty)?;
                self.write_place(place, v)
            }
            Rvalue::CheckedBinaryOp(op, a, b) => {
                let fuse = self.fusable(mb, si, place);
                let (x, ka) = self.scalar(a)?;
                let (y, _) = self.scalar(b)?;
                let (r, flag) = self.checked(*op, ka, x, y, fuse)?;
                if fuse && !ka.narrow() {
                    self.fused_asserts.push(mb);
                    let (_, vars) = self.place_vars(place)?;
                    self.write_var(self.cur, vars[0], r);
                    return Ok(());
                }
                self.write_place(place, vec![r, flag])
            }
            Rvalue::UnaryOp(op, a) => {
                let (x, k) = self.scalar(a)?;
                let v = match op {
                    UnOp::Not => {
                        let m = match k {
                            Kind::Bool => 1u128,
                            Kind::U(b) => (1u128 << b) - 1,
                            Kind::S(_) => u128::MAX,
                        };
                        let m = self.kconst(k, m);
                        self.op2(k, "xor", x, m)
                    }
                    UnOp::Neg => {
                        let z = self.iconst(k.wty(), 0);
                        let r = self.op2(k, "sub", z, x);
                        self.norm(k, r)
                    }
                    UnOp::PtrMetadata => {
                        return Err(err(Code::Rvalue, "unsupported MIR unary op `PtrMetadata`", ""));
                    }
                };
                self.write_place(place, vec![v])
            }
            Rvalue::Cast(kind, o, ty) => {
                let v = self.cast(kind, o, *ty)?;
                self.write_place(place, v)
            }
            Rvalue::Aggregate(kind, ops) => self.aggregate(place, kind, ops),
            Rvalue::Discriminant(p) => {
                let (node, vars) = self.place_vars(p)?;
                let v = match node {
                    Node::Enum { .. } => self.read_var(self.cur, vars[0]),
                    _ => {
                        return Err(err(Code::Rvalue, "`Discriminant` of a non-enum place", ""));
                    }
                };
                self.write_place(place, vec![v])
            }
            other => Err(err(
                Code::Rvalue,
                format!("unsupported MIR rvalue `{}`", rvalue_name(other)),
                "the exporter handles integer arithmetic, casts, tuples and enums of integers; \
                 memory (references, pointers, arrays) is not exported yet",
            )),
        }
    }

    fn aggregate(&mut self, place: &Place, kind: &AggregateKind, ops: &[Operand]) -> DResult<()> {
        let mut vals = vec![];
        for o in ops {
            vals.extend(self.operand(o)?);
        }
        match kind {
            AggregateKind::Tuple => self.write_place(place, vals),
            AggregateKind::Adt(_, variant, _, _, None) => {
                let (node, vars) = self.place_vars(place)?;
                match node {
                    Node::Fields(_) => self.write_place(place, vals),
                    Node::Enum { discr: _, kind, variants, values } => {
                        let vi = variant.to_index();
                        let d = self.kconst(kind, values[vi]);
                        self.write_var(self.cur, vars[0], d);
                        let mut leaves = vec![];
                        Node::Fields(variants[vi].clone()).leaves(&mut leaves);
                        if leaves.len() != vals.len() {
                            return Err(err(Code::Rvalue, "internal: enum aggregate arity", ""));
                        }
                        let base = self.locals[place.local].1;
                        for (l, v) in leaves.into_iter().zip(vals) {
                            self.write_var(self.cur, base + l, v);
                        }
                        Ok(())
                    }
                    Node::Leaf(_) => {
                        // A one-field struct with a scalar leaf is still `Fields`; a leaf here is
                        // an enum seen through a projection, which MIR does not produce.
                        Err(err(Code::Rvalue, "unsupported aggregate target", ""))
                    }
                }
            }
            AggregateKind::Adt(..) => Err(err(Code::Rvalue, "unsupported union aggregate", "")),
            AggregateKind::Array(_) => Err(err(
                Code::Rvalue,
                "unsupported MIR rvalue `Aggregate` (array)",
                "arrays live in memory, which is not exported yet",
            )),
            _ => Err(err(Code::Rvalue, "unsupported MIR rvalue `Aggregate` (closure)", "")),
        }
    }

    // ---- arithmetic -------------------------------------------------------------------------

    fn binop(&mut self, op: BinOp, a: &Operand, b: &Operand, dst_ty: Ty) -> DResult<Vec<Val>> {
        let (x, k) = self.scalar(a)?;
        let (y, kb) = self.scalar(b)?;
        let s = k.signed();
        let r = match op {
            BinOp::Add | BinOp::AddUnchecked => {
                let r = self.op2(k, "add", x, y);
                self.norm(k, r)
            }
            BinOp::Sub | BinOp::SubUnchecked => {
                let r = self.op2(k, "sub", x, y);
                self.norm(k, r)
            }
            BinOp::Mul | BinOp::MulUnchecked => {
                let r = self.op2(k, "mul", x, y);
                self.norm(k, r)
            }
            BinOp::Div => {
                let r = self.op2(k, if s { "div_s" } else { "div_u" }, x, y);
                if s { self.norm(k, r) } else { r }
            }
            BinOp::Rem => self.op2(k, if s { "rem_s" } else { "rem_u" }, x, y),
            BinOp::BitAnd => self.op2(k, "and", x, y),
            BinOp::BitOr => self.op2(k, "or", x, y),
            BinOp::BitXor => self.op2(k, "xor", x, y),
            BinOp::Shl | BinOp::ShlUnchecked | BinOp::Shr | BinOp::ShrUnchecked => {
                let amt = self.shift_amount(k, y, kb);
                let name = match op {
                    BinOp::Shl | BinOp::ShlUnchecked => "shl",
                    _ if s => "shr_s",
                    _ => "shr_u",
                };
                let r = self.op2(k, name, x, amt);
                if name == "shl" { self.norm(k, r) } else { r }
            }
            BinOp::Eq => self.cmp(k, "eq", x, y),
            BinOp::Ne => self.cmp(k, "ne", x, y),
            BinOp::Lt => self.cmp(k, if s { "lt_s" } else { "lt_u" }, x, y),
            BinOp::Le => self.cmp(k, if s { "le_s" } else { "le_u" }, x, y),
            BinOp::Gt => self.cmp(k, if s { "gt_s" } else { "gt_u" }, x, y),
            BinOp::Ge => self.cmp(k, if s { "ge_s" } else { "ge_u" }, x, y),
            BinOp::Cmp => {
                // `Ordering` as its discriminant: (a > b) - (a < b).
                let shape = shape_of(dst_ty)?;
                if shape.kinds.len() != 1 {
                    return Err(err(Code::Operator, "unexpected `Cmp` result type", ""));
                }
                let gt = self.cmp(k, if s { "gt_s" } else { "gt_u" }, x, y);
                let lt = self.cmp(k, if s { "lt_s" } else { "lt_u" }, x, y);
                let r = self.op("i32.sub", WTy::I32, &[gt, lt]);
                return Ok(vec![r]);
            }
            BinOp::Offset => {
                return Err(err(Code::Operator, "unsupported MIR binary op `Offset`", ""));
            }
        };
        Ok(vec![r])
    }

    /// Converts a shift amount of kind `kb` to the type of `k` and masks it to `k`'s width.
    fn shift_amount(&mut self, k: Kind, y: Val, kb: Kind) -> Val {
        let y = match (k.wty(), kb.wty()) {
            (WTy::I32, WTy::I64) => self.op("i32.wrap_i64", WTy::I32, &[y]),
            (WTy::I64, WTy::I32) => self.op("i64.extend_i32_u", WTy::I64, &[y]),
            _ => y,
        };
        if k.narrow() {
            let m = self.iconst(WTy::I32, k.bits() as i64 - 1);
            self.op("i32.and", WTy::I32, &[y, m])
        } else {
            y // wasm masks 32/64-bit shift amounts itself
        }
    }

    /// Whether an `Assert` is an overflow check that rustc's code generation drops: overflow
    /// checks of `#[rustc_inherit_overflow_checks]` functions of core (`abs`, `pow`,
    /// `next_power_of_two`...) inlined into a crate compiled without `-C overflow-checks`.
    fn assert_elided(&self, msg: &AssertMessage) -> bool {
        !self.tcx.sess.overflow_checks()
            && matches!(
                msg,
                AssertMessage::OverflowNeg(_)
                    | AssertMessage::Overflow(BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Shl | BinOp::Shr, ..)
            )
    }

    /// Whether the overflow flag of `place := CheckedBinaryOp(..)` (statement `si` of block `mb`)
    /// only feeds the `Assert` terminating `mb`, so a trapping operator can compute it.
    fn fusable(&self, mb: usize, si: usize, place: &Place) -> bool {
        if !place.projection.is_empty() {
            return false;
        }
        let bb = &self.body.blocks[mb];
        let TerminatorKind::Assert { cond, expected: false, msg, .. } = &bb.terminator.kind else {
            return false;
        };
        if self.assert_elided(msg) {
            return false;
        }
        let is_flag =
            |p: &Place| p.local == place.local && matches!(p.projection.as_slice(), [ProjectionElem::Field(1, _)]);
        match cond {
            Operand::Copy(p) | Operand::Move(p) if is_flag(p) => {}
            _ => return false,
        }
        // Count every mention of the local in the body: only `.0` reads and the assert may remain.
        let mut flag_reads = 0;
        let mut other = false;
        let mut visit = |p: &Place| {
            if p.local == place.local {
                if is_flag(p) {
                    flag_reads += 1;
                } else if !matches!(p.projection.as_slice(), [ProjectionElem::Field(0, _)]) {
                    other = true;
                }
            }
        };
        for (b, blk) in self.body.blocks.iter().enumerate() {
            for (i, st) in blk.statements.iter().enumerate() {
                if b == mb && i == si {
                    continue;
                }
                visit_statement(st, &mut visit);
            }
            visit_terminator(&blk.terminator.kind, &mut visit);
        }
        flag_reads == 1 && !other
    }

    /// `CheckedBinaryOp`: the wrapped result and the overflow flag (a `bool`).
    fn checked(&mut self, op: BinOp, k: Kind, x: Val, y: Val, fuse: bool) -> DResult<(Val, Val)> {
        let s = k.signed();
        let base = match op {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            _ => {
                return Err(err(Code::Operator, format!("unsupported checked operator `{op:?}`"), ""));
            }
        };
        if fuse && !k.narrow() {
            let name = intern(&format!("{}.{base}_ovf_{}", k.wty().name(), if s { "s" } else { "u" }));
            let r = self.op(name, k.wty(), &[x, y]);
            // The flag is never read (see `fusable`); the caller does not store it.
            return Ok((r, r));
        }
        let r = self.op2(k, base, x, y);
        if k.narrow() {
            // Normalized narrow inputs never overflow i32 (as 32-bit patterns); the result
            // overflowed iff normalizing changes it.
            let n = self.norm(k, r);
            let f = self.op("i32.ne", WTy::I32, &[r, n]);
            return Ok((n, f));
        }
        let w = k.wty();
        let flag = match (base, s) {
            ("add", false) => self.cmp(k, "lt_u", r, x),
            ("sub", false) => self.cmp(k, "lt_u", x, y),
            ("add", true) => {
                let a = self.op2(k, "xor", r, x);
                let b = self.op2(k, "xor", r, y);
                let c = self.op2(k, "and", a, b);
                let z = self.iconst(w, 0);
                self.cmp(k, "lt_s", c, z)
            }
            ("sub", true) => {
                let a = self.op2(k, "xor", x, y);
                let b = self.op2(k, "xor", x, r);
                let c = self.op2(k, "and", a, b);
                let z = self.iconst(w, 0);
                self.cmp(k, "lt_s", c, z)
            }
            ("mul", _) if w == WTy::I32 => {
                let ext = if s { "i64.extend_i32_s" } else { "i64.extend_i32_u" };
                let a = self.op(ext, WTy::I64, &[x]);
                let b = self.op(ext, WTy::I64, &[y]);
                let p = self.op("i64.mul", WTy::I64, &[a, b]);
                if s {
                    let e = self.op("i64.extend32_s", WTy::I64, &[p]);
                    self.op("i64.ne", WTy::I32, &[p, e])
                } else {
                    let c32 = self.iconst(WTy::I64, 32);
                    let hi = self.op("i64.shr_u", WTy::I64, &[p, c32]);
                    let z = self.iconst(WTy::I64, 0);
                    self.op("i64.ne", WTy::I32, &[hi, z])
                }
            }
            ("mul", false) => {
                // overflow iff x != 0 && r / x != y
                let z = self.iconst(w, 0);
                let one = self.iconst(w, 1);
                let xz = self.cmp(k, "eq", x, z);
                let d = self.op("i64.select", w, &[xz, one, x]);
                let q = self.op("i64.div_u", w, &[r, d]);
                let ne = self.cmp(k, "ne", q, y);
                let nz = self.cmp(k, "ne", x, z);
                self.op("i32.and", WTy::I32, &[ne, nz])
            }
            ("mul", true) => {
                // x == -1: overflow iff y == MIN; else overflow iff x != 0 && r / x != y
                let z = self.iconst(w, 0);
                let one = self.iconst(w, 1);
                let m1 = self.iconst(w, -1);
                let min = self.iconst(w, i64::MIN);
                let xm1 = self.cmp(k, "eq", x, m1);
                let xz = self.cmp(k, "eq", x, z);
                let bad = self.op("i32.or", WTy::I32, &[xm1, xz]);
                let d = self.op("i64.select", w, &[bad, one, x]);
                let q = self.op("i64.div_s", w, &[r, d]);
                let ne = self.cmp(k, "ne", q, y);
                let nz = self.cmp(k, "ne", x, z);
                let general = self.op("i32.and", WTy::I32, &[ne, nz]);
                let ymin = self.cmp(k, "eq", y, min);
                self.op("i32.select", WTy::I32, &[xm1, ymin, general])
            }
            // `base` is one of the three names matched above.
            _ => return Err(Diag::internal(&format!("checked operator `{base}`"))),
        };
        Ok((r, flag))
    }

    fn cast(&mut self, kind: &CastKind, o: &Operand, ty: Ty) -> DResult<Vec<Val>> {
        match kind {
            CastKind::Subtype => self.operand(o),
            CastKind::Transmute if !(scalar_kind(self.operand_ty(o)?).is_some() && scalar_kind(ty).is_some()) => {
                let src_ty = self.operand_ty(o)?;
                self.transmute(o, src_ty, ty)
            }
            CastKind::IntToInt | CastKind::Transmute => {
                let src_ty = self.operand_ty(o)?;
                let (Some(ks), Some(kd)) = (scalar_kind(src_ty), scalar_kind(ty)) else {
                    return Err(err(
                        Code::Cast,
                        format!("unsupported cast from `{src_ty}` to `{ty}`"),
                        "only casts between integer types (and bool/char) are exported",
                    ));
                };
                if matches!(kind, CastKind::Transmute) && ks.bits().div_ceil(8) != kd.bits().div_ceil(8) {
                    return Err(err(Code::Cast, format!("unsupported transmute from `{src_ty}` to `{ty}`"), ""));
                }
                let x = self.operand(o)?[0];
                Ok(vec![self.int_cast(x, ks, kd)])
            }
            other => Err(err(
                Code::Cast,
                format!("unsupported MIR cast `{}`", format!("{other:?}").split('(').next().unwrap_or("?")),
                "only casts between integer types (and bool/char) are exported",
            )),
        }
    }

    /// `transmute` between types whose layout is one integer scalar of the same size: integers,
    /// `NonZero`, `Option<NonZero<_>>`, fieldless enums, one-field structs of those. The source
    /// leaves are encoded to the scalar's bits (as the layout stores them), then decoded.
    fn transmute(&mut self, o: &Operand, src: Ty, dst: Ty) -> DResult<Vec<Val>> {
        let bad = || {
            err(
                Code::Cast,
                format!("unsupported MIR cast `Transmute` from `{src}` to `{dst}`"),
                "only transmutes between single-integer layouts (integers, NonZero, Option<NonZero>, \
                 fieldless enums) are exported",
            )
        };
        let size_of = |t: Ty| -> DResult<usize> { Ok(t.layout().map_err(|_| bad())?.shape().size.bytes()) };
        let size = size_of(src)?;
        if size != size_of(dst)? || ![1, 2, 4, 8].contains(&size) {
            return Err(bad());
        }
        let vals = self.operand(o)?;
        let ss = shape_of(src)?;
        let bits = self.encode_bits(src, &ss.root, &vals, size).ok_or_else(bad)?;
        let ds = shape_of(dst)?;
        let mut out: Vec<Option<Val>> = vec![None; ds.kinds.len()];
        self.decode_bits(dst, &ds.root, &ds.kinds, bits, size, &mut out).ok_or_else(bad)?;
        Ok(out.into_iter().zip(ds.kinds.iter()).map(|(v, k)| v.unwrap_or_else(|| self.iconst(k.wty(), 0))).collect())
    }

    /// The WasmIR type holding `size` bytes of bits.
    fn bits_ty(size: usize) -> WTy {
        if size > 4 { WTy::I64 } else { WTy::I32 }
    }

    /// Converts `v` (of type `from`) to type `to`, keeping the low bits.
    fn fit(&mut self, v: Val, from: WTy, to: WTy) -> Val {
        match (from, to) {
            (WTy::I64, WTy::I32) => self.op("i32.wrap_i64", WTy::I32, &[v]),
            (WTy::I32, WTy::I64) => self.op("i64.extend_i32_u", WTy::I64, &[v]),
            _ => v,
        }
    }

    /// The only field of a struct-like node that has leaves, if it sits at offset 0 and fills
    /// `size` bytes (other fields are zero-sized).
    fn single_field(node_fields: &[Node], tys: &[Ty], offsets: &[usize], size: usize) -> Option<usize> {
        let mut found = None;
        for (i, f) in node_fields.iter().enumerate() {
            let mut l = vec![];
            f.leaves(&mut l);
            let fsize = tys.get(i)?.layout().ok()?.shape().size.bytes();
            if fsize == 0 {
                continue;
            }
            if l.is_empty() || found.is_some() || *offsets.get(i)? != 0 || fsize != size {
                return None;
            }
            found = Some(i);
        }
        found
    }

    fn encode_bits(&mut self, ty: Ty, node: &Node, vals: &[Val], size: usize) -> Option<Val> {
        use rustc_public::abi::{FieldsShape, TagEncoding, VariantsShape};
        let bt = Self::bits_ty(size);
        let layout = ty.layout().ok()?.shape();
        match node {
            Node::Leaf(i) => {
                let k = scalar_kind(ty)?;
                Some(self.fit(vals[*i], k.wty(), bt))
            }
            Node::Fields(fs) => {
                let FieldsShape::Arbitrary { offsets } = &layout.fields else { return None };
                let offs: Vec<usize> = offsets.iter().map(|o| o.bytes()).collect();
                let tys = field_types(ty)?;
                let i = Self::single_field(fs, &tys, &offs, size)?;
                self.encode_bits(tys[i], &fs[i], vals, size)
            }
            Node::Enum { discr, kind, variants, values } => match &layout.variants {
                VariantsShape::Single { index } => {
                    let FieldsShape::Arbitrary { offsets } = &layout.fields else { return None };
                    let vi = index.to_index();
                    let offs: Vec<usize> = offsets.iter().map(|o| o.bytes()).collect();
                    let tys = variant_field_types(ty, vi)?;
                    let i = Self::single_field(&variants[vi], &tys, &offs, size)?;
                    self.encode_bits(tys[i], &variants[vi][i], vals, size)
                }
                VariantsShape::Multiple { tag_encoding: TagEncoding::Direct, .. } => {
                    if !leafless(variants.iter().flatten()) {
                        return None;
                    }
                    Some(self.fit(vals[*discr], kind.wty(), bt))
                }
                VariantsShape::Multiple {
                    tag_encoding: TagEncoding::Niche { untagged_variant, niche_variants, niche_start },
                    variants: vlayouts,
                    ..
                } => {
                    let u = untagged_variant.to_index();
                    let (lo, hi) = (niche_variants.start().to_index(), niche_variants.end().to_index());
                    if hi < lo || hi - lo > 16 {
                        return None;
                    }
                    for (vi, fs) in variants.iter().enumerate() {
                        if vi != u && !leafless(fs.iter()) {
                            return None;
                        }
                    }
                    let offs: Vec<usize> = vlayouts.get(u)?.offsets.iter().map(|o| o.bytes()).collect();
                    let tys = variant_field_types(ty, u)?;
                    let i = Self::single_field(&variants[u], &tys, &offs, size)?;
                    let mut bits = self.encode_bits(tys[i], &variants[u][i], vals, size)?;
                    let d = vals[*discr];
                    for v in lo..=hi {
                        if v == u {
                            continue;
                        }
                        let dv = self.kconst(*kind, values[v]);
                        let is = self.cmp(*kind, "eq", d, dv);
                        let n = niche_start.wrapping_add((v - lo) as u128);
                        let lk = if bt == WTy::I64 { Kind::U(64) } else { Kind::U(32) };
                        let nb = self.iconst(bt, lk.literal(n));
                        bits = self.op(intern(&format!("{}.select", bt.name())), bt, &[is, nb, bits]);
                    }
                    Some(bits)
                }
                _ => None,
            },
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn decode_bits(
        &mut self,
        ty: Ty,
        node: &Node,
        kinds: &[Kind],
        bits: Val,
        size: usize,
        out: &mut [Option<Val>],
    ) -> Option<()> {
        use rustc_public::abi::{FieldsShape, Primitive, Scalar, TagEncoding, VariantsShape};
        let bt = Self::bits_ty(size);
        let layout = ty.layout().ok()?.shape();
        match node {
            Node::Leaf(i) => {
                let k = kinds[*i];
                if k.bits().div_ceil(8) as usize != size {
                    return None;
                }
                let v = self.fit(bits, bt, k.wty());
                out[*i] = Some(self.norm(k, v));
                Some(())
            }
            Node::Fields(fs) => {
                let FieldsShape::Arbitrary { offsets } = &layout.fields else { return None };
                let offs: Vec<usize> = offsets.iter().map(|o| o.bytes()).collect();
                let tys = field_types(ty)?;
                let i = Self::single_field(fs, &tys, &offs, size)?;
                self.decode_bits(tys[i], &fs[i], kinds, bits, size, out)
            }
            Node::Enum { discr, kind, variants, values } => match &layout.variants {
                VariantsShape::Single { index } => {
                    let FieldsShape::Arbitrary { offsets } = &layout.fields else { return None };
                    let vi = index.to_index();
                    out[*discr] = Some(self.kconst(*kind, values[vi]));
                    let offs: Vec<usize> = offsets.iter().map(|o| o.bytes()).collect();
                    let tys = variant_field_types(ty, vi)?;
                    let i = Self::single_field(&variants[vi], &tys, &offs, size)?;
                    self.decode_bits(tys[i], &variants[vi][i], kinds, bits, size, out)
                }
                VariantsShape::Multiple { tag, tag_encoding: TagEncoding::Direct, .. } => {
                    if !leafless(variants.iter().flatten()) {
                        return None;
                    }
                    let prim = match tag {
                        Scalar::Initialized { value, .. } | Scalar::Union { value } => *value,
                    };
                    let Primitive::Int { signed, .. } = prim else { return None };
                    let tk = if signed { Kind::S(size as u32 * 8) } else { Kind::U(size as u32 * 8) };
                    let t = self.fit(bits, bt, tk.wty());
                    let t = self.norm(tk, t);
                    out[*discr] = Some(self.int_cast(t, tk, *kind));
                    Some(())
                }
                VariantsShape::Multiple {
                    tag_encoding: TagEncoding::Niche { untagged_variant, niche_variants, niche_start },
                    variants: vlayouts,
                    ..
                } => {
                    let u = untagged_variant.to_index();
                    let (lo, hi) = (niche_variants.start().to_index(), niche_variants.end().to_index());
                    if hi < lo {
                        return None;
                    }
                    for (vi, fs) in variants.iter().enumerate() {
                        if vi != u && !leafless(fs.iter()) {
                            return None;
                        }
                        // Niche encoding: discriminant == variant index.
                        if values[vi] != vi as u128 {
                            return None;
                        }
                    }
                    let offs: Vec<usize> = vlayouts.get(u)?.offsets.iter().map(|o| o.bytes()).collect();
                    let tys = variant_field_types(ty, u)?;
                    let i = Self::single_field(&variants[u], &tys, &offs, size)?;
                    self.decode_bits(tys[i], &variants[u][i], kinds, bits, size, out)?;
                    // rel = (bits - niche_start) mod 2^(8*size); niche iff rel <= hi - lo.
                    let lk = if bt == WTy::I64 { Kind::U(64) } else { Kind::U(32) };
                    let ns = self.iconst(bt, lk.literal(*niche_start));
                    let rel = self.op(intern(&format!("{}.sub", bt.name())), bt, &[bits, ns]);
                    let rel = if size < 4 {
                        let m = self.iconst(WTy::I32, (1i64 << (8 * size)) - 1);
                        self.op("i32.and", WTy::I32, &[rel, m])
                    } else {
                        rel
                    };
                    let span = self.iconst(bt, (hi - lo) as i64);
                    let is = self.op(intern(&format!("{}.le_u", bt.name())), WTy::I32, &[rel, span]);
                    let lov = self.iconst(bt, lo as i64);
                    let idx = self.op(intern(&format!("{}.add", bt.name())), bt, &[rel, lov]);
                    let idx = self.fit(idx, bt, kind.wty());
                    let uv = self.iconst(kind.wty(), u as i64);
                    let d = self.op(intern(&format!("{}.select", kind.wty().name())), kind.wty(), &[is, idx, uv]);
                    out[*discr] = Some(d);
                    Some(())
                }
                _ => None,
            },
        }
    }

    /// `x as kd` for a normalized `x` of kind `ks`.
    fn int_cast(&mut self, x: Val, ks: Kind, kd: Kind) -> Val {
        match (ks.wty(), kd.wty()) {
            (WTy::I64, WTy::I64) => x,
            (WTy::I64, WTy::I32) => {
                let w = self.op("i32.wrap_i64", WTy::I32, &[x]);
                self.norm(kd, w)
            }
            (WTy::I32, WTy::I64) => {
                let ext = if ks.signed() { "i64.extend_i32_s" } else { "i64.extend_i32_u" };
                self.op(ext, WTy::I64, &[x])
            }
            (WTy::I32, WTy::I32) => {
                let keeps = !kd.narrow()
                    || (!ks.signed() && ks.bits() < kd.bits())
                    || (ks.signed() && kd.signed() && ks.bits() <= kd.bits())
                    || ks == kd;
                if keeps { x } else { self.norm(kd, x) }
            }
        }
    }

    // ---- terminators ------------------------------------------------------------------------

    fn target(&self, mb: usize) -> DResult<Target> {
        Ok(Target { block: self.wb(mb)?, args: vec![] })
    }

    fn set_term(&mut self, t: Term) {
        self.func.blocks[self.cur].term = t;
    }

    fn terminator(&mut self, mb: usize) -> DResult<()> {
        let body = self.body;
        match &body.blocks[mb].terminator.kind {
            TerminatorKind::Goto { target } => {
                let t = self.target(*target)?;
                self.set_term(Term::Br(t));
            }
            TerminatorKind::SwitchInt { discr, targets } => self.switch(discr, targets)?,
            TerminatorKind::Return => {
                let (_, vars) = self.place_vars(&Place::from(0usize))?;
                let vs = vars.into_iter().map(|v| self.read_var(self.cur, v)).collect();
                self.set_term(Term::Return(vs));
            }
            TerminatorKind::Unreachable | TerminatorKind::Abort => self.set_term(Term::Trap),
            TerminatorKind::Assert { cond, expected, target, msg, .. } => {
                if !self.fused_asserts.contains(&mb) && !self.assert_elided(msg) {
                    let (c, _) = self.scalar(cond)?;
                    // Trap when `cond != expected`.
                    self.emit(if *expected { Inst::TrapZ(c) } else { Inst::TrapNz(c) });
                }
                let t = self.target(*target)?;
                self.set_term(Term::Br(t));
            }
            TerminatorKind::Call { func, args, destination, target, .. } => {
                self.call(func, args, destination, *target)?
            }
            TerminatorKind::Drop { place, target, .. } => {
                let ty = place.ty(body.locals()).map_err(|e| err(Code::Terminator, format!("{e:?}"), ""))?;
                if shape_of(ty).is_ok() {
                    // Integers, tuples and enums of integers have no drop glue.
                    let t = self.target(*target)?;
                    self.set_term(Term::Br(t));
                } else {
                    return Err(err(Code::Terminator, "unsupported MIR terminator `Drop`", ""));
                }
            }
            TerminatorKind::Resume => {
                return Err(err(
                    Code::Terminator,
                    "unsupported MIR terminator `Resume`",
                    "compile with `-C panic=abort`",
                ));
            }
            TerminatorKind::InlineAsm { .. } => {
                return Err(err(Code::Terminator, "unsupported MIR terminator `InlineAsm`", ""));
            }
        }
        Ok(())
    }

    fn switch(&mut self, discr: &Operand, targets: &SwitchTargets) -> DResult<()> {
        let (v, k) = self.scalar(discr)?;
        let otherwise = self.target(targets.otherwise())?;
        let branches: Vec<(u128, usize)> = targets.branches().collect();
        if branches.len() == 1 && branches[0].0 == 0 && k.wty() == WTy::I32 {
            // `switchInt(c) -> [0: a, otherwise: b]` is `br_if c, b, a`.
            let zero = self.target(branches[0].1)?;
            self.set_term(Term::BrIf(v, otherwise, zero));
            return Ok(());
        }
        let cases = branches.iter().map(|(val, b)| Ok((k.literal(*val), self.target(*b)?))).collect::<DResult<_>>()?;
        self.set_term(Term::Switch(v, otherwise, cases));
        Ok(())
    }

    fn call(&mut self, func: &Operand, args: &[Operand], dest: &Place, target: Option<usize>) -> DResult<()> {
        let fty = self.operand_ty(func)?;
        let TyKind::RigidTy(RigidTy::FnDef(def, gargs)) = fty.kind() else {
            return Err(err(
                Code::Callee,
                format!("unsupported call through a value of type `{fty}`"),
                "function pointers and closures are not exported yet",
            ));
        };
        let inst = Instance::resolve(def, &gargs)
            .map_err(|e| err(Code::Callee, format!("cannot resolve callee `{}`: {e:?}", def_name(def)), ""))?;
        let callee_name = inst.name();
        let krate = rustc_public::CrateDef::krate(&def).name;
        let finish = |this: &mut Self| -> DResult<()> {
            let t = match target {
                Some(t) => Term::Br(this.target(t)?),
                None => Term::Trap,
            };
            this.set_term(t);
            Ok(())
        };
        // Panics: every function of `core::panicking`, and any diverging function of `core`.
        if callee_name.starts_with("core::panicking::")
            || (krate == "core" && target.is_none() && inst.kind != InstanceKind::Intrinsic)
        {
            self.set_term(Term::Trap);
            return Ok(());
        }
        if inst.kind == InstanceKind::Intrinsic {
            let name = inst.intrinsic_name().unwrap_or_default();
            let vals = self.intrinsic(&name, args, dest)?;
            match vals {
                None => self.set_term(Term::Trap),
                Some(vals) => {
                    self.write_place(dest, vals)?;
                    finish(self)?;
                }
            }
            return Ok(());
        }
        if matches!(inst.kind, InstanceKind::Virtual { .. }) {
            return Err(err(Code::Callee, format!("unsupported virtual call to `{callee_name}`"), ""));
        }
        let pos = self.cur_span.map(pos_of);
        let wname = match self.res.callee(inst, pos)? {
            Callee::Func(n) | Callee::Import(n) => n,
        };
        let mut avals = vec![];
        for a in args {
            avals.extend(self.operand(a)?);
        }
        let (_, vars) = self.place_vars(dest)?;
        let dsts: Vec<Val> = vars.iter().map(|v| self.new_val(self.var_kinds[*v].wty())).collect();
        self.emit(Inst::Call { dsts: dsts.clone(), callee: wname, args: avals });
        for (var, v) in vars.into_iter().zip(dsts) {
            self.write_var(self.cur, var, v);
        }
        finish(self)
    }

    /// `swap_bytes` of a normalized `k` value.
    fn bswap(&mut self, x: Val, k: Kind) -> Val {
        let bytes = k.bits() / 8;
        if bytes <= 1 {
            x
        } else {
            let w = k.wty();
            let ff = self.iconst(w, 0xff);
            let mut acc: Option<Val> = None;
            for i in 0..bytes {
                let sh = self.iconst(w, 8 * i as i64);
                let byte0 = self.op2(k, "shr_u", x, sh);
                let byte = self.op2(k, "and", byte0, ff);
                let sh2 = self.iconst(w, 8 * (bytes - 1 - i) as i64);
                let placed = self.op2(k, "shl", byte, sh2);
                acc = Some(match acc {
                    None => placed,
                    Some(a) => self.op2(k, "or", a, placed),
                });
            }
            // `bytes >= 2`, so the loop ran and `acc` holds the swapped value.
            match acc {
                Some(r) => self.norm(k, r),
                None => x,
            }
        }
    }

    /// Lowers an intrinsic call; `None` means the call never returns (trap).
    fn intrinsic(&mut self, name: &str, args: &[Operand], dest: &Place) -> DResult<Option<Vec<Val>>> {
        let unsupported = || {
            err(
                Code::Intrinsic,
                format!("unsupported intrinsic `{name}`"),
                "supported: ctpop, ctlz, cttz, rotate_left/right, bswap, unchecked_*, exact_div, \
                 wrapping_*, *_with_overflow, saturating_add/sub, three_way_compare, cold_path, \
                 assume, likely/unlikely, abort",
            )
        };
        if name == "is_val_statically_known" {
            // Always allowed to answer `false`.
            return Ok(Some(vec![self.iconst(WTy::I32, 0)]));
        }
        let mut ops = vec![];
        for a in args {
            ops.push(self.scalar(a)?);
        }
        let dest_kind = {
            let (_, vars) = self.place_vars(dest)?;
            vars.first().map(|v| self.var_kinds[*v])
        };
        let bin = |this: &mut Self, op: BinOp| -> DResult<Val> {
            let (_, k) = ops[0];
            let fake = [args[0].clone(), args[1].clone()];
            let _ = k;
            Ok(this.binop(op, &fake[0], &fake[1], this.operand_ty(&fake[0])?)?[0])
        };
        let v = match name {
            "cold_path" | "assume" => return Ok(Some(vec![])),
            "abort" => return Ok(None),
            "likely" | "unlikely" | "black_box" if ops.len() == 1 => ops[0].0,
            "ctpop" | "ctlz" | "cttz" | "ctlz_nonzero" | "cttz_nonzero" => {
                let (x, k) = ops[0];
                let w = k.bits();
                let xm = if k.narrow() && k.signed() {
                    let m = self.iconst(WTy::I32, (1i64 << w) - 1);
                    self.op("i32.and", WTy::I32, &[x, m])
                } else {
                    x
                };
                let r = match name {
                    "ctpop" => {
                        let n = Self::opn(k, "popcnt");
                        self.op(n, k.wty(), &[xm])
                    }
                    "ctlz" | "ctlz_nonzero" => {
                        let n = Self::opn(k, "clz");
                        let c = self.op(n, k.wty(), &[xm]);
                        if k.narrow() {
                            let d = self.iconst(WTy::I32, 32 - w as i64);
                            self.op("i32.sub", WTy::I32, &[c, d])
                        } else {
                            c
                        }
                    }
                    _ => {
                        let xm = if k.narrow() {
                            let b = self.iconst(WTy::I32, 1i64 << w);
                            self.op("i32.or", WTy::I32, &[xm, b])
                        } else {
                            xm
                        };
                        let n = Self::opn(k, "ctz");
                        self.op(n, k.wty(), &[xm])
                    }
                };
                if k.wty() == WTy::I64 { self.op("i32.wrap_i64", WTy::I32, &[r]) } else { r }
            }
            "rotate_left" | "rotate_right" => {
                let (x, k) = ops[0];
                let (n, kn) = ops[1];
                if !k.narrow() {
                    let amt = self.shift_amount(k, n, kn);
                    let op = Self::opn(k, if name == "rotate_left" { "rotl" } else { "rotr" });
                    self.op(op, k.wty(), &[x, amt])
                } else {
                    let w = k.bits() as i64;
                    let m = self.iconst(WTy::I32, (1i64 << w) - 1);
                    let xm = self.op("i32.and", WTy::I32, &[x, m]);
                    let n = self.shift_amount(k, n, kn);
                    let wc = self.iconst(WTy::I32, w);
                    let inv0 = self.op("i32.sub", WTy::I32, &[wc, n]);
                    let wm = self.iconst(WTy::I32, w - 1);
                    let inv = self.op("i32.and", WTy::I32, &[inv0, wm]);
                    let (l, r) = if name == "rotate_left" { (n, inv) } else { (inv, n) };
                    let a = self.op("i32.shl", WTy::I32, &[xm, l]);
                    let b = self.op("i32.shr_u", WTy::I32, &[xm, r]);
                    let o = self.op("i32.or", WTy::I32, &[a, b]);
                    self.norm(k, o)
                }
            }
            "bswap" => {
                let (x, k) = ops[0];
                self.bswap(x, k)
            }
            "bitreverse" => {
                let (x, k) = ops[0];
                let w = k.wty();
                let wide = if w == WTy::I64 { Kind::U(64) } else { Kind::U(32) };
                let mut v = x;
                for (sh, m) in [(1, 0x5555_5555_5555_5555u64), (2, 0x3333_3333_3333_3333), (4, 0x0f0f_0f0f_0f0f_0f0f)] {
                    let m = self.kconst(wide, m as u128);
                    let c = self.iconst(w, sh);
                    let hi = self.op2(wide, "shr_u", v, c);
                    let hi = self.op2(wide, "and", hi, m);
                    let lo = self.op2(wide, "and", v, m);
                    let lo = self.op2(wide, "shl", lo, c);
                    v = self.op2(wide, "or", hi, lo);
                }
                let r = self.bswap(v, wide);
                if k.narrow() {
                    // The value's bits are now at the top of the i32.
                    let c = self.iconst(WTy::I32, 32 - k.bits() as i64);
                    let r = self.op("i32.shr_u", WTy::I32, &[r, c]);
                    self.norm(k, r)
                } else {
                    r
                }
            }
            "unchecked_add" | "wrapping_add" => bin(self, BinOp::Add)?,
            "unchecked_sub" | "wrapping_sub" => bin(self, BinOp::Sub)?,
            "unchecked_mul" | "wrapping_mul" => bin(self, BinOp::Mul)?,
            "unchecked_div" | "exact_div" => bin(self, BinOp::Div)?,
            "unchecked_rem" => bin(self, BinOp::Rem)?,
            "unchecked_shl" => bin(self, BinOp::Shl)?,
            "unchecked_shr" => bin(self, BinOp::Shr)?,
            "disjoint_bitor" => bin(self, BinOp::BitOr)?,
            "three_way_compare" => bin(self, BinOp::Cmp)?,
            "add_with_overflow" | "sub_with_overflow" | "mul_with_overflow" => {
                let (x, k) = ops[0];
                let (y, _) = ops[1];
                let op = match &name[..3] {
                    "add" => BinOp::Add,
                    "sub" => BinOp::Sub,
                    _ => BinOp::Mul,
                };
                let (r, f) = self.checked(op, k, x, y, false)?;
                return Ok(Some(vec![r, f]));
            }
            "saturating_add" | "saturating_sub" => {
                let (x, k) = ops[0];
                let (y, _) = ops[1];
                let add = name == "saturating_add";
                let (r, f) = self.checked(if add { BinOp::Add } else { BinOp::Sub }, k, x, y, false)?;
                let sat = if k.signed() {
                    // Overflow towards +inf when (add and y >= 0) or (sub and y < 0).
                    let b = k.bits();
                    let max = self.kconst(k, (1u128 << (b - 1)) - 1);
                    let min = self.kconst(k, 1u128 << (b - 1));
                    let z = self.iconst(k.wty(), 0);
                    let neg = self.cmp(k, "lt_s", y, z);
                    let sel = if add {
                        self.op(intern(&format!("{}.select", k.wty().name())), k.wty(), &[neg, min, max])
                    } else {
                        self.op(intern(&format!("{}.select", k.wty().name())), k.wty(), &[neg, max, min])
                    };
                    sel
                } else if add {
                    self.kconst(k, u128::MAX)
                } else {
                    self.iconst(k.wty(), 0)
                };
                self.op(intern(&format!("{}.select", k.wty().name())), k.wty(), &[f, sat, r])
            }
            _ => return Err(unsupported()),
        };
        let _ = dest_kind;
        Ok(Some(vec![v]))
    }
}

fn def_name(def: rustc_public::ty::FnDef) -> String {
    rustc_public::CrateDef::name(&def)
}

/// Decodes the bytes of a constant of type `ty` into leaf values.
fn decode(ty: Ty, node: &Node, bytes: &[u8], out: &mut [u128]) -> DResult<()> {
    let bad = || err(Code::Constant, format!("unsupported constant of type `{ty}`"), "");
    match node {
        Node::Leaf(i) => {
            let mut v = 0u128;
            for (j, b) in bytes.iter().enumerate().take(16) {
                v |= (*b as u128) << (8 * j);
            }
            out[*i] = v;
            Ok(())
        }
        Node::Fields(fs) => {
            if fs.is_empty() {
                return Ok(());
            }
            let layout = ty.layout().map_err(|_| bad())?.shape();
            let rustc_public::abi::FieldsShape::Arbitrary { offsets } = &layout.fields else {
                return Err(bad());
            };
            let field_tys = field_types(ty).ok_or_else(bad)?;
            for (i, f) in fs.iter().enumerate() {
                let off = offsets[i].bytes();
                let size = field_tys[i].layout().map_err(|_| bad())?.shape().size.bytes();
                decode(field_tys[i], f, &bytes[off..off + size], out)?;
            }
            Ok(())
        }
        Node::Enum { discr, kind, variants, values } => {
            use rustc_public::abi::{FieldsShape, Primitive, Scalar, TagEncoding, VariantsShape};
            let layout = ty.layout().map_err(|_| bad())?.shape();
            let read = |off: usize, size: usize| -> u128 {
                let mut v = 0u128;
                for j in 0..size.min(16) {
                    v |= (*bytes.get(off + j).unwrap_or(&0) as u128) << (8 * j);
                }
                v
            };
            let (vi, offsets): (usize, Vec<usize>) = match &layout.variants {
                VariantsShape::Single { index } => {
                    let FieldsShape::Arbitrary { offsets } = &layout.fields else {
                        return Err(bad());
                    };
                    (index.to_index(), offsets.iter().map(|o| o.bytes()).collect())
                }
                VariantsShape::Multiple { tag, tag_encoding, tag_field, variants: vfields } => {
                    let FieldsShape::Arbitrary { offsets } = &layout.fields else {
                        return Err(bad());
                    };
                    let prim: Primitive = match tag {
                        Scalar::Initialized { value, .. } | Scalar::Union { value } => *value,
                    };
                    let size = prim.size(&rustc_public::target::MachineInfo::target()).bytes();
                    let t = read(offsets[*tag_field].bytes(), size);
                    let mask = if size >= 16 { u128::MAX } else { (1u128 << (8 * size)) - 1 };
                    let vi = match tag_encoding {
                        TagEncoding::Direct => values.iter().position(|v| v & mask == t).ok_or_else(bad)?,
                        TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                            let rel = t.wrapping_sub(*niche_start) & mask;
                            let (lo, hi) = (niche_variants.start().to_index(), niche_variants.end().to_index());
                            if rel <= (hi - lo) as u128 { lo + rel as usize } else { untagged_variant.to_index() }
                        }
                    };
                    let fo = vfields.get(vi).ok_or_else(bad)?;
                    (vi, fo.offsets.iter().map(|o| o.bytes()).collect())
                }
                VariantsShape::Empty => return Err(bad()),
            };
            out[*discr] = values[vi];
            let _ = kind;
            let TyKind::RigidTy(RigidTy::Adt(adt, args)) = ty.kind() else {
                return Err(bad());
            };
            let var = adt.variants_iter().nth(vi).ok_or_else(bad)?;
            let ftys: Vec<Ty> = var.fields().iter().map(|f| f.ty_with_args(&args)).collect();
            for (i, f) in variants[vi].iter().enumerate() {
                let off = *offsets.get(i).ok_or_else(bad)?;
                let size = ftys[i].layout().map_err(|_| bad())?.shape().size.bytes();
                decode(ftys[i], f, &bytes[off..off + size], out)?;
            }
            Ok(())
        }
    }
}

fn field_types(ty: Ty) -> Option<Vec<Ty>> {
    match ty.kind() {
        TyKind::RigidTy(RigidTy::Tuple(ts)) => Some(ts),
        TyKind::RigidTy(RigidTy::Adt(adt, args)) => {
            let v = adt.variants_iter().next()?;
            Some(v.fields().iter().map(|f| f.ty_with_args(&args)).collect())
        }
        _ => None,
    }
}

fn variant_field_types(ty: Ty, vi: usize) -> Option<Vec<Ty>> {
    match ty.kind() {
        TyKind::RigidTy(RigidTy::Adt(adt, args)) => {
            let v = adt.variants_iter().nth(vi)?;
            Some(v.fields().iter().map(|f| f.ty_with_args(&args)).collect())
        }
        _ => None,
    }
}

/// Whether none of these nodes has a leaf.
fn leafless<'a>(nodes: impl Iterator<Item = &'a Node>) -> bool {
    nodes.into_iter().all(|n| {
        let mut l = vec![];
        n.leaves(&mut l);
        l.is_empty()
    })
}

fn kind_name(k: &ConstantKind) -> &'static str {
    match k {
        ConstantKind::Ty(_) => "Ty",
        ConstantKind::Allocated(_) => "Allocated",
        ConstantKind::Unevaluated(_) => "Unevaluated",
        ConstantKind::Param(_) => "Param",
        ConstantKind::ZeroSized => "ZeroSized",
    }
}

fn rvalue_name(r: &Rvalue) -> &'static str {
    match r {
        Rvalue::AddressOf(..) => "AddressOf",
        Rvalue::Aggregate(..) => "Aggregate",
        Rvalue::BinaryOp(..) => "BinaryOp",
        Rvalue::Cast(..) => "Cast",
        Rvalue::CheckedBinaryOp(..) => "CheckedBinaryOp",
        Rvalue::CopyForDeref(..) => "CopyForDeref",
        Rvalue::Discriminant(..) => "Discriminant",
        Rvalue::Len(..) => "Len",
        Rvalue::Ref(..) => "Ref",
        Rvalue::Repeat(..) => "Repeat",
        Rvalue::ThreadLocalRef(..) => "ThreadLocalRef",
        Rvalue::UnaryOp(..) => "UnaryOp",
        Rvalue::Use(..) => "Use",
        Rvalue::Reborrow(..) => "Reborrow",
        #[allow(unreachable_patterns)]
        _ => "?",
    }
}

fn visit_operand(o: &Operand, f: &mut dyn FnMut(&Place)) {
    if let Operand::Copy(p) | Operand::Move(p) = o {
        f(p);
    }
}

fn visit_statement(st: &Statement, f: &mut dyn FnMut(&Place)) {
    match &st.kind {
        StatementKind::Assign(p, rv) => {
            f(p);
            visit_rvalue(rv, f);
        }
        StatementKind::SetDiscriminant { place, .. } => f(place),
        StatementKind::FakeRead(_, p) | StatementKind::PlaceMention(p) => f(p),
        StatementKind::Intrinsic(NonDivergingIntrinsic::Assume(o)) => visit_operand(o, f),
        _ => {}
    }
}

fn visit_rvalue(rv: &Rvalue, f: &mut dyn FnMut(&Place)) {
    match rv {
        Rvalue::Use(o, _) | Rvalue::UnaryOp(_, o) | Rvalue::Cast(_, o, _) | Rvalue::Repeat(o, _) => visit_operand(o, f),
        Rvalue::BinaryOp(_, a, b) | Rvalue::CheckedBinaryOp(_, a, b) => {
            visit_operand(a, f);
            visit_operand(b, f);
        }
        Rvalue::Aggregate(_, ops) => ops.iter().for_each(|o| visit_operand(o, f)),
        Rvalue::AddressOf(_, p)
        | Rvalue::CopyForDeref(p)
        | Rvalue::Discriminant(p)
        | Rvalue::Len(p)
        | Rvalue::Ref(_, _, p)
        | Rvalue::Reborrow(_, _, p) => f(p),
        _ => {}
    }
}

fn visit_terminator(t: &TerminatorKind, f: &mut dyn FnMut(&Place)) {
    match t {
        TerminatorKind::SwitchInt { discr, .. } => visit_operand(discr, f),
        TerminatorKind::Drop { place, .. } => f(place),
        TerminatorKind::Call { func, args, destination, .. } => {
            visit_operand(func, f);
            args.iter().for_each(|a| visit_operand(a, f));
            f(destination);
        }
        TerminatorKind::Assert { cond, .. } => visit_operand(cond, f),
        _ => {}
    }
}

/// Interns an operator name (the set is finite: names from the opcode table).
fn intern(s: &str) -> &'static str {
    use std::sync::Mutex;
    static TABLE: Mutex<BTreeMap<String, &'static str>> = Mutex::new(BTreeMap::new());
    let mut t = TABLE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = t.get(s) {
        return v;
    }
    let v: &'static str = Box::leak(s.to_string().into_boxed_str());
    t.insert(s.to_string(), v);
    v
}
