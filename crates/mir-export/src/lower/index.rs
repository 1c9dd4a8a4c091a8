//! The index spaces of the lowering. rustc_public numbers MIR locals and blocks with bare
//! `usize`s (`Local`, `BasicBlockIdx`); they are wrapped here where they enter the lowering. WasmIR
//! blocks are `wasmir_syntax::ir::Block` (also an `Idx`, see `lower/mod.rs`).

use crate::index::{Idx, index_type};

index_type! {
    /// A MIR local (`_0` is the return place, `_1..=n` the arguments), as in `Place::local`.
    pub struct Local;
}

index_type! {
    /// A MIR basic block (`bbN`), as in `Body::blocks` and terminator targets.
    pub struct MirBlock;
}

index_type! {
    /// A variable: one scalar leaf of a MIR local (see `shape`), made SSA by the builder. The leaves of local `l` are
    /// the consecutive variables starting at the local's base variable.
    pub struct Var;
}

impl Var {
    /// The variable of leaf `leaf` of a local whose first variable is `self`.
    pub fn leaf(self, leaf: usize) -> Var {
        Var::new(self.index() + leaf)
    }
}

impl Local {
    /// The return place `_0`.
    pub const RETURN: Local = Local(0);
}
