//! Where a module's entities live at run time: data addresses, table elements, stack frames
//! (spec §12.3, §12.5, §12.6). Computed once from the module by one function, so that the emitter
//! and the reference interpreter place everything identically (a program that prints a pointer
//! gives the same output on both).
//!
//! Memory map of memory 0: `[0, stack_size)` is the shadow stack (only when some function has
//! slots), growing down from `stack_size`; data items follow from `max(stack_size, 16)` rounded up
//! to 16, in module order, each at its alignment. Address 0 never holds data, so a null pointer
//! never aliases an item.

use super::{DataId, DataPart, FuncId, Imm, InstKind, Module, Slot, TableId, Type};
use cranelift_entity::SecondaryMap;
use rustc_hash::FxHashMap;

/// Bytes per wasm page.
pub const PAGE_BYTES: u64 = 65_536;
/// The default shadow-stack size in bytes (1 MiB, as rust-lld).
pub const DEFAULT_STACK_BYTES: u32 = 1 << 20;
/// Bytes kept free at the bottom of the stack region: a frame never reaches below it.
pub const STACK_GUARD_BYTES: u32 = 16;
/// Alignment of the stack pointer and of every frame, in bytes.
pub const STACK_ALIGN: u32 = 16;
/// The size, in elements, past which `table.grow` fails (returns -1) on a defined table whose
/// initial size is smaller (spec §12.6.3). The emitter declares it as the wasm table's maximum,
/// so that the interpreter and wasm engines agree on when a grow fails.
pub const MAX_TABLE_ELEMS: u32 = 65_536;

/// The maximum size, in elements, of a defined table whose initial size is `initial`.
pub fn table_max(initial: u32) -> u32 {
    initial.max(MAX_TABLE_ELEMS)
}

/// One function's stack frame (spec §12.3).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    /// Frame size in bytes, a multiple of [`STACK_ALIGN`].
    pub size: u32,
    /// Alignment of the frame's base: `max(16, largest slot alignment)`.
    pub align: u32,
    /// Each slot's byte offset from the frame base.
    pub offsets: SecondaryMap<Slot, u32>,
}

impl Frame {
    /// The frame pointer the prologue computes from the stack pointer `old`, or `None` when the
    /// stack would overflow (`old < size + align + 16`).
    pub fn frame_pointer(&self, old: u32) -> Option<u32> {
        let need = self.size as u64 + self.align as u64 + STACK_GUARD_BYTES as u64;
        if (old as u64) < need {
            return None;
        }
        Some((old - self.size) & !(self.align - 1))
    }
}

/// The placement of a module's entities. Addresses are byte addresses in memory 0.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Size of the shadow stack region in bytes; 0 when no function has slots.
    pub stack_size: u32,
    /// Address of each data item.
    pub data_addr: SecondaryMap<DataId, u32>,
    /// One past the last data byte.
    pub data_end: u64,
    /// The memory's initial size in pages: its declared minimum, raised to hold stack and data.
    pub min_pages: u64,
    /// Per `funcref` table, its elements from index 1 on (index 0 is null); empty for other
    /// tables.
    pub table_elems: SecondaryMap<TableId, Vec<FuncId>>,
    /// Per table, its initial size in elements: `1 + table_elems` for a `funcref` table (index 0
    /// included), 0 for an `externref` table.
    pub table_sizes: SecondaryMap<TableId, u32>,
    /// Index of a function in a table.
    pub func_index: FxHashMap<(TableId, FuncId), u32>,
    /// Per defined function with slots, its frame; `None` for functions without slots.
    pub frames: SecondaryMap<FuncId, Option<Frame>>,
}

/// Rounds `x` up to a multiple of `align` (a power of two).
pub fn align_up(x: u64, align: u64) -> u64 {
    let a = align.max(1);
    x.div_ceil(a) * a
}

impl Layout {
    /// Lays out `m` with a shadow stack of `stack_bytes` (rounded up to 16) when any function
    /// has slots. Tolerates invalid modules (dangling references are skipped); the verifier
    /// rejects those before anyone relies on the layout.
    pub fn compute(m: &Module, stack_bytes: u32) -> Layout {
        let mut l = Layout::default();
        let mut any_slots = false;
        for (f, func) in m.funcs.iter() {
            let Some(body) = func.body() else { continue };
            if body.slots.is_empty() {
                continue;
            }
            any_slots = true;
            let mut order: Vec<Slot> = body.slots.keys().collect();
            order.sort_by_key(|&s| (std::cmp::Reverse(body.slots[s].align), s));
            let mut offsets = SecondaryMap::new();
            let mut at: u64 = 0;
            let mut align = STACK_ALIGN;
            for s in order {
                let d = &body.slots[s];
                at = align_up(at, d.align as u64);
                offsets[s] = at.min(u32::MAX as u64) as u32;
                at += d.size as u64;
                align = align.max(d.align.max(1).next_power_of_two());
            }
            let size = align_up(at, STACK_ALIGN as u64).min(u32::MAX as u64 & !15) as u32;
            l.frames[f] = Some(Frame { size, align, offsets });
        }
        l.stack_size = if any_slots { align_up(stack_bytes as u64, STACK_ALIGN as u64) as u32 } else { 0 };
        let mut at = align_up((l.stack_size as u64).max(16), 16);
        for (d, item) in m.data.iter() {
            at = align_up(at, item.align as u64);
            l.data_addr[d] = at.min(u32::MAX as u64) as u32;
            at += item.size();
        }
        l.data_end = at;
        let declared = m.memories.values().next().map_or(0, |mem| mem.min_pages as u64);
        l.min_pages = declared.max(at.div_ceil(PAGE_BYTES));
        // Table elements: every function whose index is taken, per table, in function order.
        let mut taken: Vec<(TableId, FuncId)> = Vec::new();
        for item in m.data.values() {
            for p in &item.parts {
                if let DataPart::FuncIndex { table, func } = *p {
                    taken.push((table, func));
                }
            }
        }
        // Without a table there is no `fn.index` to find (the verifier rejects one naming no
        // table): skip the walk over every instruction.
        for func in m.funcs.values().filter(|_| !m.tables.is_empty()) {
            let Some(body) = func.body() else { continue };
            for inst in body.insts.values() {
                if let InstKind::OpImm(_, Imm::FuncIndex { table, func }) = inst.kind {
                    taken.push((table, func));
                }
            }
        }
        taken.sort();
        taken.dedup();
        for (t, f) in taken {
            // Only `funcref` tables hold functions (the verifier rejects `fn.index` into another,
            // E0270).
            if m.tables.get(t).is_none_or(|d| d.elem != Type::FuncRef) || m.funcs.get(f).is_none() {
                continue;
            }
            l.table_elems[t].push(f);
            l.func_index.insert((t, f), l.table_elems[t].len() as u32);
        }
        for (t, d) in m.tables.iter() {
            l.table_sizes[t] = if d.elem == Type::FuncRef { 1 + l.table_elems[t].len() as u32 } else { 0 };
        }
        l
    }

    /// The initial size of table `t` in elements (index 0 included for a `funcref` table).
    pub fn table_size(&self, t: TableId) -> u32 {
        self.table_sizes[t]
    }

    /// The bytes of data item `d` with relocations resolved, little-endian.
    pub fn data_bytes(&self, m: &Module, d: DataId) -> Vec<u8> {
        let mut out = Vec::new();
        for p in &m.data[d].parts {
            match p {
                DataPart::Bytes(b) => out.extend_from_slice(b),
                DataPart::Zero(n) => out.resize(out.len() + *n as usize, 0),
                DataPart::Const(c) => {
                    let n = c.ty.bits() as usize / 8;
                    out.extend_from_slice(&c.bits.to_le_bytes()[..n]);
                }
                DataPart::DataAddr { data, addend } => {
                    let a = self.data_addr.get(*data).copied().unwrap_or(0).wrapping_add(*addend);
                    out.extend_from_slice(&a.to_le_bytes());
                }
                DataPart::FuncIndex { table, func } => {
                    let i = self.func_index.get(&(*table, *func)).copied().unwrap_or(0);
                    out.extend_from_slice(&i.to_le_bytes());
                }
            }
        }
        out
    }
}
