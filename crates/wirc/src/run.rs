//! Running a wasm module on wasmtime, embedded as a library so nothing else need be installed.
//!
//! One call = one fresh store and instance (a trap in one call cannot leave state for the next),
//! unless the caller asks for a [`Session`] of many calls.
//! [`interpret`] runs the IR on the reference interpreter instead (`wirc run --backend interp`),
//! with the same argument parsing, results and errors.
//!
//! A trap names the source location of the IR instruction that raised it when the IR has one
//! (D9, spec §7.9): on wasmtime, the innermost frame of the trap's backtrace looked up in the
//! module's `wasmir.locs` section; on the interpreter, the trapping instruction's location in the
//! body. Both give the same location for the same trap. A stack overflow has none: wasm detects
//! it at a function's entry, the interpreter at the call.

use crate::codes;
use std::collections::BTreeMap;
use wasmir_emit::locs::LocTable;
use wasmir_syntax::diag::{Code, Diagnostic};
use wasmir_syntax::ir::Module as IrModule;
use wasmir_syntax::ir::Span;
use wasmir_syntax::ir::{Signature, Type};
use wasmtime::{Caller, Engine, Instance, Linker, Module, Store, Val, ValType};

/// A value passed to or returned from an exported function, by wasm type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// An i32, as its bits.
    I32(i32),
    /// An i64, as its bits.
    I64(i64),
    /// An i128, as its bits: on wasm, two i64 (low half first) of an export whose IR signature
    /// the runner knows ([`Runner::with_ir_signatures`]).
    I128(i128),
    /// An f32.
    F32(f32),
    /// An f64.
    F64(f64),
    /// An `externref`: whether it is non-null (a reference has no text but `null`/`ref`).
    ExternRef(bool),
    /// A `funcref`: whether it is non-null.
    FuncRef(bool),
}

impl core::fmt::Display for Value {
    /// Integers print as signed decimal; floats in shortest round-trip form (`inf`, `NaN`);
    /// references as `null` or `ref`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Value::I32(v) => write!(f, "{v}"),
            Value::I64(v) => write!(f, "{v}"),
            Value::I128(v) => write!(f, "{v}"),
            Value::F32(v) => write!(f, "{v:?}"),
            Value::F64(v) => write!(f, "{v:?}"),
            Value::ExternRef(r) | Value::FuncRef(r) => f.write_str(if *r { "ref" } else { "null" }),
        }
    }
}

/// A compiled module ready to be invoked many times.
pub struct Runner {
    engine: Engine,
    module: Module,
    /// The module's `wasmir.locs` section, when it has one that decodes.
    locs: Option<LocTable>,
    /// IR signatures of the exported functions, by export name, when the module was compiled
    /// from IR here: calls then take and return `i128` values.
    ir_sigs: BTreeMap<String, Signature>,
}

fn err(code: Code) -> Diagnostic {
    Diagnostic::new(code, Span::default())
}

/// E0421: no exported function `name`; the hint lists `exports` (the message says "none" in its
/// own language when there are none: `$listed` selects).
fn no_such_export(name: &str, exports: &[&str]) -> Diagnostic {
    err(codes::NO_SUCH_EXPORT)
        .arg("name", name)
        .arg("listed", if exports.is_empty() { "none" } else { "some" })
        .arg("exports", exports.join(", "))
}

/// E0424: `name` trapped. `$trap` is a keyword the message selects its words on (the trap kinds of
/// spec §1.3, the same for both backends); `$detail` carries the engine's own text for a trap that
/// has no keyword; `$func` is the function that trapped and `$at` the source location of the
/// trapping instruction, `file:line:col` (each `none` when unknown).
fn trapped(name: &str, trap: &'static str, detail: String, func: Option<String>, at: Option<String>) -> Diagnostic {
    // A stack overflow is found at a function's entry on wasm but at the call on the interpreter:
    // neither is the location of an instruction of the source.
    let at = at.filter(|_| trap != "stack-overflow");
    err(codes::TRAPPED)
        .arg("name", name)
        .arg("trap", trap)
        .arg("detail", detail)
        .arg("func", func.unwrap_or_else(|| "none".to_string()))
        .arg("at", at.unwrap_or_else(|| "none".to_string()))
}

/// The `$trap` keyword of an interpreter trap.
pub(crate) fn interp_trap_keyword(kind: wasmir_interp::TrapKind) -> &'static str {
    use wasmir_interp::TrapKind as K;
    match kind {
        K::Unreachable => "unreachable",
        K::IntegerDivideByZero => "divide-by-zero",
        K::IntegerOverflow => "integer-overflow",
        K::InvalidConversionToInteger => "invalid-conversion",
        K::CheckedOverflow => "checked-overflow",
        K::StackOverflow => "stack-overflow",
        K::MemoryOutOfBounds => "memory-out-of-bounds",
        K::UndefinedElement => "undefined-element",
        K::TableOutOfBounds => "table-out-of-bounds",
        K::IndirectCallTypeMismatch => "indirect-call-type-mismatch",
        K::OutOfFuel => "out-of-fuel",
        K::UnknownImport => "unknown-import",
        K::Invalid => "invalid-ir",
    }
}

/// The `$trap` keyword of a wasmtime trap, `other` for those WasmIR cannot cause. A shadow-stack
/// overflow and a checked-arithmetic overflow are `unreachable` on wasm (spec §1.3).
fn wasmtime_trap_keyword(trap: wasmtime::Trap) -> &'static str {
    use wasmtime::Trap as T;
    match trap {
        T::UnreachableCodeReached => "unreachable",
        T::IntegerDivisionByZero => "divide-by-zero",
        T::IntegerOverflow => "integer-overflow",
        T::BadConversionToInteger => "invalid-conversion",
        T::StackOverflow => "stack-overflow",
        T::MemoryOutOfBounds => "memory-out-of-bounds",
        // An index past the table, or its empty entry 0; wasmtime also reports `table.get` and
        // `table.set` past the end so (the interpreter's `table-out-of-bounds`).
        T::TableOutOfBounds | T::IndirectCallToNull => "undefined-element",
        T::BadSignature => "indirect-call-type-mismatch",
        T::OutOfFuel => "out-of-fuel",
        _ => "other",
    }
}

impl Runner {
    /// Compiles `wasm` with wasmtime's Cranelift backend. Errors: E0420 when wasmtime rejects the
    /// module.
    pub fn new(wasm: &[u8]) -> Result<Runner, Diagnostic> {
        // Trap locations need the backtrace and the map from code back to module offsets (both on
        // by default; said here because `call` relies on them).
        let mut config = wasmtime::Config::new();
        config.generate_address_map(true);
        config.wasm_backtrace_max_frames(std::num::NonZeroUsize::new(20));
        let engine = Engine::new(&config).map_err(|e| err(codes::WASMTIME_LOAD).arg("detail", format!("{e:#}")))?;
        let module =
            Module::new(&engine, wasm).map_err(|e| err(codes::WASMTIME_LOAD).arg("detail", format!("{e:#}")))?;
        // A malformed section only costs the locations.
        let locs = LocTable::from_module(wasm).and_then(Result::ok);
        Ok(Runner { engine, module, locs, ir_sigs: BTreeMap::new() })
    }

    /// Lets calls use the IR signatures of the exported functions (of the module the wasm was
    /// compiled from, before legalization: [`export_signatures`]): an `i128` argument or result
    /// is then one [`Value::I128`], passed to and from wasm as two `i64`, low half first, as
    /// `legalize-i128` splits it (spec §3.4.1).
    pub fn with_ir_signatures(mut self, sigs: BTreeMap<String, Signature>) -> Runner {
        self.ir_sigs = sigs;
        self
    }

    /// The parameter types of export `name`. Errors: E0421 (no such function export).
    pub fn params(&self, name: &str) -> Result<Vec<ValType>, Diagnostic> {
        match self.module.get_export(name) {
            Some(wasmtime::ExternType::Func(ft)) => Ok(ft.params().collect()),
            _ => Err(self.no_export(name)),
        }
    }

    fn no_export(&self, name: &str) -> Diagnostic {
        let funcs: Vec<String> = self
            .module
            .exports()
            .filter(|e| matches!(e.ty(), wasmtime::ExternType::Func(_)))
            .map(|e| e.name().to_string())
            .collect();
        let funcs: Vec<&str> = funcs.iter().map(String::as_str).collect();
        no_such_export(name, &funcs)
    }

    /// The IR parameter types of export `name` when known, else its wasm parameter types.
    fn ir_params(&self, name: &str) -> Result<Vec<Type>, Diagnostic> {
        if let Some(sig) = self.ir_sigs.get(name) {
            return Ok(sig.params.clone());
        }
        Ok(self.params(name)?.iter().map(ir_type).collect())
    }

    /// Calls export `name` with `args` (already typed) and returns its results, on a fresh
    /// instance ([`session`](Self::session) then [`Session::call`]).
    /// Errors: E0421 no such export, E0422 wrong argument count or type, E0423 the module has
    /// imports other than [`PANIC_WRITE`], E0424 the call trapped (with argument `panic`, the
    /// Rust panic message, when the module wrote one).
    pub fn call(&self, name: &str, args: &[Value]) -> Result<Vec<Value>, Diagnostic> {
        self.session()?.call(name, args)
    }

    /// A fresh store and instance of the module, for many calls that share its memory and
    /// globals (a pure function's differential test: one instantiation, not one per call).
    /// Errors: E0423 the module has imports, E0420 instantiation fails.
    pub fn session(&self) -> Result<Session<'_>, Diagnostic> {
        // The one host function the runner provides: the panic message sink of mir-export's
        // `--panic=message` (`wasmrust.panic_write(ptr, len)`, UTF-8 bytes in memory 0).
        let mut linker: Linker<Host> = Linker::new(&self.engine);
        for imp in self.module.imports() {
            if (imp.module(), imp.name()) != PANIC_WRITE {
                return Err(err(codes::HAS_IMPORTS).arg("module", imp.module()).arg("field", imp.name()));
            }
        }
        linker
            .func_wrap(PANIC_WRITE.0, PANIC_WRITE.1, |mut caller: Caller<'_, Host>, ptr: i32, len: i32| {
                let mem = caller.get_export("memory").and_then(|e| e.into_memory());
                let Some(mem) = mem else { return };
                let (start, len) = (ptr as u32 as usize, len as u32 as usize);
                let data = mem.data(&caller);
                let end = start.saturating_add(len).min(data.len());
                let bytes = data.get(start..end).unwrap_or(&[]).to_vec();
                let room = MAX_PANIC_BYTES.saturating_sub(caller.data().panic.len());
                caller.data_mut().panic.extend(bytes.into_iter().take(room));
            })
            .map_err(|e| err(codes::WASMTIME_LOAD).arg("detail", format!("{e:#}")))?;
        let mut store = Store::new(&self.engine, Host::default());
        let instance = linker
            .instantiate(&mut store, &self.module)
            .map_err(|e| err(codes::WASMTIME_LOAD).arg("detail", format!("{e:#}")))?;
        Ok(Session { runner: self, store, instance })
    }
}

/// The import `wasmrust.panic_write(ptr: i32, len: i32)`: mir-export's `--panic=message` writes
/// the panic message there before it traps.
pub const PANIC_WRITE: (&str, &str) = ("wasmrust", "panic_write");

/// At most this many bytes of panic message are kept (a panicking `Display` may loop).
const MAX_PANIC_BYTES: usize = 64 * 1024;

/// The host state of an instance: the panic message written so far.
#[derive(Default)]
struct Host {
    panic: Vec<u8>,
}

/// One instance of a [`Runner`]'s module: calls share its linear memory and globals, so a call
/// sees what earlier calls left (a trap may leave the shadow-stack pointer moved).
pub struct Session<'r> {
    runner: &'r Runner,
    store: Store<Host>,
    instance: Instance,
}

impl Session<'_> {
    /// Calls export `name` with `args` (already typed) and returns its results.
    /// Errors: E0421 no such export, E0422 wrong argument count or type, E0424 the call trapped.
    pub fn call(&mut self, name: &str, args: &[Value]) -> Result<Vec<Value>, Diagnostic> {
        let this = self.runner;
        let store = &mut self.store;
        let func = self.instance.get_func(&mut *store, name).ok_or_else(|| this.no_export(name))?;
        let ty = func.ty(&*store);
        let params: Vec<ValType> = ty.params().collect();
        let lowered: usize = args.iter().map(|a| if matches!(a, Value::I128(_)) { 2 } else { 1 }).sum();
        if params.len() != lowered {
            let expected = this.ir_sigs.get(name).map_or(params.len(), |s| s.params.len());
            return Err(err(codes::ARGUMENT_COUNT).arg("name", name).arg("expected", expected).arg("got", args.len()));
        }
        let vals: Vec<Val> = args
            .iter()
            .flat_map(|a| match *a {
                Value::I32(v) => vec![Val::I32(v)],
                Value::I64(v) => vec![Val::I64(v)],
                Value::I128(v) => vec![Val::I64(v as i64), Val::I64((v >> 64) as i64)],
                Value::F32(v) => vec![Val::F32(v.to_bits())],
                Value::F64(v) => vec![Val::F64(v.to_bits())],
                // Only null can be passed in (`parse_arg`): the runner holds no reference.
                Value::ExternRef(_) => vec![Val::ExternRef(None)],
                Value::FuncRef(_) => vec![Val::FuncRef(None)],
            })
            .collect();
        let mut results = vec![Val::I32(0); ty.results().len()];
        func.call(&mut *store, &vals, &mut results).map_err(|e| {
            let (keyword, detail) = match e.downcast_ref::<wasmtime::Trap>() {
                Some(&trap) => (wasmtime_trap_keyword(trap), trap.to_string()),
                None => ("other", format!("{e:#}")),
            };
            let offset =
                e.downcast_ref::<wasmtime::WasmBacktrace>().and_then(|bt| bt.frames().first()?.module_offset());
            let at = this.locs.as_ref().zip(offset).and_then(|(t, o)| t.describe(u32::try_from(o).ok()?));
            let d = trapped(name, keyword, detail, None, at);
            // The Rust panic message, when the module wrote one (`--panic=message`): printed
            // before the diagnostic, as a Rust program prints it.
            let msg = std::mem::take(&mut store.data_mut().panic);
            if msg.is_empty() {
                d
            } else {
                d.arg("panic", String::from_utf8_lossy(&msg))
            }
        })?;
        let mut wasm = results.iter().map(|v| match v {
            Val::I32(x) => Value::I32(*x),
            Val::I64(x) => Value::I64(*x),
            Val::F32(x) => Value::F32(f32::from_bits(*x)),
            Val::F64(x) => Value::F64(f64::from_bits(*x)),
            Val::ExternRef(r) => Value::ExternRef(r.is_some()),
            Val::FuncRef(r) => Value::FuncRef(r.is_some()),
            _ => Value::I32(0),
        });
        let Some(sig) = this.ir_sigs.get(name) else { return Ok(wasm.collect()) };
        // An `i128` result comes back as its low and then its high `i64`.
        let mut out = Vec::with_capacity(sig.results.len());
        for &t in &sig.results {
            let v = match (t, wasm.next()) {
                (Type::I128, Some(Value::I64(lo))) => match wasm.next() {
                    Some(Value::I64(hi)) => Value::I128((hi as i128) << 64 | lo as u64 as i128),
                    _ => Value::I64(lo),
                },
                (_, Some(v)) => v,
                (_, None) => break,
            };
            out.push(v);
        }
        Ok(out)
    }
}

impl Runner {
    /// Parses command-line argument texts by the parameter types of export `name`, then calls it.
    /// Integers accept the signed and the unsigned range of their width (`-1` and `4294967295`
    /// are the same i32); floats accept Rust's syntax plus `inf`, `-inf`, `nan`.
    pub fn call_with_text(&self, name: &str, args: &[String]) -> Result<Vec<Value>, Diagnostic> {
        let params = self.ir_params(name)?;
        if params.len() != args.len() {
            return Err(err(codes::ARGUMENT_COUNT)
                .arg("name", name)
                .arg("expected", params.len())
                .arg("got", args.len()));
        }
        let mut vals = Vec::new();
        for (i, (ty, text)) in params.iter().zip(args).enumerate() {
            let v = parse_arg(*ty, text).ok_or_else(|| {
                err(codes::BAD_ARGUMENT).arg("index", i + 1).arg("text", text).arg("ty", format!("{ty}"))
            })?;
            vals.push(v);
        }
        self.call(name, &vals)
    }
}

/// The IR signature of every exported function of `module`, by export name.
pub fn export_signatures(module: &IrModule) -> BTreeMap<String, Signature> {
    let mut out = BTreeMap::new();
    for e in &module.exports {
        if let Some(f) = e.func().and_then(|id| module.funcs.get(id)) {
            out.insert(e.name.clone(), f.sig.clone());
        }
    }
    out
}

/// Which engine `wirc run` executes a module on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Backend {
    /// The module compiled to wasm, on the embedded wasmtime.
    #[default]
    Wasmtime,
    /// The IR itself, on the reference interpreter (`wasmir-interp`).
    Interp,
    /// The IR compiled to host code through Cranelift and run in process (`wasmir-native`).
    Native,
}

/// Calls export `name` of `module` on the reference interpreter, with the argument texts parsed
/// by the function's parameter types as [`Runner::call_with_text`] parses them, and returns the
/// results as wasm values, so both backends print the same way.
/// Errors: as [`Runner::call`]: E0421 no such export, E0422 wrong argument count, E0423 the module
/// has imports, E0424 the call trapped (the trap kind of spec §1.3, and the function), E0425 an
/// argument does not parse.
pub fn interpret(module: &IrModule, name: &str, args: &[String]) -> Result<Vec<Value>, Diagnostic> {
    use wasmir_syntax::ir::FunctionKind;
    let func_imports = module.funcs.values().filter_map(|f| match &f.kind {
        FunctionKind::Import { module, field } => Some((module.as_str(), field.as_str())),
        FunctionKind::Defined(_) => None,
    });
    let entity_imports = (module.memories.values().filter_map(|m| m.import.as_ref()))
        .chain(module.globals.values().filter_map(|g| g.import.as_ref()))
        .chain(module.tables.values().filter_map(|t| t.import.as_ref()))
        .map(|i| (i.module.as_str(), i.field.as_str()));
    if let Some((m, field)) = func_imports.chain(entity_imports).next() {
        return Err(err(codes::HAS_IMPORTS).arg("module", m).arg("field", field));
    }
    let (fid, vals) = ir_arguments(module, name, args)?;
    let mut host = |_: &str, _: &str, _: &[wasmir_syntax::ir::Constant]| Err(wasmir_interp::TrapKind::UnknownImport);
    let results =
        wasmir_interp::call(module, fid, &vals, wasmir_interp::Config::default(), &mut host).map_err(|t| {
            let func = t.func.and_then(|id| module.funcs.get(id)).map(|f| format!("@{}", f.name));
            trapped(name, interp_trap_keyword(t.kind), t.kind.to_string(), func, interp_location(module, &t))
        })?;
    Ok(results.iter().map(|&c| ir_value(c)).collect())
}

/// The exported function `name` of `module` and the argument texts parsed by its IR parameter
/// types. Errors: E0421 no such export, E0422 wrong argument count, E0425 an argument does not
/// parse.
fn ir_arguments(
    module: &IrModule,
    name: &str,
    args: &[String],
) -> Result<(wasmir_syntax::ir::FuncId, Vec<wasmir_syntax::ir::Constant>), Diagnostic> {
    let Some((fid, f)) = module
        .exports
        .iter()
        .filter(|e| e.name == name)
        .find_map(|e| e.func())
        .and_then(|id| Some((id, module.funcs.get(id)?)))
    else {
        return Err(no_such_function_export(module, name));
    };
    Ok((fid, parse_ir_args(&f.sig, name, args)?))
}

/// E0421 for `name`, listing the function exports of `module`.
fn no_such_function_export(module: &IrModule, name: &str) -> Diagnostic {
    let names: Vec<&str> = module.exports.iter().filter(|e| e.func().is_some()).map(|e| e.name.as_str()).collect();
    no_such_export(name, &names)
}

/// The argument texts of a call of `name` parsed by the parameter types of `sig`. Errors: E0422
/// wrong argument count, E0425 an argument does not parse.
fn parse_ir_args(sig: &Signature, name: &str, args: &[String]) -> Result<Vec<wasmir_syntax::ir::Constant>, Diagnostic> {
    use wasmir_syntax::ir::Constant;
    if sig.params.len() != args.len() {
        return Err(err(codes::ARGUMENT_COUNT)
            .arg("name", name)
            .arg("expected", sig.params.len())
            .arg("got", args.len()));
    }
    let mut vals = Vec::with_capacity(args.len());
    for (i, (&ty, text)) in sig.params.iter().zip(args).enumerate() {
        let v = parse_arg(ty, text).ok_or_else(|| {
            err(codes::BAD_ARGUMENT).arg("index", i + 1).arg("text", text).arg("ty", format!("{}", ty.wasm()))
        })?;
        let c = match v {
            Value::I32(x) => Constant::i32(x),
            Value::I64(x) => Constant::i64(x),
            Value::I128(x) => Constant::i128(x),
            Value::F32(x) => Constant::f32(x),
            Value::F64(x) => Constant::f64(x),
            // Only null parses (`parse_arg`).
            Value::ExternRef(_) => Constant { ty: Type::ExternRef, bits: 0 },
            Value::FuncRef(_) => Constant { ty: Type::FuncRef, bits: 0 },
        };
        // A `ptr` parameter takes an i32 text: the same bits, typed as the parameter.
        vals.push(Constant { ty, ..c });
    }
    Ok(vals)
}

/// An IR constant (a result of the interpreter or the native backend) as the value `wirc run`
/// prints: `ptr` as `i32`, a reference as whether it is non-null.
pub fn ir_value(c: wasmir_syntax::ir::Constant) -> Value {
    match c.ty {
        Type::I32 | Type::Ptr => Value::I32(c.bits as u32 as i32),
        Type::I64 => Value::I64(c.bits as i64),
        Type::I128 => Value::I128(c.bits as i128),
        Type::F32 => Value::F32(f32::from_bits(c.bits as u32)),
        Type::F64 => Value::F64(f64::from_bits(c.bits as u64)),
        Type::ExternRef => Value::ExternRef(c.bits != 0),
        Type::FuncRef => Value::FuncRef(c.bits != 0),
    }
}

/// Compiles `module` with the native backend (`wasmir-native`: Cranelift, in process).
/// Errors: E0423 the module imports something other than [`PANIC_WRITE`], E0429 Cranelift
/// cannot compile it (an internal error).
pub fn compile_native(module: &IrModule) -> Result<wasmir_native::NativeModule, Diagnostic> {
    wasmir_native::compile(module).map_err(|e| match e {
        wasmir_native::Error::UnknownImport { module, field } => {
            err(codes::HAS_IMPORTS).arg("module", module).arg("field", field)
        }
        other => err(codes::NATIVE_FAILED).arg("detail", other.to_string()),
    })
}

/// Calls export `name` of `native` on a fresh instance, with the argument texts parsed as
/// [`interpret`] parses them; results and errors as [`interpret`]'s (the trap's function and
/// location are those of the same instruction), and a panic message written through
/// [`PANIC_WRITE`] as on wasmtime.
pub fn run_native(native: &wasmir_native::NativeModule, name: &str, args: &[String]) -> Result<Vec<Value>, Diagnostic> {
    // The IR signature from before `legalize-i128`: an `i128` is one argument.
    let sig = native.export_signature(name).ok_or_else(|| no_such_function_export(native.module(), name))?;
    let vals = parse_ir_args(sig, name, args)?;
    NativeSession::new(native)?.call_ir(name, &vals)
}

/// One instance of a native module for many calls that share its memory and globals, as
/// [`Session`] is for wasm.
pub struct NativeSession<'n> {
    native: &'n wasmir_native::NativeModule,
    instance: wasmir_native::Instance<'n>,
}

impl<'n> NativeSession<'n> {
    /// A fresh instance of `native`. Errors: E0424 when it cannot be instantiated (the
    /// interpreter's reasons: a memory past the page budget, invalid IR).
    pub fn new(native: &'n wasmir_native::NativeModule) -> Result<NativeSession<'n>, Diagnostic> {
        let instance = native
            .instantiate()
            .map_err(|t| trapped("", interp_trap_keyword(t.kind), t.kind.to_string(), None, None))?;
        Ok(NativeSession { native, instance })
    }

    /// Calls export `name` with `args` (typed as for [`Session::call`]; an `i128` is one value).
    /// Errors: E0421 no such export, E0422 wrong argument count, E0424 the call trapped.
    pub fn call(&mut self, name: &str, args: &[Value]) -> Result<Vec<Value>, Diagnostic> {
        use wasmir_syntax::ir::Constant;
        let sig =
            self.native.export_signature(name).ok_or_else(|| no_such_function_export(self.native.module(), name))?;
        if sig.params.len() != args.len() {
            return Err(err(codes::ARGUMENT_COUNT)
                .arg("name", name)
                .arg("expected", sig.params.len())
                .arg("got", args.len()));
        }
        let vals: Vec<Constant> = sig
            .params
            .iter()
            .zip(args)
            .map(|(&ty, v)| {
                let bits = match *v {
                    Value::I32(x) => x as u32 as u128,
                    Value::I64(x) => x as u64 as u128,
                    Value::I128(x) => x as u128,
                    Value::F32(x) => x.to_bits() as u128,
                    Value::F64(x) => x.to_bits() as u128,
                    // Only null can be passed in: the runner holds no reference.
                    Value::ExternRef(_) | Value::FuncRef(_) => 0,
                };
                Constant { ty, bits }
            })
            .collect();
        self.call_ir(name, &vals)
    }

    fn call_ir(&mut self, name: &str, vals: &[wasmir_syntax::ir::Constant]) -> Result<Vec<Value>, Diagnostic> {
        let module = self.native.module();
        let results = self.instance.call_export(name, vals).unwrap_or(Err(wasmir_interp::Trap {
            kind: wasmir_interp::TrapKind::Invalid,
            func: None,
            inst: None,
        }));
        let results = results.map_err(|t| {
            let func = t.func.and_then(|id| module.funcs.get(id)).map(|f| format!("@{}", f.name));
            let d = trapped(name, interp_trap_keyword(t.kind), t.kind.to_string(), func, interp_location(module, &t));
            let msg = self.instance.take_panic_message();
            if msg.is_empty() {
                d
            } else {
                d.arg("panic", String::from_utf8_lossy(&msg))
            }
        })?;
        Ok(results.iter().map(|&c| ir_value(c)).collect())
    }
}

/// The source location of the instruction an interpreter trap names, `file:line:col`.
fn interp_location(module: &IrModule, trap: &wasmir_interp::Trap) -> Option<String> {
    let body = module.funcs.get(trap.func?)?.body()?;
    let loc = (*body.locs.get(trap.inst?)?)?;
    let file = module.files.get(loc.file as usize)?;
    Some(format!("{file}:{}:{}", loc.line, loc.col))
}

/// The IR type a wasm parameter type carries (a plain `.wasm` has no `ptr` or `i128`); `i32` for
/// types WasmIR has no name for (`v128`, typed references).
fn ir_type(t: &ValType) -> Type {
    match t {
        ValType::I64 => Type::I64,
        ValType::F32 => Type::F32,
        ValType::F64 => Type::F64,
        ValType::Ref(r) if r.matches(&wasmtime::RefType::EXTERNREF) => Type::ExternRef,
        ValType::Ref(r) if r.matches(&wasmtime::RefType::FUNCREF) => Type::FuncRef,
        _ => Type::I32,
    }
}

/// Parses one argument text as a value of IR type `ty` (a `ptr` as its i32 address); `None` if
/// it does not fit.
pub fn parse_arg(ty: Type, text: &str) -> Option<Value> {
    let t = text.trim();
    match ty {
        Type::I32 | Type::Ptr => parse_int(t, 32).map(|b| Value::I32(b as u32 as i32)),
        Type::I64 => parse_int(t, 64).map(|b| Value::I64(b as u64 as i64)),
        Type::I128 => parse_int(t, 128).map(|b| Value::I128(b as i128)),
        Type::F32 => parse_float(t).map(|f| Value::F32(f as f32)),
        Type::F64 => parse_float(t).map(Value::F64),
        // Only null can be written: a reference cannot be named in text (spec §3.4.2).
        Type::ExternRef => (t == "null").then_some(Value::ExternRef(false)),
        Type::FuncRef => (t == "null").then_some(Value::FuncRef(false)),
    }
}

/// An integer of `bits` bits in its signed or unsigned range, as its zero-extended bits.
fn parse_int(t: &str, bits: u32) -> Option<u128> {
    let (neg, mag) = match t.strip_prefix('-') {
        Some(m) => (true, m.parse::<u128>().ok()?),
        None => (false, t.strip_prefix('+').unwrap_or(t).parse::<u128>().ok()?),
    };
    let mask = if bits == 128 { u128::MAX } else { (1u128 << bits) - 1 };
    let fits = if neg { mag <= 1u128 << (bits - 1) } else { mag <= mask };
    fits.then_some(if neg { mag.wrapping_neg() & mask } else { mag })
}

fn parse_float(t: &str) -> Option<f64> {
    match t {
        "nan" | "NaN" => Some(f64::NAN),
        _ => t.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_arguments_take_both_ranges() {
        assert_eq!(parse_arg(Type::I32, "-1"), Some(Value::I32(-1)));
        assert_eq!(parse_arg(Type::I32, "4294967295"), Some(Value::I32(-1)));
        assert_eq!(parse_arg(Type::I32, "4294967296"), None);
        assert_eq!(parse_arg(Type::I32, "-2147483649"), None);
        assert_eq!(parse_arg(Type::I64, "18446744073709551615"), Some(Value::I64(-1)));
        assert_eq!(parse_arg(Type::I64, "x"), None);
        assert_eq!(parse_arg(Type::I128, "340282366920938463463374607431768211455"), Some(Value::I128(-1)));
        assert_eq!(parse_arg(Type::I128, "-170141183460469231731687303715884105728"), Some(Value::I128(i128::MIN)));
        assert_eq!(parse_arg(Type::I128, "340282366920938463463374607431768211456"), None);
        assert_eq!(parse_arg(Type::I64, "-9223372036854775809"), None);
        assert_eq!(parse_arg(Type::F64, "-inf"), Some(Value::F64(f64::NEG_INFINITY)));
    }

    /// The interpreter names the traps wasm has in wasmtime's words (the keyword selects the words
    /// of the message; the kind's text is its `$detail`).
    #[test]
    fn interp_traps_use_wasmtime_words() {
        use wasmir_interp::TrapKind as K;
        use wasmtime::Trap as T;
        let wasm = |t: T| t.to_string().trim_start_matches("wasm trap: ").to_string();
        for (k, t) in [
            (K::MemoryOutOfBounds, T::MemoryOutOfBounds),
            (K::IndirectCallTypeMismatch, T::BadSignature),
            (K::StackOverflow, T::StackOverflow),
        ] {
            assert_eq!(k.to_string(), wasm(t));
        }
        assert!(wasm(T::TableOutOfBounds).starts_with(&K::UndefinedElement.to_string()));
        for (k, t) in [
            (K::MemoryOutOfBounds, T::MemoryOutOfBounds),
            (K::UndefinedElement, T::TableOutOfBounds),
            (K::UndefinedElement, T::IndirectCallToNull),
            (K::IndirectCallTypeMismatch, T::BadSignature),
        ] {
            assert_eq!(interp_trap_keyword(k), wasmtime_trap_keyword(t));
        }
    }

    /// E0424 and E0421 select their words on keywords: every trap keyword of both backends has its
    /// own words in every language (the engine's text, `$detail`, shows only for `other`), and an
    /// empty export list is said in words, not as a Rust-built `(none)`.
    #[test]
    fn trap_and_export_messages_are_words_of_the_catalogue() {
        use wasmir_interp::TrapKind as K;
        use wasmir_syntax::diag::{Locale, Messages};
        let interp = [
            K::Unreachable,
            K::IntegerDivideByZero,
            K::IntegerOverflow,
            K::InvalidConversionToInteger,
            K::CheckedOverflow,
            K::StackOverflow,
            K::MemoryOutOfBounds,
            K::UndefinedElement,
            K::IndirectCallTypeMismatch,
            K::OutOfFuel,
            K::UnknownImport,
            K::Invalid,
        ]
        .map(interp_trap_keyword);
        let engine = [
            wasmtime::Trap::UnreachableCodeReached,
            wasmtime::Trap::IntegerDivisionByZero,
            wasmtime::Trap::IntegerOverflow,
            wasmtime::Trap::BadConversionToInteger,
            wasmtime::Trap::StackOverflow,
            wasmtime::Trap::MemoryOutOfBounds,
            wasmtime::Trap::TableOutOfBounds,
            wasmtime::Trap::IndirectCallToNull,
            wasmtime::Trap::BadSignature,
            wasmtime::Trap::OutOfFuel,
        ]
        .map(wasmtime_trap_keyword);
        for &locale in Locale::ALL {
            let msgs = Messages::new(locale);
            // Without the isolation marks a right-to-left catalogue puts around arguments.
            let text = |d: &Diagnostic, attr| {
                let t = msgs.format(&d.code.message_id(), attr, &d.args).unwrap_or_default();
                t.replace(['\u{2068}', '\u{2069}'], "")
            };
            for kw in interp.iter().chain(&engine) {
                let t = text(&trapped("f", kw, "DETAIL".into(), Some("@g".into()), None), None);
                assert!(!t.contains("DETAIL") && t.contains("@g"), "{locale:?} {kw}: {t}");
                let t = text(&trapped("f", kw, "DETAIL".into(), None, None), None);
                assert!(!t.contains("none") && !t.ends_with(' '), "{locale:?} {kw}: {t}");
            }
            let t = text(
                &trapped("f", "divide-by-zero", "D".into(), Some("@g".into()), Some("src/a.rs:7:13".into())),
                None,
            );
            // Word order and punctuation are the language's: both are named, neither is `none`.
            assert!(t.contains("@g") && t.contains("src/a.rs:7:13") && !t.contains("none"), "{locale:?}: {t}");
            if matches!(locale, Locale::EnUs | Locale::Fr | Locale::Es) {
                assert!(t.contains(" @g ") && t.ends_with(" src/a.rs:7:13"), "{locale:?}: {t}");
            }
            let t = text(&trapped("f", "stack-overflow", "D".into(), None, Some("src/a.rs:7:13".into())), None);
            assert!(!t.contains("src/a.rs"), "{locale:?}: a stack overflow has no location: {t}");
            let t = text(&trapped("f", "other", "DETAIL".into(), None, None), None);
            assert!(t.ends_with("DETAIL"), "{locale:?}: {t}");
            let none = text(&no_such_export("f", &[]), Some("hint"));
            let some = text(&no_such_export("f", &["a", "b"]), Some("hint"));
            assert!(
                !none.contains("(none)") && !none.contains(':') && some.contains("a, b"),
                "{locale:?}: {none} / {some}"
            );
        }
    }
}
