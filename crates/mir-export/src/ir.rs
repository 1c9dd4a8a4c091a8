//! The small in-memory WasmIR this exporter builds before printing it (see `write`).

use crate::index::{Idx, IdxVec, index_type};

/// A WasmIR value type (only the integer ones are produced today).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WTy {
    /// `i32`
    I32,
    /// `i64`
    I64,
}

impl WTy {
    /// The text spelling.
    pub fn name(self) -> &'static str {
        match self {
            WTy::I32 => "i32",
            WTy::I64 => "i64",
        }
    }
}

/// An SSA value, an index into [`Func::value_tys`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Val(pub u32);

impl Idx for Val {
    fn new(i: usize) -> Self {
        Val(i as u32)
    }
    fn index(self) -> usize {
        self.0 as usize
    }
}

index_type! {
    /// A block of a [`Func`], an index into [`Func::blocks`] (the entry block is index 0).
    pub struct BlockIdx;
}

/// A non-terminator instruction.
#[derive(Clone, Debug)]
pub enum Inst {
    /// `%d = T.const c`
    Const { dst: Val, ty: WTy, value: i64 },
    /// `%d = op %a, %b, ...` (a typed operator from the opcode table)
    Op { dst: Val, op: &'static str, args: Vec<Val> },
    /// `%d0, %d1 = call @f(%a, ...)`
    Call { dsts: Vec<Val>, callee: String, args: Vec<Val> },
    /// `trapz %c`
    TrapZ(Val),
    /// `trapnz %c`
    TrapNz(Val),
}

/// A branch target with its arguments.
#[derive(Clone, Debug)]
pub struct Target {
    /// The target block.
    pub block: BlockIdx,
    /// Arguments for the block parameters.
    pub args: Vec<Val>,
}

/// A block terminator.
#[derive(Clone, Debug)]
pub enum Term {
    /// `br ^t`
    Br(Target),
    /// `br_if %c, ^then, ^else`
    BrIf(Val, Target, Target),
    /// `switch %v, ^default, [k: ^t, ...]`
    Switch(Val, Target, Vec<(i64, Target)>),
    /// `return %v, ...`
    Return(Vec<Val>),
    /// `trap`
    Trap,
}

/// A basic block.
#[derive(Clone, Debug)]
pub struct Block {
    /// Label without `^`.
    pub label: String,
    /// Parameters.
    pub params: Vec<Val>,
    /// Instructions.
    pub insts: Vec<Inst>,
    /// Terminator.
    pub term: Term,
}

/// A function definition.
#[derive(Clone, Debug)]
pub struct Func {
    /// Name without `@`.
    pub name: String,
    /// Export name, when exported.
    pub export: Option<String>,
    /// Parameter types.
    pub params: Vec<WTy>,
    /// Result types.
    pub results: Vec<WTy>,
    /// `loc` file, line, column.
    pub loc: Option<(String, usize, usize)>,
    /// Blocks; the first is the entry.
    pub blocks: IdxVec<BlockIdx, Block>,
    /// The type of every value.
    pub value_tys: Vec<WTy>,
    /// The Rust variable each value holds, from MIR debug info (index = [`Val`]); `None` (or an
    /// index past the end) for compiler temporaries, which print anonymous.
    pub value_names: Vec<Option<String>>,
    /// A comment naming the Rust function.
    pub comment: String,
}

/// An imported function.
#[derive(Clone, Debug)]
pub struct Import {
    /// Module name.
    pub module: String,
    /// Field name.
    pub field: String,
    /// Local name without `@`.
    pub name: String,
    /// Parameter types.
    pub params: Vec<WTy>,
    /// Result types.
    pub results: Vec<WTy>,
    /// `loc` file, line, column.
    pub loc: Option<(String, usize, usize)>,
}

/// A whole module.
#[derive(Clone, Debug, Default)]
pub struct Module {
    /// Imports, in discovery order.
    pub imports: Vec<Import>,
    /// Functions, in discovery order.
    pub funcs: Vec<Func>,
}
