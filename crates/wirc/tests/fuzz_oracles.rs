//! The fuzz targets' oracles (`wirc::oracle`) as ordinary tests, over a fixed number of cases, so
//! that `./x test` exercises them without the fuzzer: generated modules (`wasmir-gen`) from the
//! bytes of a deterministic PRNG, and for `parse` the project's own `.wir` files with bytes
//! mutated, cut and spliced.

use arbitrary::Unstructured;
use std::path::{Path, PathBuf};
use wasmir_gen::{generate, Config, GeneratedModule};
use wirc::oracle;

/// SplitMix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `n`, or `FUZZ_ORACLES_CASES` when set (more cases, for a longer run); cases start at
/// `FUZZ_ORACLES_SEED` (default 0).
fn cases(n: u64) -> std::ops::Range<u64> {
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let first = env("FUZZ_ORACLES_SEED").unwrap_or(0);
    first..first + env("FUZZ_ORACLES_CASES").unwrap_or(n)
}

/// The generator's bounds: the defaults, or larger ones with `FUZZ_ORACLES_BIG=1` (bigger
/// functions, deeper nesting, longer loops; for longer runs).
fn config() -> Config {
    match std::env::var("FUZZ_ORACLES_BIG").is_ok() {
        false => Config::default(),
        true => Config {
            max_funcs: 8,
            max_blocks: 120,
            max_insts: 1000,
            max_depth: 5,
            max_expr_depth: 4,
            max_loop_iters: 10,
            call_fuel: 100,
            ..Config::default()
        },
    }
}

/// The module of case `seed` (a different stream per target, so that targets see different
/// modules).
fn case(target: u64, seed: u64) -> GeneratedModule {
    let mut rng = Rng(target << 32 | seed);
    let len = 256 + rng.below(if std::env::var("FUZZ_ORACLES_BIG").is_ok() { 16384 } else { 4096 });
    let data = rng.bytes(len);
    generate(&mut Unstructured::new(&data), &config()).expect("generates")
}

/// Runs case `seed` of `target`, naming the seed when the oracle panics (its own message, with
/// the module's text, is printed above).
fn run<T>(target: &str, seed: u64, f: impl FnOnce() -> T + std::panic::UnwindSafe) -> T {
    match std::panic::catch_unwind(f) {
        Ok(v) => v,
        Err(_) => panic!("{target}: case {seed} failed (FUZZ_ORACLES_SEED={seed} FUZZ_ORACLES_CASES=1 replays it)"),
    }
}

#[test]
fn roundtrip_oracle() {
    for seed in cases(2000) {
        run("roundtrip", seed, || oracle::roundtrip(&case(1, seed).module));
    }
}

#[test]
fn emit_valid_oracle() {
    for seed in cases(1500) {
        run("emit-valid", seed, || oracle::emit_valid(&case(2, seed).module));
    }
}

#[test]
fn differential_oracle() {
    let mut total = oracle::Tally::default();
    for seed in cases(800) {
        let t = run("differential", seed, || oracle::differential(&case(3, seed)));
        total.returned += t.returned;
        total.trapped += t.trapped;
    }
    eprintln!("differential: {total:?}");
    if total.returned + total.trapped > 100 {
        assert!(total.returned > 0 && total.trapped > 0, "{total:?}");
    }
}

#[test]
fn opt_preserves_oracle() {
    for seed in cases(1500) {
        run("opt-preserves", seed, || oracle::opt_preserves(&case(4, seed)));
    }
}

fn wir_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            wir_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "wir") {
            out.push(p);
        }
    }
}

#[test]
fn parse_oracle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    wir_files(&root.join("tests/ir"), &mut files);
    wir_files(&root.join("examples"), &mut files);
    let seeds: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    assert!(seeds.len() > 20, "the project's .wir files: {}", seeds.len());
    for s in &seeds {
        oracle::parse(s);
    }
    let runs = cases(4000);
    let mut rng = Rng(5 + runs.start);
    for _ in runs {
        let mut b = seeds[rng.below(seeds.len())].clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(b.len() + 1);
            match rng.below(5) {
                0 if at < b.len() => b[at] = rng.next() as u8,
                1 if at < b.len() => {
                    let end = (at + rng.below(16)).min(b.len());
                    b.drain(at..end);
                }
                2 => {
                    let other = &seeds[rng.below(seeds.len())];
                    let from = rng.below(other.len());
                    let end = (from + rng.below(64)).min(other.len());
                    let piece = other[from..end].to_vec();
                    b.splice(at..at, piece);
                }
                3 => b.truncate(at),
                _ => {
                    let n = 1 + rng.below(8);
                    let piece = rng.bytes(n);
                    b.splice(at.min(b.len())..at.min(b.len()), piece);
                }
            }
        }
        oracle::parse(&b);
    }
    for _ in 0..1000 {
        let len = rng.below(200);
        oracle::parse(&rng.bytes(len));
    }
}
