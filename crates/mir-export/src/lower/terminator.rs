//! MIR terminators: `Goto`, `SwitchInt`, `Return`, `Assert` (trap instructions), `Call` (module
//! functions, imports, intrinsics, panics), `Drop` of types without drop glue, and the ones that
//! only trap (`Unreachable`, `Abort`).

use super::builder::IntOp;
use super::index::{Local, MirBlock};
use super::{Lower, err, pos_of};
use crate::diag::{Code, DResult};
use crate::index::Idx;
use crate::shape::shape_of;
use rustc_public::mir::mono::{Instance, InstanceKind};
use rustc_public::mir::{Operand, Place, SwitchTargets, TerminatorKind};
use rustc_public::ty::{RigidTy, TyKind};
use wasmir_syntax::ir::{Block, BlockCall, Type};

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
                let vs = self.read_place(&Place::from(Local::RETURN.index()))?;
                self.fb.ret(&vs)?;
            }
            TerminatorKind::Unreachable | TerminatorKind::Abort => self.fb.trap()?,
            TerminatorKind::Assert { cond, expected, target, msg, .. } => {
                if !self.fused_asserts.contains(&mb) && !self.assert_elided(msg) {
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
                if shape_of(ty).is_ok() {
                    // Integers, tuples and enums of integers have no drop glue.
                    self.br(MirBlock::new(*target))?;
                } else {
                    return Err(err(Code::Terminator, "unsupported MIR terminator `Drop`", ""));
                }
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
        let TyKind::RigidTy(RigidTy::FnDef(def, gargs)) = fty.kind() else {
            return Err(err(
                Code::Callee,
                format!("unsupported call through a value of type `{fty}`"),
                "function pointers and closures are not exported yet",
            ));
        };
        let inst = Instance::resolve(def, &gargs)
            .map_err(|e| err(Code::Callee, format!("cannot resolve callee `{}`: {e:?}", def_name(def)), ""))?;
        let callee_name = inst.name();
        let krate = rustc_public::CrateDef::krate(&def).name;
        let finish = |this: &mut Self| -> DResult<()> {
            match target {
                Some(t) => this.br(t),
                None => Ok(this.fb.trap()?),
            }
        };
        // Panics: every function of `core::panicking`, and any diverging function of `core`.
        if callee_name.starts_with("core::panicking::")
            || (krate == "core" && target.is_none() && inst.kind != InstanceKind::Intrinsic)
        {
            self.fb.trap()?;
            return Ok(());
        }
        if inst.kind == InstanceKind::Intrinsic {
            let name = inst.intrinsic_name().unwrap_or_default();
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
        if matches!(inst.kind, InstanceKind::Virtual { .. }) {
            return Err(err(Code::Callee, format!("unsupported virtual call to `{callee_name}`"), ""));
        }
        let pos = self.cur_span.map(pos_of);
        let callee = self.res.callee(inst, pos)?;
        let mut avals = vec![];
        for a in args {
            avals.extend(self.operand(a)?);
        }
        let (_, vars) = self.place_vars(dest)?;
        let tys: Vec<Type> = vars.iter().map(|v| self.var_kinds[*v].wty()).collect();
        let dsts = self.fb.call(callee, &avals, &tys)?;
        for (var, v) in vars.into_iter().zip(dsts) {
            self.def_var(var, v)?;
        }
        finish(self)
    }
}

/// The name of a function definition, for diagnostics.
fn def_name(def: rustc_public::ty::FnDef) -> String {
    rustc_public::CrateDef::name(&def)
}
