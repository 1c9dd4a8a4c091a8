//! Shared rewriting helpers: use counts, value substitution and edge-argument surgery.
//!
//! Passes that replace a value by another (a block parameter by its only incoming value, a merged
//! block's parameters by the branch arguments) record the replacement in an [`Aliases`] map and
//! rewrite every operand once at the end, like Cranelift's value aliases resolved before
//! printing; chains `a -> b -> c` resolve to `c`.

use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::{Block, Body, InstKind, Value, ValueDef};

/// How many times each value is read by the instructions and branch arguments of the blocks in the
/// layout. Blocks not in the layout do not count: they are gone.
pub(crate) fn use_counts(body: &Body) -> SecondaryMap<Value, u32> {
    let mut counts: SecondaryMap<Value, u32> = SecondaryMap::new();
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let inst = &body.insts[i];
            for &a in &inst.args {
                counts[a] += 1;
            }
            for t in inst.kind.targets() {
                for &a in &t.args {
                    counts[a] += 1;
                }
            }
        }
    }
    counts
}

/// The constant that defines `v`, if `v` is the result of a `T.const` instruction.
pub(crate) fn const_value(body: &Body, v: Value) -> Option<wasmir_syntax::ir::Constant> {
    let ValueDef::Result(inst, 0) = body.values.get(v)?.def else {
        return None;
    };
    match body.insts.get(inst)?.kind {
        InstKind::Const(c) => Some(c),
        _ => None,
    }
}

/// A substitution of values, applied to a whole body by [`Aliases::apply`].
#[derive(Default)]
pub(crate) struct Aliases {
    map: SecondaryMap<Value, Option<Value>>,
    any: bool,
}

impl Aliases {
    /// Follows the chain from `v` to the value that replaces it (itself when none does). The chain
    /// is bounded by the number of aliases, since [`Aliases::insert`] refuses cycles.
    pub(crate) fn resolve(&self, mut v: Value) -> Value {
        while let Some(next) = self.map[v] {
            v = next;
        }
        v
    }

    /// Records that every use of `from` reads `to` instead. Returns false, recording nothing, when
    /// that would make a cycle (`to` already resolves to `from`).
    pub(crate) fn insert(&mut self, from: Value, to: Value) -> bool {
        let to = self.resolve(to);
        if to == from || self.map[from].is_some() {
            return false;
        }
        self.map[from] = Some(to);
        self.any = true;
        true
    }

    /// Rewrites every operand and branch argument of the blocks in the layout.
    pub(crate) fn apply(&self, body: &mut Body) {
        if !self.any {
            return;
        }
        for bi in 0..body.layout.len() {
            let b = body.layout[bi];
            for ii in 0..body.blocks[b].insts.len() {
                let i = body.blocks[b].insts[ii];
                let inst = &mut body.insts[i];
                for a in inst.args.iter_mut() {
                    *a = self.resolve(*a);
                }
                for t in inst.kind.targets_mut() {
                    for a in t.args.iter_mut() {
                        *a = self.resolve(*a);
                    }
                }
            }
        }
    }
}

/// Removes the parameters of `block` whose index is marked in `remove`, with the matching
/// argument of every branch to `block` from the blocks in the layout, and renumbers the
/// definitions (`ValueDef::Param`) of the parameters that stay. Edges whose argument count does
/// not match the parameter count (invalid IR) are left alone.
pub(crate) fn remove_params(body: &mut Body, block: Block, remove: &[bool]) {
    let old_len = body.blocks[block].params.len();
    if remove.len() != old_len || !remove.contains(&true) {
        return;
    }
    for bi in 0..body.layout.len() {
        let Some(term) = body.terminator(body.layout[bi]) else {
            continue;
        };
        for t in body.insts[term].kind.targets_mut() {
            if t.block == block && t.args.len() == old_len {
                let mut k = 0;
                t.args.retain(|_| {
                    k += 1;
                    !remove[k - 1]
                });
            }
        }
    }
    let mut k = 0;
    body.blocks[block].params.retain(|_| {
        k += 1;
        !remove[k - 1]
    });
    for (idx, &p) in body.blocks[block].params.clone().iter().enumerate() {
        body.values[p].def = ValueDef::Param(block, idx as u32);
    }
}
