//! Bakes the nightly sysroot into the binary: an rpath to `<sysroot>/lib` (so `librustc_driver-*.so`
//! is found without `LD_LIBRARY_PATH`) and `MIR_EXPORT_SYSROOT` (so the driver passes `--sysroot`).

use std::process::Command;

fn main() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let out = Command::new(&rustc).args(["--print", "sysroot"]).output().expect("running `rustc --print sysroot`");
    assert!(out.status.success(), "`{rustc} --print sysroot` failed");
    let sysroot = String::from_utf8(out.stdout).expect("sysroot path is UTF-8");
    let sysroot = sysroot.trim();
    println!("cargo:rustc-link-arg=-Wl,-rpath,{sysroot}/lib");
    println!("cargo:rustc-env=MIR_EXPORT_SYSROOT={sysroot}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=RUSTC");
}
