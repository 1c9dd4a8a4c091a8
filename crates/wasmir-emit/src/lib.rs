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
//! Only this crate knows wasm indices. The function index space lists imported functions first, in
//! module order, then defined functions in module order; types are one per distinct signature, in
//! order of first use; exports keep module order.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod check;
mod checked;
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
use wasmir_syntax::ir::{FuncId, FunctionKind, Module, Signature, SourceMap, Type};

/// Encodes `module` as a WebAssembly binary (core wasm 2.0 with multi-value results).
///
/// Precondition: `module` passed the verifier (`wasmir-verify`). The emitter re-checks what it
/// relies on and reports a violation as `E0303` rather than panicking. Errors: `E0301` for
/// irreducible control flow, `E0302` for an operator it cannot lower, `E0303` as above; all
/// functions are translated and every diagnostic is returned, spans taken from `spans`.
///
/// The output is deterministic: the same module always gives the same bytes.
pub fn emit(module: &Module, spans: &SourceMap) -> Result<Vec<u8>, Vec<Diagnostic>> {
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
        fn_names.append(func_index[id], &f.name);
        let ty = type_index(&f.sig, &mut sigs);
        match &f.kind {
            FunctionKind::Import { module: m, field } => {
                imports.import(m, field, EntityType::Function(ty));
            }
            FunctionKind::Defined(body) => {
                functions.function(ty);
                let fspans = spans.funcs.get(id).cloned().unwrap_or_default();
                match function(module, id, body, &fspans, &func_index) {
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
                errs.push(error::malformed(&e.name, "the exported function does not exist", at));
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
    Ok(out.finish())
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
) -> Result<(WasmFunction, NameMap), Vec<Diagnostic>> {
    let f = &module.funcs[id];
    let errs = check::run(module, f, body, spans);
    if !errs.is_empty() {
        return Err(errs);
    }
    let analysis = structure::analyze(&f.name, body, spans)?;
    let items = structure::run(&f.name, body, spans, &analysis)?;
    let mut locals = locals::run(body, &analysis.domtree.rpo);
    let env = lower::Env { name: &f.name, body, spans, func_index };
    let insts = lower::run(&env, &items, &mut locals).map_err(|e| vec![e])?;
    let declared = locals.types[f.sig.params.len().min(locals.types.len())..].iter().map(|&t| val_type(t));
    let mut wf = WasmFunction::new_with_locals_types(declared);
    for i in &insts {
        wf.instruction(i);
    }
    Ok((wf, names::locals(body, &locals)))
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
