//! WasmIR to WebAssembly (spec chapter 7, `wasmir-spec/07-lowering.md`).
//!
//! [`emit`] turns a verified [`Module`] into a wasm binary with wasm-encoder. Per function:
//!
//! 1. [`check`]: the shape facts later stages index by (cheap re-check of the precondition);
//! 2. [`structure`]: CFG to `block`/`loop`/`if`/`br`/`br_table` following Ramsey, "Beyond
//!    Relooper" (ICFP 2022); irreducible control flow is rejected (`E0301`);
//! 3. [`locals`]: SSA values to wasm locals, reused where live ranges allow;
//! 4. [`lower`]: instructions to wasm instructions (checked arithmetic in [`checked`]);
//! 5. [`names`]: the `name` section.
//!
//! Then the function's code is measured against wasm's limits on locals, body size and `br_table`
//! length, and the module against the module size limit (spec §7.8): what the verifier cannot know
//! before code exists becomes a user error here, never a module that an engine rejects.
//!
//! Only this crate knows wasm indices. The function index space lists imported functions first, in
//! module order, then defined functions in module order; types are one per distinct signature, in
//! order of first use; exports keep module order.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod check;
mod checked;
pub mod codes;
mod error;
pub mod locals;
pub mod lower;
pub mod names;
pub mod structure;

use cranelift_entity::SecondaryMap;
use wasm_encoder::{
    CodeSection, EntityType, ExportKind, ExportSection, Function as WasmFunction, FunctionSection, ImportSection,
    IndirectNameMap, NameMap, NameSection, TypeSection, ValType,
};
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{Body, FuncId, FuncSpans, FunctionKind, InstKind, Module, Signature, SourceMap, Span, Type};
use wasmir_verify::limits;

/// Encodes `module` as a WebAssembly binary (core wasm 2.0 with multi-value results).
///
/// Precondition: `module` passed the verifier (`wasmir-verify`). The emitter re-checks what it
/// relies on and reports a violation as `E0303` rather than panicking. Errors: `E0301` for
/// irreducible control flow, `E0302` for an operator it cannot lower, `E0303` as above, `E0304` to
/// `E0307` for code past one of wasm's limits (too many locals, too large a body, too long a
/// `br_table`, too large a module); all functions are translated and every diagnostic is returned,
/// spans taken from `spans`.
///
/// The output is deterministic: the same module always gives the same bytes.
pub fn emit(module: &Module, spans: &SourceMap) -> Result<Vec<u8>, Vec<Diagnostic>> {
    emit_with(module, spans, &EmitOptions::default())
}

/// Choices of the emitter that do not change the module's behaviour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmitOptions {
    /// The local allocator ([`locals::Allocator`]); `Auto` by default.
    pub allocator: locals::Allocator,
}

/// [`emit`] with explicit options.
pub fn emit_with(module: &Module, spans: &SourceMap, opts: &EmitOptions) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let mut errs = Vec::new();

    // Function index space: imports first.
    let mut func_index: SecondaryMap<FuncId, u32> = SecondaryMap::new();
    let mut next = 0u32;
    for pass in [true, false] {
        for (id, f) in module.funcs.iter() {
            if matches!(f.kind, FunctionKind::Import { .. }) == pass {
                func_index[id] = next;
                next += 1;
            }
        }
    }

    let mut sigs: Vec<&Signature> = Vec::new();

    let mut imports = ImportSection::new();
    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    let mut fn_names = NameMap::new();
    let mut local_names = IndirectNameMap::new();
    let mut order: Vec<FuncId> = module.funcs.keys().collect();
    order.sort_by_key(|&id| func_index[id]);
    for id in order {
        let f = &module.funcs[id];
        // Readers give up on a name section at its first string over the limit, and wasmprinter
        // and wasmtime then drop every later name too: leave only the long one out. Names are
        // debugging aids, so this is no error.
        if f.name.len() <= limits::MAX_NAME_BYTES {
            fn_names.append(func_index[id], &f.name);
        }
        let ty = type_index(&f.sig, &mut sigs);
        match &f.kind {
            FunctionKind::Import { module: m, field } => {
                imports.import(m, field, EntityType::Function(ty));
            }
            FunctionKind::Defined(body) => {
                functions.function(ty);
                let fspans = spans.funcs.get(id).cloned().unwrap_or_default();
                match function(module, id, body, &fspans, &func_index, opts) {
                    Ok((wf, names)) => {
                        code.function(&wf);
                        local_names.append(func_index[id], &names);
                    }
                    Err(mut e) => errs.append(&mut e),
                }
            }
        }
    }

    let mut exports = ExportSection::new();
    for (i, e) in module.exports.iter().enumerate() {
        match func_index.get(e.func).filter(|_| module.funcs.get(e.func).is_some()) {
            Some(&idx) => {
                exports.export(&e.name, ExportKind::Func, idx);
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

    let mut out = wasm_encoder::Module::new();
    out.section(&types);
    if !imports.is_empty() {
        out.section(&imports);
    }
    out.section(&functions);
    out.section(&exports);
    out.section(&code);
    out.section(&names);
    let bytes = out.finish();
    module_size(bytes.len(), spans.header).map_err(|d| vec![d])?;
    Ok(bytes)
}

/// `E0307` if a module of `len` bytes is over [`limits::MAX_MODULE_BYTES`]; `header` locates it.
fn module_size(len: usize, header: Span) -> Result<(), Diagnostic> {
    if len > limits::MAX_MODULE_BYTES {
        return Err(error::module_too_large(len, header));
    }
    Ok(())
}

/// The index of `sig` in `sigs`, appending it when new: one type per distinct signature, in order
/// of first use.
fn type_index<'m>(sig: &'m Signature, sigs: &mut Vec<&'m Signature>) -> u32 {
    match sigs.iter().position(|s| *s == sig) {
        Some(i) => i as u32,
        None => {
            sigs.push(sig);
            sigs.len() as u32 - 1
        }
    }
}

/// Compiles one defined function: its code and its local names.
fn function(
    module: &Module,
    id: FuncId,
    body: &wasmir_syntax::ir::Body,
    spans: &wasmir_syntax::ir::FuncSpans,
    func_index: &SecondaryMap<FuncId, u32>,
    opts: &EmitOptions,
) -> Result<(WasmFunction, NameMap), Vec<Diagnostic>> {
    let f = &module.funcs[id];
    let errs = check::run(module, f, body, spans);
    if !errs.is_empty() {
        return Err(errs);
    }
    let analysis = structure::analyze(&f.name, body, spans)?;
    let items = structure::run(&f.name, body, spans, &analysis)?;
    let mut locals = locals::run(body, &analysis.domtree.rpo, &items, opts.allocator);
    let env = lower::Env { name: &f.name, body, spans, func_index };
    let insts = lower::run(&env, &items, &mut locals).map_err(|e| vec![e])?;
    let params = f.sig.params.len().min(locals.types.len());
    let declared = &locals.types[params..];
    let mut wf = WasmFunction::new_with_locals_types(declared.iter().map(|&t| val_type(t)));
    for i in &insts {
        wf.instruction(i);
    }
    let errs = code_limits(&f.name, body, spans, (params, declared.len()), wf.byte_len(), &insts);
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok((wf, names::locals(body, &locals)))
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
        Type::I32 => ValType::I32,
        Type::I64 => ValType::I64,
        Type::F32 => ValType::F32,
        Type::F64 => ValType::F64,
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
        for locale in [Locale::EnUs, Locale::Fr] {
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
        for locale in [Locale::EnUs, Locale::Fr] {
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
