//! The module-level driver: prepares the IR (`strip-ownership`, `legalize-i128`), sets up
//! Cranelift for the host, declares every function, translates each body and an entry
//! trampoline per export to CLIF, compiles them on every core, and finalizes the code.

use crate::abi::{self, Helper};
use crate::jit::{self, Code, Entry};
use crate::runtime::FuncEntry;
use crate::translate::{self, Env, Refs};
use crate::{Error, Export, NativeModule};
use cranelift_codegen::ir;
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_entity::EntityRef;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId as ClifFunc, Linkage, Module as _, ModuleReloc};
use rustc_hash::FxHashMap;
use wasmir_syntax::ir::layout::Layout;
use wasmir_syntax::ir::{ExportItem, FuncId, FunctionKind, Module, Signature, Type};

/// The one import the host provides, as `wirc run` on wasmtime does: mir-export's panic message
/// sink `wasmrust.panic_write(ptr: i32, len: i32)`.
pub const PANIC_WRITE: (&str, &str) = ("wasmrust", "panic_write");

fn codegen(e: impl core::fmt::Display) -> Error {
    Error::Codegen(e.to_string())
}

/// The ISA of the host, with the flags the backend relies on.
fn host_isa() -> Result<cranelift_codegen::isa::OwnedTargetIsa, Error> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(codegen);
    set(&mut flags, "opt_level", "speed")?;
    // The interpreter returns the positive canonical NaN for every arithmetic NaN.
    set(&mut flags, "enable_nan_canonicalization", "true")?;
    // WasmIR functions may return many values (wasm multi-value).
    set(&mut flags, "enable_multi_ret_implicit_sret", "true")?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    set(&mut flags, "is_pic", "false")?;
    // Cranelift's IR verifier is for debugging the translator, not for users' time.
    set(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
    let isa = cranelift_native::builder().map_err(codegen)?;
    isa.finish(settings::Flags::new(flags)).map_err(codegen)
}

/// Rejects what the host cannot provide: imported memories, globals and tables, and imported
/// functions other than [`PANIC_WRITE`] (with its signature).
fn check_imports(m: &Module) -> Result<(), Error> {
    let unknown = |module: &str, field: &str| Error::UnknownImport { module: module.into(), field: field.into() };
    let mut entities = (m.memories.values().filter_map(|x| x.import.as_ref()))
        .chain(m.globals.values().filter_map(|g| g.import.as_ref()))
        .chain(m.tables.values().filter_map(|t| t.import.as_ref()));
    if let Some(i) = entities.next() {
        return Err(unknown(&i.module, &i.field));
    }
    for f in m.funcs.values() {
        if let FunctionKind::Import { module, field } = &f.kind {
            // `(ptr, len)`: the address may be typed `ptr` (the same 32 bits).
            let sig_ok = f.sig.params.len() == 2
                && f.sig.params.iter().all(|t| t.wasm() == Type::I32)
                && f.sig.results.is_empty();
            if (module.as_str(), field.as_str()) != PANIC_WRITE || !sig_ok {
                return Err(unknown(module, field));
            }
        }
    }
    Ok(())
}

/// Function and helper references of the function being translated.
struct ModuleRefs<'a> {
    jit: &'a mut JITModule,
    funcs: &'a [ClifFunc],
    helpers: &'a FxHashMap<Helper, ClifFunc>,
    func_cache: FxHashMap<FuncId, ir::FuncRef>,
    helper_cache: FxHashMap<Helper, ir::FuncRef>,
}

impl Refs for ModuleRefs<'_> {
    fn func(&mut self, b: &mut FunctionBuilder, f: FuncId) -> ir::FuncRef {
        *self.func_cache.entry(f).or_insert_with(|| self.jit.declare_func_in_func(self.funcs[f.index()], b.func))
    }

    fn helper(&mut self, b: &mut FunctionBuilder, h: Helper) -> ir::FuncRef {
        *self.helper_cache.entry(h).or_insert_with(|| self.jit.declare_func_in_func(self.helpers[&h], b.func))
    }
}

/// Canonical signature numbers: equal parameter and result types, equal number.
fn intern(ids: &mut FxHashMap<(Vec<Type>, Vec<Type>), u32>, sig: &Signature) -> u32 {
    let n = ids.len() as u32;
    // `call_indirect` compares signatures as wasm does (spec §12.6.2): `ptr` is `i32` there.
    *ids.entry(sig.wasm_shape()).or_insert(n)
}

/// Compiles `input` (see [`crate::compile`]).
pub fn compile(input: &Module, config: wasmir_interp::Config) -> Result<NativeModule, Error> {
    let mut module = input.clone();
    let original = crate::export_signatures(&module);
    // The backend never sees ownership or `i128` (spec ch. 13, §3.4.1), like the emitter.
    let _stripped = wasmir_opt::strip_ownership::run(&mut module);
    let _legalized = wasmir_opt::legalize_i128::run(&mut module);
    check_imports(&module)?;
    let layout = Layout::compute(&module, config.stack_size);

    let isa = host_isa()?;
    let call_conv = isa.default_call_conv();
    let mut builder = JITBuilder::with_isa(isa, default_libcall_names());
    for h in Helper::ALL {
        builder.symbol(h.symbol(), jit::helper_address(h));
    }
    let mut jit = JITModule::new(builder);

    let mut helpers = FxHashMap::default();
    for h in Helper::ALL {
        let id = jit.declare_function(h.symbol(), Linkage::Import, &h.signature(call_conv)).map_err(codegen)?;
        helpers.insert(h, id);
    }
    let mut sig_table = FxHashMap::default();
    let mut funcs = Vec::with_capacity(module.funcs.len());
    let mut sig_ids = Vec::with_capacity(module.funcs.len());
    for (fid, f) in module.funcs.iter() {
        let sig =
            abi::signature(call_conv, &f.sig).ok_or_else(|| Error::Invalid("i128 left after legalization".into()))?;
        funcs.push(jit.declare_function(&format!("f{}", fid.index()), Linkage::Local, &sig).map_err(codegen)?);
        sig_ids.push(intern(&mut sig_table, &f.sig));
    }
    let named_sig_ids: Vec<u32> = module.sigs.values().map(|s| intern(&mut sig_table, &s.sig)).collect();
    let frontend = jit.target_config();
    let grows_memory = module.funcs.values().filter_map(|f| f.body()).any(|b| {
        b.layout.iter().flat_map(|&blk| &b.blocks[blk].insts).any(|&i| {
            matches!(b.insts[i].kind, wasmir_syntax::ir::InstKind::OpImm(wasmir_syntax::ir::Opcode::MemoryGrow, _))
        })
    });
    let env =
        Env { module: &module, layout: &layout, call_conv, named_sig_ids: &named_sig_ids, frontend, grows_memory };

    // Translate every function to CLIF (sequential: declarations live in the JIT module).
    let mut fctx = FunctionBuilderContext::new();
    let mut bodies: Vec<(ClifFunc, ir::Function, String)> = Vec::with_capacity(module.funcs.len());
    for (fid, f) in module.funcs.iter() {
        let sig = abi::signature(call_conv, &f.sig).ok_or_else(|| Error::Invalid("i128 signature".into()))?;
        let id = funcs[fid.index()];
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, id.as_u32()), sig);
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fctx);
            let mut refs = ModuleRefs {
                jit: &mut jit,
                funcs: &funcs,
                helpers: &helpers,
                func_cache: FxHashMap::default(),
                helper_cache: FxHashMap::default(),
            };
            match &f.kind {
                FunctionKind::Defined(body) => translate::function(b, &env, &mut refs, fid, body)?,
                FunctionKind::Import { .. } => {
                    let h = refs.helper(&mut b, Helper::PanicWrite);
                    translate::import_stub(b, h, frontend);
                }
            }
        }
        bodies.push((id, func, format!("@{}", f.name)));
    }
    // One entry trampoline per exported function.
    let mut pending = Vec::new();
    for e in &module.exports {
        let ExportItem::Func(fid) = e.item else { continue };
        let tsig = abi::trampoline_signature(call_conv);
        let id = jit.declare_function(&format!("entry_{}", pending.len()), Linkage::Local, &tsig).map_err(codegen)?;
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, id.as_u32()), tsig);
        {
            let b = FunctionBuilder::new(&mut func, &mut fctx);
            let callee = jit.declare_func_in_func(funcs[fid.index()], &mut *b.func);
            translate::trampoline(b, callee, &module.funcs[fid].sig, frontend)?;
        }
        bodies.push((id, func, format!("the entry of {}", e.name)));
        pending.push((e.name.clone(), fid, id));
    }
    // Compile on every core (Cranelift's work dominates), then hand the code to the JIT in order.
    for (id, code) in compile_all(jit.isa(), bodies)? {
        jit.define_function_bytes(id, code.align, &code.bytes, &code.relocs).map_err(codegen)?;
    }
    jit.finalize_definitions().map_err(codegen)?;

    let table: Vec<FuncEntry> = (0..funcs.len())
        .map(|i| FuncEntry { code: jit.get_finalized_function(funcs[i]) as usize, sig: sig_ids[i] })
        .collect();
    let mut exports = FxHashMap::default();
    for (name, fid, id) in pending {
        let entry = Entry::new(jit.get_finalized_function(id));
        let sig = original.get(&name).cloned().unwrap_or_else(|| module.funcs[fid].sig.clone());
        exports.insert(name, Export { func: fid, entry, sig, lowered: module.funcs[fid].sig.clone() });
    }
    Ok(NativeModule { module, layout, config, funcs: table, exports, _code: Code::new(jit) })
}

/// Machine code of one function, ready for `define_function_bytes`.
struct Compiled {
    bytes: Vec<u8>,
    align: u64,
    relocs: Vec<ModuleReloc>,
}

/// Compiles `bodies` with `isa` on up to one thread per core (functions are independent once
/// translated; the order of the result is the order of `bodies`, so the code is the same
/// whatever the thread count). Errors: the first function Cranelift rejects, by name.
fn compile_all(
    isa: &dyn TargetIsa,
    bodies: Vec<(ClifFunc, ir::Function, String)>,
) -> Result<Vec<(ClifFunc, Compiled)>, Error> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8).min(bodies.len().max(1));
    let mut parts: Vec<Vec<(usize, ClifFunc, ir::Function, String)>> = (0..threads).map(|_| Vec::new()).collect();
    for (i, (id, func, name)) in bodies.into_iter().enumerate() {
        parts[i % threads].push((i, id, func, name));
    }
    let one = |(i, id, func, name): (usize, ClifFunc, ir::Function, String)| {
        let mut ctx = cranelift_codegen::Context::for_function(func);
        ctx.compile(isa, &mut cranelift_codegen::control::ControlPlane::default())
            .map_err(|e| Error::Codegen(format!("{name}: {:?}", e.inner)))?;
        let code = ctx.compiled_code().ok_or_else(|| Error::Codegen(format!("{name}: no code")))?;
        let align = u64::from(code.buffer.alignment);
        let bytes = code.code_buffer().to_vec();
        let relocs = code.buffer.relocs().iter().map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id)).collect();
        Ok::<_, Error>((i, id, Compiled { bytes, align, relocs }))
    };
    let mut done: Vec<(usize, ClifFunc, Compiled)> = std::thread::scope(|s| {
        let handles: Vec<_> =
            parts.into_iter().map(|part| s.spawn(move || part.into_iter().map(one).collect::<Vec<_>>())).collect();
        let mut all = Vec::new();
        for h in handles {
            match h.join() {
                Ok(results) => all.extend(results),
                Err(_) => all.push(Err(Error::Codegen("a compilation thread panicked".into()))),
            }
        }
        all.into_iter().collect::<Result<Vec<_>, Error>>()
    })?;
    done.sort_by_key(|(i, _, _)| *i);
    Ok(done.into_iter().map(|(_, id, c)| (id, c)).collect())
}
