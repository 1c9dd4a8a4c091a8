//! The WasmIR optimizer: semantics-preserving rewrites of a [`Module`] (spec chapter 11,
//! `wasmir-spec/11-optimizations.md`).
//!
//! Built like Binaryen's and Cranelift's pass sets: one file per pass, each opening with what it
//! does and exposing `run(&mut Body) -> Changed` (a body pass, run on every function) or
//! `run(&mut Module) -> Changed` (a module pass); one registry ([`PASSES`]: name, description,
//! function) that doubles as the driver's `--passes=` flags and `wirc passes` text; and a
//! default pipeline ([`run_pipeline`]) iterated to a fixpoint.
//!
//! Architecture invariants:
//! - every pass maps valid IR (as `wasmir-verify` defines it) to valid IR with the same observable
//!   behaviour, traps included: an instruction that may trap is never removed (unless it provably
//!   cannot trap), nor one that writes memory, a global or a table, or calls (the effect flags of
//!   `Opcode::effects` / `InstKind::effects`, spec §4.6, D3); instructions are never reordered,
//!   moved between blocks out of order, or merged with one another (a pass that would, such as
//!   GVN or LICM, must limit itself to instructions whose effects are `Effects::PURE`);
//! - no pass panics, on valid or invalid IR (invalid IR may be left unchanged); entity references
//!   are assumed in range, as the resolver guarantees;
//! - output is deterministic: passes walk the layout and `cranelift_entity` maps, never a hash map.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod const_fold;
pub mod dce;
pub mod dead_funcs;
pub mod eval;
pub mod legalize_i128;
pub mod phi_elim;
mod rewrite;
pub mod simplify_cfg;
pub mod strip_ownership;

use wasmir_syntax::ir::{Body, Module};

/// Whether a pass changed the IR. Passes report it so that pipelines can stop at a fixpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct Changed(pub bool);

impl core::ops::BitOr for Changed {
    type Output = Changed;
    fn bitor(self, rhs: Changed) -> Changed {
        Changed(self.0 || rhs.0)
    }
}

impl core::ops::BitOrAssign for Changed {
    fn bitor_assign(&mut self, rhs: Changed) {
        self.0 |= rhs.0;
    }
}

/// How hard to optimize (the driver's `-O0`, `-O1`, `-O2`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OptLevel {
    /// No pass at all: the emitted code follows the input IR one to one.
    O0,
    /// The default pipeline, repeated until nothing changes or [`OptLevel::max_rounds`] rounds.
    O1,
    /// Like `O1` with a higher round cap; reserved for costlier passes as they are added.
    #[default]
    O2,
}

impl OptLevel {
    /// How many times the default pipeline may run before the optimizer stops even if the last
    /// round still changed something. Each round strictly shrinks or simplifies the IR in
    /// practice; the cap bounds compile time on pathological inputs.
    pub fn max_rounds(self) -> usize {
        match self {
            OptLevel::O0 => 0,
            OptLevel::O1 => 4,
            OptLevel::O2 => 16,
        }
    }
}

/// What a pass runs on.
#[derive(Clone, Copy, Debug)]
pub enum PassFn {
    /// A body pass: run on every defined function, one at a time.
    Body(fn(&mut Body) -> Changed),
    /// A module pass: sees (and may change) every entity of the module.
    Module(fn(&mut Module) -> Changed),
}

/// One registered pass.
#[derive(Clone, Copy, Debug)]
pub struct Pass {
    /// Kebab-case name, as `--passes=` and `--print-after=` take it.
    pub name: &'static str,
    /// One line for `wirc passes`.
    pub description: &'static str,
    /// The pass itself.
    pub run: PassFn,
}

/// Every pass, in the order `wirc passes` lists them: the one list of name, description and
/// function.
pub const PASSES: &[Pass] = &[
    Pass {
        name: "const-fold",
        description: "evaluate operators whose operands are all constants; drop traps that cannot fire",
        run: PassFn::Body(const_fold::run),
    },
    Pass {
        name: "simplify-cfg",
        description: "fold constant branches, remove unreachable blocks, merge straight-line blocks",
        run: PassFn::Body(simplify_cfg::run),
    },
    Pass {
        name: "phi-elim",
        description: "remove block parameters that always receive the same value",
        run: PassFn::Body(phi_elim::run),
    },
    Pass {
        name: "dce",
        description: "remove unused pure instructions and unused block parameters",
        run: PassFn::Body(dce::run),
    },
    Pass {
        name: "dead-funcs",
        description: "(module) remove defined functions no export, call, fn.index or data item reaches",
        run: PassFn::Module(dead_funcs::run),
    },
    Pass {
        name: "strip-ownership",
        description: "(module) erase ownership kinds, borrows and drops; wirc always runs it first",
        run: PassFn::Module(strip_ownership::run),
    },
    Pass {
        name: "legalize-i128",
        description: "(module) split every i128 into two i64, low half first; wirc always runs it before emission",
        run: PassFn::Module(legalize_i128::run),
    },
];

/// The default pipeline, one round; [`run_pipeline`] repeats it to a fixpoint.
///
/// Order: `const-fold` first turns branch conditions into constants; `simplify-cfg` then folds
/// those branches, drops the blocks that became unreachable (and with them the edges that fed
/// block parameters other values) and merges straight-line code; `phi-elim` removes the block
/// parameters that now receive a single value, which may expose constants to the next round's
/// `const-fold`; `dce` last sweeps what the others left unused (folded conditions, constants).
/// `dead-funcs` last: the body passes may have removed the last call of a function.
const DEFAULT_PIPELINE: &[&str] = &["const-fold", "simplify-cfg", "phi-elim", "dce", "dead-funcs"];

/// Every registered pass as `(name, description)`: the names `run_pass` and the driver's
/// `--passes=` accept, with a one-line description for `wirc passes`.
pub fn pass_names() -> Vec<(&'static str, &'static str)> {
    PASSES.iter().map(|p| (p.name, p.description)).collect()
}

/// The registered pass called `name`.
pub fn find_pass(name: &str) -> Option<&'static Pass> {
    PASSES.iter().find(|p| p.name == name)
}

/// The passes one round of the pipeline of `level` runs, in order (empty for `O0`). The driver
/// uses it to verify the IR after each pass; [`run_pipeline_checked`] also repeats the rounds.
pub fn pipeline_passes(level: OptLevel) -> &'static [&'static str] {
    match level {
        OptLevel::O0 => &[],
        OptLevel::O1 | OptLevel::O2 => DEFAULT_PIPELINE,
    }
}

/// A pass name that is not in the registry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownPass(pub String);

impl core::fmt::Display for UnknownPass {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "unknown pass `{}`", self.0)
    }
}

impl std::error::Error for UnknownPass {}

/// Runs the pass called `name`: a body pass on every defined function of `module`, a module
/// pass once.
///
/// Errors: [`UnknownPass`] when `name` is not in [`PASSES`]; the module is then untouched.
pub fn run_pass(name: &str, module: &mut Module) -> Result<Changed, UnknownPass> {
    let pass = find_pass(name).ok_or_else(|| UnknownPass(name.to_string()))?;
    Ok(match pass.run {
        PassFn::Module(run) => run(module),
        PassFn::Body(run) => {
            let mut changed = Changed(false);
            for (_, func) in module.funcs.iter_mut() {
                if let Some(body) = func.body_mut() {
                    changed |= run(body);
                }
            }
            changed
        }
    })
}

/// Runs `passes` once each, in order (the driver's `--passes=a,b`, names looked up with
/// [`find_pass`]), calling `observe(pass, changed, module)` after each.
///
/// Errors: the first error of `observe`; the passes after it do not run.
pub fn run_passes<E>(
    module: &mut Module,
    passes: &[&'static Pass],
    mut observe: impl FnMut(&'static str, Changed, &Module) -> Result<(), E>,
) -> Result<(), E> {
    for p in passes {
        // Registered, so `run_pass` finds it.
        if let Ok(c) = run_pass(p.name, module) {
            observe(p.name, c, module)?;
        }
    }
    Ok(())
}

/// Runs the pipeline of `level` on `module`: nothing at `O0`; otherwise the default pipeline
/// (see [`pipeline_passes`]) repeated until a round changes nothing, at most
/// [`OptLevel::max_rounds`] times.
pub fn run_pipeline(module: &mut Module, level: OptLevel) {
    let _ = run_pipeline_checked(module, level, |_, _| Ok::<(), core::convert::Infallible>(()));
}

/// As [`run_pipeline`], calling `check(pass, module)` after every pass that changed the module
/// (the driver runs the verifier there, as Binaryen validates after each pass).
///
/// Errors: the first error `check` returns; the pipeline stops there.
pub fn run_pipeline_checked<E>(
    module: &mut Module,
    level: OptLevel,
    mut check: impl FnMut(&'static str, &Module) -> Result<(), E>,
) -> Result<(), E> {
    run_pipeline_observed(module, level, |name, changed, m| if changed.0 { check(name, m) } else { Ok(()) })
}

/// As [`run_pipeline`], calling `observe(pass, changed, module)` after every pass run, changed or
/// not (the driver's `--time-passes` times each pass there).
///
/// Errors: the first error `observe` returns; the pipeline stops there.
pub fn run_pipeline_observed<E>(
    module: &mut Module,
    level: OptLevel,
    mut observe: impl FnMut(&'static str, Changed, &Module) -> Result<(), E>,
) -> Result<(), E> {
    for _ in 0..level.max_rounds() {
        let mut changed = Changed(false);
        for &name in pipeline_passes(level) {
            // Every pipeline name is registered (tested), so this never errs.
            if let Ok(c) = run_pass(name, module) {
                observe(name, c, module)?;
                changed |= c;
            }
        }
        if !changed.0 {
            break;
        }
    }
    Ok(())
}
