//! Shared test support: the generated-program tests' random stream (`memory_ops.rs`,
//! `i128_programs.rs`), and the toolchain and the documented Cargo mode for the tests that build
//! Rust through mir-export (`libm_diff.rs`, `crates_diff.rs`, `cargo_wrapper.rs`).
#![allow(dead_code)]

/// SplitMix64 (Steele et al. 2014): a seeded, dependency-free stream.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform enough in `0..n` for test generation.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// One element of `xs`.
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// The value of environment variable `name` as a number, or `default`.
pub fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The repository root.
pub fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The mir-export binary, absolute: `MIR_EXPORT`, else `target/release/mir-export` (built by
/// `./x build`). Panics with that hint when it is missing.
pub fn mir_export() -> std::path::PathBuf {
    let exe = std::env::var_os("MIR_EXPORT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root().join("target/release/mir-export"));
    assert!(exe.exists(), "{} is missing: build it with `./x build`", exe.display());
    exe.canonicalize().expect("absolute mir-export path")
}

/// The toolchain channel of `crates/mir-export/rust-toolchain.toml` (the nightly mir-export links).
pub fn nightly_channel() -> String {
    let text = std::fs::read_to_string(root().join("crates/mir-export/rust-toolchain.toml")).expect("toolchain file");
    text.lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("channel")
                .map(|r| r.trim_start_matches([' ', '=']).trim().trim_matches('"').to_string())
        })
        .expect("channel in rust-toolchain.toml")
}

/// Builds package `pkg` in the documented Cargo mode (`RUSTC_WORKSPACE_WRAPPER=mir-export cargo
/// +nightly build --release --target wasm32-unknown-unknown --locked`) into `target` with the
/// Cargo `features`, and returns cargo's output, whatever its status.
pub fn cargo_mode_build(pkg: &std::path::Path, target: &std::path::Path, features: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new("rustup");
    cmd.args([
        "run",
        &nightly_channel(),
        "cargo",
        "build",
        "--release",
        "--locked",
        "--target",
        "wasm32-unknown-unknown",
    ])
    .current_dir(pkg)
    .env("RUSTC_WORKSPACE_WRAPPER", mir_export())
    .env("CARGO_TARGET_DIR", target);
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    for var in
        ["RUSTC", "RUSTC_WRAPPER", "RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "CARGO_BUILD_TARGET_DIR", "RUSTUP_TOOLCHAIN"]
    {
        cmd.env_remove(var);
    }
    cmd.output().expect("run cargo")
}

/// The `.wir` of crate `krate` of package `pkg`, built by [`cargo_mode_build`] without features;
/// panics with cargo's output when the build fails.
pub fn cargo_mode_wir(pkg: &std::path::Path, target: &std::path::Path, krate: &str) -> String {
    let out = cargo_mode_build(pkg, target, &[]);
    assert!(out.status.success(), "cargo build failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let wir = target.join(format!("wasm32-unknown-unknown/release/deps/{krate}.wir"));
    std::fs::read_to_string(&wir).unwrap_or_else(|e| panic!("{}: {e}", wir.display()))
}

/// Whether two results are the same bits, two NaNs counting as equal whatever their sign and
/// payload (wasm leaves them open, spec §6.9.7): the comparison of the differential tests against
/// native code.
pub fn same_bits(a: &wirc::run::Value, b: &wirc::run::Value) -> bool {
    use wirc::run::Value;
    match (a, b) {
        (Value::F64(x), Value::F64(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (Value::F32(x), Value::F32(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        _ => a == b,
    }
}
