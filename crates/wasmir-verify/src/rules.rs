//! The type rules of each instruction class (spec §6.4, the table "Type rules"): the operand and
//! result types an instruction must have. Branch arguments are checked against the target's
//! parameters separately, since they depend on the target block rather than on the instruction.

use std::borrow::Cow;
use wasmir_syntax::ir::{FuncId, InstKind, Module, SigId, Type};

/// What the operands of an instruction must be.
pub(crate) enum Operands<'a> {
    /// Exactly these types, in order.
    Exactly(Cow<'a, [Type]>),
    /// One integer (`switch`): `i32` or `i64`.
    Scrutinee,
    /// One value of any type (the ownership instructions, spec §13.3); a result has its type.
    AnyOne,
}

/// Where an instruction's types come from, for a "declared here" label.
#[derive(Clone, Copy)]
pub(crate) enum Origin {
    /// A function's signature (`call`'s callee, or the current function for `return`).
    Func(FuncId),
    /// A named signature (`call_indirect`).
    Sig(SigId),
}

/// An instruction's expected operand and result types.
pub(crate) struct InstType<'a> {
    pub operands: Operands<'a>,
    pub results: Cow<'a, [Type]>,
    /// Where the types are declared, when not in the operator table.
    pub from: Option<Origin>,
}

const I32: &[Type] = &[Type::I32];
const NONE: &[Type] = &[];

/// Why an instruction has no type.
pub(crate) enum Untyped {
    /// `call` of a function that does not exist.
    UnknownCallee,
    /// Its immediates are wrong or name something missing (reported by the immediates check).
    BadImmediates,
}

/// The type of `kind` inside function `current`, or why it has none.
pub(crate) fn inst_type<'a>(m: &'a Module, current: FuncId, kind: &'a InstKind) -> Result<InstType<'a>, Untyped> {
    let exactly = |operands: &'a [Type], results: &'a [Type]| InstType {
        operands: Operands::Exactly(Cow::Borrowed(operands)),
        results: Cow::Borrowed(results),
        from: None,
    };
    Ok(match kind {
        InstKind::Const(c) => exactly(NONE, std::slice::from_ref(&TYPES[type_index(c.ty)])),
        InstKind::Op(op) if op.format() == wasmir_syntax::ir::Format::Plain => exactly(op.params(), op.results()),
        InstKind::Op(_) => return Err(Untyped::BadImmediates),
        InstKind::OpImm(op, imm) => {
            let (params, results) = m.operator_types(*op, imm).ok_or(Untyped::BadImmediates)?;
            InstType { operands: Operands::Exactly(Cow::Owned(params)), results: Cow::Owned(results), from: None }
        }
        InstKind::Call(f) => {
            let callee = m.funcs.get(*f).ok_or(Untyped::UnknownCallee)?;
            InstType {
                operands: Operands::Exactly(Cow::Borrowed(&callee.sig.params)),
                results: Cow::Borrowed(&callee.sig.results),
                from: Some(Origin::Func(*f)),
            }
        }
        InstKind::CallIndirect { sig, .. } => {
            let s = &m.sigs.get(*sig).ok_or(Untyped::BadImmediates)?.sig;
            let mut operands = Vec::with_capacity(1 + s.params.len());
            operands.push(Type::I32);
            operands.extend_from_slice(&s.params);
            InstType {
                operands: Operands::Exactly(Cow::Owned(operands)),
                results: Cow::Borrowed(&s.results),
                from: Some(Origin::Sig(*sig)),
            }
        }
        InstKind::TrapIf { .. } | InstKind::BrIf { .. } => exactly(I32, NONE),
        InstKind::Br(_) | InstKind::Trap => exactly(NONE, NONE),
        InstKind::Switch { .. } => InstType { operands: Operands::Scrutinee, results: Cow::Borrowed(NONE), from: None },
        // The result type is the operand's; `function::check_inst` fills it in.
        InstKind::Own(_) => InstType { operands: Operands::AnyOne, results: Cow::Borrowed(NONE), from: None },
        InstKind::Return => {
            let results = m.funcs.get(current).map_or(NONE, |f| f.sig.results.as_slice());
            InstType {
                operands: Operands::Exactly(Cow::Borrowed(results)),
                results: Cow::Borrowed(NONE),
                from: Some(Origin::Func(current)),
            }
        }
    })
}

/// Every type, so that a single expected type can be lent as a one-element slice.
const TYPES: [Type; 8] =
    [Type::I32, Type::I64, Type::F32, Type::F64, Type::Ptr, Type::I128, Type::ExternRef, Type::FuncRef];

fn type_index(t: Type) -> usize {
    match t {
        Type::I32 => 0,
        Type::I64 => 1,
        Type::F32 => 2,
        Type::F64 => 3,
        Type::Ptr => 4,
        Type::I128 => 5,
        Type::ExternRef => 6,
        Type::FuncRef => 7,
    }
}

/// A type list as messages show it: `(i32, i64)`, `()`.
pub(crate) fn type_list(tys: impl IntoIterator<Item = Type>) -> String {
    let names: Vec<&str> = tys.into_iter().map(Type::name).collect();
    format!("({})", names.join(", "))
}
