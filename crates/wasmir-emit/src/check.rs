//! The emitter's precondition: the module is valid, decided by the verifier (`wasmir-verify`,
//! spec chapter 6), the one checker of WasmIR. Every fact later stages index by (entities exist,
//! arities agree, blocks end in one terminator, immediates fit their operator and name existing
//! entities, alignments are powers of two, `global.set` writes a mutable global, the module has a
//! memory for its slots and data) is one of its rules.
//!
//! A module the verifier rejects is not emitted: each verifier error becomes one `E0303` at the
//! same place, naming the verifier's code (its words are the verifier's message for that code,
//! which `wirc check` prints). Callers normally verify first (`wirc` does), so reaching this means
//! a caller skipped the verifier or a pass broke the IR: an internal error, reported instead of a
//! panic or an invalid module.

use crate::error::invalid_ir;
use wasmir_syntax::diag::Diagnostic;
use wasmir_syntax::ir::{Module, SourceMap};

/// Verifies `module`; one `E0303` per verifier error, in the verifier's order.
pub(crate) fn run(module: &Module, spans: &SourceMap) -> Vec<Diagnostic> {
    wasmir_verify::verify(module, spans).iter().filter(|d| d.is_error()).map(invalid_ir).collect()
}
