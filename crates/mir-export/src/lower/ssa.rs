//! SSA construction (Braun et al. 2013): variable definitions per block, reads that create block
//! parameters on demand, sealing, and the final removal of trivial parameters, after which the
//! remaining ones are attached to their blocks and every branch gets its arguments.

use super::index::{PhiId, Var};
use super::{Inst, Lower, Target, Term, Val, WTy};
use crate::diag::{DResult, Diag};
use crate::index::{Idx, IdxVec};
use crate::ir::BlockIdx;

/// A block parameter under construction.
pub(super) struct Phi {
    /// The block it is a parameter of.
    block: BlockIdx,
    /// Its value.
    val: Val,
    /// One operand per predecessor edge, in `preds[block]` order (filled when the block is sealed).
    operands: Vec<Val>,
}

impl Lower<'_, '_> {
    /// Records `v` as the current value of `var` in block `b`.
    pub(super) fn write_var(&mut self, b: BlockIdx, var: Var, v: Val) {
        self.defs[b].insert(var, v);
        // A value takes the name of the first named variable it is stored in, so that `%n`,
        // `%n.1`... in the output (and the wasm name section) follow the Rust variable `n`.
        if let Some(Some(name)) = self.var_names.get(var) {
            let i = v.index();
            if self.func.value_names.len() <= i {
                self.func.value_names.resize(i + 1, None);
            }
            if self.func.value_names[i].is_none() {
                self.func.value_names[i] = Some(name.clone());
            }
        }
    }

    /// The value of `var` at the end of block `b` (so far), creating block parameters as needed.
    pub(super) fn read_var(&mut self, b: BlockIdx, var: Var) -> Val {
        if let Some(v) = self.defs[b].get(&var) {
            return *v;
        }
        let ty = self.var_kinds[var].wty();
        let v = if !self.sealed[b] {
            let (v, pi) = self.new_phi(b, ty);
            self.incomplete[b].push((var, pi));
            v
        } else if self.preds[b].is_empty() {
            self.undef(ty)
        } else if self.preds[b].len() == 1 {
            let p = self.preds[b][0];
            self.read_var(p, var)
        } else {
            let (v, pi) = self.new_phi(b, ty);
            // Written before reading the operands, so that a loop back to `b` finds it.
            self.write_var(b, var, v);
            self.add_operands(pi, var);
            v
        };
        self.write_var(b, var, v);
        v
    }

    /// The value of a variable read before any write (only on paths that cannot happen): a zero
    /// constant of the entry block, one per type.
    fn undef(&mut self, ty: WTy) -> Val {
        let i = (ty == WTy::I64) as usize;
        if let Some(v) = self.undef[i] {
            return v;
        }
        let dst = self.new_val(ty);
        self.entry_consts.push(Inst::Const { dst, ty, value: 0 });
        self.undef[i] = Some(dst);
        dst
    }

    /// A new parameter of block `b`, without operands yet.
    fn new_phi(&mut self, b: BlockIdx, ty: WTy) -> (Val, PhiId) {
        let v = self.new_val(ty);
        let pi = self.phis.push(Phi { block: b, val: v, operands: vec![] });
        (v, pi)
    }

    /// Reads `var` at the end of every predecessor of the parameter's block: one operand per edge.
    fn add_operands(&mut self, pi: PhiId, var: Var) {
        let b = self.phis[pi].block;
        for p in self.preds[b].clone() {
            let o = self.read_var(p, var);
            self.phis[pi].operands.push(o);
        }
    }

    /// Declares that all predecessors of `b` are filled: the parameters created meanwhile get
    /// their operands.
    pub(super) fn seal(&mut self, b: BlockIdx) {
        if self.sealed[b] {
            return;
        }
        self.sealed[b] = true;
        for (var, pi) in std::mem::take(&mut self.incomplete[b]) {
            self.add_operands(pi, var);
        }
    }

    /// Seals every block whose predecessors are all filled.
    pub(super) fn try_seal_all(&mut self) {
        for b in self.func.blocks.indices() {
            if !self.sealed[b] && self.preds[b].iter().all(|p| self.filled[*p]) {
                self.seal(b);
            }
        }
    }

    /// Removes trivial block parameters, attaches the others to their blocks and fills in branch
    /// arguments.
    pub(super) fn finish(&mut self) -> DResult<()> {
        // The value each removed parameter stands for (followed transitively by `resolve`).
        let mut repl: IdxVec<Val, Option<Val>> = IdxVec::from_elem(None, self.func.value_tys.len());
        fn resolve(repl: &IdxVec<Val, Option<Val>>, mut v: Val) -> Val {
            while let Some(r) = repl[v] {
                v = r;
            }
            v
        }
        let mut live: IdxVec<PhiId, bool> = IdxVec::from_elem(true, self.phis.len());
        loop {
            let mut changed = false;
            for (i, p) in self.phis.iter_enumerated() {
                if !live[i] {
                    continue;
                }
                let mut same: Option<Val> = None;
                let mut trivial = true;
                for o in &p.operands {
                    let o = resolve(&repl, *o);
                    if o == p.val || Some(o) == same {
                        continue;
                    }
                    if same.is_some() {
                        trivial = false;
                        break;
                    }
                    same = Some(o);
                }
                if trivial {
                    live[i] = false;
                    changed = true;
                    match same {
                        Some(s) => repl[p.val] = Some(s),
                        // A parameter only fed by itself: unreachable in practice; use undef.
                        None => {
                            let ty = self.func.value_tys[p.val.index()];
                            let i = (ty == WTy::I64) as usize;
                            let u = match self.undef[i] {
                                Some(u) => u,
                                None => {
                                    // Not `new_val`: `self.phis` is borrowed by the loop.
                                    self.func.value_tys.push(ty);
                                    let u = Val::new(self.func.value_tys.len() - 1);
                                    repl.push(None);
                                    self.entry_consts.push(Inst::Const { dst: u, ty, value: 0 });
                                    self.undef[i] = Some(u);
                                    u
                                }
                            };
                            repl[p.val] = Some(u);
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
        // Block parameters, in creation order.
        let mut params: IdxVec<BlockIdx, Vec<PhiId>> = IdxVec::from_elem(vec![], self.func.blocks.len());
        for (i, p) in self.phis.iter_enumerated() {
            if live[i] {
                params[p.block].push(i);
            }
        }
        for (b, ps) in params.iter_enumerated() {
            for &pi in ps {
                let v = self.phis[pi].val;
                self.func.blocks[b].params.push(v);
            }
        }
        // Branch arguments.
        for b in self.func.blocks.indices() {
            let mut term = std::mem::replace(&mut self.func.blocks[b].term, Term::Trap);
            let fill = |t: &mut Target| -> DResult<()> {
                let edge = self.preds[t.block]
                    .iter()
                    .position(|p| *p == b)
                    .ok_or_else(|| Diag::internal("a branch target does not list its predecessor"))?;
                t.args = params[t.block].iter().map(|pi| resolve(&repl, self.phis[*pi].operands[edge])).collect();
                Ok(())
            };
            match &mut term {
                Term::Br(t) => fill(t)?,
                Term::BrIf(c, a, e) => {
                    *c = resolve(&repl, *c);
                    fill(a)?;
                    fill(e)?;
                }
                Term::Switch(v, d, cases) => {
                    *v = resolve(&repl, *v);
                    fill(d)?;
                    cases.iter_mut().try_for_each(|(_, t)| fill(t))?;
                }
                Term::Return(vs) => vs.iter_mut().for_each(|v| *v = resolve(&repl, *v)),
                Term::Trap => {}
            }
            self.func.blocks[b].term = term;
            for i in &mut self.func.blocks[b].insts {
                match i {
                    Inst::Const { .. } => {}
                    Inst::Op { args, .. } | Inst::Call { args, .. } => {
                        args.iter_mut().for_each(|v| *v = resolve(&repl, *v))
                    }
                    Inst::TrapZ(v) | Inst::TrapNz(v) => *v = resolve(&repl, *v),
                }
            }
        }
        let entry = BlockIdx::new(0);
        let mut consts = std::mem::take(&mut self.entry_consts);
        consts.append(&mut self.func.blocks[entry].insts);
        self.func.blocks[entry].insts = consts;
        Ok(())
    }
}
