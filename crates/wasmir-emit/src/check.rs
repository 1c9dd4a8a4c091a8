//! The emitter's precondition, checked cheaply: the shape facts that later stages index by
//! (entities exist, arities agree, blocks end in one terminator). The verifier guarantees all of
//! them; checking again turns a missed verifier rule into `E0303` instead of a panic. For the
//! operators with immediates it also checks what wasm's validator would reject: each immediate
//! fits its format and names an existing entity, a memory access's alignment is a power of two no
//! larger than the access, and `global.set` writes a mutable global.

use crate::error::{inst_span, malformed, Broken};
use cranelift_entity::SecondaryMap;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{Block, Body, Format, FuncSpans, Function, Imm, InstKind, Module, Opcode, Value};

/// Checks `body` (of `func`, in `module`); returns every problem found.
pub(crate) fn run(module: &Module, func: &Function, body: &Body, spans: &FuncSpans) -> Vec<Diagnostic> {
    let name = func.name.as_str();
    let mut errs = Vec::new();
    let Some(entry) = body.entry() else {
        return vec![malformed(name, Broken::NoBlock, spans.name)];
    };
    let value_ok = |v: Value| body.values.get(v).is_some();
    let mut in_layout: SecondaryMap<Block, bool> = SecondaryMap::new();
    for &b in &body.layout {
        in_layout[b] = true;
    }
    match body.blocks.get(entry) {
        Some(e) => {
            let tys: Vec<_> = e.params.iter().map(|&p| body.values.get(p).map(|d| d.ty)).collect();
            if tys != func.sig.params.iter().map(|&t| Some(t)).collect::<Vec<_>>() {
                errs.push(malformed(name, Broken::EntryParams, spans.name));
            }
        }
        None => errs.push(malformed(name, Broken::NoEntry, spans.name)),
    }
    for &b in &body.layout {
        let Some(data) = body.blocks.get(b) else {
            errs.push(malformed(name, Broken::DanglingBlock(b), spans.name));
            continue;
        };
        if !data.params.iter().all(|&p| value_ok(p)) {
            errs.push(malformed(name, Broken::DanglingParam(b), spans.name));
        }
        let n = data.insts.len();
        if n == 0 {
            errs.push(malformed(name, Broken::EmptyBlock(b), spans.name));
        }
        for (pos, &i) in data.insts.iter().enumerate() {
            let Some(inst) = body.insts.get(i) else {
                errs.push(malformed(name, Broken::DanglingInst(i), spans.name));
                continue;
            };
            let at = inst_span(spans, i);
            if inst.kind.is_terminator() != (pos + 1 == n) {
                errs.push(malformed(name, Broken::TerminatorPosition, at));
            }
            if !inst.args.iter().chain(&inst.results).all(|&v| value_ok(v)) {
                errs.push(malformed(name, Broken::DanglingValue, at));
                continue;
            }
            let arity = match &inst.kind {
                InstKind::Const(_) => Some((0, 1)),
                InstKind::Op(op) if op.format() == Format::Plain => Some((op.arity(), 1)),
                InstKind::Op(_) => {
                    errs.push(malformed(name, Broken::BadImmediate, at));
                    None
                }
                InstKind::OpImm(op, imm) => match immediates(module, body, *op, imm) {
                    Ok(()) => module.operator_types(*op, imm).map(|(p, r)| (p.len(), r.len())),
                    Err(what) => {
                        errs.push(malformed(name, what, at));
                        None
                    }
                },
                InstKind::CallIndirect { table, sig } => match (module.tables.get(*table), module.sigs.get(*sig)) {
                    (Some(_), Some(s)) => Some((1 + s.sig.params.len(), s.sig.results.len())),
                    _ => {
                        errs.push(malformed(name, Broken::DanglingEntity, at));
                        None
                    }
                },
                InstKind::Call(f) => match module.funcs.get(*f) {
                    Some(callee) => Some((callee.sig.params.len(), callee.sig.results.len())),
                    None => {
                        errs.push(malformed(name, Broken::DanglingCallee, at));
                        None
                    }
                },
                InstKind::TrapIf { .. } | InstKind::BrIf { .. } | InstKind::Switch { .. } => Some((1, 0)),
                InstKind::Return => Some((func.sig.results.len(), 0)),
                InstKind::Br(_) | InstKind::Trap => Some((0, 0)),
            };
            if let Some((a, r)) = arity {
                if inst.args.len() != a || inst.results.len() != r {
                    errs.push(malformed(name, Broken::Arity, at));
                }
            }
            for call in inst.kind.targets() {
                let ok = in_layout[call.block]
                    && body.blocks.get(call.block).is_some_and(|t| t.params.len() == call.args.len())
                    && call.args.iter().all(|&v| value_ok(v));
                if !ok {
                    errs.push(malformed(name, Broken::BadTarget, at));
                }
            }
        }
    }
    errs
}

/// Whether the immediates `imm` of operator `op` fit its format and name entities of `module` (and
/// of `body`, for slots) that exist, as wasm's validator will require of the lowered instruction.
fn immediates(module: &Module, body: &Body, op: Opcode, imm: &Imm) -> Result<(), Broken> {
    let exists = |ok: bool| if ok { Ok(()) } else { Err(Broken::DanglingEntity) };
    match (op.format(), imm) {
        (Format::Load | Format::Store, Imm::MemArg(m)) => {
            exists(module.memories.get(m.mem).is_some())?;
            match op.access_bytes() {
                Some(width) if m.align.is_power_of_two() && m.align <= width => Ok(()),
                _ => Err(Broken::BadImmediate),
            }
        }
        (Format::Memory, Imm::Memory(m)) => exists(module.memories.get(*m).is_some()),
        (Format::GlobalGet, Imm::Global(g)) => exists(module.globals.get(*g).is_some()),
        (Format::GlobalSet, Imm::Global(g)) => match module.globals.get(*g) {
            Some(data) if data.mutable => Ok(()),
            Some(_) => Err(Broken::ImmutableGlobal),
            None => Err(Broken::DanglingEntity),
        },
        (Format::Slot, Imm::Slot(s)) => exists(body.slots.get(*s).is_some()),
        (Format::Data, Imm::Data { data, .. }) => exists(module.data.get(*data).is_some()),
        (Format::FuncIndex, Imm::FuncIndex { table, func }) => {
            exists(module.tables.get(*table).is_some() && module.funcs.get(*func).is_some())
        }
        _ => Err(Broken::BadImmediate),
    }
}
