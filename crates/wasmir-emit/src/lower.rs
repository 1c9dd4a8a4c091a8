//! Structured items to wasm instructions (spec §7.4-§7.6).
//!
//! Every value lives in its local ([`crate::locals`]): an instruction pushes its operands with
//! `local.get`, runs, and stores its results with `local.set` (in reverse, for multi-value calls),
//! or `drop`s results nobody reads. One peephole keeps the code compact: a `local.get` right after
//! the `local.set` of the same value becomes `local.tee`, or disappears with the set when that was
//! the value's only read (the local then keeps its old content, which no one reads: every value
//! sharing the local is written before it is read, since definitions dominate uses).

use crate::checked;
use crate::error::{inst_span, malformed, unsupported, Broken};
use crate::locals::Locals;
use crate::structure::Item;
use cranelift_entity::SecondaryMap;
use std::borrow::Cow;
use wasm_encoder::{BlockType, Ieee32, Ieee64, Instruction as I};
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{Body, Constant, FuncId, FuncSpans, Inst, InstKind, Opcode, Type, Value};

/// What lowering one function needs to know about the module.
pub struct Env<'a> {
    /// The function's name, for diagnostics.
    pub name: &'a str,
    /// The body.
    pub body: &'a Body,
    /// Its spans.
    pub spans: &'a FuncSpans,
    /// The wasm function index of every function of the module.
    pub func_index: &'a SecondaryMap<FuncId, u32>,
}

/// Lowers `items` to the instructions of a wasm function body, ending with the body's `end`.
/// Adds the scratch locals it needs to `locals`.
pub fn run(env: &Env, items: &[Item], locals: &mut Locals) -> Result<Vec<I<'static>>, Diagnostic> {
    let mut l = Lower { env, locals, out: Vec::new(), pending: None };
    for item in items {
        l.item(item)?;
    }
    // Every structured path ends in a branch, `return` or `unreachable`, but after the `end` of a
    // construct wasm's validator no longer knows that the code is dead.
    if matches!(l.out.last(), None | Some(I::End)) {
        l.emit(I::Unreachable);
    }
    l.emit(I::End);
    let mut out = l.out;
    compact(&mut out, locals);
    Ok(out)
}

/// Removes the locals no instruction mentions (values whose only `local.set`/`local.get` pair the
/// peephole removed) and renumbers the others.
fn compact(out: &mut [I<'static>], locals: &mut Locals) {
    let mut used = vec![false; locals.types.len()];
    for i in out.iter() {
        if let I::LocalGet(l) | I::LocalSet(l) | I::LocalTee(l) = i {
            if let Some(u) = used.get_mut(*l as usize) {
                *u = true;
            }
        }
    }
    let map = locals.retain(&used);
    for i in out.iter_mut() {
        if let I::LocalGet(l) | I::LocalSet(l) | I::LocalTee(l) = i {
            if let Some(Some(n)) = map.get(*l as usize) {
                *l = *n;
            }
        }
    }
}

struct Lower<'a, 'e> {
    env: &'a Env<'e>,
    locals: &'a mut Locals,
    out: Vec<I<'static>>,
    /// The value whose `local.set` is the last instruction emitted, if any.
    pending: Option<Value>,
}

impl Lower<'_, '_> {
    fn emit(&mut self, i: I<'static>) {
        self.pending = None;
        self.out.push(i);
    }

    fn local(&self, v: Value, at: Option<Inst>) -> Result<u32, Diagnostic> {
        match self.locals.of.get(v).copied().flatten() {
            Some(l) => Ok(l),
            None => {
                let span = at.map_or(self.env.spans.name, |i| inst_span(self.env.spans, i));
                Err(malformed(self.env.name, Broken::UndefinedValue(v), span))
            }
        }
    }

    /// Pushes `v` (read by instruction `at`, if known: only for diagnostics).
    fn get(&mut self, v: Value, at: impl Into<Option<Inst>>) -> Result<(), Diagnostic> {
        if let Some(c) = self.locals.constant[v] {
            self.emit(const_inst(c));
            return Ok(());
        }
        let at = at.into();
        let l = self.local(v, at)?;
        if self.pending == Some(v) {
            self.out.pop();
            if self.locals.uses[v] != 1 {
                self.out.push(I::LocalTee(l));
            }
            self.pending = None;
        } else {
            self.emit(I::LocalGet(l));
        }
        Ok(())
    }

    /// Pops the value on top of the stack into `v`'s local, or drops it if nobody reads `v`.
    fn set(&mut self, v: Value) {
        match self.locals.of[v] {
            Some(l) => {
                self.emit(I::LocalSet(l));
                self.pending = Some(v);
            }
            None => self.emit(I::Drop),
        }
    }

    fn item(&mut self, item: &Item) -> Result<(), Diagnostic> {
        let body = self.env.body;
        match item {
            Item::Block => self.emit(I::Block(BlockType::Empty)),
            Item::Loop => self.emit(I::Loop(BlockType::Empty)),
            Item::If(c) => {
                self.get(*c, None)?;
                self.emit(I::If(BlockType::Empty));
            }
            Item::Else => self.emit(I::Else),
            Item::End => self.emit(I::End),
            Item::Body(b) => {
                let insts = &body.blocks[*b].insts;
                for &i in &insts[..insts.len().saturating_sub(1)] {
                    self.inst(i)?;
                }
            }
            Item::Copy { inst, target } => self.copy(*inst, *target)?,
            Item::Br(d) => self.emit(I::Br(*d)),
            Item::BrIf { cond, depth, negate } => {
                self.get(*cond, None)?;
                if *negate {
                    self.emit(I::I32Eqz);
                }
                self.emit(I::BrIf(*depth));
            }
            Item::Switch { inst, case_depths, default_depth } => self.switch(*inst, case_depths, *default_depth)?,
            Item::Return(inst) => {
                for &a in &body.insts[*inst].args {
                    self.get(a, *inst)?;
                }
                self.emit(I::Return);
            }
            Item::Trap => self.emit(I::Unreachable),
        }
        Ok(())
    }

    /// The parallel copy of a branch's arguments into its target's live parameters: all reads,
    /// then all writes in reverse, so `br ^l(%y, %x)` swaps. Pairs already in the same local are
    /// left out, which keeps the copy parallel since every read precedes every write.
    fn copy(&mut self, inst: Inst, target: usize) -> Result<(), Diagnostic> {
        let body = self.env.body;
        let targets = body.insts[inst].kind.targets();
        let Some(call) = targets.get(target) else {
            return Err(malformed(self.env.name, Broken::MissingTarget, inst_span(self.env.spans, inst)));
        };
        let mut dests = Vec::new();
        for (&arg, &param) in call.args.iter().zip(&body.blocks[call.block].params) {
            if !self.locals.live_param[param] {
                continue;
            }
            let to = self.local(param, Some(inst))?;
            let from = if self.locals.constant[arg].is_some() { None } else { Some(self.local(arg, Some(inst))?) };
            if from != Some(to) {
                self.get(arg, inst)?;
                dests.push(to);
            }
        }
        for &to in dests.iter().rev() {
            self.emit(I::LocalSet(to));
        }
        Ok(())
    }

    fn inst(&mut self, i: Inst) -> Result<(), Diagnostic> {
        let body = self.env.body;
        let data = &body.insts[i];
        match &data.kind {
            // Constants are pushed where they are read (see `get`).
            InstKind::Const(_) => {}
            InstKind::Op(op) => {
                let op = *op;
                if let Some(seq) = checked::sequence(op, |ty, k| self.locals.scratch(ty, k)) {
                    for &a in &data.args {
                        self.get(a, i)?;
                    }
                    for x in seq {
                        self.emit(x);
                    }
                } else if matches!(op, Opcode::I32Select | Opcode::I64Select | Opcode::F32Select | Opcode::F64Select) {
                    // IR `select %c, %a, %b` takes the condition first; wasm's takes it last.
                    for &a in [&data.args[1], &data.args[2], &data.args[0]] {
                        self.get(a, i)?;
                    }
                    self.emit(I::Select);
                } else {
                    let Some(x) = plain(op) else {
                        return Err(unsupported(self.env.name, op.name(), inst_span(self.env.spans, i)));
                    };
                    for &a in &data.args {
                        self.get(a, i)?;
                    }
                    self.emit(x);
                }
                self.set(data.results[0]);
            }
            InstKind::Call(f) => {
                for &a in &data.args {
                    self.get(a, i)?;
                }
                self.emit(I::Call(self.env.func_index[*f]));
                for &r in data.results.iter().rev() {
                    self.set(r);
                }
            }
            InstKind::TrapIf { nonzero } => {
                self.get(data.args[0], i)?;
                if !nonzero {
                    self.emit(I::I32Eqz);
                }
                self.emit(I::If(BlockType::Empty));
                self.emit(I::Unreachable);
                self.emit(I::End);
            }
            _ => return Err(malformed(self.env.name, Broken::EarlyTerminator, inst_span(self.env.spans, i))),
        }
        Ok(())
    }

    /// `switch` dispatch (spec §7.6): `br_table` when the cases are dense, else a chain of
    /// compares. Case values are bit patterns; a dense table covers `min..=max` (unsigned) after
    /// subtracting `min`, so values below `min` wrap around to large indices and reach the default.
    fn switch(&mut self, inst: Inst, case_depths: &[u32], default_depth: u32) -> Result<(), Diagnostic> {
        let body = self.env.body;
        let data = &body.insts[inst];
        let InstKind::Switch { cases, .. } = &data.kind else {
            return Err(malformed(self.env.name, Broken::SwitchMismatch, inst_span(self.env.spans, inst)));
        };
        let x = data.args[0];
        let ty = body.values[x].ty;
        let mask = if ty == Type::I32 { u32::MAX as u64 } else { u64::MAX };
        let vals: Vec<u64> = cases.iter().map(|(v, _)| v & mask).collect();
        let (Some(&min), Some(&max)) = (vals.iter().min(), vals.iter().max()) else {
            return Err(malformed(self.env.name, Broken::SwitchWithoutCases, inst_span(self.env.spans, inst)));
        };
        let range = max - min;
        self.get(x, inst)?;
        if is_dense(range, vals.len()) {
            let len = range as usize + 1;
            let mut table: Vec<Option<u32>> = vec![None; len];
            for (v, &d) in vals.iter().zip(case_depths) {
                // Case values are distinct in verified IR; should two be equal, the first wins,
                // as in the compare chain.
                let slot = &mut table[(v - min) as usize];
                if slot.is_none() {
                    *slot = Some(d);
                }
            }
            let table: Vec<u32> = table.into_iter().map(|d| d.unwrap_or(default_depth)).collect();
            if ty == Type::I32 {
                if min != 0 {
                    self.emit(I::I32Const(min as u32 as i32));
                    self.emit(I::I32Sub);
                }
            } else {
                // An i64 index is checked against the table length before it is wrapped to i32;
                // out of range, `select` picks the length itself, which `br_table` sends to default.
                let s = self.locals.scratch(Type::I64, 0);
                if min != 0 {
                    self.emit(I::I64Const(min as i64));
                    self.emit(I::I64Sub);
                }
                for x in [
                    I::LocalTee(s),
                    I::I32WrapI64,
                    I::I32Const(len as i32),
                    I::LocalGet(s),
                    I::I64Const(len as i64),
                    I::I64LtU,
                    I::Select,
                ] {
                    self.emit(x);
                }
            }
            self.emit(I::BrTable(Cow::Owned(table), default_depth));
        } else {
            let s = self.locals.scratch(ty, 0);
            self.emit(I::LocalSet(s));
            for (&v, &d) in vals.iter().zip(case_depths) {
                self.emit(I::LocalGet(s));
                if ty == Type::I32 {
                    self.emit(I::I32Const(v as u32 as i32));
                    self.emit(I::I32Eq);
                } else {
                    self.emit(I::I64Const(v as i64));
                    self.emit(I::I64Eq);
                }
                self.emit(I::BrIf(d));
            }
            self.emit(I::Br(default_depth));
        }
        Ok(())
    }
}

/// Whether a switch with `count` cases spanning `range` (max - min) gets a jump table: at most
/// `2 * count + 8` entries, so the table is never much larger than a compare chain.
pub(crate) fn is_dense(range: u64, count: usize) -> bool {
    // A table longer than V8 accepts (E0306) falls back to the compare chain: slower, but a valid
    // module for every engine (spec §7.6).
    range <= 2 * count as u64 + 8 && range < wasmir_verify::limits::MAX_BR_TABLE_ENTRIES as u64
}

fn const_inst(c: Constant) -> I<'static> {
    match c.ty {
        Type::I32 => I::I32Const(c.bits as u32 as i32),
        Type::I64 => I::I64Const(c.bits as i64),
        Type::F32 => I::F32Const(Ieee32::new(c.bits as u32)),
        Type::F64 => I::F64Const(Ieee64::new(c.bits)),
    }
}

macro_rules! same_name {
    ($op:expr; $($v:ident)*) => {
        match $op {
            $(Opcode::$v => Some(I::$v),)*
            _ => None,
        }
    };
}

/// The wasm instruction of an operator that is one instruction with the same name and operand
/// order; `None` for checked operators, `select` and operators unknown to this emitter.
fn plain(op: Opcode) -> Option<I<'static>> {
    same_name!(op;
        I32Add I32Sub I32Mul I32And I32Or I32Xor I32Shl I32ShrS I32ShrU I32Rotl I32Rotr
        I32DivS I32DivU I32RemS I32RemU
        I32Eq I32Ne I32LtS I32LtU I32GtS I32GtU I32LeS I32LeU I32GeS I32GeU
        I32Eqz I32Clz I32Ctz I32Popcnt I32Extend8S I32Extend16S
        I64Add I64Sub I64Mul I64And I64Or I64Xor I64Shl I64ShrS I64ShrU I64Rotl I64Rotr
        I64DivS I64DivU I64RemS I64RemU
        I64Eq I64Ne I64LtS I64LtU I64GtS I64GtU I64LeS I64LeU I64GeS I64GeU
        I64Eqz I64Clz I64Ctz I64Popcnt I64Extend8S I64Extend16S I64Extend32S
        F32Add F32Sub F32Mul F32Div F32Min F32Max F32Copysign
        F32Eq F32Ne F32Lt F32Gt F32Le F32Ge
        F32Abs F32Neg F32Sqrt F32Ceil F32Floor F32Trunc F32Nearest
        F64Add F64Sub F64Mul F64Div F64Min F64Max F64Copysign
        F64Eq F64Ne F64Lt F64Gt F64Le F64Ge
        F64Abs F64Neg F64Sqrt F64Ceil F64Floor F64Trunc F64Nearest
        I32WrapI64 I64ExtendI32S I64ExtendI32U
        I32TruncF32S I32TruncF32U I32TruncF64S I32TruncF64U
        I64TruncF32S I64TruncF32U I64TruncF64S I64TruncF64U
        I32TruncSatF32S I32TruncSatF32U I32TruncSatF64S I32TruncSatF64U
        I64TruncSatF32S I64TruncSatF32U I64TruncSatF64S I64TruncSatF64U
        F32ConvertI32S F32ConvertI32U F32ConvertI64S F32ConvertI64U
        F64ConvertI32S F64ConvertI32U F64ConvertI64S F64ConvertI64U
        F32DemoteF64 F64PromoteF32
        I32ReinterpretF32 I64ReinterpretF64 F32ReinterpretI32 F64ReinterpretI64
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operator_has_a_lowering() {
        for &op in Opcode::ALL {
            let checked = checked::sequence(op, |_, k| k as u32).is_some();
            let select = op.name().ends_with(".select");
            assert!(plain(op).is_some() || checked || select, "{}", op.name());
            assert!(!(plain(op).is_some() && checked), "{}", op.name());
        }
    }

    #[test]
    fn density_rule() {
        assert!(is_dense(0, 1));
        assert!(is_dense(10, 1));
        assert!(!is_dense(11, 1));
        assert!(is_dense(28, 10));
        assert!(!is_dense(u64::MAX, 3));
        let n = wasmir_verify::limits::MAX_BR_TABLE_ENTRIES;
        assert!(is_dense(n as u64 - 1, n));
        assert!(!is_dense(n as u64, n + 1));
    }
}
