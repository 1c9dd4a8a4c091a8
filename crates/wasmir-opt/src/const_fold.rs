//! `const-fold`: evaluates operators whose operands are all constants.
//!
//! - An `InstKind::Op` (an operator of format `Plain`; operators with immediates, such as loads
//!   and `global.get`, are never folded) whose operands are all results of `T.const` instructions
//!   becomes a
//!   `T.const` of the value [`crate::eval::eval`] computes, in place: its result value stays the
//!   same, so no use needs rewriting. Operations that would trap, and float arithmetic that yields
//!   NaN, are left alone (see `eval`), so a trap still happens at run time where it did.
//! - A `T.select` whose condition is a constant (or whose two operands are the same value) is
//!   replaced, in every use, by the operand it picks; the select itself is left for `dce`.
//! - A `trapz %c` / `trapnz %c` whose condition is a constant that cannot trap (`trapz` of a
//!   nonzero, `trapnz` of zero) is removed: it has no effect. One that always traps stays.
//!
//! Iterates to a fixpoint, so chains of constant operations fold whatever the layout order.

use crate::eval::eval;
use crate::rewrite::{const_value, Aliases};
use crate::Changed;
use wasmir_syntax::ir::{Body, InstKind, Opcode};

/// Folds constant operations of `body` (see the module docs).
pub fn run(body: &mut Body) -> Changed {
    let mut changed = false;
    let mut aliases = Aliases::default();
    loop {
        let mut round = false;
        for bi in 0..body.layout.len() {
            let b = body.layout[bi];
            let mut dead_traps = Vec::new();
            for ii in 0..body.blocks[b].insts.len() {
                let i = body.blocks[b].insts[ii];
                let inst = &body.insts[i];
                match inst.kind {
                    InstKind::Op(op) => {
                        if let [c, x, y] = inst.args[..] {
                            if is_select(op) {
                                let chosen = match const_value(body, aliases.resolve(c)) {
                                    Some(k) => Some(if k.bits as u32 != 0 { x } else { y }),
                                    None => (aliases.resolve(x) == aliases.resolve(y)).then_some(x),
                                };
                                if let (Some(v), &[r]) = (chosen, &inst.results[..]) {
                                    round |= aliases.insert(r, v);
                                    continue;
                                }
                            }
                        }
                        let consts: Option<Vec<_>> =
                            inst.args.iter().map(|&a| const_value(body, aliases.resolve(a))).collect();
                        let Some(consts) = consts else { continue };
                        if let Some(k) = eval(op, &consts) {
                            // The evaluator's type must be the result's: anything else is invalid
                            // IR (or an evaluator bug), left for the verifier to report.
                            if inst.results.len() == 1 && body.ty(inst.results[0]) == k.ty {
                                let inst = &mut body.insts[i];
                                inst.kind = InstKind::Const(k);
                                inst.args.clear();
                                round = true;
                            }
                        }
                    }
                    InstKind::TrapIf { nonzero } => {
                        let Some(&c) = inst.args.first() else {
                            continue;
                        };
                        if let Some(k) = const_value(body, aliases.resolve(c)) {
                            if (k.bits != 0) != nonzero {
                                dead_traps.push(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
            if !dead_traps.is_empty() {
                body.blocks[b].insts.retain(|i| !dead_traps.contains(i));
                round = true;
            }
        }
        if !round {
            break;
        }
        changed = true;
    }
    aliases.apply(body);
    Changed(changed)
}

fn is_select(op: Opcode) -> bool {
    matches!(op, Opcode::I32Select | Opcode::I64Select | Opcode::F32Select | Opcode::F64Select | Opcode::PtrSelect)
}
