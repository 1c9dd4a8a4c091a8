//! Function bodies: the prologue (parameters, slots, the fuel check), structured statements
//! (assignments to variables, `if`/`else`, counted loops, `switch`, early exits, calls, memory,
//! globals, tables, ownership episodes, traps) and returns. Variables become SSA values and block
//! parameters through the builder, so every use is dominated by construction.

use crate::env::{value_types, Env};
use crate::{ok, Choices, Config};
use wasmir_syntax::ir::builder::{FunctionBuilder, Variable};
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, FuncId, Imm, Kind, MemArg, Opcode, OwnOp, Signature, Slot, TableId, Type, Value,
};

/// The state of one body under construction.
pub(crate) struct Gen<'g, 'u, 'd> {
    pub(crate) c: &'g mut Choices<'u, 'd>,
    pub(crate) cfg: &'g Config,
    pub(crate) env: &'g Env,
    pub(crate) b: FunctionBuilder<'g>,
    sig: &'g Signature,
    /// The variables statements assign, by type.
    pub(crate) vars: Vec<(Type, Variable)>,
    /// The function's slots and their sizes; each is filled on entry, so its bytes are known.
    pub(crate) slots: Vec<(Slot, u32)>,
}

/// Builds the body of a function of signature `sig`.
pub(crate) fn build(c: &mut Choices<'_, '_>, cfg: &Config, env: &Env, sig: &Signature) -> Body {
    let mut body = Body::default();
    {
        let mut b = FunctionBuilder::with_signature(&mut body, sig);
        let entry = b.create_block();
        ok(b.switch_to_block(entry));
        let params = ok(b.append_block_params_for_function_params(entry));
        ok(b.seal_block(entry));
        let mut g = Gen { c, cfg, env, b, sig, vars: Vec::new(), slots: Vec::new() };
        g.prologue(&params);
        g.stmts(0);
        g.ret();
        ok(g.b.seal_all_blocks());
        ok(g.b.finalize());
    }
    body
}

impl Gen<'_, '_, '_> {
    /// Instructions so far.
    fn insts(&self) -> usize {
        self.b.body().insts.len()
    }

    fn blocks(&self) -> usize {
        self.b.body().blocks.len()
    }

    /// Slots filled with a known byte, parameters copied out of their owners, variables
    /// initialized, then the fuel check: no fuel left returns default values.
    fn prologue(&mut self, params: &[Value]) {
        if let (Some(mem), true) = (self.env.memory, self.env.slots && self.c.chance(60)) {
            for _ in 0..self.c.range(1, 3) {
                let size = self.c.range(1, 32) as u32;
                let align = self.c.pick(&[1, 2, 4, 8, 16]);
                let s = self.b.create_slot(size, align, None);
                let addr = ok(self.b.ins_op_imm(Opcode::SlotAddr, Imm::Slot(s), &[])).expect("slot.addr");
                let byte = self.rand_i32(0, 255);
                let len = self.iconst(Type::I32, i64::from(size));
                ok(self.b.ins_op_imm(Opcode::MemoryFill, Imm::Memory(mem), &[addr, byte, len]));
                self.slots.push((s, size));
            }
        }
        if let (Some(t), true) = (self.env.externtable, self.c.chance(90)) {
            // An `externref` table starts empty: give the table operators something to reach.
            let null = ok(self.b.ins_op(Opcode::ExternRefNull, &[]));
            let n = self.rand_i32(1, 3);
            ok(self.b.ins_table_op(Opcode::TableGrow, t, Type::ExternRef, &[null, n]));
        }
        let mut plain = Vec::new();
        for (i, &p) in params.iter().enumerate() {
            let ty = self.sig.params[i];
            let v = match self.sig.kinds.param(i) {
                Kind::Trivial => p,
                k => {
                    let copy = self.copy(p);
                    // An `own` may die unconsumed; a `linear` must be consumed; a borrowed
                    // parameter is the caller's to end.
                    if k == Kind::Linear || (k == Kind::Own && self.c.chance(50)) {
                        ok(self.b.ins_own(OwnOp::Drop, p));
                    }
                    copy
                }
            };
            plain.push((ty, v));
        }
        for ty in value_types(self.cfg, true) {
            for _ in 0..self.c.range(1, 2) {
                let var = self.b.declare_var(ty);
                let from_param: Vec<Value> = plain.iter().filter(|(t, _)| *t == ty).map(|&(_, v)| v).collect();
                let v = match from_param.is_empty() || self.c.chance(30) {
                    true => self.leaf(ty),
                    false => self.c.pick(&from_param),
                };
                ok(self.b.def_var(var, v));
                self.vars.push((ty, var));
            }
        }
        let fuel = ok(self.b.ins_global_op(Opcode::GlobalGet, self.env.fuel, Type::I32, &[])).expect("global.get");
        let empty = self.b.ins_op(Opcode::I32Eqz, &[fuel]);
        let empty = ok(empty);
        let (out, go) = (self.b.create_block(), self.b.create_block());
        ok(self.b.br_if(empty, out, &[], go, &[]));
        ok(self.b.seal_block(out));
        ok(self.b.seal_block(go));
        ok(self.b.switch_to_block(out));
        self.ret_defaults();
        ok(self.b.switch_to_block(go));
        let one = self.iconst(Type::I32, 1);
        let left = ok(self.b.ins_op(Opcode::I32Sub, &[fuel, one]));
        ok(self.b.ins_global_op(Opcode::GlobalSet, self.env.fuel, Type::I32, &[left]));
    }

    /// A trivial copy of a number value (of an owner or a borrow): `T.select 1, v, v`.
    pub(crate) fn copy(&mut self, v: Value) -> Value {
        let ty = self.b.body().ty(v);
        let op = match ty {
            Type::I32 => Opcode::I32Select,
            Type::I64 => Opcode::I64Select,
            Type::I128 => Opcode::I128Select,
            Type::F32 => Opcode::F32Select,
            Type::F64 => Opcode::F64Select,
            Type::Ptr => Opcode::PtrSelect,
            Type::ExternRef | Type::FuncRef => return v,
        };
        let one = self.iconst(Type::I32, 1);
        ok(self.b.ins_op(op, &[one, v, v]))
    }

    /// An integer constant.
    pub(crate) fn iconst(&mut self, ty: Type, v: i64) -> Value {
        ok(self.b.iconst(ty, v))
    }

    /// An `i32` constant in `lo..=hi`.
    fn rand_i32(&mut self, lo: u64, hi: u64) -> Value {
        let k = self.c.range(lo, hi);
        self.iconst(Type::I32, k as i64)
    }

    /// A null reference or a zero.
    fn zero(&mut self, ty: Type) -> Value {
        match ty {
            Type::ExternRef => ok(self.b.ins_op(Opcode::ExternRefNull, &[])),
            Type::FuncRef => ok(self.b.ins_op(Opcode::FuncRefNull, &[])),
            _ => ok(self.b.constant(Constant { ty, bits: 0 })),
        }
    }

    /// Ends the current block with `return` of generated values.
    fn ret(&mut self) {
        let mut vals = Vec::new();
        for (i, &ty) in self.sig.results.iter().enumerate() {
            let v = self.expr(ty, self.cfg.max_expr_depth);
            vals.push(self.mint(v, self.sig.kinds.result(i)));
        }
        ok(self.b.ret(&vals));
    }

    /// Ends the current block with `return` of zeros (the out-of-fuel path).
    fn ret_defaults(&mut self) {
        let mut vals = Vec::new();
        for (i, &ty) in self.sig.results.iter().enumerate() {
            let v = self.zero(ty);
            vals.push(self.mint(v, self.sig.kinds.result(i)));
        }
        ok(self.b.ret(&vals));
    }

    /// `v` as a value of kind `kind` (`own`/`linear` are minted; trivial stays).
    fn mint(&mut self, v: Value, kind: Kind) -> Value {
        match kind {
            Kind::Own => ok(self.b.ins_own(OwnOp::Own, v)).expect("own"),
            Kind::Linear => ok(self.b.ins_own(OwnOp::Linear, v)).expect("linear"),
            _ => v,
        }
    }

    /// Some statements, in the current block; ends in an open block.
    fn stmts(&mut self, depth: usize) {
        let n = if depth == 0 { self.c.range(2, 12) } else { self.c.range(1, 5) };
        for _ in 0..n {
            if self.insts() >= self.cfg.max_insts {
                break;
            }
            self.stmt(depth);
        }
    }

    fn stmt(&mut self, depth: usize) {
        let compound = depth < self.cfg.max_depth && self.blocks() + 8 < self.cfg.max_blocks;
        match self.c.below(18) {
            5 if compound => self.if_else(depth),
            6 if compound => self.counted_loop(depth),
            7 if compound => self.switch(depth),
            8 if compound => self.early_exit(),
            9 | 10 => self.call_direct(),
            11 => self.call_indirect(),
            12 | 13 => self.memory_stmt(),
            14 => self.global_set(),
            15 => self.table_stmt(),
            16 => self.ownership_episode(),
            17 => self.trap_if(),
            _ => self.assign(),
        }
    }

    /// A variable of type `ty`, if there is one.
    pub(crate) fn var_of(&mut self, ty: Type) -> Option<Variable> {
        let vs: Vec<Variable> = self.vars.iter().filter(|(t, _)| *t == ty).map(|&(_, v)| v).collect();
        (!vs.is_empty()).then(|| self.c.pick(&vs))
    }

    fn assign(&mut self) {
        let (ty, var) = self.vars[self.c.below(self.vars.len())];
        let v = self.expr(ty, self.cfg.max_expr_depth);
        ok(self.b.def_var(var, v));
    }

    /// Stores `v` in some variable of its type, now and then.
    fn keep(&mut self, v: Value) {
        let ty = self.b.body().ty(v);
        if let (Some(var), true) = (self.var_of(ty), self.c.chance(70)) {
            ok(self.b.def_var(var, v));
        }
    }

    /// `if c { .. } else { .. }`, `if c { .. }` (the false edge straight to the join), or now and
    /// then a `br_if` whose two edges go to one block.
    fn if_else(&mut self, depth: usize) {
        let cond = self.expr(Type::I32, 2);
        if self.c.chance(5) {
            let join = self.b.create_block();
            ok(self.b.br_if(cond, join, &[], join, &[]));
            ok(self.b.seal_block(join));
            return ok(self.b.switch_to_block(join));
        }
        if self.c.chance(40) {
            let (then, join) = (self.b.create_block(), self.b.create_block());
            ok(self.b.br_if(cond, then, &[], join, &[]));
            ok(self.b.seal_block(then));
            ok(self.b.switch_to_block(then));
            self.stmts(depth + 1);
            ok(self.b.br(join, &[]));
            ok(self.b.seal_block(join));
            return ok(self.b.switch_to_block(join));
        }
        let (then, els, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        ok(self.b.br_if(cond, then, &[], els, &[]));
        ok(self.b.seal_block(then));
        ok(self.b.seal_block(els));
        ok(self.b.switch_to_block(then));
        self.stmts(depth + 1);
        ok(self.b.br(join, &[]));
        ok(self.b.switch_to_block(els));
        if self.c.chance(60) {
            self.stmts(depth + 1);
        }
        ok(self.b.br(join, &[]));
        ok(self.b.seal_block(join));
        ok(self.b.switch_to_block(join));
    }

    /// `for i in 0..N { body }` with a constant `N`: always terminates.
    fn counted_loop(&mut self, depth: usize) {
        let counter = self.b.declare_var(Type::I32);
        let zero = self.iconst(Type::I32, 0);
        ok(self.b.def_var(counter, zero));
        let (header, body, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        ok(self.b.br(header, &[]));
        ok(self.b.switch_to_block(header));
        let i = ok(self.b.use_var(counter));
        let n = self.rand_i32(0, u64::from(self.cfg.max_loop_iters));
        let more = ok(self.b.ins_op(Opcode::I32LtU, &[i, n]));
        ok(self.b.br_if(more, body, &[], exit, &[]));
        ok(self.b.seal_block(body));
        ok(self.b.seal_block(exit));
        ok(self.b.switch_to_block(body));
        self.stmts(depth + 1);
        let i = ok(self.b.use_var(counter));
        let one = self.iconst(Type::I32, 1);
        let next = ok(self.b.ins_op(Opcode::I32Add, &[i, one]));
        ok(self.b.def_var(counter, next));
        ok(self.b.br(header, &[]));
        ok(self.b.seal_block(header));
        ok(self.b.switch_to_block(exit));
    }

    fn switch(&mut self, depth: usize) {
        let ty = self.c.pick(&[Type::I32, Type::I64]);
        let mut v = self.expr(ty, 2);
        if self.c.chance(60) {
            let (mask, and) = match ty {
                Type::I32 => (self.iconst(Type::I32, 7), Opcode::I32And),
                _ => (self.iconst(Type::I64, 7), Opcode::I64And),
            };
            v = ok(self.b.ins_op(and, &[v, mask]));
        }
        let mut keys: Vec<u64> = Vec::new();
        if self.c.chance(25) {
            // Dense cases from 0 (a jump table on wasm), unmasked values past them.
            let n = self.c.range(2, 24);
            keys.extend(0..n);
        }
        for _ in 0..self.c.range(1, 4) {
            let k = match self.c.chance(90) {
                true => self.c.range(0, 8),
                false if ty == Type::I32 => u64::from(u32::MAX),
                false => u64::MAX,
            };
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        let default = self.b.create_block();
        // Now and then several values branch to one block (the default's, or an earlier case's).
        let mut cases: Vec<(u64, BlockCall)> = Vec::new();
        for &k in &keys {
            let block = match self.c.below(5) {
                0 => default,
                1 if !cases.is_empty() => cases[self.c.below(cases.len())].1.block,
                _ => self.b.create_block(),
            };
            cases.push((k, BlockCall { block, args: Vec::new() }));
        }
        let join = self.b.create_block();
        let mut targets: Vec<Block> = vec![default];
        for (_, c) in &cases {
            if !targets.contains(&c.block) {
                targets.push(c.block);
            }
        }
        ok(self.b.switch(v, BlockCall { block: default, args: Vec::new() }, cases));
        for &t in &targets {
            ok(self.b.seal_block(t));
        }
        for &t in &targets {
            ok(self.b.switch_to_block(t));
            if self.c.chance(70) {
                self.stmts(depth + 1);
            }
            ok(self.b.br(join, &[]));
        }
        ok(self.b.seal_block(join));
        ok(self.b.switch_to_block(join));
    }

    /// `if cond { return ... }` or `if cond { trap }`.
    fn early_exit(&mut self) {
        let cond = self.expr(Type::I32, 2);
        let (exit, cont) = (self.b.create_block(), self.b.create_block());
        ok(self.b.br_if(cond, exit, &[], cont, &[]));
        ok(self.b.seal_block(exit));
        ok(self.b.seal_block(cont));
        ok(self.b.switch_to_block(exit));
        if self.c.chance(10) {
            ok(self.b.trap());
        } else {
            self.ret();
        }
        ok(self.b.switch_to_block(cont));
    }

    /// `trapnz` of a condition that rarely holds (`x == k`), or `trapz` of its negation; now
    /// and then of anything.
    fn trap_if(&mut self) {
        let mut cond = self.expr(Type::I32, 2);
        let nonzero = self.c.chance(50);
        if self.c.chance(80) {
            let k = self.rand_i32(0, 3);
            let op = if nonzero { Opcode::I32Eq } else { Opcode::I32Ne };
            cond = ok(self.b.ins_op(op, &[cond, k]));
        }
        match nonzero {
            true => ok(self.b.trapnz(cond)),
            false => ok(self.b.trapz(cond)),
        }
    }

    /// Arguments for a callee of signature `sig`: owners minted for owning positions, and owners
    /// (or explicit borrows of them) for borrowing ones; returns the arguments, then the borrows
    /// to end and the owners to drop after the call.
    fn call_args(&mut self, sig: &Signature) -> (Vec<Value>, Vec<Value>, Vec<Value>) {
        let (mut args, mut ends, mut drops) = (Vec::new(), Vec::new(), Vec::new());
        for (i, &ty) in sig.params.iter().enumerate() {
            let v = self.expr(ty, 2);
            let a = match sig.kinds.param(i) {
                Kind::Trivial => v,
                Kind::Own => ok(self.b.ins_own(OwnOp::Own, v)).expect("own"),
                Kind::Linear => ok(self.b.ins_own(OwnOp::Linear, v)).expect("linear"),
                k => {
                    let owner = ok(self.b.ins_own(self.c.pick(&[OwnOp::Own, OwnOp::Linear]), v)).expect("owner");
                    drops.push(owner);
                    if self.c.chance(50) {
                        let op = if k == Kind::Borrow { OwnOp::Borrow } else { OwnOp::BorrowMut };
                        let bw = ok(self.b.ins_own(op, owner)).expect("borrow");
                        ends.push(bw);
                        bw
                    } else {
                        owner
                    }
                }
            };
            args.push(a);
        }
        (args, ends, drops)
    }

    /// Takes a call's results: owners copied to trivial values and dropped, then kept in
    /// variables.
    fn call_results(&mut self, sig: &Signature, results: Vec<Value>) {
        for (i, r) in results.into_iter().enumerate() {
            let v = match sig.kinds.result(i) {
                Kind::Trivial => r,
                _ => {
                    let copy = self.copy(r);
                    ok(self.b.ins_own(OwnOp::Drop, r));
                    copy
                }
            };
            self.keep(v);
        }
    }

    fn call_direct(&mut self) {
        let f = self.c.below(self.env.sigs.len());
        let sig = self.env.sigs[f].clone();
        let (args, ends, drops) = self.call_args(&sig);
        let results = ok(self.b.call(FuncId::from_u32(f as u32), &args, &sig.results));
        for bw in ends {
            ok(self.b.ins_own(OwnOp::EndBorrow, bw));
        }
        for o in drops {
            ok(self.b.ins_own(OwnOp::Drop, o));
        }
        self.call_results(&sig, results);
    }

    fn call_indirect(&mut self) {
        let Some(table) = self.env.functable else { return self.assign() };
        if self.env.sig_items.is_empty() {
            return self.assign();
        }
        let (sig_id, sig) = self.env.sig_items[self.c.below(self.env.sig_items.len())].clone();
        let index = match self.c.below(10) {
            0..=6 if !self.env.table_funcs.is_empty() => {
                // Mostly a function of the expected types, so that the call goes through.
                let same: Vec<FuncId> = (self.env.table_funcs.iter().copied())
                    .filter(|f| {
                        let s = &self.env.sigs[f.as_u32() as usize];
                        (&s.params, &s.results) == (&sig.params, &sig.results)
                    })
                    .collect();
                let func = match same.is_empty() || self.c.chance(15) {
                    true => self.c.pick(&self.env.table_funcs),
                    false => self.c.pick(&same),
                };
                ok(self.b.ins_op_imm(Opcode::FuncIndex, Imm::FuncIndex { table, func }, &[])).expect("fn.index")
            }
            0..=8 => self.rand_i32(0, self.env.table_funcs.len() as u64 + 2),
            _ => self.expr(Type::I32, 1),
        };
        let (args, _, _) = self.call_args(&sig);
        let results = ok(self.b.call_indirect(table, sig_id, index, &args, &sig.results));
        self.call_results(&sig, results);
    }

    fn memory_stmt(&mut self) {
        let Some(mem) = self.env.memory else { return self.assign() };
        match self.c.below(6) {
            0..=2 => {
                let stores = [
                    Opcode::I32Store,
                    Opcode::I32Store8,
                    Opcode::I32Store16,
                    Opcode::I64Store,
                    Opcode::I64Store8,
                    Opcode::I64Store16,
                    Opcode::I64Store32,
                    Opcode::F32Store,
                    Opcode::F64Store,
                    Opcode::PtrStore,
                    Opcode::I128Store,
                ];
                let op = self.c.pick(&stores[..if self.cfg.i128 { 11 } else { 10 }]);
                let width = op.access_bytes().expect("store width");
                let (addr, offset) = self.address(width);
                let ty = op.access_type().expect("store type");
                let mut v = self.expr(ty, 2);
                if matches!(ty, Type::F32 | Type::F64) {
                    v = self.canonical_nan(v);
                }
                let arg = self.memarg(mem, offset, width);
                ok(self.b.ins_op_imm(op, Imm::MemArg(arg), &[addr, v]));
            }
            3 => {
                let len = self.c.range(0, 24) as u32;
                let (dst, off) = self.address(len.max(1));
                let dst = self.offset_ptr(dst, off);
                let byte = self.expr(Type::I32, 1);
                let n = self.iconst(Type::I32, i64::from(len));
                ok(self.b.ins_op_imm(Opcode::MemoryFill, Imm::Memory(mem), &[dst, byte, n]));
            }
            4 => {
                let len = self.c.range(0, 24) as u32;
                let (dst, off) = self.address(len.max(1));
                let dst = self.offset_ptr(dst, off);
                let (src, off) = self.address(len.max(1));
                let src = self.offset_ptr(src, off);
                let n = self.iconst(Type::I32, i64::from(len));
                ok(self.b.ins_op_imm(Opcode::MemoryCopy, Imm::Memory(mem), &[dst, src, n]));
            }
            _ => {
                // Small deltas, or ones that always fail: the declared maximum bounds growth.
                let delta = self.c.pick(&[0, 1, 2, 70_000, -1]);
                let d = self.iconst(Type::I32, delta);
                let r = ok(self.b.ins_op_imm(Opcode::MemoryGrow, Imm::Memory(mem), &[d])).expect("grow");
                self.keep(r);
            }
        }
    }

    /// `p + off` as a pointer (for operators without a memarg offset).
    fn offset_ptr(&mut self, p: Value, off: u32) -> Value {
        if off == 0 {
            return p;
        }
        let o = self.iconst(Type::I32, i64::from(off));
        ok(self.b.ins_op(Opcode::PtrAdd, &[p, o]))
    }

    /// A memarg with `offset` and an alignment hint no larger than `width`.
    pub(crate) fn memarg(&mut self, mem: wasmir_syntax::ir::MemoryId, offset: u32, width: u32) -> MemArg {
        let aligns: Vec<u32> = [1, 2, 4, 8, 16].into_iter().filter(|&a| a <= width).collect();
        let align = if self.c.chance(50) { width } else { self.c.pick(&aligns) };
        MemArg { mem, offset, align, notrap: false, aligned: false }
    }

    fn global_set(&mut self) {
        let writable: Vec<(wasmir_syntax::ir::GlobalId, Type)> =
            self.env.globals.iter().filter(|g| g.2).map(|&(g, t, _)| (g, t)).collect();
        if writable.is_empty() {
            return self.assign();
        }
        let (g, ty) = self.c.pick(&writable);
        let v = self.expr(ty, 2);
        ok(self.b.ins_global_op(Opcode::GlobalSet, g, ty, &[v]));
    }

    fn table_stmt(&mut self) {
        let tables: Vec<(wasmir_syntax::ir::TableId, Type)> =
            [self.env.functable.map(|t| (t, Type::FuncRef)), self.env.externtable.map(|t| (t, Type::ExternRef))]
                .into_iter()
                .flatten()
                .collect();
        if tables.is_empty() {
            return self.assign();
        }
        let (t, elem) = self.c.pick(&tables);
        match self.c.below(3) {
            0 => {
                let r = self.expr(elem, 1);
                let n = self.rand_i32(0, 3);
                let got = ok(self.b.ins_table_op(Opcode::TableGrow, t, elem, &[r, n])).expect("grow");
                self.keep(got);
            }
            1 => {
                let i = self.table_index(t, elem);
                let r = self.expr(elem, 1);
                ok(self.b.ins_table_op(Opcode::TableSet, t, elem, &[i, r]));
            }
            _ => {
                let i = self.table_index(t, elem);
                let got = ok(self.b.ins_table_op(Opcode::TableGet, t, elem, &[i])).expect("get");
                self.keep(got);
            }
        }
    }

    /// An index into table `t` (element type `elem`): mostly inside the table's current size
    /// (`k rem_u max(size, 1)`), now and then a small constant that may be past it, or anything.
    pub(crate) fn table_index(&mut self, t: TableId, elem: Type) -> Value {
        match self.c.below(10) {
            0..=7 => {
                let k = self.expr(Type::I32, 1);
                let size = ok(self.b.ins_table_op(Opcode::TableSize, t, elem, &[])).expect("table.size");
                let empty = ok(self.b.ins_op(Opcode::I32Eqz, &[size]));
                let size = ok(self.b.ins_op(Opcode::I32Or, &[size, empty]));
                ok(self.b.ins_op(Opcode::I32RemU, &[k, size]))
            }
            8 => self.rand_i32(0, self.env.table_funcs.len() as u64 + 3),
            _ => self.expr(Type::I32, 1),
        }
    }

    /// An owner minted from bits, borrowed (maybe reborrowed), its borrow used and ended, then
    /// dropped (or, for `own`, left to die now and then).
    fn ownership_episode(&mut self) {
        if !self.cfg.ownership {
            return self.assign();
        }
        let ty = self.c.pick(&[Type::I32, Type::I64, Type::F64, Type::Ptr]);
        let v = self.expr(ty, 1);
        let linear = self.c.chance(50);
        let owner = ok(self.b.ins_own(if linear { OwnOp::Linear } else { OwnOp::Own }, v)).expect("owner");
        if self.c.chance(70) {
            let op = self.c.pick(&[OwnOp::Borrow, OwnOp::BorrowMut]);
            let bw = ok(self.b.ins_own(op, owner)).expect("borrow");
            let inner = self.c.chance(40).then(|| ok(self.b.ins_own(OwnOp::Borrow, bw)).expect("reborrow"));
            let seen = self.copy(inner.unwrap_or(bw));
            self.keep(seen);
            if let Some(inner) = inner {
                ok(self.b.ins_own(OwnOp::EndBorrow, inner));
            }
            ok(self.b.ins_own(OwnOp::EndBorrow, bw));
        } else {
            let seen = self.copy(owner);
            self.keep(seen);
        }
        if linear || self.c.chance(70) {
            ok(self.b.ins_own(OwnOp::Drop, owner));
        }
    }
}
