//! Places and memory (design record `design/memory.md`, M1-M3).
//!
//! A MIR local lives in SSA variables (its shape's leaves) unless its address is taken or its
//! type lives in memory only (`Form::Memory`): then it has a *home*, a stack slot of rustc's size
//! and alignment, or, for a memory-form argument or return place, the address the caller passed.
//! A place resolves to a run of variables or to an address plus the type it holds
//! ([`PlaceRef`]); projections follow rustc's layout: field offsets (per variant after
//! `Downcast`), array strides, fat pointer metadata for slices.

use super::index::{Local, MirBlock, Var};
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::index::{Idx, IdxVec};
use crate::shape::{Form, Kind, Shape, layout, primitive, shape_of};
use rustc_public::abi::{FieldsShape, TagEncoding, VariantsShape};
use rustc_public::mir::{BorrowKind, Place, ProjectionElem, Rvalue, StatementKind};
use rustc_public::ty::{RigidTy, Ty, TyKind, VariantIdx};
use rustc_public_bridge::IndexedVal;
use wasmir_syntax::ir::{Imm, MemArg, MemoryId, Opcode, Slot, Type, Value};

/// Where a local that is not SSA lives.
#[derive(Clone, Copy, Debug)]
pub(super) enum Home {
    /// A stack slot of the function.
    Slot(Slot),
    /// An address computed once in the entry block (a memory-form argument, the `sret` return
    /// place).
    Addr(Value),
}

/// A place, resolved.
#[derive(Clone, Debug)]
pub(super) enum PlaceRef {
    /// The variables of an SSA value of type `ty` (in the leaf order of `shape_of(ty)`), seen as
    /// variant `variant` after a `Downcast`.
    Vars { ty: Ty, variant: Option<VariantIdx>, vars: Vec<Var> },
    /// Memory: `base + off` holds a `ty` (seen as `variant`); `meta` is the metadata of an
    /// unsized place (a slice's length, a `dyn` value's vtable address).
    Mem { base: Value, off: u32, ty: Ty, variant: Option<VariantIdx>, meta: Option<Value> },
}

impl PlaceRef {
    /// The type the place holds.
    pub(super) fn ty(&self) -> Ty {
        match self {
            PlaceRef::Vars { ty, .. } | PlaceRef::Mem { ty, .. } => *ty,
        }
    }
}

/// A value being moved: SSA leaves, or the address of a memory-form value (of a known type).
#[derive(Clone, Debug)]
pub(super) enum Val {
    /// One value per leaf.
    Leaves(Vec<Value>),
    /// The address of the value.
    Ref(Value),
}

/// The memory every load and store of mir-export names: the module's only memory, which the
/// collector declares when some function uses memory.
pub(super) fn heap() -> MemoryId {
    MemoryId::from_u32(0)
}

fn unsupported_projection(elem: &ProjectionElem, on: &str) -> super::Diag {
    let name = format!("{elem:?}");
    let name = name.split(['(', ' ', '{']).next().unwrap_or("?").to_string();
    err(Code::Projection, format!("unsupported MIR place projection `{name}` on {on}"), "")
}

impl Lower<'_, '_, '_> {
    /// The locals whose address is taken (`&x`, `&raw x`, `&x.f`) outside doomed blocks. A
    /// reborrow through a pointer (`&(*p).f`) takes no local's address.
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
                    && !self.borrows_copy(rv)
                {
                    taken[Local::new(p.local)] = true;
                }
            }
        }
        taken
    }

    /// Whether `rv` is a shared borrow of (a part of) a local holding linear values, which stays
    /// in SSA variables: the reference points at a copy of the bits (`borrow_copy`). Rust freezes
    /// a shared-borrowed value, so the copy and the value agree for as long as the reference
    /// lives, unless the type can change behind `&` (`UnsafeCell`), which then needs a home and
    /// is E0514. `&mut x` and `&raw x` give the local a home (E0514 for a linear one): a write
    /// through them would have to reach the SSA value.
    pub(super) fn borrows_copy(&self, rv: &Rvalue) -> bool {
        let Rvalue::Ref(_, BorrowKind::Shared | BorrowKind::Fake(_), p) = rv else { return false };
        let l = Local::new(p.local);
        self.linear.get(l).is_some_and(|leaves| leaves.iter().any(|&b| b))
            && !p.projection.iter().any(|e| matches!(e, ProjectionElem::Deref))
            && !crate::linear::interior_mutable(self.body.locals()[p.local].ty)
    }

    /// A reference to a copy of the SSA value at `r` (a shared borrow of a linear local,
    /// `borrows_copy`): a fresh slot holding trivial copies of its leaves, so that the linear
    /// values themselves stay where the verifier follows them (spec §13.6: a store of a linear
    /// value is E0266).
    pub(super) fn borrow_copy(&mut self, r: &PlaceRef) -> DResult<Value> {
        let ty = r.ty();
        let super::memory::Val::Leaves(vals) = self.read_ref(r)? else {
            return Err(super::Diag::internal("a shared borrow of an SSA value read as memory"));
        };
        let mut copies = Vec::with_capacity(vals.len());
        for v in vals {
            copies.push(self.trivial(v)?);
        }
        let slot = self.temp_slot(&shape_of(ty)?)?;
        self.store_value(slot, 0, ty, &copies)?;
        Ok(slot)
    }

    /// Gives each address-taken or memory-form local its home: a slot (rustc's size and
    /// alignment), except memory-form arguments and return place, whose address is a parameter
    /// (`sret`, `by_ref`).
    pub(super) fn make_homes(&mut self, sret: Option<Value>, by_ref: &[(Local, Value)]) -> DResult<()> {
        let taken = self.address_taken();
        self.homes = IdxVec::from_elem(None, self.body.locals().len());
        if let Some(p) = sret {
            self.homes[Local::RETURN] = Some(Home::Addr(p));
        }
        // The callee owns the caller's copy of a memory-form argument, address taken or not.
        for (l, p) in by_ref {
            self.homes[*l] = Some(Home::Addr(*p));
        }
        for (l, t) in taken.iter_enumerated() {
            if self.homes[l].is_some() || !(*t || self.locals[l].0.in_memory()) {
                continue;
            }
            let shape = &self.locals[l].0;
            let (size, align) = (shape.size, shape.align);
            // Named after the Rust variable that lives in the local, if any (`#counter`).
            let name = self.body.var_debug_info.iter().find_map(|info| {
                (info.local() == Some(l.index()) && info.composite.is_none()).then(|| info.name.clone())
            });
            self.homes[l] = Some(Home::Slot(self.fb.create_slot(size, align, name)));
        }
        Ok(())
    }

    /// A fresh anonymous slot for a value of `shape` (temporaries of calls and transmutes).
    pub(super) fn temp_slot(&mut self, shape: &Shape) -> DResult<Value> {
        let s = self.fb.create_slot(shape.size, shape.align, None);
        self.slot_addr(s)
    }

    /// Resolves a place: SSA variables, or an address with the type it holds.
    pub(super) fn resolve(&mut self, p: &Place) -> DResult<PlaceRef> {
        let local = Local::new(p.local);
        if let Some(d) = &self.bad_locals[local] {
            return Err(d.clone());
        }
        let ty = self.body.locals()[local.index()].ty;
        let mut cur = match self.homes.get(local).copied().flatten() {
            Some(Home::Slot(slot)) => {
                PlaceRef::Mem { base: self.slot_addr(slot)?, off: 0, ty, variant: None, meta: None }
            }
            Some(Home::Addr(a)) => PlaceRef::Mem { base: a, off: 0, ty, variant: None, meta: None },
            None => {
                let (shape, base) = &self.locals[local];
                let vars = (0..shape.leaves.len()).map(|l| base.leaf(l)).collect();
                PlaceRef::Vars { ty, variant: None, vars }
            }
        };
        for elem in &p.projection {
            cur = self.project(cur, elem)?;
        }
        Ok(cur)
    }

    /// One projection step.
    pub(super) fn project(&mut self, cur: PlaceRef, elem: &ProjectionElem) -> DResult<PlaceRef> {
        Ok(match (cur, elem) {
            (cur, ProjectionElem::Field(f, fty)) => self.field(cur, *f, *fty)?,
            (PlaceRef::Vars { ty, vars, .. }, ProjectionElem::Downcast(v)) => {
                PlaceRef::Vars { ty, variant: Some(*v), vars }
            }
            (PlaceRef::Mem { base, off, ty, meta, .. }, ProjectionElem::Downcast(v)) => {
                PlaceRef::Mem { base, off, ty, variant: Some(*v), meta }
            }
            (PlaceRef::Vars { ty, vars, .. }, ProjectionElem::Deref) => {
                let pointee = pointee(ty)?;
                let base = self.use_var(*vars.first().ok_or_else(|| err(Code::Projection, "`Deref` of a ZST", ""))?)?;
                let meta = match vars.get(1) {
                    Some(m) => Some(self.use_var(*m)?),
                    None => None,
                };
                PlaceRef::Mem { base, off: 0, ty: pointee, variant: None, meta }
            }
            (PlaceRef::Mem { base, off, ty, .. }, ProjectionElem::Deref) => {
                let pointee = pointee(ty)?;
                let vals = self.load_value(base, off, ty)?;
                PlaceRef::Mem { base: vals[0], off: 0, ty: pointee, variant: None, meta: vals.get(1).copied() }
            }
            (PlaceRef::Mem { base, off, ty, meta, .. }, ProjectionElem::Index(l)) => {
                let (elem, stride) = element(ty)?;
                let i = self.read_place(&Place::from(*l))?[0];
                let base = self.address(base, off)?;
                let base = self.index_addr(base, i, stride)?;
                let _ = meta;
                PlaceRef::Mem { base, off: 0, ty: elem, variant: None, meta: None }
            }
            (PlaceRef::Mem { base, off, ty, meta, .. }, ProjectionElem::ConstantIndex { offset, from_end, .. }) => {
                let (elem, stride) = element(ty)?;
                if !*from_end {
                    let o = u32::try_from(*offset).ok().and_then(|o| o.checked_mul(stride));
                    let o = o.ok_or_else(|| err(Code::Projection, "constant index out of range", ""))?;
                    PlaceRef::Mem { base, off: off + o, ty: elem, variant: None, meta: None }
                } else {
                    let len = self.length(ty, meta)?;
                    let k = self.iconst(Type::I32, *offset as i64)?;
                    let i = self.op(Opcode::I32Sub, &[len, k])?;
                    let base = self.address(base, off)?;
                    let base = self.index_addr(base, i, stride)?;
                    PlaceRef::Mem { base, off: 0, ty: elem, variant: None, meta: None }
                }
            }
            (PlaceRef::Mem { base, off, ty, meta, .. }, ProjectionElem::Subslice { from, to, from_end }) => {
                let (elem, stride) = element(ty)?;
                let o = u32::try_from(*from).ok().and_then(|f| f.checked_mul(stride));
                let o = o.ok_or_else(|| err(Code::Projection, "subslice out of range", ""))?;
                if *from_end {
                    // A slice: the length shrinks by `from + to`.
                    let len = self.length(ty, meta)?;
                    let k = self.iconst(Type::I32, (*from + *to) as i64)?;
                    let meta = Some(self.op(Opcode::I32Sub, &[len, k])?);
                    PlaceRef::Mem { base, off: off + o, ty, variant: None, meta }
                } else {
                    let n = to - from;
                    let arr = Ty::try_new_array(elem, n)
                        .map_err(|e| err(Code::Projection, format!("subslice type: {e:?}"), ""))?;
                    PlaceRef::Mem { base, off: off + o, ty: arr, variant: None, meta: None }
                }
            }
            (PlaceRef::Vars { vars, variant, .. }, ProjectionElem::OpaqueCast(t)) => {
                PlaceRef::Vars { ty: *t, variant, vars }
            }
            (PlaceRef::Mem { base, off, meta, variant, .. }, ProjectionElem::OpaqueCast(t)) => {
                PlaceRef::Mem { base, off, ty: *t, variant, meta }
            }
            (PlaceRef::Vars { .. }, other) => return Err(unsupported_projection(other, "a value in SSA")),
        })
    }

    /// `base + i * stride`.
    fn index_addr(&mut self, base: Value, i: Value, stride: u32) -> DResult<Value> {
        let o = if stride == 1 {
            i
        } else {
            let s = self.iconst(Type::I32, stride as i64)?;
            self.op(Opcode::I32Mul, &[i, s])?
        };
        self.op(Opcode::PtrAdd, &[base, o])
    }

    /// The number of elements of an array or slice place.
    pub(super) fn length(&mut self, ty: Ty, meta: Option<Value>) -> DResult<Value> {
        match ty.kind() {
            TyKind::RigidTy(RigidTy::Array(_, n)) => {
                let n = n.eval_target_usize().map_err(|e| err(Code::Type, format!("array length: {e:?}"), ""))?;
                self.iconst(Type::I32, n as i64)
            }
            _ => meta.ok_or_else(|| err(Code::Projection, format!("no length for a place of type `{ty}`"), "")),
        }
    }

    /// Field `f` (of type `fty`) of a place.
    fn field(&mut self, cur: PlaceRef, f: usize, fty: Ty) -> DResult<PlaceRef> {
        match cur {
            PlaceRef::Mem { base, off, ty, variant, meta } => {
                let fo = field_offset(ty, variant, f)?;
                // The unsized last field of an unsized struct keeps the struct's metadata.
                let meta = if layout(fty).is_ok_and(|l| l.is_sized()) { None } else { meta };
                Ok(PlaceRef::Mem { base, off: off + fo, ty: fty, variant: None, meta })
            }
            PlaceRef::Vars { ty, variant, vars } => {
                let sh = shape_of(ty)?;
                if let (Form::Fields(ranges), None) = (&sh.form, variant) {
                    let r = ranges.get(f).ok_or_else(|| err(Code::Projection, "field out of range", ""))?;
                    return Ok(PlaceRef::Vars { ty: fty, variant: None, vars: vars[r.clone()].to_vec() });
                }
                // rustc's ABI form: the field's leaves are the parent's leaves at their offsets.
                let fo = field_offset(ty, variant, f)?;
                let fsh = shape_of(fty)?;
                let mut out = vec![];
                for (k, o) in &fsh.leaves {
                    let i = sh.leaves.iter().position(|(pk, po)| *po == fo + o && pk.bytes() == k.bytes()).ok_or_else(
                        || err(Code::Projection, format!("field {f} of `{ty}` is not one of its scalars"), ""),
                    )?;
                    out.push(vars[i]);
                }
                Ok(PlaceRef::Vars { ty: fty, variant: None, vars: out })
            }
        }
    }

    pub(super) fn slot_addr(&mut self, slot: Slot) -> DResult<Value> {
        let v = self.fb.ins_op_imm(Opcode::SlotAddr, Imm::Slot(slot), &[])?;
        v.ok_or_else(|| err(Code::Rvalue, "internal: `slot.addr` without result", ""))
    }

    /// The address `base + off`.
    pub(super) fn address(&mut self, base: Value, off: u32) -> DResult<Value> {
        if off == 0 {
            return Ok(base);
        }
        let o = self.iconst(Type::I32, off as i64)?;
        self.op(Opcode::PtrAdd, &[base, o])
    }

    /// Loads a value of SSA-form type `ty` at `base + off`, one value per leaf.
    pub(super) fn load_value(&mut self, base: Value, off: u32, ty: Ty) -> DResult<Vec<Value>> {
        let sh = shape_of(ty)?;
        if sh.in_memory() {
            return Err(err(Code::Rvalue, format!("internal: `{ty}` read as scalars"), ""));
        }
        sh.leaves.into_iter().map(|(k, o)| self.load_scalar(k, base, off + o)).collect()
    }

    /// Stores `vals` (one per leaf) as a value of type `ty` at `base + off`.
    pub(super) fn store_value(&mut self, base: Value, off: u32, ty: Ty, vals: &[Value]) -> DResult<()> {
        let sh = shape_of(ty)?;
        if sh.leaves.len() != vals.len() {
            return Err(err(Code::Rvalue, format!("internal: value does not match its place of type `{ty}`"), ""));
        }
        for ((k, o), &v) in sh.leaves.into_iter().zip(vals) {
            self.store_scalar(k, base, off + o, v)?;
        }
        Ok(())
    }

    pub(super) fn load_scalar(&mut self, k: Kind, base: Value, off: u32) -> DResult<Value> {
        let v = self.fb.ins_op_imm(load_op(k), Imm::MemArg(memarg(off, k)), &[base])?;
        v.ok_or_else(|| err(Code::Rvalue, "internal: load without result", ""))
    }

    pub(super) fn store_scalar(&mut self, k: Kind, base: Value, off: u32, v: Value) -> DResult<()> {
        self.fb.ins_op_imm(store_op(k), Imm::MemArg(memarg(off, k)), &[base, v])?;
        Ok(())
    }

    /// `memory.copy` of `size` bytes from `src` to `dst`.
    pub(super) fn copy_bytes(&mut self, dst: Value, src: Value, size: Value) -> DResult<()> {
        self.fb.ins_op_imm(Opcode::MemoryCopy, Imm::Memory(heap()), &[dst, src, size])?;
        Ok(())
    }

    /// Converts a leaf value between two kinds of the same size (a field read from or written
    /// to an enum's or union's scalar: `u8` tag and `bool` field, pointer niche and `usize`...).
    pub(super) fn conv(&mut self, v: Value, from: Kind, to: Kind) -> DResult<Value> {
        if from == to {
            return Ok(v);
        }
        Ok(match (from, to) {
            (Kind::Ptr, Kind::Ptr) => v,
            (Kind::Ptr, _) if to.wty() == Type::I32 => self.op(Opcode::PtrToInt, &[v])?,
            (_, Kind::Ptr) if from.wty() == Type::I32 => self.op(Opcode::PtrFromInt, &[v])?,
            (Kind::F(32), _) if to.wty() == Type::I32 => self.op(Opcode::I32ReinterpretF32, &[v])?,
            (_, Kind::F(32)) if from.wty() == Type::I32 => {
                let v = self.int_cast(v, from, Kind::U(32))?;
                self.op(Opcode::F32ReinterpretI32, &[v])?
            }
            (Kind::F(64), _) if to.wty() == Type::I64 => self.op(Opcode::I64ReinterpretF64, &[v])?,
            (_, Kind::F(64)) if from.wty() == Type::I64 => self.op(Opcode::F64ReinterpretI64, &[v])?,
            _ if from.wty() == to.wty() && !from.is_float() && !to.is_float() => self.int_cast(v, from, to)?,
            _ => return Err(err(Code::Rvalue, format!("internal: no conversion from {from:?} to {to:?}"), "")),
        })
    }

    /// The tag of an enum place and how it encodes the discriminant: `None` for a type with one
    /// variant.
    fn tag_of(ty: Ty) -> DResult<Option<(Kind, u32, TagEncoding)>> {
        let l = layout(ty)?;
        match &l.variants {
            VariantsShape::Multiple { tag, tag_encoding, tag_field, .. } => {
                let FieldsShape::Arbitrary { offsets } = &l.fields else {
                    return Err(err(Code::Rvalue, format!("no tag offset in `{ty}`"), ""));
                };
                let k = Kind::of_primitive(primitive(tag))
                    .ok_or_else(|| err(Code::Rvalue, format!("unsupported tag of `{ty}`"), ""))?;
                let off = offsets[*tag_field].bytes() as u32;
                Ok(Some((k, off, tag_encoding.clone())))
            }
            _ => Ok(None),
        }
    }

    /// Reads the scalar of kind `k` at byte offset `off` of a place.
    fn read_at(&mut self, p: &PlaceRef, k: Kind, at: u32) -> DResult<Value> {
        match p {
            PlaceRef::Mem { base, off, .. } => self.load_scalar(k, *base, off + at),
            PlaceRef::Vars { ty, vars, .. } => {
                let sh = shape_of(*ty)?;
                let i =
                    sh.leaves.iter().position(|(pk, po)| *po == at && pk.bytes() == k.bytes()).ok_or_else(|| {
                        err(Code::Rvalue, format!("internal: no scalar at offset {at} of `{ty}`"), "")
                    })?;
                let v = self.use_var(vars[i])?;
                self.conv(v, self.var_kinds[vars[i]], k)
            }
        }
    }

    /// Writes the scalar `v` of kind `k` at byte offset `off` of a place.
    fn write_at(&mut self, p: &PlaceRef, k: Kind, at: u32, v: Value) -> DResult<()> {
        match p {
            PlaceRef::Mem { base, off, .. } => self.store_scalar(k, *base, off + at, v),
            PlaceRef::Vars { ty, vars, .. } => {
                let sh = shape_of(*ty)?;
                let i =
                    sh.leaves.iter().position(|(pk, po)| *po == at && pk.bytes() == k.bytes()).ok_or_else(|| {
                        err(Code::Rvalue, format!("internal: no scalar at offset {at} of `{ty}`"), "")
                    })?;
                let v = self.conv(v, k, self.var_kinds[vars[i]])?;
                self.def_var(vars[i], v)
            }
        }
    }

    /// MIR `Discriminant(place)`: decodes the tag (rustc's direct or niche encoding) into the
    /// discriminant value, of kind `dk`.
    pub(super) fn read_discriminant(&mut self, p: &PlaceRef, dk: Kind) -> DResult<Value> {
        let ty = p.ty();
        let adt_discr = |vi: usize| -> DResult<u128> {
            match ty.kind() {
                TyKind::RigidTy(RigidTy::Adt(adt, _)) => Ok(adt.discriminant_for_variant(VariantIdx::to_val(vi)).val),
                // Coroutines and others: the discriminant is the variant index.
                _ => Ok(vi as u128),
            }
        };
        let Some((tk, toff, enc)) = Self::tag_of(ty)? else {
            let vi = match layout(ty)?.variants {
                VariantsShape::Single { index } => index.to_index(),
                _ => 0,
            };
            let d = adt_discr(vi)?;
            return self.kconst(dk, d);
        };
        let tag = self.read_at(p, tk, toff)?;
        let tag = if tk == Kind::Ptr { self.op(Opcode::PtrToInt, &[tag])? } else { tag };
        let tk = if tk == Kind::Ptr { Kind::U(32) } else { tk };
        match enc {
            // The tag is the discriminant, possibly narrower (extended by its signedness).
            TagEncoding::Direct => self.int_cast(tag, tk, dk),
            TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                let uk = Kind::U(tk.bits());
                let tag = self.int_cast(tag, tk, uk)?;
                let ns = self.kconst(uk, niche_start)?;
                let rel = self.op2(uk, super::builder::IntOp::Sub, tag, ns)?;
                let rel = self.norm(uk, rel)?;
                let (lo, hi) = (niche_variants.start().to_index(), niche_variants.end().to_index());
                let span = self.kconst(uk, (hi - lo) as u128)?;
                let is_niche = self.op2(uk, super::builder::IntOp::LeU, rel, span)?;
                // Niche encoding is only used when discriminants are variant indices.
                let rel_d = self.int_cast(rel, uk, dk)?;
                let lo_d = self.kconst(dk, lo as u128)?;
                let tagged = self.op2(dk, super::builder::IntOp::Add, rel_d, lo_d)?;
                let tagged = self.norm(dk, tagged)?;
                let untagged = self.kconst(dk, untagged_variant.to_index() as u128)?;
                self.select(dk.wty(), is_niche, tagged, untagged)
            }
        }
    }

    /// MIR `SetDiscriminant`: writes the tag of variant `v` (nothing for the untagged variant of
    /// a niche encoding, or a type with one variant).
    pub(super) fn write_discriminant(&mut self, p: &PlaceRef, v: VariantIdx) -> DResult<()> {
        let ty = p.ty();
        let Some((tk, toff, enc)) = Self::tag_of(ty)? else { return Ok(()) };
        let raw = match enc {
            TagEncoding::Direct => match ty.kind() {
                TyKind::RigidTy(RigidTy::Adt(adt, _)) => adt.discriminant_for_variant(v).val,
                _ => v.to_index() as u128,
            },
            TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                if v == untagged_variant {
                    return Ok(());
                }
                let rel = (v.to_index() - niche_variants.start().to_index()) as u128;
                rel.wrapping_add(niche_start)
            }
        };
        let t = if tk == Kind::Ptr {
            let i = self.kconst(Kind::U(32), raw)?;
            self.op(Opcode::PtrFromInt, &[i])?
        } else {
            self.kconst(tk, raw)?
        };
        self.write_at(p, tk, toff, t)
    }
}

/// The byte offset of field `f` of a `ty` (of variant `variant` after a `Downcast`), from rustc's
/// layout.
pub(super) fn field_offset(ty: Ty, variant: Option<VariantIdx>, f: usize) -> DResult<u32> {
    let bad = || err(Code::Projection, format!("no offset for field {f} of `{ty}`"), "");
    let l = layout(ty)?;
    let off = match (&l.variants, variant) {
        (VariantsShape::Multiple { variants, .. }, Some(v)) => {
            variants.get(v.to_index()).and_then(|vf| vf.offsets.get(f)).ok_or_else(bad)?.bytes()
        }
        _ => match &l.fields {
            FieldsShape::Arbitrary { offsets } => offsets.get(f).ok_or_else(bad)?.bytes(),
            FieldsShape::Union(_) => 0,
            FieldsShape::Array { stride, .. } => stride.bytes() * f,
            FieldsShape::Primitive => return Err(bad()),
        },
    };
    u32::try_from(off).map_err(|_| bad())
}

/// The element type of an array or slice type and its stride in bytes.
pub(super) fn element(ty: Ty) -> DResult<(Ty, u32)> {
    let elem = match ty.kind() {
        TyKind::RigidTy(RigidTy::Array(t, _) | RigidTy::Slice(t)) => t,
        TyKind::RigidTy(RigidTy::Str) => Ty::unsigned_ty(rustc_public::ty::UintTy::U8),
        _ => return Err(err(Code::Projection, format!("indexing a `{ty}`, which is not an array or slice"), "")),
    };
    let size = layout(elem)?.size.bytes();
    let stride = u32::try_from(size).map_err(|_| err(Code::Type, "element too large", ""))?;
    Ok((elem, stride))
}

/// The type a pointer type points to.
pub(super) fn pointee(ty: Ty) -> DResult<Ty> {
    match ty.kind() {
        TyKind::RigidTy(RigidTy::Ref(_, t, _) | RigidTy::RawPtr(t, _)) => Ok(t),
        TyKind::RigidTy(RigidTy::Adt(adt, args)) if adt.is_box() => {
            args.0.first().and_then(|a| a.ty().copied()).ok_or_else(|| err(Code::Projection, "`Box` without type", ""))
        }
        _ => Err(err(Code::Projection, format!("`Deref` of `{ty}`, which is not a pointer"), "")),
    }
}

fn memarg(offset: u32, k: Kind) -> MemArg {
    // The natural alignment as a hint; a packed struct's misaligned access is still correct.
    MemArg { mem: heap(), offset, align: k.bytes().max(1), notrap: false, aligned: false }
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
