//! `legalize-i128`, a module pass: rewrites every `i128` into two `i64` (its low and high
//! halves), so that the emitter, which targets wasm's four number types, never sees one (spec
//! §3.4.1, §11.2; decision D2 of the 0.2 design record). Cranelift legalizes `i128` the same way
//! on targets without it (`cranelift/codegen/src/legalizer`, "isplit"); the formulas are the
//! ones of compiler-builtins (`__multi3`, `__ashlti3`, ...) written as straight-line `i64` code.
//!
//! wirc runs it after the optimizer at every `-O` level (also `-O0`), and once more through the
//! optimizer's pipeline at `-O1` and above; the reference interpreter runs `i128` unlegalized,
//! which is what the tests compare the legalized code against.
//!
//! What becomes of each `i128`:
//! - a value, block parameter, branch argument, call argument or result, `return` operand, and a
//!   function's or `call_indirect` signature's parameter or result: two `i64`, low half first
//!   (the wasm ABI of rustc's `extern "C"` `u128` on wasm32, so exports are callable the same way);
//! - `add`/`sub`: halves with a carry (`i64.lt_u` of the low result); `mul`: four 32x32 partial
//!   products for the high half of `al * bl`, plus the cross products;
//! - shifts and rotates: both the `amount < 64` and `amount >= 64` results, picked by `select` on
//!   `amount & 64` (the amount is taken modulo 128, as `i64` shifts take theirs modulo 64);
//! - comparisons: the high halves (signed or unsigned), the low halves (unsigned) when the high
//!   halves are equal; `clz`, `ctz`, `popcnt` from the halves;
//! - `add_ovf`/`sub_ovf`: the wrapping result and an overflow flag, raised by
//!   `i32.add_ovf_u %flag, -1`, which traps `checked-overflow` exactly when the flag is 1;
//! - `div_s/u`, `rem_s/u`, `mul_ovf_s/u`: calls of the functions in `helpers.wir`, copied into the
//!   module when used (renamed if their name is taken), which are legalized like any other;
//! - `i128.load`/`i128.store`: two `i64` accesses at `offset` and `offset + 8`; the store writes
//!   the high half first, so a store that traps (its last byte is out of bounds) writes nothing,
//!   as the single access would. When `offset + 8` passes 2^32 the high access uses offset
//!   2^32 - 1, which traps as the original access must.
//!
//! Instructions made here keep the source location of the instruction they replace. Globals of
//! type `i128` are rejected by the verifier (E0255), so none is left to split.

use crate::rewrite::Aliases;
use crate::Changed;
use cranelift_entity::{EntityRef, SecondaryMap};
use wasmir_syntax::ir::{
    Block, Body, Constant, FuncId, Function, Imm, Inst, InstData, InstKind, InstLoc, MemArg, Module, Opcode, Signature,
    Type, Value, ValueData, ValueDef,
};

/// The helper functions, WasmIR text with `i128` (see the file's comments).
const HELPERS: &str = include_str!("helpers.wir");

/// Removes every `i128` from `module` (see the module docs). Unchanged when it has none.
pub fn run(module: &mut Module) -> Changed {
    if !has_i128(module) {
        return Changed(false);
    }
    add_helpers(module);
    for f in module.funcs.values_mut() {
        f.sig = split_sig(&f.sig);
        if let Some(body) = f.body_mut() {
            legalize_body(body);
        }
    }
    for s in module.sigs.values_mut() {
        s.sig = split_sig(&s.sig);
    }
    Changed(true)
}

/// Whether any signature, value or constant of the module is `i128`.
pub fn has_i128(module: &Module) -> bool {
    let sig = |s: &Signature| s.params.iter().chain(&s.results).any(|&t| t == Type::I128);
    module.sigs.values().any(|s| sig(&s.sig))
        || module.funcs.values().any(|f| {
            sig(&f.sig)
                || f.body().is_some_and(|b| {
                    b.layout.iter().any(|&blk| {
                        let data = &b.blocks[blk];
                        data.params.iter().any(|&p| b.ty(p) == Type::I128)
                            || data.insts.iter().any(|&i| {
                                let inst = &b.insts[i];
                                inst.results.iter().chain(&inst.args).any(|&v| b.ty(v) == Type::I128)
                            })
                    })
                })
        })
}

fn split_sig(sig: &Signature) -> Signature {
    let split = |tys: &[Type]| -> Vec<Type> {
        tys.iter().flat_map(|&t| if t == Type::I128 { vec![Type::I64, Type::I64] } else { vec![t] }).collect()
    };
    Signature::new(split(&sig.params), split(&sig.results))
}

/// The helper each out-of-line operator calls, by its name in `helpers.wir`.
fn helper_of(op: Opcode) -> Option<&'static str> {
    Some(match op {
        Opcode::I128DivU => "__wasmir_i128_div_u",
        Opcode::I128DivS => "__wasmir_i128_div_s",
        Opcode::I128RemU => "__wasmir_i128_rem_u",
        Opcode::I128RemS => "__wasmir_i128_rem_s",
        Opcode::I128MulOvfU => "__wasmir_i128_mul_ovf_u",
        Opcode::I128MulOvfS => "__wasmir_i128_mul_ovf_s",
        _ => return None,
    })
}

/// Copies the helpers the module's operators need (and the helpers those call) into `module`,
/// and turns each such operator into a call of its copy.
fn add_helpers(module: &mut Module) {
    let used: Vec<&'static str> = {
        let mut names: Vec<&'static str> = module
            .funcs
            .values()
            .filter_map(Function::body)
            .flat_map(|b| b.layout.iter().flat_map(move |&blk| b.blocks[blk].insts.iter().map(move |&i| &b.insts[i])))
            .filter_map(|inst| match inst.kind {
                InstKind::Op(op) => helper_of(op),
                _ => None,
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    };
    if used.is_empty() {
        return;
    }
    // The helpers are a constant of this crate, parsed and verified by its tests.
    let Ok((helpers, _)) = wasmir_syntax::parse(HELPERS) else { return };
    // Which helpers are needed: the used ones and, transitively, their callees.
    let mut needed: SecondaryMap<FuncId, bool> = SecondaryMap::new();
    let mut work: Vec<FuncId> =
        helpers.funcs.iter().filter(|(_, f)| used.contains(&f.name.as_str())).map(|(id, _)| id).collect();
    while let Some(id) = work.pop() {
        if std::mem::replace(&mut needed[id], true) {
            continue;
        }
        for inst in helpers.funcs[id].body().into_iter().flat_map(|b| b.insts.values()) {
            if let InstKind::Call(c) = inst.kind {
                work.push(c);
            }
        }
    }
    // Copy them in helper order, renamed away from the module's names, then fix their calls.
    let mut new_id: SecondaryMap<FuncId, Option<FuncId>> = SecondaryMap::new();
    let mut by_name: Vec<(&'static str, FuncId)> = Vec::new();
    for (id, f) in helpers.funcs.iter() {
        if !needed[id] {
            continue;
        }
        let mut copy = f.clone();
        copy.name = fresh_name(module, &f.name);
        let nid = module.funcs.push(copy);
        new_id[id] = Some(nid);
        if let Some(&name) = used.iter().find(|&&n| n == f.name) {
            by_name.push((name, nid));
        }
    }
    for &nid in new_id.values().flatten() {
        let Some(body) = module.funcs[nid].body_mut() else { continue };
        for inst in body.insts.values_mut() {
            if let InstKind::Call(c) = &mut inst.kind {
                *c = new_id[*c].unwrap_or(*c);
            }
        }
    }
    for f in module.funcs.values_mut() {
        let Some(body) = f.body_mut() else { continue };
        for inst in body.insts.values_mut() {
            if let InstKind::Op(op) = inst.kind {
                let helper = helper_of(op).and_then(|n| by_name.iter().find(|(m, _)| *m == n));
                if let Some(&(_, id)) = helper {
                    inst.kind = InstKind::Call(id);
                }
            }
        }
    }
}

/// `base`, or `base.1`, `base.2`, ... : the first name no function of `module` has.
fn fresh_name(module: &Module, base: &str) -> String {
    let taken = |n: &str| module.funcs.values().any(|f| f.name == n);
    if !taken(base) {
        return base.to_string();
    }
    (1..).map(|k| format!("{base}.{k}")).find(|n| !taken(n)).unwrap_or_default()
}

/// Splits every `i128` of one body (see the module docs).
fn legalize_body(body: &mut Body) {
    // Each `i128` parameter and result gets its two halves first, so that uses laid out before
    // their definition (legal when the definition dominates) find them.
    let mut halves: SecondaryMap<Value, Option<(Value, Value)>> = SecondaryMap::new();
    for bi in 0..body.layout.len() {
        let b = body.layout[bi];
        let old = std::mem::take(&mut body.blocks[b].params);
        let mut params = Vec::with_capacity(old.len());
        for p in old {
            if body.ty(p) == Type::I128 {
                let (lo, hi) = new_halves(body, p, ValueDef::Param(b, 0));
                halves[p] = Some((lo, hi));
                params.extend([lo, hi]);
            } else {
                params.push(p);
            }
        }
        for (k, &p) in params.iter().enumerate() {
            body.values[p].def = ValueDef::Param(b, k as u32);
        }
        body.blocks[b].params = params;
        for ii in 0..body.blocks[b].insts.len() {
            let i = body.blocks[b].insts[ii];
            for r in body.insts[i].results.clone() {
                if body.ty(r) == Type::I128 {
                    halves[r] = Some(new_halves(body, r, ValueDef::Result(i, 0)));
                }
            }
        }
    }
    let mut aliases = Aliases::default();
    for bi in 0..body.layout.len() {
        let b = body.layout[bi];
        let old = std::mem::take(&mut body.blocks[b].insts);
        let mut cx =
            Lower { body, halves: &halves, aliases: &mut aliases, out: Vec::with_capacity(old.len()), loc: None };
        for i in old {
            cx.loc = cx.body.locs.get(i).copied().flatten();
            cx.inst(i);
        }
        let out = cx.out;
        body.blocks[b].insts = out;
    }
    aliases.apply(body);
}

/// Two fresh `i64` values for the halves of `v`, named after it; `def` is fixed later.
fn new_halves(body: &mut Body, v: Value, def: ValueDef) -> (Value, Value) {
    let name = body.values[v].name.clone();
    let mut half = |suffix: &str| {
        let name = name.as_ref().map(|n| format!("{n}.{suffix}"));
        body.values.push(ValueData { ty: Type::I64, def, name })
    };
    (half("lo"), half("hi"))
}

/// Rewrites one block's instructions into `out`.
struct Lower<'a> {
    body: &'a mut Body,
    halves: &'a SecondaryMap<Value, Option<(Value, Value)>>,
    aliases: &'a mut Aliases,
    out: Vec<Inst>,
    /// The location of the instruction being rewritten, given to what replaces it.
    loc: Option<InstLoc>,
}

impl Lower<'_> {
    /// The halves of `v`; `(v, v)` for a value with none (an `i128` defined outside the layout:
    /// invalid IR, which the verifier then reports, never a panic).
    fn split(&self, v: Value) -> (Value, Value) {
        self.halves[v].unwrap_or((v, v))
    }

    /// `vs` with every `i128` replaced by its halves.
    fn expand(&self, vs: &[Value]) -> Vec<Value> {
        let mut out = Vec::with_capacity(vs.len());
        for &v in vs {
            match self.halves[v] {
                Some((lo, hi)) => out.extend([lo, hi]),
                None => out.push(v),
            }
        }
        out
    }

    /// Appends a new instruction defining `results`.
    fn push(&mut self, kind: InstKind, args: Vec<Value>, results: Vec<Value>) -> Inst {
        let inst = self.body.insts.push(InstData { kind, args, results: results.clone() });
        for (k, &r) in results.iter().enumerate() {
            self.body.values[r].def = ValueDef::Result(inst, k as u32);
        }
        self.body.locs[inst] = self.loc;
        self.out.push(inst);
        inst
    }

    /// `op args` into a fresh value of the operator's result type.
    fn op(&mut self, op: Opcode, args: &[Value]) -> Value {
        let v = self.fresh(op.result());
        self.push(InstKind::Op(op), args.to_vec(), vec![v]);
        v
    }

    /// `op args` defining `target`.
    fn def(&mut self, target: Value, op: Opcode, args: &[Value]) {
        self.push(InstKind::Op(op), args.to_vec(), vec![target]);
    }

    fn fresh(&mut self, ty: Type) -> Value {
        // The definition is set by `push`.
        let def = ValueDef::Param(Block::new(0), 0);
        self.body.values.push(ValueData { ty, def, name: None })
    }

    fn i64(&mut self, v: i64) -> Value {
        let r = self.fresh(Type::I64);
        self.push(InstKind::Const(Constant::i64(v)), vec![], vec![r]);
        r
    }

    fn const_into(&mut self, target: Value, v: i64) {
        self.push(InstKind::Const(Constant::i64(v)), vec![], vec![target]);
    }

    /// Traps `checked-overflow` when the i32 `flag` is 1: `flag + 0xffff_ffff` overflows exactly
    /// then.
    fn raise_if(&mut self, flag: Value) {
        let all_ones = self.fresh(Type::I32);
        self.push(InstKind::Const(Constant::i32(-1)), vec![], vec![all_ones]);
        self.op(Opcode::I32AddOvfU, &[flag, all_ones]);
    }

    /// Rewrites instruction `i` (already taken out of its block).
    fn inst(&mut self, i: Inst) {
        let data = self.body.insts[i].clone();
        match data.kind {
            InstKind::Const(c) if c.ty == Type::I128 => {
                let (lo, hi) = self.split(data.results[0]);
                self.const_into(lo, c.bits as u64 as i64);
                self.const_into(hi, (c.bits >> 64) as u64 as i64);
            }
            InstKind::Op(op) if is_i128_op(op) => self.op128(op, &data),
            InstKind::OpImm(op @ (Opcode::I128Load | Opcode::I128Store), Imm::MemArg(m)) => {
                let (lo_m, hi_m) = split_memarg(m);
                if op == Opcode::I128Load {
                    let (lo, hi) = self.split(data.results[0]);
                    self.push(InstKind::OpImm(Opcode::I64Load, Imm::MemArg(lo_m)), data.args.clone(), vec![lo]);
                    self.push(InstKind::OpImm(Opcode::I64Load, Imm::MemArg(hi_m)), data.args, vec![hi]);
                } else if let [p, v] = data.args[..] {
                    let (lo, hi) = self.split(v);
                    self.push(InstKind::OpImm(Opcode::I64Store, Imm::MemArg(hi_m)), vec![p, hi], vec![]);
                    self.push(InstKind::OpImm(Opcode::I64Store, Imm::MemArg(lo_m)), vec![p, lo], vec![]);
                }
            }
            _ => {
                // Everything else keeps its operation: calls, returns and branches pass the halves.
                let args = self.expand(&data.args);
                let results = self.expand(&data.results);
                let mut kind = data.kind;
                for t in kind.targets_mut() {
                    t.args = self.expand(&t.args);
                }
                let inst = &mut self.body.insts[i];
                inst.kind = kind;
                inst.args = args;
                inst.results = results.clone();
                for (k, &r) in results.iter().enumerate() {
                    self.body.values[r].def = ValueDef::Result(i, k as u32);
                }
                self.out.push(i);
            }
        }
    }

    /// One `i128.*` operator of format `Plain`.
    fn op128(&mut self, op: Opcode, data: &InstData) {
        use Opcode::*;
        let r = data.results[0];
        let arg = |k: usize| data.args.get(k).copied().unwrap_or(r);
        // Results that are not `i128` (comparisons, `eqz`, `i64.wrap_i128`) keep their value.
        let (rl, rh) = self.split(r);
        match op {
            I128ExtendI64S => {
                self.alias(rl, arg(0));
                let c63 = self.i64(63);
                self.def(rh, I64ShrS, &[arg(0), c63]);
                return;
            }
            I128ExtendI64U => {
                self.alias(rl, arg(0));
                self.const_into(rh, 0);
                return;
            }
            I64WrapI128 => {
                let (al, _) = self.split(arg(0));
                self.alias(r, al);
                return;
            }
            I128Select => {
                let (al, ah) = self.split(arg(1));
                let (bl, bh) = self.split(arg(2));
                self.def(rl, I64Select, &[arg(0), al, bl]);
                self.def(rh, I64Select, &[arg(0), ah, bh]);
                return;
            }
            _ => {}
        }
        let (al, ah) = self.split(arg(0));
        match op {
            I128Eqz => {
                let or = self.op(I64Or, &[al, ah]);
                self.def(r, I64Eqz, &[or]);
                return;
            }
            I128Clz | I128Ctz => {
                // clz: the high half's, or 64 plus the low half's when the high half is 0.
                let (first, second, count) = if op == I128Clz { (ah, al, I64Clz) } else { (al, ah, I64Ctz) };
                let first_zero = self.op(I64Eqz, &[first]);
                let c_first = self.op(count, &[first]);
                let c_second = self.op(count, &[second]);
                let c64 = self.i64(64);
                let past = self.op(I64Add, &[c_second, c64]);
                self.def(rl, I64Select, &[first_zero, past, c_first]);
                self.const_into(rh, 0);
                return;
            }
            I128Popcnt => {
                let pl = self.op(I64Popcnt, &[al]);
                let ph = self.op(I64Popcnt, &[ah]);
                self.def(rl, I64Add, &[pl, ph]);
                self.const_into(rh, 0);
                return;
            }
            _ => {}
        }
        let (bl, bh) = self.split(arg(1));
        match op {
            I128And | I128Or | I128Xor => {
                let half = match op {
                    I128And => I64And,
                    I128Or => I64Or,
                    _ => I64Xor,
                };
                for (r, x, y) in [(rl, al, bl), (rh, ah, bh)] {
                    // A half that is known to be 0 (a widened i64, a small constant) decides it.
                    match (self.const_of(x), self.const_of(y), op) {
                        (Some(0), _, I128And) | (_, Some(0), I128And) => self.const_into(r, 0),
                        (Some(0), _, _) => self.alias(r, y),
                        (_, Some(0), _) => self.alias(r, x),
                        _ => self.def(r, half, &[x, y]),
                    }
                }
            }
            I128Add | I128AddOvfS | I128AddOvfU => {
                self.add(rl, rh, (al, ah), (bl, bh));
                let flag = if op == I128AddOvfS {
                    // Signed overflow: both operands' signs differ from the result's.
                    let x1 = self.op(I64Xor, &[ah, rh]);
                    let x2 = self.op(I64Xor, &[bh, rh]);
                    Some(self.negative(I64And, x1, x2))
                } else if op == I128AddOvfU {
                    // Unsigned overflow: the sum wrapped below an operand.
                    Some(self.less_u((rl, rh), (al, ah)))
                } else {
                    None
                };
                if let Some(f) = flag {
                    self.raise_if(f);
                }
            }
            I128Sub | I128SubOvfS | I128SubOvfU => {
                self.def(rl, I64Sub, &[al, bl]);
                let borrow = self.op(I64LtU, &[al, bl]);
                let borrow = self.op(I64ExtendI32U, &[borrow]);
                let d = self.op(I64Sub, &[ah, bh]);
                self.def(rh, I64Sub, &[d, borrow]);
                let flag = if op == I128SubOvfS {
                    // Signed overflow: the operands' signs differ and the result's is not a's.
                    let x1 = self.op(I64Xor, &[ah, bh]);
                    let x2 = self.op(I64Xor, &[ah, rh]);
                    Some(self.negative(I64And, x1, x2))
                } else if op == I128SubOvfU {
                    Some(self.less_u((al, ah), (bl, bh)))
                } else {
                    None
                };
                if let Some(f) = flag {
                    self.raise_if(f);
                }
            }
            I128Mul => {
                self.def(rl, I64Mul, &[al, bl]);
                let mut h = self.mul_high_u(al, bl);
                // A known-zero high half (a widened i64, as in `a as u128 * b as u128`) adds no
                // cross product.
                for (x, y) in [(al, bh), (ah, bl)] {
                    if self.const_of(y) != Some(0) && self.const_of(x) != Some(0) {
                        let cross = self.op(I64Mul, &[x, y]);
                        h = self.op(I64Add, &[h, cross]);
                    }
                }
                self.alias(rh, h);
            }
            I128Shl | I128ShrU | I128ShrS | I128Rotl | I128Rotr => match self.const_of(bl) {
                Some(n) => self.shift_by(op, (rl, rh), (al, ah), (n & 127) as u32),
                None => self.shift(op, (rl, rh), (al, ah), bl),
            },
            I128Eq | I128Ne => {
                let (half, join) = if op == I128Eq { (I64Eq, I32And) } else { (I64Ne, I32Or) };
                let l = self.op(half, &[al, bl]);
                let h = self.op(half, &[ah, bh]);
                self.def(r, join, &[l, h]);
            }
            I128LtS | I128LtU | I128GtS | I128GtU | I128LeS | I128LeU | I128GeS | I128GeU => {
                // The high halves decide (strictly) unless equal; then the low halves, unsigned.
                let (high, low) = match op {
                    I128LtS => (I64LtS, I64LtU),
                    I128LtU => (I64LtU, I64LtU),
                    I128GtS => (I64GtS, I64GtU),
                    I128GtU => (I64GtU, I64GtU),
                    I128LeS => (I64LtS, I64LeU),
                    I128LeU => (I64LtU, I64LeU),
                    I128GeS => (I64GtS, I64GeU),
                    _ => (I64GtU, I64GeU),
                };
                let eq = self.op(I64Eq, &[ah, bh]);
                let lo = self.op(low, &[al, bl]);
                let hi = self.op(high, &[ah, bh]);
                self.def(r, I32Select, &[eq, lo, hi]);
            }
            // Division, remainder and checked multiplication became helper calls; any other
            // operator is not an `i128` one.
            _ => {
                let args = self.expand(&data.args);
                let results = self.expand(&data.results);
                self.push(InstKind::Op(op), args, results);
            }
        }
    }

    /// Makes every use of `target` (a half, or the result of `i64.wrap_i128`) read `v`. Should
    /// the alias be refused (it never is: each target is defined once, by its own instruction),
    /// `target` is defined as `v | 0` instead, so the IR stays valid.
    fn alias(&mut self, target: Value, v: Value) {
        if !self.aliases.insert(target, v) {
            let zero = self.i64(0);
            self.def(target, Opcode::I64Or, &[v, zero]);
        }
    }

    /// The value of `v` when an `i64.const` made here or in the input defines it. Halves not yet
    /// defined still point at the instruction they come from, an `i128` one, so the type check
    /// keeps a 128-bit constant's bits from being read as either half.
    fn const_of(&self, v: Value) -> Option<u64> {
        let v = self.aliases.resolve(v);
        let ValueDef::Result(inst, 0) = self.body.values.get(v)?.def else { return None };
        match self.body.insts.get(inst)?.kind {
            InstKind::Const(c) if c.ty == Type::I64 && self.body.ty(v) == Type::I64 => Some(c.bits as u64),
            _ => None,
        }
    }

    /// A shift or rotate by the constant `k` (0..128): the halves move by whole words and
    /// constant shifts, with no `select`.
    fn shift_by(&mut self, op: Opcode, (rl, rh): (Value, Value), (al, ah): (Value, Value), k: u32) {
        use Opcode::*;
        let (op, k) = match op {
            I128Rotr => (I128Rotl, (128 - k) % 128),
            _ => (op, k),
        };
        // `x << s` / `x >> s` by a constant, and `(x << s) | (y >> (64 - s))` for 0 < s < 64.
        let by = |cx: &mut Self, shift: Opcode, x: Value, s: u32| {
            let c = cx.i64(s as i64);
            cx.op(shift, &[x, c])
        };
        let funnel = |cx: &mut Self, shift: Opcode, back: Opcode, x: Value, y: Value, s: u32| {
            let a = by(cx, shift, x, s);
            let b = by(cx, back, y, 64 - s);
            cx.op(I64Or, &[a, b])
        };
        match (op, k) {
            (_, 0) => {
                self.alias(rl, al);
                self.alias(rh, ah);
            }
            (I128Shl, 1..=63) => {
                let c = self.i64(k as i64);
                self.def(rl, I64Shl, &[al, c]);
                let h = funnel(self, I64Shl, I64ShrU, ah, al, k);
                self.alias(rh, h);
            }
            (I128Shl, _) => {
                self.const_into(rl, 0);
                let h = if k == 64 { al } else { by(self, I64Shl, al, k - 64) };
                self.alias(rh, h);
            }
            (I128ShrU | I128ShrS, 1..=63) => {
                let l = funnel(self, I64ShrU, I64Shl, al, ah, k);
                self.alias(rl, l);
                let shift = if op == I128ShrS { I64ShrS } else { I64ShrU };
                let c = self.i64(k as i64);
                self.def(rh, shift, &[ah, c]);
            }
            (I128ShrU | I128ShrS, _) => {
                let shift = if op == I128ShrS { I64ShrS } else { I64ShrU };
                let l = if k == 64 { ah } else { by(self, shift, ah, k - 64) };
                self.alias(rl, l);
                if op == I128ShrS {
                    let c63 = self.i64(63);
                    self.def(rh, I64ShrS, &[ah, c63]);
                } else {
                    self.const_into(rh, 0);
                }
            }
            _ => {
                // Rotate left: by 64 swaps the halves, then both move by the rest.
                let (l, h, k) = if k >= 64 { (ah, al, k - 64) } else { (al, ah, k) };
                if k == 0 {
                    self.alias(rl, l);
                    self.alias(rh, h);
                } else {
                    let nl = funnel(self, I64Shl, I64ShrU, l, h, k);
                    let nh = funnel(self, I64Shl, I64ShrU, h, l, k);
                    self.alias(rl, nl);
                    self.alias(rh, nh);
                }
            }
        }
    }

    /// `(rl, rh) = a + b`.
    fn add(&mut self, rl: Value, rh: Value, (al, ah): (Value, Value), (bl, bh): (Value, Value)) {
        self.def(rl, Opcode::I64Add, &[al, bl]);
        let carry = self.op(Opcode::I64LtU, &[rl, al]);
        let carry = self.op(Opcode::I64ExtendI32U, &[carry]);
        let s = self.op(Opcode::I64Add, &[ah, bh]);
        self.def(rh, Opcode::I64Add, &[s, carry]);
    }

    /// i32: whether `combine(x, y)` is negative as an i64.
    fn negative(&mut self, combine: Opcode, x: Value, y: Value) -> Value {
        let v = self.op(combine, &[x, y]);
        let zero = self.i64(0);
        self.op(Opcode::I64LtS, &[v, zero])
    }

    /// i32: `a < b` as unsigned 128-bit numbers.
    fn less_u(&mut self, (al, ah): (Value, Value), (bl, bh): (Value, Value)) -> Value {
        let eq = self.op(Opcode::I64Eq, &[ah, bh]);
        let lo = self.op(Opcode::I64LtU, &[al, bl]);
        let hi = self.op(Opcode::I64LtU, &[ah, bh]);
        self.op(Opcode::I32Select, &[eq, lo, hi])
    }

    /// The high 64 bits of the unsigned 128-bit product `x * y`, from 32-bit halves (Hacker's
    /// Delight, 2nd ed., §8-2 `mulhu`).
    fn mul_high_u(&mut self, x: Value, y: Value) -> Value {
        use Opcode::*;
        let mask = self.i64(0xffff_ffff);
        let c32 = self.i64(32);
        let x0 = self.op(I64And, &[x, mask]);
        let x1 = self.op(I64ShrU, &[x, c32]);
        let y0 = self.op(I64And, &[y, mask]);
        let y1 = self.op(I64ShrU, &[y, c32]);
        let p00 = self.op(I64Mul, &[x0, y0]);
        let p01 = self.op(I64Mul, &[x0, y1]);
        let p10 = self.op(I64Mul, &[x1, y0]);
        let p11 = self.op(I64Mul, &[x1, y1]);
        // The middle column: at most 3 * (2^32 - 1), so it cannot overflow 64 bits.
        let p00_hi = self.op(I64ShrU, &[p00, c32]);
        let p01_lo = self.op(I64And, &[p01, mask]);
        let p10_lo = self.op(I64And, &[p10, mask]);
        let mid = self.op(I64Add, &[p00_hi, p01_lo]);
        let mid = self.op(I64Add, &[mid, p10_lo]);
        let p01_hi = self.op(I64ShrU, &[p01, c32]);
        let p10_hi = self.op(I64ShrU, &[p10, c32]);
        let mid_hi = self.op(I64ShrU, &[mid, c32]);
        let h = self.op(I64Add, &[p11, p01_hi]);
        let h = self.op(I64Add, &[h, p10_hi]);
        self.op(I64Add, &[h, mid_hi])
    }

    /// Shifts and rotates of `(al, ah)` by the low 7 bits of `n` (the low half of the amount).
    /// `i64` shifts take their amount modulo 64, so `n` serves as `n & 63` directly, and
    /// `n ^ 63` as `63 - (n & 63)`: `x >> 1 >> (63 - k)` is `x >> (64 - k)`, and 0 when `k` is 0
    /// (a single shift by `64 - k` would shift by 0 then).
    fn shift(&mut self, op: Opcode, (rl, rh): (Value, Value), (al, ah): (Value, Value), n: Value) {
        use Opcode::*;
        let c63 = self.i64(63);
        let c64 = self.i64(64);
        let one = self.i64(1);
        let inv = self.op(I64Xor, &[n, c63]);
        let big = self.op(I64And, &[n, c64]);
        let small = self.op(I64Eqz, &[big]);
        // The bits that cross from one half into the other, for `k = n & 63`.
        let spill_down = |cx: &mut Self, x: Value| {
            let t = cx.op(I64ShrU, &[x, one]);
            cx.op(I64ShrU, &[t, inv])
        };
        let spill_up = |cx: &mut Self, x: Value| {
            let t = cx.op(I64Shl, &[x, one]);
            cx.op(I64Shl, &[t, inv])
        };
        match op {
            I128Shl => {
                let lo = self.op(I64Shl, &[al, n]);
                let hi = self.op(I64Shl, &[ah, n]);
                let carried = spill_down(self, al);
                let hi = self.op(I64Or, &[hi, carried]);
                let zero = self.i64(0);
                self.def(rl, I64Select, &[small, lo, zero]);
                self.def(rh, I64Select, &[small, hi, lo]);
            }
            I128ShrU | I128ShrS => {
                let signed = op == I128ShrS;
                let hi = self.op(if signed { I64ShrS } else { I64ShrU }, &[ah, n]);
                let lo = self.op(I64ShrU, &[al, n]);
                let carried = spill_up(self, ah);
                let lo = self.op(I64Or, &[lo, carried]);
                let fill = if signed { self.op(I64ShrS, &[ah, c63]) } else { self.i64(0) };
                self.def(rl, I64Select, &[small, lo, hi]);
                self.def(rh, I64Select, &[small, hi, fill]);
            }
            _ => {
                // Rotating by 64 swaps the halves; then rotate both by k.
                let l = self.op(I64Select, &[small, al, ah]);
                let h = self.op(I64Select, &[small, ah, al]);
                if op == I128Rotl {
                    let l_shifted = self.op(I64Shl, &[l, n]);
                    let h_shifted = self.op(I64Shl, &[h, n]);
                    let from_h = spill_down(self, h);
                    let from_l = spill_down(self, l);
                    self.def(rl, I64Or, &[l_shifted, from_h]);
                    self.def(rh, I64Or, &[h_shifted, from_l]);
                } else {
                    let l_shifted = self.op(I64ShrU, &[l, n]);
                    let h_shifted = self.op(I64ShrU, &[h, n]);
                    let from_h = spill_up(self, h);
                    let from_l = spill_up(self, l);
                    self.def(rl, I64Or, &[l_shifted, from_h]);
                    self.def(rh, I64Or, &[h_shifted, from_l]);
                }
            }
        }
    }
}

/// Whether `op` is an `i128` operator of format `Plain` that this pass expands.
fn is_i128_op(op: Opcode) -> bool {
    op.params().contains(&Type::I128) || op.results().contains(&Type::I128)
}

/// The memargs of the low and high `i64` halves of a 16-byte access (see the module docs).
fn split_memarg(m: MemArg) -> (MemArg, MemArg) {
    let align = m.align.min(8);
    let lo = MemArg { align, ..m };
    let hi = MemArg { align, offset: m.offset.saturating_add(8), ..m };
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_parse_and_verify() {
        let (m, spans) = wasmir_syntax::parse(HELPERS).unwrap_or_else(|d| panic!("{d:?}"));
        let errors = wasmir_verify::verify(&m, &spans);
        assert!(errors.is_empty(), "{errors:?}");
        for op in Opcode::ALL {
            if let Some(name) = helper_of(*op) {
                assert!(m.funcs.values().any(|f| f.name == name), "{name}");
            }
        }
    }

    #[test]
    fn high_access_past_the_address_space_still_traps() {
        let m = MemArg {
            mem: wasmir_syntax::ir::MemoryId::new(0),
            offset: u32::MAX - 3,
            align: 16,
            notrap: false,
            aligned: false,
        };
        let (lo, hi) = split_memarg(m);
        assert_eq!((lo.offset, lo.align), (u32::MAX - 3, 8));
        assert_eq!(hi.offset, u32::MAX);
    }
}
