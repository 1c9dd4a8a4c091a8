//! WasmIR to WebAssembly (spec chapter 7, `wasmir-spec/07-lowering.md`).
//!
//! [`emit`] turns a verified [`Module`] into a wasm binary with wasm-encoder. Per function:
//!
//! 1. [`check`]: the shape facts later stages index by (cheap re-check of the precondition);
//! 2. [`structure`]: CFG to `block`/`loop`/`if`/`br`/`br_table` following Ramsey, "Beyond
//!    Relooper" (ICFP 2022); irreducible control flow is rejected (`E0301`);
//! 3. [`locals`]: SSA values to wasm locals, reused where live ranges allow;
//! 4. [`lower`]: instructions to wasm instructions (checked arithmetic in [`checked`]);
//! 5. [`names`]: the `name` section;
//! 6. [`locs`]: the `wasmir.locs` section of instruction locations, when the module has any.
//!
//! Then the function's code is measured against wasm's limits on locals, body size and `br_table`
//! length, and the module against the module size limit (spec §7.8): what the verifier cannot know
//! before code exists becomes a user error here, never a module that an engine rejects.
//!
//! Only this crate knows wasm indices. Each index space (functions, memories, globals, tables)
//! lists its imported entities first, in module order, then the defined ones in module order; the
//! globals end with the shadow stack pointer `__stack_pointer` when some function has slots. Types
//! are one per distinct wasm signature (`ptr` is `i32`), in order of first use by a function, then
//! the signatures `call_indirect` names in module order; exports keep module order.
//!
//! Where things live at run time comes from [`Layout::compute`], shared with the interpreter: the
//! memory's initial size is raised to hold the shadow stack and the data (`E0308` past its
//! maximum); each non-empty data item is one active data segment at its address; each `funcref`
//! table starts with exactly its elements from index 1 (one active element segment; index 0
//! stays null), each `externref` table empty; a defined table's maximum is
//! [`table_max`] of its initial size, the interpreter's bound for `table.grow` (an imported
//! table's minimum is raised to the initial size).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod check;
mod checked;
pub mod codes;
mod error;
pub mod locals;
pub mod locs;
pub mod lower;
pub mod names;
pub mod structure;

use cranelift_entity::SecondaryMap;
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType, ExportKind, ExportSection,
    Function as WasmFunction, FunctionSection, GlobalSection, GlobalType, Ieee32, Ieee64, ImportSection,
    IndirectNameMap, MemorySection, MemoryType, NameMap, NameSection, RefType, TableSection, TableType, TypeSection,
    ValType,
};
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::layout::{table_max, Layout, DEFAULT_STACK_BYTES};
use wasmir_syntax::ir::{
    Body, Constant, ExportItem, FuncId, FuncSpans, FunctionKind, GlobalId, InstKind, InstLoc, MemoryId, Module, SigId,
    Signature, SourceMap, Span, TableId, Type,
};
use wasmir_verify::limits;

/// wasm's largest memory, in pages of 64 KiB (4 GiB).
const MAX_PAGES: u64 = 65_536;

/// Encodes `module` as a WebAssembly binary (core wasm 2.0 with multi-value results and bulk
/// memory).
///
/// Precondition: `module` passed the verifier (`wasmir-verify`). The emitter re-checks what it
/// relies on and reports a violation as `E0303` rather than panicking. Errors: `E0301` for
/// irreducible control flow, `E0302` for an operator it cannot lower, `E0303` as above, `E0304` to
/// `E0307` for code past one of wasm's limits (too many locals, too large a body, too long a
/// `br_table`, too large a module), `E0308` for a memory whose maximum cannot hold the shadow
/// stack and the data; all functions are translated and every diagnostic is returned, spans taken
/// from `spans`.
///
/// The output is deterministic: the same module always gives the same bytes.
pub fn emit(module: &Module, spans: &SourceMap) -> Result<Vec<u8>, Vec<Diagnostic>> {
    emit_with(module, spans, &EmitOptions::default())
}

/// Choices of the emitter that do not change the module's behaviour (as long as the program fits
/// its stack).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmitOptions {
    /// The local allocator ([`locals::Allocator`]); `Auto` by default.
    pub allocator: locals::Allocator,
    /// Size of the shadow stack in bytes, when some function has slots (spec §12.3); rounded up
    /// to 16. [`DEFAULT_STACK_BYTES`] (1 MiB) by default.
    pub stack_size: u32,
    /// Whether to run the verifier first (the default). A caller that verified this very module
    /// (no pass ran since) may turn it off: verification is a fifth of an unoptimized build.
    pub verify: bool,
}

impl Default for EmitOptions {
    fn default() -> EmitOptions {
        EmitOptions { allocator: locals::Allocator::default(), stack_size: DEFAULT_STACK_BYTES, verify: true }
    }
}

/// The wasm index of every entity of a module, in its index space (see the crate docs); `None`
/// for an entity the module does not have.
#[derive(Clone, Debug, Default)]
pub struct Indices {
    /// Function indices.
    pub funcs: SecondaryMap<FuncId, u32>,
    /// Memory indices.
    pub memories: SecondaryMap<MemoryId, Option<u32>>,
    /// Global indices.
    pub globals: SecondaryMap<GlobalId, Option<u32>>,
    /// Table indices.
    pub tables: SecondaryMap<TableId, Option<u32>>,
    /// The type index of each signature that `call_indirect` uses.
    pub sig_types: SecondaryMap<SigId, Option<u32>>,
    /// The shadow stack pointer's global, when some function has slots.
    pub stack_pointer: Option<u32>,
}

impl Indices {
    /// Numbers the entities of `module`: per kind, imports first, then definitions, in module
    /// order; the stack pointer after all globals when `needs_stack`.
    fn assign(module: &Module, needs_stack: bool) -> Indices {
        let mut ix = Indices::default();
        let mut next = 0u32;
        for pass in [true, false] {
            for (id, f) in module.funcs.iter() {
                if matches!(f.kind, FunctionKind::Import { .. }) == pass {
                    ix.funcs[id] = next;
                    next += 1;
                }
            }
        }
        let mut next = 0u32;
        for pass in [true, false] {
            for (id, m) in module.memories.iter() {
                if m.import.is_some() == pass {
                    ix.memories[id] = Some(next);
                    next += 1;
                }
            }
        }
        let mut next = 0u32;
        for pass in [true, false] {
            for (id, g) in module.globals.iter() {
                if g.import.is_some() == pass {
                    ix.globals[id] = Some(next);
                    next += 1;
                }
            }
        }
        if needs_stack {
            ix.stack_pointer = Some(next);
        }
        let mut next = 0u32;
        for pass in [true, false] {
            for (id, t) in module.tables.iter() {
                if t.import.is_some() == pass {
                    ix.tables[id] = Some(next);
                    next += 1;
                }
            }
        }
        ix
    }
}

/// [`emit`] with explicit options.
pub fn emit_with(module: &Module, spans: &SourceMap, opts: &EmitOptions) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let mut errs = if opts.verify { check::run(module, spans) } else { Vec::new() };
    if errs.is_empty() {
        errs = check::stripped(module, spans);
    }
    if errs.is_empty() {
        errs = check::legalized(module, spans);
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let layout = Layout::compute(module, opts.stack_size);
    let mut ix = Indices::assign(module, layout.stack_size > 0);
    let at_or_header = |s: Option<&Span>| s.copied().filter(|s| *s != Span::default()).unwrap_or(spans.header);

    // Types: the functions' signatures in function index order, then those `call_indirect` uses.
    let mut sigs: Vec<Signature> = Vec::new();
    let mut order: Vec<FuncId> = module.funcs.keys().collect();
    order.sort_by_key(|&id| ix.funcs[id]);
    for &id in &order {
        type_index(&module.funcs[id].sig, &mut sigs);
    }
    let mut used_sigs: SecondaryMap<SigId, bool> = SecondaryMap::new();
    for f in module.funcs.values() {
        for inst in f.body().into_iter().flat_map(|b| b.insts.values()) {
            if let InstKind::CallIndirect { sig, .. } = inst.kind {
                used_sigs[sig] = true;
            }
        }
    }
    for (id, s) in module.sigs.iter() {
        if used_sigs[id] {
            ix.sig_types[id] = Some(type_index(&s.sig, &mut sigs));
        }
    }

    let mut imports = ImportSection::new();
    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    let mut fn_names = NameMap::new();
    let mut local_names = IndirectNameMap::new();
    // Per defined function with locations: where its body starts in the code section's entries,
    // and its runs of locations by offset in the body.
    let mut code_locs: Vec<(usize, LocRuns)> = Vec::new();
    for &id in &order {
        let f = &module.funcs[id];
        // Readers give up on a name section at its first string over the limit, and wasmprinter
        // and wasmtime then drop every later name too: leave only the long one out. Names are
        // debugging aids, so this is no error.
        if f.name.len() <= limits::MAX_NAME_BYTES {
            fn_names.append(ix.funcs[id], &f.name);
        }
        let ty = type_index(&f.sig, &mut sigs);
        match &f.kind {
            FunctionKind::Import { module: m, field } => {
                imports.import(m, field, EntityType::Function(ty));
            }
            FunctionKind::Defined(body) => {
                functions.function(ty);
                let fspans = spans.funcs.get(id).cloned().unwrap_or_default();
                match function(module, id, body, &fspans, &ix, &layout, opts) {
                    Ok((wf, names, runs)) => {
                        code.function(&wf);
                        if !runs.is_empty() {
                            code_locs.push((code.byte_len() - wf.byte_len(), runs));
                        }
                        local_names.append(ix.funcs[id], &names);
                    }
                    Err(mut e) => errs.append(&mut e),
                }
            }
        }
    }

    // Memories. Memory 0 holds the shadow stack and the data: its initial size is raised to fit.
    let first_memory = module.memories.keys().next();
    if first_memory.is_none() {
        if let Some(d) = module.data.keys().next() {
            let at = at_or_header(spans.data.get(d));
            errs.push(error::malformed_item(format!("${}", module.data[d].name), error::Broken::NoMemory, at));
        }
        if layout.stack_size > 0 {
            let f = module.funcs.iter().find(|(_, f)| f.body().is_some_and(|b| !b.slots.is_empty()));
            if let Some((id, f)) = f {
                let at = spans.funcs.get(id).map_or(spans.header, |s| s.name);
                errs.push(error::malformed(&f.name, error::Broken::NoMemory, at));
            }
        }
    }
    let mut memories = MemorySection::new();
    let mut memory_types: SecondaryMap<MemoryId, Option<MemoryType>> = SecondaryMap::new();
    for (id, m) in module.memories.iter() {
        let at = at_or_header(spans.memories.get(id));
        let declared_max = m.max_pages.map(u64::from);
        if u64::from(m.min_pages) > MAX_PAGES
            || declared_max.is_some_and(|max| max > MAX_PAGES || max < u64::from(m.min_pages))
        {
            errs.push(error::malformed_item(format!("${}", m.name), error::Broken::MemoryLimits, at));
            continue;
        }
        let mut min = u64::from(m.min_pages);
        if Some(id) == first_memory {
            let max = declared_max.unwrap_or(MAX_PAGES);
            if layout.min_pages > max {
                errs.push(error::memory_too_small(format!("${}", m.name), layout.min_pages, max, at));
                continue;
            }
            min = min.max(layout.min_pages);
        }
        memory_types[id] = Some(MemoryType {
            minimum: min,
            maximum: declared_max,
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
    }
    for pass in [true, false] {
        for (id, m) in module.memories.iter() {
            let Some(ty) = memory_types[id] else { continue };
            match (&m.import, pass) {
                (Some(name), true) => {
                    imports.import(&name.module, &name.field, EntityType::Memory(ty));
                }
                (None, false) => {
                    memories.memory(ty);
                }
                _ => {}
            }
        }
    }

    // Globals: imports, definitions, then the stack pointer.
    let mut globals = GlobalSection::new();
    for pass in [true, false] {
        for (id, g) in module.globals.iter() {
            let ty = GlobalType { val_type: val_type(g.ty), mutable: g.mutable, shared: false };
            match (&g.import, pass) {
                (Some(name), true) => {
                    imports.import(&name.module, &name.field, EntityType::Global(ty));
                }
                (None, false) => match g.init.filter(|c| c.ty.wasm() == g.ty.wasm()) {
                    Some(c) => {
                        globals.global(ty, &const_expr(c));
                    }
                    None => {
                        let at = at_or_header(spans.globals.get(id));
                        errs.push(error::malformed_item(format!("${}", g.name), error::Broken::GlobalInit, at));
                    }
                },
                _ => {}
            }
        }
    }
    if ix.stack_pointer.is_some() {
        let ty = GlobalType { val_type: ValType::I32, mutable: true, shared: false };
        globals.global(ty, &ConstExpr::i32_const(layout.stack_size as i32));
    }

    // Tables: exactly their elements, from index 1.
    let mut tables = TableSection::new();
    let mut elements = ElementSection::new();
    for pass in [true, false] {
        for (id, t) in module.tables.iter() {
            let size = u64::from(layout.table_size(id));
            match (&t.import, pass) {
                (Some(name), true) => {
                    let ty = TableType {
                        element_type: ref_type(t.elem),
                        table64: false,
                        minimum: size,
                        maximum: None,
                        shared: false,
                    };
                    imports.import(&name.module, &name.field, EntityType::Table(ty));
                }
                (None, false) => {
                    // The maximum is the interpreter's, so `table.grow` fails at the same size.
                    let ty = TableType {
                        element_type: ref_type(t.elem),
                        table64: false,
                        minimum: size,
                        maximum: Some(u64::from(table_max(layout.table_size(id)))),
                        shared: false,
                    };
                    tables.table(ty);
                }
                _ => {}
            }
        }
    }
    for (id, elems) in layout.table_elems.iter() {
        let Some(t) = ix.tables[id].filter(|_| !elems.is_empty()) else { continue };
        let funcs: Vec<u32> = elems.iter().map(|&f| ix.funcs[f]).collect();
        // Table 0 takes the MVP encoding, which every engine reads.
        let table = if t == 0 { None } else { Some(t) };
        elements.active(table, &ConstExpr::i32_const(1), Elements::Functions(funcs.into()));
    }
    // wasm validates `ref.func` only of a function an element segment declares: one declarative
    // segment lists every function some `ref.func` names, in index order.
    let mut referenced: Vec<u32> = module
        .funcs
        .values()
        .filter_map(|f| f.body())
        // Laid-out instructions only: the others are not emitted (and a pass may have left a
        // renumbered function in them).
        .flat_map(|b| {
            b.layout.iter().filter_map(|&k| b.blocks.get(k)).flat_map(|d| d.insts.iter().map(|&i| &b.insts[i]))
        })
        .filter_map(|i| match i.kind {
            InstKind::OpImm(_, wasmir_syntax::ir::Imm::Func(f)) => ix.funcs.get(f).copied(),
            _ => None,
        })
        .collect();
    referenced.sort_unstable();
    referenced.dedup();
    if !referenced.is_empty() {
        elements.declared(Elements::Functions(referenced.into()));
    }

    // Data: one active segment per non-empty item, at its address in memory 0.
    let mut data = DataSection::new();
    let mut data_names = NameMap::new();
    if let Some(mem) = first_memory.and_then(|m| ix.memories[m]) {
        for (id, item) in module.data.iter() {
            let bytes = layout.data_bytes(module, id);
            if bytes.is_empty() {
                continue;
            }
            if item.name.len() <= limits::MAX_NAME_BYTES {
                data_names.append(data.len(), &item.name);
            }
            data.active(mem, &ConstExpr::i32_const(layout.data_addr[id] as i32), bytes);
        }
    }

    let mut exports = ExportSection::new();
    for (i, e) in module.exports.iter().enumerate() {
        let target = match e.item {
            ExportItem::Func(f) => module.funcs.get(f).map(|_| (ExportKind::Func, ix.funcs[f])),
            ExportItem::Memory(m) => ix.memories[m].map(|i| (ExportKind::Memory, i)),
            ExportItem::Global(g) => ix.globals[g].map(|i| (ExportKind::Global, i)),
            ExportItem::Table(t) => ix.tables[t].map(|i| (ExportKind::Table, i)),
        };
        match target {
            Some((kind, idx)) => {
                exports.export(&e.name, kind, idx);
            }
            None => {
                let at = spans.exports.get(i).copied().unwrap_or(spans.header);
                errs.push(error::malformed(&e.name, error::Broken::NoExportTarget, at));
            }
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }

    let mut types = TypeSection::new();
    for sig in &sigs {
        types.ty().function(sig.params.iter().map(|&t| val_type(t)), sig.results.iter().map(|&t| val_type(t)));
    }
    let mut names = NameSection::new();
    names.functions(&fn_names);
    names.locals(&local_names);
    names.tables(&entity_names(module.tables.iter().map(|(id, t)| (ix.tables[id], t.name.as_str()))));
    names.memories(&entity_names(module.memories.iter().map(|(id, m)| (ix.memories[id], m.name.as_str()))));
    let mut global_names: Vec<(Option<u32>, &str)> =
        module.globals.iter().map(|(id, g)| (ix.globals[id], g.name.as_str())).collect();
    global_names.push((ix.stack_pointer, "__stack_pointer"));
    names.globals(&entity_names(global_names.into_iter()));
    names.data(&data_names);

    let mut out = wasm_encoder::Module::new();
    out.section(&types);
    if !imports.is_empty() {
        out.section(&imports);
    }
    out.section(&functions);
    if !tables.is_empty() {
        out.section(&tables);
    }
    if !memories.is_empty() {
        out.section(&memories);
    }
    if !globals.is_empty() {
        out.section(&globals);
    }
    out.section(&exports);
    if !elements.is_empty() {
        out.section(&elements);
    }
    out.section(&code);
    // The code section ends with its function entries.
    let entries_start = out.as_slice().len() - code.byte_len();
    if !data.is_empty() {
        out.section(&data);
    }
    out.section(&names);
    if !code_locs.is_empty() {
        let mut table = locs::LocTable { files: module.files.clone(), entries: Vec::new() };
        for (start, runs) in code_locs {
            for (offset, loc) in runs {
                table.push((entries_start + start) as u32 + offset, loc);
            }
        }
        if !table.is_empty() {
            let data = table.encode();
            out.section(&wasm_encoder::CustomSection { name: locs::SECTION_NAME.into(), data: data.into() });
        }
    }
    let bytes = out.finish();
    module_size(bytes.len(), spans.header).map_err(|d| vec![d])?;
    Ok(bytes)
}

/// A name map of entities in index order (names over wasm's limit left out, see `emit_with`).
fn entity_names<'n>(entities: impl Iterator<Item = (Option<u32>, &'n str)>) -> NameMap {
    let mut v: Vec<(u32, &str)> = entities.filter_map(|(i, n)| Some((i?, n))).collect();
    v.sort_unstable();
    let mut names = NameMap::new();
    for (i, n) in v {
        if n.len() <= limits::MAX_NAME_BYTES {
            names.append(i, n);
        }
    }
    names
}

/// The constant expression of a global's initial value.
fn const_expr(c: Constant) -> ConstExpr {
    match c.ty {
        Type::I32 | Type::Ptr => ConstExpr::i32_const(c.bits as u32 as i32),
        // An `i128` global is rejected by the verifier (E0255); the low half keeps this total.
        Type::I64 | Type::I128 => ConstExpr::i64_const(c.bits as i64),
        Type::F32 => ConstExpr::f32_const(Ieee32::new(c.bits as u32)),
        Type::F64 => ConstExpr::f64_const(Ieee64::new(c.bits as u64)),
        // A reference global is rejected by the verifier (E0269); null keeps this total.
        Type::ExternRef => ConstExpr::ref_null(wasm_encoder::HeapType::EXTERN),
        Type::FuncRef => ConstExpr::ref_null(wasm_encoder::HeapType::FUNC),
    }
}

/// `E0307` if a module of `len` bytes is over [`limits::MAX_MODULE_BYTES`]; `header` locates it.
fn module_size(len: usize, header: Span) -> Result<(), Diagnostic> {
    if len > limits::MAX_MODULE_BYTES {
        return Err(error::module_too_large(len, header));
    }
    Ok(())
}

/// The index of `sig` in `sigs`, appending it when new: one type per distinct wasm signature
/// (`ptr` is `i32`), in order of first use.
fn type_index(sig: &Signature, sigs: &mut Vec<Signature>) -> u32 {
    let wasm = |ts: &[Type]| ts.iter().map(|t| t.wasm()).collect::<Vec<_>>();
    let sig = Signature::new(wasm(&sig.params), wasm(&sig.results));
    match sigs.iter().position(|s| *s == sig) {
        Some(i) => i as u32,
        None => {
            sigs.push(sig);
            sigs.len() as u32 - 1
        }
    }
}

/// The instruction locations of one function's code: `(offset in the body, location)` where the
/// location changes, starting at its first instruction.
type LocRuns = Vec<(u32, Option<InstLoc>)>;

/// Compiles one defined function: its code, its local names, and the runs of instruction
/// locations by offset in the body (empty when the function has none).
fn function(
    module: &Module,
    id: FuncId,
    body: &wasmir_syntax::ir::Body,
    spans: &wasmir_syntax::ir::FuncSpans,
    indices: &Indices,
    layout: &Layout,
    opts: &EmitOptions,
) -> Result<(WasmFunction, NameMap, LocRuns), Vec<Diagnostic>> {
    let f = &module.funcs[id];
    let analysis = structure::analyze(&f.name, body, spans)?;
    let items = structure::run(&f.name, body, spans, &analysis)?;
    let mut locals = locals::run(body, &analysis.domtree.rpo, &items, opts.allocator);
    let frame = layout.frames.get(id).and_then(Option::as_ref);
    let env = lower::Env { name: &f.name, body, spans, indices, layout, frame };
    let (insts, origins) = lower::run_with_origins(&env, &items, &mut locals).map_err(|e| vec![e])?;
    let params = f.sig.params.len().min(locals.types.len());
    let declared = &locals.types[params..];
    let mut wf = WasmFunction::new_with_locals_types(declared.iter().map(|&t| val_type(t)));
    let located = body.locs.values().any(Option::is_some);
    let mut runs = LocRuns::new();
    for (i, origin) in insts.iter().zip(&origins) {
        if located {
            let loc = origin.and_then(|o| body.locs.get(o).copied().flatten());
            if runs.last().is_none_or(|&(_, l)| l != loc) {
                runs.push((wf.byte_len() as u32, loc));
            }
        }
        wf.instruction(i);
    }
    let errs = code_limits(&f.name, body, spans, (params, declared.len()), wf.byte_len(), &insts);
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok((wf, names::locals(body, &locals), runs))
}

/// The limits of spec §7.8 on one function's code: `E0304` if its `params` plus `declared` locals
/// are over [`limits::MAX_LOCALS`], `E0305` if its body (`body_bytes`, local declarations included)
/// is over [`limits::MAX_BODY_BYTES`], `E0306` for each `br_table` in `insts` longer than
/// [`limits::MAX_BR_TABLE_ENTRIES`].
fn code_limits(
    name: &str,
    body: &Body,
    spans: &FuncSpans,
    (params, declared): (usize, usize),
    body_bytes: usize,
    insts: &[wasm_encoder::Instruction<'_>],
) -> Vec<Diagnostic> {
    let mut errs = Vec::new();
    if params + declared > limits::MAX_LOCALS {
        errs.push(error::too_many_locals(name, params + declared, params, spans.name));
    }
    if body_bytes > limits::MAX_BODY_BYTES {
        errs.push(error::body_too_large(name, body_bytes, spans.name));
    }
    for i in insts {
        if let wasm_encoder::Instruction::BrTable(table, _) = i {
            if table.len() > limits::MAX_BR_TABLE_ENTRIES {
                errs.push(error::br_table_too_large(name, table.len(), switch_span(body, spans, table.len())));
            }
        }
    }
    errs
}

/// The span of the `switch` whose cases span exactly `entries` values (`max - min + 1`, the
/// length of its dense table, spec §7.6), else the function's name: a `br_table` does not say
/// which IR instruction it came from.
fn switch_span(body: &Body, spans: &FuncSpans, entries: usize) -> Span {
    for &b in &body.layout {
        let Some(data) = body.blocks.get(b) else { continue };
        for &i in &data.insts {
            let Some(inst) = body.insts.get(i) else { continue };
            let InstKind::Switch { cases, .. } = &inst.kind else { continue };
            let ty = inst.args.first().and_then(|&v| body.values.get(v)).map(|d| d.ty);
            let mask = if ty == Some(Type::I32) { u64::from(u32::MAX) } else { u64::MAX };
            let vals = cases.iter().map(|(v, _)| v & mask);
            let (Some(min), Some(max)) = (vals.clone().min(), vals.max()) else { continue };
            if (max - min).checked_add(1) == Some(entries as u64) {
                return error::inst_span(spans, i);
            }
        }
    }
    spans.name
}

/// The wasm value type of an IR type.
pub fn val_type(t: Type) -> ValType {
    match t {
        Type::I32 | Type::Ptr => ValType::I32,
        // `i128` never reaches lowering (E0309, "legalize first"); mapped to keep this total.
        Type::I64 | Type::I128 => ValType::I64,
        Type::F32 => ValType::F32,
        Type::F64 => ValType::F64,
        // Nullable: a wasm local of a nullable reference type starts as null, so reference
        // values need no initialization (spec §3.4.2).
        Type::ExternRef => ValType::Ref(RefType::EXTERNREF),
        Type::FuncRef => ValType::Ref(RefType::FUNCREF),
    }
}

/// The wasm reference type of a table's element type (the verifier guarantees a reference type,
/// E0268; anything else maps to `funcref` to keep this total).
fn ref_type(t: Type) -> RefType {
    match t {
        Type::ExternRef => RefType::EXTERNREF,
        _ => RefType::FUNCREF,
    }
}

#[cfg(test)]
mod tests {
    //! Reaching the limits takes functions of megabytes or tens of thousands of simultaneously
    //! live values, which the test budget (and the allocator's interference lists) cannot afford:
    //! the checks are called with the measurements instead. `tests/limits.rs` emits real switches.

    use super::*;
    use std::borrow::Cow;
    use wasm_encoder::Instruction;
    use wasmir_syntax::diag::{render, Code, Locale, Messages};
    use wasmir_syntax::ir::{BlockCall, Constant};

    fn codes_of(d: &[Diagnostic]) -> Vec<Code> {
        d.iter().map(|d| d.code).collect()
    }

    /// Every diagnostic renders in every language with all its arguments.
    fn renders(d: &[Diagnostic]) {
        for &locale in Locale::ALL {
            let text = render(&Messages::new(locale), "t.wir", "", d);
            assert!(!text.contains("{$") && !text.contains("error E0"), "{locale:?}:\n{text}");
        }
    }

    /// `switch` on an i32 over `cases`, every case to one block.
    fn switch_body(cases: &[u64]) -> (Body, FuncSpans) {
        let mut b = Body::default();
        let e = b.add_block(None);
        let t = b.add_block(None);
        let k = b.append_inst(e, InstKind::Const(Constant::i32(0)), vec![], &[Type::I32]);
        let k = b.insts[k].results[0];
        let to = || BlockCall { block: t, args: vec![] };
        let cases = cases.iter().map(|&c| (c, to())).collect();
        let sw = b.append_inst(e, InstKind::Switch { default: to(), cases }, vec![k], &[]);
        b.append_inst(t, InstKind::Return, vec![], &[]);
        let mut spans = FuncSpans { name: Span::new(1, 2), ..Default::default() };
        spans.insts[sw] = Span::new(10, 20);
        (b, spans)
    }

    #[test]
    fn e0304_locals_count_the_parameters() {
        let (body, spans) = switch_body(&[0]);
        let ok = code_limits("f", &body, &spans, (1_000, limits::MAX_LOCALS - 1_000), 10, &[]);
        assert!(ok.is_empty());
        let d = code_limits("f", &body, &spans, (1_000, limits::MAX_LOCALS - 999), 10, &[]);
        assert_eq!(codes_of(&d), vec![codes::TOO_MANY_LOCALS]);
        assert_eq!(d[0].span, Span::new(1, 2));
        assert!(d[0].args.contains(&("count", "50001".to_string())));
        renders(&d);
    }

    #[test]
    fn e0305_body_size() {
        let (body, spans) = switch_body(&[0]);
        assert!(code_limits("f", &body, &spans, (0, 0), limits::MAX_BODY_BYTES, &[]).is_empty());
        let d = code_limits("f", &body, &spans, (0, 0), limits::MAX_BODY_BYTES + 1, &[]);
        assert_eq!(codes_of(&d), vec![codes::BODY_TOO_LARGE]);
        renders(&d);
    }

    #[test]
    fn e0306_br_table_length_points_at_its_switch() {
        let n = limits::MAX_BR_TABLE_ENTRIES;
        let (body, spans) = switch_body(&[5, 5 + n as u64]);
        let table = |len: usize| Instruction::BrTable(Cow::Owned(vec![0; len]), 0);
        assert!(code_limits("f", &body, &spans, (0, 0), 10, &[table(n)]).is_empty());
        let d = code_limits("f", &body, &spans, (0, 0), 10, &[table(n), table(n + 1)]);
        assert_eq!(codes_of(&d), vec![codes::BR_TABLE_TOO_LARGE]);
        assert_eq!(d[0].span, Span::new(10, 20));
        // A table no switch explains is reported at the function.
        let d = code_limits("f", &body, &spans, (0, 0), 10, &[table(n + 2)]);
        assert_eq!(d[0].span, Span::new(1, 2));
        renders(&d);
    }

    #[test]
    fn e0307_module_size() {
        assert!(module_size(limits::MAX_MODULE_BYTES, Span::new(0, 10)).is_ok());
        let d = module_size(limits::MAX_MODULE_BYTES + 1, Span::new(0, 10)).err().into_iter().collect::<Vec<_>>();
        assert_eq!(codes_of(&d), vec![codes::MODULE_TOO_LARGE]);
        renders(&d);
    }

    /// E0303 words each broken guarantee in the catalogue (`$what` selects): every keyword has its
    /// own variant in every language, none falls to the catch-all, and no two share their words.
    #[test]
    fn e0303_every_broken_guarantee_has_its_words() {
        let d: Vec<Diagnostic> =
            error::Broken::all().into_iter().map(|b| error::malformed("f", b, Span::new(1, 2))).collect();
        renders(&d);
        for &locale in Locale::ALL {
            let msgs = Messages::new(locale);
            let headline = |d: &Diagnostic| msgs.format(&d.code.message_id(), None, &d.args).unwrap_or_default();
            let other = headline(&d[0].clone().arg("what", "not-a-keyword"));
            let mut seen: Vec<String> = d.iter().map(headline).collect();
            assert!(!seen.contains(&other), "{locale:?}: a keyword falls to the catch-all: {other}");
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), d.len(), "{locale:?}: two keywords share their words");
        }
    }
}
