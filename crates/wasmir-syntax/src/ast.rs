//! The syntax tree: what the text says, with a [`Span`] on every node, before names are resolved.
//!
//! The grammar (`grammar.lalrpop`, spec §2.2) builds it; `crate::resolve` lowers it to the IR. It
//! keeps everything the resolver needs to point at a mistake: names as written, literals as
//! written, and which spelling (quoted or not) a name used.

use crate::ir::{Kind, OwnOp, Span, Type};
use crate::lexer::FloatLit;
use std::borrow::Cow;

/// A node and where it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    /// The node.
    pub node: T,
    /// Its source bytes.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Wraps `node` with the span `l..r`.
    pub fn new(node: T, l: usize, r: usize) -> Spanned<T> {
        Spanned { node, span: Span::new(l, r) }
    }
}

/// A name after a sigil (`@f`, `%x`, `^loop`, `%"a b"`, `%3`).
#[derive(Clone, Debug, PartialEq)]
pub struct Name<'s> {
    /// The name without sigil or quotes.
    pub text: Cow<'s, str>,
    /// Whether it was written quoted.
    pub quoted: bool,
    /// The whole name, sigil included.
    pub span: Span,
}

impl Name<'_> {
    /// Unquoted and only digits: an anonymous value or block (spec §2.1).
    pub fn is_anonymous(&self) -> bool {
        !self.quoted && self.text.bytes().all(|b| b.is_ascii_digit())
    }

    /// The name the IR keeps: `None` for anonymous names.
    pub fn ir_name(&self) -> Option<String> {
        (!self.is_anonymous()).then(|| self.text.clone().into_owned())
    }

    /// The name as written, sigil included, for messages.
    pub fn display(&self, sigil: char) -> String {
        if self.quoted || (!self.is_anonymous() && !crate::print::is_ident(&self.text)) {
            format!("{sigil}{}", crate::print::quote(&self.text))
        } else {
            format!("{sigil}{}", self.text)
        }
    }
}

/// `module ::= header? item*`.
#[derive(Clone, Debug, PartialEq)]
pub struct Module<'s> {
    /// The `wasmir X.Y` line, if written.
    pub header: Option<Header<'s>>,
    /// Items in source order.
    pub items: Vec<Item<'s>>,
}

/// `header ::= "wasmir" VERSION`.
#[derive(Clone, Debug, PartialEq)]
pub struct Header<'s> {
    /// The version as written (`0.1`), checked by the resolver.
    pub version: Spanned<&'s str>,
    /// The whole line.
    pub span: Span,
}

/// `item ::= import | export | function | memory | global | table | typedef | data`.
#[derive(Clone, Debug, PartialEq)]
pub enum Item<'s> {
    /// `import "m" "f" fn @name(...)` (or a memory, global or table).
    Import(Import<'s>),
    /// `export "name" fn @f` (or a memory, global or table).
    Export(Export<'s>),
    /// `fn @name(...) { ... }`.
    Function(Function<'s>),
    /// `memory $m 1 max 2`.
    Memory(MemoryDecl<'s>),
    /// `global $g: i32 mut = 0`.
    Global(GlobalDecl<'s>),
    /// `table $t: funcref` (or `externref`).
    Table(TableDecl<'s>),
    /// `type $s = fn(i32) -> i32`.
    TypeDef(TypeDef<'s>),
    /// `data $d align 4 = [...]`.
    Data(DataDef<'s>),
}

/// `import ::= "import" STRING STRING import_desc`.
#[derive(Clone, Debug, PartialEq)]
pub struct Import<'s> {
    /// The wasm import module.
    pub module: Spanned<Cow<'s, str>>,
    /// The wasm import field.
    pub field: Spanned<Cow<'s, str>>,
    /// What is imported.
    pub desc: ImportDesc<'s>,
    /// The whole item.
    pub span: Span,
}

/// `import_desc ::= "fn" FUNC signature location? | memory | global | table`.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportDesc<'s> {
    /// A function.
    Func {
        /// The function's name in this module.
        name: Name<'s>,
        /// Parameter and result types.
        sig: Signature,
        /// `loc "file" line:col`.
        loc: Option<Location<'s>>,
    },
    /// A memory.
    Memory(MemoryDecl<'s>),
    /// A global (no initial value).
    Global(GlobalDecl<'s>),
    /// A table.
    Table(TableDecl<'s>),
}

/// `memory ::= "memory" ENTITY INT ("max" INT)?`.
#[derive(Clone, Debug, PartialEq)]
pub struct MemoryDecl<'s> {
    /// The memory's name.
    pub name: Name<'s>,
    /// Initial pages.
    pub min: Spanned<i128>,
    /// Maximum pages.
    pub max: Option<Spanned<i128>>,
    /// The declaration.
    pub span: Span,
}

/// `global ::= "global" ENTITY ":" TYPE "mut"? ("=" literal)?`.
#[derive(Clone, Debug, PartialEq)]
pub struct GlobalDecl<'s> {
    /// The global's name.
    pub name: Name<'s>,
    /// Its type.
    pub ty: Spanned<Type>,
    /// Whether `mut` is written.
    pub mutable: bool,
    /// The initial value (required for a definition, absent for an import).
    pub init: Option<Spanned<Literal<'s>>>,
    /// The declaration.
    pub span: Span,
}

/// `table ::= "table" ENTITY ":" TYPE` (the verifier requires a reference type, E0268).
#[derive(Clone, Debug, PartialEq)]
pub struct TableDecl<'s> {
    /// The table's name.
    pub name: Name<'s>,
    /// The element type as written.
    pub elem: Spanned<Type>,
    /// The declaration.
    pub span: Span,
}

/// `typedef ::= "type" ENTITY "=" "fn" signature`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef<'s> {
    /// The signature's name.
    pub name: Name<'s>,
    /// The signature.
    pub sig: Signature,
    /// The declaration.
    pub span: Span,
}

/// `data ::= "data" ENTITY ("align" INT)? "=" (STRING | HEX | "[" data_part,* "]")`.
#[derive(Clone, Debug, PartialEq)]
pub struct DataDef<'s> {
    /// The item's name.
    pub name: Name<'s>,
    /// Alignment in bytes (default 1).
    pub align: Option<Spanned<i128>>,
    /// The parts, in order.
    pub parts: Vec<Spanned<DataPart<'s>>>,
    /// The declaration.
    pub span: Span,
}

/// `data_part ::= STRING | HEX | TYPE literal | "zero" INT | OPERATOR immediates`.
#[derive(Clone, Debug, PartialEq)]
pub enum DataPart<'s> {
    /// A UTF-8 string's bytes.
    Str(Cow<'s, str>),
    /// `x"00ff"`: the hex digits as written.
    Hex(&'s str),
    /// `i32 7`: a constant.
    Const {
        /// The type.
        ty: Spanned<Type>,
        /// The literal.
        lit: Spanned<Literal<'s>>,
    },
    /// `zero N`.
    Zero(Spanned<i128>),
    /// `data.addr[$d, addend=N]` or `fn.index[$t, @f]`: a relocation.
    Reloc {
        /// The operator that names the relocation.
        op: Spanned<&'s str>,
        /// Its immediates.
        imms: Immediates<'s>,
    },
}

/// `slot ::= "slot" SLOT ":" INT ("align" INT)?`.
#[derive(Clone, Debug, PartialEq)]
pub struct SlotDecl<'s> {
    /// The slot's name.
    pub name: Name<'s>,
    /// Size in bytes.
    pub size: Spanned<i128>,
    /// Alignment in bytes (default 1).
    pub align: Option<Spanned<i128>>,
    /// The declaration.
    pub span: Span,
}

/// `immediates ::= "[" immediate ("," immediate)* "]"` (spec §2.3).
#[derive(Clone, Debug, PartialEq)]
pub struct Immediates<'s> {
    /// The items in order.
    pub items: Vec<Immediate<'s>>,
    /// From `[` to `]`.
    pub span: Span,
}

/// `immediate ::= ENTITY | SLOT | FUNC | KEY "=" INT | KEY`.
#[derive(Clone, Debug, PartialEq)]
pub enum Immediate<'s> {
    /// `$name`.
    Entity(Name<'s>),
    /// `#name`.
    Slot(Name<'s>),
    /// `@name`.
    Func(Name<'s>),
    /// `offset=8`.
    Key {
        /// The key.
        key: Spanned<&'s str>,
        /// The value.
        value: Spanned<i128>,
    },
    /// `notrap`.
    Flag(Spanned<&'s str>),
}

impl Immediate<'_> {
    /// Where it is written.
    pub fn span(&self) -> Span {
        match self {
            Immediate::Entity(n) | Immediate::Slot(n) | Immediate::Func(n) => n.span,
            Immediate::Key { key, value } => key.span.to(value.span),
            Immediate::Flag(f) => f.span,
        }
    }
}

/// `export ::= "export" STRING ("fn" FUNC | "memory" ENTITY | "global" ENTITY | "table" ENTITY)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Export<'s> {
    /// The wasm export name.
    pub name: Spanned<Cow<'s, str>>,
    /// What kind of entity is exported.
    pub kind: ExportKind,
    /// The exported entity's name.
    pub target: Name<'s>,
    /// The whole item.
    pub span: Span,
}

/// The kind keyword of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// `fn @f`.
    Func,
    /// `memory $m`.
    Memory,
    /// `global $g`.
    Global,
    /// `table $t`.
    Table,
}

/// `function ::= "fn" FUNC signature location? "{" block* "}"`.
#[derive(Clone, Debug, PartialEq)]
pub struct Function<'s> {
    /// The function's name.
    pub name: Name<'s>,
    /// Parameter and result types.
    pub sig: Signature,
    /// `loc "file" line:col`.
    pub loc: Option<Location<'s>>,
    /// Stack slots, in order.
    pub slots: Vec<SlotDecl<'s>>,
    /// Blocks in layout order; the first is the entry block.
    pub blocks: Vec<BlockDef<'s>>,
    /// The whole item.
    pub span: Span,
}

/// `signature ::= "(" qtypes ")" ("->" results)?`.
#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    /// Parameter types.
    pub params: Vec<Spanned<Type>>,
    /// Result types.
    pub results: Vec<Spanned<Type>>,
    /// The ownership qualifier written before each parameter type, if any (spec §13.1).
    pub param_kinds: Vec<Option<Spanned<Kind>>>,
    /// The ownership qualifier written before each result type, if any.
    pub result_kinds: Vec<Option<Spanned<Kind>>>,
    /// From `(` to the last result.
    pub span: Span,
}

/// `location ::= "loc" STRING INT ":" INT`.
#[derive(Clone, Debug, PartialEq)]
pub struct Location<'s> {
    /// The file as the producer wrote it.
    pub file: Spanned<Cow<'s, str>>,
    /// 1-based line (range-checked by the resolver).
    pub line: Spanned<i128>,
    /// 1-based column.
    pub col: Spanned<i128>,
    /// From `loc` to the column.
    pub span: Span,
}

/// `block ::= BLOCK params? ":" stmt*`.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockDef<'s> {
    /// The label.
    pub label: Name<'s>,
    /// Parameters `(%x: i32, ...)`.
    pub params: Vec<Param<'s>>,
    /// Statements in order.
    pub stmts: Vec<Stmt<'s>>,
}

/// `VALUE ":" qtype` in a block's parameter list.
#[derive(Clone, Debug, PartialEq)]
pub struct Param<'s> {
    /// The parameter's name.
    pub name: Name<'s>,
    /// Its ownership qualifier, if written (spec §13.1).
    pub kind: Option<Spanned<Kind>>,
    /// Its type.
    pub ty: Spanned<Type>,
}

/// `qtype ::= kind? TYPE` (spec §13.1): a type with its ownership qualifier.
pub type QType = (Option<Spanned<Kind>>, Spanned<Type>);

impl Signature {
    /// Builds a signature from qualified parameter and result types (used by the grammar).
    pub(crate) fn from_qtypes(params: Vec<QType>, results: Vec<QType>, span: Span) -> Signature {
        let (param_kinds, params) = params.into_iter().unzip();
        let (result_kinds, results) = results.into_iter().unzip();
        Signature { params, results, param_kinds, result_kinds, span }
    }

    /// The IR signature: types and kinds (all-trivial kinds are stored empty).
    pub fn ir(&self) -> crate::ir::Signature {
        let kind = |k: &Option<Spanned<Kind>>| k.as_ref().map_or(Kind::Trivial, |k| k.node);
        crate::ir::Signature {
            params: self.params.iter().map(|t| t.node).collect(),
            results: self.results.iter().map(|t| t.node).collect(),
            kinds: crate::ir::SigKinds::new(
                self.param_kinds.iter().map(kind).collect(),
                self.result_kinds.iter().map(kind).collect(),
            ),
        }
    }
}

/// `stmt ::= (VALUE ("," VALUE)* "=")? inst`.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt<'s> {
    /// The names of the results, as written.
    pub results: Vec<Name<'s>>,
    /// The instruction.
    pub inst: Inst<'s>,
    /// `loc "file" LINE:COL` or `loc LINE:COL` after the instruction. Boxed: most statements
    /// have none, and the parser moves statements by value on every reduction.
    pub loc: Option<Box<InstLocation<'s>>>,
    /// The whole statement, results included.
    pub span: Span,
}

/// `inst_location ::= "loc" STRING? INT ":" INT` (spec §2.2, D9): where an instruction came
/// from; without a file, the function's `loc` file.
#[derive(Clone, Debug, PartialEq)]
pub struct InstLocation<'s> {
    /// The file, when written.
    pub file: Option<Spanned<Cow<'s, str>>>,
    /// 1-based line.
    pub line: Spanned<i128>,
    /// 1-based column.
    pub col: Spanned<i128>,
    /// From `loc` to the column.
    pub span: Span,
}

/// A literal operand of `T.const` or a switch case.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal<'s> {
    /// An integer literal's value (saturated beyond `i128`).
    Int(i128),
    /// A float literal.
    Float(FloatLit<'s>),
}

/// `inst` and `terminator` of spec §2.2.
#[derive(Clone, Debug, PartialEq)]
pub enum Inst<'s> {
    /// `T.const literal`.
    Const {
        /// The `T.const` keyword; its node is `T`.
        ty: Spanned<Type>,
        /// The literal.
        lit: Spanned<Literal<'s>>,
    },
    /// `NAME[imm, ...] %a, %b`: an operator, looked up by the resolver.
    Op {
        /// The operator's name.
        op: Spanned<&'s str>,
        /// Its immediates, if written (boxed, as [`Stmt::loc`]).
        imms: Option<Box<Immediates<'s>>>,
        /// Operands.
        args: Vec<Name<'s>>,
    },
    /// `call_indirect[$t, $sig] %i(args)`.
    CallIndirect {
        /// The table and signature.
        imms: Box<Immediates<'s>>,
        /// The function index.
        callee: Name<'s>,
        /// Arguments.
        args: Vec<Name<'s>>,
    },
    /// `call @f(args)`.
    Call {
        /// The callee.
        func: Name<'s>,
        /// Arguments.
        args: Vec<Name<'s>>,
    },
    /// `trapz %c` / `trapnz %c`.
    TrapIf {
        /// `true` for `trapnz`.
        nonzero: bool,
        /// The operands (one in a well-formed module; the verifier counts them).
        args: Vec<Name<'s>>,
    },
    /// `br target`.
    Br(Target<'s>),
    /// `br_if %c, then, else`.
    BrIf {
        /// The condition.
        cond: Name<'s>,
        /// Taken when the condition is nonzero.
        then_dest: Target<'s>,
        /// Taken when it is zero.
        else_dest: Target<'s>,
    },
    /// `switch %v, default, [k: target, ...]`.
    Switch {
        /// The scrutinee.
        value: Name<'s>,
        /// Taken when no case matches.
        default: Target<'s>,
        /// The cases in order.
        cases: Vec<Case<'s>>,
    },
    /// `return %a, ...`.
    Return(Vec<Name<'s>>),
    /// `trap`.
    Trap,
    /// `own %x`, `linear %x`, `borrow %x`, `borrow mut %x`, `end_borrow %b`, `drop %x` (spec §13.3).
    Own {
        /// The instruction and where its keyword(s) are written.
        op: Spanned<OwnOp>,
        /// The operand.
        arg: Name<'s>,
    },
}

/// `case ::= INT ":" target`.
#[derive(Clone, Debug, PartialEq)]
pub struct Case<'s> {
    /// The case value as written.
    pub value: Spanned<i128>,
    /// Where it goes.
    pub target: Target<'s>,
}

/// `target ::= BLOCK ("(" values ")")?`.
#[derive(Clone, Debug, PartialEq)]
pub struct Target<'s> {
    /// The destination block.
    pub block: Name<'s>,
    /// Arguments for its parameters.
    pub args: Vec<Name<'s>>,
    /// The label and its arguments.
    pub span: Span,
}

/// Builds a [`Name`] from a sigil token spanning `l..r` (used by the grammar).
pub(crate) fn mk_name(n: crate::lexer::SigilName<'_>, l: usize, r: usize) -> Name<'_> {
    Name { text: n.text, quoted: n.quoted, span: Span::new(l, r) }
}
