//! MIR blocks, statements and rvalues: `Assign` of each accepted rvalue, `SetDiscriminant`, and
//! the statements without effect here (storage markers, fake reads, `assume`...).

use super::builder::IntOp;
use super::index::{Local, MirBlock};
use super::memory::PlaceRef;
use super::memory::Val;
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::index::Idx;
use crate::shape::{Kind, shape_of};
use rustc_public::mir::{AggregateKind, NonDivergingIntrinsic, Operand, Place, Rvalue, Statement, StatementKind, UnOp};
use rustc_public::ty::{AdtKind, Ty};
use wasmir_syntax::ir::{Opcode, Type};

impl Lower<'_, '_, '_> {
    /// Lowers MIR block `mb` into the current WasmIR block.
    pub(super) fn lower_block(&mut self, mb: MirBlock) -> DResult<()> {
        let bb = self.mir_block(mb);
        self.cur_block = Some(mb);
        if self.doomed[mb] {
            // Every path from here panics: nothing observable happens before the trap.
            self.fb.trap()?;
            return Ok(());
        }
        for (si, st) in bb.statements.iter().enumerate() {
            self.at(st.span);
            self.statement(mb, si, st)?;
        }
        self.at(bb.terminator.span);
        self.terminator(mb)
    }

    /// Makes `span` the current statement: for diagnostics, and as the source location of every
    /// instruction lowered from it (`loc LINE:COL`, spec §2.2), so that a trap names its Rust line.
    fn at(&mut self, span: rustc_public::ty::Span) {
        self.cur_span = Some(span);
        let p = super::pos_of(span);
        let file = self.res.file_index(&p.file);
        self.fb.set_srcloc(Some(wasmir_syntax::ir::InstLoc { file, line: p.line, col: p.col }));
    }

    /// Lowers statement `si` of block `mb`.
    fn statement(&mut self, mb: MirBlock, si: usize, st: &Statement) -> DResult<()> {
        match &st.kind {
            StatementKind::Assign(place, _)
                if self.dead_locals[Local::new(place.local)] && !super::cfg::writes_through(place) =>
            {
                Ok(())
            }
            StatementKind::Assign(place, rv) => self.assign(mb, si, place, rv),
            StatementKind::SetDiscriminant { place, variant_index } => {
                let r = self.resolve(place)?;
                self.write_discriminant(&r, *variant_index)
            }
            StatementKind::StorageLive(_)
            | StatementKind::StorageDead(_)
            | StatementKind::FakeRead(..)
            | StatementKind::PlaceMention(_)
            | StatementKind::AscribeUserType { .. }
            | StatementKind::Coverage(_)
            | StatementKind::ConstEvalCounter
            | StatementKind::Nop
            | StatementKind::Intrinsic(NonDivergingIntrinsic::Assume(_)) => Ok(()),
            StatementKind::Intrinsic(NonDivergingIntrinsic::CopyNonOverlapping(c)) => {
                // `count` elements of the pointee type.
                let ty = self.operand_ty(&c.src)?;
                let (_, stride) = super::memory::element(
                    Ty::try_new_array(super::memory::pointee(ty)?, 1)
                        .map_err(|e| err(Code::Statement, format!("`CopyNonOverlapping` of `{ty}`: {e:?}"), ""))?,
                )?;
                let src = self.operand(&c.src)?[0];
                let dst = self.operand(&c.dst)?[0];
                let n = self.operand(&c.count)?[0];
                let s = self.iconst(Type::I32, stride as i64)?;
                let bytes = self.op(Opcode::I32Mul, &[n, s])?;
                self.copy_bytes(dst, src, bytes)
            }
        }
    }

    /// `place = rv` (statement `si` of block `mb`, which `CheckedBinaryOp` needs to fuse).
    fn assign(&mut self, mb: MirBlock, si: usize, place: &Place, rv: &Rvalue) -> DResult<()> {
        let dst_ty =
            rv.ty(self.body.locals()).map_err(|e| err(Code::Rvalue, format!("cannot type rvalue: {e:?}"), ""))?;
        match rv {
            Rvalue::Use(o, _) => {
                let v = self.operand_val(o)?;
                self.write_val(place, v)
            }
            Rvalue::BinaryOp(op, a, b) => {
                let v = self.binop(*op, a, b, dst_ty)?;
                self.write_place(place, v)
            }
            Rvalue::CheckedBinaryOp(op, a, b) => {
                let fuse = self.fusable(mb, si, place);
                let (x, ka) = self.scalar(a)?;
                let (y, _) = self.scalar(b)?;
                let (r, flag) = self.checked(*op, ka, x, y, fuse)?;
                if fuse && !ka.narrow() {
                    self.fused_asserts.push(mb);
                    // Only the result: the flag is never read (the `Assert` traps instead).
                    let mut p = place.clone();
                    p.projection.push(rustc_public::mir::ProjectionElem::Field(0, self.operand_ty(a)?));
                    return self.write_place(&p, vec![r]);
                }
                self.write_place(place, vec![r, flag])
            }
            Rvalue::UnaryOp(UnOp::PtrMetadata, a) => {
                // The second scalar of a fat pointer; a thin pointer's metadata is `()`.
                let v = self.operand(a)?;
                self.write_place(place, v.into_iter().skip(1).collect())
            }
            Rvalue::UnaryOp(op, a) => {
                let (x, k) = self.scalar(a)?;
                let v = match op {
                    UnOp::Not => {
                        let m = match k {
                            Kind::Bool => 1u128,
                            Kind::U(b) => u128::MAX >> (128 - b),
                            Kind::S(_) => u128::MAX,
                            Kind::F(_) | Kind::Ptr => return Err(err(Code::Rvalue, "`Not` of a float or pointer", "")),
                        };
                        let m = self.kconst(k, m)?;
                        self.op2(k, IntOp::Xor, x, m)?
                    }
                    UnOp::Neg if k.is_float() => {
                        // Flips the sign bit, NaN included (Rust's `-x` is IEEE `negate`).
                        let op = if k.bits() == 32 { Opcode::F32Neg } else { Opcode::F64Neg };
                        self.op(op, &[x])?
                    }
                    UnOp::Neg => {
                        let z = self.iconst(k.wty(), 0)?;
                        let r = self.op2(k, IntOp::Sub, z, x)?;
                        self.norm(k, r)?
                    }
                    UnOp::PtrMetadata => unreachable!("handled above"),
                };
                self.write_place(place, vec![v])
            }
            Rvalue::Cast(kind, o, ty) => {
                let v = self.cast(kind, o, *ty)?;
                self.write_val(place, v)
            }
            Rvalue::Aggregate(kind, ops) => self.aggregate(place, kind, ops),
            Rvalue::Ref(_, _, p) if self.borrows_copy(rv) => {
                let r = self.resolve(p)?;
                let a = match r {
                    PlaceRef::Vars { .. } => self.borrow_copy(&r)?,
                    PlaceRef::Mem { base, off, .. } => self.address(base, off)?,
                };
                self.write_place(place, vec![a])
            }
            Rvalue::Ref(_, _, p) | Rvalue::AddressOf(_, p) => {
                let PlaceRef::Mem { base, off, meta, .. } = self.resolve(p)? else {
                    return Err(err(Code::Rvalue, "internal: address of a local without a home", ""));
                };
                let a = self.address(base, off)?;
                let mut v = vec![a];
                v.extend(meta);
                self.write_place(place, v)
            }
            Rvalue::CopyForDeref(p) => {
                let r = self.resolve(p)?;
                let v = self.read_ref(&r)?;
                self.write_val(place, v)
            }
            Rvalue::Discriminant(p) => {
                let dk = crate::shape::scalar_kind(dst_ty)
                    .ok_or_else(|| err(Code::Rvalue, format!("discriminant of type `{dst_ty}`"), ""))?;
                let r = self.resolve(p)?;
                let v = self.read_discriminant(&r, dk)?;
                self.write_place(place, vec![v])
            }
            Rvalue::Len(p) => {
                let PlaceRef::Mem { ty, meta, .. } = self.resolve(p)? else {
                    return Err(err(Code::Rvalue, "`Len` of a value that is not in memory", ""));
                };
                let n = self.length(ty, meta)?;
                self.write_place(place, vec![n])
            }
            Rvalue::Repeat(o, count) => {
                let n = count.eval_target_usize().map_err(|e| err(Code::Rvalue, format!("repeat count: {e:?}"), ""))?;
                self.repeat(place, o, n)
            }
            other => Err(err(
                Code::Rvalue,
                format!("unsupported MIR rvalue `{}`", rvalue_name(other)),
                "the exporter handles integer arithmetic, casts, tuples and enums of integers; \
                 memory (references, pointers, arrays) is not exported yet",
            )),
        }
    }

    /// `Aggregate`: every field (array element) written to its place, then the tag of an enum
    /// variant. The operands are read first: one may read the place being written.
    pub(super) fn aggregate(&mut self, place: &Place, kind: &AggregateKind, ops: &[Operand]) -> DResult<()> {
        let mut vals = vec![];
        for o in ops {
            vals.push(self.operand_val(o)?);
        }
        // A linear value moved into `ManuallyDrop` (`mem::forget`, the body of
        // `Linear::consume` once inlined) is forgotten: its obligation ends here (issue 8).
        if let AggregateKind::Adt(adt, ..) = kind
            && crate::linear::is_manually_drop(*adt)
        {
            for (o, v) in ops.iter().zip(&vals) {
                if let (Operand::Move(_), Val::Leaves(l)) = (o, v) {
                    for &lv in l {
                        if self.fb.body().kinds[lv] == wasmir_syntax::ir::Kind::Linear {
                            self.fb.ins_own(wasmir_syntax::ir::OwnOp::Drop, lv)?;
                        }
                    }
                }
            }
        }
        let dst = self.resolve(place)?;
        let dst_ty = dst.ty();
        match kind {
            AggregateKind::RawPtr(..) => {
                // `*const T` from its address and metadata (none for a thin pointer).
                let mut leaves = vec![];
                for v in vals {
                    match v {
                        Val::Leaves(l) => leaves.extend(l),
                        Val::Ref(_) => return Err(err(Code::Rvalue, "internal: pointer metadata in memory", "")),
                    }
                }
                let thin = crate::shape::scalar_kind(dst_ty).is_some();
                leaves.truncate(if thin { 1 } else { 2 });
                self.write_ref(&dst, Val::Leaves(leaves))
            }
            AggregateKind::Array(_) => {
                let PlaceRef::Mem { base, off, .. } = dst else {
                    // A zero-sized array (`[(); N]`, `[T; 0]`) has no bytes and no leaves.
                    if shape_of(dst_ty)?.size == 0 {
                        return Ok(());
                    }
                    return Err(err(Code::Rvalue, "internal: array not in memory", ""));
                };
                let (ety, stride) = super::memory::element(dst_ty)?;
                for (i, v) in vals.into_iter().enumerate() {
                    let r = PlaceRef::Mem { base, off: off + stride * i as u32, ty: ety, variant: None, meta: None };
                    self.write_ref(&r, v)?;
                }
                Ok(())
            }
            AggregateKind::Adt(_, variant, _, _, active) => {
                let is_enum = matches!(self.adt_kind(dst_ty), Some(AdtKind::Enum));
                let vidx = if is_enum { Some(*variant) } else { None };
                let fields: Vec<usize> = match active {
                    Some(f) => vec![*f],
                    None => (0..vals.len()).collect(),
                };
                for (f, v) in fields.into_iter().zip(vals) {
                    let fty = self.field_ty(dst_ty, vidx, f)?;
                    let r = self.sub_field(&dst, vidx, f, fty)?;
                    self.write_ref(&r, v)?;
                }
                if is_enum {
                    self.write_discriminant(&dst, *variant)?;
                }
                Ok(())
            }
            AggregateKind::Tuple
            | AggregateKind::Closure(..)
            | AggregateKind::Coroutine(..)
            | AggregateKind::CoroutineClosure(..) => {
                for (f, v) in vals.into_iter().enumerate() {
                    let fty = self.field_ty(dst_ty, None, f)?;
                    let r = self.sub_field(&dst, None, f, fty)?;
                    self.write_ref(&r, v)?;
                }
                Ok(())
            }
        }
    }

    /// `[o; n]`: the element is written once, then copied in doubling runs (`log2 n`
    /// `memory.copy`s, no loop).
    fn repeat(&mut self, place: &Place, o: &Operand, n: u64) -> DResult<()> {
        let r = self.resolve(place)?;
        let PlaceRef::Mem { base, off, ty, .. } = r else {
            if shape_of(r.ty())?.size == 0 {
                return Ok(());
            }
            return Err(err(Code::Rvalue, "internal: array not in memory", ""));
        };
        let (ety, stride) = super::memory::element(ty)?;
        if n == 0 || stride == 0 {
            return Ok(());
        }
        let v = self.operand_val(o)?;
        let start = self.address(base, off)?;
        self.write_ref(&PlaceRef::Mem { base: start, off: 0, ty: ety, variant: None, meta: None }, v)?;
        let mut done = 1u64;
        while done < n {
            let k = done.min(n - done);
            let dst = self.address(start, (done * stride as u64) as u32)?;
            let bytes = self.iconst(Type::I32, (k * stride as u64) as i64)?;
            self.copy_bytes(dst, start, bytes)?;
            done += k;
        }
        Ok(())
    }

    fn adt_kind(&self, ty: Ty) -> Option<AdtKind> {
        match ty.kind() {
            rustc_public::ty::TyKind::RigidTy(rustc_public::ty::RigidTy::Adt(adt, _)) => Some(adt.kind()),
            _ => None,
        }
    }

    /// The type of field `f` of a tuple, closure, struct, union or enum variant.
    fn field_ty(&self, ty: Ty, variant: Option<rustc_public::ty::VariantIdx>, f: usize) -> DResult<Ty> {
        use rustc_public::ty::{RigidTy, TyKind};
        let bad = || err(Code::Rvalue, format!("no field {f} in `{ty}`"), "");
        match ty.kind() {
            TyKind::RigidTy(RigidTy::Tuple(ts)) => ts.get(f).copied().ok_or_else(bad),
            TyKind::RigidTy(RigidTy::Adt(adt, args)) => {
                let v = match variant {
                    Some(v) => adt.variant(v).ok_or_else(bad)?,
                    None => adt.variants_iter().next().ok_or_else(bad)?,
                };
                Ok(v.fields().get(f).ok_or_else(bad)?.ty_with_args(&args))
            }
            TyKind::RigidTy(RigidTy::Closure(_, args)) => {
                // The closure's captures: the last generic argument is the tuple of upvar types.
                let tupled = args.0.last().and_then(|a| a.ty().copied()).ok_or_else(bad)?;
                match tupled.kind() {
                    TyKind::RigidTy(RigidTy::Tuple(ts)) => ts.get(f).copied().ok_or_else(bad),
                    _ => Err(bad()),
                }
            }
            _ => Err(bad()),
        }
    }

    /// Field `f` of a resolved place (of variant `variant`).
    fn sub_field(
        &mut self,
        r: &PlaceRef,
        variant: Option<rustc_public::ty::VariantIdx>,
        f: usize,
        fty: Ty,
    ) -> DResult<PlaceRef> {
        let r = match (r.clone(), variant) {
            (PlaceRef::Vars { ty, vars, .. }, Some(v)) => PlaceRef::Vars { ty, variant: Some(v), vars },
            (PlaceRef::Mem { base, off, ty, meta, .. }, Some(v)) => {
                PlaceRef::Mem { base, off, ty, variant: Some(v), meta }
            }
            (r, None) => r,
        };
        self.project(r, &rustc_public::mir::ProjectionElem::Field(f, fty))
    }
}

/// The variant name of an rvalue, for diagnostics (its `Debug` form includes the operands).
fn rvalue_name(r: &Rvalue) -> &'static str {
    match r {
        Rvalue::AddressOf(..) => "AddressOf",
        Rvalue::Aggregate(..) => "Aggregate",
        Rvalue::BinaryOp(..) => "BinaryOp",
        Rvalue::Cast(..) => "Cast",
        Rvalue::CheckedBinaryOp(..) => "CheckedBinaryOp",
        Rvalue::CopyForDeref(..) => "CopyForDeref",
        Rvalue::Discriminant(..) => "Discriminant",
        Rvalue::Len(..) => "Len",
        Rvalue::Ref(..) => "Ref",
        Rvalue::Repeat(..) => "Repeat",
        Rvalue::ThreadLocalRef(..) => "ThreadLocalRef",
        Rvalue::UnaryOp(..) => "UnaryOp",
        Rvalue::Use(..) => "Use",
        Rvalue::Reborrow(..) => "Reborrow",
        #[allow(unreachable_patterns)]
        _ => "?",
    }
}
