//! Helper functions mir-export writes into a module itself, for intrinsics that need a loop and
//! have no MIR body in core (`compare_bytes`, `raw_eq`): a call of a helper keeps the caller's
//! control-flow graph the one of its MIR body. Each helper is made once per module, on first use.

use wasmir_syntax::ir::builder::{BuildError, BuildResult, FunctionBuilder};
use wasmir_syntax::ir::{Body, Function, FunctionKind, Imm, MemArg, MemoryId, Opcode, Signature, Type, Value};

/// A helper function of the module.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Helper {
    /// `fn(a: ptr, b: ptr, n: i32) -> i32`: the sign of the first difference between the `n`
    /// bytes at `a` and at `b`, compared as unsigned bytes (`-1`, `0` or `1`); core's
    /// `intrinsics::compare_bytes`, C's `memcmp`.
    CompareBytes,
}

impl Helper {
    /// The helper's function name in the module (a `.` keeps it apart from Rust paths).
    pub fn name(self) -> &'static str {
        match self {
            Helper::CompareBytes => "rt.compare_bytes",
        }
    }

    /// The helper's signature.
    pub fn signature(self) -> Signature {
        match self {
            Helper::CompareBytes => Signature::new(vec![Type::Ptr, Type::Ptr, Type::I32], vec![Type::I32]),
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
