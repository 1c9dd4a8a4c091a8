//! The ownership checker (spec §6.10; design record O8): per function, proves that every `own`
//! value is consumed at most once on every path, every `linear` value exactly once on every path
//! that returns normally, every borrow ended, and no owner moved, dropped or accessed in conflict
//! with a live borrow of it.
//!
//! It is Swift SIL's linear lifetime checker (`lib/SIL/Verifier/LinearLifetimeChecker.cpp`),
//! sparse and per value: uses are collected once per function; for each tracked value a backward
//! walk from its uses to its definition finds its *region* (the blocks from which a use is
//! reachable without passing the definition), a forward dataflow over that region only computes
//! `Live`/`Moved`/`MaybeMoved` at each block entry, and the edges that leave the region are where
//! an obligation can leak. The cost is the sum over tracked values of their region and uses,
//! plus, for each borrow, its owner's uses inside the borrow's region; a function without
//! ownership costs one scan. Scratch maps are allocated once per function and reset by epoch
//! stamps, never per value.
//!
//! Runs only on functions that passed the SSA rules (§6.5): it needs dominance and a sound CFG.

use crate::codes;
use crate::names::{Names, Spans};
use cranelift_entity::SecondaryMap;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::cfg::{ControlFlowGraph, DominatorTree};
use wasmir_syntax::ir::{
    Block, Body, Format, Function, Inst, InstKind, Kind, Module, Opcode, OwnOp, SourceMap, Span, Value, ValueDef,
};

/// E0267 on signatures: a borrowed result of a function or a `type` item (spec §6.10.3).
pub(crate) fn check_signatures(m: &Module, spans: &SourceMap, out: &mut Vec<Diagnostic>) {
    for (id, f) in m.funcs.iter() {
        let sp = Spans::new(&spans.funcs[id]);
        for (k, kind) in f.sig.kinds.results.iter().enumerate() {
            if kind.is_borrow() {
                out.push(
                    Diagnostic::new(codes::QUALIFIER_PLACE, sp.sig_result(k))
                        .arg("kind", kind.keyword())
                        .arg("place", "result"),
                );
            }
        }
    }
    for (id, s) in m.sigs.iter() {
        if s.sig.kinds.results.iter().any(|k| k.is_borrow()) {
            let at = spans.sigs.get(id).copied().unwrap_or(spans.header);
            let kind = s.sig.kinds.results.iter().find(|k| k.is_borrow()).map_or("borrow", |k| k.keyword());
            out.push(Diagnostic::new(codes::QUALIFIER_PLACE, at).arg("kind", kind).arg("place", "result"));
        }
    }
}

/// Whether the function has anything for the checker to look at: a qualified signature or block
/// parameter, an ownership instruction, or a call whose callee's signature has kinds.
fn has_ownership(m: &Module, func: &Function, body: &Body) -> bool {
    if !func.sig.kinds.is_trivial() || body.kinds.values().any(|&k| k != Kind::Trivial) {
        return true;
    }
    body.layout.iter().flat_map(|&b| body.blocks[b].insts.iter()).any(|&i| match body.insts[i].kind {
        InstKind::Own(_) => true,
        InstKind::Call(f) => m.funcs.get(f).is_some_and(|c| !c.sig.kinds.is_trivial()),
        InstKind::CallIndirect { sig, .. } => m.sigs.get(sig).is_some_and(|s| !s.sig.kinds.is_trivial()),
        _ => false,
    })
}

/// How an instruction uses an operand (spec §6.10, the convention of its position).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum How {
    /// Reads the bits (`copy`).
    Read,
    /// Borrows for the instruction only (a `borrow`/`borrow mut` parameter).
    Borrow { exclusive: bool },
    /// `borrow`/`borrow mut`: opens a scope, the result is the borrow.
    Open { exclusive: bool },
    /// Moves the value (a call, a branch argument, `return`).
    Consume,
    /// `drop` or `end_borrow`: ends the value in place.
    End,
}

impl How {
    /// Within one instruction: reads first, then borrows, then consumes (O3).
    fn order(self) -> u8 {
        match self {
            How::Read => 0,
            How::Borrow { .. } | How::Open { .. } => 1,
            How::Consume | How::End => 2,
        }
    }

    fn consumes(self) -> bool {
        matches!(self, How::Consume | How::End)
    }
}

/// No edge: the use is on the instruction, not on one of its branch targets.
const NO_EDGE: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
struct Use {
    block: Block,
    /// Index of the instruction in its block.
    pos: u32,
    /// Target index of a branch argument, else [`NO_EDGE`].
    edge: u32,
    how: How,
    inst: Inst,
    span: Span,
}

/// The dataflow state of one value at one point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum State {
    /// Not reached (yet).
    #[default]
    Unset,
    Live,
    /// Consumed on every path, by the use with this index.
    Moved(u32),
    /// Consumed on some paths, by the use with this index.
    Maybe(u32),
}

fn join(a: State, b: State) -> State {
    match (a, b) {
        (State::Unset, x) | (x, State::Unset) => x,
        (State::Maybe(u), _) | (_, State::Maybe(u)) => State::Maybe(u),
        (State::Live, State::Live) => State::Live,
        (State::Moved(u), State::Moved(_)) => State::Moved(u),
        (State::Live, State::Moved(u)) | (State::Moved(u), State::Live) => State::Maybe(u),
    }
}

/// A map from blocks valid for one epoch: reset in O(1) by moving to the next epoch.
struct Stamped<T: Clone + Default> {
    stamp: SecondaryMap<Block, u32>,
    data: SecondaryMap<Block, T>,
}

impl<T: Clone + Default> Stamped<T> {
    fn new() -> Self {
        Stamped { stamp: SecondaryMap::new(), data: SecondaryMap::new() }
    }

    fn get(&self, epoch: u32, b: Block) -> Option<&T> {
        (self.stamp[b] == epoch).then(|| &self.data[b])
    }

    fn set(&mut self, epoch: u32, b: Block, v: T) {
        self.stamp[b] = epoch;
        self.data[b] = v;
    }
}

/// What the checker reads about one function: the module, the function and its body, and the
/// facts the rest of the verifier computed (spans, names, CFG, dominator tree).
pub(crate) struct FnFacts<'a> {
    pub m: &'a Module,
    pub func: &'a Function,
    pub body: &'a Body,
    pub sp: &'a Spans<'a>,
    pub names: &'a Names,
    pub cfg: &'a ControlFlowGraph,
    pub dt: &'a DominatorTree,
}

/// Checks the ownership rules of one function whose SSA rules hold, appending diagnostics.
pub(crate) fn check(f: FnFacts<'_>, out: &mut Vec<Diagnostic>) {
    let (m, func, body) = (f.m, f.func, f.body);
    if !has_ownership(m, func, body) {
        return;
    }
    let mut ck = Checker::new(f);
    ck.collect();
    ck.run();
    let mut diags = std::mem::take(&mut ck.out);
    // The function's name, for producers that report these at their own source positions
    // (mir-export); the messages do not use it.
    let fname = wasmir_syntax::print::sigil_name('@', &func.name);
    for d in &mut diags {
        d.args.push(("func", fname.clone()));
    }
    // Deterministic and readable: in source order (the walk is by value, not by position).
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    out.extend(diags);
}

struct Checker<'a> {
    m: &'a Module,
    func: &'a Function,
    body: &'a Body,
    sp: &'a Spans<'a>,
    names: &'a Names,
    cfg: &'a ControlFlowGraph,
    dt: &'a DominatorTree,
    /// The kind of every value: from the definition (O1).
    kind: SecondaryMap<Value, Kind>,
    /// The owner of each borrow made by `borrow`/`borrow mut`.
    owner: SecondaryMap<Value, Option<Value>>,
    /// Where each value is defined: block and position (`u32::MAX` for block parameters).
    def_at: SecondaryMap<Value, (Option<Block>, u32)>,
    uses: Vec<Use>,
    /// Indices into `uses` of each non-trivial value, in (layout, position, order) order.
    by_value: SecondaryMap<Value, Vec<u32>>,
    /// Values with a borrow of them made by `borrow`, with those borrows.
    borrows_of: SecondaryMap<Value, Vec<Value>>,
    layout_pos: SecondaryMap<Block, u32>,
    epoch: u32,
    region: Stamped<bool>,
    state: Stamped<State>,
    run_of: Stamped<(u32, u32)>,
    moved_into: Stamped<u32>,
    seen: Stamped<bool>,
    out: Vec<Diagnostic>,
}

/// The value being analysed: its uses (indices into `Checker::uses`, in layout order) and where
/// it is defined (block, and position in it; `u32::MAX` for a block parameter).
struct Tracked<'u> {
    v: Value,
    uses: &'u [u32],
    def: Block,
    def_pos: u32,
}

/// A point where a tracked value leaves its region.
enum Exit {
    /// A `return` with the value still live.
    Return(Inst),
    /// An edge into `block` with this state.
    Edge(Block, State),
}

impl<'a> Checker<'a> {
    fn new(f: FnFacts<'a>) -> Self {
        let FnFacts { m, func, body, sp, names, cfg, dt } = f;
        let mut layout_pos = SecondaryMap::new();
        for (k, &b) in body.layout.iter().enumerate() {
            layout_pos[b] = k as u32;
        }
        Checker {
            m,
            func,
            body,
            sp,
            names,
            cfg,
            dt,
            kind: SecondaryMap::new(),
            owner: SecondaryMap::new(),
            def_at: SecondaryMap::new(),
            uses: Vec::new(),
            by_value: SecondaryMap::new(),
            borrows_of: SecondaryMap::new(),
            layout_pos,
            epoch: 0,
            region: Stamped::new(),
            state: Stamped::new(),
            run_of: Stamped::new(),
            moved_into: Stamped::new(),
            seen: Stamped::new(),
            out: Vec::new(),
        }
    }

    fn name(&self, v: Value) -> String {
        self.names.value(v)
    }

    /// `from FILE:LINE:COL` for a diagnostic at `inst`, when the instruction carries a location.
    fn with_source(&self, d: Diagnostic, inst: Option<Inst>) -> Diagnostic {
        let loc = inst.and_then(|i| self.body.locs.get(i).copied().flatten());
        match loc {
            Some(l) => {
                let file = self.m.files.get(l.file as usize).map_or("", String::as_str);
                d.arg("source_loc", format!("{file}:{}:{}", l.line, l.col))
            }
            None => d,
        }
    }

    fn def_span(&self, v: Value) -> Span {
        match self.body.values[v].def {
            ValueDef::Result(i, _) if self.sp.value(v) == self.sp.func() => self.sp.inst(i),
            _ => self.sp.value(v),
        }
    }

    fn def_inst(&self, v: Value) -> Option<Inst> {
        match self.body.values[v].def {
            ValueDef::Result(i, _) => Some(i),
            ValueDef::Param(..) => None,
        }
    }

    /// Kinds of every defined value and the uses of the non-trivial ones, with the position
    /// rules (E0261, E0262 within one instruction, E0266, E0267 on block parameters).
    fn collect(&mut self) {
        let body = self.body;
        let entry = body.entry();
        for &b in &body.layout {
            for &p in &body.blocks[b].params {
                let kind = body.kinds[p];
                self.kind[p] = kind;
                self.def_at[p] = (Some(b), u32::MAX);
                if kind.is_borrow() && Some(b) != entry {
                    self.out.push(
                        Diagnostic::new(codes::QUALIFIER_PLACE, self.sp.value(p))
                            .arg("kind", kind.keyword())
                            .arg("place", "param"),
                    );
                    // Checked as trivial from here on: one mistake, one diagnostic.
                    self.kind[p] = Kind::Trivial;
                }
            }
            for (pos, &i) in body.blocks[b].insts.iter().enumerate() {
                let inst = &body.insts[i];
                let result_kinds: Vec<Kind> = match &inst.kind {
                    InstKind::Call(f) => {
                        let k = &self.m.funcs[*f].sig.kinds;
                        (0..inst.results.len()).map(|r| k.result(r)).collect()
                    }
                    InstKind::CallIndirect { sig, .. } => {
                        let k = &self.m.sigs[*sig].sig.kinds;
                        (0..inst.results.len()).map(|r| k.result(r)).collect()
                    }
                    InstKind::Own(op) => op.result_kind().into_iter().collect(),
                    _ => Vec::new(),
                };
                for (r, &v) in inst.results.iter().enumerate() {
                    let k = result_kinds.get(r).copied().unwrap_or_default();
                    // A borrow result of a call is E0267 at the signature; trivial here.
                    self.kind[v] =
                        if k.is_borrow() && !matches!(inst.kind, InstKind::Own(_)) { Kind::Trivial } else { k };
                    self.def_at[v] = (Some(b), pos as u32);
                }
                if let (InstKind::Own(OwnOp::Borrow | OwnOp::BorrowMut), Some(&r), Some(&a)) =
                    (&inst.kind, inst.results.first(), inst.args.first())
                {
                    self.owner[r] = Some(a);
                    self.borrows_of[a].push(r);
                }
            }
        }
        for &b in &body.layout {
            if !self.dt.is_reachable(b) {
                continue;
            }
            for (pos, &i) in body.blocks[b].insts.iter().enumerate() {
                self.collect_inst(b, pos as u32, i);
            }
        }
    }

    /// The positions of instruction `i` (spec §6.10.3, O3/O4).
    fn collect_inst(&mut self, b: Block, pos: u32, i: Inst) {
        let body = self.body;
        let inst = &body.insts[i];
        let mut here: Vec<(Value, How, u32, Span)> = Vec::new();
        let arg_span = |k: usize| self.sp.arg(i, k);
        match &inst.kind {
            InstKind::Const(_) | InstKind::Trap => {}
            InstKind::Op(_) | InstKind::OpImm(..) | InstKind::TrapIf { .. } => {
                let stored = match &inst.kind {
                    InstKind::OpImm(op, _) => match op.format() {
                        Format::Store => Some((1, "memory")),
                        Format::GlobalSet => Some((0, "global")),
                        // A table of trivial references holds bits, like memory (design O7:
                        // only owning tables, not yet in 0.3, hold obligations).
                        Format::Table if *op == Opcode::TableSet => Some((1, "table")),
                        Format::Table if *op == Opcode::TableGrow => Some((0, "table")),
                        _ => None,
                    },
                    _ => None,
                };
                for (k, &a) in inst.args.iter().enumerate() {
                    if let Some((sk, place)) = stored {
                        if sk == k && self.root_is_linear(a) {
                            let d = Diagnostic::new(codes::LINEAR_IN_MEMORY, arg_span(k))
                                .arg("value", self.name(a))
                                .arg("place", place)
                                .label(self.def_span(a), "def");
                            self.out.push(self.with_source(d, Some(i)));
                        }
                    }
                    here.push((a, How::Read, NO_EDGE, arg_span(k)));
                }
            }
            InstKind::Call(f) => {
                let kinds = self.m.funcs[*f].sig.kinds.clone();
                for (k, &a) in inst.args.iter().enumerate() {
                    let how = self.position(i, k, a, kinds.param(k), arg_span(k));
                    here.push((a, how, NO_EDGE, arg_span(k)));
                }
            }
            InstKind::CallIndirect { sig, .. } => {
                let kinds = self.m.sigs[*sig].sig.kinds.clone();
                for (k, &a) in inst.args.iter().enumerate() {
                    let how = if k == 0 { How::Read } else { self.position(i, k, a, kinds.param(k - 1), arg_span(k)) };
                    here.push((a, how, NO_EDGE, arg_span(k)));
                }
            }
            InstKind::Return => {
                let kinds = self.func.sig.kinds.clone();
                for (k, &a) in inst.args.iter().enumerate() {
                    let how = self.position(i, k, a, kinds.result(k), arg_span(k));
                    here.push((a, how, NO_EDGE, arg_span(k)));
                }
            }
            InstKind::Br(_) | InstKind::BrIf { .. } | InstKind::Switch { .. } => {
                for (k, &a) in inst.args.iter().enumerate() {
                    here.push((a, How::Read, NO_EDGE, arg_span(k)));
                }
                for (e, t) in inst.kind.targets().into_iter().enumerate() {
                    let span = self.sp.target(i, e);
                    let params = &body.blocks[t.block].params;
                    for (k, &a) in t.args.iter().enumerate() {
                        let pk = params.get(k).map_or(Kind::Trivial, |&p| self.kind[p]);
                        let how = self.position(i, usize::MAX, a, pk, span);
                        let edge = if how == How::Consume { e as u32 } else { NO_EDGE };
                        here.push((a, how, edge, span));
                    }
                }
            }
            InstKind::Own(op) => {
                if let Some(&a) = inst.args.first() {
                    let span = arg_span(0);
                    let how = self.own_operand(i, *op, a, span);
                    here.push((a, how, NO_EDGE, span));
                }
            }
        }
        // Reads, then borrows, then consumes (O3); a value borrowed and consumed by the same
        // instruction is moved while borrowed.
        here.sort_by_key(|&(_, how, edge, _)| (how.order(), edge));
        for (n, &(v, how, _, span)) in here.iter().enumerate() {
            if how.consumes() {
                if let Some(&(_, _, _, bspan)) =
                    here[..n].iter().find(|&&(w, h, _, _)| w == v && matches!(h, How::Borrow { .. }))
                {
                    let d = Diagnostic::new(codes::MOVE_WHILE_BORROWED, span)
                        .arg("value", self.name(v))
                        .label(bspan, "borrow");
                    self.out.push(self.with_source(d, Some(i)));
                }
            }
        }
        for (v, how, edge, span) in here {
            if self.kind[v] == Kind::Trivial {
                continue;
            }
            let idx = self.uses.len() as u32;
            self.uses.push(Use { block: b, pos, edge, how, inst: i, span });
            self.by_value[v].push(idx);
        }
    }

    /// Whether `v` is `linear` or a borrow (through `borrow` instructions) of a linear value.
    fn root_is_linear(&self, mut v: Value) -> bool {
        for _ in 0..=self.body.values.len() {
            match self.kind[v] {
                Kind::Linear => return true,
                Kind::Borrow | Kind::BorrowMut => match self.owner[v] {
                    Some(o) => v = o,
                    None => return false,
                },
                _ => return false,
            }
        }
        false
    }

    /// The use a value makes at a position of kind `want` (a parameter, result or block
    /// parameter), with E0261 when its kind does not fit.
    fn position(&mut self, i: Inst, _k: usize, v: Value, want: Kind, span: Span) -> How {
        let have = self.kind[v];
        let (how, ok, fix) = match want {
            Kind::Trivial => (How::Read, true, "other"),
            Kind::Own | Kind::Linear => {
                (How::Consume, have == want, if have == Kind::Trivial { "mint" } else { "other" })
            }
            Kind::Borrow => (How::Borrow { exclusive: false }, have != Kind::Trivial, "borrow"),
            Kind::BorrowMut => {
                (How::Borrow { exclusive: true }, matches!(have, Kind::Own | Kind::Linear | Kind::BorrowMut), "borrow")
            }
        };
        if !ok {
            self.kind_mismatch(i, v, want, fix, span);
        }
        how
    }

    /// The operand rules of the ownership instructions (O2-O6).
    fn own_operand(&mut self, i: Inst, op: OwnOp, v: Value, span: Span) -> How {
        let have = self.kind[v];
        match op {
            OwnOp::Own | OwnOp::Linear => {
                if have != Kind::Trivial {
                    self.kind_mismatch(i, v, Kind::Trivial, "other", span);
                }
                How::Read
            }
            OwnOp::Borrow => {
                if have == Kind::Trivial {
                    self.kind_mismatch(i, v, Kind::Own, "borrow", span);
                }
                How::Open { exclusive: false }
            }
            OwnOp::BorrowMut => {
                if !matches!(have, Kind::Own | Kind::Linear | Kind::BorrowMut) {
                    self.kind_mismatch(i, v, Kind::BorrowMut, "borrow", span);
                }
                How::Open { exclusive: true }
            }
            OwnOp::EndBorrow => {
                if self.owner[v].is_none() {
                    self.kind_mismatch(i, v, Kind::Borrow, "end", span);
                }
                How::End
            }
            OwnOp::Drop => {
                if !have.is_owner() {
                    self.kind_mismatch(i, v, Kind::Own, "other", span);
                }
                How::End
            }
        }
    }

    fn kind_mismatch(&mut self, i: Inst, v: Value, want: Kind, fix: &str, span: Span) {
        let word = |k: Kind| match k {
            Kind::Trivial => "`trivial`".to_string(),
            k => format!("`{}`", k.keyword()),
        };
        let d = Diagnostic::new(codes::KIND_MISMATCH, span)
            .arg("value", self.name(v))
            .arg("found", word(self.kind[v]))
            .arg("expected", word(want))
            .arg("fix", fix)
            .label(self.def_span(v), "def");
        self.out.push(self.with_source(d, Some(i)));
    }

    /// Runs the per-value analysis on every non-trivial value, in value order.
    fn run(&mut self) {
        let tracked: Vec<Value> = self
            .body
            .values
            .keys()
            .filter(|&v| self.kind[v] != Kind::Trivial && self.def_at[v].0.is_some_and(|b| self.dt.is_reachable(b)))
            .collect();
        for v in tracked {
            // A borrowed parameter is a borrow the caller holds for the whole call (O5).
            if self.kind[v].is_borrow() && self.owner[v].is_none() {
                continue;
            }
            self.value(v);
        }
    }

    fn uses_of(&self, v: Value) -> &[u32] {
        self.by_value.get(v).map_or(&[], Vec::as_slice)
    }

    /// The analysis of one tracked value.
    fn value(&mut self, v: Value) {
        self.epoch += 1;
        let epoch = self.epoch;
        let (Some(d), def_pos) = self.def_at[v] else { return };
        let uses: Vec<u32> = self.uses_of(v).to_vec();
        let t = Tracked { v, uses: &uses, def: d, def_pos };

        // Runs of uses per block (uses are sorted by layout position).
        let mut k = 0;
        while k < uses.len() {
            let b = self.uses[uses[k] as usize].block;
            let start = k;
            while k < uses.len() && self.uses[uses[k] as usize].block == b {
                k += 1;
            }
            self.run_of.set(epoch, b, (start as u32, k as u32));
        }

        // The region: backward from each use to the definition.
        let mut region = vec![d];
        self.region.set(epoch, d, true);
        let mut work: Vec<Block> = Vec::new();
        for &u in &uses {
            let b = self.uses[u as usize].block;
            if self.region.get(epoch, b).is_none() {
                self.region.set(epoch, b, true);
                region.push(b);
                work.push(b);
            }
        }
        while let Some(b) = work.pop() {
            if b == d {
                continue;
            }
            for &p in &self.cfg.preds[b] {
                if self.dt.is_reachable(p) && self.region.get(epoch, p).is_none() {
                    self.region.set(epoch, p, true);
                    region.push(p);
                    work.push(p);
                }
            }
        }
        region.sort_by_key(|&b| self.layout_pos[b]);

        // Forward dataflow over the region.
        let mut work = vec![d];
        let mut edges: Vec<(Block, State)> = Vec::new();
        while let Some(b) = work.pop() {
            let s_in = if b == d { State::Live } else { self.state.get(epoch, b).copied().unwrap_or_default() };
            edges.clear();
            self.transfer(&t, b, s_in, None, &mut edges);
            for &(s, st) in &edges {
                if s == d || self.region.get(epoch, s).is_none() {
                    continue;
                }
                let old = self.state.get(epoch, s).copied().unwrap_or_default();
                let new = join(old, st);
                if new != old || self.state.get(epoch, s).is_none() {
                    self.state.set(epoch, s, new);
                    if new != old {
                        work.push(s);
                    }
                }
            }
        }

        // Reporting pass, in layout order: the first use error, else the first leak.
        let mut exits: Vec<Exit> = Vec::new();
        let mut error: Option<Diagnostic> = None;
        for &b in &region {
            let s_in = if b == d { State::Live } else { self.state.get(epoch, b).copied().unwrap_or_default() };
            if s_in == State::Unset {
                continue;
            }
            edges.clear();
            let end = self.transfer(&t, b, s_in, if error.is_none() { Some(&mut error) } else { None }, &mut edges);
            for &(s, st) in &edges {
                if s == d || self.region.get(epoch, s).is_none() {
                    exits.push(Exit::Edge(s, st));
                }
            }
            if let Some(t) = self.body.terminator(b) {
                if matches!(self.body.insts[t].kind, InstKind::Return) && end == State::Live {
                    exits.push(Exit::Return(t));
                }
            }
            if self.kind[v].is_borrow() && error.is_none() {
                self.conflicts(&t, b, s_in, &mut error);
            }
        }
        if error.is_none() && (self.kind[v] == Kind::Linear || self.kind[v].is_borrow()) {
            error = self.leak(v, &uses, &exits);
        }
        if let Some(e) = error {
            self.out.push(e);
        }
    }

    /// The state of `v` through block `b` from `s_in`: pushes the state on each outgoing edge and
    /// returns the state at the end of the block (before edge uses). With `report`, records the
    /// first use after a move (E0256) or second move (E0257).
    fn transfer(
        &self,
        t: &Tracked<'_>,
        b: Block,
        s_in: State,
        mut report: Option<&mut Option<Diagnostic>>,
        edges: &mut Vec<(Block, State)>,
    ) -> State {
        let (v, uses, d, def_pos) = (t.v, t.uses, t.def, t.def_pos);
        let epoch = self.epoch;
        let mut s = s_in;
        let (start, end) = self.run_of.get(epoch, b).copied().unwrap_or((0, 0));
        let run = &uses[start as usize..end as usize];
        for &u in run {
            let use_ = self.uses[u as usize];
            if use_.edge != NO_EDGE || (b == d && def_pos != u32::MAX && use_.pos <= def_pos) {
                continue;
            }
            s = self.step(v, u, s, &mut report);
        }
        if let Some(t) = self.body.terminator(b) {
            for (e, call) in self.body.insts[t].kind.targets().into_iter().enumerate() {
                let mut se = s;
                for &u in run {
                    if self.uses[u as usize].edge == e as u32 {
                        se = self.step(v, u, se, &mut report);
                    }
                }
                edges.push((call.block, se));
            }
        }
        s
    }

    /// One use of `v` in state `s`; the state after it.
    fn step(&self, v: Value, u: u32, s: State, report: &mut Option<&mut Option<Diagnostic>>) -> State {
        let use_ = self.uses[u as usize];
        if s == State::Live {
            return if use_.how.consumes() { State::Moved(u) } else { State::Live };
        }
        let (State::Moved(m) | State::Maybe(m)) = s else { return s };
        if let Some(slot) = report.as_deref_mut() {
            if slot.is_none() {
                let moved = self.uses[m as usize];
                let d = if use_.how.consumes() {
                    let label = if m == u { "loop" } else { "first" };
                    Diagnostic::new(codes::MOVED_TWICE, use_.span).arg("value", self.name(v)).label(moved.span, label)
                } else {
                    let label = if matches!(s, State::Maybe(_)) { "maybe" } else { "moved" };
                    Diagnostic::new(codes::USE_AFTER_MOVE, use_.span)
                        .arg("value", self.name(v))
                        .label(moved.span, label)
                };
                *slot = Some(self.with_source(d, Some(use_.inst)));
            }
        }
        // Checked as if the use were fine, so that one mistake gives one diagnostic.
        s
    }

    /// Where a `linear` value or a borrow is left unconsumed on a path that returns: E0258,
    /// E0259, E0260 or E0265.
    fn leak(&mut self, v: Value, uses: &[u32], exits: &[Exit]) -> Option<Diagnostic> {
        let is_borrow = self.kind[v].is_borrow();
        let consumed: Option<u32> = uses.iter().copied().find(|&u| self.uses[u as usize].how.consumes());
        // Blocks entered from the region with the value consumed, for E0260.
        self.epoch += 1;
        let moved_epoch = self.epoch;
        for e in exits {
            if let Exit::Edge(s, State::Moved(u) | State::Maybe(u)) = *e {
                self.moved_into.set(moved_epoch, s, u);
            }
        }
        for e in exits {
            let (at_return, join_block, moved_use) = match *e {
                Exit::Return(t) => (Some(t), None, None),
                Exit::Edge(s, State::Live) => match self.moved_into.get(moved_epoch, s).copied() {
                    Some(u) => (None, Some(s), Some(u)),
                    None => (self.find_return(s), None, None),
                },
                Exit::Edge(s, State::Maybe(u)) => (None, Some(s), Some(u)),
                Exit::Edge(..) => continue,
            };
            if let Some(s) = join_block {
                if self.find_return(s).is_none() {
                    continue;
                }
                let mut d = Diagnostic::new(codes::JOIN_MISMATCH, self.sp.block(s))
                    .arg("value", self.name(v))
                    .arg("block", self.names.block(s));
                if let Some(u) = moved_use {
                    d = d.label(self.uses[u as usize].span, "moved");
                }
                return Some(d);
            }
            let Some(t) = at_return else { continue };
            let ret_span = self.return_span(t);
            let d = if is_borrow {
                let open = self.def_inst(v);
                let d = Diagnostic::new(codes::BORROW_NOT_ENDED, ret_span)
                    .arg("borrow", self.name(v))
                    .label(self.def_span(v), "borrow");
                self.with_source(d, open)
            } else if let Some(c) = consumed {
                let d = Diagnostic::new(codes::LINEAR_LEAK, ret_span)
                    .arg("value", self.name(v))
                    .label(self.def_span(v), "def")
                    .label(self.uses[c as usize].span, "other");
                self.with_source(d, Some(t))
            } else {
                let d = Diagnostic::new(codes::LINEAR_NEVER_CONSUMED, self.def_span(v))
                    .arg("value", self.name(v))
                    .label(ret_span, "exit");
                self.with_source(d, self.def_inst(v).or(Some(t)))
            };
            return Some(d);
        }
        None
    }

    /// The span of a `return`: up to its last operand, or its keyword (the statement's span of an
    /// operand-less `return` runs on to the next token).
    fn return_span(&self, t: Inst) -> Span {
        let whole = self.sp.inst(t);
        match self.body.insts[t].args.len() {
            0 if whole != self.sp.func() => Span { start: whole.start, end: whole.start + "return".len() as u32 },
            0 => whole,
            n => Span { start: whole.start, end: self.sp.arg(t, n - 1).end.max(whole.start) },
        }
    }

    /// The first `return` reachable from `from` (breadth first, in target order), if any: a path
    /// that only reaches `trap` owes nothing (O6).
    fn find_return(&mut self, from: Block) -> Option<Inst> {
        self.epoch += 1;
        let epoch = self.epoch;
        let mut queue = std::collections::VecDeque::from([from]);
        self.seen.set(epoch, from, true);
        while let Some(b) = queue.pop_front() {
            if let Some(t) = self.body.terminator(b) {
                if matches!(self.body.insts[t].kind, InstKind::Return) {
                    return Some(t);
                }
            }
            for &s in &self.cfg.succs[b] {
                if self.seen.get(epoch, s).is_none() {
                    self.seen.set(epoch, s, true);
                    queue.push_back(s);
                }
            }
        }
        None
    }

    /// The owner rules (O5) in block `b` of the borrow `c`'s region: each use of the owner while
    /// `c` is live is checked against `c`'s flavour.
    fn conflicts(&self, t: &Tracked<'_>, b: Block, s_in: State, error: &mut Option<Diagnostic>) {
        let (c, c_uses, d, def_pos) = (t.v, t.uses, t.def, t.def_pos);
        let Some(x) = self.owner[c] else { return };
        let epoch = self.epoch;
        let exclusive = self.kind[c] == Kind::BorrowMut;
        let (cs, ce) = self.run_of.get(epoch, b).copied().unwrap_or((0, 0));
        let c_run = &c_uses[cs as usize..ce as usize];
        // `c` is live in `b` from its definition (or the block's start, when live on entry) to
        // its first consuming use here, inclusive of uses at that instruction.
        let start = if b == d {
            def_pos.saturating_add(1)
        } else if s_in == State::Live {
            0
        } else {
            return;
        };
        let end = c_run.iter().map(|&u| self.uses[u as usize]).filter(|u| u.how.consumes()).map(|u| u.pos).min();
        let end = end.unwrap_or(u32::MAX);
        // The owner's uses in `b`: a slice of its uses, which are in layout order.
        let xs = self.uses_of(x);
        let lp = &self.layout_pos;
        let lo = xs.partition_point(|&u| lp[self.uses[u as usize].block] < lp[b]);
        let hi = xs.partition_point(|&u| lp[self.uses[u as usize].block] <= lp[b]);
        let from = lo + xs[lo..hi].partition_point(|&u| self.uses[u as usize].pos < start);
        for &u in &xs[from..hi] {
            let ou = self.uses[u as usize];
            if ou.pos > end {
                break;
            }
            let code = match ou.how {
                How::End => codes::BORROW_OUTLIVES_OWNER,
                How::Consume => codes::MOVE_WHILE_BORROWED,
                How::Read | How::Borrow { exclusive: false } | How::Open { exclusive: false } if !exclusive => continue,
                _ => codes::CONFLICTING_BORROW,
            };
            let d = Diagnostic::new(code, ou.span)
                .arg("value", self.name(x))
                .arg("borrow", self.name(c))
                .arg("flavour", if exclusive { "mut" } else { "shared" })
                .label(self.def_span(c), "borrow");
            *error = Some(self.with_source(d, Some(ou.inst)));
            return;
        }
    }
}
