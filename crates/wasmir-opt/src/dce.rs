//! `dce`: dead code elimination by use counts, to a fixpoint.
//!
//! Removes
//! - `T.const` instructions and operators whose results are never read and whose effects
//!   (`Opcode::effects`, spec §4.6, D3) are at most reads that cannot trap: pure operators, and
//!   `memory.size` and `global.get` (`READ_MEM`/`READ_GLOBAL` without `TRAP`); removing one may
//!   make its operands' definitions dead in turn, which a worklist follows;
//! - parameters of non-entry blocks that are never read, with the matching argument of every
//!   branch to the block (mir-export passes many values along that nothing reads). A parameter
//!   read only by the branches that feed it (a dead loop-carried value) is kept: counting does not
//!   see through cycles.
//!
//! Never removes an instruction that may trap (`TRAP`: loads, stores, `memory.copy/fill`, checked
//! and dividing operators, `trapz`/`trapnz`, `trap`, `call_indirect`), one that writes
//! (`WRITE_MEM`, `WRITE_GLOBAL`, `WRITE_TABLE`: stores, `memory.grow`, `global.set`), a call, or a
//! terminator, even when its results are unused: the trap or side effect is behaviour. A load
//! marked `notrap` is kept too (D3 would allow removing it; not done yet). `fn.index` is kept
//! although pure: the functions whose index is taken anywhere are the elements of the table
//! (spec §12.6), so removing the last `fn.index` of a function would renumber the others.
//! The entry block's parameters are the function's and always stay.

use crate::rewrite::{remove_params, use_counts};
use crate::Changed;
use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::{Body, Effects, Format, Inst, InstKind, Value, ValueDef};

/// Removes dead pure instructions and dead block parameters of `body` (see the module docs).
pub fn run(body: &mut Body) -> Changed {
    let mut changed = false;
    loop {
        let mut round = remove_dead_insts(body);
        round |= remove_dead_params(body);
        if !round {
            return Changed(changed);
        }
        changed = true;
    }
}

/// Whether removing `inst` when its results are unused keeps the behaviour.
fn is_removable(body: &Body, inst: Inst) -> bool {
    match body.insts[inst].kind {
        InstKind::Const(_) => true,
        InstKind::Op(op) | InstKind::OpImm(op, _) => op.format() != Format::FuncIndex && removable(op.effects()),
        _ => false,
    }
}

/// Whether an unused instruction with effects `e` may be removed (D3): it neither traps nor
/// writes nor calls; reading memory, a global or a table is allowed.
pub(crate) fn removable(e: Effects) -> bool {
    !e.contains(Effects::TRAP) && !e.writes()
}

fn remove_dead_insts(body: &mut Body) -> bool {
    let mut counts = use_counts(body);
    let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::new();
    let mut work: Vec<Inst> = Vec::new();
    let is_dead = |body: &Body, counts: &SecondaryMap<Value, u32>, i: Inst| {
        is_removable(body, i) && body.insts[i].results.iter().all(|&r| counts[r] == 0)
    };
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            if is_dead(body, &counts, i) {
                dead[i] = true;
                work.push(i);
            }
        }
    }
    if work.is_empty() {
        return false;
    }
    while let Some(i) = work.pop() {
        for ai in 0..body.insts[i].args.len() {
            let a = body.insts[i].args[ai];
            counts[a] = counts[a].saturating_sub(1);
            // Only definitions still in a block can die here: a removed instruction's own
            // operands were already released when it was popped.
            if let Some(ValueDef::Result(def, _)) = body.values.get(a).map(|d| d.def) {
                if counts[a] == 0 && !dead[def] && body.insts.is_valid(def) && is_dead(body, &counts, def) {
                    dead[def] = true;
                    work.push(def);
                }
            }
        }
    }
    for bi in 0..body.layout.len() {
        let b = body.layout[bi];
        body.blocks[b].insts.retain(|&i| !dead[i]);
    }
    true
}

fn remove_dead_params(body: &mut Body) -> bool {
    let counts = use_counts(body);
    let mut changed = false;
    for bi in 1..body.layout.len() {
        let b = body.layout[bi];
        let remove: Vec<bool> = body.blocks[b].params.iter().map(|&p| counts[p] == 0).collect();
        if remove.contains(&true) {
            remove_params(body, b, &remove);
            changed = true;
        }
    }
    changed
}
