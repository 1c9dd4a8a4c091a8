//! MIR constants (`Operand::Constant`), decoded from rustc's bytes by layout (design record
//! M4): each leaf is read at its offset; a pointer with provenance is the address of the data
//! item the collector makes for the allocation it points into (`data.addr`). A memory-form
//! constant is the address of a data item holding its bytes.

use super::memory::Val;
use super::{Lower, err};
use crate::diag::{Code, DResult};
use crate::shape::{Kind, shape_of};
use rustc_public::mir::ConstOperand;
use rustc_public::ty::{Allocation, ConstantKind};
use wasmir_syntax::ir::{DataId, Imm, Opcode, Value};

impl Lower<'_, '_, '_> {
    /// The value of a constant operand.
    pub(super) fn constant(&mut self, c: &ConstOperand) -> DResult<Val> {
        let ty = c.const_.ty();
        let shape = shape_of(ty)?;
        match c.const_.kind() {
            ConstantKind::ZeroSized => {
                if shape.leaves.is_empty() {
                    Ok(Val::Leaves(vec![]))
                } else {
                    Err(err(Code::Constant, format!("zero-sized constant of type `{ty}`"), ""))
                }
            }
            ConstantKind::Allocated(alloc) if shape.in_memory() => {
                let d = self.res.data_for_bytes(alloc)?;
                Ok(Val::Ref(self.data_addr(d, 0)?))
            }
            ConstantKind::Allocated(alloc) => {
                let mut out = vec![];
                for (k, off) in shape.leaves {
                    out.push(self.decode_leaf(alloc, k, off as usize)?);
                }
                Ok(Val::Leaves(out))
            }
            other => {
                Err(err(Code::Constant, format!("unsupported constant `{}` of type `{ty}`", kind_name(other)), ""))
            }
        }
    }

    /// The leaf of kind `k` at byte `off` of an allocation. Uninitialized bytes (padding,
    /// inactive variants) read as 0.
    fn decode_leaf(&mut self, a: &Allocation, k: Kind, off: usize) -> DResult<Value> {
        let n = k.bytes() as usize;
        let mut raw = 0u128;
        for j in 0..n.min(16) {
            raw |= (a.bytes.get(off + j).copied().flatten().unwrap_or(0) as u128) << (8 * j);
        }
        if let Some((_, prov)) = a.provenance.ptrs.iter().find(|(o, _)| *o == off) {
            use rustc_public::mir::alloc::GlobalAlloc;
            match GlobalAlloc::from(prov.0) {
                // A function pointer is its table index (`fn.index`), as in a data item.
                GlobalAlloc::Function(inst) => {
                    let p = self.fn_pointer(inst)?;
                    return match k {
                        Kind::Ptr => Ok(p),
                        _ => self.op(Opcode::PtrToInt, &[p]),
                    };
                }
                // A `TypeId` fragment: its offset is the bytes of the hash (rustc's codegen).
                GlobalAlloc::TypeId { .. } => return self.kconst(k, raw),
                _ => {}
            }
            let d = self.res.data_for_alloc(prov.0)?;
            let addend = u32::try_from(raw).map_err(|_| err(Code::Constant, "pointer offset out of range", ""))?;
            let p = self.data_addr(d, addend)?;
            return match k {
                Kind::Ptr => Ok(p),
                _ => self.op(Opcode::PtrToInt, &[p]),
            };
        }
        self.kconst(k, raw)
    }

    /// `data.addr[$d, addend=N]`.
    pub(super) fn data_addr(&mut self, data: DataId, addend: u32) -> DResult<Value> {
        let v = self.fb.ins_op_imm(Opcode::DataAddr, Imm::Data { data, addend }, &[])?;
        v.ok_or_else(|| err(Code::Constant, "internal: `data.addr` without result", ""))
    }
}

/// The variant name of a constant kind, for diagnostics.
fn kind_name(k: &ConstantKind) -> &'static str {
    match k {
        ConstantKind::Ty(_) => "Ty",
        ConstantKind::Allocated(_) => "Allocated",
        ConstantKind::Unevaluated(_) => "Unevaluated",
        ConstantKind::Param(_) => "Param",
        ConstantKind::ZeroSized => "ZeroSized",
    }
}
