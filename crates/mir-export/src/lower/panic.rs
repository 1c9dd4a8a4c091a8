//! Panics with messages (`--panic=message`): `Assert` terminators that call core's panic lang
//! items instead of trapping, the caller location of `#[track_caller]` functions (an extra
//! trailing `ptr` parameter, as rustc's ABI adds it), and `core::intrinsics::caller_location`.
//! Locations are rustc's own constants (`span_as_caller_location`), found the way rustc's codegen
//! finds them (`Body::caller_location_span`, through inlined `#[track_caller]` scopes).

use super::index::MirBlock;
use super::memory::Val;
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::index::Idx;
use rustc_middle::mir::ConstValue;
use rustc_middle::mir::interpret::Scalar;
use rustc_public::mir::mono::Instance;
use rustc_public::mir::{AssertMessage, Operand};
use rustc_public::rustc_internal;
use rustc_public::ty::Ty;
use wasmir_syntax::ir::{Type, Value};

/// Whether calls of `inst` pass a caller location (`#[track_caller]`, rustc's
/// `Instance::requires_caller_location`), which then is its last parameter.
pub(super) fn requires_caller_location(tcx: rustc_middle::ty::TyCtxt<'_>, inst: &Instance) -> bool {
    let i = rustc_internal::internal(tcx, *inst);
    i.def.requires_caller_location(tcx)
}

impl Lower<'_, '_, '_> {
    /// The `&'static Location` of the terminator of MIR block `mb`: the incoming caller location
    /// when the terminator is in this function's own `#[track_caller]` scope, else the constant
    /// of the innermost call site outside inlined `#[track_caller]` functions.
    pub(super) fn caller_location(&mut self, mb: MirBlock) -> DResult<Value> {
        let tcx = self.tcx;
        let inst = rustc_internal::internal(tcx, self.inst);
        let body = tcx.instance_mir(inst.def);
        let bb = rustc_middle::mir::BasicBlock::from_usize(mb.index());
        let term = body.basic_blocks[bb].terminator();
        let mut si = term.source_info;
        // A call's location is its `fn_span` (the method name on), as rustc's codegen takes it.
        if let rustc_middle::mir::TerminatorKind::Call { fn_span, .. } = term.kind {
            si.span = fn_span;
        }
        let span = body.caller_location_span(si, self.caller_loc.map(|_| None), tcx, Some);
        let Some(span) = span else {
            return self.caller_loc.ok_or_else(|| err(Code::Terminator, "internal: no caller location", ""));
        };
        let ConstValue::Scalar(Scalar::Ptr(ptr, _)) = tcx.span_as_caller_location(span) else {
            return Err(err(Code::Constant, "internal: caller location is not a pointer", ""));
        };
        let (prov, off) = ptr.into_raw_parts();
        let alloc: rustc_public::mir::alloc::AllocId = rustc_internal::stable(prov.alloc_id());
        let d = self.res.data_for_alloc(alloc)?;
        self.data_addr(d, off.bytes() as u32)
    }

    /// The failure of `Assert` in block `mb` with `--panic=message`: a call of the lang item
    /// rustc's codegen calls (`panic_bounds_check(index, len)`, `panic_const_add_overflow()`...,
    /// each `#[track_caller]`), which never returns; then a trap.
    pub(super) fn assert_failed(&mut self, mb: MirBlock, msg: &AssertMessage) -> DResult<()> {
        let tcx = self.tcx;
        let inst = rustc_internal::internal(tcx, self.inst);
        let body = tcx.instance_mir(inst.def);
        let bb = rustc_middle::mir::BasicBlock::from_usize(mb.index());
        let term = body.basic_blocks[bb].terminator();
        let rustc_middle::mir::TerminatorKind::Assert { msg: imsg, .. } = &term.kind else {
            return Err(err(Code::Terminator, "internal: the terminator is not `Assert`", ""));
        };
        use rustc_hir::LangItem;
        let lang = match &**imsg {
            rustc_middle::mir::AssertKind::BoundsCheck { .. } => LangItem::PanicBoundsCheck,
            rustc_middle::mir::AssertKind::MisalignedPointerDereference { .. } => {
                LangItem::PanicMisalignedPointerDereference
            }
            k => k.panic_function(),
        };
        let item = tcx.require_lang_item(lang, term.source_info.span);
        let callee: Instance = rustc_internal::stable(rustc_middle::ty::Instance::mono(tcx, item));
        let ops: Vec<&Operand> = match msg {
            AssertMessage::BoundsCheck { len, index } => vec![index, len],
            AssertMessage::MisalignedPointerDereference { required, found } => vec![required, found],
            AssertMessage::InvalidEnumConstruction(o) => vec![o],
            _ => vec![],
        };
        let mut vals: Vec<(Ty, Val)> = vec![];
        for o in ops {
            vals.push((self.operand_ty(o)?, self.operand_val(o)?));
        }
        self.call_instance(callee, vals, None)?;
        Ok(self.fb.trap()?)
    }

    /// Branches on `c`: on to a new block when `c == expected`, else to a new block where
    /// `fail` runs (it must end the block: it diverges). Both blocks have one predecessor, the
    /// current block, filled here, so they are sealed at once; lowering continues in the first.
    pub(super) fn unless(
        &mut self,
        c: Value,
        expected: bool,
        fail: impl FnOnce(&mut Self) -> DResult<()>,
    ) -> DResult<()> {
        let ok = self.fb.create_block();
        let bad = self.fb.create_block();
        if expected {
            self.fb.br_if(c, ok, &[], bad, &[])?;
        } else {
            self.fb.br_if(c, bad, &[], ok, &[])?;
        }
        self.fb.switch_to_block(bad)?;
        self.seal(bad)?;
        fail(self)?;
        self.fb.switch_to_block(ok)?;
        self.seal(ok)?;
        Ok(())
    }

    /// A direct call of `callee` with `vals`, adding the caller location when the callee takes
    /// one (`--panic=message`); the result goes to `dest`.
    pub(super) fn call_instance(
        &mut self,
        callee: Instance,
        mut vals: Vec<(Ty, Val)>,
        dest: Option<&rustc_public::mir::Place>,
    ) -> DResult<()> {
        if self.message && requires_caller_location(self.tcx, &callee) {
            let mb = self.cur_block.ok_or_else(|| err(Code::Terminator, "internal: no current block", ""))?;
            let loc = self.caller_location(mb)?;
            let ptr = Ty::new_ptr(Ty::new_tuple(&[]), rustc_public::mir::Mutability::Not);
            vals.push((ptr, Val::Leaves(vec![loc])));
        }
        let pos = self.cur_span.map(super::pos_of);
        let f = self.res.callee(callee, pos)?;
        let aware = self.res.linearity().aware(&rustc_public::CrateDef::krate(&callee.def).name);
        self.emit_call_kinds(super::terminator::CallTarget::Direct(f), vals, dest, aware)
    }
}

/// The WasmIR type of a caller location parameter.
pub(super) const LOCATION_TYPE: Type = Type::Ptr;
