//! Appending to the function being built, through `wasmir_syntax`'s [`FunctionBuilder`]:
//! constants, operators (as [`Opcode`] values: [`IntOp`] names an integer operator independently
//! of its width, [`int_opcode`] picks the `i32` or `i64` one), and variables (`use_var`/`def_var`
//! with the Rust names of the values, see [`Lower::def_var`]).
//!
//! [`FunctionBuilder`]: wasmir_syntax::ir::builder::FunctionBuilder

use super::Lower;
use super::index::Var;
use crate::diag::{DResult, Diag};
use crate::shape::Kind;
use wasmir_syntax::ir::{self, Block, Constant, Opcode, Type, Value, ValueDef};

/// An integer operator of the opcode table, without its width: `IntOp::Add` is `i32.add` or
/// `i64.add` depending on the operand type ([`int_opcode`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum IntOp {
    Add,
    Sub,
    Mul,
    DivS,
    DivU,
    RemS,
    RemU,
    And,
    Or,
    Xor,
    Shl,
    ShrS,
    ShrU,
    Rotl,
    Rotr,
    Eq,
    Ne,
    LtS,
    LtU,
    LeS,
    LeU,
    GtS,
    GtU,
    GeS,
    GeU,
    Clz,
    Ctz,
    Popcnt,
    Select,
    AddOvfS,
    AddOvfU,
    SubOvfS,
    SubOvfU,
    MulOvfS,
    MulOvfU,
}

/// The operator `op` on `ty` (`i32` or `i64`); `None` for other types.
pub(super) fn int_opcode(ty: Type, op: IntOp) -> Option<Opcode> {
    use IntOp as O;
    use Opcode as C;
    Some(match (ty, op) {
        (Type::I32, O::Add) => C::I32Add,
        (Type::I32, O::Sub) => C::I32Sub,
        (Type::I32, O::Mul) => C::I32Mul,
        (Type::I32, O::DivS) => C::I32DivS,
        (Type::I32, O::DivU) => C::I32DivU,
        (Type::I32, O::RemS) => C::I32RemS,
        (Type::I32, O::RemU) => C::I32RemU,
        (Type::I32, O::And) => C::I32And,
        (Type::I32, O::Or) => C::I32Or,
        (Type::I32, O::Xor) => C::I32Xor,
        (Type::I32, O::Shl) => C::I32Shl,
        (Type::I32, O::ShrS) => C::I32ShrS,
        (Type::I32, O::ShrU) => C::I32ShrU,
        (Type::I32, O::Rotl) => C::I32Rotl,
        (Type::I32, O::Rotr) => C::I32Rotr,
        (Type::I32, O::Eq) => C::I32Eq,
        (Type::I32, O::Ne) => C::I32Ne,
        (Type::I32, O::LtS) => C::I32LtS,
        (Type::I32, O::LtU) => C::I32LtU,
        (Type::I32, O::LeS) => C::I32LeS,
        (Type::I32, O::LeU) => C::I32LeU,
        (Type::I32, O::GtS) => C::I32GtS,
        (Type::I32, O::GtU) => C::I32GtU,
        (Type::I32, O::GeS) => C::I32GeS,
        (Type::I32, O::GeU) => C::I32GeU,
        (Type::I32, O::Clz) => C::I32Clz,
        (Type::I32, O::Ctz) => C::I32Ctz,
        (Type::I32, O::Popcnt) => C::I32Popcnt,
        (Type::I32, O::Select) => C::I32Select,
        (Type::I32, O::AddOvfS) => C::I32AddOvfS,
        (Type::I32, O::AddOvfU) => C::I32AddOvfU,
        (Type::I32, O::SubOvfS) => C::I32SubOvfS,
        (Type::I32, O::SubOvfU) => C::I32SubOvfU,
        (Type::I32, O::MulOvfS) => C::I32MulOvfS,
        (Type::I32, O::MulOvfU) => C::I32MulOvfU,
        (Type::I64, O::Add) => C::I64Add,
        (Type::I64, O::Sub) => C::I64Sub,
        (Type::I64, O::Mul) => C::I64Mul,
        (Type::I64, O::DivS) => C::I64DivS,
        (Type::I64, O::DivU) => C::I64DivU,
        (Type::I64, O::RemS) => C::I64RemS,
        (Type::I64, O::RemU) => C::I64RemU,
        (Type::I64, O::And) => C::I64And,
        (Type::I64, O::Or) => C::I64Or,
        (Type::I64, O::Xor) => C::I64Xor,
        (Type::I64, O::Shl) => C::I64Shl,
        (Type::I64, O::ShrS) => C::I64ShrS,
        (Type::I64, O::ShrU) => C::I64ShrU,
        (Type::I64, O::Rotl) => C::I64Rotl,
        (Type::I64, O::Rotr) => C::I64Rotr,
        (Type::I64, O::Eq) => C::I64Eq,
        (Type::I64, O::Ne) => C::I64Ne,
        (Type::I64, O::LtS) => C::I64LtS,
        (Type::I64, O::LtU) => C::I64LtU,
        (Type::I64, O::LeS) => C::I64LeS,
        (Type::I64, O::LeU) => C::I64LeU,
        (Type::I64, O::GtS) => C::I64GtS,
        (Type::I64, O::GtU) => C::I64GtU,
        (Type::I64, O::GeS) => C::I64GeS,
        (Type::I64, O::GeU) => C::I64GeU,
        (Type::I64, O::Clz) => C::I64Clz,
        (Type::I64, O::Ctz) => C::I64Ctz,
        (Type::I64, O::Popcnt) => C::I64Popcnt,
        (Type::I64, O::Select) => C::I64Select,
        (Type::I64, O::AddOvfS) => C::I64AddOvfS,
        (Type::I64, O::AddOvfU) => C::I64AddOvfU,
        (Type::I64, O::SubOvfS) => C::I64SubOvfS,
        (Type::I64, O::SubOvfU) => C::I64SubOvfU,
        (Type::I64, O::MulOvfS) => C::I64MulOvfS,
        (Type::I64, O::MulOvfU) => C::I64MulOvfU,
        (Type::Ptr, O::Eq) => C::PtrEq,
        (Type::Ptr, O::Ne) => C::PtrNe,
        (Type::Ptr, O::LtU) => C::PtrLtU,
        (Type::Ptr, O::GtU) => C::PtrGtU,
        (Type::Ptr, O::LeU) => C::PtrLeU,
        (Type::Ptr, O::GeU) => C::PtrGeU,
        (Type::Ptr, O::Select) => C::PtrSelect,
        (Type::F32, O::Select) => C::F32Select,
        (Type::F64, O::Select) => C::F64Select,
        (Type::I128, O::Add) => C::I128Add,
        (Type::I128, O::Sub) => C::I128Sub,
        (Type::I128, O::Mul) => C::I128Mul,
        (Type::I128, O::DivS) => C::I128DivS,
        (Type::I128, O::DivU) => C::I128DivU,
        (Type::I128, O::RemS) => C::I128RemS,
        (Type::I128, O::RemU) => C::I128RemU,
        (Type::I128, O::And) => C::I128And,
        (Type::I128, O::Or) => C::I128Or,
        (Type::I128, O::Xor) => C::I128Xor,
        (Type::I128, O::Shl) => C::I128Shl,
        (Type::I128, O::ShrS) => C::I128ShrS,
        (Type::I128, O::ShrU) => C::I128ShrU,
        (Type::I128, O::Rotl) => C::I128Rotl,
        (Type::I128, O::Rotr) => C::I128Rotr,
        (Type::I128, O::Eq) => C::I128Eq,
        (Type::I128, O::Ne) => C::I128Ne,
        (Type::I128, O::LtS) => C::I128LtS,
        (Type::I128, O::LtU) => C::I128LtU,
        (Type::I128, O::LeS) => C::I128LeS,
        (Type::I128, O::LeU) => C::I128LeU,
        (Type::I128, O::GtS) => C::I128GtS,
        (Type::I128, O::GtU) => C::I128GtU,
        (Type::I128, O::GeS) => C::I128GeS,
        (Type::I128, O::GeU) => C::I128GeU,
        (Type::I128, O::Clz) => C::I128Clz,
        (Type::I128, O::Ctz) => C::I128Ctz,
        (Type::I128, O::Popcnt) => C::I128Popcnt,
        (Type::I128, O::Select) => C::I128Select,
        (Type::I128, O::AddOvfS) => C::I128AddOvfS,
        (Type::I128, O::AddOvfU) => C::I128AddOvfU,
        (Type::I128, O::SubOvfS) => C::I128SubOvfS,
        (Type::I128, O::SubOvfU) => C::I128SubOvfU,
        (Type::I128, O::MulOvfS) => C::I128MulOvfS,
        (Type::I128, O::MulOvfU) => C::I128MulOvfU,
        _ => return None,
    })
}

impl Lower<'_, '_, '_> {
    /// `T.const value`.
    pub(super) fn iconst(&mut self, ty: Type, value: i64) -> DResult<Value> {
        Ok(self.fb.iconst(ty, value)?)
    }

    /// The constant of kind `k` whose low bits are `raw`, in normal form.
    pub(super) fn kconst(&mut self, k: Kind, raw: u128) -> DResult<Value> {
        match k.wty() {
            // 128 bits are the whole value: its normal form is `raw` itself.
            Type::I128 => return Ok(self.fb.constant(Constant { ty: Type::I128, bits: raw })?),
            // A float's bits, exactly (NaN payloads and signed zeros included).
            ty @ (Type::F32 | Type::F64) => {
                let mask = u128::MAX >> (128 - k.bits());
                return Ok(self.fb.constant(Constant { ty, bits: raw & mask })?);
            }
            _ => {}
        }
        self.iconst(k.wty(), k.literal(raw))
    }

    /// Operator `op` of the table on `args`.
    pub(super) fn op(&mut self, op: Opcode, args: &[Value]) -> DResult<Value> {
        Ok(self.fb.ins_op(op, args)?)
    }

    /// The integer operator `op` of type `ty` on `args`.
    pub(super) fn int_op(&mut self, ty: Type, op: IntOp, args: &[Value]) -> DResult<Value> {
        let code = int_opcode(ty, op).ok_or_else(|| Diag::internal(&format!("no {op:?} operator of type {ty}")))?;
        self.op(code, args)
    }

    /// The binary operator `op` of `k`'s type: an arithmetic result (not normalized) or a
    /// comparison's `i32` 0 or 1.
    pub(super) fn op2(&mut self, k: Kind, op: IntOp, a: Value, b: Value) -> DResult<Value> {
        self.int_op(k.wty(), op, &[a, b])
    }

    /// The unary operator `op` of `k`'s type.
    pub(super) fn op1(&mut self, k: Kind, op: IntOp, a: Value) -> DResult<Value> {
        self.int_op(k.wty(), op, &[a])
    }

    /// `T.select c, a, b` of type `ty`.
    pub(super) fn select(&mut self, ty: Type, c: Value, a: Value, b: Value) -> DResult<Value> {
        self.int_op(ty, IntOp::Select, &[c, a, b])
    }

    /// The current value of variable `var` (Braun et al.'s `readVariable`, done by the builder).
    /// Block parameters the builder adds for it, and a value read for the first time, take the
    /// variable's Rust name.
    pub(super) fn use_var(&mut self, var: Var) -> DResult<Value> {
        let before = self.fb.body().values.len();
        let v = self.fb.use_var(self.vars[var])?;
        self.label_new_params(before, Some(var))?;
        self.name_value(v, var)?;
        Ok(v)
    }

    /// Assigns `v` to variable `var` in the current block. A value takes the name of the first
    /// named variable it is stored in, so that `%n`, `%n.1`... in the output (and the wasm name
    /// section) follow the Rust variable `n`.
    ///
    /// Ownership (issue 8): a linear variable holds linear values, so trivial bits written to it
    /// are minted (`linear %v`: a struct built from its fields, a value returned by code that does
    /// not track it); a trivial variable holds trivial values, so a linear value written to it
    /// is copied first (`T.select 1, %v, %v`), which keeps a field read out of a linear value
    /// from being the obligation itself. The optimizer folds the copy once ownership is stripped.
    pub(super) fn def_var(&mut self, var: Var, v: Value) -> DResult<()> {
        let linear_var = self.fb.var_kind(self.vars[var]) == ir::Kind::Linear;
        let linear_val = self.fb.body().kinds[v] == ir::Kind::Linear;
        let v = match (linear_var, linear_val) {
            (true, false) => {
                self.fb.ins_own(ir::OwnOp::Linear, v)?.ok_or_else(|| Diag::internal("`linear` made no value"))?
            }
            (false, true) => self.trivial(v)?,
            _ => v,
        };
        self.fb.def_var(self.vars[var], v)?;
        self.name_value(v, var)
    }

    /// `v` itself if it is trivial, else a trivial copy of its bits (`T.select 1, %v, %v`, which
    /// uses a linear value without consuming it; spec §13.2): what may be written to memory or
    /// to a trivial variable.
    pub(super) fn trivial(&mut self, v: Value) -> DResult<Value> {
        if self.fb.body().kinds[v] != ir::Kind::Linear {
            return Ok(v);
        }
        {
            {
                let op = match self.fb.body().ty(v) {
                    Type::I32 => Opcode::I32Select,
                    Type::I64 => Opcode::I64Select,
                    Type::I128 => Opcode::I128Select,
                    Type::F32 => Opcode::F32Select,
                    Type::F64 => Opcode::F64Select,
                    Type::Ptr => Opcode::PtrSelect,
                    // mir-export never types a Rust value as a WasmIR reference (spec §3.4.2);
                    // there is no `select` of one to copy it with.
                    Type::ExternRef | Type::FuncRef => return Err(Diag::internal("a linear reference-typed value")),
                };
                let one = self.iconst(Type::I32, 1)?;
                self.op(op, &[one, v, v])
            }
        }
    }

    /// Gives `v` the Rust name of `var` unless it has a name or is one of the zero constants the
    /// builder reads for undefined variables (shared by all variables of a type).
    fn name_value(&mut self, v: Value, var: Var) -> DResult<()> {
        let Some(Some(name)) = self.var_names.get(var) else { return Ok(()) };
        if self.undefs.contains(&v) {
            return Ok(());
        }
        if self.fb.body().values.get(v).is_some_and(|d| d.name.is_none()) {
            let name = name.clone();
            self.fb.set_value_name(v, name)?;
        }
        Ok(())
    }

    /// Seals `b` (all its predecessors are filled); the parameters the builder adds meanwhile
    /// get the names of their variables.
    pub(super) fn seal(&mut self, b: Block) -> DResult<()> {
        if self.fb.is_sealed(b) {
            return Ok(());
        }
        let before = self.fb.body().values.len();
        self.fb.seal_block(b)?;
        self.label_new_params(before, None)
    }

    /// Records the variable of every block parameter the builder made since value `start` was
    /// the next one (during one `use_var` or `seal_block`), and names it after the variable. The
    /// other values the builder makes are its zero constants for undefined variables.
    ///
    /// The builder does not say which variable a parameter it adds stands for, so it is found
    /// here: during `use_var(var)` every new parameter is one of `var` (`for_var`); during
    /// `seal_block` every new parameter is an argument, on some edge, of a parameter of the same
    /// variable (Braun et al.'s phi operands), so the variables propagate from the parameters
    /// already known along branch arguments.
    fn label_new_params(&mut self, start: usize, for_var: Option<Var>) -> DResult<()> {
        let body = self.fb.body();
        let end = body.values.len();
        if start >= end {
            return Ok(());
        }
        self.param_var.resize(end, None);
        let is_param = |i: usize| {
            let v = Value::from_u32(i as u32);
            matches!(body.values.get(v).map(|d| d.def), Some(ValueDef::Param(..)))
        };
        self.undefs.extend((start..end).filter(|&i| !is_param(i)).map(|i| Value::from_u32(i as u32)));
        let mut fresh: Vec<Value> = vec![];
        match for_var {
            Some(var) => {
                for i in (start..end).filter(|&i| is_param(i)) {
                    self.param_var[i] = Some(var);
                    fresh.push(Value::from_u32(i as u32));
                }
            }
            None => {
                if !(start..end).any(is_param) {
                    return Ok(());
                }
                // (argument, parameter) pairs of every edge whose argument is a new parameter.
                let mut feeds: Vec<(usize, Value)> = vec![];
                for &b in &body.layout {
                    let Some(t) = body.terminator(b) else { continue };
                    for call in body.insts[t].kind.targets() {
                        let params = &body.blocks[call.block].params;
                        for (a, p) in call.args.iter().zip(params) {
                            let ai = a.as_u32() as usize;
                            if (start..end).contains(&ai) && is_param(ai) {
                                feeds.push((ai, *p));
                            }
                        }
                    }
                }
                loop {
                    let mut changed = false;
                    for &(ai, p) in &feeds {
                        if self.param_var[ai].is_none()
                            && let Some(var) = self.param_var.get(p.as_u32() as usize).copied().flatten()
                        {
                            self.param_var[ai] = Some(var);
                            fresh.push(Value::from_u32(ai as u32));
                            changed = true;
                        }
                    }
                    if !changed {
                        break;
                    }
                }
            }
        }
        for v in fresh {
            if let Some(var) = self.param_var[v.as_u32() as usize] {
                self.name_value(v, var)?;
            }
        }
        Ok(())
    }
}
