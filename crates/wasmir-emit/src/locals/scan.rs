//! Local allocation by linear scan over live intervals (spec §7.2).
//!
//! 1. Positions: the structured items ([`crate::structure`]) are numbered in emission order. A
//!    read at position `p` happens at `2p`, a write at `2p + 1`, so an instruction's result may
//!    take the local of an operand it reads last. A block's parameters are written at each
//!    incoming edge's parallel copy (`Item::Copy`, on that edge only) and at the head of the block
//!    (the entry's parameters at position 0).
//! 2. Intervals: a value's interval is the hull of its writes and reads. Execution order equals
//!    position order except on loop back edges, and a back edge jumps to the start of a `loop`
//!    that encloses it; so a value must also stay live over every loop that starts after its
//!    first write and contains its last read or write (it is read again in the next iteration):
//!    such an interval is extended to the end of the outermost such loop. The hull of the points is
//!    exact in straight-line code and conservative across branches, which is the trade linear
//!    scan makes (Poletto and Sarkar 1999), and what keeps it linear.
//!
//!    This also covers what went wrong in WasmIR 0.1, whose liveness killed a successor's
//!    parameters at the end of the predecessor on every edge at once: a loop exit that reads the
//!    header's parameter while the back edge rewrites it. Here the back edge's copy is a write of
//!    the parameter at the latch, inside the parameter's interval.
//! 3. Allocation: intervals in order of start (ties by value number); an interval takes the
//!    lowest-numbered free local of its type, and frees it after its end. Deterministic: a heap
//!    ordered by (end, local) and ordered free sets, no hash maps.
//!
//! Cost: O(V log V + I) for V values and I items, memory O(V + I); no per-block live sets and no
//! interference graph (issue 10: a dense one was quadratic in values live at once).
//!
//! A result that is never read gets no local (the lowering drops it); so does a block parameter
//! never read (the copy skips it).

use super::Locals;
use crate::structure::Item;
use cranelift_entity::SecondaryMap;
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};
use wasmir_syntax::ir::{Body, InstKind, Type, Value};

/// A `loop` construct: its first and last position, and the loop enclosing it.
struct LoopSpan {
    start: u64,
    end: u64,
    parent: Option<usize>,
}

/// Where a value is written and read, in doubled positions (see the module docs).
#[derive(Clone, Copy)]
struct Span {
    first: u64,
    /// The last read, or the last write other than a back edge's copy.
    last: u64,
    /// The innermost loop open at `last`.
    loop_at_last: Option<usize>,
    /// For a loop header's parameter: that loop.
    own_loop: Option<usize>,
    read: bool,
    seen: bool,
}

impl Default for Span {
    fn default() -> Span {
        Span { first: u64::MAX, last: 0, loop_at_last: None, own_loop: None, read: false, seen: false }
    }
}

impl Span {
    fn touch(&mut self, at: u64, in_loop: Option<usize>) {
        self.seen = true;
        self.first = self.first.min(at);
        if at >= self.last {
            self.last = at;
            self.loop_at_last = in_loop;
        }
    }
}

/// The allocation state: who holds each local until when, and the points where an expired
/// holder (a loop header's parameter) will still be written by a back edge's copy.
struct Pool {
    /// Holders by end of interval: `(end, local)`, smallest first.
    active: BinaryHeap<Reverse<(u64, u32)>>,
    /// Free locals per type class, lowest first.
    free: [BTreeSet<u32>; 6],
    /// Per local, the future positions where a copy writes it (lifetime holes end there).
    reserved: Vec<BTreeSet<u64>>,
}

/// How many free locals an interval tries before taking a new one, when the free ones are
/// reserved inside it: bounds the cost per value (a few more locals in pathological code).
const MAX_PROBES: usize = 8;

fn class(t: Type) -> usize {
    match t.wasm() {
        Type::I32 | Type::Ptr => 0,
        Type::I64 | Type::I128 => 1,
        Type::F32 => 2,
        Type::F64 => 3,
        // A reference local holds only references of its type (wasm locals are typed).
        Type::ExternRef => 4,
        Type::FuncRef => 5,
    }
}

impl Pool {
    fn expire(&mut self, before: u64, types: &[Type]) {
        while let Some(&Reverse((end, l))) = self.active.peek() {
            if end >= before {
                break;
            }
            self.active.pop();
            let r = &mut self.reserved[l as usize];
            while r.first().is_some_and(|&p| p < before) {
                r.pop_first();
            }
            self.free[class(types[l as usize])].insert(l);
        }
    }

    /// The lowest free local of `ty` with no reserved point in `start..=end` nor at any of
    /// `points` (the value's own back-edge writes).
    fn take(&mut self, ty: Type, start: u64, end: u64, points: &[u64]) -> Option<u32> {
        let free = &mut self.free[class(ty)];
        let l = free.iter().take(MAX_PROBES).copied().find(|&l| {
            let r = &self.reserved[l as usize];
            r.range(start..=end).next().is_none() && !points.iter().any(|p| r.contains(p))
        })?;
        free.remove(&l);
        Some(l)
    }
}

/// Allocates locals for `body`, whose structured translation is `items` ([`crate::structure`]).
/// `body` must have passed [`crate::check`].
pub fn run(body: &Body, items: &[Item]) -> Locals {
    let mut locals = Locals::default();
    let mut span: SecondaryMap<Value, Span> = SecondaryMap::with_default(Span::default());
    // Copies into a loop header's parameter from inside its loop (back edges): `(param, at)`.
    let mut back_writes: Vec<(Value, u64)> = Vec::new();
    let mut loops: Vec<LoopSpan> = Vec::new();
    // The open constructs: `Some(i)` for loop `i`.
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut in_loop: Option<usize> = None;
    // A `loop` whose header's `Body` item has not come yet.
    let mut header_of: Option<usize> = None;
    let mut pos: u64 = 0;
    let read = |v: Value, at: u64, in_loop, span: &mut SecondaryMap<Value, Span>, locals: &mut Locals| {
        locals.uses[v] += 1;
        if locals.constant[v].is_none() {
            span[v].touch(2 * at, in_loop);
            span[v].read = true;
        }
    };

    let entry_params: &[Value] = match body.entry() {
        Some(e) => &body.blocks[e].params,
        None => &[],
    };
    for item in items {
        pos += 1;
        match item {
            Item::Loop => {
                loops.push(LoopSpan { start: pos, end: pos, parent: in_loop });
                open.push(Some(loops.len() - 1));
                in_loop = Some(loops.len() - 1);
                header_of = in_loop;
            }
            Item::Block => open.push(None),
            Item::If(c) => {
                read(*c, pos, in_loop, &mut span, &mut locals);
                open.push(None);
            }
            Item::End => {
                if let Some(Some(l)) = open.pop() {
                    loops[l].end = pos;
                    in_loop = loops[l].parent;
                }
            }
            Item::Else | Item::Br(_) | Item::Trap(_) => {}
            Item::Body(b) => {
                let data = &body.blocks[*b];
                let own = header_of.take();
                for &p in &data.params {
                    span[p].touch(2 * pos + 1, in_loop);
                    span[p].own_loop = own;
                }
                for &i in &data.insts[..data.insts.len().saturating_sub(1)] {
                    pos += 1;
                    let inst = &body.insts[i];
                    if let (InstKind::Const(c), [r]) = (&inst.kind, inst.results.as_slice()) {
                        locals.constant[*r] = Some(*c);
                        continue;
                    }
                    for &a in &inst.args {
                        read(a, pos, in_loop, &mut span, &mut locals);
                    }
                    for &r in &inst.results {
                        span[r].touch(2 * pos + 1, in_loop);
                    }
                }
            }
            Item::Copy { inst, target } => {
                if let Some(call) = body.insts[*inst].kind.targets().get(*target) {
                    for &a in &call.args {
                        read(a, pos, in_loop, &mut span, &mut locals);
                    }
                    for &p in &body.blocks[call.block].params {
                        match span[p].own_loop {
                            // A back edge: the parameter is written here, at the end of a
                            // lifetime hole that starts after its last read (module docs).
                            Some(l) if loops[l].start < pos => back_writes.push((p, 2 * pos + 1)),
                            _ => span[p].touch(2 * pos + 1, in_loop),
                        }
                    }
                }
            }
            Item::BrIf { cond, .. } => read(*cond, pos, in_loop, &mut span, &mut locals),
            Item::Switch { inst, .. } | Item::Return(inst) => {
                for &a in &body.insts[*inst].args {
                    read(a, pos, in_loop, &mut span, &mut locals);
                }
            }
        }
    }

    // Back-edge writes inside a parameter's interval are covered by it; the later ones reserve
    // the parameter's local at that point.
    let mut points: SecondaryMap<Value, Vec<u64>> = SecondaryMap::new();
    for &(p, at) in &back_writes {
        points[p].push(at);
    }

    let mut pool = Pool { active: BinaryHeap::new(), free: Default::default(), reserved: Vec::new() };
    let assign = |v: Value, l: u32, locals: &mut Locals, pool: &mut Pool| {
        let end = end_of(&span[v], &loops);
        locals.of[v] = Some(l);
        locals.members[l as usize].push(v);
        // Writes inside the interval are covered by it; later ones keep the local reserved.
        pool.reserved[l as usize].extend(points[v].iter().copied().filter(|&p| p > end));
        pool.active.push(Reverse((end, l)));
    };

    // Function parameters are locals 0..k whatever their use, live from the start.
    locals.params = entry_params.len() as u32;
    for &p in entry_params {
        let l = locals.types.len() as u32;
        locals.types.push(body.values[p].ty.wasm());
        locals.members.push(Vec::new());
        pool.reserved.push(BTreeSet::new());
        locals.live_param[p] = span[p].read;
        assign(p, l, &mut locals, &mut pool);
    }

    let mut order: Vec<(u64, Value)> =
        span.iter().filter(|&(v, s)| s.seen && s.read && locals.of[v].is_none()).map(|(v, s)| (s.first, v)).collect();
    order.sort_unstable();
    for (start, v) in order {
        pool.expire(start, &locals.types);
        let ty = body.values[v].ty.wasm();
        let end = end_of(&span[v], &loops);
        let l = match pool.take(ty, start, end, &points[v]) {
            Some(l) => l,
            None => {
                locals.types.push(ty);
                locals.members.push(Vec::new());
                pool.reserved.push(BTreeSet::new());
                locals.types.len() as u32 - 1
            }
        };
        if matches!(body.values[v].def, wasmir_syntax::ir::ValueDef::Param(..)) {
            locals.live_param[v] = true;
        }
        assign(v, l, &mut locals, &mut pool);
    }
    locals
}

/// The end of a value's interval: its last position, extended over the outermost loop that
/// starts after the value's first write and contains that last position (module docs, step 2),
/// but never over a loop header parameter's own loop, which every back edge rewrites.
fn end_of(s: &Span, loops: &[LoopSpan]) -> u64 {
    let mut end = s.last;
    let mut l = s.loop_at_last;
    while let Some(i) = l {
        // Loops nest, so enclosing loops start earlier: once one starts before the first write,
        // every enclosing one does too.
        if 2 * loops[i].start <= s.first || Some(i) == s.own_loop {
            break;
        }
        end = end.max(2 * loops[i].end + 1);
        l = loops[i].parent;
    }
    end
}
