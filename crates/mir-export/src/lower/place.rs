//! Reading and writing places, and operands: a place read (`Copy`, `Move`), a constant, or a
//! `RuntimeChecks` flag. Values of SSA form move as leaves; memory-form values as the address
//! of the value ([`Val::Ref`]), copied with `memory.copy` where they land.

use super::memory::{PlaceRef, Val};
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::shape::{Kind, scalar_kind, shape_of};
use rustc_public::mir::{Operand, Place, RuntimeChecks};
use rustc_public::ty::Ty;
use wasmir_syntax::ir::{Type, Value};

impl Lower<'_, '_, '_> {
    /// The value of a resolved place.
    pub(super) fn read_ref(&mut self, r: &PlaceRef) -> DResult<Val> {
        match r {
            PlaceRef::Vars { ty, vars, .. } => {
                let sh = shape_of(*ty)?;
                let mut out = vec![];
                for ((k, _), var) in sh.leaves.iter().zip(vars) {
                    let v = self.use_var(*var)?;
                    out.push(self.conv(v, self.var_kinds[*var], *k)?);
                }
                Ok(Val::Leaves(out))
            }
            PlaceRef::Mem { base, off, ty, .. } => {
                if shape_of(*ty)?.in_memory() {
                    Ok(Val::Ref(self.address(*base, *off)?))
                } else {
                    Ok(Val::Leaves(self.load_value(*base, *off, *ty)?))
                }
            }
        }
    }

    /// Writes `val` to a resolved place.
    pub(super) fn write_ref(&mut self, r: &PlaceRef, val: Val) -> DResult<()> {
        match (r, val) {
            (PlaceRef::Vars { ty, vars, .. }, Val::Leaves(vals)) => {
                let sh = shape_of(*ty)?;
                if vars.len() != vals.len() || sh.leaves.len() != vals.len() {
                    return Err(err(
                        Code::Rvalue,
                        format!("internal: value does not match its place of type `{ty}`"),
                        "",
                    ));
                }
                for (((k, _), var), v) in sh.leaves.iter().zip(vars).zip(vals) {
                    let v = self.conv(v, *k, self.var_kinds[*var])?;
                    self.def_var(*var, v)?;
                }
                Ok(())
            }
            (PlaceRef::Mem { base, off, ty, .. }, Val::Leaves(vals)) => self.store_value(*base, *off, *ty, &vals),
            (PlaceRef::Mem { base, off, ty, .. }, Val::Ref(src)) => {
                let size = shape_of(*ty)?.size;
                if size == 0 {
                    return Ok(());
                }
                let dst = self.address(*base, *off)?;
                let n = self.iconst(Type::I32, size as i64)?;
                self.copy_bytes(dst, src, n)
            }
            (PlaceRef::Vars { ty, .. }, Val::Ref(_)) => {
                Err(err(Code::Rvalue, format!("internal: memory value written to SSA place of type `{ty}`"), ""))
            }
        }
    }

    /// The leaves of a place of SSA-form type.
    pub(super) fn read_place(&mut self, p: &Place) -> DResult<Vec<Value>> {
        let r = self.resolve(p)?;
        match self.read_ref(&r)? {
            Val::Leaves(v) => Ok(v),
            Val::Ref(_) => Err(err(Code::Rvalue, format!("internal: `{}` read as scalars", r.ty()), "")),
        }
    }

    /// Assigns `vals` (one per leaf) to a place: defines its variables, or stores to memory.
    pub(super) fn write_place(&mut self, place: &Place, vals: Vec<Value>) -> DResult<()> {
        let r = self.resolve(place)?;
        self.write_ref(&r, Val::Leaves(vals))
    }

    /// Assigns a value of any form to a place.
    pub(super) fn write_val(&mut self, place: &Place, val: Val) -> DResult<()> {
        let r = self.resolve(place)?;
        self.write_ref(&r, val)
    }

    /// The value of an operand, of any form.
    pub(super) fn operand_val(&mut self, o: &Operand) -> DResult<Val> {
        match o {
            Operand::Copy(p) | Operand::Move(p) => {
                let r = self.resolve(p)?;
                self.read_ref(&r)
            }
            Operand::Constant(c) => self.constant(c),
            Operand::RuntimeChecks(rc) => {
                // Known at compile time: the session's settings, as rustc's codegen reads them.
                let sess = self.tcx.sess;
                let b = match rc {
                    RuntimeChecks::UbChecks => sess.ub_checks(),
                    RuntimeChecks::ContractChecks => sess.contract_checks(),
                    RuntimeChecks::OverflowChecks => sess.overflow_checks(),
                };
                Ok(Val::Leaves(vec![self.iconst(Type::I32, b as i64)?]))
            }
        }
    }

    /// The leaves of an operand of SSA-form type.
    pub(super) fn operand(&mut self, o: &Operand) -> DResult<Vec<Value>> {
        match self.operand_val(o)? {
            Val::Leaves(v) => Ok(v),
            Val::Ref(_) => {
                let ty = self.operand_ty(o)?;
                Err(err(Code::Rvalue, format!("internal: operand of memory type `{ty}` read as scalars"), ""))
            }
        }
    }

    /// The Rust type of an operand.
    pub(super) fn operand_ty(&self, o: &Operand) -> DResult<Ty> {
        o.ty(self.body.locals()).map_err(|e| err(Code::Operator, format!("cannot type operand: {e:?}"), ""))
    }

    /// A scalar operand with its kind.
    pub(super) fn scalar(&mut self, o: &Operand) -> DResult<(Value, Kind)> {
        let ty = self.operand_ty(o)?;
        let k = scalar_kind(ty)
            .ok_or_else(|| err(Code::Type, format!("expected an integer or bool operand, found `{ty}`"), ""))?;
        let vs = self.operand(o)?;
        Ok((vs[0], k))
    }
}
