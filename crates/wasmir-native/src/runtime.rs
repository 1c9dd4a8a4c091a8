//! The run-time state of a native instance that the host owns and the helpers change: linear
//! memory, tables, the panic message, and the function table `call_indirect` resolves through.
//! Safe code only: the `jit` module hands the helpers a `&mut State`.
//!
//! Semantics are the interpreter's (`wasmir_interp::memory`, `Instance::op_imm`): bounds are
//! checked in 64 bits, `memory.copy`/`memory.fill` check both ranges before writing, `memory.grow`
//! fails past the declared maximum or the host's page budget, `table.grow` past
//! [`table_max`](wasmir_syntax::ir::layout::table_max).

use wasmir_interp::TrapKind;
use wasmir_syntax::ir::layout::PAGE_BYTES;

/// What `call_indirect` needs to know of a function: where its code is and its signature's
/// canonical number (two functions with equal parameter and result types have the same).
#[derive(Clone, Copy, Debug, Default)]
pub struct FuncEntry {
    /// The address of its compiled code.
    pub code: usize,
    /// Its signature's canonical number.
    pub sig: u32,
}

/// The most a panic message may grow (as `wirc run` on wasmtime keeps).
const MAX_PANIC_BYTES: usize = 64 * 1024;

/// Memory, tables and the rest of an instance's host-side state.
#[derive(Debug, Default)]
pub struct State {
    /// Linear memory 0, `pages * 65536` bytes.
    pub memory: Vec<u8>,
    /// The page count `memory.grow` may not pass.
    pub max_pages: u64,
    /// Each table's elements: reference handles, 0 null.
    pub tables: Vec<Vec<u64>>,
    /// Each table's maximum size in elements.
    pub table_max: Vec<u32>,
    /// Per function (by `FuncId` index), its code and signature.
    pub funcs: Vec<FuncEntry>,
    /// The panic message written through `wasmrust.panic_write` so far.
    pub panic: Vec<u8>,
}

impl State {
    /// `memory.grow`: the old size in pages, or `u32::MAX` when the new size would pass the
    /// maximum (nothing changes then).
    pub fn memory_grow(&mut self, delta: u32) -> u32 {
        let old = self.memory.len() as u64 / PAGE_BYTES;
        let new = old + u64::from(delta);
        if new > self.max_pages.min(wasmir_interp::memory::MAX_PAGES) {
            return u32::MAX;
        }
        self.memory.resize((new * PAGE_BYTES) as usize, 0);
        old as u32
    }

    /// `table.get`.
    pub fn table_get(&self, table: u32, index: u32) -> Result<u64, TrapKind> {
        let t = self.tables.get(table as usize).ok_or(TrapKind::Invalid)?;
        t.get(index as usize).copied().ok_or(TrapKind::TableOutOfBounds)
    }

    /// `table.set`.
    pub fn table_set(&mut self, table: u32, index: u32, value: u64) -> Result<(), TrapKind> {
        let t = self.tables.get_mut(table as usize).ok_or(TrapKind::Invalid)?;
        *t.get_mut(index as usize).ok_or(TrapKind::TableOutOfBounds)? = value;
        Ok(())
    }

    /// `table.size`.
    pub fn table_size(&self, table: u32) -> u32 {
        self.tables.get(table as usize).map_or(0, |t| t.len() as u32)
    }

    /// `table.grow`: the old size, or `u32::MAX` past the table's maximum.
    pub fn table_grow(&mut self, table: u32, init: u64, delta: u32) -> u32 {
        let max = self.table_max.get(table as usize).copied().unwrap_or(0);
        let Some(t) = self.tables.get_mut(table as usize) else { return u32::MAX };
        let old = t.len() as u64;
        if old + u64::from(delta) > u64::from(max) {
            return u32::MAX;
        }
        t.resize((old + u64::from(delta)) as usize, init);
        old as u32
    }

    /// The code `call_indirect` calls at `index` of `table` with expected signature `sig`: a null
    /// entry or an index past the table is `UndefinedElement`, another signature
    /// `IndirectCallTypeMismatch` (spec §12.6, as the interpreter).
    pub fn indirect(&self, table: u32, index: u32, sig: u32) -> Result<usize, TrapKind> {
        let t = self.tables.get(table as usize).ok_or(TrapKind::Invalid)?;
        let handle = t.get(index as usize).copied().filter(|&h| h != 0).ok_or(TrapKind::UndefinedElement)?;
        let f = self.funcs.get(handle as usize - 1).ok_or(TrapKind::Invalid)?;
        if f.sig != sig {
            return Err(TrapKind::IndirectCallTypeMismatch);
        }
        Ok(f.code)
    }

    /// `wasmrust.panic_write(ptr, len)`: appends the bytes in memory (clipped to it) to the panic
    /// message, up to a bound.
    pub fn panic_write(&mut self, ptr: u32, len: u32) {
        let start = (ptr as usize).min(self.memory.len());
        let end = start.saturating_add(len as usize).min(self.memory.len());
        let room = MAX_PANIC_BYTES.saturating_sub(self.panic.len());
        let take = (end - start).min(room);
        self.panic.extend_from_slice(&self.memory[start..start + take]);
    }
}
