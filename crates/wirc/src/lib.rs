//! The `wirc` driver as a library: the compilation pipeline (parse, verify, optimize, emit,
//! validate) and the embedded runner. The binary (`main.rs`) is only the command line around it,
//! and the test harnesses call these functions directly.
#![forbid(unsafe_code)]

pub mod codes;
pub mod oracle;
pub mod pipeline;
pub mod run;

pub use pipeline::{check, compile, compile_module, compile_timed, to_wat, validate, Options, Stage, Timer};
