//! The module level: signatures, memory, globals (with the `$fuel` global), tables, call_indirect
//! signatures, data items, exports, and the calls a runner makes; then one body per function.

use crate::consts::constant;
use crate::{body, Choices, Config, GeneratedModule};
use arbitrary::Unstructured;
use wasmir_syntax::ir::layout::{DEFAULT_STACK_BYTES, PAGE_BYTES};
use wasmir_syntax::ir::{
    Constant, DataId, DataItem, DataPart, Export, ExportItem, FuncId, Function, FunctionKind, GlobalData, GlobalId,
    Kind, MemoryData, MemoryId, Module, SigData, SigId, SigKinds, Signature, TableData, TableId, Type, Version,
};

/// What bodies need to know about the module around them.
pub(crate) struct Env {
    /// The signature of each function, by index (all functions are defined).
    pub sigs: Vec<Signature>,
    /// The global every function decrements on entry; 0 means "no more calls".
    pub fuel: GlobalId,
    /// Globals bodies may read (`.2`: whether they may write it), fuel excluded.
    pub globals: Vec<(GlobalId, Type, bool)>,
    /// The memory, if any.
    pub memory: Option<MemoryId>,
    /// Whether bodies may declare stack slots (then the stack is below the heap).
    pub slots: bool,
    /// Addresses `lo..hi` are free memory (no stack, no data) and in bounds from the start.
    pub heap: (u32, u32),
    /// Data items and their sizes in bytes.
    pub data: Vec<(DataId, u32)>,
    /// The `funcref` table `call_indirect` uses, if any.
    pub functable: Option<TableId>,
    /// An `externref` table, if any.
    pub externtable: Option<TableId>,
    /// The functions placed in `functable`, in element order (element `i + 1`); none has `ptr`
    /// in its signature.
    pub table_funcs: Vec<FuncId>,
    /// Signature items for `call_indirect` (never with `ptr`).
    pub sig_items: Vec<(SigId, Signature)>,
}

impl Env {
    /// Whether `f` may be named by `ref.func` (it may end up in a table: no `ptr` in its
    /// signature, see the crate docs).
    pub(crate) fn ref_func_ok(&self, f: FuncId) -> bool {
        !has_ptr(&self.sigs[f.as_u32() as usize])
    }
}

fn has_ptr(sig: &Signature) -> bool {
    sig.params.iter().chain(&sig.results).any(|&t| t == Type::Ptr)
}

/// The value types a signature or variable may have under `cfg`.
pub(crate) fn value_types(cfg: &Config, ptr: bool) -> Vec<Type> {
    let mut tys = vec![Type::I32, Type::I64, Type::F32, Type::F64];
    if ptr {
        tys.push(Type::Ptr);
    }
    if cfg.i128 {
        tys.push(Type::I128);
    }
    if cfg.tables {
        tys.extend([Type::ExternRef, Type::FuncRef]);
    }
    tys
}

fn signature(c: &mut Choices<'_, '_>, cfg: &Config, ptr: bool, kinds: bool) -> Signature {
    let tys = value_types(cfg, ptr);
    let n = c.range(0, cfg.max_params as u64) as usize;
    let params: Vec<Type> = (0..n).map(|_| c.pick(&tys)).collect();
    let n = c.range(0, cfg.max_results as u64) as usize;
    let results: Vec<Type> = (0..n).map(|_| c.pick(&tys)).collect();
    let mut sig = Signature::new(params, results);
    if kinds && cfg.ownership {
        // Ownership on number types only (the generator copies owners with `select`).
        let pk = sig
            .params
            .iter()
            .map(|t| match t.is_ref() || !c.chance(30) {
                true => Kind::Trivial,
                false => c.pick(&[Kind::Own, Kind::Linear, Kind::Borrow, Kind::BorrowMut]),
            })
            .collect();
        let rk = sig
            .results
            .iter()
            .map(|t| match t.is_ref() || !c.chance(20) {
                true => Kind::Trivial,
                false => c.pick(&[Kind::Own, Kind::Linear]),
            })
            .collect();
        sig.kinds = SigKinds::new(pk, rk);
    }
    sig
}

pub(crate) fn generate(u: &mut Unstructured<'_>, cfg: &Config) -> arbitrary::Result<GeneratedModule> {
    let mut c = Choices { u };
    let c = &mut c;
    let mut m = Module { version: Some(Version::CURRENT), ..Module::default() };
    let nfuncs = c.range(1, cfg.max_funcs.max(1) as u64) as usize;
    let mut in_table = Vec::new();
    let mut sigs = Vec::new();
    for _ in 0..nfuncs {
        let t = cfg.tables && c.chance(60);
        in_table.push(t);
        // Signatures equal on wasm but not in the IR (`i128` against two `i64`) are welcome:
        // `call_indirect` between them runs on every backend (spec §12.6.2).
        sigs.push(signature(c, cfg, !t, true));
    }

    // Memory: the stack (if slots), then the data (at most ~1 KiB), then free "heap" memory.
    let (memory, slots, heap) = if cfg.memory && c.chance(80) {
        let slots = c.chance(70);
        let stack = if slots { u64::from(DEFAULT_STACK_BYTES) } else { 0 };
        let min = (stack / PAGE_BYTES) as u32 + 1 + c.range(0, 1) as u32;
        let max = min + c.range(0, 6) as u32;
        let id = m.memories.push(MemoryData { name: "mem".into(), min_pages: min, max_pages: Some(max), import: None });
        let lo = stack as u32 + 4096;
        (Some(id), slots, (lo, (u64::from(min) * PAGE_BYTES) as u32))
    } else {
        (None, false, (0, 0))
    };

    let fuel = m.globals.push(GlobalData {
        name: "fuel".into(),
        ty: Type::I32,
        mutable: true,
        init: Some(Constant::i32(cfg.call_fuel as i32)),
        import: None,
    });
    let mut globals = Vec::new();
    for i in 0..c.range(0, 4) {
        let ty = c.pick(&[Type::I32, Type::I64, Type::F32, Type::F64, Type::Ptr]);
        let mutable = c.chance(70);
        let init = constant(c, ty);
        let g = m.globals.push(GlobalData { name: format!("g{i}"), ty, mutable, init: Some(init), import: None });
        globals.push((g, ty, mutable));
    }

    let (functable, externtable) = if cfg.tables {
        let ft = m.tables.push(TableData { name: "ft".into(), elem: Type::FuncRef, import: None });
        let et =
            c.chance(50).then(|| m.tables.push(TableData { name: "et".into(), elem: Type::ExternRef, import: None }));
        (Some(ft), et)
    } else {
        (None, None)
    };
    let table_funcs: Vec<FuncId> =
        (0..nfuncs).filter(|&i| in_table[i] && functable.is_some()).map(|i| FuncId::from_u32(i as u32)).collect();

    let mut sig_items = Vec::new();
    if functable.is_some() {
        for i in 0..c.range(1, 3) {
            // Often exactly a table function's types, so that some indirect calls succeed.
            let sig = match table_funcs.is_empty() || c.chance(30) {
                true => signature(c, cfg, false, false),
                false => {
                    let f = c.pick(&table_funcs);
                    let s = &sigs[f.as_u32() as usize];
                    Signature::new(s.params.clone(), s.results.clone())
                }
            };
            let id = m.sigs.push(SigData { name: format!("s{i}"), sig: sig.clone() });
            sig_items.push((id, sig));
        }
    }

    let mut data = Vec::new();
    if memory.is_some() {
        if let (Some(ft), false) = (functable, table_funcs.is_empty()) {
            // Fixes the table's contents whatever passes do to `fn.index` instructions.
            let parts = table_funcs.iter().map(|&func| DataPart::FuncIndex { table: ft, func }).collect();
            let d = m.data.push(DataItem { name: "table_elems".into(), align: 4, parts });
            data.push((d, 4 * table_funcs.len() as u32));
        }
        for i in 0..c.range(0, 3) {
            let mut parts = Vec::new();
            for _ in 0..c.range(1, 4) {
                let part = match c.below(5) {
                    0 => DataPart::Bytes((0..c.range(1, 8)).map(|_| c.bits() as u8).collect()),
                    1 => DataPart::Zero(c.range(1, 16) as u32),
                    2 => {
                        let ty = c.pick(&[Type::I32, Type::I64, Type::F32, Type::F64]);
                        DataPart::Const(constant(c, ty))
                    }
                    3 if !data.is_empty() => {
                        let (d, size) = data[c.below(data.len())];
                        DataPart::DataAddr { data: d, addend: c.range(0, u64::from(size)) as u32 }
                    }
                    _ => match (functable, table_funcs.is_empty()) {
                        (Some(table), false) => DataPart::FuncIndex { table, func: c.pick(&table_funcs) },
                        _ => DataPart::Zero(4),
                    },
                };
                parts.push(part);
            }
            let align = c.pick(&[1, 2, 4, 8, 16]);
            let item = DataItem { name: format!("d{i}"), align, parts };
            let size = item.size() as u32;
            data.push((m.data.push(item), size));
        }
    }

    let env = Env {
        sigs: sigs.clone(),
        fuel,
        globals,
        memory,
        slots,
        heap,
        data,
        functable,
        externtable,
        table_funcs,
        sig_items,
    };
    for (i, sig) in sigs.iter().enumerate() {
        let body = body::build(c, cfg, &env, sig);
        m.funcs.push(Function {
            name: format!("f{i}"),
            sig: sig.clone(),
            loc: None,
            kind: FunctionKind::Defined(body),
        });
    }

    // Exports and calls: every function is exported now and then, the first always.
    let mut calls = Vec::new();
    for (i, sig) in sigs.iter().enumerate() {
        if i > 0 && !c.chance(70) {
            continue;
        }
        let name = format!("f{i}");
        m.exports.push(Export { name: name.clone(), item: ExportItem::Func(FuncId::from_u32(i as u32)) });
        if calls.len() < 4 {
            for _ in 0..c.range(1, 2) {
                let args = sig.params.iter().map(|&t| constant(c, t)).collect();
                calls.push((name.clone(), args));
            }
        }
    }
    if let (Some(mem), true) = (memory, c.chance(30)) {
        m.exports.push(Export { name: "memory".into(), item: ExportItem::Memory(mem) });
    }
    Ok(GeneratedModule { module: m, calls })
}
