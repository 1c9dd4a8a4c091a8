//! The emitter's precondition: the module is valid, decided by the verifier (`wasmir-verify`,
//! spec chapter 6), the one checker of WasmIR. Every fact later stages index by (entities exist,
//! arities agree, blocks end in one terminator, immediates fit their operator and name existing
//! entities, alignments are powers of two, `global.set` writes a mutable global, the module has a
//! memory for its slots and data) is one of its rules.
//!
//! A module the verifier rejects is not emitted: each verifier error becomes one `E0303` at the
//! same place, naming the verifier's code (its words are the verifier's message for that code,
//! which `wirc check` prints). Callers normally verify first (`wirc` does), so reaching this means
//! a caller skipped the verifier or a pass broke the IR: an internal error, reported instead of a
//! panic or an invalid module.

use crate::error::{invalid_ir, unlegalized_i128, unstripped_ownership};
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{InstKind, Kind, Module, Signature, SourceMap, Type};
use wasmir_syntax::print::{func_name, sigil_name};

/// Verifies `module`; one `E0303` per verifier error, in the verifier's order.
pub(crate) fn run(module: &Module, spans: &SourceMap) -> Vec<Diagnostic> {
    wasmir_verify::verify(module, spans).iter().filter(|d| d.is_error()).map(invalid_ir).collect()
}

/// `E0309` for each function and global that still has an `i128` (a signature, a block
/// parameter, a result) and each `call_indirect` signature: wasm has no 128-bit integers and
/// `legalize-i128` (spec §11) must have split them. Checked on every emission, verified or not,
/// since a skipped pass would otherwise be emitted as wrong code (an `i128` read as an `i64`).
pub(crate) fn legalized(module: &Module, spans: &SourceMap) -> Vec<Diagnostic> {
    let is_wide = |t: &Type| *t == Type::I128;
    let sig_wide = |s: &Signature| s.params.iter().chain(&s.results).any(is_wide);
    let mut out = Vec::new();
    for (id, f) in module.funcs.iter() {
        let in_body = f.body().is_some_and(|b| {
            b.layout.iter().any(|&blk| {
                let data = &b.blocks[blk];
                data.params.iter().any(|&p| is_wide(&b.ty(p)))
                    || data.insts.iter().any(|&i| b.insts[i].results.iter().any(|&r| is_wide(&b.ty(r))))
            })
        });
        if sig_wide(&f.sig) || in_body {
            let at = spans.funcs.get(id).map_or(spans.header, |s| s.name);
            out.push(unlegalized_i128(func_name(module, id), at));
        }
    }
    for (id, s) in module.sigs.iter() {
        if sig_wide(&s.sig) {
            out.push(unlegalized_i128(sigil_name('$', &s.name), spans.sigs.get(id).copied().unwrap_or(spans.header)));
        }
    }
    for (id, g) in module.globals.iter() {
        if is_wide(&g.ty) {
            out.push(unlegalized_i128(
                sigil_name('$', &g.name),
                spans.globals.get(id).copied().unwrap_or(spans.header),
            ));
        }
    }
    out
}

/// `E0310` for each function and signature that still has ownership (a kind other than trivial,
/// or an ownership instruction): `strip-ownership` (spec §11.2) erases it before the passes, and
/// an emitter that met it would have to guess what a `drop` means.
pub(crate) fn stripped(module: &Module, spans: &SourceMap) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (id, f) in module.funcs.iter() {
        let in_body = f.body().is_some_and(|b| {
            b.kinds.values().any(|&k| k != Kind::Trivial)
                || b.layout
                    .iter()
                    .any(|&blk| b.blocks[blk].insts.iter().any(|&i| matches!(b.insts[i].kind, InstKind::Own(_))))
        });
        if !f.sig.kinds.is_trivial() || in_body {
            let at = spans.funcs.get(id).map_or(spans.header, |s| s.name);
            out.push(unstripped_ownership(func_name(module, id), at));
        }
    }
    for (id, s) in module.sigs.iter() {
        if !s.sig.kinds.is_trivial() {
            out.push(unstripped_ownership(
                sigil_name('$', &s.name),
                spans.sigs.get(id).copied().unwrap_or(spans.header),
            ));
        }
    }
    out
}
