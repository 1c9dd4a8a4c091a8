//! The emitter's precondition, checked cheaply: the shape facts that later stages index by
//! (entities exist, arities agree, blocks end in one terminator). The verifier guarantees all of
//! them; checking again turns a missed verifier rule into `E0303` instead of a panic.

use crate::error::{inst_span, malformed, Broken};
use cranelift_entity::SecondaryMap;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{Block, Body, FuncSpans, Function, InstKind, Module, Value};

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
                InstKind::Op(op) => Some((op.arity(), 1)),
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
