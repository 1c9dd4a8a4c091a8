//! Memory (design record `design/memory.md`, M1-M3, first part): locals whose address is taken
//! live in stack slots of rustc's size and alignment; places through `Deref` of a thin pointer
//! and fields of memory places are addresses, read and written leaf by leaf at the offsets of
//! rustc's layout. Values in SSA stay as they are.
//!
//! Supported in memory for now: scalars (integers, floats, bool, char, thin pointers), and
//! structs and tuples of them. Enums, arrays and slices in memory are E0504/E0505 until their
//! layouts are lowered.

use super::index::{Local, MirBlock, Var};
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::index::{Idx, IdxVec};
use crate::shape::{Kind, Node, scalar_kind};
use rustc_public::mir::{Place, ProjectionElem, Rvalue, StatementKind};
use rustc_public::ty::{RigidTy, Ty, TyKind};
use wasmir_syntax::ir::{Imm, MemArg, MemoryId, Opcode, Slot, Type, Value};

/// A place, resolved: a run of SSA variables, or memory at `base + off` holding a `ty`.
pub(super) enum PlaceRef {
    /// The variables of a node of an SSA local.
    Vars(Node, Vec<Var>),
    /// Memory: the address `base` plus `off` bytes holds a value of type `ty`.
    Mem { base: Value, off: u32, ty: Ty },
}

/// The memory every load and store of mir-export names: the module's only memory, which the
/// collector declares when some function uses memory.
fn heap() -> MemoryId {
    MemoryId::from_u32(0)
}

impl Lower<'_, '_, '_> {
    /// The locals whose address is taken (`&x`, `&raw x`, `&x.f`) outside doomed blocks: they
    /// get a stack slot. A reborrow through a pointer (`&(*p).f`) takes no local's address.
    pub(super) fn address_taken(&self) -> IdxVec<Local, bool> {
        let mut taken = IdxVec::from_elem(false, self.body.locals().len());
        for (b, blk) in self.body.blocks.iter().enumerate() {
            if self.doomed[MirBlock::new(b)] {
                continue;
            }
            for st in &blk.statements {
                let StatementKind::Assign(dst, rv) = &st.kind else { continue };
                if self.dead_locals[Local::new(dst.local)] {
                    continue;
                }
                if let Rvalue::Ref(_, _, p) | Rvalue::AddressOf(_, p) = rv
                    && !p.projection.iter().any(|e| matches!(e, ProjectionElem::Deref))
                {
                    taken[Local::new(p.local)] = true;
                }
            }
        }
        taken
    }

    /// Gives each address-taken local its slot (rustc's size and alignment).
    pub(super) fn make_slots(&mut self) -> DResult<()> {
        let taken = self.address_taken();
        self.slots = IdxVec::from_elem(None, self.body.locals().len());
        for (l, t) in taken.iter_enumerated() {
            if !*t {
                continue;
            }
            let ty = self.body.locals()[l.index()].ty;
            // Reject early what memory cannot hold yet, with the local's type in the message.
            self.mem_leaves(ty)?;
            let shape = ty.layout().map_err(|e| err(Code::Type, format!("no layout for `{ty}`: {e:?}"), ""))?.shape();
            let size = u32::try_from(shape.size.bytes()).map_err(|_| err(Code::Type, "local too large", ""))?;
            let align = u32::try_from(shape.abi_align).unwrap_or(8).max(1);
            // Named after the Rust variable that lives in the local, if any (`#counter`).
            let name = self.body.var_debug_info.iter().find_map(|info| {
                (info.local() == Some(l.index()) && info.composite.is_none()).then(|| info.name.clone())
            });
            self.slots[l] = Some(self.fb.create_slot(size, align, name));
        }
        Ok(())
    }

    /// The scalars of a value of type `ty` in memory, with their byte offsets, in leaf order (the
    /// order of `shape_of`).
    pub(super) fn mem_leaves(&self, ty: Ty) -> DResult<Vec<(Kind, u32)>> {
        if let Some(k) = scalar_kind(ty) {
            return Ok(vec![(k, 0)]);
        }
        let unsupported = || {
            err(
                Code::Type,
                format!("unsupported type `{ty}` in memory"),
                "memory holds scalars, thin pointers, and structs and tuples of them for now",
            )
        };
        let is_struct = match ty.kind() {
            TyKind::RigidTy(RigidTy::Tuple(_)) => true,
            TyKind::RigidTy(RigidTy::Adt(adt, _)) => adt.kind() == rustc_public::ty::AdtKind::Struct,
            TyKind::RigidTy(RigidTy::Never | RigidTy::FnDef(..)) => return Ok(vec![]),
            _ => false,
        };
        if !is_struct {
            return Err(unsupported());
        }
        let ftys = super::cast::field_types(ty).ok_or_else(unsupported)?;
        let mut out = vec![];
        for (i, fty) in ftys.into_iter().enumerate() {
            let off = self.field_offset(ty, i)?;
            for (k, o) in self.mem_leaves(fty)? {
                out.push((k, off + o));
            }
        }
        Ok(out)
    }

    /// The byte offset of field `i` of a struct or tuple type, from rustc's layout.
    fn field_offset(&self, ty: Ty, i: usize) -> DResult<u32> {
        let bad = || err(Code::Projection, format!("no offset for field {i} of `{ty}`"), "");
        let layout = ty.layout().map_err(|_| bad())?.shape();
        match &layout.fields {
            rustc_public::abi::FieldsShape::Arbitrary { offsets } => {
                let off = offsets.get(i).ok_or_else(bad)?.bytes();
                u32::try_from(off).map_err(|_| bad())
            }
            _ => Err(bad()),
        }
    }

    /// Resolves a place: SSA variables, or an address with the type it holds.
    pub(super) fn resolve(&mut self, p: &Place) -> DResult<PlaceRef> {
        let local = Local::new(p.local);
        if let Some(d) = &self.bad_locals[local] {
            return Err(d.clone());
        }
        let mut ty = self.body.locals()[local.index()].ty;
        let mut cur = match self.slots.get(local).copied().flatten() {
            Some(slot) => PlaceRef::Mem { base: self.slot_addr(slot)?, off: 0, ty },
            None => {
                let (shape, base) = &self.locals[local];
                let mut leaves = vec![];
                shape.root.leaves(&mut leaves);
                PlaceRef::Vars(shape.root.clone(), leaves.into_iter().map(|l| base.leaf(l)).collect())
            }
        };
        for elem in &p.projection {
            cur = match (cur, elem) {
                (PlaceRef::Vars(node, _), ProjectionElem::Field(f, fty)) => {
                    let node = node
                        .field(*f)
                        .cloned()
                        .ok_or_else(|| err(Code::Projection, "unsupported field projection", ""))?;
                    ty = *fty;
                    self.vars_of(local, node)
                }
                (PlaceRef::Vars(node, _), ProjectionElem::Downcast(v)) => {
                    let Node::Enum { variants, .. } = &node else {
                        return Err(err(Code::Projection, "downcast of a non-enum place", ""));
                    };
                    let node = Node::Fields(variants[rustc_public_bridge::IndexedVal::to_index(v)].clone());
                    self.vars_of(local, node)
                }
                (PlaceRef::Vars(node, vars), ProjectionElem::Deref) => {
                    let (Node::Leaf(_), [var]) = (&node, vars.as_slice()) else {
                        return Err(err(Code::Projection, "`Deref` of a value that is not a thin pointer", ""));
                    };
                    let base = self.use_var(*var)?;
                    ty = pointee(ty)?;
                    PlaceRef::Mem { base, off: 0, ty }
                }
                (PlaceRef::Mem { base, off, ty: t }, ProjectionElem::Field(f, fty)) => {
                    let off = off + self.field_offset(t, *f)?;
                    ty = *fty;
                    PlaceRef::Mem { base, off, ty }
                }
                (PlaceRef::Mem { base, off, ty: t }, ProjectionElem::Deref) => {
                    let p = self.load_scalar(Kind::Ptr, base, off)?;
                    ty = pointee(t)?;
                    PlaceRef::Mem { base: p, off: 0, ty }
                }
                (c, ProjectionElem::OpaqueCast(t)) => {
                    ty = *t;
                    match c {
                        PlaceRef::Mem { base, off, .. } => PlaceRef::Mem { base, off, ty },
                        v => v,
                    }
                }
                (_, other) => {
                    let name = format!("{other:?}");
                    let name = name.split(['(', ' ', '{']).next().unwrap_or("?").to_string();
                    return Err(err(
                        Code::Projection,
                        format!("unsupported MIR place projection `{name}`"),
                        "arrays, slices and enums in memory are not exported yet",
                    ));
                }
            };
        }
        Ok(cur)
    }

    /// The variables of `node`, a node of `local`'s shape.
    fn vars_of(&self, local: Local, node: Node) -> PlaceRef {
        let base = self.locals[local].1;
        let mut leaves = vec![];
        node.leaves(&mut leaves);
        let vars = leaves.into_iter().map(|l| base.leaf(l)).collect();
        PlaceRef::Vars(node, vars)
    }

    fn slot_addr(&mut self, slot: Slot) -> DResult<Value> {
        let v = self.fb.ins_op_imm(Opcode::SlotAddr, Imm::Slot(slot), &[])?;
        v.ok_or_else(|| err(Code::Rvalue, "internal: `slot.addr` without result", ""))
    }

    /// The address of a memory place (`base + off`), for `&place`.
    pub(super) fn address(&mut self, base: Value, off: u32) -> DResult<Value> {
        if off == 0 {
            return Ok(base);
        }
        let o = self.iconst(Type::I32, off as i64)?;
        self.op(Opcode::PtrAdd, &[base, o])
    }

    /// Loads a value of type `ty` at `base + off`, one value per leaf.
    pub(super) fn load_value(&mut self, base: Value, off: u32, ty: Ty) -> DResult<Vec<Value>> {
        let leaves = self.mem_leaves(ty)?;
        leaves.into_iter().map(|(k, o)| self.load_scalar(k, base, off + o)).collect()
    }

    /// Stores `vals` (one per leaf) as a value of type `ty` at `base + off`.
    pub(super) fn store_value(&mut self, base: Value, off: u32, ty: Ty, vals: &[Value]) -> DResult<()> {
        let leaves = self.mem_leaves(ty)?;
        if leaves.len() != vals.len() {
            return Err(err(Code::Rvalue, "internal: value does not match its place", ""));
        }
        for ((k, o), &v) in leaves.into_iter().zip(vals) {
            let op = store_op(k);
            self.fb.ins_op_imm(op, Imm::MemArg(memarg(off + o, k)), &[base, v])?;
        }
        Ok(())
    }

    fn load_scalar(&mut self, k: Kind, base: Value, off: u32) -> DResult<Value> {
        let v = self.fb.ins_op_imm(load_op(k), Imm::MemArg(memarg(off, k)), &[base])?;
        v.ok_or_else(|| err(Code::Rvalue, "internal: load without result", ""))
    }
}

/// The type a thin pointer type points to.
fn pointee(ty: Ty) -> DResult<Ty> {
    match ty.kind() {
        TyKind::RigidTy(RigidTy::Ref(_, t, _) | RigidTy::RawPtr(t, _)) => Ok(t),
        _ => Err(err(Code::Projection, format!("`Deref` of `{ty}`, which is not a pointer"), "")),
    }
}

fn memarg(offset: u32, k: Kind) -> MemArg {
    // The natural alignment as a hint; a packed struct's misaligned access is still correct.
    MemArg { mem: heap(), offset, align: access_bytes(k), notrap: false, aligned: false }
}

fn access_bytes(k: Kind) -> u32 {
    match k {
        Kind::Ptr => 4,
        _ => k.bits().div_ceil(8).max(1),
    }
}

/// The load that reads a `k` and gives its normal form (narrow integers extended as `norm` keeps
/// them).
fn load_op(k: Kind) -> Opcode {
    use Opcode::*;
    match k {
        Kind::Bool | Kind::U(8) => I32Load8U,
        Kind::S(8) => I32Load8S,
        Kind::U(16) => I32Load16U,
        Kind::S(16) => I32Load16S,
        Kind::U(64) | Kind::S(64) => I64Load,
        Kind::U(128) | Kind::S(128) => I128Load,
        Kind::F(32) => F32Load,
        Kind::F(64) => F64Load,
        Kind::Ptr => PtrLoad,
        _ => I32Load,
    }
}

fn store_op(k: Kind) -> Opcode {
    use Opcode::*;
    match k {
        Kind::Bool | Kind::U(8) | Kind::S(8) => I32Store8,
        Kind::U(16) | Kind::S(16) => I32Store16,
        Kind::U(64) | Kind::S(64) => I64Store,
        Kind::U(128) | Kind::S(128) => I128Store,
        Kind::F(32) => F32Store,
        Kind::F(64) => F64Store,
        Kind::Ptr => PtrStore,
        _ => I32Store,
    }
}
