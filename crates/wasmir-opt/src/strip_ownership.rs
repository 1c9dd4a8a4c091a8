//! `strip-ownership`, a module pass: erases ownership (spec chapter 13, §11.2; design record O10).
//!
//! Ownership is a verifier-only discipline with no run-time meaning, so after `wirc` has verified
//! a module this pass turns it into plain 0.2-style SSA before every other pass: `drop` and
//! `end_borrow` are deleted, each `own`/`linear`/`borrow`/`borrow mut` result is replaced by its
//! operand, and every kind (values, signatures, `type` items) becomes trivial. Swift's
//! `OwnershipModelEliminator` runs before its optimizer for the same reason: no later pass needs
//! rules for keeping ownership valid, and the emitter never sees it (E0310 if it did).

use crate::rewrite::Aliases;
use crate::Changed;
use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::{Body, InstKind, Module, SigKinds};

/// Erases the ownership of `m` (see the module docs).
pub fn run(m: &mut Module) -> Changed {
    let mut changed = Changed(false);
    for (_, f) in m.funcs.iter_mut() {
        if !f.sig.kinds.is_trivial() {
            f.sig.kinds = SigKinds::default();
            changed = Changed(true);
        }
        if let Some(body) = f.body_mut() {
            changed |= strip_body(body);
        }
    }
    for (_, s) in m.sigs.iter_mut() {
        if !s.sig.kinds.is_trivial() {
            s.sig.kinds = SigKinds::default();
            changed = Changed(true);
        }
    }
    changed
}

/// Whether `m` has any ownership for [`run`] to erase.
pub fn has_ownership(m: &Module) -> bool {
    m.funcs.values().any(|f| {
        !f.sig.kinds.is_trivial()
            || f.body().is_some_and(|b| {
                b.kinds.values().any(|k| *k != Default::default())
                    || b.insts.values().any(|i| matches!(i.kind, InstKind::Own(_)))
            })
    }) || m.sigs.values().any(|s| !s.sig.kinds.is_trivial())
}

fn strip_body(body: &mut Body) -> Changed {
    let mut aliases = Aliases::default();
    let mut removed = false;
    for bi in 0..body.layout.len() {
        let b = body.layout[bi];
        let insts = std::mem::take(&mut body.blocks[b].insts);
        let mut kept = Vec::with_capacity(insts.len());
        for i in insts {
            let data = &body.insts[i];
            if !matches!(data.kind, InstKind::Own(_)) {
                kept.push(i);
                continue;
            }
            removed = true;
            if let (Some(&r), Some(&a)) = (data.results.first(), data.args.first()) {
                aliases.insert(r, a);
            }
        }
        body.blocks[b].insts = kept;
    }
    aliases.apply(body);
    let kinded = body.kinds.values().any(|k| *k != Default::default());
    if kinded {
        body.kinds = SecondaryMap::new();
    }
    Changed(removed || kinded)
}
