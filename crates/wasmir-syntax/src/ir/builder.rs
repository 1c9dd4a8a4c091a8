//! A builder for function bodies, with SSA construction from variables (design 0.2, D11).
//!
//! [`FunctionBuilder`] plays the role of cranelift-frontend's `FunctionBuilder` for WasmIR: a
//! producer (mir-export) creates blocks, appends instructions with typed constructors checked
//! against the operator table ([`Opcode::params`]), and reads and writes *variables* (the mutable
//! locals of the source language) with [`use_var`](FunctionBuilder::use_var) and
//! [`def_var`](FunctionBuilder::def_var). The builder turns variables into SSA values and block
//! parameters on the fly, by the algorithm of
//!
//! > M. Braun, S. Buchwald, S. Hack, R. Leißa, C. Mallon, A. Zwinkau, "Simple and Efficient
//! > Construction of Static Single Assignment Form", Compiler Construction (CC) 2013, LNCS 7791.
//!
//! The paper's phi functions are block parameters here, and a phi's operands are the arguments
//! that the branches into its block pass for it:
//!
//! - **Local value numbering** (§2.1, Algorithm 1): the last definition of each variable in each
//!   block is recorded; a use in a block that defines the variable is that definition.
//! - **Global value numbering** (§2.2, Algorithm 2): a use in a block without a definition looks
//!   through the predecessors: one predecessor gives its value directly; several predecessors give
//!   a new block parameter whose argument on each incoming edge is the variable's value at the end
//!   of that predecessor.
//! - **Incomplete CFGs** (§2.3, Algorithm 4): a block is *sealed* once all its predecessors are
//!   known ([`seal_block`](FunctionBuilder::seal_block)). A use in an unsealed block adds an
//!   *incomplete* parameter at once, whose arguments are appended to every incoming branch when
//!   the block is sealed. Branching to a sealed block is therefore an error.
//! - **Trivial phis** (Algorithm 3, `tryRemoveTrivialPhi`, the rule `wasmir-opt`'s `phi-elim`
//!   pass also applies): a parameter whose incoming arguments are all one value `v` or the
//!   parameter itself is replaced by `v` everywhere, and the parameters that used it are checked
//!   again, recursively. An unused variable therefore costs no parameter at a loop header.
//!
//! # How the body changes
//!
//! The builder writes straight into the [`Body`] it borrows: [`create_block`] appends to the
//! layout (the first block created is the entry block, spec §6.1), instructions are appended to
//! the current block. Replacing a trivial parameter is recorded in an alias table; one linear
//! pass in [`finalize`](FunctionBuilder::finalize) rewrites every operand and branch argument to
//! its replacement and removes the replaced parameters with their arguments on every edge. Until
//! then the body may still mention replaced parameters: call `finalize` before printing,
//! verifying or optimizing it.
//!
//! A variable read where no definition reaches it on some path (Braun's `Undef`) reads a zero
//! constant of its type, defined once per type at the top of the entry block (as
//! cranelift-frontend does); the zero dominates every block.
//!
//! # Cost and determinism
//!
//! Every lookup runs on an explicit work stack (no recursion, so long chains of blocks do not
//! overflow the native stack), and the finishing pass is linear in the size of the body. The
//! definition table is a hash map that is only looked up, never iterated; everything that decides
//! the output (blocks, parameters, edges, phi users) lives in entity maps and vectors filled in
//! call order, so the same calls always build the same body.
//!
//! # Errors
//!
//! Misuse (a wrong operand type, an instruction after a terminator, a branch to a sealed block,
//! an unknown block, value or variable, ...) returns a [`BuildError`] and leaves the body as it
//! was before the call; no method panics on misuse.
//!
//! # Example
//!
//! ```
//! use wasmir_syntax::ir::builder::FunctionBuilder;
//! use wasmir_syntax::ir::{Body, Opcode, Signature, Type};
//!
//! // fn(i32) -> i32: sum of 0..n
//! let sig = Signature::new(vec![Type::I32], vec![Type::I32]);
//! let mut body = Body::default();
//! let mut b = FunctionBuilder::with_signature(&mut body, &sig);
//! let (entry, header, exit) = (b.create_block(), b.create_block(), b.create_block());
//! let (i, sum) = (b.declare_var(Type::I32), b.declare_var(Type::I32));
//! b.switch_to_block(entry)?;
//! let n = b.append_block_params_for_function_params(entry)?[0];
//! let zero = b.iconst(Type::I32, 0)?;
//! b.def_var(i, zero)?;
//! b.def_var(sum, zero)?;
//! b.br(header, &[])?;
//! b.seal_block(entry)?;
//! b.switch_to_block(header)?; // the loop header: its back edge is not known yet
//! let (iv, sv) = (b.use_var(i)?, b.use_var(sum)?);
//! let s2 = b.ins_op(Opcode::I32Add, &[sv, iv])?;
//! b.def_var(sum, s2)?;
//! let one = b.iconst(Type::I32, 1)?;
//! let i2 = b.ins_op(Opcode::I32Add, &[iv, one])?;
//! b.def_var(i, i2)?;
//! let more = b.ins_op(Opcode::I32LtS, &[i2, n])?;
//! b.br_if(more, header, &[], exit, &[])?;
//! b.seal_block(header)?; // all predecessors known: the parameters get their arguments
//! b.switch_to_block(exit)?;
//! let result = b.use_var(sum)?;
//! b.ret(&[result])?;
//! b.seal_block(exit)?;
//! b.finalize()?;
//! assert_eq!(body.blocks[header].params.len(), 2);
//! # Ok::<(), wasmir_syntax::ir::builder::BuildError>(())
//! ```
//!
//! [`create_block`]: FunctionBuilder::create_block

use super::{
    Block, BlockCall, Body, Constant, Format, FuncId, Imm, Inst, InstKind, InstLoc, Kind, Opcode, SigId, Signature,
    Slot, SlotData, TableId, Type, Value, ValueDef,
};
use cranelift_entity::packed_option::PackedOption;
use cranelift_entity::{entity_impl, PrimaryMap, SecondaryMap};
use rustc_hash::FxHashMap;

/// A variable of the source language, made into SSA values by the builder; printed `var3`.
///
/// Declared with [`FunctionBuilder::declare_var`], which fixes its type; indices are dense and
/// local to one builder.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Variable(u32);
entity_impl!(Variable, "var");

/// Why a [`FunctionBuilder`] call was refused. The body is left as it was before the call.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildError {
    /// An instruction, `def_var` or `use_var` came before any [`FunctionBuilder::switch_to_block`].
    NoCurrentBlock,
    /// The block was not created by this builder (or does not exist).
    UnknownBlock(Block),
    /// The value does not exist in the body.
    UnknownValue(Value),
    /// The variable was not declared by this builder.
    UnknownVariable(Variable),
    /// The block already ends with a terminator: nothing can be appended to it, and it cannot be
    /// switched to again.
    BlockFilled(Block),
    /// Switching away from a block that has instructions but no terminator yet.
    BlockUnfinished(Block),
    /// An instruction got the wrong number of operands.
    OperandCount {
        /// The expected number.
        expected: usize,
        /// The number given.
        found: usize,
    },
    /// Operand `index` of an instruction has the wrong type.
    OperandType {
        /// The operand's position.
        index: usize,
        /// The type the instruction requires.
        expected: Type,
        /// The operand's type.
        found: Type,
    },
    /// `def_var` with a value of another type than the variable's.
    VariableType {
        /// The variable.
        var: Variable,
        /// The variable's declared type.
        expected: Type,
        /// The value's type.
        found: Type,
    },
    /// `iconst` with a float type, or `fconst` with an integer type.
    ConstantType(Type),
    /// A branch passes the wrong number of arguments for the target's parameters (those added
    /// with [`FunctionBuilder::append_block_param`]; the builder supplies the others).
    BranchArgCount {
        /// The target.
        block: Block,
        /// Its number of explicit parameters.
        expected: usize,
        /// The number of arguments given.
        found: usize,
    },
    /// Branch argument `index` does not have the type of the target's parameter.
    BranchArgType {
        /// The target.
        block: Block,
        /// The argument's position.
        index: usize,
        /// The parameter's type.
        expected: Type,
        /// The argument's type.
        found: Type,
    },
    /// A branch to a sealed block: sealing promised that it has no further predecessors.
    BranchToSealed(Block),
    /// A branch to the entry block, which has no predecessors (spec §6.2).
    BranchToEntry(Block),
    /// `append_block_param` on a block that already has predecessors or parameters added by the
    /// builder: the existing branches would lack the argument.
    ParamTooLate(Block),
    /// A `switch` operand that is neither `i32` nor `i64`.
    SwitchType(Type),
    /// A `switch` case value that appears twice.
    DuplicateCase(u64),
    /// A `switch` case value that does not fit the operand's type.
    CaseRange(u64),
    /// The builder was made without a signature, and the call needs one.
    NoSignature,
    /// `finalize` found a block that was never sealed.
    Unsealed(Block),
    /// `finalize` found a block without a terminator.
    Unfilled(Block),
    /// An internal invariant of the builder did not hold (a bug in the builder, not misuse).
    Internal(&'static str),
}

impl core::fmt::Display for BuildError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            BuildError::NoCurrentBlock => write!(f, "no current block: call switch_to_block first"),
            BuildError::UnknownBlock(b) => write!(f, "{b} was not created by this builder"),
            BuildError::UnknownValue(v) => write!(f, "{v} does not exist in the body"),
            BuildError::UnknownVariable(v) => write!(f, "{v} was not declared"),
            BuildError::BlockFilled(b) => write!(f, "{b} already ends with a terminator"),
            BuildError::BlockUnfinished(b) => write!(f, "{b} has instructions but no terminator"),
            BuildError::OperandCount { expected, found } => write!(f, "expected {expected} operands, found {found}"),
            BuildError::OperandType { index, expected, found } => {
                write!(f, "operand {index} must be {expected}, found {found}")
            }
            BuildError::VariableType { var, expected, found } => {
                write!(f, "{var} has type {expected}, the value {found}")
            }
            BuildError::ConstantType(t) => write!(f, "no constant of this kind has type {t}"),
            BuildError::BranchArgCount { block, expected, found } => {
                write!(f, "{block} takes {expected} arguments, found {found}")
            }
            BuildError::BranchArgType { block, index, expected, found } => {
                write!(f, "argument {index} to {block} must be {expected}, found {found}")
            }
            BuildError::BranchToSealed(b) => write!(f, "{b} is sealed: no branch to it may be added"),
            BuildError::BranchToEntry(b) => write!(f, "{b} is the entry block: no branch may target it"),
            BuildError::ParamTooLate(b) => {
                write!(f, "{b} already has predecessors or variable parameters: no parameter may be added")
            }
            BuildError::SwitchType(t) => write!(f, "switch operand must be i32 or i64, found {t}"),
            BuildError::DuplicateCase(k) => write!(f, "switch case {k} appears twice"),
            BuildError::CaseRange(k) => write!(f, "switch case {k} does not fit the operand type"),
            BuildError::NoSignature => write!(f, "the builder has no signature"),
            BuildError::Unsealed(b) => write!(f, "{b} was never sealed"),
            BuildError::Unfilled(b) => write!(f, "{b} has no terminator"),
            BuildError::Internal(what) => write!(f, "internal builder error: {what}"),
        }
    }
}

impl std::error::Error for BuildError {}

/// The result of a builder call.
pub type BuildResult<T> = Result<T, BuildError>;

/// What the builder knows about a block parameter it added for a variable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum PhiState {
    /// Not a parameter the builder added (an instruction result or an explicit parameter).
    #[default]
    NotPhi,
    /// Its arguments are not all on the incoming edges yet.
    Incomplete,
    /// Every incoming edge passes its argument.
    Complete,
    /// Replaced as trivial; the alias table says by what.
    Removed,
}

#[derive(Clone, Debug, Default)]
struct PhiData {
    state: PhiState,
    /// The builder parameters that receive this value as an argument (Braun's "phi users").
    users: Vec<Value>,
}

/// One incoming edge: target `slot` (in `InstKind::targets` order) of terminator `inst` in `from`.
#[derive(Clone, Copy, Debug)]
struct Edge {
    from: Block,
    inst: Inst,
    slot: u32,
}

#[derive(Clone, Debug, Default)]
struct BlockState {
    created: bool,
    sealed: bool,
    filled: bool,
    /// Parameters added with `append_block_param`; they come before the builder's.
    explicit_params: usize,
    /// Whether the builder added a parameter for a variable.
    has_var_params: bool,
    /// Incoming edges, in the order the branches were appended.
    edges: Vec<Edge>,
    /// Incomplete parameters (§2.3), in creation order.
    incomplete: Vec<(Variable, Value)>,
    /// Marks the blocks of the current single-predecessor walk (cycle detection).
    walk_mark: u32,
}

/// A step of the explicit-stack form of Braun's `readVariable`.
#[derive(Clone, Copy, Debug)]
enum Task {
    /// Find the variable's value at the end of the block; push it on the result stack.
    Lookup(Block),
    /// Fill the arguments of `param` on the incoming edges of `block`, from edge `next` on; the
    /// value for edge `next - 1` is on the result stack. Pushes the parameter (or its replacement).
    Fill { block: Block, param: Value, next: usize },
}

/// Where a single-predecessor walk ended.
enum Walk {
    /// The value is known.
    Found(Value),
    /// A new parameter of `block` whose arguments must be looked up (Algorithm 2's phi).
    NeedsOperands(Block, Value),
}

/// Builds one function [`Body`]: blocks, typed instructions, and SSA values from variables
/// (Braun et al. 2013; see the [module docs](self)).
///
/// Shapes: each block goes through *pristine* (no instruction) → *filled* (ends with a terminator)
/// and independently *unsealed* → *sealed* (all predecessors are known). [`finalize`] requires
/// every block created here to be filled and sealed.
///
/// [`finalize`]: FunctionBuilder::finalize
pub struct FunctionBuilder<'a> {
    body: &'a mut Body,
    sig: Option<Signature>,
    current: Option<Block>,
    /// The location given to every instruction appended from now on ([`FunctionBuilder::set_srcloc`]).
    srcloc: Option<InstLoc>,
    blocks: SecondaryMap<Block, BlockState>,
    vars: PrimaryMap<Variable, Type>,
    /// Ownership kind of each variable (spec §13.1): the kind of the block parameters made for
    /// it; trivial unless [`set_var_kind`](FunctionBuilder::set_var_kind) says otherwise.
    var_kinds: SecondaryMap<Variable, Kind>,
    /// Braun's `currentDef`: the variable's value at the end of (or so far in) the block. Only
    /// looked up, never iterated.
    defs: FxHashMap<(Variable, Block), Value>,
    phis: SecondaryMap<Value, PhiData>,
    alias: SecondaryMap<Value, PackedOption<Value>>,
    /// The zero constant of each type read for undefined variables, in creation order.
    undefs: Vec<(Type, Value)>,
    epoch: u32,
    // Scratch stacks, kept to avoid allocating per lookup.
    tasks: Vec<Task>,
    results: Vec<Value>,
    chain: Vec<Block>,
    worklist: Vec<Value>,
}

impl<'a> FunctionBuilder<'a> {
    /// A builder that appends to `body` (normally `Body::default()`).
    ///
    /// Blocks already in `body` are not the builder's: it refuses to switch or branch to them.
    /// Without a signature, [`ret`](Self::ret) cannot check its operands and
    /// [`append_block_params_for_function_params`](Self::append_block_params_for_function_params)
    /// is refused; see [`with_signature`](Self::with_signature).
    pub fn new(body: &'a mut Body) -> Self {
        FunctionBuilder {
            body,
            sig: None,
            current: None,
            srcloc: None,
            blocks: SecondaryMap::new(),
            vars: PrimaryMap::new(),
            var_kinds: SecondaryMap::new(),
            defs: FxHashMap::default(),
            phis: SecondaryMap::new(),
            alias: SecondaryMap::new(),
            undefs: Vec::new(),
            epoch: 0,
            tasks: Vec::new(),
            results: Vec::new(),
            chain: Vec::new(),
            worklist: Vec::new(),
        }
    }

    /// A builder for a function with signature `sig`: `ret` checks its operands against the
    /// results, and the entry block's parameters can be made from the parameters.
    pub fn with_signature(body: &'a mut Body, sig: &Signature) -> Self {
        let mut b = FunctionBuilder::new(body);
        b.sig = Some(sig.clone());
        b
    }

    /// The body being built. Before [`finalize`](Self::finalize) it may still mention block
    /// parameters that were found trivial (see the module docs).
    pub fn body(&self) -> &Body {
        self.body
    }

    // ---------------------------------------------------------------------------------------
    // Blocks

    /// Creates an empty, unsealed block at the end of the layout; the first block created in an
    /// empty body is the entry block.
    pub fn create_block(&mut self) -> Block {
        let b = self.body.add_block(None);
        self.blocks[b].created = true;
        b
    }

    /// Names a block (`^name` when printed). Errors: [`BuildError::UnknownBlock`].
    pub fn set_block_name(&mut self, block: Block, name: impl Into<String>) -> BuildResult<()> {
        self.check_block(block)?;
        self.body.blocks[block].name = Some(name.into());
        Ok(())
    }

    /// Names a value (`%name` when printed). Errors: [`BuildError::UnknownValue`].
    pub fn set_value_name(&mut self, value: Value, name: impl Into<String>) -> BuildResult<()> {
        self.check_value(value)?;
        self.body.values[value].name = Some(name.into());
        Ok(())
    }

    /// The block instructions are appended to, if any.
    pub fn current_block(&self) -> Option<Block> {
        self.current
    }

    /// Makes `block` the current block.
    ///
    /// Errors: [`BuildError::UnknownBlock`]; [`BuildError::BlockFilled`] if `block` already ends
    /// with a terminator; [`BuildError::BlockUnfinished`] if the current block has instructions
    /// but no terminator (finish it first; a pristine block may be left).
    pub fn switch_to_block(&mut self, block: Block) -> BuildResult<()> {
        self.check_block(block)?;
        if let Some(cur) = self.current {
            if cur != block && !self.blocks[cur].filled && !self.is_pristine(cur) {
                return Err(BuildError::BlockUnfinished(cur));
            }
        }
        if self.blocks[block].filled {
            return Err(BuildError::BlockFilled(block));
        }
        self.current = Some(block);
        Ok(())
    }

    /// Declares that every predecessor of `block` is known (Braun §2.3, Algorithm 4
    /// `sealBlock`): the incomplete parameters of `block` get their arguments on every incoming
    /// edge and are removed if trivial. No branch to `block` may be added afterwards. Sealing a
    /// sealed block does nothing.
    ///
    /// Errors: [`BuildError::UnknownBlock`].
    pub fn seal_block(&mut self, block: Block) -> BuildResult<()> {
        self.check_block(block)?;
        if self.blocks[block].sealed {
            return Ok(());
        }
        // Filling one parameter never adds another to this block (its variable's definition here
        // is the parameter itself), but the index loop stays correct if it did.
        let mut i = 0;
        while let Some(&(var, param)) = self.blocks[block].incomplete.get(i) {
            i += 1;
            self.run(var, Task::Fill { block, param, next: 0 })?;
        }
        self.blocks[block].incomplete.clear();
        self.blocks[block].sealed = true;
        Ok(())
    }

    /// Seals every block created so far, in creation order (see [`seal_block`](Self::seal_block)).
    /// Convenient when all branches are appended before any block is sealed; sealing each block
    /// as soon as its predecessors are known makes fewer temporary parameters.
    pub fn seal_all_blocks(&mut self) -> BuildResult<()> {
        for i in 0..self.body.layout.len() {
            let b = self.body.layout[i];
            if self.blocks[b].created {
                self.seal_block(b)?;
            }
        }
        Ok(())
    }

    /// Whether all predecessors of `block` have been declared with `seal_block` (false for a
    /// block this builder did not create).
    pub fn is_sealed(&self, block: Block) -> bool {
        self.blocks[block].sealed
    }

    /// Whether `block` ends with a terminator appended by this builder.
    pub fn is_filled(&self, block: Block) -> bool {
        self.blocks[block].filled
    }

    /// Whether `block` has no instruction yet (false for a block that does not exist).
    pub fn is_pristine(&self, block: Block) -> bool {
        self.body.blocks.get(block).is_some_and(|d| d.insts.is_empty())
    }

    /// The blocks whose terminators branch to `block`, once per edge, in the order the branches
    /// were appended.
    pub fn predecessors(&self, block: Block) -> Vec<Block> {
        self.blocks[block].edges.iter().map(|e| e.from).collect()
    }

    /// Appends an explicit parameter of type `ty` to `block` and returns it; branches to `block`
    /// must pass an argument for it.
    ///
    /// Errors: [`BuildError::UnknownBlock`]; [`BuildError::ParamTooLate`] once a branch to
    /// `block` exists or the builder added a parameter for a variable to it (explicit parameters
    /// come first, and existing branches would lack the argument).
    pub fn append_block_param(&mut self, block: Block, ty: Type) -> BuildResult<Value> {
        self.check_block(block)?;
        let st = &self.blocks[block];
        if !st.edges.is_empty() || st.has_var_params {
            return Err(BuildError::ParamTooLate(block));
        }
        self.blocks[block].explicit_params += 1;
        Ok(self.body.add_block_param(block, ty, None))
    }

    /// Appends one parameter per parameter of the signature to `block` (the entry block) and
    /// returns them, in order.
    ///
    /// Errors: [`BuildError::NoSignature`], and those of
    /// [`append_block_param`](Self::append_block_param).
    pub fn append_block_params_for_function_params(&mut self, block: Block) -> BuildResult<Vec<Value>> {
        let params = self.sig.as_ref().ok_or(BuildError::NoSignature)?.params.clone();
        self.check_block(block)?;
        if !self.blocks[block].edges.is_empty() || self.blocks[block].has_var_params {
            return Err(BuildError::ParamTooLate(block));
        }
        let kinds = self.sig.as_ref().map(|s| s.kinds.clone()).unwrap_or_default();
        let mut out = Vec::with_capacity(params.len());
        for (k, ty) in params.into_iter().enumerate() {
            let p = self.append_block_param(block, ty)?;
            self.body.kinds[p] = kinds.param(k);
            out.push(p);
        }
        Ok(out)
    }

    /// The parameters of `block`: explicit ones first, then those added for variables (including,
    /// before [`finalize`](Self::finalize), trivial ones still to be removed).
    pub fn block_params(&self, block: Block) -> &[Value] {
        self.body.blocks.get(block).map_or(&[], |d| d.params.as_slice())
    }

    // ---------------------------------------------------------------------------------------
    // Variables

    /// Declares a variable of type `ty`, undefined until [`def_var`](Self::def_var).
    pub fn declare_var(&mut self, ty: Type) -> Variable {
        self.vars.push(ty)
    }

    /// Sets the ownership kind of `var`: the block parameters the builder makes for it get it
    /// (spec §13.1). Values written to the variable are the caller's to mint.
    pub fn set_var_kind(&mut self, var: Variable, kind: Kind) {
        self.var_kinds[var] = kind;
    }

    /// The ownership kind of `var`.
    pub fn var_kind(&self, var: Variable) -> Kind {
        self.var_kinds[var]
    }

    /// The declared type of `var`, if it was declared.
    pub fn var_type(&self, var: Variable) -> Option<Type> {
        self.vars.get(var).copied()
    }

    /// Assigns `value` to `var` in the current block (Braun §2.1, `writeVariable`): later uses in
    /// this block, and uses reached from its end, read `value`.
    ///
    /// Errors: [`BuildError::NoCurrentBlock`], [`BuildError::BlockFilled`] (after the
    /// terminator), [`BuildError::UnknownVariable`], [`BuildError::UnknownValue`],
    /// [`BuildError::VariableType`].
    pub fn def_var(&mut self, var: Variable, value: Value) -> BuildResult<()> {
        let block = self.open_block()?;
        let expected = self.check_var(var)?;
        let found = self.check_value(value)?;
        if found != expected {
            return Err(BuildError::VariableType { var, expected, found });
        }
        self.defs.insert((var, block), value);
        Ok(())
    }

    /// The value of `var` at this point of the current block (Braun §2.1–§2.3, `readVariable`).
    ///
    /// May add block parameters for the variable to this block and to blocks above it, with
    /// arguments on their incoming edges; an unsealed block gets an incomplete parameter, filled
    /// when it is sealed. The value returned may later be found trivial and replaced by
    /// [`finalize`](Self::finalize); it may be used freely meanwhile. Where no definition
    /// reaches, the value is a zero constant of the variable's type (module docs).
    ///
    /// Errors: [`BuildError::NoCurrentBlock`], [`BuildError::UnknownVariable`].
    pub fn use_var(&mut self, var: Variable) -> BuildResult<Value> {
        let block = self.current.ok_or(BuildError::NoCurrentBlock)?;
        self.check_var(var)?;
        self.run(var, Task::Lookup(block))
    }

    // ---------------------------------------------------------------------------------------
    // Instructions

    /// Sets the source location (D9) of the instructions appended from now on, terminators
    /// included, as cranelift-frontend's `set_srcloc`; `None` stops giving one. `loc.file`
    /// indexes the module's [`files`](super::Module::files), which the caller fills. The zero
    /// constants made for undefined variables get no location.
    pub fn set_srcloc(&mut self, loc: Option<InstLoc>) {
        self.srcloc = loc;
    }

    /// The location [`set_srcloc`](Self::set_srcloc) last set.
    pub fn srcloc(&self) -> Option<InstLoc> {
        self.srcloc
    }

    /// Appends an instruction to `block` with the current source location.
    fn append(&mut self, block: Block, kind: InstKind, args: Vec<Value>, result_tys: &[Type]) -> Inst {
        let inst = self.body.append_inst(block, kind, args, result_tys);
        if self.srcloc.is_some() {
            self.body.locs[inst] = self.srcloc;
        }
        inst
    }

    /// Appends operator `op` to the current block with operands `args`; returns its result.
    ///
    /// Errors: [`BuildError::OperandCount`] and [`BuildError::OperandType`] when `args` do not
    /// match [`Opcode::params`]; [`BuildError::UnknownValue`]; [`BuildError::NoCurrentBlock`];
    /// [`BuildError::BlockFilled`].
    pub fn ins_op(&mut self, op: Opcode, args: &[Value]) -> BuildResult<Value> {
        let block = self.open_block()?;
        self.check_operands(args, op.params())?;
        let inst = self.append(block, InstKind::Op(op), args.to_vec(), &[op.result()]);
        self.single_result(inst)
    }

    /// Appends the ownership instruction `op` on `v` to the current block (spec §13.3): the
    /// minted or borrowed value for `own`, `linear`, `borrow`, `borrow mut` (its kind recorded in
    /// the body), `None` for `end_borrow` and `drop`.
    ///
    /// Errors: [`BuildError::UnknownValue`]; [`BuildError::NoCurrentBlock`];
    /// [`BuildError::BlockFilled`].
    pub fn ins_own(&mut self, op: super::OwnOp, v: Value) -> BuildResult<Option<Value>> {
        let block = self.open_block()?;
        let ty = self.check_value(v)?;
        let tys: &[Type] = if op.result_kind().is_some() { &[ty] } else { &[] };
        let inst = self.append(block, InstKind::Own(op), vec![v], tys);
        let r = self.body.insts[inst].results.first().copied();
        if let (Some(r), Some(k)) = (r, op.result_kind()) {
            self.body.kinds[r] = k;
        }
        Ok(r)
    }

    /// Records the ownership kind of `v` (spec §13.1): for a call's results, the kinds of the
    /// callee's results, which the verifier derives again from the callee; producers use it to
    /// know what they hold.
    pub fn set_value_kind(&mut self, v: Value, kind: Kind) {
        self.body.kinds[v] = kind;
    }

    /// Appends operator `op` with immediates `imm` (a load, a store, `slot.addr`, ...) to the
    /// current block; returns its result, or `None` for an operator without one (stores).
    ///
    /// Errors: [`BuildError::Internal`] when `imm` is not what `op`'s format takes; those of
    /// [`ins_op`](Self::ins_op) for the operands.
    pub fn ins_op_imm(&mut self, op: Opcode, imm: Imm, args: &[Value]) -> BuildResult<Option<Value>> {
        let block = self.open_block()?;
        if !op.format().takes(&imm) {
            return Err(BuildError::Internal("immediates of another format"));
        }
        // Their types depend on the table, which the builder does not see.
        if op.format() == Format::Table {
            return Err(BuildError::Internal("a table operator: use ins_table_op"));
        }
        // Likewise for a global's (without this, `global.get` would get no result).
        if matches!(op.format(), Format::GlobalGet | Format::GlobalSet) {
            return Err(BuildError::Internal("a global operator: use ins_global_op"));
        }
        self.check_operands(args, op.params())?;
        let inst = self.append(block, InstKind::OpImm(op, imm), args.to_vec(), op.results());
        Ok(self.body.insts[inst].results.first().copied())
    }

    /// Appends table operator `op` (`table.get`, `table.set`, `table.size`, `table.grow`; spec
    /// §12.6.3) on `table`, whose element type is `elem` (the builder does not see the module;
    /// the verifier checks `elem` against the table), with operands `args`; returns its result,
    /// or `None` for `table.set`.
    ///
    /// Errors: [`BuildError::Internal`] when `op` is not a table operator; those of
    /// [`ins_op`](Self::ins_op) for the operands.
    pub fn ins_table_op(
        &mut self,
        op: Opcode,
        table: TableId,
        elem: Type,
        args: &[Value],
    ) -> BuildResult<Option<Value>> {
        let block = self.open_block()?;
        let (params, results) = op.table_types(elem).ok_or(BuildError::Internal("not a table operator"))?;
        self.check_operands(args, &params)?;
        let inst = self.append(block, InstKind::OpImm(op, Imm::Table(table)), args.to_vec(), &results);
        Ok(self.body.insts[inst].results.first().copied())
    }

    /// Appends `global.get[global]` (returns its result) or `global.set[global] args[0]` (returns
    /// `None`) on a global of type `ty` (the builder does not see the module; the verifier
    /// checks `ty` against the global, spec §12.4).
    ///
    /// Errors: [`BuildError::Internal`] when `op` is neither; those of [`ins_op`](Self::ins_op)
    /// for the operands.
    pub fn ins_global_op(
        &mut self,
        op: Opcode,
        global: super::GlobalId,
        ty: Type,
        args: &[Value],
    ) -> BuildResult<Option<Value>> {
        let block = self.open_block()?;
        let (params, results) = match op.format() {
            Format::GlobalGet => (Vec::new(), vec![ty]),
            Format::GlobalSet => (vec![ty], Vec::new()),
            _ => return Err(BuildError::Internal("not a global operator")),
        };
        self.check_operands(args, &params)?;
        let inst = self.append(block, InstKind::OpImm(op, Imm::Global(global)), args.to_vec(), &results);
        Ok(self.body.insts[inst].results.first().copied())
    }

    /// Declares a stack slot of `size` bytes aligned to `align` (a power of two) in the body
    /// (spec §12.3), named `name` if given (the printer makes names unique); its address is
    /// `slot.addr[#s]`.
    pub fn create_slot(&mut self, size: u32, align: u32, name: Option<String>) -> Slot {
        self.body.slots.push(SlotData { name, size, align })
    }

    /// Appends `T.const` of constant `c`; returns its value. Errors: [`BuildError::NoCurrentBlock`],
    /// [`BuildError::BlockFilled`].
    pub fn constant(&mut self, c: Constant) -> BuildResult<Value> {
        let block = self.open_block()?;
        let inst = self.append(block, InstKind::Const(c), Vec::new(), &[c.ty]);
        self.single_result(inst)
    }

    /// An integer constant of type `ty` (`i32` keeps the low 32 bits of `imm`, `i128` sign-extends
    /// it; a 128-bit value that does not fit an `i64` goes through [`constant`](Self::constant)).
    ///
    /// Errors: [`BuildError::ConstantType`] for a float type, and those of
    /// [`constant`](Self::constant).
    pub fn iconst(&mut self, ty: Type, imm: i64) -> BuildResult<Value> {
        let c = match ty {
            Type::I32 => Constant::i32(imm as i32),
            Type::I64 => Constant::i64(imm),
            Type::I128 => Constant::i128(imm.into()),
            // `ptr.const`: an address (0 is null); a variable of type `ptr` read before any
            // definition gets null, as integers get 0.
            Type::Ptr => Constant { ty: Type::Ptr, bits: u128::from(imm as u32) },
            _ => return Err(BuildError::ConstantType(ty)),
        };
        self.constant(c)
    }

    /// A float constant of type `ty` (`f32` rounds `imm` to nearest).
    ///
    /// Errors: [`BuildError::ConstantType`] for an integer type, and those of
    /// [`constant`](Self::constant).
    pub fn fconst(&mut self, ty: Type, imm: f64) -> BuildResult<Value> {
        let c = match ty {
            Type::F32 => Constant::f32(imm as f32),
            Type::F64 => Constant::f64(imm),
            _ => return Err(BuildError::ConstantType(ty)),
        };
        self.constant(c)
    }

    /// Appends `call @func(args)` whose results have the types `result_tys` (the callee's
    /// results: the builder does not see the module, so the verifier checks the call against
    /// the callee); returns the results.
    ///
    /// Errors: [`BuildError::UnknownValue`], [`BuildError::NoCurrentBlock`],
    /// [`BuildError::BlockFilled`].
    pub fn call(&mut self, func: FuncId, args: &[Value], result_tys: &[Type]) -> BuildResult<Vec<Value>> {
        let block = self.open_block()?;
        for &a in args {
            self.check_value(a)?;
        }
        let inst = self.append(block, InstKind::Call(func), args.to_vec(), result_tys);
        Ok(self.body.insts[inst].results.clone())
    }

    /// Appends `call_indirect[$table, $sig] %index(args)` (spec §4, §12.6) with results of types
    /// `result_tys` (the signature's results; the verifier checks them against the module).
    ///
    /// Errors: [`BuildError::UnknownValue`], [`BuildError::NoCurrentBlock`],
    /// [`BuildError::BlockFilled`].
    pub fn call_indirect(
        &mut self,
        table: TableId,
        sig: SigId,
        index: Value,
        args: &[Value],
        result_tys: &[Type],
    ) -> BuildResult<Vec<Value>> {
        let block = self.open_block()?;
        self.check_value(index)?;
        for &a in args {
            self.check_value(a)?;
        }
        let mut all = vec![index];
        all.extend_from_slice(args);
        let inst = self.append(block, InstKind::CallIndirect { table, sig }, all, result_tys);
        Ok(self.body.insts[inst].results.clone())
    }

    /// Appends `trapz %c`: traps when `c` is zero. Errors: `c` not `i32`
    /// ([`BuildError::OperandType`]), and those of [`ins_op`](Self::ins_op).
    pub fn trapz(&mut self, c: Value) -> BuildResult<()> {
        self.trap_if(c, false)
    }

    /// Appends `trapnz %c`: traps when `c` is nonzero. Errors: as [`trapz`](Self::trapz).
    pub fn trapnz(&mut self, c: Value) -> BuildResult<()> {
        self.trap_if(c, true)
    }

    fn trap_if(&mut self, c: Value, nonzero: bool) -> BuildResult<()> {
        let block = self.open_block()?;
        self.check_operands(&[c], &[Type::I32])?;
        self.append(block, InstKind::TrapIf { nonzero }, vec![c], &[]);
        Ok(())
    }

    // ---------------------------------------------------------------------------------------
    // Terminators

    /// Ends the current block with `br ^block(args)`; `args` are for the explicit parameters of
    /// `block`, and the builder supplies those it adds for variables. Records the edge as a
    /// predecessor of `block`.
    ///
    /// Errors: [`BuildError::BranchToSealed`], [`BuildError::BranchToEntry`],
    /// [`BuildError::BranchArgCount`], [`BuildError::BranchArgType`],
    /// [`BuildError::UnknownBlock`], [`BuildError::UnknownValue`],
    /// [`BuildError::NoCurrentBlock`], [`BuildError::BlockFilled`].
    pub fn br(&mut self, block: Block, args: &[Value]) -> BuildResult<()> {
        self.open_block()?;
        self.check_target(block, args)?;
        self.terminate(InstKind::Br(BlockCall { block, args: args.to_vec() }), Vec::new())
    }

    /// Ends the current block with `br_if %c, ^then(then_args), ^else(else_args)`: to `then_dest`
    /// when `c` is nonzero. Both edges are recorded, also when both go to one block.
    ///
    /// Errors: `c` not `i32` ([`BuildError::OperandType`]) and those of [`br`](Self::br).
    pub fn br_if(
        &mut self,
        c: Value,
        then_dest: Block,
        then_args: &[Value],
        else_dest: Block,
        else_args: &[Value],
    ) -> BuildResult<()> {
        self.open_block()?;
        self.check_operands(&[c], &[Type::I32])?;
        self.check_target(then_dest, then_args)?;
        self.check_target(else_dest, else_args)?;
        let kind = InstKind::BrIf {
            then_dest: BlockCall { block: then_dest, args: then_args.to_vec() },
            else_dest: BlockCall { block: else_dest, args: else_args.to_vec() },
        };
        self.terminate(kind, vec![c])
    }

    /// Ends the current block with `switch %v, default, [k: target, ...]`: to the case whose value
    /// equals `v` (case values are the operand's bits, zero-extended), else to `default`. Every
    /// target is an edge of its own.
    ///
    /// Errors: [`BuildError::SwitchType`] (`v` neither `i32` nor `i64`),
    /// [`BuildError::DuplicateCase`], [`BuildError::CaseRange`] (a value past `u32::MAX` for an
    /// `i32` operand), and those of [`br`](Self::br) for each target.
    pub fn switch(&mut self, v: Value, default: BlockCall, cases: Vec<(u64, BlockCall)>) -> BuildResult<()> {
        self.open_block()?;
        let ty = self.check_value(v)?;
        if !matches!(ty, Type::I32 | Type::I64) {
            return Err(BuildError::SwitchType(ty));
        }
        self.check_target(default.block, &default.args)?;
        for (k, t) in &cases {
            if ty == Type::I32 && *k > u64::from(u32::MAX) {
                return Err(BuildError::CaseRange(*k));
            }
            self.check_target(t.block, &t.args)?;
        }
        let mut keys: Vec<u64> = cases.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        if let Some(w) = keys.windows(2).find(|w| w[0] == w[1]) {
            return Err(BuildError::DuplicateCase(w[0]));
        }
        self.terminate(InstKind::Switch { default, cases }, vec![v])
    }

    /// Ends the current block with `return args`.
    ///
    /// Errors: with a signature, [`BuildError::OperandCount`] and [`BuildError::OperandType`]
    /// against its results; [`BuildError::UnknownValue`], [`BuildError::NoCurrentBlock`],
    /// [`BuildError::BlockFilled`].
    pub fn ret(&mut self, args: &[Value]) -> BuildResult<()> {
        self.open_block()?;
        match self.sig.as_ref().map(|s| s.results.clone()) {
            Some(results) => self.check_operands(args, &results)?,
            None => {
                for &a in args {
                    self.check_value(a)?;
                }
            }
        }
        self.terminate(InstKind::Return, args.to_vec())
    }

    /// Ends the current block with `trap`. Errors: [`BuildError::NoCurrentBlock`],
    /// [`BuildError::BlockFilled`].
    pub fn trap(&mut self) -> BuildResult<()> {
        self.open_block()?;
        self.terminate(InstKind::Trap, Vec::new())
    }

    // ---------------------------------------------------------------------------------------
    // Finishing

    /// Checks that every block this builder created is sealed and filled, then rewrites the body
    /// once: every operand and branch argument that names a parameter found trivial
    /// (Algorithm 3) names its replacement, and those parameters leave their blocks together with
    /// their argument on every incoming edge. The remaining parameters are renumbered
    /// ([`ValueDef::Param`]). Linear in the size of the body.
    ///
    /// Errors: [`BuildError::Unsealed`], [`BuildError::Unfilled`] (the first such block in
    /// layout order); the body is then left unrewritten.
    pub fn finalize(self) -> BuildResult<()> {
        let FunctionBuilder { body, blocks: states, phis, mut alias, .. } = self;
        for &b in &body.layout {
            let st = &states[b];
            if st.created && !st.sealed {
                return Err(BuildError::Unsealed(b));
            }
            if st.created && !st.filled {
                return Err(BuildError::Unfilled(b));
            }
        }
        // Path compression, in index order, so that each lookup below is one step.
        for i in 0..body.values.len() {
            let v = Value::from_u32(i as u32);
            let mut root = v;
            while let Some(n) = alias[root].expand() {
                root = n;
            }
            let mut x = v;
            while let Some(n) = alias[x].expand() {
                alias[x] = root.into();
                x = n;
            }
        }
        let resolve = |v: Value| alias[v].expand().unwrap_or(v);
        let removed = |p: Value| phis[p].state == PhiState::Removed;
        let Body { values, insts, blocks, layout, .. } = body;
        let mut shrinks: SecondaryMap<Block, bool> = SecondaryMap::new();
        for (b, data) in blocks.iter() {
            if data.params.iter().any(|&p| removed(p)) {
                shrinks[b] = true;
            }
        }
        for &b in layout.iter() {
            let Some(data) = blocks.get(b) else { continue };
            for &inst in &data.insts {
                let Some(inst) = insts.get_mut(inst) else { continue };
                for a in &mut inst.args {
                    *a = resolve(*a);
                }
                for call in inst.kind.targets_mut() {
                    if shrinks[call.block] {
                        let params = blocks.get(call.block).map_or(&[][..], |d| d.params.as_slice());
                        let mut i = 0;
                        call.args.retain(|_| {
                            let keep = params.get(i).is_none_or(|&p| !removed(p));
                            i += 1;
                            keep
                        });
                    }
                    for a in &mut call.args {
                        *a = resolve(*a);
                    }
                }
            }
        }
        for (b, data) in blocks.iter_mut() {
            if !shrinks[b] {
                continue;
            }
            data.params.retain(|&p| !removed(p));
            for (i, &p) in data.params.iter().enumerate() {
                values[p].def = ValueDef::Param(b, i as u32);
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------------------------------
    // Checks

    fn check_block(&self, block: Block) -> BuildResult<()> {
        if self.blocks[block].created && self.body.blocks.get(block).is_some() {
            Ok(())
        } else {
            Err(BuildError::UnknownBlock(block))
        }
    }

    fn check_value(&self, v: Value) -> BuildResult<Type> {
        self.body.values.get(v).map(|d| d.ty).ok_or(BuildError::UnknownValue(v))
    }

    fn check_var(&self, var: Variable) -> BuildResult<Type> {
        self.vars.get(var).copied().ok_or(BuildError::UnknownVariable(var))
    }

    /// The current block, if instructions may still be appended to it.
    fn open_block(&self) -> BuildResult<Block> {
        let block = self.current.ok_or(BuildError::NoCurrentBlock)?;
        if self.blocks[block].filled {
            return Err(BuildError::BlockFilled(block));
        }
        Ok(block)
    }

    fn check_operands(&self, args: &[Value], expected: &[Type]) -> BuildResult<()> {
        if args.len() != expected.len() {
            return Err(BuildError::OperandCount { expected: expected.len(), found: args.len() });
        }
        for (index, (&a, &want)) in args.iter().zip(expected).enumerate() {
            let found = self.check_value(a)?;
            if found != want {
                return Err(BuildError::OperandType { index, expected: want, found });
            }
        }
        Ok(())
    }

    fn check_target(&self, block: Block, args: &[Value]) -> BuildResult<()> {
        self.check_block(block)?;
        if self.body.entry() == Some(block) {
            return Err(BuildError::BranchToEntry(block));
        }
        let st = &self.blocks[block];
        if st.sealed {
            return Err(BuildError::BranchToSealed(block));
        }
        if args.len() != st.explicit_params {
            return Err(BuildError::BranchArgCount { block, expected: st.explicit_params, found: args.len() });
        }
        let params = &self.body.blocks[block].params;
        for (index, (&a, &p)) in args.iter().zip(params).enumerate() {
            let found = self.check_value(a)?;
            let expected = self.body.ty(p);
            if found != expected {
                return Err(BuildError::BranchArgType { block, index, expected, found });
            }
        }
        Ok(())
    }

    fn single_result(&self, inst: Inst) -> BuildResult<Value> {
        self.body.insts[inst].results.first().copied().ok_or(BuildError::Internal("instruction without result"))
    }

    /// Appends a checked terminator to the current block and records its edges.
    fn terminate(&mut self, kind: InstKind, args: Vec<Value>) -> BuildResult<()> {
        let from = self.open_block()?;
        let inst = self.append(from, kind, args, &[]);
        self.blocks[from].filled = true;
        let targets: Vec<Block> = self.body.insts[inst].kind.targets().iter().map(|c| c.block).collect();
        for (slot, to) in targets.into_iter().enumerate() {
            self.blocks[to].edges.push(Edge { from, inst, slot: slot as u32 });
        }
        Ok(())
    }

    // ---------------------------------------------------------------------------------------
    // SSA construction (Braun et al. 2013)

    /// Runs `readVariable` for `var` from `first` on an explicit stack; returns the value the
    /// first task pushes.
    fn run(&mut self, var: Variable, first: Task) -> BuildResult<Value> {
        self.tasks.clear();
        self.results.clear();
        self.tasks.push(first);
        while let Some(task) = self.tasks.pop() {
            match task {
                Task::Lookup(block) => match self.walk(var, block)? {
                    Walk::Found(v) => self.results.push(v),
                    Walk::NeedsOperands(block, param) => self.tasks.push(Task::Fill { block, param, next: 0 }),
                },
                Task::Fill { block, param, next } => {
                    if next > 0 {
                        let arg = self.results.pop().ok_or(BuildError::Internal("missing phi operand"))?;
                        self.push_edge_arg(block, next - 1, param, arg)?;
                    }
                    if let Some(e) = self.blocks[block].edges.get(next) {
                        let from = e.from;
                        self.tasks.push(Task::Fill { block, param, next: next + 1 });
                        self.tasks.push(Task::Lookup(from));
                    } else {
                        self.phis[param].state = PhiState::Complete;
                        let v = self.try_remove_trivial(param)?;
                        self.results.push(v);
                    }
                }
            }
        }
        let v = self.results.pop().ok_or(BuildError::Internal("lookup without result"))?;
        self.results.clear();
        Ok(v)
    }

    /// Braun's `readVariable` up to the first block that answers: a definition (§2.1), an
    /// unsealed block (incomplete parameter, §2.3), no predecessor (undefined), or several
    /// predecessors (a new parameter whose operands the caller fills, §2.2). Single-predecessor
    /// blocks on the way are walked through and get the answer as their definition; a cycle of
    /// them (unreachable code) ends at the block met twice, as if it had several predecessors.
    fn walk(&mut self, var: Variable, start: Block) -> BuildResult<Walk> {
        let ty = self.check_var(var)?;
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            for (_, st) in self.blocks.iter_mut() {
                st.walk_mark = 0;
            }
            self.epoch = 1;
        }
        self.chain.clear();
        let mut b = start;
        let outcome = loop {
            if let Some(&v) = self.defs.get(&(var, b)) {
                break Walk::Found(self.resolve(v));
            }
            let st = &self.blocks[b];
            if !st.sealed {
                let p = self.new_phi(b, ty, PhiState::Incomplete);
                self.body.kinds[p] = self.var_kinds[var];
                self.blocks[b].incomplete.push((var, p));
                self.defs.insert((var, b), p);
                break Walk::Found(p);
            }
            if st.edges.is_empty() {
                let u = self.undef(ty)?;
                self.defs.insert((var, b), u);
                break Walk::Found(u);
            }
            if st.edges.len() == 1 && st.walk_mark != self.epoch {
                let pred = st.edges[0].from;
                self.blocks[b].walk_mark = self.epoch;
                self.chain.push(b);
                b = pred;
                continue;
            }
            // Several predecessors, or back at a block of this walk: the parameter is the
            // definition before its operands are looked up, which ends cycles (Algorithm 2).
            let p = self.new_phi(b, ty, PhiState::Incomplete);
            self.body.kinds[p] = self.var_kinds[var];
            self.defs.insert((var, b), p);
            break Walk::NeedsOperands(b, p);
        };
        let v = match outcome {
            Walk::Found(v) | Walk::NeedsOperands(_, v) => v,
        };
        for i in 0..self.chain.len() {
            let c = self.chain[i];
            self.defs.insert((var, c), v);
        }
        Ok(outcome)
    }

    fn new_phi(&mut self, block: Block, ty: Type, state: PhiState) -> Value {
        self.blocks[block].has_var_params = true;
        let p = self.body.add_block_param(block, ty, None);
        self.phis[p].state = state;
        p
    }

    /// Appends `arg` for `param` to incoming edge `edge` of `block`, and records `param` as a user
    /// of `arg` if `arg` is a parameter the builder added.
    fn push_edge_arg(&mut self, block: Block, edge: usize, param: Value, arg: Value) -> BuildResult<()> {
        let e = *self.blocks[block].edges.get(edge).ok_or(BuildError::Internal("missing edge"))?;
        let ValueDef::Param(_, index) = self.body.values[param].def else {
            return Err(BuildError::Internal("phi is not a block parameter"));
        };
        let call = target_mut(&mut self.body.insts[e.inst].kind, e.slot as usize)
            .ok_or(BuildError::Internal("edge without target"))?;
        if call.args.len() != index as usize {
            return Err(BuildError::Internal("branch arguments out of step with parameters"));
        }
        call.args.push(arg);
        if arg != param && matches!(self.phis[arg].state, PhiState::Incomplete | PhiState::Complete) {
            self.phis[arg].users.push(param);
        }
        Ok(())
    }

    /// Braun's Algorithm 3 (`tryRemoveTrivialPhi`) on a work list: a complete parameter whose
    /// arguments are all one value `v` or itself becomes an alias of `v` (of the zero constant if
    /// it has no other argument), and the parameters that use it are checked again. Returns what
    /// `param` stands for afterwards.
    fn try_remove_trivial(&mut self, param: Value) -> BuildResult<Value> {
        self.worklist.clear();
        self.worklist.push(param);
        while let Some(q) = self.worklist.pop() {
            if self.phis[q].state != PhiState::Complete {
                continue;
            }
            let ValueDef::Param(b, index) = self.body.values[q].def else {
                return Err(BuildError::Internal("phi is not a block parameter"));
            };
            let mut same = None;
            let mut trivial = true;
            for e in &self.blocks[b].edges {
                let arg = target(&self.body.insts[e.inst].kind, e.slot as usize)
                    .and_then(|c| c.args.get(index as usize))
                    .copied()
                    .ok_or(BuildError::Internal("missing phi argument"))?;
                let arg = self.resolve(arg);
                if arg == q || Some(arg) == same {
                    continue;
                }
                if same.is_some() {
                    trivial = false;
                    break;
                }
                same = Some(arg);
            }
            if !trivial {
                continue;
            }
            let same = match same {
                Some(v) => v,
                None => {
                    let ty = self.body.values[q].ty;
                    self.undef(ty)?
                }
            };
            self.alias[q] = same.into();
            self.phis[q].state = PhiState::Removed;
            let users = std::mem::take(&mut self.phis[q].users);
            if matches!(self.phis[same].state, PhiState::Incomplete | PhiState::Complete) {
                self.phis[same].users.extend(users.iter().copied().filter(|&u| u != same));
            }
            self.worklist.extend(users);
        }
        Ok(self.resolve(param))
    }

    /// What `v` stands for after the replacements so far.
    fn resolve(&self, mut v: Value) -> Value {
        while let Some(n) = self.alias[v].expand() {
            v = n;
        }
        v
    }

    /// The zero constant of `ty` (null for a reference) at the top of the entry block (Braun's
    /// `Undef`), made once.
    fn undef(&mut self, ty: Type) -> BuildResult<Value> {
        if let Some(&(_, v)) = self.undefs.iter().find(|(t, _)| *t == ty) {
            return Ok(v);
        }
        let entry = self.body.entry().ok_or(BuildError::Internal("no entry block"))?;
        let at = self.undefs.len();
        // References have no constants: their null operator is their zero (spec §3.4.2).
        let kind = match ty {
            Type::ExternRef => InstKind::Op(Opcode::ExternRefNull),
            Type::FuncRef => InstKind::Op(Opcode::FuncRefNull),
            _ => InstKind::Const(Constant { ty, bits: 0 }),
        };
        let inst = self.body.insert_inst(entry, at, kind, Vec::new(), &[ty]);
        let v = self.single_result(inst)?;
        self.undefs.push((ty, v));
        Ok(v)
    }
}

/// Target `slot` of a terminator, in [`InstKind::targets`] order.
fn target(kind: &InstKind, slot: usize) -> Option<&BlockCall> {
    match kind {
        InstKind::Br(t) => (slot == 0).then_some(t),
        InstKind::BrIf { then_dest, else_dest } => [then_dest, else_dest].into_iter().nth(slot),
        InstKind::Switch { default, cases } => match slot {
            0 => Some(default),
            n => cases.get(n - 1).map(|(_, t)| t),
        },
        _ => None,
    }
}

/// Target `slot` of a terminator, mutably.
fn target_mut(kind: &mut InstKind, slot: usize) -> Option<&mut BlockCall> {
    match kind {
        InstKind::Br(t) => (slot == 0).then_some(t),
        InstKind::BrIf { then_dest, else_dest } => [then_dest, else_dest].into_iter().nth(slot),
        InstKind::Switch { default, cases } => match slot {
            0 => Some(default),
            n => cases.get_mut(n - 1).map(|(_, t)| t),
        },
        _ => None,
    }
}
