//! Control-flow graph to structured control flow (spec §7.3).
//!
//! Follows Norman Ramsey, "Beyond Relooper: recursive translation of unstructured control flow to
//! structured control flow" (ICFP 2022, functional pearl). The translation walks the dominator
//! tree; with reverse postorder numbers it classifies every edge and every block:
//!
//! - an edge is *backward* when its target comes no later than its source in reverse postorder;
//!   in a reducible CFG its target dominates its source and is a *loop header*;
//! - a block is a *merge node* when it has two or more forward in-edges (counted with multiplicity:
//!   `br_if %c, ^a, ^a` makes `^a` a merge node).
//!
//! `doTree x` emits `loop` around `x` when `x` is a loop header, then `nodeWithin x ys` where `ys`
//! are `x`'s dominator-tree children that are merge nodes: each is placed after a `block` that
//! encloses `x` and the earlier ones, the child with the highest reverse postorder number outermost.
//! A branch to a loop header is `br` to its `loop`; to a merge node, `br` to the end of its
//! `block`; to any other block (which has a single forward in-edge, so is a child of the source in
//! the dominator tree) the target's tree is emitted in place. Relative depths come from the stack
//! of enclosing constructs (the paper's context).
//!
//! Two departures from the paper: block arguments are a parallel copy before each branch
//! ([`Item::Copy`]), and a `switch` gets one `block` per distinct edge, so that each edge's copy
//! runs after `br_table` picks it.
//!
//! An irreducible CFG (a retreating edge whose target does not dominate its source) has no such
//! translation without duplicating code; it is rejected with `E0301` (see [`crate::error`]).
//!
//! The walk is an explicit work list, not recursion: generated code can have dominator trees
//! thousands of blocks deep.

use crate::error::{inst_span, irreducible, malformed, Broken};
use cranelift_entity::SecondaryMap;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::cfg::{compute_cfg, compute_domtree, DominatorTree};
use wasmir_syntax::ir::{Block, Body, FuncSpans, Inst, InstKind, Value};

/// One item of a structured function body, in emission order. `Block`, `Loop` and `If` open a
/// construct that a later `End` closes; branch depths count the constructs open at the branch,
/// innermost 0, as wasm's relative label indices do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// wasm `block` with empty type: branching to it jumps to its `End`.
    Block,
    /// wasm `loop` with empty type: branching to it jumps back to its start.
    Loop,
    /// wasm `if` on the value (nonzero: the then-arm).
    If(Value),
    /// The else-arm of the innermost `If`.
    Else,
    /// Closes the innermost construct.
    End,
    /// The non-terminator instructions of an IR block, in order.
    Body(Block),
    /// The parallel copy of the arguments of the `target`-th target (in `InstKind::targets` order)
    /// of terminator `inst` into the target's parameters.
    Copy {
        /// The branching terminator.
        inst: Inst,
        /// Index into its targets.
        target: usize,
    },
    /// `br depth`.
    Br(u32),
    /// `br_if depth` on `cond`, or on `cond == 0` when `negate`.
    BrIf {
        /// The condition (i32).
        cond: Value,
        /// Relative label index.
        depth: u32,
        /// Branch when the condition is zero.
        negate: bool,
    },
    /// The dispatch of `switch` terminator `inst`: `case_depths[i]` is the relative depth of the
    /// `i`-th case's edge block, `default_depth` that of the default's.
    Switch {
        /// The `switch` terminator.
        inst: Inst,
        /// Per case, in `cases` order.
        case_depths: Vec<u32>,
        /// For the default target.
        default_depth: u32,
    },
    /// `return` with the operands of terminator `inst`.
    Return(Inst),
    /// `unreachable`, for `trap` terminator `inst`.
    Trap(Inst),
}

/// What the translation found out about a function's CFG, reused by local allocation.
pub struct Analysis {
    /// Reachable blocks in reverse postorder (entry first).
    pub domtree: DominatorTree,
    /// Whether a block is the target of a back edge.
    pub loop_header: SecondaryMap<Block, bool>,
    /// Whether a block has two or more forward in-edges.
    pub merge: SecondaryMap<Block, bool>,
}

/// A construct enclosing the current emission point (Ramsey's `ContainingSyntax`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    /// `block` whose end is followed by this merge node.
    BlockFollowedBy(Block),
    /// `loop` headed by this block.
    LoopHeadedBy(Block),
    /// `if`, or a `switch` edge block: never the target of an IR branch by name.
    Other,
}

/// Work-list entries: the paper's recursive calls, in the order they would run.
enum Task {
    /// `doTree x`.
    Tree(Block),
    /// `nodeWithin x (first k merge children)`.
    Within(Block, usize),
    /// The code leaving `x` by its terminator.
    Leave(Block),
    /// `doBranch` from `source` along target `target` of terminator `inst`.
    Branch { source: Block, inst: Inst, target: usize },
    /// Emit an item.
    Emit(Item),
    /// Leave the innermost construct of the context.
    Pop,
}

/// Classifies the CFG of `body` (of function `func`); `E0301` for each retreating edge whose
/// target does not dominate its source. `body` must have passed [`crate::check`].
pub fn analyze(func: &str, body: &Body, spans: &FuncSpans) -> Result<Analysis, Vec<Diagnostic>> {
    let cfg = compute_cfg(body);
    let domtree = compute_domtree(body, &cfg);
    let mut loop_header = SecondaryMap::new();
    let mut forward_in: SecondaryMap<Block, u32> = SecondaryMap::new();
    let mut errs = Vec::new();
    for &b in &domtree.rpo {
        let Some(term) = body.terminator(b) else { continue };
        for (i, call) in body.insts[term].kind.targets().iter().enumerate() {
            let t = call.block;
            if domtree.rpo_index[t] <= domtree.rpo_index[b] {
                if domtree.dominates(t, b) {
                    loop_header[t] = true;
                } else {
                    errs.push(irreducible(func, body, spans, term, i, t));
                }
            } else {
                forward_in[t] += 1;
            }
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let mut merge = SecondaryMap::new();
    for &b in &domtree.rpo {
        merge[b] = forward_in[b] >= 2;
    }
    Ok(Analysis { domtree, loop_header, merge })
}

/// Translates the CFG of `body` into structured items (Ramsey's `doTree` from the entry block).
pub fn run(func: &str, body: &Body, spans: &FuncSpans, a: &Analysis) -> Result<Vec<Item>, Vec<Diagnostic>> {
    let Some(entry) = body.entry() else {
        return Err(vec![malformed(func, Broken::NoBlock, spans.name)]);
    };
    // Children ordered by reverse postorder: `Within(x, k)` takes the last (highest) of the first
    // `k` as the outermost block.
    let children = a.domtree.children();
    let mut merge_children: SecondaryMap<Block, Vec<Block>> = SecondaryMap::new();
    for &b in &a.domtree.rpo {
        merge_children[b] = children[b].iter().copied().filter(|&c| a.merge[c]).collect();
    }
    let rpo = |b: Block| a.domtree.rpo_index[b];

    let mut out = Vec::new();
    let mut ctx: Vec<Ctx> = Vec::new();
    let mut work = vec![Task::Tree(entry)];
    // Where each construct that branches can name sits in `ctx`, so that a branch's depth is
    // found in constant time instead of by a walk (loop nests can be thousands deep). A construct
    // of a block opens once, so one slot per block and kind suffices.
    let mut at: SecondaryMap<Block, [u32; 2]> = SecondaryMap::with_default([u32::MAX; 2]);
    let slot = |c: Ctx| match c {
        Ctx::LoopHeadedBy(b) => Some((b, 0)),
        Ctx::BlockFollowedBy(b) => Some((b, 1)),
        Ctx::Other => None,
    };
    let depth_of =
        |ctx: &[Ctx], at: &SecondaryMap<Block, [u32; 2]>, want: Ctx, inst: Inst| -> Result<u32, Diagnostic> {
            let found = slot(want).map(|(b, k)| at[b][k] as usize).filter(|&i| ctx.get(i) == Some(&want));
            match found {
                Some(i) => Ok((ctx.len() - 1 - i) as u32),
                None => Err(malformed(func, Broken::NoEnclosingConstruct, inst_span(spans, inst))),
            }
        };
    // The label a branch to `t` from `source` jumps to, if it is not emitted in place.
    let label = |source: Block, t: Block| {
        if rpo(t) <= rpo(source) {
            Some(Ctx::LoopHeadedBy(t))
        } else if a.merge[t] {
            Some(Ctx::BlockFollowedBy(t))
        } else {
            None
        }
    };

    while let Some(task) = work.pop() {
        match task {
            Task::Tree(x) => {
                let k = merge_children[x].len();
                if a.loop_header[x] {
                    out.push(Item::Loop);
                    at[x][0] = ctx.len() as u32;
                    ctx.push(Ctx::LoopHeadedBy(x));
                    work.extend([Task::Pop, Task::Emit(Item::End), Task::Within(x, k)]);
                } else {
                    work.push(Task::Within(x, k));
                }
            }
            Task::Within(x, 0) => {
                out.push(Item::Body(x));
                work.push(Task::Leave(x));
            }
            Task::Within(x, k) => {
                let y = merge_children[x][k - 1];
                out.push(Item::Block);
                at[y][1] = ctx.len() as u32;
                ctx.push(Ctx::BlockFollowedBy(y));
                work.extend([Task::Tree(y), Task::Pop, Task::Emit(Item::End), Task::Within(x, k - 1)]);
            }
            Task::Leave(x) => {
                let Some(term) = body.terminator(x) else {
                    return Err(vec![malformed(func, Broken::NoTerminator, spans.name)]);
                };
                let data = &body.insts[term];
                let branch = |target| Task::Branch { source: x, inst: term, target };
                match &data.kind {
                    InstKind::Br(_) => work.push(branch(0)),
                    InstKind::BrIf { then_dest, else_dest } => {
                        let cond = data.args[0];
                        // A side with no arguments that jumps to a label needs no arm of its own.
                        let simple = |c: &wasmir_syntax::ir::BlockCall| {
                            if c.args.is_empty() {
                                label(x, c.block)
                            } else {
                                None
                            }
                        };
                        if let Some(l) = simple(then_dest) {
                            let depth = depth_of(&ctx, &at, l, term).map_err(|e| vec![e])?;
                            out.push(Item::BrIf { cond, depth, negate: false });
                            work.push(branch(1));
                        } else if let Some(l) = simple(else_dest) {
                            let depth = depth_of(&ctx, &at, l, term).map_err(|e| vec![e])?;
                            out.push(Item::BrIf { cond, depth, negate: true });
                            work.push(branch(0));
                        } else {
                            out.push(Item::If(cond));
                            ctx.push(Ctx::Other);
                            work.extend([
                                Task::Pop,
                                Task::Emit(Item::End),
                                branch(1),
                                Task::Emit(Item::Else),
                                branch(0),
                            ]);
                        }
                    }
                    InstKind::Switch { cases, .. } => {
                        if cases.is_empty() {
                            work.push(branch(0));
                            continue;
                        }
                        // One edge block per distinct (target, arguments); `edge_of[i]` for target i.
                        let targets = data.kind.targets();
                        let mut edges: Vec<usize> = Vec::new();
                        let mut edge_of = Vec::with_capacity(targets.len());
                        for (i, t) in targets.iter().enumerate() {
                            match edges.iter().position(|&e| targets[e] == *t) {
                                Some(e) => edge_of.push(e),
                                None => {
                                    edge_of.push(edges.len());
                                    edges.push(i);
                                }
                            }
                        }
                        let m = edges.len();
                        for _ in 0..m {
                            out.push(Item::Block);
                            ctx.push(Ctx::Other);
                        }
                        // Edge 0 is innermost, so its depth from the dispatch is 0.
                        out.push(Item::Switch {
                            inst: term,
                            case_depths: edge_of[1..].iter().map(|&e| e as u32).collect(),
                            default_depth: edge_of[0] as u32,
                        });
                        for &t in edges.iter().rev() {
                            work.extend([branch(t), Task::Pop, Task::Emit(Item::End)]);
                        }
                    }
                    InstKind::Return => out.push(Item::Return(term)),
                    InstKind::Trap => out.push(Item::Trap(term)),
                    _ => return Err(vec![malformed(func, Broken::NoTerminator, inst_span(spans, term))]),
                }
            }
            Task::Branch { source, inst, target } => {
                let Some(call) = body.insts[inst].kind.targets().get(target).map(|c| (*c).clone()) else {
                    return Err(vec![malformed(func, Broken::MissingTarget, inst_span(spans, inst))]);
                };
                if !call.args.is_empty() {
                    out.push(Item::Copy { inst, target });
                }
                match label(source, call.block) {
                    Some(l) => {
                        let depth = depth_of(&ctx, &at, l, inst).map_err(|e| vec![e])?;
                        out.push(Item::Br(depth));
                    }
                    None => work.push(Task::Tree(call.block)),
                }
            }
            Task::Emit(item) => out.push(item),
            Task::Pop => {
                ctx.pop();
            }
        }
    }
    Ok(out)
}
