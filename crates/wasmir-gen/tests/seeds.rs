//! Over many seeds (byte streams of a small deterministic PRNG), every generated module passes the
//! verifier (ownership included), prints and parses back to the same text and the same module,
//! and every planned call runs to its results or to a wasm trap on the reference interpreter
//! within a fuel bound (never out of fuel, never "invalid IR"). `GEN_TRAPS=1` prints each trap
//! kind (for tuning how often generated code traps; run with `--nocapture`).

use arbitrary::Unstructured;
use wasmir_gen::{generate, Config, GeneratedModule};
use wasmir_syntax::ir::SourceMap;

/// SplitMix64: the bytes of seed `seed`.
fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x1234_5678;
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        out.extend_from_slice(&z.to_le_bytes());
    }
    out.truncate(len);
    out
}

fn gen(seed: u64, cfg: &Config) -> GeneratedModule {
    let data = bytes(seed, 512 + (seed as usize % 4) * 2048);
    generate(&mut Unstructured::new(&data), cfg).expect("the generator never fails")
}

/// The interpreter's bound: generated modules stay far below it.
const FUEL: u64 = 20_000_000;

fn check(seed: u64, cfg: &Config) -> (usize, usize, usize) {
    let g = gen(seed, cfg);
    let text = wasmir_syntax::print_module(&g.module);
    let lines = text.lines().count();
    let errors = wasmir_verify::verify(&g.module, &SourceMap::default());
    assert!(
        errors.is_empty(),
        "seed {seed}: verifier: {:?}\n{text}",
        errors.iter().map(|d| d.code).collect::<Vec<_>>()
    );
    let (again, spans) = wasmir_syntax::parse(&text).unwrap_or_else(|e| panic!("seed {seed}: {e:?}\n{text}"));
    assert_eq!(wasmir_syntax::print_module(&again), text, "seed {seed}: print∘parse is not the identity");
    assert!(wasmir_verify::verify(&again, &spans).is_empty(), "seed {seed}: reparsed module does not verify");
    let (third, _) = wasmir_syntax::parse(&wasmir_syntax::print_module(&again)).expect("parses");
    assert_eq!(third, again, "seed {seed}: parse∘print is not the identity on a parsed module");
    let (mut ok, mut traps) = (0, 0);
    for (name, args) in &g.calls {
        let config = wasmir_interp::Config { fuel: Some(FUEL), ..Default::default() };
        let mut host =
            |_: &str, _: &str, _: &[wasmir_syntax::ir::Constant]| Err(wasmir_interp::TrapKind::UnknownImport);
        match wasmir_interp::call_export(&g.module, name, args, config, &mut host).expect("export exists") {
            Ok(_) => ok += 1,
            Err(t) => {
                assert!(t.kind.is_wasm_trap(), "seed {seed}: {name}: {:?}\n{text}", t.kind);
                if std::env::var("GEN_TRAPS").is_ok() {
                    eprintln!("TRAP {:?}", t.kind);
                }
                traps += 1;
            }
        }
    }
    (ok, traps, lines)
}

#[test]
fn generated_modules_verify_roundtrip_and_terminate() {
    let cfg = Config::default();
    let (mut ok, mut traps, mut lines) = (0, 0, 0);
    for seed in 0..2000 {
        let (o, t, l) = check(seed, &cfg);
        ok += o;
        traps += t;
        lines += l;
    }
    eprintln!("2000 modules of {} lines on average: {ok} calls returned, {traps} trapped", lines / 2000);
    // Not all trap: the generator keeps trapping operators rare.
    assert!(ok > traps / 2, "{ok} returned, {traps} trapped");
}

#[test]
fn small_configurations_work_too() {
    let cfg = Config {
        max_funcs: 1,
        ownership: false,
        memory: false,
        tables: false,
        i128: false,
        max_depth: 1,
        ..Config::default()
    };
    for seed in 0..200 {
        check(seed, &cfg);
    }
}

#[test]
fn empty_input_gives_a_module() {
    let g = generate(&mut Unstructured::new(&[]), &Config::default()).expect("generates");
    assert!(!g.calls.is_empty());
    assert!(wasmir_verify::verify(&g.module, &SourceMap::default()).is_empty());
}
