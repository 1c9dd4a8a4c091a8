//! The MIR sysroot (design record `design/sysroot.md`): core, alloc and std for
//! `wasm32-unknown-unknown`, built from the toolchain's `rust-src` with `-Zalways-encode-mir`, so
//! that the MIR of every function of core reaches the export, not only of generic and `#[inline]`
//! ones. Built once per toolchain by `rustc-build-sysroot` (as Miri builds its own), in
//! `$WASMRUST_SYSROOT`, else `${XDG_CACHE_HOME:-~/.cache}/wasmrust/sysroot/<toolchain commit>`;
//! the crate's hash file rebuilds it when `rust-src` or the flags change.

use crate::diag::{Code, Diag};
use rustc_build_sysroot::{BuildMode, SysrootBuilder, SysrootConfig, SysrootStatus};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The sysroot of the toolchain this binary was built with (set by build.rs).
pub const TOOLCHAIN: &str = env!("MIR_EXPORT_SYSROOT");
/// The commit of that toolchain (`rustc -vV`, set by build.rs).
const COMMIT: &str = env!("MIR_EXPORT_COMMIT");
/// The target the sysroot is for.
pub const TARGET: &str = "wasm32-unknown-unknown";

/// Where the MIR sysroot of this toolchain lives.
pub fn dir() -> PathBuf {
    if let Some(d) = std::env::var_os("WASMRUST_SYSROOT") {
        return PathBuf::from(d);
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    let short: String = COMMIT.chars().take(12).collect();
    cache.join("wasmrust").join("sysroot").join(short)
}

/// The real rustc of the toolchain.
pub fn rustc() -> PathBuf {
    Path::new(TOOLCHAIN).join("bin").join("rustc")
}

/// The MIR sysroot, built first if missing or stale (about 30 s, once per toolchain; a line on
/// standard error says so). Errors: the build failed (its output is in the message).
pub fn ensure() -> Result<PathBuf, Diag> {
    let dir = dir();
    let fail = |what: String| {
        Diag::new(
            Code::Driver,
            format!("cannot build the MIR sysroot in `{}`: {what}", dir.display()),
            "`rustup component add rust-src --toolchain nightly` installs the sources it is built from; \
             WASMRUST_SYSROOT chooses another directory",
        )
    };
    let src = Path::new(TOOLCHAIN).join("lib/rustlib/src/rust/library");
    if !src.is_dir() {
        return Err(fail(format!("`{}` is missing", src.display())));
    }
    let version = rustc_version::VersionMeta::for_command(Command::new(rustc())).map_err(|e| fail(e.to_string()))?;
    let mut cargo = Command::new(Path::new(TOOLCHAIN).join("bin").join("cargo"));
    cargo.env("RUSTC", rustc());
    // Not the user's wrappers, flags or target dir: the sysroot is the toolchain's own.
    for v in ["RUSTC_WRAPPER", "RUSTC_WORKSPACE_WRAPPER", "RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "CARGO_TARGET_DIR"] {
        cargo.env_remove(v);
    }
    let status = SysrootBuilder::new(&dir, TARGET)
        .build_mode(BuildMode::Build)
        .sysroot_config(SysrootConfig::WithStd { std_features: vec![] })
        .rustflag("-Zalways-encode-mir")
        .rustc_version(version)
        .cargo(cargo)
        .when_build_required(|| {
            eprintln!("mir-export: building the wasm32 sysroot with MIR (once per toolchain, about 30 s)...")
        })
        .build_from_source(&src)
        .map_err(|e| fail(format!("{e:#}")))?;
    let _ = matches!(status, SysrootStatus::SysrootBuilt);
    Ok(dir)
}
