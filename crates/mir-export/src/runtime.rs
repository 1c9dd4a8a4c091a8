//! Helper functions mir-export writes into a module itself, for intrinsics that need a loop and
//! have no MIR body in core (`compare_bytes`, `raw_eq`): a call of a helper keeps the caller's
//! control-flow graph the one of its MIR body. Each helper is made once per module, on first use.

use wasmir_syntax::ir::builder::{BuildError, BuildResult, FunctionBuilder};
use wasmir_syntax::ir::{Body, Function, FunctionKind, Imm, MemArg, MemoryId, Opcode, Signature, TableId, Type, Value};

/// The module's `externref` table (`table $refs: externref`, exported as
/// [`REFS_EXPORT`]), where `wasm::ExternRef` handles point (issue 8, design O7): table 1, after
/// the function table `$fns` (table 0), which the module then always declares.
pub fn refs_table() -> TableId {
    TableId::from_u32(1)
}

/// The export name of [`refs_table`], so that hosts (and the Node test) can see its size.
pub const REFS_EXPORT: &str = "__wasmrust_refs";

/// A helper function of the module.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Helper {
    /// `fn(a: ptr, b: ptr, n: i32) -> i32`: the sign of the first difference between the `n`
    /// bytes at `a` and at `b`, compared as unsigned bytes (`-1`, `0` or `1`); core's
    /// `intrinsics::compare_bytes`, C's `memcmp`.
    CompareBytes,
    /// `fn(r: externref) -> i32`: a free slot of [`refs_table`] (the first null one from slot 1,
    /// else new ones: the table grows to twice its size plus 2) now holding `r`; its index is a
    /// `wasm::ExternRef` handle. Slot 0 stays null, so a handle is never 0.
    ExternPut,
    /// `fn(h: i32) -> externref`: the reference in slot `h`, which is freed (set to null).
    ExternTake,
    /// `fn(h: i32)`: frees slot `h` (`ExternRef`'s `Drop`).
    ExternFree,
    /// `fn(h: i32) -> i32`: a new slot holding the reference of slot `h` (`clone_ref`).
    ExternClone,
}

impl Helper {
    /// The helper's function name in the module (a `.` keeps it apart from Rust paths).
    pub fn name(self) -> &'static str {
        match self {
            Helper::CompareBytes => "rt.compare_bytes",
            Helper::ExternPut => "rt.extern_put",
            Helper::ExternTake => "rt.extern_take",
            Helper::ExternFree => "rt.extern_free",
            Helper::ExternClone => "rt.extern_clone",
        }
    }

    /// The helper's signature.
    pub fn signature(self) -> Signature {
        match self {
            Helper::CompareBytes => Signature::new(vec![Type::Ptr, Type::Ptr, Type::I32], vec![Type::I32]),
            Helper::ExternPut => Signature::new(vec![Type::ExternRef], vec![Type::I32]),
            Helper::ExternTake => Signature::new(vec![Type::I32], vec![Type::ExternRef]),
            Helper::ExternFree => Signature::new(vec![Type::I32], vec![]),
            Helper::ExternClone => Signature::new(vec![Type::I32], vec![Type::I32]),
        }
    }

    /// The helper's function, its body built here.
    ///
    /// Errors: a builder error, which would be a bug of this function.
    pub fn function(self, name: String) -> Result<Function, String> {
        let sig = self.signature();
        let mut body = Body::default();
        let mut fb = FunctionBuilder::with_signature(&mut body, &sig);
        match self {
            Helper::CompareBytes => compare_bytes(&mut fb).map_err(|e| format!("{e:?}"))?,
            Helper::ExternPut | Helper::ExternTake | Helper::ExternFree | Helper::ExternClone => {
                extern_helper(&mut fb, self).map_err(|e| format!("{e:?}"))?
            }
        }
        fb.finalize().map_err(|e| format!("{e:?}"))?;
        Ok(Function { name, sig, loc: None, kind: FunctionKind::Defined(body) })
    }
}

/// The body of [`Helper::CompareBytes`]: one byte per iteration.
///
/// ```text
/// entry(a, b, n):  br head(0)
/// head(i):         br_if (i <u n), step, equal
/// step:            x = load8_u(a + i); y = load8_u(b + i); br_if (x != y), differ, head(i + 1)
/// differ:          return (x >u y) - (x <u y)
/// equal:           return 0
/// ```
fn compare_bytes(fb: &mut FunctionBuilder<'_>) -> BuildResult<()> {
    let entry = fb.create_block();
    let head = fb.create_block();
    let step = fb.create_block();
    let differ = fb.create_block();
    let equal = fb.create_block();
    let params = fb.append_block_params_for_function_params(entry)?;
    let (a, b, n) = (params[0], params[1], params[2]);
    let i = fb.append_block_param(head, Type::I32)?;
    let dx = fb.append_block_param(differ, Type::I32)?;
    let dy = fb.append_block_param(differ, Type::I32)?;

    fb.switch_to_block(entry)?;
    let zero = fb.iconst(Type::I32, 0)?;
    fb.br(head, &[zero])?;

    fb.switch_to_block(head)?;
    let more = fb.ins_op(Opcode::I32LtU, &[i, n])?;
    fb.br_if(more, step, &[], equal, &[])?;

    fb.switch_to_block(step)?;
    let byte = MemArg { mem: MemoryId::from_u32(0), offset: 0, align: 1, notrap: false, aligned: false };
    let pa = fb.ins_op(Opcode::PtrAdd, &[a, i])?;
    let pb = fb.ins_op(Opcode::PtrAdd, &[b, i])?;
    let x = load8(fb, pa, byte)?;
    let y = load8(fb, pb, byte)?;
    let ne = fb.ins_op(Opcode::I32Ne, &[x, y])?;
    let one = fb.iconst(Type::I32, 1)?;
    let next = fb.ins_op(Opcode::I32Add, &[i, one])?;
    fb.br_if(ne, differ, &[x, y], head, &[next])?;

    fb.switch_to_block(differ)?;
    let gt = fb.ins_op(Opcode::I32GtU, &[dx, dy])?;
    let lt = fb.ins_op(Opcode::I32LtU, &[dx, dy])?;
    let sign = fb.ins_op(Opcode::I32Sub, &[gt, lt])?;
    fb.ret(&[sign])?;

    fb.switch_to_block(equal)?;
    let zero = fb.iconst(Type::I32, 0)?;
    fb.ret(&[zero])?;
    fb.seal_all_blocks()
}

fn load8(fb: &mut FunctionBuilder<'_>, p: Value, m: MemArg) -> BuildResult<Value> {
    fb.ins_op_imm(Opcode::I32Load8U, Imm::MemArg(m), &[p])?.ok_or(BuildError::NoCurrentBlock)
}

/// The bodies of the `externref` slot helpers (see [`Helper::ExternPut`] and the others).
fn extern_helper(fb: &mut FunctionBuilder<'_>, h: Helper) -> BuildResult<()> {
    let entry = fb.create_block();
    let params = fb.append_block_params_for_function_params(entry)?;
    fb.switch_to_block(entry)?;
    let table = |fb: &mut FunctionBuilder<'_>, op: Opcode, args: &[Value]| {
        fb.ins_table_op(op, refs_table(), Type::ExternRef, args)
    };
    match h {
        Helper::ExternPut => {
            let slot = put(fb, params[0])?;
            fb.ret(&[slot])?;
        }
        Helper::ExternTake => {
            let r = table(fb, Opcode::TableGet, &[params[0]])?.ok_or(BuildError::NoCurrentBlock)?;
            let null = fb.ins_op(Opcode::ExternRefNull, &[])?;
            table(fb, Opcode::TableSet, &[params[0], null])?;
            fb.ret(&[r])?;
        }
        Helper::ExternFree => {
            let null = fb.ins_op(Opcode::ExternRefNull, &[])?;
            table(fb, Opcode::TableSet, &[params[0], null])?;
            fb.ret(&[])?;
        }
        Helper::ExternClone => {
            let r = table(fb, Opcode::TableGet, &[params[0]])?.ok_or(BuildError::NoCurrentBlock)?;
            let slot = put(fb, r)?;
            fb.ret(&[slot])?;
        }
        Helper::CompareBytes => return Err(BuildError::Internal("not an externref helper")),
    }
    fb.seal_all_blocks()
}

/// Appends to the current block the code that puts `r` into a free slot of [`refs_table`] and
/// returns the slot; the current block is then the one after it.
///
/// ```text
/// n = table.size; br head(1)
/// head(i):  br_if (i <u n), probe, grow
/// probe:    br_if externref.is_null(table.get i), found(i), head(i + 1)
/// grow:     old = table.grow(null, n + 2); trapnz (old == -1); slot = select(n == 0, 1, n); br found(slot)
/// found(s): table.set s, r
/// ```
fn put(fb: &mut FunctionBuilder<'_>, r: Value) -> BuildResult<Value> {
    let head = fb.create_block();
    let probe = fb.create_block();
    let grow = fb.create_block();
    let found = fb.create_block();
    let i = fb.append_block_param(head, Type::I32)?;
    let s = fb.append_block_param(found, Type::I32)?;
    let n =
        fb.ins_table_op(Opcode::TableSize, refs_table(), Type::ExternRef, &[])?.ok_or(BuildError::NoCurrentBlock)?;
    let one = fb.iconst(Type::I32, 1)?;
    fb.br(head, &[one])?;

    fb.switch_to_block(head)?;
    let more = fb.ins_op(Opcode::I32LtU, &[i, n])?;
    fb.br_if(more, probe, &[], grow, &[])?;

    fb.switch_to_block(probe)?;
    let e =
        fb.ins_table_op(Opcode::TableGet, refs_table(), Type::ExternRef, &[i])?.ok_or(BuildError::NoCurrentBlock)?;
    let free = fb.ins_op(Opcode::ExternRefIsNull, &[e])?;
    let one = fb.iconst(Type::I32, 1)?;
    let next = fb.ins_op(Opcode::I32Add, &[i, one])?;
    fb.br_if(free, found, &[i], head, &[next])?;

    fb.switch_to_block(grow)?;
    let null = fb.ins_op(Opcode::ExternRefNull, &[])?;
    let two = fb.iconst(Type::I32, 2)?;
    let more = fb.ins_op(Opcode::I32Add, &[n, two])?;
    let old = fb
        .ins_table_op(Opcode::TableGrow, refs_table(), Type::ExternRef, &[null, more])?
        .ok_or(BuildError::NoCurrentBlock)?;
    let minus1 = fb.iconst(Type::I32, -1)?;
    let failed = fb.ins_op(Opcode::I32Eq, &[old, minus1])?;
    fb.trapnz(failed)?;
    let empty = fb.ins_op(Opcode::I32Eqz, &[n])?;
    let one = fb.iconst(Type::I32, 1)?;
    let slot = fb.ins_op(Opcode::I32Select, &[empty, one, n])?;
    fb.br(found, &[slot])?;

    fb.switch_to_block(found)?;
    fb.ins_table_op(Opcode::TableSet, refs_table(), Type::ExternRef, &[s, r])?;
    Ok(s)
}
