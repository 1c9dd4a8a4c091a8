//! Linear memory (spec §12.1, design D5): a byte array of `pages × 65536` bytes, little-endian.
//!
//! Every access computes its effective address `ptr + offset` in 64 bits (no wrap) and traps with
//! [`TrapKind::MemoryOutOfBounds`] when `address + width` passes the current size; `align` is a
//! hint and is ignored. `memory.copy` and `memory.fill` check both ranges before writing anything
//! and `memory.copy` handles overlap (memmove), as wasm's bulk-memory instructions do.

use crate::TrapKind;
use core::ops::Range;
use wasmir_syntax::ir::layout::PAGE_BYTES;
use wasmir_syntax::ir::{Constant, Opcode};

/// Pages a wasm32 memory can have at most (4 GiB).
pub const MAX_PAGES: u64 = 65_536;

/// One linear memory of a running module.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    bytes: Vec<u8>,
    /// The size `memory.grow` may not exceed, in pages.
    max_pages: u64,
}

impl Memory {
    /// A memory of `pages` zeroed pages that may grow to `max_pages` pages.
    pub fn new(pages: u64, max_pages: u64) -> Memory {
        Memory { bytes: vec![0; (pages * PAGE_BYTES) as usize], max_pages }
    }

    /// The contents.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The contents, mutably.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.bytes
    }

    /// The current size in pages.
    pub fn pages(&self) -> u32 {
        (self.bytes.len() as u64 / PAGE_BYTES) as u32
    }

    /// The byte range `[addr + offset, addr + offset + len)`, or the out-of-bounds trap.
    pub fn range(&self, addr: u32, offset: u32, len: u64) -> Result<Range<usize>, TrapKind> {
        let start = addr as u64 + offset as u64;
        let end = start + len;
        if end > self.bytes.len() as u64 {
            return Err(TrapKind::MemoryOutOfBounds);
        }
        Ok(start as usize..end as usize)
    }

    /// Executes load `op` at `addr + offset`: reads its width little-endian, then sign- or
    /// zero-extends to the result type. `Invalid` when `op` is not a load.
    pub fn load(&self, op: Opcode, addr: u32, offset: u32) -> Result<Constant, TrapKind> {
        let (Some(width), Some(ty)) = (op.access_bytes(), op.results().first().copied()) else {
            return Err(TrapKind::Invalid);
        };
        let r = self.range(addr, offset, width as u64)?;
        let mut le = [0u8; 16];
        le[..width as usize].copy_from_slice(&self.bytes[r]);
        let raw = u128::from_le_bytes(le);
        let bits = if op.load_is_signed() {
            let shift = 128 - 8 * width;
            ((raw << shift) as i128 >> shift) as u128
        } else {
            raw
        };
        let bits = match ty.bits() {
            128 => bits,
            w => bits & ((1u128 << w) - 1),
        };
        Ok(Constant { ty, bits })
    }

    /// Executes store `op` of `value` at `addr + offset`: writes the low bytes of its width,
    /// little-endian. `Invalid` when `op` is not a store or `value` is not of its type.
    pub fn store(&mut self, op: Opcode, addr: u32, offset: u32, value: Constant) -> Result<(), TrapKind> {
        let (Some(width), Some(ty)) = (op.access_bytes(), op.params().get(1).copied()) else {
            return Err(TrapKind::Invalid);
        };
        if value.ty != ty {
            return Err(TrapKind::Invalid);
        }
        let r = self.range(addr, offset, width as u64)?;
        self.bytes[r].copy_from_slice(&value.bits.to_le_bytes()[..width as usize]);
        Ok(())
    }

    /// `memory.grow`: the old size in pages, or `u32::MAX` (-1) when the new size would pass the
    /// maximum (the memory is then unchanged).
    pub fn grow(&mut self, delta: u32) -> u32 {
        let old = self.pages();
        let new = old as u64 + delta as u64;
        if new > self.max_pages.min(MAX_PAGES) {
            return u32::MAX;
        }
        self.bytes.resize((new * PAGE_BYTES) as usize, 0);
        old
    }

    /// `memory.copy`: copies `len` bytes from `src` to `dst`; the ranges may overlap.
    pub fn copy(&mut self, dst: u32, src: u32, len: u32) -> Result<(), TrapKind> {
        let d = self.range(dst, 0, len as u64)?;
        let s = self.range(src, 0, len as u64)?;
        self.bytes.copy_within(s, d.start);
        Ok(())
    }

    /// `memory.fill`: writes the low 8 bits of `byte` to `len` bytes from `dst`.
    pub fn fill(&mut self, dst: u32, byte: u32, len: u32) -> Result<(), TrapKind> {
        let d = self.range(dst, 0, len as u64)?;
        self.bytes[d].fill(byte as u8);
        Ok(())
    }
}
