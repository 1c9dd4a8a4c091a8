//! The WasmIR in memory: entity arenas and indices, no spans and no references between nodes.
//!
//! Shapes follow Cranelift's IR (`cranelift/codegen/src/ir`): a [`Module`] holds [`Function`]s in a
//! `PrimaryMap`; a defined function has a [`Body`], which is a data-flow graph (values, instructions,
//! block parameters) plus a layout (the order of blocks, and of instructions inside each block).
//! Source spans live beside the IR in [`SourceMap`], filled by the resolver (`crate::resolve`).
//!
//! The IR can represent ill-formed programs (a block without terminator, an operand of the wrong
//! type, a use not dominated by its definition): the verifier (`wasmir-verify`) decides validity,
//! so that it can point at the mistake instead of the parser refusing to build it.

pub mod builder;
pub mod cfg;
mod entities;
pub mod layout;
mod opcode;
mod ownership;
mod types;

pub use entities::{Block, DataId, FuncId, GlobalId, Inst, MemoryId, SigId, Slot, TableId, Value};
pub use opcode::{Convention, Effects, Format, Opcode, TrapCode};
pub use ownership::{Kind, OwnOp, SigKinds};
pub use types::{Constant, Type};

use cranelift_entity::{PrimaryMap, SecondaryMap};

/// The version a module declares in its `wasmir MAJOR.MINOR` header (spec §8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    /// Incompatible changes bump the major version.
    pub major: u32,
    /// Additions (new operators, new item kinds) bump the minor version.
    pub minor: u32,
}

impl Version {
    /// The version this crate reads and writes.
    pub const CURRENT: Version = Version { major: 0, minor: 3 };
}

impl core::fmt::Display for Version {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// A function signature: parameter and result types (spec §3.2). Multiple results follow the wasm
/// multi-value proposal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    /// Parameter types, in order.
    pub params: Vec<Type>,
    /// Result types, in order; empty for a function that returns nothing.
    pub results: Vec<Type>,
    /// Ownership kinds of the parameters and results (spec §13.1); empty when all are trivial.
    pub kinds: SigKinds,
}

impl Signature {
    /// A signature whose positions are all trivial.
    pub fn new(params: Vec<Type>, results: Vec<Type>) -> Signature {
        Signature { params, results, kinds: SigKinds::default() }
    }

    /// The signature as wasm sees it: `ptr` as `i32`, `i128` as two `i64` (low half first,
    /// spec §3.4.1), ownership kinds dropped. `call_indirect` compares signatures this way
    /// (spec §12.6.2), on every backend: wasm cannot tell the others apart at run time.
    pub fn wasm_shape(&self) -> (Vec<Type>, Vec<Type>) {
        (wasm_words(&self.params), wasm_words(&self.results))
    }
}

/// `types` as wasm value types, one per wasm value: `ptr` is `i32`, `i128` two `i64`s (spec
/// §3.4.1).
pub fn wasm_words(types: &[Type]) -> Vec<Type> {
    let mut out = Vec::with_capacity(types.len());
    for &t in types {
        match t {
            Type::I128 => out.extend([Type::I64, Type::I64]),
            t => out.push(t.wasm()),
        }
    }
    out
}

/// A source location carried by a function (spec §2.2 `location`): where the code came from,
/// e.g. the Rust function that mir-export lowered. Lines and columns are 1-based.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SourceLoc {
    /// File path as the producer wrote it.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

/// Where an instruction came from (spec §2.2 `inst_location`, D9): a file of
/// [`Module::files`], 1-based line and column. Passes that rewrite an instruction in place keep
/// it; instructions a pass invents have none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InstLoc {
    /// Index into [`Module::files`].
    pub file: u32,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

/// A whole WasmIR module (spec §3.1). Module-level entities (memories, globals, tables, signatures,
/// data) share one namespace of `$` names; functions have their own (`@`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Module {
    /// The declared version.
    pub version: Option<Version>,
    /// Imported and defined functions, in source order. Imported ones have no body.
    pub funcs: PrimaryMap<FuncId, Function>,
    /// Exports, in source order.
    pub exports: Vec<Export>,
    /// Linear memories (spec §12.1); at most one in 0.2.
    pub memories: PrimaryMap<MemoryId, MemoryData>,
    /// Globals (spec §12.4).
    pub globals: PrimaryMap<GlobalId, GlobalData>,
    /// Tables of references (spec §12.6).
    pub tables: PrimaryMap<TableId, TableData>,
    /// Named signatures for `call_indirect` (spec §12.6).
    pub sigs: PrimaryMap<SigId, SigData>,
    /// Data items (spec §12.5), placed in memory by the emitter in this order.
    pub data: PrimaryMap<DataId, DataItem>,
    /// The files instruction locations name ([`InstLoc::file`] indexes it), in order of first
    /// use.
    pub files: Vec<String>,
}

impl Module {
    /// Operand and result types of an operator with its immediates, in this module: the table's
    /// columns, except for `global.get`/`global.set`, whose type is the global's, and the table
    /// operators, whose element-typed operand or result is the table's element type
    /// ([`Opcode::table_types`], spec §12.6.3). `None` when an immediate names an entity the
    /// module does not have.
    pub fn operator_types(&self, op: Opcode, imm: &Imm) -> Option<(Vec<Type>, Vec<Type>)> {
        match (op.format(), imm) {
            (Format::GlobalGet, Imm::Global(g)) => Some((Vec::new(), vec![self.globals.get(*g)?.ty])),
            (Format::GlobalSet, Imm::Global(g)) => Some((vec![self.globals.get(*g)?.ty], Vec::new())),
            (Format::Table, Imm::Table(t)) => op.table_types(self.tables.get(*t)?.elem),
            _ => Some((op.params().to_vec(), op.results().to_vec())),
        }
    }
}

/// `import "module" "field"`: where the host provides an imported entity (spec §3.3).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ImportName {
    /// The wasm import module name.
    pub module: String,
    /// The wasm import field name.
    pub field: String,
}

/// `memory $m MIN (max MAX)?` (spec §12.1): sizes in pages of 65,536 bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoryData {
    /// The name without its `$` sigil.
    pub name: String,
    /// Initial size in pages. The emitter raises it to fit the shadow stack and the data.
    pub min_pages: u32,
    /// Maximum size in pages, if bounded.
    pub max_pages: Option<u32>,
    /// Set when the host provides the memory.
    pub import: Option<ImportName>,
}

/// `global $g: T (mut)? = literal` (spec §12.4).
#[derive(Clone, Debug, PartialEq)]
pub struct GlobalData {
    /// The name without its `$` sigil.
    pub name: String,
    /// The value type.
    pub ty: Type,
    /// Whether `global.set` may write it.
    pub mutable: bool,
    /// The initial value; `None` exactly when imported.
    pub init: Option<Constant>,
    /// Set when the host provides the global.
    pub import: Option<ImportName>,
}

/// `table $t: funcref` or `table $t: externref` (spec §12.6). A `funcref` table's initial
/// elements are the functions whose index is taken in it (`fn.index[$t, @f]`), placed by the
/// emitter from index 1 in function order; index 0 stays empty (null) so that 0 is never a valid
/// function index. An `externref` table starts empty (size 0) and grows with `table.grow`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableData {
    /// The name without its `$` sigil.
    pub name: String,
    /// The element type; the verifier requires a reference type (E0268).
    pub elem: Type,
    /// Set when the host provides the table.
    pub import: Option<ImportName>,
}

/// `type $s = fn(params) -> results` (spec §12.6).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigData {
    /// The name without its `$` sigil.
    pub name: String,
    /// The signature.
    pub sig: Signature,
}

/// `data $d (align A)? = parts` (spec §12.5): initial bytes of memory, placed by the emitter.
#[derive(Clone, Debug, PartialEq)]
pub struct DataItem {
    /// The name without its `$` sigil.
    pub name: String,
    /// Alignment of its first byte, in bytes (a power of two, at most 65,536).
    pub align: u32,
    /// The contents, in order.
    pub parts: Vec<DataPart>,
}

impl DataItem {
    /// Size in bytes.
    pub fn size(&self) -> u64 {
        self.parts.iter().map(DataPart::size).sum()
    }
}

/// One piece of a data item's contents (spec §12.5). Numbers are little-endian.
#[derive(Clone, Debug, PartialEq)]
pub enum DataPart {
    /// Bytes as written: `"text"` (UTF-8) or `x"00ff"`.
    Bytes(Vec<u8>),
    /// `zero N`: N zero bytes.
    Zero(u32),
    /// `i32 7`, `f64 1.5`, ...: a constant's bytes (4 or 8).
    Const(Constant),
    /// `data.addr[$d, addend=N]`: the 4-byte address of another data item plus N bytes.
    DataAddr {
        /// The data item pointed to.
        data: DataId,
        /// Byte offset from its start.
        addend: u32,
    },
    /// `fn.index[$t, @f]`: the 4-byte index of `f` in table `t`.
    FuncIndex {
        /// The table.
        table: TableId,
        /// The function.
        func: FuncId,
    },
}

impl DataPart {
    /// Size in bytes.
    pub fn size(&self) -> u64 {
        match self {
            DataPart::Bytes(b) => b.len() as u64,
            DataPart::Zero(n) => *n as u64,
            DataPart::Const(c) => c.ty.bits() as u64 / 8,
            DataPart::DataAddr { .. } | DataPart::FuncIndex { .. } => 4,
        }
    }
}

/// `slot #s: SIZE (align A)?` (spec §12.3): a stack slot of a function, in bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotData {
    /// The name without its `#` sigil; `None` for anonymous (`#3`).
    pub name: Option<String>,
    /// Size in bytes.
    pub size: u32,
    /// Alignment in bytes (a power of two, at most 65,536).
    pub align: u32,
}

/// `[$mem, offset=N, align=A, notrap, aligned]` on a load or store (spec §12.1; wasm's memarg).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MemArg {
    /// The memory accessed.
    pub mem: MemoryId,
    /// Constant byte offset added to the address (wasm's memarg offset; no wrap: an address plus
    /// offset past the memory traps).
    pub offset: u32,
    /// Alignment hint in bytes, a power of two no larger than the access; the default is the
    /// access width. A hint only: a misaligned access is correct.
    pub align: u32,
    /// The producer promises the access is in bounds (D3): lets the optimizer treat it as
    /// non-trapping; it still traps if the promise is broken (no undefined behaviour).
    pub notrap: bool,
    /// The producer promises the effective address is a multiple of `align`.
    pub aligned: bool,
}

impl Format {
    /// Whether `imm` is the kind of immediates this format takes (`Plain` takes none).
    pub fn takes(self, imm: &Imm) -> bool {
        matches!(
            (self, imm),
            (Format::Load | Format::Store, Imm::MemArg(_))
                | (Format::Memory, Imm::Memory(_))
                | (Format::GlobalGet | Format::GlobalSet, Imm::Global(_))
                | (Format::Slot, Imm::Slot(_))
                | (Format::Data, Imm::Data { .. })
                | (Format::FuncIndex, Imm::FuncIndex { .. })
                | (Format::Table, Imm::Table(_))
                | (Format::Func, Imm::Func(_))
        )
    }
}

/// The immediates of an operator whose [`Format`] is not `Plain`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Imm {
    /// `Load` and `Store`.
    MemArg(MemArg),
    /// `Memory`.
    Memory(MemoryId),
    /// `GlobalGet` and `GlobalSet`.
    Global(GlobalId),
    /// `Slot`.
    Slot(Slot),
    /// `Data`: the item and a byte addend.
    Data {
        /// The data item.
        data: DataId,
        /// Bytes added to its address.
        addend: u32,
    },
    /// `FuncIndex`.
    FuncIndex {
        /// The table.
        table: TableId,
        /// The function.
        func: FuncId,
    },
    /// `Table`: the table accessed.
    Table(TableId),
    /// `Func`: the function referred to.
    Func(FuncId),
}

/// A function: imported (no body) or defined (spec §3.2).
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// The name without its `@` sigil. Unique in a module.
    pub name: String,
    /// Parameter and result types.
    pub sig: Signature,
    /// Where the function came from, if the producer said.
    pub loc: Option<SourceLoc>,
    /// Import or body.
    pub kind: FunctionKind,
}

/// Whether a function is imported or defined here.
#[derive(Clone, Debug, PartialEq)]
pub enum FunctionKind {
    /// `import "module" "field" fn @name(...)`: a wasm function import.
    Import {
        /// The wasm import module name.
        module: String,
        /// The wasm import field name.
        field: String,
    },
    /// A function with a body.
    Defined(Body),
}

impl Function {
    /// The body, if the function is defined here.
    pub fn body(&self) -> Option<&Body> {
        match &self.kind {
            FunctionKind::Defined(b) => Some(b),
            FunctionKind::Import { .. } => None,
        }
    }

    /// The body, mutably.
    pub fn body_mut(&mut self) -> Option<&mut Body> {
        match &mut self.kind {
            FunctionKind::Defined(b) => Some(b),
            FunctionKind::Import { .. } => None,
        }
    }
}

/// `export "name" fn @f` (or `memory`, `global`, `table`): makes an entity visible to the host
/// under `name` (spec §3.3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    /// The wasm export name. Unique in a module.
    pub name: String,
    /// The exported entity.
    pub item: ExportItem,
}

/// What an export names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportItem {
    /// A function.
    Func(FuncId),
    /// A memory.
    Memory(MemoryId),
    /// A global.
    Global(GlobalId),
    /// A table.
    Table(TableId),
}

impl Export {
    /// The exported function, if the export is one.
    pub fn func(&self) -> Option<FuncId> {
        match self.item {
            ExportItem::Func(f) => Some(f),
            _ => None,
        }
    }
}

/// What defines an SSA value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueDef {
    /// The `index`-th parameter of `block`.
    Param(Block, u32),
    /// The `index`-th result of `inst`.
    Result(Inst, u32),
}

/// Per-value data: its type, its definition and an optional name.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueData {
    /// The value's type.
    pub ty: Type,
    /// Where it is defined.
    pub def: ValueDef,
    /// The name it was written with (`%n` -> `n`); `None` for anonymous values (all-digit names or
    /// values made by passes), which the printer numbers by index.
    pub name: Option<String>,
}

/// Per-block data: parameters and the instructions in layout order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlockData {
    /// Block parameters (the SSA form's phi nodes), in order.
    pub params: Vec<Value>,
    /// Instructions in execution order; a well-formed block ends with exactly one terminator.
    pub insts: Vec<Inst>,
    /// The label it was written with (`^loop` -> `loop`); `None` for anonymous blocks.
    pub name: Option<String>,
}

/// A branch target with its arguments, passed to the target's block parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockCall {
    /// The destination block.
    pub block: Block,
    /// Arguments, one per block parameter.
    pub args: Vec<Value>,
}

/// What an instruction does. Terminators (spec §5) end a block; the others compute values.
#[derive(Clone, Debug, PartialEq)]
pub enum InstKind {
    /// `T.const literal`: a constant of type `T`.
    Const(Constant),
    /// An operator of format `Plain` from the table (`i32.add`, `f64.convert_i32_s`, ...);
    /// operands in `args`.
    Op(Opcode),
    /// An operator whose format carries immediates (`i32.load[$m, offset=4] %p`,
    /// `global.get[$g]`, `slot.addr[#s]`, ...); the immediates match the opcode's format.
    OpImm(Opcode, Imm),
    /// `call @f(args)`; results are the callee's results.
    Call(FuncId),
    /// `call_indirect[$t, $sig] %i(args)`: calls the function at index `args[0]` of the table,
    /// which must have signature `sig`; the call's arguments are `args[1..]`.
    CallIndirect {
        /// The table.
        table: TableId,
        /// The expected signature.
        sig: SigId,
    },
    /// `trapz %c` (trap when `%c == 0`) or `trapnz %c` (trap when `%c != 0`); `%c` is `args[0]`.
    TrapIf {
        /// `true` for `trapnz`.
        nonzero: bool,
    },
    /// `br ^b(args)`.
    Br(BlockCall),
    /// `br_if %c, ^then(..), ^else(..)`: to `then` when `%c != 0` (`args[0]`).
    BrIf {
        /// Taken when the condition is nonzero.
        then_dest: BlockCall,
        /// Taken when the condition is zero.
        else_dest: BlockCall,
    },
    /// `switch %v, ^default, [k: ^b, ...]`: multi-way branch on `args[0]` (i32 or i64).
    Switch {
        /// Taken when no case matches.
        default: BlockCall,
        /// `(value, target)` pairs; values are the operand's bits, zero-extended to 64.
        cases: Vec<(u64, BlockCall)>,
    },
    /// `return args`.
    Return,
    /// `trap`: unconditional trap (wasm `unreachable`).
    Trap,
    /// An ownership instruction (`own`, `linear`, `borrow`, `borrow mut`, `end_borrow`, `drop`;
    /// spec §13.3): its operand is `args[0]`. No run-time effect; `strip-ownership` removes it.
    Own(OwnOp),
}

impl InstKind {
    /// The effect flags (spec §12.10): the table's for operators; calls have `CALL` (and
    /// `call_indirect` also `TRAP` and `READ_TABLE`); `trapz`/`trapnz` have `TRAP`.
    pub fn effects(&self) -> Effects {
        match self {
            InstKind::Op(op) | InstKind::OpImm(op, _) => op.effects(),
            InstKind::Const(_) | InstKind::Own(_) => Effects::PURE,
            InstKind::Call(_) => Effects::CALL,
            InstKind::CallIndirect { .. } => Effects::CALL | Effects::TRAP | Effects::READ_TABLE,
            InstKind::TrapIf { .. } | InstKind::Trap => Effects::TRAP,
            InstKind::Br(_) | InstKind::BrIf { .. } | InstKind::Switch { .. } | InstKind::Return => Effects::PURE,
        }
    }

    /// Whether the instruction ends a block.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            InstKind::Br(_) | InstKind::BrIf { .. } | InstKind::Switch { .. } | InstKind::Return | InstKind::Trap
        )
    }

    /// The branch targets of a terminator, in textual order (empty for return and trap).
    pub fn targets(&self) -> Vec<&BlockCall> {
        match self {
            InstKind::Br(t) => vec![t],
            InstKind::BrIf { then_dest, else_dest } => vec![then_dest, else_dest],
            InstKind::Switch { default, cases } => {
                let mut v = vec![default];
                v.extend(cases.iter().map(|(_, t)| t));
                v
            }
            _ => Vec::new(),
        }
    }

    /// The branch targets, mutably.
    pub fn targets_mut(&mut self) -> Vec<&mut BlockCall> {
        match self {
            InstKind::Br(t) => vec![t],
            InstKind::BrIf { then_dest, else_dest } => vec![then_dest, else_dest],
            InstKind::Switch { default, cases } => {
                let mut v = vec![default];
                v.extend(cases.iter_mut().map(|(_, t)| t));
                v
            }
            _ => Vec::new(),
        }
    }
}

/// One instruction: what it does, its operands and its results.
#[derive(Clone, Debug, PartialEq)]
pub struct InstData {
    /// The operation.
    pub kind: InstKind,
    /// Operands (not counting block arguments, which live in the targets).
    pub args: Vec<Value>,
    /// Result values, each defined here (`ValueDef::Result`).
    pub results: Vec<Value>,
}

/// A function body: the data-flow graph and its layout (Cranelift's `DataFlowGraph` + `Layout`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Body {
    /// Stack slots (spec §12.3), in declaration order.
    pub slots: PrimaryMap<Slot, SlotData>,
    /// Source locations of instructions (D9), where known.
    pub locs: SecondaryMap<Inst, Option<InstLoc>>,
    /// Every SSA value.
    pub values: PrimaryMap<Value, ValueData>,
    /// Ownership kind of each value (spec §13.1): trivial unless a qualifier or an ownership
    /// instruction defines it otherwise. Kept beside `values`, as `locs`, so that code that never
    /// meets ownership never spells it.
    pub kinds: SecondaryMap<Value, Kind>,
    /// Every instruction (also ones no block lists any more, after passes).
    pub insts: PrimaryMap<Inst, InstData>,
    /// Every block.
    pub blocks: PrimaryMap<Block, BlockData>,
    /// Block order; the first block is the entry block (spec §6.1).
    pub layout: Vec<Block>,
}

impl Body {
    /// The entry block, if the body has any block.
    pub fn entry(&self) -> Option<Block> {
        self.layout.first().copied()
    }

    /// Appends a new empty block to the layout.
    pub fn add_block(&mut self, name: Option<String>) -> Block {
        let b = self.blocks.push(BlockData { name, ..Default::default() });
        self.layout.push(b);
        b
    }

    /// Adds a parameter of type `ty` to `block`.
    pub fn add_block_param(&mut self, block: Block, ty: Type, name: Option<String>) -> Value {
        let idx = self.blocks[block].params.len() as u32;
        let v = self.values.push(ValueData { ty, def: ValueDef::Param(block, idx), name });
        self.blocks[block].params.push(v);
        v
    }

    /// Appends an instruction to `block` whose results have the types `result_tys`; returns it.
    pub fn append_inst(&mut self, block: Block, kind: InstKind, args: Vec<Value>, result_tys: &[Type]) -> Inst {
        let at = self.blocks[block].insts.len();
        self.insert_inst(block, at, kind, args, result_tys)
    }

    /// Inserts an instruction into `block` at position `at` (clamped to the block's length), with
    /// fresh anonymous results of the types `result_tys`; returns it.
    pub fn insert_inst(
        &mut self,
        block: Block,
        at: usize,
        kind: InstKind,
        args: Vec<Value>,
        result_tys: &[Type],
    ) -> Inst {
        let inst = self.insts.push(InstData { kind, args, results: Vec::new() });
        for (i, &ty) in result_tys.iter().enumerate() {
            let v = self.values.push(ValueData { ty, def: ValueDef::Result(inst, i as u32), name: None });
            self.insts[inst].results.push(v);
        }
        let insts = &mut self.blocks[block].insts;
        insts.insert(at.min(insts.len()), inst);
        inst
    }

    /// The terminator of `block`: its last instruction, if that is a terminator.
    pub fn terminator(&self, block: Block) -> Option<Inst> {
        let last = *self.blocks[block].insts.last()?;
        self.insts[last].kind.is_terminator().then_some(last)
    }

    /// The successor blocks of `block`, in target order, duplicates kept.
    pub fn successors(&self, block: Block) -> Vec<Block> {
        match self.terminator(block) {
            Some(t) => self.insts[t].kind.targets().iter().map(|c| c.block).collect(),
            None => Vec::new(),
        }
    }

    /// The type of a value.
    pub fn ty(&self, v: Value) -> Type {
        self.values[v].ty
    }
}

/// Byte range `start..end` in the source text of one file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from byte offsets.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// As a `Range<usize>` for codespan-reporting.
    pub fn range(self) -> core::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Spans of a function's entities, kept beside the IR (like Cranelift reader's `SourceMap`).
#[derive(Clone, Debug, Default)]
pub struct FuncSpans {
    /// Where the function's name is written.
    pub name: Span,
    /// Each instruction's whole statement (results and operation).
    pub insts: SecondaryMap<Inst, Span>,
    /// Each value's definition (block parameter or result name).
    pub values: SecondaryMap<Value, Span>,
    /// Each block's label.
    pub blocks: SecondaryMap<Block, Span>,
    /// Each instruction's operand spans, in `args` order.
    pub args: SecondaryMap<Inst, Vec<Span>>,
    /// Each terminator's target spans, in `InstKind::targets` order.
    pub targets: SecondaryMap<Inst, Vec<Span>>,
    /// Each parameter type of the signature, in order.
    pub sig_params: Vec<Span>,
    /// Each result type of the signature, in order.
    pub sig_results: Vec<Span>,
    /// An import's module string (`Span::default()` for a defined function).
    pub import_module: Span,
    /// An import's field string (`Span::default()` for a defined function).
    pub import_field: Span,
    /// Each slot's declaration.
    pub slots: SecondaryMap<Slot, Span>,
    /// Each instruction's immediates (`[...]`), when it has any.
    pub imms: SecondaryMap<Inst, Span>,
}

/// Spans of a module's entities, for diagnostics. Passes that rewrite the IR may leave it stale;
/// diagnostics fall back to the function's span when an entity has none.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    /// The `wasmir X.Y` header.
    pub header: Span,
    /// Per function.
    pub funcs: SecondaryMap<FuncId, FuncSpans>,
    /// Per export, in `Module::exports` order: the export's name string.
    pub exports: Vec<Span>,
    /// Each memory's declaration.
    pub memories: SecondaryMap<MemoryId, Span>,
    /// Each global's declaration.
    pub globals: SecondaryMap<GlobalId, Span>,
    /// Each table's declaration.
    pub tables: SecondaryMap<TableId, Span>,
    /// Each signature's declaration.
    pub sigs: SecondaryMap<SigId, Span>,
    /// Each data item's declaration.
    pub data: SecondaryMap<DataId, Span>,
    /// Each data item's parts, in order.
    pub data_parts: SecondaryMap<DataId, Vec<Span>>,
}
