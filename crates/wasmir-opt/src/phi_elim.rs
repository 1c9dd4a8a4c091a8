//! `phi-elim`: removes redundant block parameters (Braun, Buchwald, Hack, Leißa, Mallon and
//! Zwinkau, "Simple and Efficient Construction of Static Single Assignment Form", CC 2013, §3.2
//! "trivial phi" removal).
//!
//! A parameter `%p` of a reachable non-entry block is redundant when every branch to the block
//! passes either `%p` itself or one same value `%v`: then `%p` always equals `%v`. Every use of
//! `%p` becomes `%v`, and `%p` leaves the block with its argument on every incoming edge. `%v`
//! dominates the block (it reaches the end of each reachable predecessor, and the block is not
//! the only way into itself), so the rewritten uses stay dominated.
//!
//! Replacing one parameter can make another redundant (a loop header's parameter fed by another
//! header's): the pass repeats until none is left. The entry block's parameters are the
//! function's and are never touched; unreachable blocks are left to `simplify-cfg`.

use crate::rewrite::{remove_params, Aliases};
use crate::Changed;
use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::cfg::{compute_cfg, compute_domtree};
use wasmir_syntax::ir::{Block, Body, Inst, Value};

/// Removes redundant block parameters of `body` (see the module docs).
pub fn run(body: &mut Body) -> Changed {
    let cfg = compute_cfg(body);
    let dt = compute_domtree(body, &cfg);
    let Some(entry) = body.entry() else {
        return Changed(false);
    };
    let mut aliases = Aliases::default();
    let mut changed = false;
    loop {
        // The arguments of every edge into each block, in layout order of the source blocks.
        // Each edge into a block as (terminator, target index): no copies of argument lists.
        let mut incoming: SecondaryMap<Block, Vec<(Inst, usize)>> = SecondaryMap::new();
        for &b in &body.layout {
            if let Some(t) = body.terminator(b) {
                for (k, call) in body.insts[t].kind.targets().iter().enumerate() {
                    incoming[call.block].push((t, k));
                }
            }
        }
        let mut removals: Vec<(Block, Vec<bool>)> = Vec::new();
        for &b in &body.layout {
            if b == entry || !dt.is_reachable(b) {
                continue;
            }
            let params = &body.blocks[b].params;
            let mut remove = vec![false; params.len()];
            for (idx, &p) in params.iter().enumerate() {
                let Some(v) = unique_incoming(body, &aliases, &incoming[b], idx, p) else {
                    continue;
                };
                if aliases.insert(p, v) {
                    remove[idx] = true;
                }
            }
            if remove.contains(&true) {
                removals.push((b, remove));
            }
        }
        if removals.is_empty() {
            break;
        }
        for (b, remove) in removals {
            remove_params(body, b, &remove);
        }
        aliases.apply(body);
        changed = true;
    }
    Changed(changed)
}

/// The one value other than `p` that every edge passes for parameter `idx`, if there is one.
fn unique_incoming(body: &Body, aliases: &Aliases, edges: &[(Inst, usize)], idx: usize, p: Value) -> Option<Value> {
    let mut unique = None;
    for &(t, k) in edges {
        let targets = body.insts[t].kind.targets();
        let a = aliases.resolve(*targets.get(k)?.args.get(idx)?);
        if a == p {
            continue;
        }
        match unique {
            None => unique = Some(a),
            Some(u) if u == a => {}
            Some(_) => return None,
        }
    }
    let v = unique?;
    // Invalid IR could pass a value of another type; replacing would spread the error.
    (body.values.get(v)?.ty == body.values.get(p)?.ty).then_some(v)
}
