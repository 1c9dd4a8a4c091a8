//! Per-function rules (spec §6.2-§6.5), reported in one walk over the layout.

use crate::codes;
use crate::layout::{self, DefSite, Facts};
use crate::names::{dollar, mnemonic, or_span, slot_name, Names, Spans};
use crate::rules::{inst_type, type_list, Operands, Origin, Untyped};
use std::collections::BTreeMap;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::cfg::{compute_cfg, compute_domtree, DominatorTree};
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Format, FuncId, Function, Imm, Inst, InstKind, MemoryId, Module, SourceMap, Span, Type,
    Value, ValueDef,
};
use wasmir_syntax::print::{func_name, int_literal};

/// Checks the body of function `id` and appends its diagnostics to `out`.
pub(crate) fn check(
    m: &Module,
    spans: &SourceMap,
    id: FuncId,
    func: &Function,
    body: &Body,
    out: &mut Vec<Diagnostic>,
) {
    let sp = Spans::new(&spans.funcs[id]);
    let fname = func_name(m, id);
    check_slots(m, body, &sp, &fname, out);
    if body.layout.is_empty() {
        out.push(Diagnostic::new(codes::EMPTY_BODY, sp.func()).arg("func", fname));
        return;
    }
    let facts = layout::compute(body);
    // Dominance means nothing on a broken CFG (a block without terminator has no successors, so
    // everything after it would look unreachable or undominated): skip it rather than cascade.
    let cfg = facts.sound.then(|| compute_cfg(body));
    let domtree = cfg.as_ref().map(|cfg| compute_domtree(body, cfg));
    let errors_before = out.iter().filter(|d| d.is_error()).count();
    let mut cx = Cx { m, spans, id, func, body, sp, names: Names::new(body), facts, domtree, fname, out };
    cx.check_entry();
    for (pos, &b) in body.layout.iter().enumerate() {
        cx.check_block(pos, b);
    }
    // Ownership (§6.10) needs valid SSA: on a function with other errors it would only repeat them.
    if let (Some(cfg), Some(dt)) = (&cfg, &cx.domtree) {
        if cx.out.iter().filter(|d| d.is_error()).count() == errors_before {
            let facts = crate::ownership::FnFacts { m, func, body, sp: &cx.sp, names: &cx.names, cfg, dt };
            crate::ownership::check(facts, cx.out);
        }
    }
}

/// Largest slot size in bytes (spec §12.3): 2^31, so that a frame's offsets fit in an `i32`.
pub(crate) const MAX_SLOT_BYTES: u32 = 1 << 31;
/// Largest alignment of a slot or data item in bytes (spec §12.3, §12.5).
pub(crate) const MAX_ALIGN: u32 = 65_536;

/// Whether `align` is a power of two of at most [`MAX_ALIGN`].
pub(crate) fn valid_align(align: u32) -> bool {
    align.is_power_of_two() && align <= MAX_ALIGN
}

/// E0243 (slots without a memory, once per function), E0250 and E0251, in declaration order.
fn check_slots(m: &Module, body: &Body, sp: &Spans<'_>, fname: &str, out: &mut Vec<Diagnostic>) {
    if let Some(first) = body.slots.keys().next() {
        if m.memories.is_empty() {
            out.push(
                Diagnostic::new(codes::NO_MEMORY, sp.slot(first))
                    .arg("kind", "slot")
                    .arg("what", slot_name(body, first))
                    .arg("func", fname),
            );
        }
    }
    for (s, d) in body.slots.iter() {
        if !valid_align(d.align) {
            out.push(
                Diagnostic::new(codes::SLOT_ALIGN, sp.slot(s))
                    .arg("slot", slot_name(body, s))
                    .arg("align", d.align)
                    .arg("limit", MAX_ALIGN),
            );
        }
        if d.size > MAX_SLOT_BYTES {
            out.push(
                Diagnostic::new(codes::SLOT_SIZE, sp.slot(s))
                    .arg("slot", slot_name(body, s))
                    .arg("size", d.size)
                    .arg("limit", MAX_SLOT_BYTES),
            );
        }
    }
}

struct Cx<'a> {
    m: &'a Module,
    spans: &'a SourceMap,
    id: FuncId,
    func: &'a Function,
    body: &'a Body,
    sp: Spans<'a>,
    names: Names,
    facts: Facts,
    domtree: Option<DominatorTree>,
    fname: String,
    out: &'a mut Vec<Diagnostic>,
}

impl Cx<'_> {
    fn emit(&mut self, d: Diagnostic) {
        self.out.push(d);
    }

    fn value_name(&self, v: Value) -> String {
        self.names.value(v)
    }

    fn block_name(&self, b: Block) -> String {
        self.names.block(b)
    }

    /// Where the types of an instruction are declared, if the source map has it.
    fn origin_span(&self, o: Origin) -> Option<Span> {
        match o {
            Origin::Func(f) => self.func_span(f),
            Origin::Sig(s) => Some(self.spans.sigs[s]).filter(|&s| s != Span::default()),
        }
    }

    /// The name span of function `f`, if the source map has one (for "declared here" labels).
    fn func_span(&self, f: FuncId) -> Option<Span> {
        let s = self.spans.funcs[f].name;
        (s != Span::default()).then_some(s)
    }

    /// E0243 when the module has no memory, else E0234 when `mem` does not exist.
    fn check_memory(&mut self, mem: MemoryId, i: Inst, inst: &str) {
        let span = self.sp.imms(i);
        if self.m.memories.is_empty() {
            self.emit(
                Diagnostic::new(codes::NO_MEMORY, span)
                    .arg("kind", "inst")
                    .arg("what", inst)
                    .arg("func", self.fname.clone()),
            );
        } else if self.m.memories.get(mem).is_none() {
            self.emit(Diagnostic::new(codes::UNKNOWN_MEMORY, span).arg("memory", dollar(None, mem)).arg("inst", inst));
        }
    }

    /// E0232-E0243 and E0253 on the immediates of `i` (operators with a format other than
    /// `Plain`, and `call_indirect`). Returns whether the instruction can be typed: its
    /// immediates have its format's kind and the entities its types come from (a global, a
    /// signature) exist.
    fn check_imms(&mut self, i: Inst) -> bool {
        let inst = &self.body.insts[i];
        let span = self.sp.imms(i);
        let mn = mnemonic(self.m, &inst.kind);
        match inst.kind {
            InstKind::Op(op) => {
                if op.format() == Format::Plain {
                    return true;
                }
                self.emit(
                    Diagnostic::new(codes::MISSING_IMMEDIATES, self.sp.inst(i))
                        .arg("inst", mn)
                        .arg("expected", format_syntax(op.format())),
                );
                false
            }
            InstKind::OpImm(op, imm) => {
                if !op.format().takes(&imm) {
                    self.emit(
                        Diagnostic::new(codes::IMMEDIATE_KIND, span)
                            .arg("inst", mn)
                            .arg("expected", format_syntax(op.format()))
                            .arg("found", imm_syntax(&imm)),
                    );
                    return false;
                }
                match imm {
                    Imm::MemArg(a) => {
                        self.check_memory(a.mem, i, &mn);
                        let width = op.access_bytes().unwrap_or(1);
                        if !a.align.is_power_of_two() || a.align > width {
                            self.emit(
                                Diagnostic::new(codes::ACCESS_ALIGN, span)
                                    .arg("inst", mn)
                                    .arg("align", a.align)
                                    .arg("width", width),
                            );
                        }
                        true
                    }
                    Imm::Memory(x) => {
                        self.check_memory(x, i, &mn);
                        true
                    }
                    Imm::Global(g) => match self.m.globals.get(g) {
                        None => {
                            self.emit(
                                Diagnostic::new(codes::UNKNOWN_GLOBAL, span)
                                    .arg("global", dollar(None, g))
                                    .arg("inst", mn),
                            );
                            false
                        }
                        Some(d) => {
                            if op.format() == Format::GlobalSet && !d.mutable {
                                let decl = or_span(Some(self.spans.globals[g]), span);
                                self.emit(
                                    Diagnostic::new(codes::IMMUTABLE_GLOBAL, span)
                                        .arg("global", dollar(Some(&d.name), g))
                                        .label(decl, "decl"),
                                );
                            }
                            true
                        }
                    },
                    Imm::Slot(s) => {
                        if self.body.slots.get(s).is_none() {
                            self.emit(
                                Diagnostic::new(codes::UNKNOWN_SLOT, span)
                                    .arg("slot", slot_name(self.body, s))
                                    .arg("func", self.fname.clone()),
                            );
                        }
                        true
                    }
                    Imm::Data { data, addend } => {
                        if let Some(d) = crate::entities::data_ref(self.m, self.spans, data, addend, span) {
                            self.emit(d);
                        }
                        true
                    }
                    Imm::FuncIndex { table, func } => {
                        let mut ds = Vec::new();
                        crate::entities::func_index_ref(self.m, table, func, span, &mut ds);
                        if self.m.tables.get(table).is_some_and(|t| t.elem != Type::FuncRef) {
                            ds.push(crate::entities::not_funcref(self.m, self.spans, table, &mn, span));
                        }
                        self.out.extend(ds);
                        true
                    }
                    Imm::Func(f) => {
                        if self.m.funcs.get(f).is_none() {
                            self.emit(Diagnostic::new(codes::UNKNOWN_FUNCTION, span).arg("func", func_name(self.m, f)));
                        }
                        true
                    }
                    // The element type decides the operand and result types: without the table
                    // the instruction cannot be typed.
                    Imm::Table(t) => {
                        if self.m.tables.get(t).is_none() {
                            self.emit(
                                Diagnostic::new(codes::UNKNOWN_TABLE, span)
                                    .arg("table", dollar(None, t))
                                    .arg("inst", mn),
                            );
                            return false;
                        }
                        true
                    }
                }
            }
            InstKind::CallIndirect { table, sig } => {
                match self.m.tables.get(table) {
                    None => self.emit(
                        Diagnostic::new(codes::UNKNOWN_TABLE, span)
                            .arg("table", dollar(None, table))
                            .arg("inst", mn.clone()),
                    ),
                    Some(t) if t.elem != Type::FuncRef => {
                        let d = crate::entities::not_funcref(self.m, self.spans, table, &mn, span);
                        self.emit(d);
                    }
                    Some(_) => {}
                }
                if self.m.sigs.get(sig).is_none() {
                    self.emit(Diagnostic::new(codes::UNKNOWN_SIG, span).arg("sig", dollar(None, sig)));
                    return false;
                }
                true
            }
            // References have no constants (spec §3.4.2): only a builder can make one.
            InstKind::Const(c) if c.ty.is_ref() => {
                self.emit(
                    Diagnostic::new(codes::REF_TYPE_PLACE, self.sp.inst(i))
                        .arg("place", "const")
                        .arg("what", mn)
                        .arg("ty", c.ty),
                );
                true
            }
            _ => true,
        }
    }

    /// E0204: the entry block's parameters against the signature.
    fn check_entry(&mut self) {
        let Some(entry) = self.body.entry() else { return };
        let Some(data) = self.body.blocks.get(entry) else { return };
        // A dangling parameter is reported as E0210 with its block; comparing types without it
        // would only add noise.
        let Some(found): Option<Vec<Type>> =
            data.params.iter().map(|&p| self.body.values.get(p).map(|d| d.ty)).collect()
        else {
            return;
        };
        let params = &self.func.sig.params;
        let kinds = &self.func.sig.kinds;
        let same_kinds = data.params.iter().enumerate().all(|(k, &p)| self.body.kinds[p] == kinds.param(k));
        if found.len() == params.len() && found.iter().zip(params).all(|(&f, &p)| f.accepts(p)) && same_kinds {
            return;
        }
        // The label only: the source map spans parameter names, not their types, so an underline
        // over the parameter list would stop in the middle of the last one.
        let span = self.sp.block(entry);
        let mut d = Diagnostic::new(codes::ENTRY_PARAMS, span)
            .arg("block", self.block_name(entry))
            .arg("func", self.fname.clone())
            .arg("expected", qtype_list(params.iter().enumerate().map(|(k, &t)| (kinds.param(k), t))))
            .arg("found", qtype_list(data.params.iter().zip(found).map(|(&p, t)| (self.body.kinds[p], t))));
        if let Some(s) = self.func_span(self.id) {
            d = d.label(s, "sig");
        }
        self.emit(d);
    }

    fn check_block(&mut self, pos: usize, b: Block) {
        let Some(data) = self.body.blocks.get(b) else {
            self.emit(Diagnostic::new(codes::DANGLING_ENTITY, self.sp.func()).arg("kind", "block").arg("entity", b));
            return;
        };
        if self.facts.first_pos[b] != Some(pos) {
            self.emit(Diagnostic::new(codes::REPEATED_BLOCK, self.sp.block(b)).arg("block", self.block_name(b)));
            return;
        }
        for (k, &p) in data.params.iter().enumerate() {
            let site = DefSite { block: b, pos: None, def: ValueDef::Param(b, k as u32) };
            self.check_def(p, site, self.sp.block(b));
        }
        let last = data.insts.len().checked_sub(1);
        for (k, &i) in data.insts.iter().enumerate() {
            let Some(inst) = self.body.insts.get(i) else {
                let span = self.sp.block(b);
                self.emit(Diagnostic::new(codes::DANGLING_ENTITY, span).arg("kind", "inst").arg("entity", i));
                continue;
            };
            if self.facts.home[i] != Some((b, k)) {
                self.emit(
                    Diagnostic::new(codes::SHARED_INST, self.sp.inst(i)).arg("inst", mnemonic(self.m, &inst.kind)),
                );
                continue;
            }
            if inst.kind.is_terminator() && Some(k) != last {
                self.emit(
                    Diagnostic::new(codes::EARLY_TERMINATOR, self.sp.inst(i))
                        .arg("inst", mnemonic(self.m, &inst.kind))
                        .arg("block", self.block_name(b))
                        .label(self.sp.block(b), "block"),
                );
            }
            self.check_inst(b, k, i);
        }
        // A dangling last instruction was reported above; whether it terminates is unknowable.
        let ends_badly = match data.insts.last() {
            None => Some(self.sp.block(b)),
            Some(&i) => match self.body.insts.get(i) {
                Some(inst) if !inst.kind.is_terminator() => Some(self.sp.inst(i)),
                _ => None,
            },
        };
        if let Some(span) = ends_badly {
            let mut d = Diagnostic::new(codes::MISSING_TERMINATOR, span).arg("block", self.block_name(b));
            if span != self.sp.block(b) {
                d = d.label(self.sp.block(b), "block");
            }
            self.emit(d);
        }
    }

    /// E0210, E0224, E0225 for a value defined at `site`; `at` locates the definition (the block
    /// label for a parameter, the instruction for a result). Returns whether the value exists.
    fn check_def(&mut self, v: Value, site: DefSite, at: Span) -> bool {
        let Some(data) = self.body.values.get(v) else {
            self.emit(Diagnostic::new(codes::DANGLING_ENTITY, at).arg("kind", "value").arg("entity", v));
            return false;
        };
        match self.facts.def[v] {
            Some(first) if first != site => {
                let first_span = match first.def {
                    ValueDef::Param(fb, _) => self.sp.block(fb),
                    ValueDef::Result(fi, _) => self.sp.inst(fi),
                };
                self.emit(
                    Diagnostic::new(codes::VALUE_REDEFINED, at)
                        .arg("value", self.value_name(v))
                        .label(first_span, "first"),
                );
            }
            _ if data.def != site.def => {
                self.emit(
                    Diagnostic::new(codes::DEF_RECORD, self.sp.value(v))
                        .arg("value", self.value_name(v))
                        .arg("recorded", def_spelling(data.def))
                        .arg("actual", def_spelling(site.def)),
                );
            }
            _ => {}
        }
        true
    }

    /// E0222 and E0223 for a use of `v` by the instruction at position `pos` of `block`.
    /// Returns whether `v` is defined (so that its type may be checked).
    fn check_use(&mut self, v: Value, block: Block, pos: usize, span: Span) -> bool {
        let site = if self.body.values.get(v).is_some() { self.facts.def[v] } else { None };
        let Some(site) = site else {
            self.emit(Diagnostic::new(codes::UNDEFINED_VALUE, span).arg("value", self.value_name(v)));
            return false;
        };
        let dominated = if site.block == block {
            site.pos.is_none_or(|q| q < pos)
        } else {
            // Cranelift's rule: dominance across blocks is only checked where the use can run.
            match &self.domtree {
                Some(dt) if dt.is_reachable(block) => dt.dominates(site.block, block),
                _ => true,
            }
        };
        if !dominated {
            let def_span = match site.def {
                ValueDef::Param(..) => self.sp.value(v),
                ValueDef::Result(i, _) => {
                    let s = self.spans.funcs[self.id].values[v];
                    if s == Span::default() {
                        self.sp.inst(i)
                    } else {
                        s
                    }
                }
            };
            self.emit(
                Diagnostic::new(codes::NOT_DOMINATED, span)
                    .arg("value", self.value_name(v))
                    .arg("where", if site.block == block { "same" } else { "other" })
                    .arg("block", self.block_name(site.block))
                    .label(def_span, "def"),
            );
        }
        true
    }

    fn check_inst(&mut self, b: Block, pos: usize, i: Inst) {
        let body = self.body;
        let inst = &body.insts[i];
        let mn = mnemonic(self.m, &inst.kind);
        for (k, &r) in inst.results.iter().enumerate() {
            let site = DefSite { block: b, pos: Some(pos), def: ValueDef::Result(i, k as u32) };
            self.check_def(r, site, self.sp.inst(i));
        }
        let imms_ok = self.check_imms(i);
        let ty = match inst_type(self.m, self.id, &inst.kind) {
            Ok(ty) if imms_ok => Some(ty),
            Ok(_) | Err(Untyped::BadImmediates) => None,
            Err(Untyped::UnknownCallee) => {
                let callee = match inst.kind {
                    InstKind::Call(f) => func_name(self.m, f),
                    _ => String::new(),
                };
                self.emit(Diagnostic::new(codes::UNKNOWN_CALLEE, self.sp.inst(i)).arg("func", callee));
                None
            }
        };
        let Some(ty) = ty else {
            for (k, &a) in inst.args.iter().enumerate() {
                self.check_use(a, b, pos, self.sp.arg(i, k));
            }
            self.check_targets(b, pos, i);
            return;
        };
        let mut ty = ty;
        if let (InstKind::Own(op), Some(&a)) = (&inst.kind, inst.args.first()) {
            if let (Some(_), Some(d)) = (op.result_kind(), body.values.get(a)) {
                ty.results = std::borrow::Cow::Owned(vec![d.ty]);
            }
        }
        let sig_label = ty.from.and_then(|o| self.origin_span(o));

        // Operands.
        let (expected, types): (Option<&[Type]>, String) = match &ty.operands {
            Operands::Exactly(tys) => (Some(&**tys), type_list(tys.iter().copied())),
            Operands::Scrutinee => (None, "(i32 | i64)".to_string()),
            Operands::AnyOne => (None, "(T)".to_string()),
        };
        let any_type = matches!(ty.operands, Operands::AnyOne);
        let want = expected.map_or(1, <[Type]>::len);
        let count_ok = inst.args.len() == want;
        if !count_ok {
            let mut d = Diagnostic::new(codes::OPERAND_COUNT, self.sp.inst(i))
                .arg("inst", mn.clone())
                .arg("expected", want)
                .arg("found", inst.args.len())
                .arg("types", types);
            if let Some(s) = sig_label {
                d = d.label(s, "sig");
            }
            self.emit(d);
        }
        for (k, &a) in inst.args.iter().enumerate() {
            let span = self.sp.arg(i, k);
            if !self.check_use(a, b, pos, span) || !count_ok {
                continue;
            }
            let found = body.ty(a);
            match expected {
                Some(tys) if !tys[k].accepts(found) => {
                    let mut d = Diagnostic::new(codes::OPERAND_TYPE, span)
                        .arg("inst", mn.clone())
                        .arg("index", k + 1)
                        .arg("expected", tys[k])
                        .arg("found", found)
                        .arg("value", self.value_name(a))
                        .label(self.sp.value(a), "def");
                    if let Some(s) = sig_label {
                        d = d.label(s, "sig");
                    }
                    self.emit(d);
                }
                None if !any_type && !matches!(found, Type::I32 | Type::I64) => {
                    self.emit(
                        Diagnostic::new(codes::SWITCH_TYPE, span)
                            .arg("found", found)
                            .arg("value", self.value_name(a))
                            .label(self.sp.value(a), "def"),
                    );
                }
                _ => {}
            }
        }

        // Results. Dangling ones were reported by `check_def`.
        if inst.results.len() != ty.results.len() {
            let mut d = Diagnostic::new(codes::RESULT_COUNT, self.sp.inst(i))
                .arg("inst", mn.clone())
                .arg("expected", ty.results.len())
                .arg("found", inst.results.len())
                .arg("types", type_list(ty.results.iter().copied()));
            if let Some(s) = sig_label {
                d = d.label(s, "sig");
            }
            self.emit(d);
        } else {
            for (k, (&r, &want)) in inst.results.iter().zip(ty.results.iter()).enumerate() {
                let Some(data) = body.values.get(r) else { continue };
                if !data.ty.accepts(want) {
                    let mut d = Diagnostic::new(codes::RESULT_TYPE, self.sp.value(r))
                        .arg("inst", mn.clone())
                        .arg("index", k + 1)
                        .arg("expected", want)
                        .arg("found", data.ty)
                        .arg("value", self.value_name(r));
                    if let Some(s) = sig_label {
                        d = d.label(s, "sig");
                    }
                    self.emit(d);
                }
            }
        }

        self.check_targets(b, pos, i);
        if let InstKind::Switch { cases, .. } = &inst.kind {
            let scrutinee = inst
                .args
                .first()
                .and_then(|&a| body.values.get(a))
                .map(|d| d.ty)
                .filter(|t| matches!(t, Type::I32 | Type::I64));
            self.check_cases(i, scrutinee, cases);
        }
    }

    /// E0205, E0210, E0211, E0217, E0218 and the uses of branch arguments, per target.
    fn check_targets(&mut self, b: Block, pos: usize, i: Inst) {
        let inst = &self.body.insts[i];
        for (k, t) in inst.kind.targets().into_iter().enumerate() {
            self.check_target(b, pos, self.sp.target(i, k), t);
        }
    }

    fn check_target(&mut self, b: Block, pos: usize, span: Span, t: &BlockCall) {
        let body = self.body;
        let params = match body.blocks.get(t.block) {
            None => {
                self.emit(Diagnostic::new(codes::DANGLING_ENTITY, span).arg("kind", "block").arg("entity", t.block));
                None
            }
            Some(_) if !self.facts.laid_out(t.block) => {
                self.emit(
                    Diagnostic::new(codes::TARGET_NOT_LAID_OUT, span)
                        .arg("block", self.block_name(t.block))
                        .arg("func", self.fname.clone()),
                );
                None
            }
            Some(data) => Some(&data.params),
        };
        if let Some(params) = params {
            if body.entry() == Some(t.block) {
                self.emit(
                    Diagnostic::new(codes::BRANCH_TO_ENTRY, span)
                        .arg("block", self.block_name(t.block))
                        .label(self.sp.block(t.block), "entry"),
                );
            }
            if t.args.len() != params.len() {
                let types = type_list(params.iter().filter_map(|&p| body.values.get(p)).map(|d| d.ty));
                self.emit(
                    Diagnostic::new(codes::BRANCH_ARG_COUNT, span)
                        .arg("block", self.block_name(t.block))
                        .arg("expected", params.len())
                        .arg("found", t.args.len())
                        .arg("types", types)
                        .label(self.sp.block(t.block), "block"),
                );
            }
        }
        let count_ok = params.is_some_and(|p| p.len() == t.args.len());
        for (k, &a) in t.args.iter().enumerate() {
            if !self.check_use(a, b, pos, span) || !count_ok {
                continue;
            }
            let Some(&p) = params.and_then(|ps| ps.get(k)) else { continue };
            let Some(pdata) = body.values.get(p) else { continue };
            let found = body.ty(a);
            if !pdata.ty.accepts(found) {
                self.emit(
                    Diagnostic::new(codes::BRANCH_ARG_TYPE, span)
                        .arg("block", self.block_name(t.block))
                        .arg("index", k + 1)
                        .arg("expected", pdata.ty)
                        .arg("found", found)
                        .arg("value", self.value_name(a))
                        .label(self.sp.value(p), "param"),
                );
            }
        }
    }

    /// E0220 and E0221. `scrutinee` is the operand's type when it is a defined integer; without it
    /// the range of the cases is unknown.
    fn check_cases(&mut self, i: Inst, scrutinee: Option<Type>, cases: &[(u64, BlockCall)]) {
        let mut first: BTreeMap<u64, usize> = BTreeMap::new();
        for (k, &(value, _)) in cases.iter().enumerate() {
            // Target 0 is the default; case `k` is target `k + 1`.
            let span = self.sp.target(i, k + 1);
            let fits = scrutinee != Some(Type::I32) || value <= u64::from(u32::MAX);
            let shown = match scrutinee {
                Some(ty) if fits => int_literal(ty, value.into()),
                _ => value.to_string(),
            };
            if !fits {
                self.emit(Diagnostic::new(codes::CASE_RANGE, span).arg("value", shown.clone()).arg("ty", Type::I32));
            }
            match first.get(&value) {
                Some(&j) => {
                    let first_span = self.sp.target(i, j + 1);
                    self.emit(
                        Diagnostic::new(codes::DUPLICATE_CASE, span).arg("value", shown).label(first_span, "first"),
                    );
                }
                None => {
                    first.insert(value, k);
                }
            }
        }
    }
}

/// The immediates a format takes, as the text writes them; `none` for `Plain` (messages select on
/// it).
fn format_syntax(format: Format) -> &'static str {
    match format {
        Format::Plain => "none",
        Format::Load | Format::Store => "[$memory, offset=N, align=A]",
        Format::Memory => "[$memory]",
        Format::GlobalGet | Format::GlobalSet => "[$global]",
        Format::Slot => "[#slot]",
        Format::Data => "[$data, addend=N]",
        Format::FuncIndex => "[$table, @function]",
        Format::Table => "[$table]",
        Format::Func => "[@function]",
    }
}

/// The kind of immediates an instruction carries, as the text writes them.
fn imm_syntax(imm: &Imm) -> &'static str {
    match imm {
        Imm::MemArg(_) => "[$memory, offset=N, align=A]",
        Imm::Memory(_) => "[$memory]",
        Imm::Global(_) => "[$global]",
        Imm::Slot(_) => "[#slot]",
        Imm::Data { .. } => "[$data, addend=N]",
        Imm::FuncIndex { .. } => "[$table, @function]",
        Imm::Table(_) => "[$table]",
        Imm::Func(_) => "[@function]",
    }
}

/// A definition in entity terms, the same in every language: `block3.param[0]`, `inst7.result[1]`.
fn def_spelling(d: ValueDef) -> String {
    match d {
        ValueDef::Param(b, k) => format!("{b}.param[{k}]"),
        ValueDef::Result(i, k) => format!("{i}.result[{k}]"),
    }
}

/// A list of qualified types as messages show it: `(own i32, i64)`.
fn qtype_list(tys: impl IntoIterator<Item = (wasmir_syntax::ir::Kind, Type)>) -> String {
    let names: Vec<String> = tys.into_iter().map(|(k, t)| wasmir_syntax::print::qtype(k, t)).collect();
    format!("({})", names.join(", "))
}
