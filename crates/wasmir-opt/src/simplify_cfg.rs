//! `simplify-cfg`: folds constant branches, removes unreachable blocks, merges straight-line
//! blocks.
//!
//! In order:
//! 1. Branch folding. `br_if` on a constant becomes `br` to the target it takes; `switch` on a
//!    constant becomes `br` to the matching case (or the default); a `br_if` whose two targets
//!    are the same block with the same arguments, and a `switch` whose targets all are, become
//!    `br`. The arguments passed to the kept target are unchanged. A `switch` with a single case
//!    becomes a comparison and a `br_if` (`eqz` for case 0), which wasm encodes more compactly
//!    than a `br_table` with its range check.
//! 2. Unreachable blocks (not reachable from the entry block) leave the layout. No reachable
//!    block can read their values: a definition must dominate its uses (spec §6), and an
//!    unreachable block dominates no reachable one. Removing edges only enlarges dominance among
//!    the remaining blocks, so the uses left stay dominated.
//! 3. Block merging. A non-entry block `B` whose only incoming edge is a `br` from `P` (a
//!    different block) is appended to `P`: `P`'s `br` disappears, `B`'s parameters are replaced
//!    by the branch arguments in every use, and `B` leaves the layout. Chains merge in one pass.
//!
//! Instructions are never reordered relative to each other, so traps and calls keep their order.

use crate::rewrite::{const_value, Aliases};
use crate::Changed;
use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::cfg::{compute_cfg, compute_domtree};
use wasmir_syntax::ir::{Block, BlockCall, Body, Constant, InstKind, Opcode, Type};

/// Simplifies the control-flow graph of `body` (see the module docs).
pub fn run(body: &mut Body) -> Changed {
    let mut changed = fold_branches(body);
    changed |= remove_unreachable(body);
    changed |= merge_blocks(body);
    Changed(changed)
}

/// The target a terminator always takes, when it can be known without running it.
fn known_target(body: &Body, kind: &InstKind, args: &[wasmir_syntax::ir::Value]) -> Option<BlockCall> {
    match kind {
        InstKind::BrIf { then_dest, else_dest } => {
            if let Some(c) = args.first().and_then(|&c| const_value(body, c)) {
                return Some(if c.bits != 0 { then_dest.clone() } else { else_dest.clone() });
            }
            (then_dest == else_dest).then(|| then_dest.clone())
        }
        InstKind::Switch { default, cases } => {
            if let Some(c) = args.first().and_then(|&c| const_value(body, c)) {
                let hit = cases.iter().find(|(k, _)| u128::from(*k) == c.bits).map(|(_, t)| t);
                return Some(hit.unwrap_or(default).clone());
            }
            cases.iter().all(|(_, t)| t == default).then(|| default.clone())
        }
        _ => None,
    }
}

fn fold_branches(body: &mut Body) -> bool {
    let mut changed = false;
    for bi in 0..body.layout.len() {
        let Some(term) = body.terminator(body.layout[bi]) else {
            continue;
        };
        let inst = &body.insts[term];
        if let Some(target) = known_target(body, &inst.kind, &inst.args) {
            let inst = &mut body.insts[term];
            inst.kind = InstKind::Br(target);
            inst.args.clear();
            changed = true;
        } else if let InstKind::Switch { default, cases } = &inst.kind {
            if let ([(k, target)], [v]) = (cases.as_slice(), inst.args.as_slice()) {
                let (k, target, default, v) = (*k, target.clone(), default.clone(), *v);
                let block = body.layout[bi];
                let at = body.blocks[block].insts.len() - 1;
                let ty = body.ty(v);
                let (eqz, eq) = match ty {
                    Type::I32 => (Opcode::I32Eqz, Opcode::I32Eq),
                    Type::I64 => (Opcode::I64Eqz, Opcode::I64Eq),
                    // Only integer scrutinees are valid; leave anything else to the verifier.
                    Type::I128 | Type::F32 | Type::F64 | Type::Ptr | Type::ExternRef | Type::FuncRef => continue,
                };
                let cond = if k == 0 {
                    body.insert_inst(block, at, InstKind::Op(eqz), vec![v], &[Type::I32])
                } else {
                    let c =
                        body.insert_inst(block, at, InstKind::Const(Constant { ty, bits: k.into() }), vec![], &[ty]);
                    let c = body.insts[c].results[0];
                    body.insert_inst(block, at + 1, InstKind::Op(eq), vec![v, c], &[Type::I32])
                };
                let cond = body.insts[cond].results[0];
                let inst = &mut body.insts[term];
                inst.kind = InstKind::BrIf { then_dest: target, else_dest: default };
                inst.args = vec![cond];
                changed = true;
            }
        }
    }
    changed
}

fn remove_unreachable(body: &mut Body) -> bool {
    let cfg = compute_cfg(body);
    let dt = compute_domtree(body, &cfg);
    let before = body.layout.len();
    body.layout.retain(|&b| dt.is_reachable(b));
    body.layout.len() != before
}

fn merge_blocks(body: &mut Body) -> bool {
    let Some(entry) = body.entry() else {
        return false;
    };
    // Incoming edges per block; merging moves a block's outgoing edges to its predecessor, which
    // leaves every count unchanged, so one computation serves the whole pass.
    let mut incoming: SecondaryMap<Block, u32> = SecondaryMap::new();
    for &b in &body.layout {
        if let Some(t) = body.terminator(b) {
            for call in body.insts[t].kind.targets() {
                incoming[call.block] += 1;
            }
        }
    }
    let mut merged: SecondaryMap<Block, bool> = SecondaryMap::new();
    let mut aliases = Aliases::default();
    for bi in 0..body.layout.len() {
        let p = body.layout[bi];
        if merged[p] {
            continue;
        }
        while let Some(term) = body.terminator(p) {
            let InstKind::Br(call) = &body.insts[term].kind else {
                break;
            };
            let b = call.block;
            if b == p || b == entry || merged[b] || incoming[b] != 1 {
                break;
            }
            if call.args.len() != body.blocks[b].params.len() {
                break; // invalid IR: leave it to the verifier
            }
            for (&param, &arg) in body.blocks[b].params.iter().zip(&call.args) {
                aliases.insert(param, arg);
            }
            body.blocks[p].insts.pop();
            let moved = std::mem::take(&mut body.blocks[b].insts);
            body.blocks[p].insts.extend(moved);
            body.blocks[b].params.clear();
            merged[b] = true;
        }
    }
    let before = body.layout.len();
    body.layout.retain(|&b| !merged[b]);
    aliases.apply(body);
    body.layout.len() != before
}
