//! Appending instructions to the block being filled: new values, constants, operators (named as
//! in the opcode table, e.g. `i32.add`), and the block's terminator.

use super::{Inst, Lower, Term, Val, WTy};
use crate::index::Idx;
use crate::shape::Kind;
use std::collections::BTreeMap;

impl Lower<'_, '_> {
    /// A new value of type `ty`.
    pub(super) fn new_val(&mut self, ty: WTy) -> Val {
        self.func.value_tys.push(ty);
        Val::new(self.func.value_tys.len() - 1)
    }

    /// Appends `i` to the current block.
    pub(super) fn emit(&mut self, i: Inst) {
        self.func.blocks[self.cur].insts.push(i);
    }

    /// Sets the terminator of the current block.
    pub(super) fn set_term(&mut self, t: Term) {
        self.func.blocks[self.cur].term = t;
    }

    /// `T.const value`.
    pub(super) fn iconst(&mut self, ty: WTy, value: i64) -> Val {
        let dst = self.new_val(ty);
        self.emit(Inst::Const { dst, ty, value });
        dst
    }

    /// The constant of kind `k` whose low bits are `raw`, in normal form.
    pub(super) fn kconst(&mut self, k: Kind, raw: u128) -> Val {
        self.iconst(k.wty(), k.literal(raw))
    }

    /// `op args...`, giving a value of type `ty`.
    pub(super) fn op(&mut self, op: &'static str, ty: WTy, args: &[Val]) -> Val {
        let dst = self.new_val(ty);
        self.emit(Inst::Op { dst, op, args: args.to_vec() });
        dst
    }

    /// `T.name` for the type of `k`.
    pub(super) fn opn(k: Kind, base: &str) -> &'static str {
        let s = match k.wty() {
            WTy::I32 => format!("i32.{base}"),
            WTy::I64 => format!("i64.{base}"),
        };
        // The set of names is small and fixed; leak-free interning through a static table.
        intern(&s)
    }

    /// The binary operator `T.base` of `k`'s type, giving a `k` value (not normalized).
    pub(super) fn op2(&mut self, k: Kind, base: &str, a: Val, b: Val) -> Val {
        let name = Self::opn(k, base);
        self.op(name, k.wty(), &[a, b])
    }

    /// The comparison `T.base` of `k`'s type, giving an `i32` 0 or 1.
    pub(super) fn cmp(&mut self, k: Kind, base: &str, a: Val, b: Val) -> Val {
        let name = Self::opn(k, base);
        self.op(name, WTy::I32, &[a, b])
    }
}

/// Interns an operator name (the set is finite: names from the opcode table).
pub(super) fn intern(s: &str) -> &'static str {
    use std::sync::Mutex;
    static TABLE: Mutex<BTreeMap<String, &'static str>> = Mutex::new(BTreeMap::new());
    let mut t = TABLE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = t.get(s) {
        return v;
    }
    let v: &'static str = Box::leak(s.to_string().into_boxed_str());
    t.insert(s.to_string(), v);
    v
}
