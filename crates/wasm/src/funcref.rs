//! [`FuncRef`]: an index into the module's function table.

/// A reference to a function of the module, as an index into its `funcref` table.
///
/// **Layout.** `#[repr(transparent)]` around a `u32`: the index WasmIR's `fn.index[$t, @f]`
/// produces (spec §12.6). Index 0 is the table's empty entry, [`FuncRef::NULL`]; every function
/// in the table has an index of at least 1. In WasmIR the value is a trivial `i32` (design O7):
/// an index can be copied freely, since the table, not the index, keeps the function alive.
///
/// **Calls.** Calling through a `FuncRef` (WasmIR `call_indirect`, which traps with
/// `undefined element` on the null index) and making one from a Rust function come later with
/// the exporter's support; today it is a typed index that can cross the boundary.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct FuncRef(u32);

impl FuncRef {
    /// The null function reference: index 0, the empty entry of every function table.
    pub const NULL: FuncRef = FuncRef(0);

    /// Whether this is [`FuncRef::NULL`] (index 0).
    #[inline]
    pub const fn is_null(self) -> bool {
        self.0 == 0
    }

    /// The index into the function table (0 for null).
    #[inline]
    pub const fn index(self) -> u32 {
        self.0
    }

    /// The function reference at `index` of the module's function table. Any index is safe to
    /// hold: a call through an index with no function traps (`undefined element`) rather than
    /// calling something else.
    #[inline]
    pub const fn from_index(index: u32) -> FuncRef {
        FuncRef(index)
    }
}
