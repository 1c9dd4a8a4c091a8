//! Generated loop nests, run five ways: the reference interpreter on the IR as written, wasm at
//! -O0 and -O2 on wasmtime, the interpreter again on the optimized IR, and the Cranelift backend
//! on both. All must agree.
//!
//! The generator aims at what Rust-shaped code rarely makes and the 0.1 emitter got wrong: block
//! parameters read on every edge. Loop headers carry parameters (permuted, swapped, replaced on
//! each back edge); exits read the header's parameters directly and pass their own arguments;
//! `break` leaves one or several loops from deep inside, `continue` re-enters with new
//! arguments; diamonds, one-armed ifs and switches merge into blocks with parameters; early
//! returns leave from anywhere. Every loop's counter is a header parameter incremented on every
//! back edge and bounded by a value below 4, so every function terminates.
//!
//! A failing case is written to `target/loops-failure.wir` with the inputs that disagree.
//! `LOOPS_SEED=n` runs a different batch; `LOOPS_CASES=n` changes the number of modules.

use arbitrary::Unstructured;
use std::fmt::Write as _;
use wasmir_emit::locals::Allocator;
use wasmir_emit::EmitOptions;
use wasmir_interp::{Config, TrapKind};
use wasmir_opt::OptLevel;
use wasmir_syntax::ir::{Constant, Type};
use wirc::run::{Runner, Value as RunValue};
use wirc::Options;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ty {
    I32,
    I64,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::I32 => "i32",
            Ty::I64 => "i64",
        }
    }
}

#[derive(Clone)]
struct Var {
    name: String,
    ty: Ty,
}

/// An enclosing loop: where `break` and `continue` go.
#[derive(Clone)]
struct LoopCtx {
    header: String,
    /// The header's parameter types after the counter.
    carried: Vec<Ty>,
    /// The counter (the header's first parameter) and the loop's bound.
    counter: String,
    bound: String,
    exit: String,
    exit_params: Vec<Ty>,
}

struct Gen<'a> {
    u: Unstructured<'a>,
    out: String,
    next_value: usize,
    next_block: usize,
}

impl Gen<'_> {
    fn pick(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        self.u.int_in_range(0..=n - 1).unwrap_or(0)
    }

    fn chance(&mut self, num: u8, den: u8) -> bool {
        self.u.ratio(num, den).unwrap_or(false)
    }

    fn value(&mut self) -> String {
        self.next_value += 1;
        format!("%v{}", self.next_value)
    }

    fn block_name(&mut self, stem: &str) -> String {
        self.next_block += 1;
        format!("^{stem}{}", self.next_block)
    }

    fn line(&mut self, s: &str) {
        let _ = writeln!(self.out, "    {s}");
    }

    fn open(&mut self, name: &str, params: &[Var]) {
        let ps: Vec<String> = params.iter().map(|p| format!("{}: {}", p.name, p.ty.name())).collect();
        if ps.is_empty() {
            let _ = writeln!(self.out, "{name}:");
        } else {
            let _ = writeln!(self.out, "{name}({}):", ps.join(", "));
        }
    }

    /// A value of type `ty` from `scope`, or a fresh constant (constants have no local: they test
    /// the copy of a constant argument).
    fn operand(&mut self, scope: &[Var], ty: Ty) -> String {
        let of_ty: Vec<&Var> = scope.iter().filter(|v| v.ty == ty).collect();
        if of_ty.is_empty() || self.chance(1, 8) {
            let k = self.pick(7) as i64 - 2;
            let v = self.value();
            self.line(&format!("{v} = {}.const {k}", ty.name()));
            return v;
        }
        // Prefer recent values, but reach far back too.
        let i =
            if self.chance(1, 2) { of_ty.len() - 1 - self.pick(of_ty.len().min(3)) } else { self.pick(of_ty.len()) };
        of_ty[i].name.clone()
    }

    fn args(&mut self, scope: &[Var], tys: &[Ty]) -> String {
        let a: Vec<String> = tys.iter().map(|&t| self.operand(scope, t)).collect();
        a.join(", ")
    }

    fn call(&mut self, block: &str, args: &str) -> String {
        if args.is_empty() {
            block.to_string()
        } else {
            format!("{block}({args})")
        }
    }

    fn types(&mut self, max: usize) -> Vec<Ty> {
        let n = self.pick(max + 1);
        (0..n).map(|_| if self.chance(1, 3) { Ty::I64 } else { Ty::I32 }).collect()
    }

    fn params(&mut self, tys: &[Ty]) -> Vec<Var> {
        tys.iter().map(|&ty| Var { name: self.value(), ty }).collect()
    }

    /// An i32 condition from `scope`: the low bit of some value, so both ways are taken.
    fn cond(&mut self, scope: &mut Vec<Var>) -> String {
        let x = self.operand(scope, Ty::I32);
        let k = self.pick(3) + 1;
        let (m, c) = (self.value(), self.value());
        self.line(&format!("{m} = i32.const {k}"));
        self.line(&format!("{c} = i32.and {x}, {m}"));
        scope.push(Var { name: c.clone(), ty: Ty::I32 });
        c
    }

    fn arith(&mut self, scope: &mut Vec<Var>) {
        const I32_OPS: &[&str] =
            &["add", "sub", "mul", "xor", "and", "or", "shl", "shr_u", "rotl", "eq", "lt_u", "gt_s"];
        const I64_OPS: &[&str] = &["add", "sub", "mul", "xor", "or", "shr_s", "rotr"];
        let r = self.value();
        match self.pick(4) {
            0 => {
                let a = self.operand(scope, Ty::I64);
                self.line(&format!("{r} = i32.wrap_i64 {a}"));
                scope.push(Var { name: r, ty: Ty::I32 });
            }
            1 => {
                let a = self.operand(scope, Ty::I32);
                let op = if self.chance(1, 2) { "i64.extend_i32_u" } else { "i64.extend_i32_s" };
                self.line(&format!("{r} = {op} {a}"));
                scope.push(Var { name: r, ty: Ty::I64 });
            }
            2 => {
                let op = I64_OPS[self.pick(I64_OPS.len())];
                let (a, b) = (self.operand(scope, Ty::I64), self.operand(scope, Ty::I64));
                self.line(&format!("{r} = i64.{op} {a}, {b}"));
                scope.push(Var { name: r, ty: Ty::I64 });
            }
            _ => {
                let op = I32_OPS[self.pick(I32_OPS.len())];
                let (a, b) = (self.operand(scope, Ty::I32), self.operand(scope, Ty::I32));
                self.line(&format!("{r} = i32.{op} {a}, {b}"));
                scope.push(Var { name: r, ty: Ty::I32 });
            }
        }
    }

    /// Ends the current block with `return` of a hash of every value in scope (so every value,
    /// block parameters included, is read on the way out).
    fn ret(&mut self, scope: &[Var]) {
        let mut h = self.value();
        self.line(&format!("{h} = i64.const 7"));
        let k = self.value();
        self.line(&format!("{k} = i64.const 31"));
        for v in scope {
            let e = match v.ty {
                Ty::I64 => v.name.clone(),
                Ty::I32 => {
                    let e = self.value();
                    self.line(&format!("{e} = i64.extend_i32_u {}", v.name));
                    e
                }
            };
            let (m, a) = (self.value(), self.value());
            self.line(&format!("{m} = i64.mul {h}, {k}"));
            self.line(&format!("{a} = i64.add {m}, {e}"));
            h = a;
        }
        self.line(&format!("return {h}"));
    }

    /// Emits statements into the open block; returns with a block open. `scope` is what
    /// dominates the current point and grows as values are defined.
    fn region(&mut self, depth: u32, scope: &mut Vec<Var>, loops: &[LoopCtx]) {
        let n = self.pick(4) + 1;
        for _ in 0..n {
            let choice = if depth == 0 { self.pick(3) } else { self.pick(9) };
            match choice {
                0 | 1 => {
                    for _ in 0..=self.pick(2) {
                        self.arith(scope);
                    }
                }
                2 if !loops.is_empty() => self.break_or_continue(scope, loops),
                2 => self.arith(scope),
                3 | 4 => self.diamond(depth, scope, loops),
                5 | 6 => self.lp(depth, scope, loops),
                7 => self.switch(depth, scope, loops),
                _ => self.early_return(scope),
            }
        }
    }

    /// One arm of a diamond or switch: block `name` with `params`, a region inside, then a
    /// branch to `join` with arguments of `join_tys` from what the arm sees.
    #[allow(clippy::too_many_arguments)]
    fn arm(
        &mut self,
        name: &str,
        params: &[Var],
        depth: u32,
        scope: &[Var],
        loops: &[LoopCtx],
        join: &str,
        join_tys: &[Ty],
    ) {
        self.open(name, params);
        let mut inner = scope.to_vec();
        inner.extend(params.iter().cloned());
        self.region(depth - 1, &mut inner, loops);
        let a = self.args(&inner, join_tys);
        let j = self.call(join, &a);
        self.line(&format!("br {j}"));
    }

    fn diamond(&mut self, depth: u32, scope: &mut Vec<Var>, loops: &[LoopCtx]) {
        let c = self.cond(scope);
        let join_tys = self.types(3);
        let join = self.block_name("join");
        let join_params = self.params(&join_tys);
        if self.chance(1, 5) {
            // Both edges to one block, with different arguments.
            let (a, b) = (self.args(scope, &join_tys), self.args(scope, &join_tys));
            let (ja, jb) = (self.call(&join, &a), self.call(&join, &b));
            self.line(&format!("br_if {c}, {ja}, {jb}"));
            self.open(&join, &join_params);
            scope.extend(join_params);
            return;
        }
        let one_armed = self.chance(1, 3);
        let (t, e) = (self.block_name("then"), self.block_name("else"));
        let t_tys = self.types(2);
        let t_params = self.params(&t_tys);
        let t_args = self.args(scope, &t_tys);
        let t_call = self.call(&t, &t_args);
        let e_call = if one_armed {
            let a = self.args(scope, &join_tys);
            self.call(&join, &a)
        } else {
            let a = self.args(scope, &[]);
            self.call(&e, &a)
        };
        if self.chance(1, 2) {
            self.line(&format!("br_if {c}, {t_call}, {e_call}"));
        } else {
            let nc = self.value();
            self.line(&format!("{nc} = i32.eqz {c}"));
            self.line(&format!("br_if {nc}, {e_call}, {t_call}"));
        }
        let arms: &[(&String, &Vec<Var>)] =
            if one_armed { &[(&t, &t_params)] } else { &[(&t, &t_params), (&e, &Vec::new())] };
        for &(name, params) in arms {
            self.arm(name, params, depth, scope, loops, &join, &join_tys);
        }
        self.open(&join, &join_params);
        scope.extend(join_params);
    }

    fn lp(&mut self, depth: u32, scope: &mut Vec<Var>, loops: &[LoopCtx]) {
        // The bound: 0..=3, from the data or a constant.
        let x = self.operand(scope, Ty::I32);
        let (m, bound) = (self.value(), self.value());
        self.line(&format!("{m} = i32.const 3"));
        self.line(&format!("{bound} = i32.and {x}, {m}"));
        scope.push(Var { name: bound.clone(), ty: Ty::I32 });
        let carried = self.types(3);
        let header = self.block_name("loop");
        let exit = self.block_name("exit");
        let exit_params_tys = self.types(2);
        let counter = Var { name: self.value(), ty: Ty::I32 };
        let mut hparams = vec![counter.clone()];
        hparams.extend(self.params(&carried));
        let zero = self.value();
        self.line(&format!("{zero} = i32.const 0"));
        let init = self.args(scope, &carried);
        let init = if init.is_empty() { zero.clone() } else { format!("{zero}, {init}") };
        self.line(&format!("br {header}({init})"));
        self.open(&header, &hparams);
        let mut at_header = scope.clone();
        at_header.extend(hparams.iter().cloned());
        let ctx = LoopCtx {
            header: header.clone(),
            carried: carried.clone(),
            counter: counter.name.clone(),
            bound: bound.clone(),
            exit: exit.clone(),
            exit_params: exit_params_tys.clone(),
        };
        let mut inner_loops = loops.to_vec();
        inner_loops.push(ctx.clone());
        let mut body = at_header.clone();
        self.region(depth - 1, &mut body, &inner_loops);
        // The latch: counter + 1, new carried values (often a permutation of the old ones), and
        // the exit's arguments, which may read the header's parameters.
        let (one, k1, go) = (self.value(), self.value(), self.value());
        self.line(&format!("{one} = i32.const 1"));
        self.line(&format!("{k1} = i32.add {}, {one}", counter.name));
        self.line(&format!("{go} = i32.le_u {k1}, {bound}"));
        let back = if self.chance(1, 3) {
            // Rotate the header's own parameters of each type: a cycle of copies.
            let mut vals: Vec<String> = hparams[1..].iter().map(|p| p.name.clone()).collect();
            for ty in [Ty::I32, Ty::I64] {
                let idx: Vec<usize> = (0..carried.len()).filter(|&i| carried[i] == ty).collect();
                if idx.len() >= 2 {
                    let first = vals[idx[0]].clone();
                    for w in 0..idx.len() - 1 {
                        vals[idx[w]] = vals[idx[w + 1]].clone();
                    }
                    vals[idx[idx.len() - 1]] = first;
                }
            }
            vals.join(", ")
        } else {
            self.args(&body, &carried)
        };
        let back = if back.is_empty() { k1.clone() } else { format!("{k1}, {back}") };
        let exit_scope = if self.chance(1, 2) { at_header.clone() } else { body.clone() };
        let exit_args = self.args(&exit_scope, &exit_params_tys);
        let exit_call = self.call(&exit, &exit_args);
        if self.chance(1, 2) {
            self.line(&format!("br_if {go}, {header}({back}), {exit_call}"));
        } else {
            let stop = self.value();
            self.line(&format!("{stop} = i32.eqz {go}"));
            self.line(&format!("br_if {stop}, {exit_call}, {header}({back})"));
        }
        let exit_params = self.params(&exit_params_tys);
        self.open(&exit, &exit_params);
        // The exit is dominated by the header only: what was in scope there, and the exit's own.
        *scope = at_header;
        scope.extend(exit_params);
    }

    fn break_or_continue(&mut self, scope: &mut Vec<Var>, loops: &[LoopCtx]) {
        let l = loops[self.pick(loops.len())].clone();
        let c = self.cond(scope);
        let cont = self.block_name("cont");
        if self.chance(1, 2) {
            let a = self.args(scope, &l.exit_params);
            let x = self.call(&l.exit, &a);
            self.line(&format!("br_if {c}, {x}, {cont}"));
        } else {
            let (one, k1, ok, both) = (self.value(), self.value(), self.value(), self.value());
            self.line(&format!("{one} = i32.const 1"));
            self.line(&format!("{k1} = i32.add {}, {one}", l.counter));
            self.line(&format!("{ok} = i32.le_u {k1}, {}", l.bound));
            self.line(&format!("{both} = i32.and {ok}, {c}"));
            let a = self.args(scope, &l.carried);
            let a = if a.is_empty() { k1 } else { format!("{k1}, {a}") };
            self.line(&format!("br_if {both}, {}({a}), {cont}", l.header));
        }
        self.open(&cont, &[]);
    }

    fn switch(&mut self, depth: u32, scope: &mut Vec<Var>, loops: &[LoopCtx]) {
        let wide = self.chance(1, 3);
        let ty = if wide { Ty::I64 } else { Ty::I32 };
        let x = self.operand(scope, ty);
        let (m, s) = (self.value(), self.value());
        self.line(&format!("{m} = {}.const 3", ty.name()));
        self.line(&format!("{s} = {}.and {x}, {m}", ty.name()));
        let join_tys = self.types(2);
        let join = self.block_name("join");
        let join_params = self.params(&join_tys);
        let arms = self.pick(3) + 1;
        let mut arm_blocks = Vec::new();
        for _ in 0..arms {
            let name = self.block_name("arm");
            let tys = self.types(2);
            let params = self.params(&tys);
            arm_blocks.push((name, tys, params));
        }
        // Cases 0..=3 and a default, each to an arm with its own arguments (two cases may reach
        // one arm with different arguments).
        let mut targets = Vec::new();
        for _ in 0..5 {
            let i = self.pick(arms);
            let tys = arm_blocks[i].1.clone();
            let a = self.args(scope, &tys);
            targets.push(self.call(&arm_blocks[i].0, &a));
        }
        let cases: Vec<String> =
            (0..4).filter(|_| self.chance(3, 4)).map(|k| format!("{k}: {}", targets[k as usize + 1])).collect();
        self.line(&format!("switch {s}, {}, [{}]", targets[0], cases.join(", ")));
        for (name, _, params) in &arm_blocks {
            self.arm(name, params, depth, scope, loops, &join, &join_tys);
        }
        self.open(&join, &join_params);
        scope.extend(join_params);
    }

    fn early_return(&mut self, scope: &mut Vec<Var>) {
        let c = self.cond(scope);
        let (r, cont) = (self.block_name("ret"), self.block_name("cont"));
        let tys = self.types(2);
        let params = self.params(&tys);
        let a = self.args(scope, &tys);
        let rc = self.call(&r, &a);
        self.line(&format!("br_if {c}, {rc}, {cont}"));
        self.open(&r, &params);
        let mut at_ret = scope.clone();
        at_ret.extend(params);
        self.ret(&at_ret);
        self.open(&cont, &[]);
    }
}

/// One generated function `@name(i32, i64) -> i64`.
fn function(u: Unstructured<'_>, name: &str) -> String {
    let mut g = Gen { u, out: String::new(), next_value: 0, next_block: 0 };
    let _ = writeln!(g.out, "fn @{name}(i32, i64) -> i64 {{");
    let params = vec![Var { name: "%a".into(), ty: Ty::I32 }, Var { name: "%b".into(), ty: Ty::I64 }];
    g.open("^entry", &params);
    let mut scope = params;
    g.region(3, &mut scope, &[]);
    g.ret(&scope);
    g.out.push_str("}\n");
    g.out
}

/// SplitMix64: a seedable byte source for `Unstructured`.
fn bytes(seed: u64, n: usize) -> Vec<u8> {
    let mut s = seed;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = s;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        out.extend_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    out
}

const FUNCS_PER_MODULE: usize = 10;

fn module(seed: u64) -> String {
    let mut text = String::from("wasmir 0.1\n\n");
    for f in 0..FUNCS_PER_MODULE {
        let _ = writeln!(text, "export \"f{f}\" fn @f{f}");
    }
    for f in 0..FUNCS_PER_MODULE {
        let data = bytes(seed.wrapping_mul(1000).wrapping_add(f as u64), 4096);
        text.push('\n');
        text.push_str(&function(Unstructured::new(&data), &format!("f{f}")));
    }
    text
}

const INPUTS: &[(i32, i64)] = &[(0, 0), (1, -1), (2, 3), (3, 1 << 40), (-1, 5), (6, -7), (0x7fff_ffff, 2), (13, 12)];

type Outcome = Result<i64, String>;

fn interp(m: &wasmir_syntax::ir::Module, f: &str, a: i32, b: i64) -> Outcome {
    let mut host = |_: &str, _: &str, _: &[Constant]| Err(TrapKind::UnknownImport);
    let cfg = Config { fuel: Some(10_000_000), ..Config::default() };
    match wasmir_interp::call_export(m, f, &[Constant::i32(a), Constant::i64(b)], cfg, &mut host) {
        None => Err(format!("no export {f}")),
        Some(Ok(r)) => match r[..] {
            [c] if c.ty == Type::I64 => Ok(c.bits as i64),
            _ => Err(format!("bad results {r:?}")),
        },
        Some(Err(t)) if t.kind.is_wasm_trap() => Err("trap".into()),
        Some(Err(t)) => Err(format!("interpreter stopped: {}", t.kind)),
    }
}

fn wasm(r: &Runner, f: &str, a: i32, b: i64) -> Outcome {
    match r.call(f, &[RunValue::I32(a), RunValue::I64(b)]) {
        Ok(v) => match v[..] {
            [RunValue::I64(x)] => Ok(x),
            _ => Err(format!("bad results {v:?}")),
        },
        Err(d) if d.code == wirc::codes::TRAPPED => Err("trap".into()),
        Err(d) => Err(format!("runner error {}", d.code)),
    }
}

fn native(n: &wasmir_native::NativeModule, f: &str, a: i32, b: i64) -> Outcome {
    let mut s = wirc::run::NativeSession::new(n).map_err(|d| format!("native instance {}", d.code))?;
    match s.call(f, &[RunValue::I32(a), RunValue::I64(b)]) {
        Ok(v) => match v[..] {
            [RunValue::I64(x)] => Ok(x),
            _ => Err(format!("bad results {v:?}")),
        },
        Err(d) if d.code == wirc::codes::TRAPPED => Err("trap".into()),
        Err(d) => Err(format!("runner error {}", d.code)),
    }
}

fn fail(text: &str, why: String) -> ! {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/loops-failure.wir");
    let _ = std::fs::write(&path, text);
    panic!("{why}\n(module written to {})", path.display());
}

#[test]
fn generated_loop_nests_agree_on_interpreter_and_wasm() {
    let base: u64 = std::env::var("LOOPS_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let cases: u64 = std::env::var("LOOPS_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    let mut loops_seen = 0;
    for seed in base..base + cases {
        let text = module(seed);
        loops_seen += text.matches("^loop").count();
        let (reference, _) = match wirc::check(&text) {
            Ok(m) => m,
            Err(d) => fail(&text, format!("seed {seed}: the generator made invalid IR: {:?}", d.first())),
        };
        let mut optimized = reference.clone();
        wasmir_opt::run_pipeline(&mut optimized, OptLevel::O2);
        let mut runners = Vec::new();
        // Both local allocators on every function, whatever size `Auto` would pick them for.
        for (level, allocator) in [
            (OptLevel::O0, Allocator::Precise),
            (OptLevel::O2, Allocator::Precise),
            (OptLevel::O0, Allocator::LinearScan),
            (OptLevel::O2, Allocator::LinearScan),
        ] {
            let level_name = format!("{level:?}/{allocator:?}");
            let opts = Options {
                opt_level: level,
                verify_each_pass: true,
                emit: EmitOptions { allocator, ..EmitOptions::default() },
                ..Options::default()
            };
            let wasm = wirc::compile(&text, &opts)
                .unwrap_or_else(|d| fail(&text, format!("seed {seed}: {level_name} failed: {:?}", d.first())));
            let r = Runner::new(&wasm).unwrap_or_else(|d| fail(&text, format!("seed {seed}: wasmtime: {d:?}")));
            runners.push((level_name, r));
        }
        // The Cranelift backend on the IR as written and optimized.
        let natives: Vec<(&str, wasmir_native::NativeModule)> = [("as written", &reference), ("-O2", &optimized)]
            .into_iter()
            .map(|(what, m)| {
                let n = wirc::run::compile_native(m)
                    .unwrap_or_else(|d| fail(&text, format!("seed {seed}: native {what}: {d:?}")));
                (what, n)
            })
            .collect();
        for f in 0..FUNCS_PER_MODULE {
            let name = format!("f{f}");
            for &(a, b) in INPUTS {
                let want = interp(&reference, &name, a, b);
                if let Err(e) = &want {
                    if e != "trap" {
                        fail(&text, format!("seed {seed} {name}({a}, {b}): {e}"));
                    }
                }
                let after_opt = interp(&optimized, &name, a, b);
                if after_opt != want {
                    fail(&text, format!("seed {seed} {name}({a}, {b}): IR {want:?}, optimized IR {after_opt:?}"));
                }
                for (level, r) in &runners {
                    let got = wasm(r, &name, a, b);
                    if got != want {
                        fail(&text, format!("seed {seed} {name}({a}, {b}): IR {want:?}, wasm {level} {got:?}"));
                    }
                }
                for (what, n) in &natives {
                    let got = native(n, &name, a, b);
                    if got != want {
                        fail(&text, format!("seed {seed} {name}({a}, {b}): IR {want:?}, native {what} {got:?}"));
                    }
                }
            }
        }
    }
    // The generator must actually make loops (a change that stopped it would pass vacuously).
    assert!(loops_seen as u64 >= cases * FUNCS_PER_MODULE as u64, "only {loops_seen} loops generated");
}
