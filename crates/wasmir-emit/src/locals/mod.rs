//! SSA values to wasm locals (spec §7.2).
//!
//! The entry block's parameters are the wasm function's parameters (locals `0..n`). Every other
//! value that is ever read gets a local; values whose live ranges do not overlap share one. Two
//! allocators give the same guarantees and differ in precision and cost:
//!
//! - [`precise`]: liveness by backward dataflow over blocks, an interference graph and greedy
//!   coloring. Shares the most locals, but its live sets cost blocks × values bits and its graph
//!   grows with the square of the values live at once.
//! - [`scan`]: linear scan over live intervals in the structured order (Poletto and Sarkar 1999),
//!   with lifetime holes for loop headers' parameters. Near-linear in time and memory; a value's
//!   interval is the hull of its reads and writes, so a value read in one arm of an `if` is kept
//!   over the other arm too (about 1.5% larger code on the test corpus).
//!
//! [`Allocator::Auto`] picks `precise` for functions small enough that its cost is bounded
//! ([`PRECISE_MAX_VALUES`], [`PRECISE_MAX_BITS`]) and `scan` for the rest (issue 10: big
//! generated functions must compile in near-linear time and memory).

pub mod precise;
pub mod scan;

use crate::structure::Item;
use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::{Block, Body, Constant, Type, Value};

/// Which local allocator to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Allocator {
    /// `Precise` when the function is small enough, else `LinearScan`.
    #[default]
    Auto,
    /// Always [`precise`].
    Precise,
    /// Always [`scan`].
    LinearScan,
}

/// The largest number of SSA values for which `Auto` uses [`precise`]: bounds its interference
/// graph (at most `n * n / 2` edges).
pub const PRECISE_MAX_VALUES: usize = 4096;

/// The largest `reachable blocks × values` for which `Auto` uses [`precise`]: bounds its live
/// sets (that many bits, 512 KiB) and its fixpoint (one round per loop nesting level).
pub const PRECISE_MAX_BITS: usize = 1 << 22;

/// Allocates locals for `body`, whose reachable blocks in reverse postorder are `rpo` and whose
/// structured translation is `items`. `body` must have passed [`crate::check`].
pub fn run(body: &Body, rpo: &[Block], items: &[Item], allocator: Allocator) -> Locals {
    let n = body.values.len();
    let small = n <= PRECISE_MAX_VALUES && rpo.len().saturating_mul(n) <= PRECISE_MAX_BITS;
    match allocator {
        Allocator::Precise => precise::run(body, rpo),
        Allocator::LinearScan => scan::run(body, items),
        Allocator::Auto if small => precise::run(body, rpo),
        Allocator::Auto => scan::run(body, items),
    }
}

/// The assignment of values to wasm locals of one function.
#[derive(Clone, Debug, Default)]
pub struct Locals {
    /// The local of each value that has one.
    pub of: SecondaryMap<Value, Option<u32>>,
    /// The type of every local, function parameters first: wasm types, so `ptr` values have `i32`
    /// locals and share them with `i32` values.
    pub types: Vec<Type>,
    /// The values sharing each local, in coloring order (for the name section).
    pub members: Vec<Vec<Value>>,
    /// How many times each value is read (operands and branch arguments, counted with
    /// multiplicity), for the lowering's `local.set`/`local.get` elision.
    pub uses: SecondaryMap<Value, u32>,
    /// Whether a block parameter is read anywhere; copies skip dead parameters.
    pub live_param: SecondaryMap<Value, bool>,
    /// Scratch locals added by the lowering after coloring, as `(type, local)` in creation order.
    pub scratch: Vec<(Type, u32)>,
    /// Values defined by `T.const`: they get no local; each read pushes the constant again.
    pub constant: SecondaryMap<Value, Option<Constant>>,
    /// Number of function parameters (locals `0..params`).
    pub params: u32,
    /// For a function with a stack frame (spec §12.3): the locals holding the stack pointer at
    /// entry (`old`, restored by every `return`) and the frame pointer (`fp`), both `i32`, added
    /// by the lowering after coloring.
    pub frame: Option<(u32, u32)>,
}

impl Locals {
    /// The `k`-th scratch local of type `ty`, created on first request. Scratch locals hold
    /// temporaries inside one lowered instruction (checked arithmetic, `switch` dispatch), never
    /// across instructions, so every instruction may reuse them.
    pub fn scratch(&mut self, ty: Type, k: usize) -> u32 {
        if let Some(&(_, l)) = self.scratch.iter().filter(|(t, _)| *t == ty).nth(k) {
            return l;
        }
        // Ask for the missing ones in order so that `k` keeps meaning the k-th.
        let mut l = 0;
        while self.scratch.iter().filter(|(t, _)| *t == ty).count() <= k {
            l = self.types.len() as u32;
            self.types.push(ty);
            self.members.push(Vec::new());
            self.scratch.push((ty, l));
        }
        l
    }

    /// The `(old, fp)` locals of the stack frame ([`Locals::frame`]), created on first request.
    pub fn frame_locals(&mut self) -> (u32, u32) {
        if let Some(f) = self.frame {
            return f;
        }
        let old = self.types.len() as u32;
        for _ in 0..2 {
            self.types.push(Type::I32);
            self.members.push(Vec::new());
        }
        self.frame = Some((old, old + 1));
        (old, old + 1)
    }

    /// Drops the locals (other than parameters) for which `used` is false and renumbers the rest
    /// in order; returns the new index of every old local.
    pub fn retain(&mut self, used: &[bool]) -> Vec<Option<u32>> {
        let mut map = Vec::with_capacity(self.types.len());
        let mut next = 0u32;
        for l in 0..self.types.len() {
            if l < self.params as usize || used.get(l).copied().unwrap_or(false) {
                map.push(Some(next));
                next += 1;
            } else {
                map.push(None);
            }
        }
        let keep = |l: usize| map[l].is_some();
        self.types = self.types.iter().enumerate().filter(|&(l, _)| keep(l)).map(|(_, &t)| t).collect();
        self.members = std::mem::take(&mut self.members)
            .into_iter()
            .enumerate()
            .filter(|&(l, _)| keep(l))
            .map(|(_, m)| m)
            .collect();
        self.scratch = self.scratch.iter().filter_map(|&(t, l)| Some((t, map[l as usize]?))).collect();
        self.frame = self.frame.and_then(|(o, f)| Some((map[o as usize]?, map[f as usize]?)));
        for (_, of) in self.of.iter_mut() {
            *of = of.and_then(|l| map.get(l as usize).copied().flatten());
        }
        map
    }
}
