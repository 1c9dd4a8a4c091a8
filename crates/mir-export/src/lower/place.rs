//! MIR places and operands: a place is a local narrowed by `Field`, `Downcast` and `OpaqueCast`
//! projections to a node of its shape, i.e. to a run of the local's variables; an operand is a
//! place read (`Copy`, `Move`), a constant, or a `RuntimeChecks` flag.

use super::index::{Local, Var};
use super::memory::PlaceRef;
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::index::Idx;
use crate::shape::{Kind, Node, scalar_kind};
use rustc_public::mir::{Operand, Place, ProjectionElem, RuntimeChecks};
use rustc_public::ty::Ty;
use rustc_public_bridge::IndexedVal;
use wasmir_syntax::ir::{Type, Value};

impl Lower<'_, '_, '_> {
    /// The variables of a place, in leaf order, and its node: for places that are SSA variables
    /// (enum discriminants, checked-operation flags); a place in memory is an error here.
    pub(super) fn place_vars(&self, p: &Place) -> DResult<(Node, Vec<Var>)> {
        let local = Local::new(p.local);
        if let Some(d) = &self.bad_locals[local] {
            return Err(d.clone());
        }
        if self.slots.get(local).is_some_and(Option::is_some) {
            return Err(err(
                Code::Projection,
                "unsupported use of a local whose address is taken",
                "enums and checked operations on locals in memory are not exported yet",
            ));
        }
        let (shape, base) = &self.locals[local];
        let mut node = shape.root.clone();
        for elem in &p.projection {
            match elem {
                ProjectionElem::Field(f, _) => {
                    node = node
                        .field(*f)
                        .cloned()
                        .ok_or_else(|| err(Code::Projection, "unsupported field projection", ""))?;
                }
                ProjectionElem::Downcast(v) => {
                    let Node::Enum { variants, .. } = &node else {
                        return Err(err(Code::Projection, "downcast of a non-enum place", ""));
                    };
                    node = Node::Fields(variants[v.to_index()].clone());
                }
                ProjectionElem::OpaqueCast(_) => {}
                other => {
                    let name = format!("{other:?}");
                    let name = name.split(['(', ' ', '{']).next().unwrap_or("?").to_string();
                    return Err(err(
                        Code::Projection,
                        format!("unsupported MIR place projection `{name}`"),
                        "memory (references, pointers, arrays, slices) is not exported yet",
                    ));
                }
            }
        }
        let mut leaves = vec![];
        node.leaves(&mut leaves);
        Ok((node, leaves.into_iter().map(|l| base.leaf(l)).collect()))
    }

    /// The current values of a place: its variables, or loads from memory.
    pub(super) fn read_place(&mut self, p: &Place) -> DResult<Vec<Value>> {
        match self.resolve(p)? {
            PlaceRef::Vars(_, vars) => vars.into_iter().map(|v| self.use_var(v)).collect(),
            PlaceRef::Mem { base, off, ty } => self.load_value(base, off, ty),
        }
    }

    /// Assigns `vals` (one per leaf) to a place: defines its variables, or stores to memory.
    pub(super) fn write_place(&mut self, place: &Place, vals: Vec<Value>) -> DResult<()> {
        match self.resolve(place)? {
            PlaceRef::Vars(_, vars) => {
                if vars.len() != vals.len() {
                    return Err(err(Code::Rvalue, "internal: value does not match its place", ""));
                }
                for (var, v) in vars.into_iter().zip(vals) {
                    self.def_var(var, v)?;
                }
                Ok(())
            }
            PlaceRef::Mem { base, off, ty } => self.store_value(base, off, ty, &vals),
        }
    }

    /// The values of an operand, one per leaf of its type.
    pub(super) fn operand(&mut self, o: &Operand) -> DResult<Vec<Value>> {
        match o {
            Operand::Copy(p) | Operand::Move(p) => self.read_place(p),
            Operand::Constant(c) => self.constant(c),
            Operand::RuntimeChecks(rc) => {
                // Known at compile time: the session's settings, as rustc's codegen reads them.
                let sess = self.tcx.sess;
                let b = match rc {
                    RuntimeChecks::UbChecks => sess.ub_checks(),
                    RuntimeChecks::ContractChecks => sess.contract_checks(),
                    RuntimeChecks::OverflowChecks => sess.overflow_checks(),
                };
                Ok(vec![self.iconst(Type::I32, b as i64)?])
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
