//! Bakes the nightly sysroot into the binary: an rpath to `<sysroot>/lib` (so `librustc_driver-*.so`
//! is found without `LD_LIBRARY_PATH`), `MIR_EXPORT_SYSROOT` (the toolchain's own sysroot, whose
//! `rust-src` the MIR sysroot is built from) and `MIR_EXPORT_COMMIT` (the toolchain's commit).

use std::process::Command;

fn main() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let out = Command::new(&rustc).args(["--print", "sysroot"]).output().expect("running `rustc --print sysroot`");
    assert!(out.status.success(), "`{rustc} --print sysroot` failed");
    let sysroot = String::from_utf8(out.stdout).expect("sysroot path is UTF-8");
    let sysroot = sysroot.trim();
    println!("cargo:rustc-link-arg=-Wl,-rpath,{sysroot}/lib");
    // The toolchain's commit names the MIR sysroot built for it (`sysroot.rs`).
    let vv = Command::new(&rustc).arg("-vV").output().expect("running `rustc -vV`");
    let vv = String::from_utf8(vv.stdout).expect("rustc -vV is UTF-8");
    let commit = vv.lines().find_map(|l| l.strip_prefix("commit-hash: ")).unwrap_or("unknown").trim().to_string();
    println!("cargo:rustc-env=MIR_EXPORT_COMMIT={commit}");
    println!("cargo:rustc-env=MIR_EXPORT_SYSROOT={sysroot}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=RUSTC");
}
