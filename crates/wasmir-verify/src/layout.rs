//! A silent first walk over a body's layout: where each block, instruction and value sits, and
//! whether the structure is sound enough to build the CFG (spec §6.3). The second walk
//! (`crate::function`) reports; keeping the two apart lets it report in layout order while
//! already knowing, say, whether a value is defined further down.

use cranelift_entity::SecondaryMap;
use wasmir_syntax::ir::{Block, Body, Inst, Value, ValueDef};

/// Where a value is defined, as the layout says (not as `ValueData::def` claims).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DefSite {
    /// The defining block.
    pub block: Block,
    /// Position of the defining instruction in the block; `None` for a block parameter, which is
    /// defined before every instruction.
    pub pos: Option<usize>,
    /// The definition in `ValueDef` terms, to compare with the value's record.
    pub def: ValueDef,
}

/// Facts about one body's layout. Every map is indexed only by entities that exist in the body's
/// arenas: a dangling index could be huge, and writing it into a `SecondaryMap` would allocate up
/// to it.
pub(crate) struct Facts {
    /// The layout position of each block's first appearance.
    pub first_pos: SecondaryMap<Block, Option<usize>>,
    /// The first `(block, position)` that lists each instruction.
    pub home: SecondaryMap<Inst, Option<(Block, usize)>>,
    /// Each value's first definition in a laid-out block.
    pub def: SecondaryMap<Value, Option<DefSite>>,
    /// Whether `compute_cfg` and `compute_domtree` may run and mean something: every laid-out
    /// block and listed instruction exists and appears once, every block ends with its only
    /// terminator, and every branch target is laid out.
    pub sound: bool,
}

impl Facts {
    /// Whether `b` exists and is in the layout.
    pub(crate) fn laid_out(&self, b: Block) -> bool {
        self.first_pos[b].is_some()
    }
}

pub(crate) fn compute(body: &Body) -> Facts {
    let mut facts =
        Facts { first_pos: SecondaryMap::new(), home: SecondaryMap::new(), def: SecondaryMap::new(), sound: true };
    for (pos, &b) in body.layout.iter().enumerate() {
        if body.blocks.get(b).is_none() || facts.first_pos[b].is_some() {
            facts.sound = false;
        } else {
            facts.first_pos[b] = Some(pos);
        }
    }
    for (pos, &b) in body.layout.iter().enumerate() {
        let Some(data) = body.blocks.get(b) else { continue };
        if facts.first_pos[b] != Some(pos) {
            continue;
        }
        for (k, &p) in data.params.iter().enumerate() {
            let def = ValueDef::Param(b, k as u32);
            define(body, &mut facts, p, DefSite { block: b, pos: None, def });
        }
        let last = data.insts.len().checked_sub(1);
        for (k, &i) in data.insts.iter().enumerate() {
            let Some(inst) = body.insts.get(i) else {
                facts.sound = false;
                continue;
            };
            if facts.home[i].is_some() {
                facts.sound = false;
                continue;
            }
            facts.home[i] = Some((b, k));
            for (r, &v) in inst.results.iter().enumerate() {
                let def = ValueDef::Result(i, r as u32);
                define(body, &mut facts, v, DefSite { block: b, pos: Some(k), def });
            }
            if inst.kind.is_terminator() != (Some(k) == last) {
                facts.sound = false;
            }
            for t in inst.kind.targets() {
                if body.blocks.get(t.block).is_none() || facts.first_pos[t.block].is_none() {
                    facts.sound = false;
                }
            }
        }
        if last.is_none() {
            facts.sound = false;
        }
    }
    facts
}

fn define(body: &Body, facts: &mut Facts, v: Value, site: DefSite) {
    if body.values.get(v).is_some() && facts.def[v].is_none() {
        facts.def[v] = Some(site);
    }
}
