//! The type rules of each instruction class (spec §6.4, the table "Type rules"): the operand and
//! result types an instruction must have. Branch arguments are checked against the target's
//! parameters separately, since they depend on the target block rather than on the instruction.

use wasmir_syntax::ir::{FuncId, InstKind, Module, Type};

/// What the operands of an instruction must be.
pub(crate) enum Operands<'a> {
    /// Exactly these types, in order.
    Exactly(&'a [Type]),
    /// One integer (`switch`): `i32` or `i64`.
    Scrutinee,
}

/// An instruction's expected operand and result types.
pub(crate) struct InstType<'a> {
    pub operands: Operands<'a>,
    pub results: &'a [Type],
    /// The function whose signature these types come from (`call`'s callee, or the current
    /// function for `return`), for a "declared here" label.
    pub from: Option<FuncId>,
}

const I32: &[Type] = &[Type::I32];
const NONE: &[Type] = &[];

/// The type of `kind` inside function `current`, or `None` when it calls a missing function.
pub(crate) fn inst_type<'a>(m: &'a Module, current: FuncId, kind: &'a InstKind) -> Option<InstType<'a>> {
    let exactly = |operands, results| InstType { operands: Operands::Exactly(operands), results, from: None };
    Some(match kind {
        InstKind::Const(c) => exactly(NONE, std::slice::from_ref(&TYPES[type_index(c.ty)])),
        InstKind::Op(op) => exactly(op.params(), std::slice::from_ref(&TYPES[type_index(op.result())])),
        InstKind::Call(f) => {
            let callee = m.funcs.get(*f)?;
            InstType { operands: Operands::Exactly(&callee.sig.params), results: &callee.sig.results, from: Some(*f) }
        }
        InstKind::TrapIf { .. } | InstKind::BrIf { .. } => exactly(I32, NONE),
        InstKind::Br(_) | InstKind::Trap => exactly(NONE, NONE),
        InstKind::Switch { .. } => InstType { operands: Operands::Scrutinee, results: NONE, from: None },
        InstKind::Return => {
            let results = m.funcs.get(current).map_or(NONE, |f| f.sig.results.as_slice());
            InstType { operands: Operands::Exactly(results), results: NONE, from: Some(current) }
        }
    })
}

/// Every type, so that a single expected type can be lent as a one-element slice.
const TYPES: [Type; 4] = [Type::I32, Type::I64, Type::F32, Type::F64];

fn type_index(t: Type) -> usize {
    match t {
        Type::I32 => 0,
        Type::I64 => 1,
        Type::F32 => 2,
        Type::F64 => 3,
    }
}

/// A type list as messages show it: `(i32, i64)`, `()`.
pub(crate) fn type_list(tys: impl IntoIterator<Item = Type>) -> String {
    let names: Vec<&str> = tys.into_iter().map(Type::name).collect();
    format!("({})", names.join(", "))
}
