//! Reachability: the roots are the crate's `#[no_mangle]` functions; every function they call
//! (transitively) is exported in worklist order. Also names functions and records imports.

use crate::diag::{Code, DResult, Diag, Pos};
use crate::ir::{Import, Module};
use crate::lower::{Callee, Resolver, lower_fn, pos_of};
use crate::shape::{scalar_kind, shape_of};
use rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags;
use rustc_middle::ty::TyCtxt;
use rustc_public::mir::mono::Instance;
use rustc_public::rustc_internal;
use rustc_public::ty::Ty;
use rustc_public::{CrateDef, ItemKind};
use std::collections::{HashMap, HashSet, VecDeque};

/// The worklist and naming state.
pub struct Collector<'tcx> {
    tcx: TyCtxt<'tcx>,
    /// WasmIR name of every function seen so far (lookup only; never iterated).
    names: HashMap<Instance, String>,
    used: HashSet<String>,
    queue: VecDeque<Instance>,
    imports: Vec<Import>,
}

impl<'tcx> Collector<'tcx> {
    fn fresh(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut i = 2;
        while self.used.contains(&name) {
            name = format!("{base}#{i}");
            i += 1;
        }
        self.used.insert(name.clone());
        name
    }
}

/// Types of a signature that must be one scalar each (exports and imports).
fn check_scalar_sig(inst: &Instance, what: &str) -> DResult<(Vec<Ty>, Ty)> {
    let sig = inst
        .ty()
        .kind()
        .fn_sig()
        .ok_or_else(|| Diag::new(Code::Signature, format!("{what} `{}` has no signature", inst.name()), ""))?
        .skip_binder();
    let bad = |t: Ty| {
        Diag::new(
            Code::Signature,
            format!("unsupported type `{t}` in the signature of {what} `{}`", inst.name()),
            "exported and imported functions take and return integers and bool only",
        )
        .at(Some(pos_of(inst.def.span())))
    };
    for t in sig.inputs() {
        if scalar_kind(*t).is_none() {
            return Err(bad(*t));
        }
    }
    let out = sig.output();
    if scalar_kind(out).is_none() && !shape_of(out).map(|s| s.kinds.is_empty()).unwrap_or(false) {
        return Err(bad(out));
    }
    Ok((sig.inputs().to_vec(), out))
}

impl Resolver for Collector<'_> {
    fn callee(&mut self, inst: Instance, pos: Option<Pos>) -> DResult<Callee> {
        if inst.is_foreign_item() {
            if let Some(n) = self.names.get(&inst) {
                return Ok(Callee::Import(n.clone()));
            }
            let (ins, out) = check_scalar_sig(&inst, "imported function")?;
            let def_id = rustc_internal::internal(self.tcx, inst.def.def_id());
            // rustc mangles the symbols of items with a `wasm_import_module`; the import's field
            // name is the `#[link_name]` or the item's own name (rustc_middle fallback).
            let field = match self.tcx.codegen_fn_attrs(def_id).symbol_name {
                Some(s) => s.to_string(),
                None => self.tcx.item_name(def_id).to_string(),
            };
            // rustc_middle fallback: rustc_public has no view of `#[link(wasm_import_module)]`.
            let module = self
                .tcx
                .wasm_import_module_map(def_id.krate)
                .get(&def_id)
                .cloned()
                .unwrap_or_else(|| "env".to_string());
            let name = self.fresh(&field);
            let p = pos_of(inst.def.span());
            self.imports.push(Import {
                module,
                field,
                name: name.clone(),
                // `check_scalar_sig` accepted only scalar inputs, so no input is dropped here.
                params: ins.iter().filter_map(|t| scalar_kind(*t)).map(|k| k.wty()).collect(),
                results: scalar_kind(out).map(|k| vec![k.wty()]).unwrap_or_default(),
                loc: Some((p.file, p.line, p.col)),
            });
            self.names.insert(inst, name.clone());
            return Ok(Callee::Import(name));
        }
        if let Some(n) = self.names.get(&inst) {
            return Ok(Callee::Func(n.clone()));
        }
        if !inst.has_body() {
            return Err(Diag::new(
                Code::Callee,
                format!("no MIR body available for callee `{}`", inst.name()),
                "only functions with MIR in this crate or inlinable (`#[inline]`/generic) \
                 functions of core can be exported",
            )
            .at(pos));
        }
        let name = self.fresh(&inst.name());
        self.names.insert(inst, name.clone());
        self.queue.push_back(inst);
        Ok(Callee::Func(name))
    }
}

/// Exports the crate: all `#[no_mangle]` functions and what they reach.
pub fn export_crate(tcx: TyCtxt<'_>) -> Result<Module, Vec<Diag>> {
    // rustc_middle fallback: the target tuple (rustc_public only exposes pointer width/endianness).
    let triple = tcx.sess.opts.target_triple.tuple().to_string();
    if !triple.starts_with("wasm32") {
        return Err(vec![Diag::new(
            Code::Target,
            format!("the crate is compiled for `{triple}`, not `wasm32`"),
            "pass `--target wasm32-unknown-unknown` (the plain command line does this itself)",
        )]);
    }
    let mut c = Collector { tcx, names: HashMap::new(), used: HashSet::new(), queue: VecDeque::new(), imports: vec![] };
    let mut diags = vec![];
    let mut exports: HashMap<Instance, String> = HashMap::new();
    for item in rustc_public::all_local_items() {
        if item.kind() != ItemKind::Fn {
            continue;
        }
        // rustc_middle fallback: rustc_public does not expose `#[no_mangle]`/`#[export_name]`.
        let def_id = rustc_internal::internal(tcx, item.def_id());
        let attrs = tcx.codegen_fn_attrs(def_id);
        let is_panic_handler = tcx.lang_items().panic_impl() == Some(def_id);
        let exported =
            attrs.flags.contains(CodegenFnAttrFlags::NO_MANGLE) || (attrs.symbol_name.is_some() && !is_panic_handler);
        if !exported {
            continue;
        }
        let Ok(inst) = Instance::try_from(item) else {
            continue;
        };
        if let Err(d) = check_scalar_sig(&inst, "exported function") {
            diags.push(d);
            continue;
        }
        let sym = inst.mangled_name();
        let name = c.fresh(&sym);
        c.names.insert(inst, name.clone());
        exports.insert(inst, sym);
        c.queue.push_back(inst);
    }
    let mut module = Module::default();
    while let Some(inst) = c.queue.pop_front() {
        let name = c.names[&inst].clone();
        let Some(body) = inst.body() else {
            diags.push(Diag::new(Code::Callee, format!("no MIR body available for `{}`", inst.name()), ""));
            continue;
        };
        let export = exports.get(&inst).cloned();
        match lower_fn(tcx, &inst, &body, &name, export, &mut c) {
            Ok(f) => module.funcs.push(f),
            Err(d) => diags.push(d),
        }
    }
    module.imports = std::mem::take(&mut c.imports);
    if diags.is_empty() { Ok(module) } else { Err(diags) }
}
