#![feature(rustc_private)]
extern crate rustc_driver;
extern crate rustc_interface;
extern crate rustc_middle;
#[macro_use]
extern crate rustc_public;

use rustc_public::mir::mono::Instance;
use std::ops::ControlFlow;

fn main() {
    let mut args: Vec<String> = std::env::args().collect();
    args.push(format!("--sysroot={}", env!("MIR_EXPORT_SYSROOT")));
    let _ = run!(&args, || {
        for item in rustc_public::all_local_items() {
            if let Ok(inst) = Instance::try_from(item) {
                println!("// {} mangled={}", inst.name(), inst.mangled_name());
                let _ = inst.emit_mir(&mut std::io::stdout());
            }
        }
        ControlFlow::<(), ()>::Break(())
    });
}
