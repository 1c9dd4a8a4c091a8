//! Running rustc and the export: mir-export's own rustc callbacks (rustc_public's `run_with_tcx!`
//! plus one step before analysis), and the panic message runtime they add to the crate.

use crate::collect::{ExportOptions, PanicMode};
use crate::diag::{Code, Diag};
use rustc_driver::{Callbacks, Compilation, run_compiler};
use rustc_interface::interface;
use rustc_middle::ty::TyCtxt;
use wasmir_syntax::ir::Module;

/// The module added to the crate with `--panic=message`: a `core::fmt::Write` whose text goes to
/// the host import `wasmrust.panic_write(ptr, len)` (bytes of UTF-8), and `report`, which writes
/// a `PanicInfo` the way Rust's standard library prints it (`panicked at FILE:LINE:COL:\nMSG`).
/// Calls of core's `panic_impl` become `report(info)` and a trap (crates/mir-export/README.md).
pub const PANIC_RUNTIME: &str = r#"
#[doc(hidden)]
#[allow(dead_code, unused, missing_docs, unsafe_code, non_snake_case)]
pub mod __wasmrust_panic {
    struct Host;
    impl core::fmt::Write for Host {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            unsafe { panic_write(s.as_ptr(), s.len()) };
            Ok(())
        }
    }
    #[link(wasm_import_module = "wasmrust")]
    unsafe extern "C" {
        fn panic_write(ptr: *const u8, len: usize);
    }
    #[inline(never)]
    pub fn report(info: &core::panic::PanicInfo<'_>) {
        let _ = core::fmt::Write::write_fmt(&mut Host, format_args!("{}", info));
    }
}
"#;

/// The path of `report` in the crate, as rustc_public names it (without the crate name).
pub const PANIC_REPORT: &str = "__wasmrust_panic::report";

struct Export {
    opts: ExportOptions,
    stop: bool,
    result: Option<Result<Module, Vec<Diag>>>,
}

impl Callbacks for Export {
    fn after_crate_root_parsing(
        &mut self,
        compiler: &interface::Compiler,
        krate: &mut rustc_ast::ast::Crate,
    ) -> Compilation {
        if self.opts.panic == PanicMode::Message {
            let psess = &compiler.sess.psess;
            let name = rustc_span::FileName::Custom("wasmrust-panic-runtime".into());
            let parser = rustc_parse::new_parser_from_source_str(
                psess,
                name,
                PANIC_RUNTIME.to_string(),
                rustc_parse::lexer::StripTokens::Nothing,
            );
            let item = match parser {
                Ok(mut p) => {
                    p.parse_item(rustc_parse::parser::ForceCollect::No, rustc_parse::parser::AllowConstBlockItems::Yes)
                }
                Err(errs) => {
                    errs.into_iter().for_each(|e| {
                        e.emit();
                    });
                    return Compilation::Stop;
                }
            };
            match item {
                Ok(Some(item)) => krate.items.push(item),
                Ok(None) => return Compilation::Stop,
                Err(e) => {
                    e.emit();
                    return Compilation::Stop;
                }
            }
        }
        Compilation::Continue
    }

    fn after_analysis<'tcx>(&mut self, _compiler: &interface::Compiler, tcx: TyCtxt<'tcx>) -> Compilation {
        let opts = self.opts;
        let mut out = None;
        // The lowering catches panics per function (collect.rs); rustc's ICE hook must not print
        // a crash report for them meanwhile.
        let ice_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let ran = rustc_public::rustc_internal::run(tcx, || {
            out = Some(crate::collect::export_crate(tcx, opts));
        });
        std::panic::set_hook(ice_hook);
        self.result = match (ran, out) {
            (Ok(()), Some(r)) => Some(r),
            _ => Some(Err(vec![Diag::internal("rustc_public could not run")])),
        };
        if self.stop { Compilation::Stop } else { Compilation::Continue }
    }
}

/// Runs rustc with `rustc_args` and exports the crate; `stop` stops after analysis (no code
/// generation). Errors: the export's diagnostics, or one E0500-series driver error when rustc
/// itself failed (its errors are already printed).
pub fn export(rustc_args: &[String], opts: ExportOptions, stop: bool) -> Result<Module, Vec<Diag>> {
    let mut cb = Export { opts, stop, result: None };
    let ok = rustc_driver::catch_fatal_errors(|| run_compiler(rustc_args, &mut cb)).is_ok();
    match cb.result.take() {
        Some(r) => r,
        None => {
            let why = if ok { "rustc stopped before analysis" } else { "compilation failed" };
            Err(vec![Diag::new(Code::Driver, why, "see rustc's errors above")])
        }
    }
}
