//! `mir-export`: a rustc driver that writes the monomorphized MIR of a Rust crate as WasmIR text.
//!
//! Usage: `mir-export file.rs [-o file.wir] [rustc flags...]`, `mir-export cargo build`, or as
//! cargo's `RUSTC_WORKSPACE_WRAPPER`. See the crate README.

#![feature(rustc_private)]
#![forbid(unsafe_code)]

extern crate rustc_abi;
extern crate rustc_ast;
extern crate rustc_driver;
extern crate rustc_hir;
extern crate rustc_interface;
extern crate rustc_middle;
extern crate rustc_parse;
extern crate rustc_public;
extern crate rustc_public_bridge;
extern crate rustc_span;

mod collect;
mod compile;
mod diag;
mod driver;
mod index;
mod linear;
mod lower;
mod runtime;
mod shape;
mod sysroot;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    std::process::exit(driver::main(args));
}
