//! Generated straight-line memory code, run five ways: the reference interpreter, wasm at -O0 and
//! -O2 on wasmtime, and the Cranelift backend at -O0 and -O2. Results and trap kinds must agree.
//!
//! Each function mixes every load and store width (sign and zero extension), memarg offsets
//! (some past the end of memory), addresses from data items, slots, globals, `ptr.add` of the
//! argument and the last bytes of memory (from `memory.size`), `memory.fill`, `memory.copy`
//! (overlapping, and sometimes out of bounds) and `memory.grow`, folding every loaded value into
//! an `i64` checksum. Slots are zero-filled first: their initial contents are unspecified (spec
//! §12.3.2) and differ between the backends on purpose (the interpreter fills frames with 0xA5).
//!
//! `MEMOPS_SEED=n` runs a different batch; `MEMOPS_CASES=n` changes the number of functions.
//! A failing case is written to `target/memory-ops-failure.wir`.

mod common;

use common::Rng;
use std::fmt::Write as _;
use wasmir_opt::OptLevel;
use wirc::run::Runner;
use wirc::Options;

const LOADS: &[&str] = &[
    "i32.load",
    "i32.load8_s",
    "i32.load8_u",
    "i32.load16_s",
    "i32.load16_u",
    "i64.load",
    "i64.load8_s",
    "i64.load8_u",
    "i64.load16_s",
    "i64.load16_u",
    "i64.load32_s",
    "i64.load32_u",
];
const STORES: &[&str] =
    &["i32.store", "i32.store8", "i32.store16", "i64.store", "i64.store8", "i64.store16", "i64.store32"];

/// One generated module with its exported `@f(i32) -> i64`.
fn module(rng: &mut Rng) -> String {
    let mut s = String::from("wasmir 0.2\n\nmemory $heap 1 max 20\nglobal $g: i64 mut = 5\n");
    let data_len = 1 + rng.below(40);
    let bytes: String = (0..data_len).map(|_| format!("{:02x}", rng.below(256))).collect();
    let _ = writeln!(s, "data $d align {} = x\"{bytes}\"", 1u64 << rng.below(4));
    s.push_str("export \"f\" fn @f\n\nfn @f(i32) -> i64 {\n");
    // A multiple of 16, so that the frame has no padding: a read past the slot then reads the
    // zeroed slot or the data above the stack, never unspecified frame bytes.
    let slot_size = 16 * (1 + rng.below(4));
    let _ = writeln!(s, "    slot #s: {slot_size} align {}", 1u64 << rng.below(5));
    s.push_str("^entry(%x: i32):\n");
    let mut n = 0u32;
    let mut fresh = |p: &str| {
        n += 1;
        format!("%{p}{n}")
    };
    // Zero the slot: its contents before the first store are unspecified.
    let (slot, zero, len) = (fresh("s"), fresh("z"), fresh("n"));
    let _ = writeln!(s, "    {slot} = slot.addr[#s]\n    {zero} = i32.const 0\n    {len} = i32.const {slot_size}");
    let _ = writeln!(s, "    memory.fill[$heap] {slot}, {zero}, {len}");
    let mut acc = fresh("acc");
    let _ = writeln!(s, "    {acc} = i64.extend_i32_u %x");
    for _ in 0..(4 + rng.below(16)) {
        // An address: data, slot, the last bytes of memory, or data + the argument.
        let base = fresh("p");
        match rng.below(4) {
            0 => {
                let _ = writeln!(s, "    {base} = data.addr[$d, addend={}]", rng.below(data_len));
            }
            1 => {
                let _ = writeln!(s, "    {base} = slot.addr[#s]");
            }
            2 => {
                let (pages, sh, end, back, e) = (fresh("pg"), fresh("sh"), fresh("end"), fresh("k"), fresh("e"));
                let _ = writeln!(s, "    {pages} = memory.size[$heap]\n    {sh} = i32.const 16");
                let _ = writeln!(s, "    {end} = i32.shl {pages}, {sh}\n    {back} = i32.const {}", 1 + rng.below(24));
                let _ = writeln!(s, "    {e} = i32.sub {end}, {back}\n    {base} = ptr.from_int {e}");
            }
            _ => {
                let (d, m, k) = (fresh("d"), fresh("m"), fresh("k"));
                let _ = writeln!(s, "    {d} = data.addr[$d]\n    {m} = i32.const {}", rng.below(16));
                let _ = writeln!(s, "    {k} = i32.and %x, {m}\n    {base} = ptr.add {d}, {k}");
            }
        }
        let offset = if rng.below(10) == 0 { 65_536 + rng.below(8) } else { rng.below(12) };
        match rng.below(9) {
            0..=3 => {
                let op = rng.pick(STORES);
                let v = fresh("v");
                if op.starts_with("i32") {
                    let w = fresh("w");
                    let _ = writeln!(s, "    {w} = i32.wrap_i64 {acc}\n    {v} = i32.xor {w}, %x");
                } else {
                    let g = fresh("g");
                    let _ = writeln!(s, "    {g} = global.get[$g]\n    {v} = i64.add {acc}, {g}");
                }
                let _ = writeln!(s, "    {op}[$heap, offset={offset}] {base}, {v}");
            }
            4..=6 => {
                let op = rng.pick(LOADS);
                let (v, v64, c, m, next) = (fresh("l"), fresh("l"), fresh("c"), fresh("m"), fresh("acc"));
                let _ = writeln!(s, "    {v} = {op}[$heap, offset={offset}] {base}");
                if op.starts_with("i32") {
                    let _ = writeln!(s, "    {v64} = i64.extend_i32_s {v}");
                } else {
                    let _ = writeln!(s, "    {v64} = i64.or {v}, {v}");
                }
                let _ = writeln!(
                    s,
                    "    {c} = i64.const 31\n    {m} = i64.mul {acc}, {c}\n    {next} = i64.xor {m}, {v64}"
                );
                let _ = writeln!(s, "    global.set[$g] {next}");
                acc = next;
            }
            7 => {
                let (src, len) = (fresh("src"), fresh("len"));
                let _ = writeln!(s, "    {src} = data.addr[$d]\n    {len} = i32.const {}", rng.below(24));
                if rng.below(2) == 0 {
                    let _ = writeln!(s, "    memory.copy[$heap] {base}, {src}, {len}");
                } else {
                    let _ = writeln!(s, "    memory.fill[$heap] {base}, %x, {len}");
                }
            }
            _ => {
                let (pages, old, w) = (fresh("pg"), fresh("old"), fresh("w"));
                let _ = writeln!(s, "    {pages} = i32.const {}\n    {old} = memory.grow[$heap] {pages}", rng.below(3));
                let next = fresh("acc");
                let _ = writeln!(s, "    {w} = i64.extend_i32_s {old}\n    {next} = i64.add {acc}, {w}");
                acc = next;
            }
        }
    }
    let _ = writeln!(s, "    return {acc}\n}}");
    s
}

/// The result of `f(x)` as text: the value, or `trap(KIND)`.
fn show(r: Result<Vec<wirc::run::Value>, wasmir_syntax::diag::Diagnostic>) -> String {
    match r {
        Ok(v) => v.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", "),
        Err(d) if d.code == wirc::codes::TRAPPED => {
            let kind = d.args.iter().find(|(k, _)| *k == "trap").map(|(_, v)| v.clone()).unwrap_or_default();
            format!("trap({kind})")
        }
        Err(d) => panic!("{d:?}"),
    }
}

#[test]
fn generated_memory_code_agrees_on_every_backend() {
    let seed: u64 = std::env::var("MEMOPS_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let cases: u64 = std::env::var("MEMOPS_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(150);
    let mut rng = Rng(seed);
    let mut traps = 0;
    for case in 0..cases {
        let src = module(&mut rng);
        let (m, _) =
            wirc::check(&src).unwrap_or_else(|d| panic!("case {case}: generated module invalid: {d:?}\n{src}"));
        let inputs: Vec<String> = (0..4).map(|_| (rng.next() as i32).to_string()).collect();
        let expect: Vec<String> =
            inputs.iter().map(|x| show(wirc::run::interpret(&m, "f", std::slice::from_ref(x)))).collect();
        traps += expect.iter().filter(|e| e.starts_with("trap")).count();
        // The Cranelift backend on the IR as written and at -O2 (same trap kinds as the interpreter).
        for level in [OptLevel::O0, OptLevel::O2] {
            let mut o = m.clone();
            wasmir_opt::run_pipeline(&mut o, level);
            let native = wirc::run::compile_native(&o).unwrap_or_else(|d| panic!("case {case}: native: {d:?}\n{src}"));
            for (x, want) in inputs.iter().zip(&expect) {
                let got = show(wirc::run::run_native(&native, "f", std::slice::from_ref(x)));
                if &got != want {
                    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("memory-ops-failure.wir");
                    let _ = std::fs::write(&path, &src);
                    panic!("case {case} f({x}) at {level:?}: native {got}, interpreter {want}\n{}", path.display());
                }
            }
        }
        for level in [OptLevel::O0, OptLevel::O2] {
            let opts = Options { opt_level: level, verify_each_pass: true, ..Options::default() };
            let wasm = wirc::compile(&src, &opts).unwrap_or_else(|d| panic!("case {case}: {d:?}\n{src}"));
            let runner = Runner::new(&wasm).unwrap_or_else(|d| panic!("{d:?}"));
            for (x, want) in inputs.iter().zip(&expect) {
                let got = show(runner.call_with_text("f", std::slice::from_ref(x)));
                if &got != want {
                    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("memory-ops-failure.wir");
                    let _ = std::fs::write(&path, &src);
                    panic!("case {case} f({x}) at {level:?}: wasm {got}, interpreter {want}\n{}", path.display());
                }
            }
        }
    }
    // The generator must reach both outcomes, or the test checks less than it says.
    assert!(traps > 0 && traps < (cases * 4) as usize, "{traps} traps in {} runs", cases * 4);
}
