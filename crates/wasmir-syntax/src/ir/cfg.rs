//! Control-flow graph analyses of a [`Body`]: successors, predecessors, reverse postorder and the
//! dominator tree (Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm", 2001).
//!
//! Computed once, read many times, like Cranelift's `ControlFlowGraph` and `DominatorTree`: a pass
//! that changes the CFG recomputes them.

use super::{Block, Body};
use cranelift_entity::SecondaryMap;

/// Successors and predecessors of every block in the layout.
#[derive(Clone, Debug, Default)]
pub struct ControlFlowGraph {
    /// Successors in terminator target order, duplicates removed (first occurrence kept).
    pub succs: SecondaryMap<Block, Vec<Block>>,
    /// Predecessors in layout order, duplicates removed.
    pub preds: SecondaryMap<Block, Vec<Block>>,
}

/// Computes the CFG of `body` from the terminators of the blocks in its layout. Blocks without a
/// terminator have no successors.
pub fn compute_cfg(body: &Body) -> ControlFlowGraph {
    let mut cfg = ControlFlowGraph::default();
    for &b in &body.layout {
        let mut succs = body.successors(b);
        // A switch may have thousands of targets: dedup through a set, keeping first occurrences.
        let mut seen = std::collections::HashSet::new();
        succs.retain(|s| seen.insert(*s));
        for &s in &succs {
            cfg.preds[s].push(b);
        }
        cfg.succs[b] = succs;
    }
    cfg
}

/// The dominator tree of the blocks reachable from the entry block.
#[derive(Clone, Debug, Default)]
pub struct DominatorTree {
    /// Reachable blocks in reverse postorder (entry first).
    pub rpo: Vec<Block>,
    /// Position of each reachable block in `rpo`; `u32::MAX` for unreachable blocks.
    pub rpo_index: SecondaryMap<Block, u32>,
    /// Immediate dominator; `None` for the entry block and for unreachable blocks.
    pub idom: SecondaryMap<Block, Option<Block>>,
    /// Preorder and postorder numbers of each reachable block in a depth-first walk of the
    /// dominator tree: `a` dominates `b` iff `a`'s interval `[pre, post]` contains `b`'s, which
    /// answers [`DominatorTree::dominates`] in constant time (Tarjan 1974; what Cranelift's
    /// `DominatorTree` keeps as `pre_number`/`dfs` too).
    pre: SecondaryMap<Block, u32>,
    post: SecondaryMap<Block, u32>,
}

impl DominatorTree {
    /// Whether `b` is reachable from the entry block.
    pub fn is_reachable(&self, b: Block) -> bool {
        self.rpo_index[b] != u32::MAX
    }

    /// Whether `a` dominates `b` (reflexive). False when either is unreachable.
    pub fn dominates(&self, a: Block, b: Block) -> bool {
        if !self.is_reachable(a) || !self.is_reachable(b) {
            return false;
        }
        self.pre[a] <= self.pre[b] && self.post[b] <= self.post[a]
    }

    /// The children of each block in the dominator tree, ordered by reverse postorder.
    pub fn children(&self) -> SecondaryMap<Block, Vec<Block>> {
        let mut ch: SecondaryMap<Block, Vec<Block>> = SecondaryMap::new();
        for &b in &self.rpo {
            if let Some(p) = self.idom[b] {
                ch[p].push(b);
            }
        }
        ch
    }
}

/// Computes reverse postorder (depth-first, successors in target order) and immediate dominators.
pub fn compute_domtree(body: &Body, cfg: &ControlFlowGraph) -> DominatorTree {
    let mut dt = DominatorTree { rpo_index: SecondaryMap::with_default(u32::MAX), ..Default::default() };
    let Some(entry) = body.entry() else { return dt };

    // Iterative DFS: no recursion, so deep CFGs from generated code cannot overflow the stack.
    let mut visited: SecondaryMap<Block, bool> = SecondaryMap::new();
    let mut post = Vec::new();
    let mut stack = vec![(entry, 0usize)];
    visited[entry] = true;
    while let Some((b, i)) = stack.last_mut() {
        let b = *b;
        if let Some(&s) = cfg.succs[b].get(*i) {
            *i += 1;
            if !visited[s] {
                visited[s] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    dt.rpo = post;
    for (i, &b) in dt.rpo.iter().enumerate() {
        dt.rpo_index[b] = i as u32;
    }

    let mut changed = true;
    while changed {
        changed = false;
        for &b in dt.rpo.iter().skip(1) {
            let mut new_idom: Option<Block> = None;
            for &p in &cfg.preds[b] {
                if dt.rpo_index[p] == u32::MAX || (p != entry && dt.idom[p].is_none()) {
                    continue;
                }
                new_idom = Some(match new_idom {
                    None => p,
                    Some(cur) => intersect(&dt, entry, p, cur),
                });
            }
            if new_idom.is_some() && dt.idom[b] != new_idom {
                dt.idom[b] = new_idom;
                changed = true;
            }
        }
    }
    number_tree(&mut dt, entry);
    dt
}

/// Numbers the dominator tree in pre- and postorder with an explicit stack (generated code makes
/// trees thousands of levels deep).
fn number_tree(dt: &mut DominatorTree, entry: Block) {
    let children = dt.children();
    let (mut pre, mut post) = (0u32, 0u32);
    let mut stack = vec![(entry, 0usize)];
    dt.pre[entry] = pre;
    pre += 1;
    while let Some((b, i)) = stack.last_mut() {
        let b = *b;
        if let Some(&c) = children[b].get(*i) {
            *i += 1;
            dt.pre[c] = pre;
            pre += 1;
            stack.push((c, 0));
        } else {
            dt.post[b] = post;
            post += 1;
            stack.pop();
        }
    }
}

fn intersect(dt: &DominatorTree, entry: Block, mut a: Block, mut b: Block) -> Block {
    while a != b {
        while dt.rpo_index[a] > dt.rpo_index[b] {
            a = if a == entry { entry } else { dt.idom[a].unwrap_or(entry) };
        }
        while dt.rpo_index[b] > dt.rpo_index[a] {
            b = if b == entry { entry } else { dt.idom[b].unwrap_or(entry) };
        }
    }
    a
}
