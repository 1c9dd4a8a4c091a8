//! MIR terminators: `Goto`, `SwitchInt`, `Return`, `Assert` (trap instructions), `Call` (module
//! functions, imports, intrinsics, panics), `Drop` of types without drop glue, and the ones that
//! only trap (`Unreachable`, `Abort`).

use super::builder::IntOp;
use super::index::{Local, MirBlock};
use super::memory::{self, PlaceRef, Val};
use super::{Lower, err, pos_of};
use crate::diag::{Code, DResult};
use crate::index::Idx;
use crate::shape::shape_of;
use rustc_public::mir::mono::{Instance, InstanceKind};
use rustc_public::mir::{Operand, Place, SwitchTargets, TerminatorKind};
use rustc_public::ty::{RigidTy, Ty, TyKind};
use wasmir_syntax::ir::{Block, BlockCall, Opcode, Type, Value};

impl Lower<'_, '_, '_> {
    /// A branch to the WasmIR block of MIR block `mb` (the builder passes the arguments of the
    /// parameters it adds for variables).
    fn target(&self, mb: MirBlock) -> DResult<BlockCall> {
        Ok(BlockCall { block: self.wb(mb)?, args: vec![] })
    }

    /// `br` to the WasmIR block of MIR block `mb`.
    fn br(&mut self, mb: MirBlock) -> DResult<()> {
        let t: Block = self.wb(mb)?;
        Ok(self.fb.br(t, &[])?)
    }

    /// Lowers the terminator of MIR block `mb`.
    pub(super) fn terminator(&mut self, mb: MirBlock) -> DResult<()> {
        let body = self.body;
        match &self.mir_block(mb).terminator.kind {
            TerminatorKind::Goto { target } => self.br(MirBlock::new(*target))?,
            TerminatorKind::SwitchInt { discr, targets } => self.switch(discr, targets)?,
            TerminatorKind::Return => {
                // A memory-form result is already in the caller's place (`sret`).
                let vs = if self.locals[Local::RETURN].0.in_memory() {
                    vec![]
                } else {
                    self.read_place(&Place::from(Local::RETURN.index()))?
                };
                self.fb.ret(&vs)?;
            }
            TerminatorKind::Unreachable | TerminatorKind::Abort => self.fb.trap()?,
            TerminatorKind::Assert { cond, expected, target, msg, .. } => {
                if self.message && !self.assert_elided(msg) {
                    // The fused trapping operator (if any) still traps first; a failure it does
                    // not catch calls core's panic function for this assertion.
                    let (c, _) = self.scalar(cond)?;
                    self.unless(c, *expected, |this| this.assert_failed(mb, msg))?;
                } else if !self.fused_asserts.contains(&mb) && !self.assert_elided(msg) {
                    let (c, _) = self.scalar(cond)?;
                    // Trap when `cond != expected`.
                    if *expected { self.fb.trapz(c)? } else { self.fb.trapnz(c)? }
                }
                self.br(MirBlock::new(*target))?;
            }
            TerminatorKind::Call { func, args, destination, target, .. } => {
                self.call(func, args, destination, target.map(MirBlock::new))?
            }
            TerminatorKind::Drop { place, target, .. } => {
                let ty = place.ty(body.locals()).map_err(|e| err(Code::Terminator, format!("{e:?}"), ""))?;
                if needs_drop(self.tcx, ty) {
                    self.drop_place(place, ty)?;
                }
                self.br(MirBlock::new(*target))?;
            }
            TerminatorKind::Resume => {
                return Err(err(
                    Code::Terminator,
                    "unsupported MIR terminator `Resume`",
                    "compile with `-C panic=abort`",
                ));
            }
            TerminatorKind::InlineAsm { .. } => {
                return Err(err(Code::Terminator, "unsupported MIR terminator `InlineAsm`", ""));
            }
        }
        Ok(())
    }

    /// `SwitchInt`: `switch`, or `br_if` for a test against 0.
    fn switch(&mut self, discr: &Operand, targets: &SwitchTargets) -> DResult<()> {
        let (v, k) = self.scalar(discr)?;
        let otherwise = self.target(MirBlock::new(targets.otherwise()))?;
        let branches: Vec<(u128, MirBlock)> = targets.branches().map(|(val, b)| (val, MirBlock::new(b))).collect();
        if branches.len() == 1 && branches[0].0 == 0 && k.wty() == Type::I32 {
            // `switchInt(c) -> [0: a, otherwise: b]` is `br_if c, b, a`.
            let zero = self.target(branches[0].1)?;
            self.fb.br_if(v, otherwise.block, &[], zero.block, &[])?;
            return Ok(());
        }
        if k.wty() == Type::I128 {
            // `switch` takes i32 or i64: number the cases (they are distinct, so at most one
            // compares equal) and switch on that number, keeping the block's successors.
            let mut idx = self.iconst(Type::I32, 0)?;
            let mut cases = Vec::with_capacity(branches.len());
            for (i, (val, b)) in branches.iter().enumerate() {
                let c = self.kconst(k, *val)?;
                let eq = self.op2(k, IntOp::Eq, v, c)?;
                let n = self.iconst(Type::I32, i as i64 + 1)?;
                idx = self.select(Type::I32, eq, n, idx)?;
                cases.push((i as u64 + 1, self.target(*b)?));
            }
            self.fb.switch(idx, otherwise, cases)?;
            return Ok(());
        }
        let cases =
            branches.iter().map(|(val, b)| Ok((k.case_bits(*val), self.target(*b)?))).collect::<DResult<_>>()?;
        self.fb.switch(v, otherwise, cases)?;
        Ok(())
    }

    /// `Call` of a `FnDef`: a panic (trap), an intrinsic, or a call of a module function or
    /// import named by the resolver; then a branch to `target` (a trap if it diverges).
    fn call(&mut self, func: &Operand, args: &[Operand], dest: &Place, target: Option<MirBlock>) -> DResult<()> {
        let fty = self.operand_ty(func)?;
        let finish = |this: &mut Self| -> DResult<()> {
            match target {
                Some(t) => this.br(t),
                None => Ok(this.fb.trap()?),
            }
        };
        let (def, gargs) = match fty.kind() {
            TyKind::RigidTy(RigidTy::FnDef(def, gargs)) => (def, gargs),
            TyKind::RigidTy(RigidTy::FnPtr(sig)) => {
                // A call through a function pointer: its table index, the signature from the type.
                let _ = sig;
                let (inputs, output, rust_call) = self.call_sig(fty);
                let wsig = super::ptr_signature(&inputs, output, rust_call)?;
                let p = self.operand(func)?[0];
                let idx = self.op(Opcode::PtrToInt, &[p])?;
                let sig_id = self.res.sig_id(wsig);
                let table = self.res.fn_table();
                let vals = self.call_args(args, rust_call)?;
                self.emit_call(CallTarget::Indirect { table, sig: sig_id, index: idx }, vals, Some(dest))?;
                return finish(self);
            }
            _ => {
                return Err(err(
                    Code::Callee,
                    format!("unsupported call through a value of type `{fty}`"),
                    "calls go to fn items, fn pointers and trait objects' methods",
                ));
            }
        };
        let inst = Instance::resolve(def, &gargs)
            .map_err(|e| err(Code::Callee, format!("cannot resolve callee `{}`: {e:?}", def_name(def)), ""))?;
        // A struct or enum-variant constructor (`Some`, `E::A`, used as a function value: `.map(Some)`)
        // is the aggregate itself; rustc has no MIR of other crates' constructors to export.
        if let Some(variant) = self.constructor_variant(&inst) {
            let dty = dest.ty(self.body.locals()).map_err(|e| err(Code::Terminator, format!("{e:?}"), ""))?;
            let TyKind::RigidTy(RigidTy::Adt(adt, gargs)) = dty.kind() else {
                return Err(err(Code::Callee, format!("constructor `{}` of a non-ADT type `{dty}`", inst.name()), ""));
            };
            use rustc_public_bridge::IndexedVal;
            let kind = rustc_public::mir::AggregateKind::Adt(
                adt,
                rustc_public::ty::VariantIdx::to_val(variant),
                gargs,
                None,
                None,
            );
            self.aggregate(dest, &kind, args)?;
            return finish(self);
        }
        let callee_name = inst.name();
        let krate = rustc_public::CrateDef::krate(&def).name;
        // Panics: every function of `core::panicking`, and any diverging function of `core`,
        // trap at once; with `--panic=message` they run, and core's `panic_impl` (the
        // `#[panic_handler]`) is the report of the message to the host, then a trap.
        if self.message {
            if krate == "core" && inst.is_foreign_item() && callee_name.ends_with("::panic_impl") {
                let report = self.res.panic_report()?;
                let vals = self.call_args(args, false)?;
                self.emit_call(CallTarget::Direct(report), vals, None)?;
                self.fb.trap()?;
                return Ok(());
            }
        } else if callee_name.starts_with("core::panicking::")
            || (krate == "core" && target.is_none() && inst.kind != InstanceKind::Intrinsic)
        {
            self.fb.trap()?;
            return Ok(());
        }
        if inst.kind == InstanceKind::Intrinsic {
            let name = inst.intrinsic_name().unwrap_or_default();
            if let Some(ok) = self.validity_check(&name, &inst) {
                // Decided at compile time, as rustc's codegen does: nothing, or a panic.
                if ok? {
                    return finish(self);
                }
                self.fb.trap()?;
                return Ok(());
            }
            // An intrinsic with a body in core (`carrying_mul_add`, `type_id_eq`...) that is not
            // lowered here is a call of that body, as rustc's codegen backends do.
            if !super::intrinsic::lowered_natively(&name)
                && let Some(body) = self.intrinsic_fallback(&inst)
            {
                let pos = self.cur_span.map(pos_of);
                let callee = self.res.callee(body, pos)?;
                let vals = self.call_args(args, false)?;
                self.emit_call(CallTarget::Direct(callee), vals, Some(dest))?;
                return finish(self);
            }
            if let Some(v) = self.memory_intrinsic(&name, args)? {
                self.write_val(dest, v)?;
                return finish(self);
            }
            let vals = self.intrinsic(&name, args, dest)?;
            match vals {
                None => self.fb.trap()?,
                Some(vals) => {
                    self.write_place(dest, vals)?;
                    finish(self)?;
                }
            }
            return Ok(());
        }
        if let InstanceKind::Virtual { idx } = inst.kind {
            self.virtual_call(fty, idx, args, dest, &callee_name)?;
            return finish(self);
        }
        // `<T as wasm::Linear>::consume(x)`: the discharge of a linear value, `drop` of its
        // linear leaves instead of a call (issue 8, design O11).
        if krate == "wasm"
            && (callee_name.ends_with("wasm::Linear>::consume") || callee_name.ends_with("Linear::consume"))
        {
            let vals = self.call_args(args, false)?;
            for (_, v) in vals {
                if let Val::Leaves(l) = v {
                    for lv in l {
                        if self.fb.body().kinds[lv] == wasmir_syntax::ir::Kind::Linear {
                            self.fb.ins_own(wasmir_syntax::ir::OwnOp::Drop, lv)?;
                        }
                    }
                }
            }
            self.moved.clear();
            return finish(self);
        }
        // `rust-call`: the last argument, a tuple, is passed as its fields (see `signature`).
        let (_, _, rust_call) = self.call_sig(fty);
        let vals = self.call_args(args, rust_call)?;
        self.call_instance(inst, vals, Some(dest))?;
        finish(self)
    }

    /// The inputs, output and `rust-call`-ness of the signature of callee type `fty` (a fn
    /// pointer or fn item), with late-bound regions erased and projections normalized.
    ///
    /// rustc_middle fallback: rustc_public's `fn_sig` keeps the binder's regions (`Formatter<'^0>`,
    /// whose layout rustc refuses) and the projections of a trait method with `Self = dyn Trait`
    /// (`<dyn Fn(u32) -> u32 as FnOnce<(u32,)>>::Output`), which it cannot convert.
    fn call_sig(&self, fty: Ty) -> (Vec<Ty>, Ty, bool) {
        let tcx = self.tcx;
        let t = rustc_public::rustc_internal::internal(tcx, fty);
        let env = rustc_middle::ty::TypingEnv::fully_monomorphized();
        let sig = tcx.normalize_erasing_late_bound_regions(env, t.fn_sig(tcx));
        let stable = |t: rustc_middle::ty::Ty<'_>| -> Ty { rustc_public::rustc_internal::stable(t) };
        let inputs: Vec<Ty> = sig.inputs().iter().map(|t| stable(*t)).collect();
        (inputs, stable(sig.output()), sig.abi() == rustc_abi::ExternAbi::RustCall)
    }

    /// The variant index when `inst` is a tuple-struct or tuple-variant constructor (rustc_middle
    /// fallback: rustc_public does not tell constructors from functions).
    fn constructor_variant(&self, inst: &Instance) -> Option<usize> {
        use rustc_middle::ty::InstanceKind as K;
        let tcx = self.tcx;
        let i = rustc_public::rustc_internal::internal(tcx, *inst);
        let K::Item(def) = i.def else { return None };
        let rustc_hir::def::DefKind::Ctor(of, rustc_hir::def::CtorKind::Fn) = tcx.def_kind(def) else { return None };
        let adt_def_id = match of {
            rustc_hir::def::CtorOf::Struct => tcx.parent(def),
            rustc_hir::def::CtorOf::Variant => tcx.parent(tcx.parent(def)),
        };
        let adt = tcx.adt_def(adt_def_id);
        Some(adt.variant_index_with_ctor_id(def).as_usize())
    }

    /// The instance of intrinsic `inst`'s fallback body (its `#[rustc_intrinsic]` function's own
    /// MIR), if it has one (rustc_middle fallback: rustc_public does not say).
    fn intrinsic_fallback(&self, inst: &Instance) -> Option<Instance> {
        let tcx = self.tcx;
        let def = rustc_public::rustc_internal::internal(tcx, rustc_public::CrateDef::def_id(&inst.def));
        let intrinsic = tcx.intrinsic(def)?;
        if intrinsic.must_be_overridden {
            return None;
        }
        let args = rustc_public::rustc_internal::internal(tcx, inst.args());
        let item = rustc_middle::ty::Instance::new_raw(def, args);
        let item: Instance = rustc_public::rustc_internal::stable(item);
        item.has_body().then_some(item)
    }

    /// A call of trait method slot `idx` through a `dyn Trait` receiver (rustc's
    /// `InstanceKind::Virtual`): the function pointer at `idx` pointers into the receiver's
    /// vtable, called with the receiver's data pointer as `self` (the concrete method takes a
    /// thin `&T`), the other arguments as they are.
    fn virtual_call(&mut self, fty: Ty, idx: usize, args: &[Operand], dest: &Place, name: &str) -> DResult<()> {
        let unsupported = |why: &str| {
            err(Code::Callee, format!("unsupported virtual call to `{name}`"), format!("the receiver {why}"))
        };
        let (inputs, output, rust_call) = self.call_sig(fty);
        let mut vals = self.call_args(args, rust_call)?;
        let Some((_, Val::Leaves(recv))) = vals.first().cloned() else {
            return Err(unsupported("is not a pointer"));
        };
        let [data, vtable] = recv[..] else {
            return Err(unsupported("is not a `&dyn`, `&mut dyn` or `*const dyn` pointer"));
        };
        let thin = Ty::new_ptr(Ty::new_tuple(&[]), rustc_public::mir::Mutability::Mut);
        vals[0] = (thin, Val::Leaves(vec![data]));
        let mut inputs = inputs;
        if let Some(first) = inputs.first_mut() {
            *first = thin;
        }
        let wsig = super::ptr_signature(&inputs, output, rust_call)?;
        let f = self.load_scalar(crate::shape::Kind::Ptr, vtable, (idx * 4) as u32)?;
        let index = self.op(Opcode::PtrToInt, &[f])?;
        let sig_id = self.res.sig_id(wsig);
        let table = self.res.fn_table();
        self.emit_call(CallTarget::Indirect { table, sig: sig_id, index }, vals, Some(dest))
    }

    /// `assert_inhabited::<T>`, `assert_zero_valid::<T>`, `assert_mem_uninitialized_valid::<T>`:
    /// whether `T` passes (rustc_middle fallback: `check_validity_requirement`, which rustc's
    /// codegen asks); `None` for other intrinsics.
    fn validity_check(&self, name: &str, inst: &Instance) -> Option<DResult<bool>> {
        use rustc_middle::ty::layout::ValidityRequirement as V;
        let req = match name {
            "assert_inhabited" => V::Inhabited,
            "assert_zero_valid" => V::Zero,
            "assert_mem_uninitialized_valid" => V::UninitMitigated0x01Fill,
            _ => return None,
        };
        let t = inst.args().0.first().and_then(|a| a.ty().copied());
        let Some(t) = t else { return Some(Err(err(Code::Intrinsic, format!("`{name}` without a type"), ""))) };
        let t = rustc_public::rustc_internal::internal(self.tcx, t);
        let env = rustc_middle::ty::TypingEnv::fully_monomorphized();
        Some(Ok(self.tcx.check_validity_requirement((req, env.as_query_input(t))).unwrap_or(false)))
    }

    /// The arguments of a call with their types; under `rust_call` a memory-form tuple as last
    /// argument is split into its fields.
    fn call_args(&mut self, args: &[Operand], rust_call: bool) -> DResult<Vec<(Ty, Val)>> {
        let mut vals = vec![];
        self.moved.clear();
        for (i, a) in args.iter().enumerate() {
            let v = self.operand_val(a)?;
            if let (Operand::Move(_), Val::Leaves(l)) = (a, &v) {
                self.moved.extend(l.iter().copied());
            }
            match v {
                Val::Ref(addr) if rust_call && i + 1 == args.len() => {
                    let ty = self.operand_ty(a)?;
                    let ftys = crate::shape::struct_fields(ty).unwrap_or_default();
                    for (f, fty) in ftys.into_iter().enumerate() {
                        let off = memory::field_offset(ty, None, f)?;
                        let r = PlaceRef::Mem { base: addr, off, ty: fty, variant: None, meta: None };
                        vals.push((fty, self.read_ref(&r)?));
                    }
                }
                v => vals.push((self.operand_ty(a)?, v)),
            }
        }
        Ok(vals)
    }

    /// A call (design record M5): a memory-form result goes through a leading `sret` pointer to
    /// the destination; a memory-form argument is passed as the address of a copy the callee
    /// owns (rustc's `PassMode::Indirect`).
    pub(super) fn emit_call(&mut self, target: CallTarget, vals: Vec<(Ty, Val)>, dest: Option<&Place>) -> DResult<()> {
        self.emit_call_kinds(target, vals, dest, false)
    }

    /// [`emit_call`](Self::emit_call) of a callee that carries ownership kinds (`aware`, see
    /// `linear.rs`) or not. At the boundary the kinds are converted (issue 8, design O11):
    /// trivial bits passed where the callee takes a linear value are minted; a linear value
    /// moved into a callee that does not track it is dropped after the call (its obligation
    /// went with it, as into an import); the callee's linear results are linear values here.
    pub(super) fn emit_call_kinds(
        &mut self,
        target: CallTarget,
        vals: Vec<(Ty, Val)>,
        dest: Option<&Place>,
        aware: bool,
    ) -> DResult<()> {
        let dest_shape = match dest {
            Some(d) => shape_of(d.ty(self.body.locals()).map_err(|e| err(Code::Terminator, format!("{e:?}"), ""))?)?,
            None => shape_of(Ty::new_tuple(&[]))?,
        };
        let mut avals = vec![];
        if let (true, Some(d)) = (dest_shape.in_memory(), dest) {
            let PlaceRef::Mem { base, off, .. } = self.resolve(d)? else {
                return Err(err(Code::Terminator, "internal: memory-form destination in SSA", ""));
            };
            avals.push(self.address(base, off)?);
        }
        let mut drops = vec![];
        for (ty, v) in vals {
            match v {
                Val::Leaves(l) => {
                    let lin = if aware && self.aware { self.res.linearity().leaves(ty)? } else { vec![] };
                    for (k, lv) in l.into_iter().enumerate() {
                        let want = lin.get(k) == Some(&true);
                        let have = self.fb.body().kinds[lv] == wasmir_syntax::ir::Kind::Linear;
                        if want && !have {
                            let minted = self.fb.ins_own(wasmir_syntax::ir::OwnOp::Linear, lv)?;
                            avals.push(minted.ok_or_else(|| crate::diag::Diag::internal("`linear` made no value"))?);
                            continue;
                        }
                        if !want && have && self.moved.contains(&lv) {
                            drops.push(lv);
                        }
                        avals.push(lv);
                    }
                }
                Val::Ref(src) => {
                    let sh = shape_of(ty)?;
                    let tmp = self.temp_slot(&sh)?;
                    let n = self.iconst(Type::I32, sh.size as i64)?;
                    self.copy_bytes(tmp, src, n)?;
                    avals.push(tmp);
                }
            }
        }
        let tys: Vec<Type> =
            if dest_shape.in_memory() { vec![] } else { dest_shape.leaves.iter().map(|(k, _)| k.wty()).collect() };
        let results = match target {
            CallTarget::Direct(f) => self.fb.call(f, &avals, &tys)?,
            CallTarget::Indirect { table, sig, index } => self.fb.call_indirect(table, sig, index, &avals, &tys)?,
        };
        self.moved.clear();
        for v in drops {
            self.fb.ins_own(wasmir_syntax::ir::OwnOp::Drop, v)?;
        }
        if let (true, true, false, Some(d)) = (aware, self.aware, dest_shape.in_memory(), dest) {
            let dty = d.ty(self.body.locals()).map_err(|e| err(Code::Terminator, format!("{e:?}"), ""))?;
            if self.res.linearity().contains(dty) {
                let lin = self.res.linearity().leaves(dty)?;
                self.mark_linear(&results, &lin);
            }
        }
        if let (false, Some(d)) = (dest_shape.in_memory(), dest) {
            self.write_place(d, results)?;
        }
        Ok(())
    }

    /// Records that the leaves of `vals` marked in `lin` are linear values.
    fn mark_linear(&mut self, vals: &[wasmir_syntax::ir::Value], lin: &[bool]) {
        for (&v, &is) in vals.iter().zip(lin) {
            if is {
                self.fb.set_value_kind(v, wasmir_syntax::ir::Kind::Linear);
            }
        }
    }

    /// `Drop(place)`: a call of `drop_in_place::<T>` (rustc's drop glue shim) with the place's
    /// address (and metadata).
    fn drop_place(&mut self, place: &Place, ty: Ty) -> DResult<()> {
        if matches!(ty.kind(), TyKind::RigidTy(RigidTy::Dynamic(..))) {
            return self.drop_dyn(place);
        }
        let inst = Instance::resolve_drop_in_place(ty);
        let (a, meta) = match self.resolve(place)? {
            PlaceRef::Mem { base, off, meta, .. } => (self.address(base, off)?, meta),
            // A value kept in SSA variables is spilled to a fresh slot: the glue needs an address,
            // and after `Drop` the place is dead, so what the glue writes there is never read.
            r @ PlaceRef::Vars { .. } => {
                let v = self.read_ref(&r)?;
                let tmp = self.temp_slot(&shape_of(ty)?)?;
                let spilled = PlaceRef::Mem { base: tmp, off: 0, ty, variant: None, meta: None };
                self.write_ref(&spilled, v)?;
                (tmp, None)
            }
        };
        let pos = self.cur_span.map(pos_of);
        let callee = self.res.callee(inst, pos)?;
        let mut p = vec![a];
        p.extend(meta);
        let ptr_ty = Ty::new_ptr(ty, rustc_public::mir::Mutability::Mut);
        self.emit_call(CallTarget::Direct(callee), vec![(ptr_ty, Val::Leaves(p))], None)
    }

    /// `Drop` of a `dyn Trait` place: the drop glue in the first entry of its vtable, called
    /// with the data pointer, unless the entry is null (a type without drop glue), as rustc's
    /// codegen does (`drop_in_place::<dyn Trait>` itself would drop `*self` again).
    fn drop_dyn(&mut self, place: &Place) -> DResult<()> {
        let PlaceRef::Mem { base, off, meta: Some(vtable), .. } = self.resolve(place)? else {
            return Err(err(Code::Terminator, "internal: a `dyn` place without its vtable", ""));
        };
        let data = self.address(base, off)?;
        let f = self.load_scalar(crate::shape::Kind::Ptr, vtable, 0)?;
        let index = self.op(Opcode::PtrToInt, &[f])?;
        let call = self.fb.create_block();
        let join = self.fb.create_block();
        self.fb.br_if(index, call, &[], join, &[])?;
        self.fb.switch_to_block(call)?;
        self.seal(call)?;
        let sig = self.res.sig_id(wasmir_syntax::ir::Signature::new(vec![Type::Ptr], vec![]));
        let table = self.res.fn_table();
        self.fb.call_indirect(table, sig, index, &[data], &[])?;
        self.fb.br(join, &[])?;
        self.fb.switch_to_block(join)?;
        self.seal(join)?;
        Ok(())
    }

    /// The table index of `inst` as a function pointer value (`fn.index`, as a `ptr`: rustc's
    /// layout of `fn` pointers is a pointer).
    pub(super) fn fn_pointer(&mut self, inst: Instance) -> DResult<Value> {
        let pos = self.cur_span.map(pos_of);
        let func = self.res.callee(inst, pos)?;
        let table = self.res.fn_table();
        let i = self.fb.ins_op_imm(Opcode::FuncIndex, wasmir_syntax::ir::Imm::FuncIndex { table, func }, &[])?;
        let i = i.ok_or_else(|| err(Code::Cast, "internal: `fn.index` without result", ""))?;
        self.op(Opcode::PtrFromInt, &[i])
    }
}

/// What a call calls.
pub(super) enum CallTarget {
    Direct(wasmir_syntax::ir::FuncId),
    Indirect { table: wasmir_syntax::ir::TableId, sig: wasmir_syntax::ir::SigId, index: Value },
}

/// Whether dropping a `ty` runs code: rustc's `needs_drop` (rustc_middle fallback: rustc_public
/// does not expose it).
fn needs_drop(tcx: rustc_middle::ty::TyCtxt<'_>, ty: rustc_public::ty::Ty) -> bool {
    let t = rustc_public::rustc_internal::internal(tcx, ty);
    t.needs_drop(tcx, rustc_middle::ty::TypingEnv::fully_monomorphized())
}

/// The name of a function definition, for diagnostics.
fn def_name(def: rustc_public::ty::FnDef) -> String {
    rustc_public::CrateDef::name(&def)
}
