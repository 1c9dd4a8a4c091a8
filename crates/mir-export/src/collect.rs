//! Reachability: the roots are the crate's `#[no_mangle]` functions; every function they call
//! (transitively) is exported in worklist order. Also names functions, records imports, and puts
//! the WasmIR module together, which the verifier then checks.

use crate::diag::{Code, DResult, Diag, Pos};
use crate::lower::{Callee, Resolver, lower_fn, pos_of};
use crate::runtime::Helper;
use crate::shape::{scalar_kind, shape_of};
use rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags;
use rustc_middle::ty::TyCtxt;
use rustc_public::mir::alloc::{AllocId, GlobalAlloc};
use rustc_public::mir::mono::{Instance, InstanceKind};
use rustc_public::rustc_internal;
use rustc_public::ty::Allocation;
use rustc_public::ty::Ty;
use rustc_public::{CrateDef, ItemKind};
use std::collections::{HashMap, HashSet, VecDeque};
use wasmir_syntax::diag::{Locale, Messages};
use wasmir_syntax::ir::{
    DataId, DataItem, DataPart, Export, ExportItem, FuncId, Function, FunctionKind, Imm, InstKind, MemoryData, Module,
    SigData, SigId, Signature, SourceLoc, SourceMap, TableData, TableId, Version,
};

/// The worklist and naming state.
pub struct Collector<'tcx> {
    tcx: TyCtxt<'tcx>,
    /// The function of every instance seen so far (lookup only; never iterated).
    ids: HashMap<Instance, FuncId>,
    /// The WasmIR name of every defined function, by provisional id (lookup only).
    names: HashMap<FuncId, String>,
    used: HashSet<String>,
    queue: VecDeque<Instance>,
    /// Every function met so far, by its provisional id (the order of discovery): imports at
    /// once, defined functions once lowered.
    funcs: Vec<Option<Function>>,
    /// The module's file table for instruction locations (`Module::files`), in order of first use.
    files: Vec<String>,
    /// Index of each file in `files` (lookup only).
    file_ids: HashMap<String, u32>,
    /// Data items, in order of discovery (design record M4).
    data: Vec<DataItem>,
    /// The data item of each global allocation met (lookup only).
    alloc_data: HashMap<AllocId, DataId>,
    /// The data item of each memory-form constant's bytes (lookup only: equal constants share).
    const_data: HashMap<Allocation, DataId>,
    /// Whether the function table `$fns` is used.
    uses_table: bool,
    /// Whether the `externref` table `$refs` is used (`runtime::refs_table`).
    uses_refs: bool,
    /// Named signatures of `call_indirect`, in order of first use.
    sigs: Vec<Signature>,
    /// The helper functions made so far (lookup only; a handful at most).
    helpers: Vec<(Helper, FuncId)>,
    /// The export's choices.
    opts: ExportOptions,
    /// The types implementing `wasm::Linear` (issue 8).
    linearity: crate::linear::Linearity,
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

    /// A new provisional function id, for `f` (an import) or for a body lowered later.
    fn new_id(&mut self, f: Option<Function>) -> FuncId {
        self.funcs.push(f);
        FuncId::from_u32(self.funcs.len() as u32 - 1)
    }
}

/// Types of a signature that must be one scalar each (exports and imports).
/// Whether `ty` is `wasm::ExternRef<T>`: a handle into the module's `externref` table, which an
/// exported function takes or returns as a wasm `externref` (issue 8, design O7).
pub fn is_extern_ref(ty: Ty) -> bool {
    matches!(ty.kind(), rustc_public::ty::TyKind::RigidTy(rustc_public::ty::RigidTy::Adt(adt, _))
        if adt.krate().name == "wasm" && adt.trimmed_name() == "ExternRef")
}

/// The parameter and result types of an exported or imported function: one scalar each, or a
/// `wasm::ExternRef` when `refs`. Errors: [`Code::Signature`] naming the first other type.
fn check_sig(inst: &Instance, what: &str, refs: bool) -> DResult<(Vec<Ty>, Ty)> {
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
            "exported and imported functions take and return integers, floats, bool and `wasm::ExternRef` only",
        )
        .at(Some(pos_of(inst.def.span())))
    };
    for t in sig.inputs() {
        if scalar_kind(*t).is_none() && !(refs && is_extern_ref(*t)) {
            return Err(bad(*t));
        }
    }
    let out = sig.output();
    if scalar_kind(out).is_none()
        && !(refs && is_extern_ref(out))
        && !shape_of(out).map(|s| s.leaves.is_empty()).unwrap_or(false)
    {
        return Err(bad(out));
    }
    Ok((sig.inputs().to_vec(), out))
}

/// Which side of the boundary a [`Collector::ref_wrapper`] faces.
#[derive(Clone, Copy)]
enum Face {
    /// An export: the wrapper takes and returns `externref`s, the host calls it.
    Export,
    /// An import: the wrapper takes and returns handles, Rust code calls it.
    Import,
}

impl Collector<'_> {
    /// The wrapper that converts between `wasm::ExternRef` handles (`i32`) and `externref`s at
    /// the parameters of `inner` marked in `params` (and its result, when `result`), issue 8:
    /// - `Face::Export`: the wasm face of an export (`@f.externref`, taking and returning
    ///   `externref`): each incoming reference goes into a free slot (`rt.extern_put`), a returned
    ///   handle's reference is taken out of its slot (`rt.extern_take`);
    /// - `Face::Import`: the Rust face of an import (`@f.handles`, taking and returning handles):
    ///   a handle passed to the import is moved out of its slot (`rt.extern_take`), a returned
    ///   reference goes into a fresh slot (`rt.extern_put`).
    ///
    /// Returns the wrapper's provisional id.
    fn ref_wrapper(&mut self, inner: FuncId, params: &[bool], result: bool, face: Face) -> DResult<FuncId> {
        use wasmir_syntax::ir::Type;
        use wasmir_syntax::ir::builder::FunctionBuilder;
        let Some(Some(f)) = self.funcs.get(inner.as_u32() as usize) else {
            return Err(Diag::internal("a function with ExternRef was not lowered"));
        };
        let (name, isig, loc) = (f.name.clone(), f.sig.clone(), f.loc.clone());
        if isig.params.len() != params.len() || isig.results.len() > 1 {
            return Err(Diag::internal("a function with ExternRef has an unexpected signature"));
        }
        let (outer, into, out_of, suffix) = match face {
            Face::Export => (Type::ExternRef, Helper::ExternPut, Helper::ExternTake, "externref"),
            Face::Import => (Type::I32, Helper::ExternTake, Helper::ExternPut, "handles"),
        };
        let (into, out_of) = (self.helper(into)?, self.helper(out_of)?);
        let mut wsig = isig.clone();
        wsig.kinds = Default::default();
        for (t, &r) in wsig.params.iter_mut().zip(params) {
            if r {
                *t = outer;
            }
        }
        if result {
            wsig.results = vec![outer];
        }
        let mut body = wasmir_syntax::ir::Body::default();
        let build = |fb: &mut FunctionBuilder<'_>| -> wasmir_syntax::ir::builder::BuildResult<()> {
            let entry = fb.create_block();
            let ps = fb.append_block_params_for_function_params(entry)?;
            fb.switch_to_block(entry)?;
            let mut args = vec![];
            for ((&p, &r), &ty) in ps.iter().zip(params).zip(&isig.params) {
                args.push(if r { fb.call(into, &[p], &[ty])?[0] } else { p });
            }
            let rs = fb.call(inner, &args, &isig.results)?;
            let rs = match (result, rs.first()) {
                (true, Some(&r)) => fb.call(out_of, &[r], &[outer])?,
                _ => rs,
            };
            fb.ret(&rs)?;
            fb.seal_all_blocks()
        };
        {
            let mut fb = FunctionBuilder::with_signature(&mut body, &wsig);
            build(&mut fb).map_err(Diag::from)?;
            fb.finalize().map_err(Diag::from)?;
        }
        let wname = self.fresh(&format!("{name}.{suffix}"));
        let w = Function { name: wname, sig: wsig, loc, kind: FunctionKind::Defined(body) };
        Ok(self.new_id(Some(w)))
    }

    /// A new data item for `a`; the pointers inside it become `data.addr` parts of the items of
    /// the allocations they point into. `id` is reserved by the caller (recursive statics).
    fn fill_data(&mut self, id: DataId, a: &Allocation) -> DResult<()> {
        let bytes: Vec<u8> = a.bytes.iter().map(|b| b.unwrap_or(0)).collect();
        let mut parts = vec![];
        let mut at = 0usize;
        let mut ptrs: Vec<(usize, AllocId)> = a.provenance.ptrs.iter().map(|(o, p)| (*o, p.0)).collect();
        ptrs.sort_by_key(|(o, _)| *o);
        let push_bytes = |parts: &mut Vec<DataPart>, b: &[u8]| {
            if b.is_empty() {
            } else if b.iter().all(|x| *x == 0) {
                parts.push(DataPart::Zero(b.len() as u32));
            } else {
                parts.push(DataPart::Bytes(b.to_vec()));
            }
        };
        for (off, target) in ptrs {
            push_bytes(&mut parts, &bytes[at..off]);
            let addend = u32::from_le_bytes(bytes[off..off + 4].try_into().unwrap_or([0; 4]));
            let part = match GlobalAlloc::from(target) {
                GlobalAlloc::Function(inst) => {
                    DataPart::FuncIndex { table: self.fn_table(), func: self.callee(inst, None)? }
                }
                // A `TypeId` fragment: the pointer's offset is the bytes of the hash, as rustc's
                // codegen writes it; the provenance only marks it as a type id for const eval.
                GlobalAlloc::TypeId { .. } => {
                    push_bytes(&mut parts, &bytes[off..off + 4]);
                    at = off + 4;
                    continue;
                }
                _ => DataPart::DataAddr { data: self.data_for_alloc(target)?, addend },
            };
            parts.push(part);
            at = off + 4;
        }
        push_bytes(&mut parts, &bytes[at..]);
        let align = u32::try_from(a.align).unwrap_or(1).max(1);
        let item = &mut self.data[id.as_u32() as usize];
        item.align = align;
        item.parts = parts;
        Ok(())
    }

    fn new_data(&mut self) -> DataId {
        let id = DataId::from_u32(self.data.len() as u32);
        self.data.push(DataItem { name: format!("d{}", self.data.len()), align: 1, parts: vec![] });
        id
    }
}

impl Resolver for Collector<'_> {
    fn fn_table(&mut self) -> TableId {
        self.uses_table = true;
        TableId::from_u32(0)
    }

    fn sig_id(&mut self, sig: Signature) -> SigId {
        let i = self.sigs.iter().position(|s| *s == sig).unwrap_or_else(|| {
            self.sigs.push(sig);
            self.sigs.len() - 1
        });
        SigId::from_u32(i as u32)
    }

    fn data_for_alloc(&mut self, alloc: AllocId) -> DResult<DataId> {
        if let Some(&d) = self.alloc_data.get(&alloc) {
            return Ok(d);
        }
        let id = self.new_data();
        self.alloc_data.insert(alloc, id);
        let a = match GlobalAlloc::from(alloc) {
            GlobalAlloc::Memory(a) => a,
            g @ GlobalAlloc::VTable(..) => {
                let Some(inner) = g.vtable_allocation() else {
                    return Err(Diag::internal("vtable without an allocation"));
                };
                match GlobalAlloc::from(inner) {
                    GlobalAlloc::Memory(a) => a,
                    _ => return Err(Diag::internal("vtable allocation is not memory")),
                }
            }
            GlobalAlloc::Static(def) => def.eval_initializer().map_err(|e| {
                Diag::new(Code::Constant, format!("cannot evaluate static `{}`: {e:?}", def.name()), "")
            })?,
            _ => {
                return Err(Diag::new(
                    Code::Constant,
                    "unsupported pointer to a function, vtable or type id in a constant",
                    "data items hold memory and statics; functions and type ids are handled where they appear",
                ));
            }
        };
        self.fill_data(id, &a)?;
        Ok(id)
    }

    fn data_for_bytes(&mut self, alloc: &Allocation) -> DResult<DataId> {
        if let Some(&d) = self.const_data.get(alloc) {
            return Ok(d);
        }
        let id = self.new_data();
        self.const_data.insert(alloc.clone(), id);
        self.fill_data(id, alloc)?;
        Ok(id)
    }

    fn vtable(&mut self, concrete: Ty, object: Ty) -> DResult<DataId> {
        // rustc_middle fallback: rustc_public cannot ask for a vtable by its types.
        let src = rustc_internal::internal(self.tcx, concrete);
        let obj = rustc_internal::internal(self.tcx, object);
        let rustc_middle::ty::Dynamic(preds, ..) = obj.kind() else {
            return Err(Diag::internal(&format!("vtable for `{object}`, which is not `dyn`")));
        };
        let principal = preds.principal().map(|p| self.tcx.instantiate_bound_regions_with_erased(p));
        let alloc = self.tcx.vtable_allocation((src, principal));
        let alloc: AllocId = rustc_internal::stable(alloc);
        self.data_for_alloc(alloc)
    }

    fn builtin(&mut self, symbol: &str) -> DResult<Callee> {
        let missing = || {
            Diag::new(
                Code::Callee,
                format!("compiler-builtins has no function `{symbol}` with MIR"),
                "mir-export compiles against its MIR sysroot (`mir-export setup`), where it has",
            )
        };
        let krate = rustc_public::find_crates("compiler_builtins").into_iter().next().ok_or_else(missing)?;
        // The C-ABI definition (`intrinsics!` makes it `extern "C"`), not libm's Rust function of
        // the same name.
        let def = krate
            .fn_defs()
            .into_iter()
            .filter(|d| d.name().rsplit("::").next() == Some(symbol))
            .find(|d| d.fn_sig().skip_binder().abi == rustc_public::ty::Abi::C { unwind: false })
            .ok_or_else(missing)?;
        let inst = Instance::resolve(def, &rustc_public::ty::GenericArgs(vec![])).map_err(|_| missing())?;
        self.callee(inst, None)
    }

    fn panic_mode(&self) -> PanicMode {
        self.opts.panic
    }

    fn panic_report(&mut self) -> DResult<Callee> {
        let item = rustc_public::all_local_items()
            .into_iter()
            .find(|i| i.kind() == ItemKind::Fn && i.name().ends_with(crate::compile::PANIC_REPORT))
            .ok_or_else(|| Diag::internal("the panic runtime's `report` is missing"))?;
        let inst = Instance::try_from(item).map_err(|e| Diag::internal(&format!("panic runtime: {e:?}")))?;
        self.callee(inst, None)
    }

    fn linearity(&self) -> &crate::linear::Linearity {
        &self.linearity
    }

    fn helper(&mut self, h: Helper) -> DResult<Callee> {
        if let Some((_, id)) = self.helpers.iter().find(|(k, _)| *k == h) {
            return Ok(*id);
        }
        if h != Helper::CompareBytes {
            self.uses_refs = true;
        }
        let name = self.fresh(h.name());
        let f = h.function(name).map_err(|e| Diag::internal(&format!("helper `{}`: {e}", h.name())))?;
        let id = self.new_id(Some(f));
        self.helpers.push((h, id));
        Ok(id)
    }

    fn file_index(&mut self, file: &str) -> u32 {
        if let Some(&i) = self.file_ids.get(file) {
            return i;
        }
        let i = self.files.len() as u32;
        self.files.push(file.to_string());
        self.file_ids.insert(file.to_string(), i);
        i
    }

    fn callee(&mut self, inst: Instance, pos: Option<Pos>) -> DResult<Callee> {
        if inst.is_foreign_item() {
            if let Some(id) = self.ids.get(&inst) {
                return Ok(*id);
            }
            let (ins, out) = check_sig(&inst, "imported function", true)?;
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
            // `check_sig` accepted only scalars and `ExternRef`s, so no input is dropped here.
            let wasm_ty = |t: Ty| {
                if is_extern_ref(t) {
                    Some(wasmir_syntax::ir::Type::ExternRef)
                } else {
                    scalar_kind(t).map(|k| k.wty())
                }
            };
            let sig =
                Signature::new(ins.iter().filter_map(|t| wasm_ty(*t)).collect(), wasm_ty(out).into_iter().collect());
            let ref_params: Vec<bool> = ins.iter().map(|t| is_extern_ref(*t)).collect();
            let ref_result = is_extern_ref(out);
            let loc = Some(SourceLoc { file: p.file, line: p.line, col: p.col });
            let import = Function { name, sig, loc, kind: FunctionKind::Import { module, field } };
            let mut id = self.new_id(Some(import));
            if ref_result || ref_params.contains(&true) {
                id = self.ref_wrapper(id, &ref_params, ref_result, Face::Import)?;
            }
            self.ids.insert(inst, id);
            return Ok(id);
        }
        if let Some(id) = self.ids.get(&inst) {
            return Ok(*id);
        }
        if !inst.has_body() && !(matches!(inst.kind, InstanceKind::Shim) && inst.body().is_some()) {
            return Err(Diag::new(
                Code::Callee,
                format!("no MIR body available for callee `{}`", inst.name()),
                "only functions with MIR in this crate or inlinable (`#[inline]`/generic) \
                 functions of core can be exported",
            )
            .at(pos));
        }
        let name = self.fresh(&inst.name());
        let id = self.new_id(None);
        self.ids.insert(inst, id);
        self.names.insert(id, name);
        self.queue.push_back(inst);
        Ok(id)
    }
}

/// What a panic does in the exported module.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PanicMode {
    /// A trap, at once: no message is built (tiny binaries). The default.
    Trap,
    /// core formats the message, the module writes it to the host import
    /// `wasmrust.panic_write(ptr, len)`, then traps (`wirc run` prints it).
    Message,
}

impl PanicMode {
    /// `trap` or `message`.
    pub fn parse(s: &str) -> Option<PanicMode> {
        match s {
            "trap" => Some(PanicMode::Trap),
            "message" => Some(PanicMode::Message),
            _ => None,
        }
    }
}

/// The choices of an export.
#[derive(Clone, Copy, Debug)]
pub struct ExportOptions {
    /// What panics do.
    pub panic: PanicMode,
}

/// Exports the crate: all `#[no_mangle]` functions and what they reach, as a module that
/// verifies.
pub fn export_crate(tcx: TyCtxt<'_>, opts: ExportOptions) -> Result<Module, Vec<Diag>> {
    // rustc_middle fallback: the target tuple (rustc_public only exposes pointer width/endianness).
    let triple = tcx.sess.opts.target_triple.tuple().to_string();
    if !triple.starts_with("wasm32") {
        return Err(vec![Diag::new(
            Code::Target,
            format!("the crate is compiled for `{triple}`, not `wasm32`"),
            "pass `--target wasm32-unknown-unknown` (the plain command line does this itself)",
        )]);
    }
    let mut c = Collector {
        tcx,
        ids: HashMap::new(),
        names: HashMap::new(),
        used: HashSet::new(),
        queue: VecDeque::new(),
        funcs: vec![],
        files: vec![],
        file_ids: HashMap::new(),
        data: vec![],
        alloc_data: HashMap::new(),
        const_data: HashMap::new(),
        uses_table: false,
        uses_refs: false,
        sigs: vec![],
        helpers: vec![],
        opts,
        linearity: crate::linear::Linearity::find(),
    };
    let mut diags = vec![];
    let mut exports: Vec<(String, FuncId)> = vec![];
    // Exports taking or returning `ExternRef`: (index in `exports`, which parameters, result).
    let mut ref_exports: Vec<(usize, Vec<bool>, bool)> = vec![];
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
        let (ins, out) = match check_sig(&inst, "exported function", true) {
            Ok(sig) => sig,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let ref_params: Vec<bool> = ins.iter().map(|t| is_extern_ref(*t)).collect();
        let ref_result = is_extern_ref(out);
        let sym = inst.mangled_name();
        let name = c.fresh(&sym);
        let id = c.new_id(None);
        c.ids.insert(inst, id);
        c.names.insert(id, name);
        if ref_result || ref_params.contains(&true) {
            ref_exports.push((exports.len(), ref_params, ref_result));
        }
        exports.push((sym, id));
        c.queue.push_back(inst);
    }
    while let Some(inst) = c.queue.pop_front() {
        let id = c.ids[&inst];
        let Some(name) = c.names.get(&id).cloned() else {
            diags.push(Diag::internal(&format!("function `{}` has no name", inst.name())));
            continue;
        };
        let Some(body) = inst.body() else {
            diags.push(Diag::new(Code::Callee, format!("no MIR body available for `{}`", inst.name()), ""));
            continue;
        };
        // A panic while lowering (a bug of mir-export, or of a rustc_public conversion it relies
        // on) is an internal error naming the function, not a crash.
        let lowered =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| lower_fn(tcx, &inst, &body, &name, &mut c)));
        match lowered {
            Ok(Ok(f)) => c.funcs[id.as_u32() as usize] = Some(f),
            Ok(Err(d)) => diags.push(d),
            Err(payload) => {
                let what = payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "a panic".into());
                diags.push(
                    Diag::internal(&format!("lowering `{}` panicked: {what}", inst.name())).at(Some(pos_of(body.span))),
                );
            }
        }
    }
    // The wasm face of an export with `ExternRef`s: a wrapper taking and returning `externref`,
    // which puts each incoming reference into a slot of the module's table and takes an outgoing
    // one out of its slot, around a call of the lowered function (whose handles are `i32`).
    for (k, params, result) in ref_exports {
        if !diags.is_empty() {
            break;
        }
        match c.ref_wrapper(exports[k].1, &params, result, Face::Export) {
            Ok(w) => exports[k].1 = w,
            Err(d) => diags.push(d),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let mut module = assemble(c.funcs, &exports, c.data, opts.panic)?;
    module.files = c.files;
    if c.uses_table || c.uses_refs {
        module.tables.push(TableData { name: "fns".into(), elem: wasmir_syntax::ir::Type::FuncRef, import: None });
    }
    if c.uses_refs {
        let refs = module.tables.push(TableData {
            name: "refs".into(),
            elem: wasmir_syntax::ir::Type::ExternRef,
            import: None,
        });
        module.exports.push(Export { name: crate::runtime::REFS_EXPORT.into(), item: ExportItem::Table(refs) });
    }
    for (i, sig) in c.sigs.into_iter().enumerate() {
        module.sigs.push(SigData { name: format!("sig{i}"), sig });
    }
    verified(module)
}

/// `module` if the WasmIR verifier accepts it; otherwise one E0513 per verifier diagnostic (a
/// module mir-export built that does not verify is a bug of mir-export, and is not written).
fn verified(module: Module) -> Result<Module, Vec<Diag>> {
    let found = wasmir_verify::verify(&module, &SourceMap::default());
    if found.is_empty() {
        return Ok(module);
    }
    // A debugging aid for mir-export's developers: the module that does not verify, as text.
    if let Some(path) = std::env::var_os("MIR_EXPORT_DUMP_INVALID") {
        let _ = std::fs::write(path, wasmir_syntax::print_module(&module));
    }
    let msgs = Messages::new(Locale::EnUs);
    Err(found.iter().map(|d| Diag::ownership(d).unwrap_or_else(|| Diag::unverified(d, &msgs))).collect())
}

/// The module: imports first, then defined functions, each in order of discovery; calls and
/// exports are renumbered from provisional ids to module ids.
fn assemble(
    funcs: Vec<Option<Function>>,
    exports: &[(String, FuncId)],
    data: Vec<DataItem>,
    panic: PanicMode,
) -> Result<Module, Vec<Diag>> {
    let missing = || vec![Diag::internal("a function was neither lowered nor reported")];
    let is_import = |f: &Option<Function>| matches!(f, Some(Function { kind: FunctionKind::Import { .. }, .. }));
    let order: Vec<usize> = (0..funcs.len())
        .filter(|&i| is_import(&funcs[i]))
        .chain((0..funcs.len()).filter(|&i| !is_import(&funcs[i])))
        .collect();
    let mut new_id = vec![FuncId::from_u32(0); funcs.len()];
    for (k, &i) in order.iter().enumerate() {
        new_id[i] = FuncId::from_u32(k as u32);
    }
    let renumber = |f: FuncId| new_id.get(f.as_u32() as usize).copied();
    let mut funcs: Vec<Option<Function>> = funcs;
    let mut module = Module { version: Some(Version::CURRENT), ..Module::default() };
    for &i in &order {
        let mut f = funcs[i].take().ok_or_else(missing)?;
        if let Some(body) = f.body_mut() {
            for (_, inst) in body.insts.iter_mut() {
                match &mut inst.kind {
                    InstKind::Call(callee) | InstKind::OpImm(_, Imm::FuncIndex { func: callee, .. }) => {
                        *callee = renumber(*callee).ok_or_else(missing)?;
                    }
                    _ => {}
                }
            }
        }
        module.funcs.push(f);
    }
    for (sym, id) in exports {
        module.exports.push(Export { name: sym.clone(), item: ExportItem::Func(renumber(*id).ok_or_else(missing)?) });
    }
    for mut d in data {
        for p in &mut d.parts {
            if let DataPart::FuncIndex { func, .. } = p {
                *func = renumber(*func).ok_or_else(missing)?;
            }
        }
        module.data.push(d);
    }
    // The memory every slot, load and store names (memory 0), declared only when used, so that
    // programs without memory stay without (the emitter sizes it for the shadow stack).
    let uses_memory = !module.data.is_empty()
        || module.funcs.values().filter_map(Function::body).any(|b| {
            !b.slots.is_empty()
                || b.insts.values().any(|i| matches!(i.kind, InstKind::OpImm(_, Imm::MemArg(_) | Imm::Memory(_))))
        });
    if uses_memory {
        let m = module.memories.push(MemoryData { name: "memory".into(), min_pages: 1, max_pages: None, import: None });
        // The host reads the panic message out of it (`wasmrust.panic_write(ptr, len)`).
        if panic == PanicMode::Message {
            module.exports.push(Export { name: "memory".into(), item: ExportItem::Memory(m) });
        }
    }
    Ok(module)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use wasmir_syntax::ir::builder::FunctionBuilder;
    use wasmir_syntax::ir::{Body, Opcode, Type};

    /// `fn(i32) -> i32` returning `x + 1`, or, if `broken`, returning nothing.
    fn module(broken: bool) -> Module {
        let sig = Signature::new(vec![Type::I32], vec![Type::I32]);
        let mut body = Body::default();
        // No signature: `ret` does not check, so the broken body can be built.
        let mut b = FunctionBuilder::new(&mut body);
        let entry = b.create_block();
        b.switch_to_block(entry).unwrap();
        let x = b.append_block_param(entry, Type::I32).unwrap();
        let one = b.iconst(Type::I32, 1).unwrap();
        let r = b.ins_op(Opcode::I32Add, &[x, one]).unwrap();
        let results = if broken { vec![] } else { vec![r] };
        b.ret(&results).unwrap();
        b.seal_block(entry).unwrap();
        b.finalize().unwrap();
        let f = Function { name: "f".into(), sig, loc: None, kind: FunctionKind::Defined(body) };
        let mut funcs = vec![Some(f)];
        let import = Function {
            name: "g".into(),
            sig: Signature::default(),
            loc: None,
            kind: FunctionKind::Import { module: "env".into(), field: "g".into() },
        };
        funcs.push(Some(import));
        assemble(funcs, &[("f".into(), FuncId::from_u32(0))], vec![], PanicMode::Trap).unwrap()
    }

    #[test]
    fn imports_come_first_and_exports_follow_their_function() {
        let m = module(false);
        let names: Vec<&str> = m.funcs.values().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["g", "f"]);
        assert_eq!(m.exports[0].func(), Some(FuncId::from_u32(1)));
        assert!(verified(m).is_ok());
    }

    #[test]
    fn a_module_that_does_not_verify_is_an_internal_error() {
        let Err(diags) = verified(module(true)) else { panic!("an invalid module verified") };
        assert!(!diags.is_empty());
        for d in &diags {
            assert_eq!(d.code, Code::Internal);
            assert!(d.message.contains("does not verify: E02"), "{}", d.message);
        }
    }
}
