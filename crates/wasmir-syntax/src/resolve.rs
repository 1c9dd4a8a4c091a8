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
    self, Block, BlockCall, Body, Constant, DataId, DataItem, DataPart, Export, ExportItem, Format, FuncId, FuncSpans,
    Function, FunctionKind, GlobalData, GlobalId, Imm, ImportName, Inst, InstKind, InstLoc, MemArg, MemoryData,
    MemoryId, Opcode, SigData, SigId, SigKinds, Slot, SlotData, SourceLoc, SourceMap, Span, TableData, TableId, Type,
    Value, Version,
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
        entities: HashMap::default(),
        files: HashMap::default(),
        module: ir::Module::default(),
        map: SourceMap::default(),
    };
    r.header(tree.header.as_ref());
    r.declare_entities(&tree.items);
    let defined = r.declare_functions(&tree.items);
    for item in &tree.items {
        match item {
            ast::Item::Export(e) => r.export(e),
            ast::Item::Data(d) => r.data_parts(d),
            _ => {}
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
    entities: HashMap<&'a str, Entity>,
    files: HashMap<String, u32>,
    module: ir::Module,
    map: SourceMap,
}

/// A module-level entity named by a `$` name: one namespace for all kinds (spec §12).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entity {
    Memory(MemoryId),
    Global(GlobalId),
    Table(TableId),
    Sig(SigId),
    Data(DataId),
}

impl Entity {
    /// The keyword that declares this kind, used in messages (language-neutral).
    fn keyword(self) -> &'static str {
        match self {
            Entity::Memory(_) => "memory",
            Entity::Global(_) => "global",
            Entity::Table(_) => "table",
            Entity::Sig(_) => "type",
            Entity::Data(_) => "data",
        }
    }
}

/// Per-function name tables (HashMaps: lookups only, never iterated, so output order is stable).
struct Scope<'a> {
    func: String,
    blocks: HashMap<Key<'a>, Block>,
    values: HashMap<Key<'a>, Value>,
    slots: HashMap<Key<'a>, Slot>,
}

/// How an operator's immediates are written, for E0116's hint (syntax, language-neutral).
fn imm_form(op: Opcode) -> String {
    let rest = match op.format() {
        Format::Plain => return format!("{} %a, ...", op.name()),
        Format::Load | Format::Store => "[$memory, offset=N, align=N, notrap, aligned]",
        Format::Memory => "[$memory]",
        Format::GlobalGet | Format::GlobalSet => "[$global]",
        Format::Slot => "[#slot]",
        Format::Data => "[$data, addend=N]",
        Format::FuncIndex => "[$table, @function]",
        Format::Table => "[$table]",
        Format::Func => "[@function]",
    };
    format!("{}{rest}", op.name())
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
                ast::Item::Import(ast::Import {
                    module,
                    field,
                    desc: ast::ImportDesc::Func { name, sig, loc },
                    ..
                }) => (
                    name,
                    sig,
                    loc,
                    FunctionKind::Import { module: module.node.to_string(), field: field.node.to_string() },
                    (module.span, field.span),
                ),
                ast::Item::Function(f) => {
                    (&f.name, &f.sig, &f.loc, FunctionKind::Defined(Body::default()), Default::default())
                }
                _ => continue,
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
            let sig = sig.ir();
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

    /// An instruction's location; the file defaults to the function's (E0121 when it has none).
    fn inst_loc(&mut self, f: FuncId, l: &ast::InstLocation<'_>) -> Option<InstLoc> {
        let file = match (&l.file, &self.module.funcs[f].loc) {
            (Some(file), _) => file.node.to_string(),
            (None, Some(floc)) => floc.file.clone(),
            (None, None) => {
                self.diags.push(Diagnostic::new(codes::LOC_WITHOUT_FILE, l.span));
                return None;
            }
        };
        let line = self.u32_lit(&l.line)?;
        let col = self.u32_lit(&l.col)?;
        let file = match self.files.get(&file) {
            Some(&i) => i,
            None => {
                let i = self.module.files.len() as u32;
                self.module.files.push(file.clone());
                self.files.insert(file, i);
                i
            }
        };
        Some(InstLoc { file, line, col })
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
        let item = match e.kind {
            ast::ExportKind::Func => self.func(&e.target).map(ExportItem::Func),
            ast::ExportKind::Memory => self.memory(&e.target).map(ExportItem::Memory),
            ast::ExportKind::Global => self.global(&e.target).map(ExportItem::Global),
            ast::ExportKind::Table => self.table(&e.target).map(ExportItem::Table),
        };
        if let Some(item) = item {
            self.module.exports.push(Export { name: e.name.node.to_string(), item });
            self.map.exports.push(e.name.span);
        }
    }

    /// Pass 1 over the module's `$` entities: memories, globals, tables, types and data items
    /// (their parts are resolved later, when every name is known).
    fn declare_entities(&mut self, items: &'a [ast::Item<'a>]) {
        for item in items {
            let (import, decl) = match item {
                ast::Item::Import(i) => {
                    let name = ImportName { module: i.module.node.to_string(), field: i.field.node.to_string() };
                    let decl = match &i.desc {
                        ast::ImportDesc::Memory(m) => Decl::Memory(m),
                        ast::ImportDesc::Global(g) => Decl::Global(g),
                        ast::ImportDesc::Table(t) => Decl::Table(t),
                        ast::ImportDesc::Func { .. } => continue,
                    };
                    (Some(name), decl)
                }
                ast::Item::Memory(m) => (None, Decl::Memory(m)),
                ast::Item::Global(g) => (None, Decl::Global(g)),
                ast::Item::Table(t) => (None, Decl::Table(t)),
                ast::Item::TypeDef(t) => (None, Decl::Type(t)),
                ast::Item::Data(d) => (None, Decl::Data(d)),
                _ => continue,
            };
            let imported = import.is_some();
            let (name, entity) = match decl {
                Decl::Memory(m) => {
                    let min_pages = self.u32_lit(&m.min).unwrap_or(0);
                    let max_pages = m.max.as_ref().and_then(|x| self.u32_lit(x));
                    let id = self.module.memories.push(MemoryData {
                        name: m.name.text.to_string(),
                        min_pages,
                        max_pages,
                        import,
                    });
                    self.map.memories[id] = m.span;
                    (&m.name, Entity::Memory(id))
                }
                Decl::Global(g) => {
                    let init = match (&g.init, imported) {
                        (Some(lit), false) => {
                            let ty = g.ty.node;
                            Some(self.constant(ty, lit).unwrap_or(Constant { ty, bits: 0 }))
                        }
                        (None, true) => None,
                        (Some(lit), true) => {
                            self.diags.push(
                                Diagnostic::new(codes::GLOBAL_INIT, lit.span)
                                    .arg("imported", "yes")
                                    .arg("name", g.name.display('$')),
                            );
                            None
                        }
                        (None, false) => {
                            self.diags.push(
                                Diagnostic::new(codes::GLOBAL_INIT, g.span)
                                    .arg("imported", "no")
                                    .arg("name", g.name.display('$')),
                            );
                            Some(Constant { ty: g.ty.node, bits: 0 })
                        }
                    };
                    let id = self.module.globals.push(GlobalData {
                        name: g.name.text.to_string(),
                        ty: g.ty.node,
                        mutable: g.mutable,
                        init,
                        import,
                    });
                    self.map.globals[id] = g.span;
                    (&g.name, Entity::Global(id))
                }
                Decl::Table(t) => {
                    let id =
                        self.module.tables.push(TableData { name: t.name.text.to_string(), elem: t.elem.node, import });
                    self.map.tables[id] = t.span;
                    (&t.name, Entity::Table(id))
                }
                Decl::Type(t) => {
                    let sig = t.sig.ir();
                    let id = self.module.sigs.push(SigData { name: t.name.text.to_string(), sig });
                    self.map.sigs[id] = t.span;
                    (&t.name, Entity::Sig(id))
                }
                Decl::Data(d) => {
                    let align = d.align.as_ref().and_then(|a| self.u32_lit(a)).unwrap_or(1);
                    let id =
                        self.module.data.push(DataItem { name: d.name.text.to_string(), align, parts: Vec::new() });
                    self.map.data[id] = d.span;
                    (&d.name, Entity::Data(id))
                }
            };
            match self.entities.get(&*name.text) {
                Some(&first) => {
                    let first_span = self.entity_span(first);
                    self.diags.push(
                        Diagnostic::new(codes::DUPLICATE_ENTITY, name.span)
                            .arg("name", name.display('$'))
                            .label(first_span, "first"),
                    );
                }
                None => {
                    self.entities.insert(&name.text, entity);
                }
            }
        }
    }

    fn entity_span(&self, e: Entity) -> Span {
        match e {
            Entity::Memory(x) => self.map.memories[x],
            Entity::Global(x) => self.map.globals[x],
            Entity::Table(x) => self.map.tables[x],
            Entity::Sig(x) => self.map.sigs[x],
            Entity::Data(x) => self.map.data[x],
        }
    }

    /// An integer literal that must fit in `u32` (pages, sizes, offsets, alignments).
    fn u32_lit(&mut self, n: &ast::Spanned<i128>) -> Option<u32> {
        match u32::try_from(n.node) {
            Ok(v) => Some(v),
            Err(_) => {
                let d = self.int_range_error(n.span, "u32", 0, u32::MAX as i128);
                self.diags.push(d);
                None
            }
        }
    }

    /// Looks up a `$` name, expecting the kind `expected` (E0113, E0115).
    fn entity(&mut self, n: &ast::Name<'_>, expected: &'static str) -> Option<Entity> {
        match self.entities.get(&*n.text).copied() {
            None => {
                self.diags.push(Diagnostic::new(codes::UNKNOWN_ENTITY, n.span).arg("name", n.display('$')));
                None
            }
            Some(e) if e.keyword() != expected => {
                self.diags.push(
                    Diagnostic::new(codes::WRONG_ENTITY_KIND, n.span)
                        .arg("name", n.display('$'))
                        .arg("found", e.keyword())
                        .arg("expected", expected),
                );
                None
            }
            Some(e) => Some(e),
        }
    }

    fn memory(&mut self, n: &ast::Name<'_>) -> Option<MemoryId> {
        match self.entity(n, "memory")? {
            Entity::Memory(x) => Some(x),
            _ => None,
        }
    }

    fn global(&mut self, n: &ast::Name<'_>) -> Option<GlobalId> {
        match self.entity(n, "global")? {
            Entity::Global(x) => Some(x),
            _ => None,
        }
    }

    fn table(&mut self, n: &ast::Name<'_>) -> Option<TableId> {
        match self.entity(n, "table")? {
            Entity::Table(x) => Some(x),
            _ => None,
        }
    }

    fn sig(&mut self, n: &ast::Name<'_>) -> Option<SigId> {
        match self.entity(n, "type")? {
            Entity::Sig(x) => Some(x),
            _ => None,
        }
    }

    fn data_item(&mut self, n: &ast::Name<'_>) -> Option<DataId> {
        match self.entity(n, "data")? {
            Entity::Data(x) => Some(x),
            _ => None,
        }
    }

    /// A data item's parts (pass 2: every function and entity is declared).
    fn data_parts(&mut self, d: &ast::DataDef<'_>) {
        let Some(&Entity::Data(id)) = self.entities.get(&*d.name.text) else { return };
        // A duplicate name's parts would land in the first item: skip them (E0114 was reported).
        if self.map.data[id] != d.span {
            return;
        }
        let mut parts = Vec::with_capacity(d.parts.len());
        let mut spans = Vec::with_capacity(d.parts.len());
        for p in &d.parts {
            let part = match &p.node {
                ast::DataPart::Str(s) => Some(DataPart::Bytes(s.as_bytes().to_vec())),
                ast::DataPart::Hex(h) => self.hex(h, p.span).map(DataPart::Bytes),
                ast::DataPart::Const { ty, lit } => self.constant(ty.node, lit).map(DataPart::Const),
                ast::DataPart::Zero(n) => self.u32_lit(n).map(DataPart::Zero),
                ast::DataPart::Reloc { op, imms } => {
                    let o = operators()
                        .get(op.node)
                        .copied()
                        .filter(|o| matches!(o.format(), Format::Data | Format::FuncIndex));
                    match o {
                        Some(o) => match self.immediates(o, op.span, Some(imms), None) {
                            Some(Imm::Data { data, addend }) => Some(DataPart::DataAddr { data, addend }),
                            Some(Imm::FuncIndex { table, func }) => Some(DataPart::FuncIndex { table, func }),
                            _ => None,
                        },
                        None => {
                            self.diags.push(
                                Diagnostic::new(codes::BAD_IMMEDIATES, op.span)
                                    .arg("op", op.node)
                                    .arg("problem", "other")
                                    .arg("form", "data.addr[$data, addend=N] | fn.index[$table, @function]"),
                            );
                            None
                        }
                    }
                }
            };
            if let Some(part) = part {
                parts.push(part);
                spans.push(p.span);
            }
        }
        self.module.data[id].parts = parts;
        self.map.data_parts[id] = spans;
    }

    fn hex(&mut self, h: &str, span: Span) -> Option<Vec<u8>> {
        let digits = h.as_bytes();
        let ok = digits.len().is_multiple_of(2) && digits.iter().all(u8::is_ascii_hexdigit);
        if !ok {
            self.diags.push(Diagnostic::new(codes::MALFORMED_HEX, span).arg("text", self.text(span)));
            return None;
        }
        let val = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
        Some(digits.chunks(2).map(|p| val(p[0]) << 4 | val(p[1])).collect())
    }

    /// Resolves an operator's immediates against its format (E0116 for a mismatch). `slots` is
    /// the function's slot table (`None` outside a body).
    fn immediates(
        &mut self,
        op: Opcode,
        op_span: Span,
        imms: Option<&ast::Immediates<'_>>,
        slots: Option<&Scope<'_>>,
    ) -> Option<Imm> {
        let bad = |r: &mut Self, span: Span, problem: &str| {
            r.diags.push(
                Diagnostic::new(codes::BAD_IMMEDIATES, span)
                    .arg("op", op.name())
                    .arg("problem", problem)
                    .arg("form", imm_form(op)),
            );
            None
        };
        let Some(imms) = imms else {
            return if op.format() == Format::Plain { None } else { bad(self, op_span, "missing") };
        };
        let items = &imms.items;
        // The entity (or entities) first, in the format's order.
        let first = items.first();
        match op.format() {
            Format::Plain => bad(self, imms.span, "unexpected"),
            Format::Load | Format::Store => {
                let Some(ast::Immediate::Entity(m)) = first else { return bad(self, imms.span, "missing") };
                let mem = self.memory(m);
                let natural = op.access_bytes().unwrap_or(1);
                let mut arg = MemArg {
                    mem: mem.unwrap_or(MemoryId::from_u32(0)),
                    offset: 0,
                    align: natural,
                    notrap: false,
                    aligned: false,
                };
                let mut seen: Vec<&str> = Vec::new();
                for it in &items[1..] {
                    let key = match it {
                        ast::Immediate::Key { key, .. } | ast::Immediate::Flag(key) => key.node,
                        _ => return bad(self, it.span(), "other"),
                    };
                    if seen.contains(&key) {
                        return bad(self, it.span(), "duplicate");
                    }
                    seen.push(key);
                    match (key, it) {
                        ("offset", ast::Immediate::Key { value, .. }) => arg.offset = self.u32_lit(value)?,
                        ("align", ast::Immediate::Key { value, .. }) => arg.align = self.u32_lit(value)?,
                        ("notrap", ast::Immediate::Flag(_)) => arg.notrap = true,
                        ("aligned", ast::Immediate::Flag(_)) => arg.aligned = true,
                        _ => return bad(self, it.span(), "unknown"),
                    }
                }
                mem.map(|_| Imm::MemArg(arg))
            }
            Format::Memory | Format::GlobalGet | Format::GlobalSet => {
                let [ast::Immediate::Entity(n)] = items.as_slice() else { return bad(self, imms.span, "other") };
                match op.format() {
                    Format::Memory => self.memory(n).map(Imm::Memory),
                    _ => self.global(n).map(Imm::Global),
                }
            }
            Format::Slot => {
                let [ast::Immediate::Slot(n)] = items.as_slice() else { return bad(self, imms.span, "other") };
                let slot = slots.and_then(|s| s.slots.get(&key(n)).copied());
                if slot.is_none() {
                    let func = slots.map_or_else(String::new, |s| s.func.clone());
                    self.diags.push(
                        Diagnostic::new(codes::UNKNOWN_SLOT, n.span).arg("name", n.display('#')).arg("func", func),
                    );
                }
                slot.map(Imm::Slot)
            }
            Format::Data => {
                let (n, addend) = match items.as_slice() {
                    [ast::Immediate::Entity(n)] => (n, None),
                    [ast::Immediate::Entity(n), ast::Immediate::Key { key, value }] if key.node == "addend" => {
                        (n, Some(value))
                    }
                    _ => return bad(self, imms.span, "other"),
                };
                let data = self.data_item(n);
                let addend = match addend {
                    Some(v) => self.u32_lit(v)?,
                    None => 0,
                };
                data.map(|data| Imm::Data { data, addend })
            }
            Format::FuncIndex => {
                let [ast::Immediate::Entity(t), ast::Immediate::Func(f)] = items.as_slice() else {
                    return bad(self, imms.span, "other");
                };
                let (table, func) = (self.table(t), self.func(f));
                table.zip(func).map(|(table, func)| Imm::FuncIndex { table, func })
            }
            Format::Table => {
                let [ast::Immediate::Entity(t)] = items.as_slice() else { return bad(self, imms.span, "other") };
                self.table(t).map(Imm::Table)
            }
            Format::Func => {
                let [ast::Immediate::Func(f)] = items.as_slice() else { return bad(self, imms.span, "other") };
                self.func(f).map(Imm::Func)
            }
        }
    }

    /// Pass 1 and 2 over one function body.
    fn body(&mut self, id: FuncId, f: &'a ast::Function<'a>) -> Body {
        let mut body = Body::default();
        let mut spans = std::mem::take(&mut self.map.funcs[id]);
        let mut scope = Scope {
            func: f.name.display('@'),
            blocks: HashMap::default(),
            values: HashMap::default(),
            slots: HashMap::default(),
        };
        let mut insts: Vec<Inst> = Vec::new();

        for sd in &f.slots {
            let size = self.u32_lit(&sd.size).unwrap_or(0);
            let align = sd.align.as_ref().and_then(|a| self.u32_lit(a)).unwrap_or(1);
            let slot = body.slots.push(SlotData { name: sd.name.ir_name(), size, align });
            spans.slots[slot] = sd.span;
            match scope.slots.get(&key(&sd.name)) {
                Some(&first) => self.diags.push(
                    Diagnostic::new(codes::DUPLICATE_SLOT, sd.name.span)
                        .arg("name", sd.name.display('#'))
                        .label(spans.slots[first], "first"),
                ),
                None => {
                    scope.slots.insert(key(&sd.name), slot);
                }
            }
        }

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
                if let Some(k) = &p.kind {
                    body.kinds[v] = k.node;
                }
                self.define(&mut scope, &mut spans, v, &p.name);
            }
            for s in &bd.stmts {
                let (kind, tys) = self.head(&scope, &s.inst);
                let tys = self.result_types(s, tys);
                let inst = body.append_inst(b, kind, Vec::new(), &tys);
                spans.insts[inst] = s.span;
                if let Some(l) = &s.loc {
                    body.locs[inst] = self.inst_loc(id, l);
                }
                if let ast::Inst::Op { imms: Some(imms), .. } | ast::Inst::CallIndirect { imms, .. } = &s.inst {
                    spans.imms[inst] = imms.span;
                }
                let kinds = self.result_kinds(&body.insts[inst].kind);
                for (i, name) in s.results.iter().enumerate() {
                    let v = body.insts[inst].results[i];
                    body.kinds[v] = kinds.result(i);
                    body.values[v].name = name.ir_name();
                    self.define(&mut scope, &mut spans, v, name);
                }
                insts.push(inst);
            }
        }

        // Pass 2: operands and targets.
        // Switches last: their case literals take the scrutinee's type, which may be the result
        // of an ownership instruction, typed only once its operand is known.
        let stmts = || f.blocks.iter().flat_map(|bd| bd.stmts.iter()).zip(&insts);
        for (s, &inst) in stmts().filter(|(s, _)| !matches!(s.inst, ast::Inst::Switch { .. })) {
            self.operands(&scope, &mut body, &mut spans, inst, &s.inst);
        }
        own_result_types(&mut body, &insts);
        for (s, &inst) in stmts().filter(|(s, _)| matches!(s.inst, ast::Inst::Switch { .. })) {
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
    fn head(&mut self, scope: &Scope<'_>, inst: &ast::Inst<'_>) -> (InstKind, Option<Vec<Type>>) {
        match inst {
            ast::Inst::Const { ty, lit } => {
                let c = self.constant(ty.node, lit).unwrap_or(Constant { ty: ty.node, bits: 0 });
                (InstKind::Const(c), Some(vec![ty.node]))
            }
            ast::Inst::Op { op, imms, .. } => match operators().get(op.node) {
                Some(&o) if o.format() == Format::Plain => {
                    if let Some(imms) = imms {
                        self.immediates(o, op.span, Some(imms), Some(scope));
                    }
                    (InstKind::Op(o), Some(o.results().to_vec()))
                }
                Some(&o) => match self.immediates(o, op.span, imms.as_deref(), Some(scope)) {
                    Some(imm) => {
                        let tys = self.module.operator_types(o, &imm).map(|(_, r)| r);
                        (InstKind::OpImm(o, imm), tys)
                    }
                    None => (InstKind::Trap, None),
                },
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
            ast::Inst::CallIndirect { imms, .. } => {
                let (table, sig) = match imms.items.as_slice() {
                    [ast::Immediate::Entity(t), ast::Immediate::Entity(s)] => (self.table(t), self.sig(s)),
                    _ => {
                        self.diags.push(
                            Diagnostic::new(codes::BAD_IMMEDIATES, imms.span)
                                .arg("op", "call_indirect")
                                .arg("problem", "other")
                                .arg("form", "call_indirect[$table, $type] %index(%args)"),
                        );
                        (None, None)
                    }
                };
                match table.zip(sig) {
                    Some((table, sig)) => {
                        let results = self.module.sigs[sig].sig.results.clone();
                        (InstKind::CallIndirect { table, sig }, Some(results))
                    }
                    None => (InstKind::Trap, None),
                }
            }
            ast::Inst::TrapIf { nonzero, .. } => (InstKind::TrapIf { nonzero: *nonzero }, Some(Vec::new())),
            // The result's type is the operand's, known in pass 2 (`own_result_types`).
            ast::Inst::Own { op, .. } => {
                (InstKind::Own(op.node), Some(vec![Type::I32; op.node.result_kind().map_or(0, |_| 1)]))
            }
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
            ast::Inst::CallIndirect { .. } => "call_indirect".into(),
            ast::Inst::TrapIf { nonzero: true, .. } => "trapnz".into(),
            ast::Inst::TrapIf { nonzero: false, .. } => "trapz".into(),
            ast::Inst::Br(_) => "br".into(),
            ast::Inst::BrIf { .. } => "br_if".into(),
            ast::Inst::Switch { .. } => "switch".into(),
            ast::Inst::Return(_) => "return".into(),
            ast::Inst::Trap => "trap".into(),
            ast::Inst::Own { op, .. } => op.node.name().into(),
        }
    }

    /// The ownership kinds of an instruction's results (spec §13.1): the callee's or signature's,
    /// or the one an ownership instruction names.
    fn result_kinds(&self, kind: &InstKind) -> SigKinds {
        match kind {
            InstKind::Call(f) => {
                SigKinds { params: Vec::new(), results: self.module.funcs[*f].sig.kinds.results.clone() }
            }
            InstKind::CallIndirect { sig, .. } => {
                SigKinds { params: Vec::new(), results: self.module.sigs[*sig].sig.kinds.results.clone() }
            }
            InstKind::Own(op) => SigKinds { params: Vec::new(), results: op.result_kind().into_iter().collect() },
            _ => SigKinds::default(),
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
                ast::Inst::Own { arg, .. } => use_value(self, arg),
                ast::Inst::Op { args: a, .. } | ast::Inst::Call { args: a, .. } | ast::Inst::TrapIf { args: a, .. } => {
                    a.iter().for_each(|n| use_value(self, n))
                }
                ast::Inst::CallIndirect { callee, args: a, .. } => {
                    use_value(self, callee);
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
            // References have no literals (spec §3.4.2): a global or data part of a reference type
            // gets a null placeholder, and the verifier reports the type itself (E0269), once.
            (_, Type::ExternRef | Type::FuncRef) => 0,
            (ast::Literal::Int(v), Type::I32 | Type::I64 | Type::Ptr) => self.int_bits(*v, span, ty)? as u128,
            (ast::Literal::Int(_), Type::I128) => self.i128_bits(span)?,
            (ast::Literal::Float(_), Type::I32 | Type::I64 | Type::I128 | Type::Ptr) => {
                let d =
                    Diagnostic::new(codes::FLOAT_LITERAL_FOR_INT, span).arg("literal", self.text(span)).arg("ty", ty);
                self.diags.push(d);
                return None;
            }
            (ast::Literal::Int(v), Type::F32) => {
                self.finite(span, ty, (*v as f32).to_bits() as u64, v.unsigned_abs() >= 1 << 127)? as u128
            }
            (ast::Literal::Int(v), _) => {
                self.finite(span, ty, (*v as f64).to_bits(), v.unsigned_abs() >= 1 << 127)? as u128
            }
            (ast::Literal::Float(f), _) => self.float_bits(span, ty, f)? as u128,
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

    /// An `i128.const` literal: -2^127 ..= 2^128 - 1 (signed or unsigned range, spec §3.5), read
    /// from the source text because the token saturates at `i128`.
    fn i128_bits(&mut self, span: Span) -> Option<u128> {
        match crate::lexer::int_value_wide(&self.text(span)) {
            Some((false, m)) => return Some(m),
            Some((true, m)) if m <= 1 << 127 => return Some(m.wrapping_neg()),
            _ => {}
        }
        let d = self.int_range_error(span, "i128", i128::MIN, u128::MAX);
        self.diags.push(d);
        None
    }

    fn int_range_error(&self, span: Span, ty: &str, min: i128, max: impl ToString) -> Diagnostic {
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

/// A declaration of a `$` entity, defined or imported.
enum Decl<'a> {
    Memory(&'a ast::MemoryDecl<'a>),
    Global(&'a ast::GlobalDecl<'a>),
    Table(&'a ast::TableDecl<'a>),
    Type(&'a ast::TypeDef<'a>),
    Data(&'a ast::DataDef<'a>),
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

/// Gives each ownership instruction's result its operand's type (spec §13.3), which pass 1 could
/// not know. Repeated while something changes, since an operand may be such a result defined
/// later in the text; bounded by the number of instructions.
fn own_result_types(body: &mut Body, insts: &[Inst]) {
    let own: Vec<Inst> = insts
        .iter()
        .copied()
        .filter(|&i| matches!(body.insts[i].kind, InstKind::Own(_)) && !body.insts[i].results.is_empty())
        .collect();
    for _ in 0..=own.len() {
        let mut changed = false;
        for &i in &own {
            let (Some(&a), Some(&r)) = (body.insts[i].args.first(), body.insts[i].results.first()) else { continue };
            let ty = body.values[a].ty;
            if body.values[r].ty != ty {
                body.values[r].ty = ty;
                changed = true;
            }
        }
        if !changed {
            break;
        }
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
