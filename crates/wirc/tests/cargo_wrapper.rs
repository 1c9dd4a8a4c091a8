//! mir-export as cargo's `RUSTC_WORKSPACE_WRAPPER`: a Cargo package with a path dependency is built
//! for wasm32 with the pinned nightly, the wrapper writes the package's `.wir` next to its output,
//! and that `.wir` compiles and runs. The dependency's function is `#[inline(never)]` and not
//! generic, so its MIR is in the dependency's metadata only because the wrapper compiles
//! dependencies with `-Zalways-encode-mir`: the whole program is one `.wir`.

mod common;

use std::path::PathBuf;
use std::process::Command;
use wirc::run::{Runner, Value};
use wirc::Options;

#[test]
fn cargo_package_exports_through_the_wrapper() {
    let exe = common::mir_export();
    let channel = common::nightly_channel();

    let pkg = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wrapper-pkg");
    let _ = std::fs::remove_dir_all(&pkg);
    std::fs::create_dir_all(pkg.join("src")).expect("package dir");
    std::fs::write(
        pkg.join("Cargo.toml"),
        "[package]\nname = \"tri\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lib]\ncrate-type = [\"cdylib\"]\n\n\
         [dependencies]\nstepper = { path = \"stepper\" }\n\n[profile.release]\npanic = \"abort\"\n\n[workspace]\n",
    )
    .expect("Cargo.toml");
    std::fs::write(
        pkg.join("src/lib.rs"),
        "#![no_std]\n#[panic_handler]\nfn panic(_: &core::panic::PanicInfo) -> ! { core::arch::wasm32::unreachable() }\n\
         #[no_mangle]\npub extern \"C\" fn triangle(n: u32) -> u32 { let mut acc = 0; let mut k = 1; while k <= n { acc = stepper::step(acc, k); k += 1; } acc }\n",
    )
    .expect("lib.rs");
    std::fs::create_dir_all(pkg.join("stepper/src")).expect("dependency dir");
    std::fs::write(
        pkg.join("stepper/Cargo.toml"),
        "[package]\nname = \"stepper\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
    )
    .expect("dependency Cargo.toml");
    std::fs::write(
        pkg.join("stepper/src/lib.rs"),
        "#![no_std]\n/// `acc + k`, wrapping, the long way round (too big to be inlined across crates).\n\
         #[inline(never)]\npub fn step(acc: u32, k: u32) -> u32 {\n    let mut a = acc;\n    let mut i = 0;\n    \
         while i < 4 { a = a.rotate_left(8); i += 1; }\n    a.wrapping_add(k)\n}\n",
    )
    .expect("dependency lib.rs");

    let mut cmd = Command::new("rustup");
    cmd.args(["run", &channel, "cargo", "build", "--release", "--target", "wasm32-unknown-unknown"])
        .current_dir(&pkg)
        .env("RUSTC_WORKSPACE_WRAPPER", &exe);
    // The outer `cargo test` exports variables meant for this crate's build, not the package's.
    for var in [
        "CARGO_TARGET_DIR",
        "RUSTC",
        "RUSTC_WRAPPER",
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_TARGET_DIR",
        "RUSTUP_TOOLCHAIN",
    ] {
        cmd.env_remove(var);
    }
    let out = cmd.output().expect("run cargo");
    assert!(out.status.success(), "cargo build failed:\n{}", String::from_utf8_lossy(&out.stderr));

    let wir = pkg.join("target/wasm32-unknown-unknown/release/deps/tri.wir");
    let src = std::fs::read_to_string(&wir).unwrap_or_else(|e| panic!("{}: {e}", wir.display()));
    let wasm =
        wirc::compile(&src, &Options::default()).unwrap_or_else(|d| panic!("wirc rejected {}: {d:?}", wir.display()));
    let runner = Runner::new(&wasm).expect("wasmtime loads the module");
    for n in [0u32, 1, 10, 100_000] {
        let got = runner.call("triangle", &[Value::I32(n as i32)]).expect("no trap");
        // Wrapping, as the Rust source says: 1 + ... + 100000 overflows u32.
        let want = (1..=n as u64).sum::<u64>() as u32;
        assert_eq!(got, vec![Value::I32(want as i32)], "triangle({n})");
    }
}
