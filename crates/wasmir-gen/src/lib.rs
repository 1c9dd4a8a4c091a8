//! A structure-aware generator of verifier-valid WasmIR modules, for fuzz targets and tests (in
//! the spirit of wasm-smith and Cranelift's fuzzgen).
//!
//! [`module`] reads choices from an [`arbitrary::Unstructured`] and builds a [`Module`] through the
//! IR builder (data, not text): several functions with direct and indirect calls, counted loops,
//! `if`/`else`, `switch`, early returns, every value type (`i32`, `i64`, `i128`, `f32`, `f64`,
//! `ptr`, `externref`, `funcref`), memory loads and stores (in and out of bounds), stack slots,
//! globals, data items, tables and table operators, checked arithmetic and trapping operators, and
//! ownership annotations (`own`, `linear`, `borrow`, `borrow mut` with their `drop`/`end_borrow`).
//!
//! Every generated module
//! - passes the verifier, ownership included;
//! - terminates: loops count a counter to a constant, and every call is paid for by a module
//!   global `$fuel` that each defined function decrements on entry (it returns default values
//!   when the fuel is gone), so recursion is bounded too;
//! - behaves the same on every conforming engine: bits that the spec leaves open are never
//!   observed (NaN payloads are canonicalized before a reinterpretation, a float store or a
//!   `copysign` sign; uninitialized stack bytes are never read; memory growth is bounded by a
//!   declared maximum). Signatures equal on wasm but not in the IR (`i128` against two `i64`)
//!   do meet in indirect calls, which every engine runs (spec §12.6.2); functions that may end
//!   up in a table have no `ptr` in their signature.
//!
//! [`GeneratedModule`] also lists calls a runner should make (exported function and arguments);
//! it implements [`arbitrary::Arbitrary`] with the default [`Config`], for fuzz targets.
//!
//! ```
//! use arbitrary::Unstructured;
//!
//! let bytes: Vec<u8> = (0..2048u32).map(|i| (i * 7919 % 251) as u8).collect();
//! let g = wasmir_gen::generate(&mut Unstructured::new(&bytes), &wasmir_gen::Config::default())?;
//! assert!(!g.calls.is_empty());
//! let text = wasmir_syntax::print_module(&g.module);
//! assert!(text.starts_with("wasmir 0.3"));
//! # Ok::<(), arbitrary::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod body;
mod consts;
mod env;
mod expr;

use arbitrary::{Arbitrary, Unstructured};
use wasmir_syntax::ir::{Constant, Module};

/// Bounds and switches of the generator. Sizes are upper bounds; the input bytes choose below.
#[derive(Clone, Debug)]
pub struct Config {
    /// Defined functions per module (at least 1).
    pub max_funcs: usize,
    /// Parameters per function signature.
    pub max_params: usize,
    /// Results per function signature.
    pub max_results: usize,
    /// Blocks per function (compound statements stop when it is reached).
    pub max_blocks: usize,
    /// Instructions per function (roughly: statements stop when it is reached).
    pub max_insts: usize,
    /// Nesting depth of compound statements (`if`, loops, `switch`).
    pub max_depth: usize,
    /// Depth of expression trees.
    pub max_expr_depth: usize,
    /// Largest trip count of a loop.
    pub max_loop_iters: u32,
    /// Calls a whole run may make (the `$fuel` global's initial value).
    pub call_fuel: u32,
    /// Whether to generate ownership annotations.
    pub ownership: bool,
    /// Whether to generate memory, slots and data.
    pub memory: bool,
    /// Whether to generate tables, `call_indirect` and reference types.
    pub tables: bool,
    /// Whether to generate `i128` values.
    pub i128: bool,
    /// Percentage of operator choices that may pick a trapping operator (`div`, `trunc`, `*_ovf_*`).
    pub trap_percent: u32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_funcs: 5,
            max_params: 6,
            max_results: 2,
            max_blocks: 40,
            max_insts: 300,
            max_depth: 3,
            max_expr_depth: 3,
            max_loop_iters: 6,
            call_fuel: 40,
            ownership: true,
            memory: true,
            tables: true,
            i128: true,
            trap_percent: 10,
        }
    }
}

/// A generated module and the calls a runner should make on it: each an exported function's name
/// and arguments of its parameter types (references are always null: a host has no other to
/// pass). Each call is meant to run on a fresh instance.
#[derive(Clone, Debug)]
pub struct GeneratedModule {
    /// The module; it passes the verifier.
    pub module: Module,
    /// `(export name, arguments)`, at least one.
    pub calls: Vec<(String, Vec<Constant>)>,
}

/// Generates a module from the choices in `u`, bounded by `config`. Never fails for lack of
/// data: once `u` is exhausted every choice takes its smallest option.
pub fn module(u: &mut Unstructured<'_>, config: &Config) -> arbitrary::Result<Module> {
    generate(u, config).map(|g| g.module)
}

/// Generates a module and the calls to make on it (see [`module`]).
pub fn generate(u: &mut Unstructured<'_>, config: &Config) -> arbitrary::Result<GeneratedModule> {
    env::generate(u, config)
}

impl<'a> Arbitrary<'a> for GeneratedModule {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<GeneratedModule> {
        generate(u, &Config::default())
    }
}

/// The generator's choice helpers over [`Unstructured`]: they never fail, taking the smallest
/// choice when the data runs out.
pub(crate) struct Choices<'a, 'd> {
    pub(crate) u: &'a mut Unstructured<'d>,
}

impl Choices<'_, '_> {
    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        self.u.int_in_range(lo..=hi).unwrap_or(lo)
    }

    /// A number in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        self.range(0, n as u64 - 1) as usize
    }

    /// True with probability `percent`/100.
    pub(crate) fn chance(&mut self, percent: u32) -> bool {
        self.range(0, 99) < u64::from(percent)
    }

    /// One of `xs` (not empty).
    pub(crate) fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }

    /// Raw bits.
    pub(crate) fn bits(&mut self) -> u64 {
        u64::arbitrary(self.u).unwrap_or(0)
    }
}

/// Panics on a builder error: the generator only makes calls the builder accepts, so an error is
/// a bug of the generator, and tests should see it.
pub(crate) fn ok<T>(r: wasmir_syntax::ir::builder::BuildResult<T>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("wasmir-gen made a call the IR builder refused: {e}"),
    }
}
