//! Local allocation by liveness, interference and greedy coloring (spec §7.2).
//!
//! 1. Liveness: backward dataflow over the reachable blocks to a fixpoint, then a backward walk
//!    of each block. Block arguments are read *on their edge*, not in the predecessor as a whole:
//!    the structuring places each edge's parallel copy on that edge only (inside the arm of an
//!    `if`, after a `br_if` that takes the other edge, or in a `switch`'s edge block). So the
//!    live-out of a block is the union over its out-edges of `(live-in(s) - params(s)) ∪
//!    args(edge)`, where only the arguments of parameters live in `s` count. A block parameter is
//!    defined at the head of its block (that is where its copy's effect becomes visible), so it
//!    interferes with everything live into its block.
//!
//!    Killing a successor's parameters at the end of the predecessor instead (WasmIR 0.1 did) is
//!    wrong as soon as a parameter is also live out along *another* edge: in a loop whose exit
//!    reads the header's parameter, the back edge's copy then shared a local with the value the
//!    exit still needed.
//! 2. Interference: a definition interferes with every other value of the same type live after it;
//!    the results of one instruction, and the parameters of one block, interfere pairwise (the
//!    parameters are all live into their block, or have no local).
//! 3. Coloring: greedy, in definition order (reverse postorder of blocks; parameters, then
//!    instruction results), each value taking the lowest-numbered local of its type that no
//!    colored neighbour holds. Deterministic: no hash maps.
//!
//! A result that is never read gets no local (the lowering drops it); so does a block parameter
//! never read (the copy skips it).

use super::Locals;
use cranelift_entity::{EntityRef, SecondaryMap};
use wasmir_syntax::ir::{Block, Body, InstKind, Value};

/// A fixed-size set of values.
#[derive(Clone, PartialEq, Eq)]
struct Set(Vec<u64>);

impl Set {
    fn new(n: usize) -> Set {
        Set(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, v: Value) {
        let i = v.index();
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
    fn remove(&mut self, v: Value) {
        let i = v.index();
        if let Some(w) = self.0.get_mut(i / 64) {
            *w &= !(1 << (i % 64));
        }
    }
    fn contains(&self, v: Value) -> bool {
        let i = v.index();
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    fn union(&mut self, o: &Set) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= b;
        }
    }
    fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.0
            .iter()
            .enumerate()
            .flat_map(|(wi, &w)| (0..64).filter(move |b| w & (1u64 << b) != 0).map(move |b| Value::new(wi * 64 + b)))
    }
}

/// The values the terminator of `b` itself reads (condition, switch operand, returned values);
/// block arguments are read on their edges (see [`live_out`]).
fn terminator_uses(body: &Body, b: Block) -> &[Value] {
    match body.terminator(b) {
        Some(term) => &body.insts[term].args,
        None => &[],
    }
}

/// Live-out of `b`: over its out-edges, what is live into the target other than its parameters,
/// plus the arguments passed to the target's live parameters. Constants are never live (they are
/// pushed where read).
fn live_out(body: &Body, b: Block, live_in: &SecondaryMap<Block, Set>, constant: &Set, n: usize) -> Set {
    let mut live = Set::new(n);
    let Some(term) = body.terminator(b) else { return live };
    for call in body.insts[term].kind.targets() {
        let into = &live_in[call.block];
        let params = &body.blocks[call.block].params;
        let mut edge = into.clone();
        for &p in params {
            edge.remove(p);
        }
        live.union(&edge);
        for (&a, &p) in call.args.iter().zip(params) {
            if into.contains(p) && !constant.contains(a) {
                live.insert(a);
            }
        }
    }
    live
}

/// Allocates locals for `body` whose reachable blocks, in reverse postorder, are `rpo`.
/// `body` must have passed [`crate::check`].
pub fn run(body: &Body, rpo: &[Block]) -> Locals {
    let n = body.values.len();
    let mut locals = Locals::default();
    let mut constant = Set::new(n);
    for &b in rpo {
        for &i in &body.blocks[b].insts {
            if let (InstKind::Const(c), [r]) = (&body.insts[i].kind, body.insts[i].results.as_slice()) {
                constant.insert(*r);
                locals.constant[*r] = Some(*c);
            }
        }
    }
    let mut live_in: SecondaryMap<Block, Set> = SecondaryMap::with_default(Set::new(n));

    // Backward dataflow to a fixpoint, visiting blocks in postorder.
    let mut changed = true;
    while changed {
        changed = false;
        for &b in rpo.iter().rev() {
            let live = block_live_in(body, b, &live_in, &constant);
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }

    let mut adj: Vec<Vec<Value>> = vec![Vec::new(); n];
    let mut needs_local = Set::new(n);
    // Locals have wasm types: a `ptr` and an `i32` may share one.
    let same_ty = |a: Value, b: Value| body.values[a].ty.wasm() == body.values[b].ty.wasm();
    let interfere = |a: Value, b: Value, adj: &mut Vec<Vec<Value>>| {
        if a != b && same_ty(a, b) {
            adj[a.index()].push(b);
            adj[b.index()].push(a);
        }
    };

    for &b in rpo {
        // Parameters are defined at the head of the block: each live one interferes with all that
        // is live in (the other live parameters included).
        for &p in &body.blocks[b].params {
            if live_in[b].contains(p) {
                locals.live_param[p] = true;
                needs_local.insert(p);
                for l in live_in[b].iter() {
                    interfere(p, l, &mut adj);
                }
            }
        }
        let mut live = live_out(body, b, &live_in, &constant, n);
        if let Some(term) = body.terminator(b) {
            for call in body.insts[term].kind.targets() {
                for &a in &call.args {
                    locals.uses[a] += 1;
                }
            }
        }
        for &u in terminator_uses(body, b) {
            if !constant.contains(u) {
                live.insert(u);
            }
            locals.uses[u] += 1;
        }
        let insts = &body.blocks[b].insts;
        for &i in insts.iter().rev().skip(1) {
            let data = &body.insts[i];
            let defs: Vec<Value> = data.results.iter().copied().filter(|&r| live.contains(r)).collect();
            for &d in &defs {
                needs_local.insert(d);
                for l in live.iter() {
                    interfere(d, l, &mut adj);
                }
            }
            for &d in &defs {
                live.remove(d);
            }
            for &u in &data.args {
                if !constant.contains(u) {
                    live.insert(u);
                }
                locals.uses[u] += 1;
            }
        }
    }

    // Function parameters are locals 0..k whatever their liveness.
    let params: &[Value] = match rpo.first() {
        Some(&e) => &body.blocks[e].params,
        None => &[],
    };
    locals.params = params.len() as u32;
    for &p in params {
        locals.of[p] = Some(locals.types.len() as u32);
        locals.types.push(body.values[p].ty.wasm());
        locals.members.push(vec![p]);
    }
    let mut order = Vec::new();
    for &b in rpo {
        order.extend(body.blocks[b].params.iter().copied().filter(|p| !params.contains(p)));
        for &i in &body.blocks[b].insts {
            order.extend_from_slice(&body.insts[i].results);
        }
    }
    for v in order {
        if !needs_local.contains(v) {
            continue;
        }
        let ty = body.values[v].ty.wasm();
        let mut taken: Vec<u32> = adj[v.index()].iter().filter_map(|&w| locals.of[w]).collect();
        taken.sort_unstable();
        let free = (0..locals.types.len() as u32)
            .find(|&l| locals.types[l as usize] == ty && taken.binary_search(&l).is_err());
        let l = match free {
            Some(l) => l,
            None => {
                locals.types.push(ty);
                locals.members.push(Vec::new());
                locals.types.len() as u32 - 1
            }
        };
        locals.of[v] = Some(l);
        locals.members[l as usize].push(v);
    }
    locals
}

/// Live-in of `b` from its successors' live-in: the edges read their arguments (see
/// [`live_out`]), the terminator and the instructions read their operands, results are killed at
/// their definition. `b`'s own parameters stay in its live-in when read: that is how a parameter
/// is known to be live, and predecessors remove them again on each edge.
fn block_live_in(body: &Body, b: Block, live_in: &SecondaryMap<Block, Set>, constant: &Set) -> Set {
    let n = constant.0.len() * 64;
    let mut live = live_out(body, b, live_in, constant, n);
    for &u in terminator_uses(body, b) {
        if !constant.contains(u) {
            live.insert(u);
        }
    }
    for &i in body.blocks[b].insts.iter().rev().skip(1) {
        let data = &body.insts[i];
        for &r in &data.results {
            live.remove(r);
        }
        for &u in &data.args {
            if !constant.contains(u) {
                live.insert(u);
            }
        }
    }
    live
}
