//! MIR control flow as the lowering sees it: successors without unwind edges, blocks that always
//! panic ("doomed", lowered to `trap`), locals that are never observed, the WasmIR block of each
//! reachable MIR block, and the reverse postorder in which blocks are filled.

use super::Lower;
use super::index::{Local, MirBlock};
use super::visit::{visit_rvalue, visit_statement, visit_terminator};
use crate::diag::{DResult, Diag};
use crate::index::{Idx, IdxVec};
use rustc_public::mir::mono::{Instance, InstanceKind};
use rustc_public::mir::{BasicBlock, Operand, Place, StatementKind, TerminatorKind};
use rustc_public::ty::{RigidTy, TyKind};
use wasmir_syntax::ir::Block;

/// What a MIR `Call` terminator means to the doomed-block analysis.
#[derive(PartialEq)]
enum CallClass {
    /// Certainly panics: `core::panicking`, or a diverging function of `core`.
    Panic,
    /// A constructor of panic messages (`core::fmt`): no side effects.
    Pure,
    /// Anything else; stops the analysis.
    Other,
}

/// Successor MIR blocks of a terminator, without unwind edges.
fn succs(k: &TerminatorKind) -> Vec<MirBlock> {
    let raw = match k {
        TerminatorKind::Goto { target } => vec![*target],
        TerminatorKind::SwitchInt { targets, .. } => targets.all_targets(),
        TerminatorKind::Drop { target, .. } => vec![*target],
        TerminatorKind::Call { target, .. } => target.iter().copied().collect(),
        TerminatorKind::Assert { target, .. } => vec![*target],
        TerminatorKind::InlineAsm { destination, .. } => destination.iter().copied().collect(),
        _ => vec![],
    };
    raw.into_iter().map(MirBlock::new).collect()
}

impl<'a> Lower<'a, '_, '_> {
    /// MIR block `mb` of the body.
    pub(super) fn mir_block(&self, mb: MirBlock) -> &'a BasicBlock {
        &self.body.blocks[mb.index()]
    }

    /// Successors of MIR block `b` as lowered (none for a doomed block).
    fn succ(&self, b: MirBlock) -> Vec<MirBlock> {
        if self.doomed[b] { vec![] } else { succs(&self.mir_block(b).terminator.kind) }
    }

    /// Whether a call terminator certainly panics (`core::panicking`, diverging `core` functions),
    /// is a pure constructor of panic messages (`core::fmt`), or neither.
    fn call_class(&self, func: &Operand, target: Option<MirBlock>) -> CallClass {
        let Ok(fty) = self.operand_ty(func) else { return CallClass::Other };
        let TyKind::RigidTy(RigidTy::FnDef(def, gargs)) = fty.kind() else { return CallClass::Other };
        let Ok(inst) = Instance::resolve(def, &gargs) else { return CallClass::Other };
        let name = inst.name();
        let krate = rustc_public::CrateDef::krate(&def).name;
        let panics = name.starts_with("core::panicking::")
            || (krate == "core" && target.is_none() && inst.kind != InstanceKind::Intrinsic);
        if panics && self.message {
            // The message is built on the way: nothing before the call can be dropped.
            CallClass::Other
        } else if panics {
            CallClass::Panic
        } else if name.starts_with("core::fmt::") && krate == "core" && target.is_some() {
            CallClass::Pure
        } else {
            CallClass::Other
        }
    }

    /// Blocks from which every path reaches a panic, `Unreachable`, `Abort` or the making of a
    /// value of an uninhabited type with nothing observable on the way (MIR statements have no side effects here; calls other than
    /// `core::fmt` constructors stop the analysis). Least fixpoint, so `loop {}` is not doomed.
    pub(super) fn doomed_blocks(&self) -> IdxVec<MirBlock, bool> {
        let blocks = &self.body.blocks;
        let mut d: IdxVec<MirBlock, bool> = IdxVec::from_elem(false, blocks.len());
        let doomed = |d: &IdxVec<MirBlock, bool>, t: usize| d[MirBlock::new(t)];
        loop {
            let mut changed = false;
            for (b, blk) in blocks.iter().enumerate() {
                let b = MirBlock::new(b);
                if d[b] {
                    continue;
                }
                // A value of an uninhabited type is never made: the block is unreachable
                // (rustc's codegen lowers such places to `unreachable` as well).
                let makes_uninhabited = blk.statements.iter().any(|st| match &st.kind {
                    StatementKind::Assign(p, _) => p.ty(self.body.locals()).is_ok_and(|t| uninhabited(self.tcx, t)),
                    _ => false,
                });
                let now = makes_uninhabited
                    || match &blk.terminator.kind {
                        TerminatorKind::Unreachable | TerminatorKind::Abort => true,
                        TerminatorKind::Call { func, target, .. } => {
                            match self.call_class(func, target.map(MirBlock::new)) {
                                CallClass::Panic => true,
                                CallClass::Pure => target.is_some_and(|t| doomed(&d, t)),
                                CallClass::Other => false,
                            }
                        }
                        // Not `Drop`: a destructor may have side effects.
                        TerminatorKind::Goto { target } | TerminatorKind::Assert { target, .. } => doomed(&d, *target),
                        TerminatorKind::SwitchInt { targets, .. } => {
                            targets.all_targets().iter().all(|t| doomed(&d, *t))
                        }
                        _ => false,
                    };
                if now {
                    d[b] = true;
                    changed = true;
                }
            }
            if !changed {
                return d;
            }
        }
    }

    /// Locals whose only mentions outside doomed blocks are whole assignments to them, directly
    /// or through other such locals (e.g. `&x` and `(&x, &y)` built for a panic message): never
    /// observed, so their assignments are skipped. A local of unsupported type is then not
    /// reported, and a local whose address only such a reference takes stays in SSA. The
    /// greatest set with that property, by iteration from "all dead"; the return place and the
    /// arguments are never dead.
    pub(super) fn unused_locals(&self) -> IdxVec<Local, bool> {
        let body = self.body;
        let n = body.locals().len();
        let fixed = |l: usize| l <= body.arg_locals().len();
        let mut dead: IdxVec<Local, bool> = IdxVec::from_elem(true, n);
        loop {
            let mut used: IdxVec<Local, bool> = IdxVec::from_elem(false, n);
            for (b, blk) in body.blocks.iter().enumerate() {
                if self.doomed[MirBlock::new(b)] {
                    continue;
                }
                let mut mark = |p: &Place| used[Local::new(p.local)] = true;
                for st in &blk.statements {
                    match &st.kind {
                        // An assignment into a dead local is skipped: it reads nothing. One through a
                        // pointer the local holds (`(*p).f = v`) writes memory and reads `p`.
                        StatementKind::Assign(p, _)
                            if dead[Local::new(p.local)] && !fixed(p.local) && !writes_through(p) => {}
                        StatementKind::Assign(p, rv) if p.projection.is_empty() => visit_rvalue(rv, &mut mark),
                        _ => visit_statement(st, &mut mark),
                    }
                }
                visit_terminator(&blk.terminator.kind, &mut mark);
            }
            let next: IdxVec<Local, bool> = used.iter().enumerate().map(|(l, u)| !u && !fixed(l)).collect();
            if next.iter().eq(dead.iter()) {
                return dead;
            }
            dead = next;
        }
    }

    /// Creates a WasmIR block for every reachable MIR block, in MIR index order, preceded by a
    /// synthetic `^entry` when MIR `bb0` has predecessors (the entry block cannot have any);
    /// fills `wblock` and `preds`. Returns the MIR block of each WasmIR block (`None`: `^entry`).
    pub(super) fn layout_blocks(&mut self) -> DResult<IdxVec<Block, Option<MirBlock>>> {
        let n = self.body.blocks.len();
        let start = MirBlock::new(0);
        let mut reach: IdxVec<MirBlock, bool> = IdxVec::from_elem(false, n);
        let mut stack = vec![start];
        while let Some(b) = stack.pop() {
            if reach[b] {
                continue;
            }
            reach[b] = true;
            stack.extend(self.succ(b));
        }
        let synthetic_entry = reach.iter_enumerated().any(|(b, r)| *r && self.succ(b).contains(&start));
        let mut order: IdxVec<Block, Option<MirBlock>> = IdxVec::new();
        if synthetic_entry {
            order.push(None);
        }
        self.wblock = IdxVec::from_elem(None, n);
        for (b, r) in reach.iter_enumerated() {
            if *r {
                self.wblock[b] = Some(order.push(Some(b)));
            }
        }
        for mb in order.iter() {
            let b = self.fb.create_block();
            let name = match mb {
                None => "entry".to_string(),
                Some(m) => format!("bb{}", m.index()),
            };
            self.fb.set_block_name(b, name)?;
        }
        self.preds = IdxVec::from_elem(vec![], order.len());
        for (wb, mb) in order.iter_enumerated() {
            let ss = match mb {
                None => vec![start],
                Some(b) => self.succ(*b),
            };
            for s in ss {
                let ws = self.wb(s)?;
                self.preds[ws].push(wb);
            }
        }
        Ok(order)
    }

    /// The WasmIR block of MIR block `mb`; every successor of a lowered block is lowered, so a
    /// miss is an internal error.
    pub(super) fn wb(&self, mb: MirBlock) -> DResult<Block> {
        self.wblock
            .get(mb)
            .copied()
            .flatten()
            .ok_or_else(|| Diag::internal(&format!("MIR block bb{} has no WasmIR block", mb.index())))
    }

    /// The WasmIR blocks in reverse postorder of the lowered CFG, from the entry block.
    pub(super) fn rpo(&self, order: &IdxVec<Block, Option<MirBlock>>) -> DResult<Vec<Block>> {
        let succ_w = |wb: Block| -> DResult<Vec<Block>> {
            match order[wb] {
                None => Ok(vec![self.wb(MirBlock::new(0))?]),
                Some(b) => self.succ(b).into_iter().map(|s| self.wb(s)).collect(),
            }
        };
        let entry = Block::new(0);
        let mut seen: IdxVec<Block, bool> = IdxVec::from_elem(false, order.len());
        let mut post = vec![];
        // Iterative DFS: MIR bodies can be deep enough to overflow the stack when recursing.
        let mut stack: Vec<(Block, Vec<Block>, usize)> = vec![(entry, succ_w(entry)?, 0)];
        seen[entry] = true;
        while let Some((b, ss, i)) = stack.last_mut() {
            if *i < ss.len() {
                let s = ss[*i];
                *i += 1;
                if !seen[s] {
                    seen[s] = true;
                    let ssn = succ_w(s)?;
                    stack.push((s, ssn, 0));
                }
            } else {
                post.push(*b);
                stack.pop();
            }
        }
        post.reverse();
        Ok(post)
    }
}

/// Whether an assignment to `p` writes through a pointer (`*p = v`, `(*p).f = v`) rather than into
/// the local itself.
pub(super) fn writes_through(p: &Place) -> bool {
    p.projection.iter().any(|e| matches!(e, rustc_public::mir::ProjectionElem::Deref))
}

/// Whether rustc's layout of `ty` is uninhabited (rustc_middle fallback: rustc_public's layout
/// shape does not say so for every uninhabited type).
fn uninhabited(tcx: rustc_middle::ty::TyCtxt<'_>, ty: rustc_public::ty::Ty) -> bool {
    let t = rustc_public::rustc_internal::internal(tcx, ty);
    let env = rustc_middle::ty::TypingEnv::fully_monomorphized();
    tcx.layout_of(env.as_query_input(t)).is_ok_and(|l| l.is_uninhabited())
}
