//! Name resolution: syntax tree to [`ir::Module`] plus [`SourceMap`] (E01xx).
//!
//! Two passes at each level, so that text may refer forward:
//! - module: every function's name and signature first, then exports and bodies (a call or an
//!   export may name a function defined later, spec §3.1);
//! - function: every block label and every value definition first (block parameters and
//!   instruction results, with their types), then operands and branch targets. Blocks come in any
//!   order, so a use may precede its definition in the text; whether the definition dominates the
//!   use is the verifier's question (spec §6), not this module's.
//!
//! A result's type comes from its instruction: `T.const` gives `T`, an operator its table result
//! type ([`Opcode::result`]), a call the callee's results. Block parameters have the types written.
//!
//! What this module rejects: a missing or unsupported header (E0100-E0102), an unknown operator,
//! value, block or function (E0103-E0106), a name defined twice (E0107-E0109), a literal outside
//! its type (E0110, E0112), a result list of the wrong length (E0111). What it accepts and leaves
//! to the verifier: operand counts and types, dominance, terminator placement, entry-block rules.
//!
//! It never panics: every lookup that can fail on bad input is a diagnostic.

use crate::ast;
use crate::diag::{codes, Diagnostic};
use crate::ir::{
    self, Block, BlockCall, Body, Constant, Export, FuncId, FuncSpans, Function, FunctionKind, Inst, InstKind, Opcode,
    Signature, SourceLoc, SourceMap, Span, Type, Value, Version,
};
use crate::lexer::FloatLit;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Lowers a syntax tree to the IR. `src` is the text the tree was parsed from (for messages).
///
/// # Errors
///
/// Every resolution error found (E01xx), in source order.
pub fn run(src: &str, tree: &ast::Module<'_>) -> Result<(ir::Module, SourceMap), Vec<Diagnostic>> {
    let mut r = Resolver {
        src,
        diags: Vec::new(),
        funcs: HashMap::default(),
        module: ir::Module::default(),
        map: SourceMap::default(),
    };
    r.header(tree.header.as_ref());
    let defined = r.declare_functions(&tree.items);
    for item in &tree.items {
        if let ast::Item::Export(e) = item {
            r.export(e);
        }
    }
    for (id, f) in defined {
        let body = r.body(id, f);
        r.module.funcs[id].kind = FunctionKind::Defined(body);
    }
    if r.diags.is_empty() {
        Ok((r.module, r.map))
    } else {
        // Passes visit items out of text order (declarations, exports, bodies): report in the
        // order a reader meets the mistakes.
        r.diags.sort_by_key(|d| d.span.start);
        Err(r.diags)
    }
}

/// The key of a value or block name: anonymous `%3` and named `%"3"` are different names.
type Key<'a> = (bool, &'a str);

fn key<'a>(n: &'a ast::Name<'_>) -> Key<'a> {
    (n.is_anonymous(), &n.text)
}

struct Resolver<'a> {
    src: &'a str,
    diags: Vec<Diagnostic>,
    funcs: HashMap<&'a str, FuncId>,
    module: ir::Module,
    map: SourceMap,
}

/// Per-function name tables (HashMaps: lookups only, never iterated, so output order is stable).
struct Scope<'a> {
    func: String,
    blocks: HashMap<Key<'a>, Block>,
    values: HashMap<Key<'a>, Value>,
}

fn operators() -> &'static HashMap<&'static str, Opcode> {
    static OPS: OnceLock<HashMap<&'static str, Opcode>> = OnceLock::new();
    OPS.get_or_init(|| Opcode::ALL.iter().map(|&op| (op.name(), op)).collect())
}

impl<'a> Resolver<'a> {
    fn text(&self, span: Span) -> String {
        self.src.get(span.range()).unwrap_or("").to_string()
    }

    fn header(&mut self, h: Option<&ast::Header<'_>>) {
        let cur = Version::CURRENT;
        let Some(h) = h else {
            self.diags.push(Diagnostic::new(codes::MISSING_HEADER, Span::new(0, 0)).arg("supported", cur));
            return;
        };
        self.map.header = h.span;
        let parsed = h.version.node.split_once('.').and_then(|(maj, min)| {
            let num = |s: &str| {
                (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
            };
            Some(Version { major: num(maj)?, minor: num(min)? })
        });
        match parsed {
            None => self.diags.push(
                Diagnostic::new(codes::MALFORMED_VERSION, h.version.span)
                    .arg("found", h.version.node)
                    .arg("supported", cur),
            ),
            // Spec §8: same major, minor at most ours.
            Some(v) if v.major != cur.major || v.minor > cur.minor => self.diags.push(
                Diagnostic::new(codes::UNSUPPORTED_VERSION, h.version.span)
                    .arg("found", v)
                    .arg("supported", cur)
                    .arg("major", cur.major),
            ),
            Some(v) => self.module.version = Some(v),
        }
    }

    /// Pass 1 over the module: every import and function, with its signature.
    fn declare_functions(&mut self, items: &'a [ast::Item<'a>]) -> Vec<(FuncId, &'a ast::Function<'a>)> {
        let mut defined = Vec::new();
        for item in items {
            let (name, sig, loc, kind, import_spans) = match item {
                ast::Item::Import(i) => (
                    &i.name,
                    &i.sig,
                    &i.loc,
                    FunctionKind::Import { module: i.module.node.to_string(), field: i.field.node.to_string() },
                    (i.module.span, i.field.span),
                ),
                ast::Item::Function(f) => {
                    (&f.name, &f.sig, &f.loc, FunctionKind::Defined(Body::default()), Default::default())
                }
                ast::Item::Export(_) => continue,
            };
            let (import_module, import_field) = import_spans;
            let fspans = FuncSpans {
                name: name.span,
                sig_params: sig.params.iter().map(|t| t.span).collect(),
                sig_results: sig.results.iter().map(|t| t.span).collect(),
                import_module,
                import_field,
                ..FuncSpans::default()
            };
            let sig = Signature {
                params: sig.params.iter().map(|t| t.node).collect(),
                results: sig.results.iter().map(|t| t.node).collect(),
            };
            let loc = loc.as_ref().map(|l| self.location(l));
            let id = self.module.funcs.push(Function { name: name.text.to_string(), sig, loc, kind });
            self.map.funcs[id] = fspans;
            match self.funcs.get(&*name.text) {
                Some(&first) => {
                    let first_span = self.map.funcs[first].name;
                    self.diags.push(
                        Diagnostic::new(codes::DUPLICATE_FUNCTION, name.span)
                            .arg("name", name.display('@'))
                            .label(first_span, "first"),
                    );
                }
                None => {
                    self.funcs.insert(&name.text, id);
                }
            }
            if let ast::Item::Function(f) = item {
                defined.push((id, f));
            }
        }
        defined
    }

    fn location(&mut self, l: &ast::Location<'_>) -> SourceLoc {
        let mut num = |n: &ast::Spanned<i128>| match u32::try_from(n.node) {
            Ok(v) => v,
            Err(_) => {
                let d = self.int_range_error(n.span, "u32", 0, u32::MAX as i128);
                self.diags.push(d);
                0
            }
        };
        let (line, col) = (num(&l.line), num(&l.col));
        SourceLoc { file: l.file.node.to_string(), line, col }
    }

    fn func(&mut self, name: &ast::Name<'_>) -> Option<FuncId> {
        let f = self.funcs.get(&*name.text).copied();
        if f.is_none() {
            self.diags.push(Diagnostic::new(codes::UNKNOWN_FUNCTION, name.span).arg("name", name.display('@')));
        }
        f
    }

    fn export(&mut self, e: &ast::Export<'_>) {
        if let Some(func) = self.func(&e.func) {
            self.module.exports.push(Export { name: e.name.node.to_string(), item: crate::ir::ExportItem::Func(func) });
            self.map.exports.push(e.name.span);
        }
    }

    /// Pass 1 and 2 over one function body.
    fn body(&mut self, id: FuncId, f: &'a ast::Function<'a>) -> Body {
        let mut body = Body::default();
        let mut spans = std::mem::take(&mut self.map.funcs[id]);
        let mut scope = Scope { func: f.name.display('@'), blocks: HashMap::default(), values: HashMap::default() };
        let mut insts: Vec<Inst> = Vec::new();

        // Pass 1: blocks, block parameters, instructions with their results. Instructions get
        // their final kind in pass 2 when it names blocks or needs operand types.
        for bd in &f.blocks {
            let b = body.add_block(bd.label.ir_name());
            spans.blocks[b] = bd.label.span;
            match scope.blocks.get(&key(&bd.label)) {
                Some(&first) => self.diags.push(
                    Diagnostic::new(codes::DUPLICATE_BLOCK, bd.label.span)
                        .arg("name", bd.label.display('^'))
                        .label(spans.blocks[first], "first"),
                ),
                None => {
                    scope.blocks.insert(key(&bd.label), b);
                }
            }
            for p in &bd.params {
                let v = body.add_block_param(b, p.ty.node, p.name.ir_name());
                self.define(&mut scope, &mut spans, v, &p.name);
            }
            for s in &bd.stmts {
                let (kind, tys) = self.head(&s.inst);
                let tys = self.result_types(s, tys);
                let inst = body.append_inst(b, kind, Vec::new(), &tys);
                spans.insts[inst] = s.span;
                for (i, name) in s.results.iter().enumerate() {
                    let v = body.insts[inst].results[i];
                    body.values[v].name = name.ir_name();
                    self.define(&mut scope, &mut spans, v, name);
                }
                insts.push(inst);
            }
        }

        // Pass 2: operands and targets.
        let stmts = f.blocks.iter().flat_map(|bd| bd.stmts.iter());
        for (s, &inst) in stmts.zip(&insts) {
            self.operands(&scope, &mut body, &mut spans, inst, &s.inst);
        }
        self.map.funcs[id] = spans;
        body
    }

    fn define(&mut self, scope: &mut Scope<'a>, spans: &mut FuncSpans, v: Value, name: &'a ast::Name<'a>) {
        spans.values[v] = name.span;
        match scope.values.get(&key(name)) {
            Some(&first) => self.diags.push(
                Diagnostic::new(codes::DUPLICATE_VALUE, name.span)
                    .arg("name", name.display('%'))
                    .label(spans.values[first], "first"),
            ),
            None => {
                scope.values.insert(key(name), v);
            }
        }
    }

    /// What can be decided about an instruction without knowing blocks or operands: its kind for
    /// constants, operators and calls (a placeholder otherwise) and its result types, when known.
    fn head(&mut self, inst: &ast::Inst<'_>) -> (InstKind, Option<Vec<Type>>) {
        match inst {
            ast::Inst::Const { ty, lit } => {
                let c = self.constant(ty.node, lit).unwrap_or(Constant { ty: ty.node, bits: 0 });
                (InstKind::Const(c), Some(vec![ty.node]))
            }
            ast::Inst::Op { op, .. } => match operators().get(op.node) {
                Some(&o) => (InstKind::Op(o), Some(vec![o.result()])),
                None => {
                    let mut d = Diagnostic::new(codes::UNKNOWN_OPERATOR, op.span).arg("op", op.node);
                    d = d.arg("suggestion", suggest(op.node).unwrap_or("none"));
                    self.diags.push(d);
                    (InstKind::Trap, None)
                }
            },
            ast::Inst::Call { func, .. } => match self.func(func) {
                Some(id) => (InstKind::Call(id), Some(self.module.funcs[id].sig.results.clone())),
                None => (InstKind::Trap, None),
            },
            ast::Inst::TrapIf { nonzero, .. } => (InstKind::TrapIf { nonzero: *nonzero }, Some(Vec::new())),
            _ => (InstKind::Trap, Some(Vec::new())),
        }
    }

    /// The types of the values a statement defines: the instruction's result types when the count
    /// written matches (E0111 otherwise); placeholders when the instruction is unknown, so that
    /// its names still resolve and one mistake gives one error.
    fn result_types(&mut self, s: &ast::Stmt<'_>, tys: Option<Vec<Type>>) -> Vec<Type> {
        let n = s.results.len();
        if let Some(tys) = &tys {
            if tys.len() == n {
                return tys.clone();
            }
            let span = match (s.results.first(), s.results.last()) {
                (Some(a), Some(b)) => a.span.to(b.span),
                _ => s.span,
            };
            self.diags.push(
                Diagnostic::new(codes::RESULT_COUNT, span)
                    .arg("inst", self.inst_name(&s.inst))
                    .arg("expected", tys.len())
                    .arg("found", n),
            );
        }
        (0..n).map(|i| tys.as_ref().and_then(|t| t.get(i).copied()).unwrap_or(Type::I32)).collect()
    }

    fn inst_name(&self, inst: &ast::Inst<'_>) -> String {
        match inst {
            ast::Inst::Const { ty, .. } => format!("{}.const", ty.node),
            ast::Inst::Op { op, .. } => op.node.to_string(),
            ast::Inst::Call { func, .. } => format!("call {}", func.display('@')),
            ast::Inst::TrapIf { nonzero: true, .. } => "trapnz".into(),
            ast::Inst::TrapIf { nonzero: false, .. } => "trapz".into(),
            ast::Inst::Br(_) => "br".into(),
            ast::Inst::BrIf { .. } => "br_if".into(),
            ast::Inst::Switch { .. } => "switch".into(),
            ast::Inst::Return(_) => "return".into(),
            ast::Inst::Trap => "trap".into(),
        }
    }

    /// Pass 2 for one instruction: operands, targets and the kinds that name blocks.
    fn operands(&mut self, scope: &Scope<'a>, body: &mut Body, spans: &mut FuncSpans, inst: Inst, ai: &ast::Inst<'_>) {
        let mut args = Vec::new();
        let mut arg_spans = Vec::new();
        let mut targets = Vec::new();
        let mut kind = None;
        {
            let mut use_value = |r: &mut Self, n: &ast::Name<'_>| {
                if let Some(v) = r.value(scope, n) {
                    args.push(v);
                    arg_spans.push(n.span);
                }
            };
            match ai {
                ast::Inst::Const { .. } | ast::Inst::Trap => {}
                ast::Inst::Op { args: a, .. } | ast::Inst::Call { args: a, .. } | ast::Inst::TrapIf { args: a, .. } => {
                    a.iter().for_each(|n| use_value(self, n))
                }
                ast::Inst::Return(a) => {
                    a.iter().for_each(|n| use_value(self, n));
                    kind = Some(InstKind::Return);
                }
                ast::Inst::Br(t) => {
                    targets.push(t.span);
                    kind = self.target(scope, t).map(InstKind::Br);
                }
                ast::Inst::BrIf { cond, then_dest, else_dest } => {
                    use_value(self, cond);
                    targets.extend([then_dest.span, else_dest.span]);
                    let (t, e) = (self.target(scope, then_dest), self.target(scope, else_dest));
                    kind = t.zip(e).map(|(then_dest, else_dest)| InstKind::BrIf { then_dest, else_dest });
                }
                ast::Inst::Switch { value, default, cases } => {
                    use_value(self, value);
                    // Case literals take the scrutinee's width, as the printer writes them; i64's
                    // when the scrutinee is unknown (a float scrutinee is the verifier's error).
                    let ty = match args.first().map(|&v| body.ty(v)) {
                        Some(Type::I32 | Type::F32) => Type::I32,
                        _ => Type::I64,
                    };
                    targets.push(default.span);
                    let default = self.target(scope, default);
                    let mut resolved = Vec::with_capacity(cases.len());
                    for c in cases {
                        targets.push(c.target.span);
                        let bits = self.int_bits(c.value.node, c.value.span, ty);
                        resolved.push(bits.zip(self.target(scope, &c.target)));
                    }
                    let cases: Option<Vec<(u64, BlockCall)>> = resolved.into_iter().collect();
                    kind = default.zip(cases).map(|(default, cases)| InstKind::Switch { default, cases });
                }
            }
        }
        let data = &mut body.insts[inst];
        data.args = args;
        if let Some(k) = kind {
            data.kind = k;
        }
        spans.args[inst] = arg_spans;
        if !targets.is_empty() {
            spans.targets[inst] = targets;
        }
    }

    fn value(&mut self, scope: &Scope<'a>, n: &ast::Name<'_>) -> Option<Value> {
        let v = scope.values.get(&key(n)).copied();
        if v.is_none() {
            self.diags.push(
                Diagnostic::new(codes::UNKNOWN_VALUE, n.span).arg("name", n.display('%')).arg("func", &scope.func),
            );
        }
        v
    }

    fn target(&mut self, scope: &Scope<'a>, t: &ast::Target<'_>) -> Option<BlockCall> {
        let block = scope.blocks.get(&key(&t.block)).copied();
        if block.is_none() {
            self.diags.push(
                Diagnostic::new(codes::UNKNOWN_BLOCK, t.block.span)
                    .arg("name", t.block.display('^'))
                    .arg("func", &scope.func),
            );
        }
        let mut args = Vec::with_capacity(t.args.len());
        for a in &t.args {
            args.extend(self.value(scope, a));
        }
        Some(BlockCall { block: block?, args })
    }

    /// `T.const literal`.
    fn constant(&mut self, ty: Type, lit: &ast::Spanned<ast::Literal<'_>>) -> Option<Constant> {
        let span = lit.span;
        let bits = match (&lit.node, ty) {
            (ast::Literal::Int(v), Type::I32 | Type::I64) => self.int_bits(*v, span, ty)?,
            (ast::Literal::Float(_), Type::I32 | Type::I64) => {
                let d =
                    Diagnostic::new(codes::FLOAT_LITERAL_FOR_INT, span).arg("literal", self.text(span)).arg("ty", ty);
                self.diags.push(d);
                return None;
            }
            (ast::Literal::Int(v), Type::F32) => {
                self.finite(span, ty, (*v as f32).to_bits() as u64, v.unsigned_abs() >= 1 << 127)?
            }
            (ast::Literal::Int(v), _) => self.finite(span, ty, (*v as f64).to_bits(), v.unsigned_abs() >= 1 << 127)?,
            (ast::Literal::Float(f), _) => self.float_bits(span, ty, f)?,
        };
        Some(Constant { ty, bits })
    }

    /// An integer literal of type `ty` (i32 or i64, or u32 for locations): signed or unsigned
    /// range of the width (spec §3.5), as bits zero-extended to 64.
    fn int_bits(&mut self, v: i128, span: Span, ty: Type) -> Option<u64> {
        let w = ty.bits();
        let (min, max) = (-(1i128 << (w - 1)), (1i128 << w) - 1);
        if (min..=max).contains(&v) {
            let mask = if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
            Some(v as u64 & mask)
        } else {
            let d = self.int_range_error(span, ty.name(), min, max);
            self.diags.push(d);
            None
        }
    }

    fn int_range_error(&self, span: Span, ty: &str, min: i128, max: i128) -> Diagnostic {
        Diagnostic::new(codes::LITERAL_OUT_OF_RANGE, span)
            .arg("literal", self.text(span))
            .arg("ty", ty)
            .arg("kind", "int")
            .arg("min", min)
            .arg("max", max)
    }

    /// A float literal's bits: decimals round to nearest-even; `nan:0xP` needs a payload that
    /// fits the significand and is not zero (that would be infinity).
    fn float_bits(&mut self, span: Span, ty: Type, f: &FloatLit<'_>) -> Option<u64> {
        let (sig_bits, exp_mask, sign_bit) = match ty {
            Type::F32 => (23, 0x7f80_0000u64, 1u64 << 31),
            _ => (52, 0x7ff0_0000_0000_0000u64, 1u64 << 63),
        };
        match f {
            FloatLit::Decimal(text) => {
                let clean = text.replace('_', "");
                match ty {
                    Type::F32 => {
                        let x = clean.parse::<f32>().unwrap_or(f32::INFINITY);
                        self.finite(span, ty, x.to_bits() as u64, x.is_infinite())
                    }
                    _ => {
                        let x = clean.parse::<f64>().unwrap_or(f64::INFINITY);
                        self.finite(span, ty, x.to_bits(), x.is_infinite())
                    }
                }
            }
            FloatLit::Inf { neg } => Some(exp_mask | if *neg { sign_bit } else { 0 }),
            FloatLit::Nan { neg, payload } => {
                let max = (1u64 << sig_bits) - 1;
                let p = payload.unwrap_or(1 << (sig_bits - 1));
                if p == 0 || p > max {
                    let d = Diagnostic::new(codes::LITERAL_OUT_OF_RANGE, span)
                        .arg("literal", self.text(span))
                        .arg("ty", ty)
                        .arg("kind", "payload")
                        .arg("min", "0x1")
                        .arg("max", format!("0x{max:x}"));
                    self.diags.push(d);
                    return None;
                }
                Some(exp_mask | p | if *neg { sign_bit } else { 0 })
            }
        }
    }

    /// `bits` unless the literal overflowed to infinity (`overflow`), which is E0110.
    fn finite(&mut self, span: Span, ty: Type, bits: u64, overflow: bool) -> Option<u64> {
        if overflow {
            let max = match ty {
                Type::F32 => format!("{:?}", f32::MAX),
                _ => format!("{:?}", f64::MAX),
            };
            let d = Diagnostic::new(codes::LITERAL_OUT_OF_RANGE, span)
                .arg("literal", self.text(span))
                .arg("ty", ty)
                .arg("kind", "float")
                .arg("min", format!("-{max}"))
                .arg("max", max);
            self.diags.push(d);
            return None;
        }
        Some(bits)
    }
}

/// The most edits between an unknown operator and the operator it suggests.
const MAX_EDITS: usize = 2;

/// The operator nearest to an unknown name, if one is close (edit distance at most
/// [`MAX_EDITS`]); the first in table order among equally near ones.
///
/// A file may misspell thousands of operators: each call must cost little, so candidates too long
/// or too short to be near are skipped and a distance stops as soon as it exceeds the bound (a full
/// Levenshtein table against every operator made 8,000 misspellings take half a second).
fn suggest(name: &str) -> Option<&'static str> {
    let a: Vec<char> = name.chars().collect();
    let mut dist = EditDistance::default();
    let mut best: Option<(usize, &'static str)> = None;
    for op in Opcode::ALL {
        // Only a strictly nearer operator replaces the one found first.
        let limit = best.map_or(MAX_EDITS, |(d, _)| d.saturating_sub(1));
        if best.is_some_and(|(d, _)| d == 0) {
            break;
        }
        if let Some(d) = dist.within(&a, op.name(), limit) {
            best = Some((d, op.name()));
        }
    }
    best.map(|(_, n)| n)
}

/// Bounded Levenshtein distance, with its rows kept between calls (only on the error path).
#[derive(Default)]
struct EditDistance {
    b: Vec<char>,
    prev: Vec<usize>,
    cur: Vec<usize>,
}

impl EditDistance {
    /// The distance from `a` to `b` if it is at most `limit`.
    fn within(&mut self, a: &[char], b: &str, limit: usize) -> Option<usize> {
        self.b.clear();
        self.b.extend(b.chars());
        let b = &self.b;
        if a.len().abs_diff(b.len()) > limit {
            return None;
        }
        self.prev.clear();
        self.prev.extend(0..=b.len());
        self.cur.clear();
        self.cur.resize(b.len() + 1, 0);
        for (i, &ca) in a.iter().enumerate() {
            self.cur[0] = i + 1;
            for (j, &cb) in b.iter().enumerate() {
                self.cur[j + 1] = (self.prev[j + 1] + 1).min(self.cur[j] + 1).min(self.prev[j] + usize::from(ca != cb));
            }
            // Row minima never decrease: once every cell is over the limit, the distance is.
            if self.cur.iter().all(|&d| d > limit) {
                return None;
            }
            std::mem::swap(&mut self.prev, &mut self.cur);
        }
        self.prev.get(b.len()).copied().filter(|&d| d <= limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The unbounded two-row Levenshtein distance, as a reference.
    fn levenshtein(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut cur = vec![i + 1; b.len() + 1];
            for (j, &cb) in b.iter().enumerate() {
                cur[j + 1] = (prev[j + 1] + 1).min(cur[j] + 1).min(prev[j] + usize::from(ca != cb));
            }
            prev = cur;
        }
        prev[b.len()]
    }

    #[test]
    fn suggest_is_the_first_nearest_operator_within_the_bound() {
        for name in
            ["i32.addd", "i32.ad", "i64.sub", "i32.ltu", "f64.sqr", "x", "", "i32.éadd", "zzzzzzzzzz", "i32.cnst"]
        {
            let expected = Opcode::ALL
                .iter()
                .map(|op| (levenshtein(name, op.name()), op.name()))
                .filter(|&(d, _)| d <= MAX_EDITS)
                .min_by_key(|&(d, _)| d)
                .map(|(_, n)| n);
            assert_eq!(suggest(name), expected, "{name}");
        }
        assert_eq!(suggest("i32.addd"), Some("i32.add"));
        assert_eq!(suggest(&"i".repeat(10_000)), None);
    }
}
