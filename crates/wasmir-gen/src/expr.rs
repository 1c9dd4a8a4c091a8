//! Expressions: trees of operators of the table over variables, constants, globals, loads and
//! addresses, producing a value of a requested type in the current block.

use crate::body::Gen;
use crate::consts::constant;
use crate::ok;
use wasmir_syntax::ir::{Constant, Format, FuncId, Imm, Opcode, Type, Value};

/// The `Plain` operators producing a `ty` from number operands, without the ones the generator
/// treats apart (reinterpretations and `copysign`, whose float operand is canonicalized first).
fn ops_for(ty: Type, i128: bool) -> Vec<Opcode> {
    Opcode::ALL
        .iter()
        .copied()
        .filter(|op| op.format() == Format::Plain && op.results() == [ty])
        .filter(|op| !op.params().is_empty() && op.params().iter().all(|t| !t.is_ref()))
        .filter(|op| i128 || !op.params().contains(&Type::I128))
        .filter(|op| {
            !matches!(
                op,
                Opcode::I32ReinterpretF32 | Opcode::I64ReinterpretF64 | Opcode::F32Copysign | Opcode::F64Copysign
            )
        })
        .collect()
}

/// The loads producing a `ty`.
fn loads_for(ty: Type) -> Vec<Opcode> {
    Opcode::ALL.iter().copied().filter(|op| op.format() == Format::Load && op.results() == [ty]).collect()
}

impl Gen<'_, '_, '_> {
    /// A value of type `ty`, from a tree at most `depth` operators deep.
    pub(crate) fn expr(&mut self, ty: Type, depth: usize) -> Value {
        if depth == 0 || self.c.chance(25) {
            return self.leaf(ty);
        }
        if ty.is_ref() {
            return self.leaf(ty);
        }
        match self.c.below(10) {
            0 if self.env.memory.is_some() && !loads_for(ty).is_empty() => self.load(ty),
            1 if ty == Type::I32 && self.cfg.tables => {
                let r = self.c.pick(&[Type::ExternRef, Type::FuncRef]);
                let v = self.expr(r, 1);
                let op = if r == Type::ExternRef { Opcode::ExternRefIsNull } else { Opcode::FuncRefIsNull };
                ok(self.b.ins_op(op, &[v]))
            }
            2 if ty == Type::I32 || ty == Type::I64 => {
                // A float's bits: canonicalized, since engines differ in NaN bits.
                let (from, op) = match ty {
                    Type::I32 => (Type::F32, Opcode::I32ReinterpretF32),
                    _ => (Type::F64, Opcode::I64ReinterpretF64),
                };
                let f = self.expr(from, depth - 1);
                let f = self.canonical_nan(f);
                ok(self.b.ins_op(op, &[f]))
            }
            3 if ty == Type::F32 || ty == Type::F64 => {
                let op = if ty == Type::F32 { Opcode::F32Copysign } else { Opcode::F64Copysign };
                let mag = self.expr(ty, depth - 1);
                let sign = self.expr(ty, depth - 1);
                let sign = self.canonical_nan(sign);
                ok(self.b.ins_op(op, &[mag, sign]))
            }
            _ => {
                let ops = ops_for(ty, self.cfg.i128);
                if ops.is_empty() {
                    return self.leaf(ty);
                }
                let mut op = self.c.pick(&ops);
                // Trapping operators now and then only, so that most runs get somewhere.
                for _ in 0..3 {
                    if op.traps().is_empty() || self.c.chance(self.cfg.trap_percent) {
                        break;
                    }
                    op = self.c.pick(&ops);
                }
                let args: Vec<Value> = op.params().iter().map(|&t| self.expr(t, depth - 1)).collect();
                ok(self.b.ins_op(op, &args))
            }
        }
    }

    /// A value of type `ty` without operators over others: a variable, a constant, a global, an
    /// address, a reference.
    pub(crate) fn leaf(&mut self, ty: Type) -> Value {
        if self.c.chance(55) {
            if let Some(var) = self.var_of(ty) {
                return ok(self.b.use_var(var));
            }
        }
        match ty {
            Type::ExternRef => match (self.env.externtable, self.c.chance(30)) {
                (Some(t), true) => {
                    let i = self.table_index(t, ty);
                    ok(self.b.ins_table_op(Opcode::TableGet, t, ty, &[i])).expect("table.get")
                }
                _ => ok(self.b.ins_op(Opcode::ExternRefNull, &[])),
            },
            Type::FuncRef => {
                let named: Vec<FuncId> = (0..self.env.sigs.len() as u32)
                    .map(FuncId::from_u32)
                    .filter(|&f| self.env.ref_func_ok(f))
                    .collect();
                match self.c.below(3) {
                    0 if !named.is_empty() => {
                        let f = self.c.pick(&named);
                        ok(self.b.ins_op_imm(Opcode::RefFunc, Imm::Func(f), &[])).expect("ref.func")
                    }
                    1 if self.env.functable.is_some() => {
                        let t = self.env.functable.expect("table");
                        let i = self.table_index(t, ty);
                        ok(self.b.ins_table_op(Opcode::TableGet, t, ty, &[i])).expect("table.get")
                    }
                    _ => ok(self.b.ins_op(Opcode::FuncRefNull, &[])),
                }
            }
            Type::Ptr if self.c.chance(40) => self.known_address(),
            Type::I32 if self.c.chance(15) => self.i32_probe(),
            _ => {
                let globals: Vec<_> = self.env.globals.iter().filter(|g| g.1 == ty).map(|g| g.0).collect();
                if !globals.is_empty() && self.c.chance(20) {
                    let g = self.c.pick(&globals);
                    return ok(self.b.ins_global_op(Opcode::GlobalGet, g, ty, &[])).expect("global.get");
                }
                let k = constant(self.c, ty);
                ok(self.b.constant(k))
            }
        }
    }

    /// An `i32` read from the module's state: `memory.size`, `table.size`, `fn.index`.
    fn i32_probe(&mut self) -> Value {
        match self.c.below(3) {
            0 if self.env.memory.is_some() => {
                let mem = self.env.memory.expect("memory");
                ok(self.b.ins_op_imm(Opcode::MemorySize, Imm::Memory(mem), &[])).expect("memory.size")
            }
            1 if self.env.functable.is_some() => {
                let t = self.c.pick(&[self.env.functable, self.env.externtable]).or(self.env.functable);
                let t = t.expect("table");
                let elem = if Some(t) == self.env.functable { Type::FuncRef } else { Type::ExternRef };
                ok(self.b.ins_table_op(Opcode::TableSize, t, elem, &[])).expect("table.size")
            }
            2 if !self.env.table_funcs.is_empty() => {
                let table = self.env.functable.expect("table");
                let func = self.c.pick(&self.env.table_funcs);
                ok(self.b.ins_op_imm(Opcode::FuncIndex, Imm::FuncIndex { table, func }, &[])).expect("fn.index")
            }
            _ => {
                let k = constant(self.c, Type::I32);
                ok(self.b.constant(k))
            }
        }
    }

    /// A pointer the module gave: a slot's or a data item's address, or a heap address.
    fn known_address(&mut self) -> Value {
        match self.c.below(3) {
            0 if !self.slots.is_empty() => {
                let (s, _) = self.slots[self.c.below(self.slots.len())];
                ok(self.b.ins_op_imm(Opcode::SlotAddr, Imm::Slot(s), &[])).expect("slot.addr")
            }
            1 if !self.env.data.is_empty() => {
                let (data, size) = self.env.data[self.c.below(self.env.data.len())];
                let addend = self.c.range(0, u64::from(size)) as u32;
                ok(self.b.ins_op_imm(Opcode::DataAddr, Imm::Data { data, addend }, &[])).expect("data.addr")
            }
            _ => {
                let k = constant(self.c, Type::Ptr);
                ok(self.b.constant(k))
            }
        }
    }

    /// `v`, or the canonical NaN when `v` is a NaN: `f.select (f.ne v, v), NAN, v`.
    pub(crate) fn canonical_nan(&mut self, v: Value) -> Value {
        let (ne, select, nan) = match self.b.body().ty(v) {
            Type::F32 => (Opcode::F32Ne, Opcode::F32Select, Constant { ty: Type::F32, bits: 0x7fc0_0000 }),
            Type::F64 => (Opcode::F64Ne, Opcode::F64Select, Constant { ty: Type::F64, bits: 0x7ff8_0000_0000_0000 }),
            _ => return v,
        };
        let is_nan = ok(self.b.ins_op(ne, &[v, v]));
        let nan = ok(self.b.constant(nan));
        ok(self.b.ins_op(select, &[is_nan, nan, v]))
    }

    fn load(&mut self, ty: Type) -> Value {
        let mem = self.env.memory.expect("memory");
        let op = self.c.pick(&loads_for(ty));
        let width = op.access_bytes().expect("load width");
        let (addr, offset) = self.address(width);
        let arg = self.memarg(mem, offset, width);
        ok(self.b.ins_op_imm(op, Imm::MemArg(arg), &[addr])).expect("load")
    }

    /// An address and a memarg offset for an access of `width` bytes: inside a slot (filled on
    /// entry), around a data item, in the free heap, computed into the heap, or out of bounds.
    /// Never into the stack region outside this function's slots, whose bytes engines may
    /// leave different.
    pub(crate) fn address(&mut self, width: u32) -> (Value, u32) {
        let (lo, hi) = self.env.heap;
        let fits: Vec<(wasmir_syntax::ir::Slot, u32)> =
            self.slots.iter().copied().filter(|&(_, size)| size >= width).collect();
        match self.c.below(10) {
            0..=2 if !fits.is_empty() => {
                let (s, size) = self.c.pick(&fits);
                let k = self.c.range(0, u64::from(size - width)) as u32;
                let p = ok(self.b.ins_op_imm(Opcode::SlotAddr, Imm::Slot(s), &[])).expect("slot.addr");
                let split = self.c.range(0, u64::from(k)) as u32;
                let p = if split > 0 {
                    let o = self.iconst(Type::I32, i64::from(split));
                    ok(self.b.ins_op(Opcode::PtrAdd, &[p, o]))
                } else {
                    p
                };
                (p, k - split)
            }
            3 | 4 if !self.env.data.is_empty() => {
                let (data, size) = self.env.data[self.c.below(self.env.data.len())];
                let addend = self.c.range(0, u64::from(size)) as u32;
                let p = ok(self.b.ins_op_imm(Opcode::DataAddr, Imm::Data { data, addend }, &[])).expect("data.addr");
                (p, self.c.range(0, 32) as u32)
            }
            5 => {
                // Computed: somewhere in the first KiB of the heap.
                let x = self.expr(Type::I32, 1);
                let mask = self.iconst(Type::I32, 0x3ff);
                let x = ok(self.b.ins_op(Opcode::I32And, &[x, mask]));
                let base = self.iconst(Type::I32, i64::from(lo));
                let x = ok(self.b.ins_op(Opcode::I32Add, &[x, base]));
                (ok(self.b.ins_op(Opcode::PtrFromInt, &[x])), self.c.range(0, 16) as u32)
            }
            6 if self.c.chance(50) => {
                let a = match self.c.below(3) {
                    0 => hi.wrapping_sub(width).wrapping_add(self.c.range(0, 8) as u32),
                    1 => u32::MAX - self.c.range(0, 16) as u32,
                    _ => hi.wrapping_add(16 << 16),
                };
                let a = self.iconst(Type::I32, i64::from(a as i32));
                // Or a memarg offset that carries the effective address past 2^32.
                let offset = match self.c.chance(20) {
                    true => u32::MAX - self.c.range(0, 32) as u32,
                    false => self.c.range(0, 4) as u32,
                };
                (ok(self.b.ins_op(Opcode::PtrFromInt, &[a])), offset)
            }
            _ => {
                let a = match self.c.chance(80) {
                    true => lo + self.c.range(0, 256) as u32,
                    false => hi - width - self.c.range(0, 64) as u32,
                };
                let p = self.iconst(Type::Ptr, i64::from(a));
                (p, self.c.range(0, 8) as u32)
            }
        }
    }
}
