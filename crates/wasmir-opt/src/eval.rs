//! Folding policy over the shared evaluator (`wasmir_interp::eval`): which operator applications
//! constant folding may replace by their value.
//!
//! It declines (returns `None`) in exactly these cases, so that folding never changes behaviour:
//! - the operation traps at run time (spec §4 "Traps" column): the trap must still happen;
//! - an arithmetic float operation produces NaN: wasm lets the sign and payload of such a NaN vary
//!   (§4.3.3 "NaN propagation"), so the result is left to run time rather than picking one;
//! - the operands do not match the operator's signature (invalid IR): never a panic;
//! - the operator is not of format `Plain` (it reads or writes state, or names an entity), or it
//!   takes or produces a `ptr` (pointers are left to run time: a folded address would be a
//!   `ptr.const`, and addresses are only known once the emitter lays memory out).
//!
//! The bitwise float operations (`abs`, `neg`, `copysign`, `reinterpret`, `select`) are exact even
//! on NaN and are always evaluated.

use wasmir_syntax::ir::{Constant, Format, Opcode, Type};

/// Evaluates `op` on `args` for folding. `None` when the instruction would trap, when its result
/// would be an arithmetic NaN, or when `args` does not match the operator's signature; also for
/// pointers and references, which have no constants the text can write (references none at all,
/// spec §3.4.2).
pub fn eval(op: Opcode, args: &[Constant]) -> Option<Constant> {
    if op.format() != Format::Plain || op.params().iter().chain(op.results()).any(|&t| t == Type::Ptr || t.is_ref()) {
        return None;
    }
    let r = wasmir_interp::eval::apply(op, args).ok()?;
    (!wasmir_interp::eval::is_arithmetic_nan(op, r)).then_some(r)
}
