//! The ownership checker (spec §6.10) against an oracle that enumerates paths.
//!
//! Random small functions with loops, branches, traps and returns, whose parameters are `own` or
//! `linear` values and whose blocks read, lend, consume and drop them. The oracle explores the
//! product of the CFG with every value's state (live or moved), which is exactly "some path from
//! the entry": a use or consume of a moved value on some path is a *use* error (E0256/E0257); a
//! `linear` value live at a `return` reached on some path, with no use error, a *leak*
//! (E0258/E0259/E0260). The checker, path-insensitive and sparse, must give the same verdict for
//! every value. `OWNERSHIP_CASES=n OWNERSHIP_SEED=s` for more.

use std::collections::BTreeSet;
use wasmir_verify::verify;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// What a statement does to a value.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    /// A copy use: `i32.eqz`.
    Read(usize),
    /// A borrowing position: `call @look`.
    Lend(usize),
    /// A consuming call.
    Consume(usize),
    /// `drop`.
    Drop(usize),
    /// Both arguments of one call consume.
    ConsumeTwice(usize),
}

#[derive(Clone, Debug)]
enum Term {
    Br(usize),
    BrIf(usize, usize),
    Return,
    Trap,
}

struct Func {
    linear: Vec<bool>,
    blocks: Vec<(Vec<Op>, Term)>,
}

fn generate(r: &mut Rng) -> Func {
    let nvals = 1 + r.below(2);
    let linear = (0..nvals).map(|_| r.below(2) == 0).collect();
    let nblocks = 1 + r.below(6);
    let mut blocks = Vec::new();
    for _ in 0..nblocks {
        let mut ops = Vec::new();
        for _ in 0..r.below(3) {
            let v = r.below(nvals);
            ops.push(match r.below(12) {
                0..=3 => Op::Read(v),
                4..=5 => Op::Lend(v),
                6..=8 => Op::Consume(v),
                9..=10 => Op::Drop(v),
                _ => Op::ConsumeTwice(v),
            });
        }
        // Targets are never the entry block (E0205).
        let target = |r: &mut Rng| if nblocks > 1 { 1 + r.below(nblocks - 1) } else { usize::MAX };
        let term = match r.below(6) {
            0 | 1 => match target(r) {
                usize::MAX => Term::Return,
                t => Term::Br(t),
            },
            2 | 3 => match (target(r), target(r)) {
                (usize::MAX, _) | (_, usize::MAX) => Term::Return,
                (a, b) => Term::BrIf(a, b),
            },
            4 => Term::Return,
            _ => Term::Trap,
        };
        blocks.push((ops, term));
    }
    Func { linear, blocks }
}

fn text(f: &Func) -> String {
    let kind = |v: usize| if f.linear[v] { "linear" } else { "own" };
    let mut s = String::from("wasmir 0.3\n");
    s.push_str("import \"env\" \"eat_own\" fn @eat_own(own i32)\n");
    s.push_str("import \"env\" \"eat_linear\" fn @eat_linear(linear i32)\n");
    s.push_str("import \"env\" \"two_own\" fn @two_own(own i32, own i32)\n");
    s.push_str("import \"env\" \"two_linear\" fn @two_linear(linear i32, linear i32)\n");
    s.push_str("import \"env\" \"look\" fn @look(borrow i32)\n");
    let params: Vec<String> = (0..f.linear.len()).map(|v| format!("{} i32", kind(v))).collect();
    s.push_str(&format!("fn @f({}, i32) {{\n", params.join(", ")));
    let names: Vec<String> = (0..f.linear.len()).map(|v| format!("%v{v}: {} i32", kind(v))).collect();
    let mut tmp = 0;
    for (b, (ops, term)) in f.blocks.iter().enumerate() {
        if b == 0 {
            s.push_str(&format!("^b0({}, %c: i32):\n", names.join(", ")));
        } else {
            s.push_str(&format!("^b{b}:\n"));
        }
        for op in ops {
            tmp += 1;
            s.push_str(&match *op {
                Op::Read(v) => format!("    %t{tmp} = i32.eqz %v{v}\n"),
                Op::Lend(v) => format!("    call @look(%v{v})\n"),
                Op::Consume(v) => format!("    call @eat_{}(%v{v})\n", kind(v)),
                Op::Drop(v) => format!("    drop %v{v}\n"),
                Op::ConsumeTwice(v) => format!("    call @two_{}(%v{v}, %v{v})\n", kind(v)),
            });
        }
        s.push_str(&match term {
            Term::Br(t) => format!("    br ^b{t}\n"),
            Term::BrIf(a, b) => format!("    br_if %c, ^b{a}, ^b{b}\n"),
            Term::Return => "    return\n".into(),
            Term::Trap => "    trap\n".into(),
        });
    }
    s.push_str("}\n");
    s
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    Fine,
    Leak,
    Use,
}

/// Per value: the worst thing some path does to it.
fn oracle(f: &Func) -> Vec<Verdict> {
    let n = f.linear.len();
    let mut verdict = vec![Verdict::Fine; n];
    // States: bit v set = value v moved. Explore (block, state) pairs reachable from the entry.
    let mut seen: BTreeSet<(usize, u32)> = BTreeSet::new();
    let mut work = vec![(0usize, 0u32)];
    while let Some((b, mut st)) = work.pop() {
        if !seen.insert((b, st)) {
            continue;
        }
        let (ops, term) = &f.blocks[b];
        for op in ops {
            let (v, consumes, twice) = match *op {
                Op::Read(v) | Op::Lend(v) => (v, false, false),
                Op::Consume(v) | Op::Drop(v) => (v, true, false),
                Op::ConsumeTwice(v) => (v, true, true),
            };
            if st & (1 << v) != 0 || twice {
                verdict[v] = Verdict::Use;
            }
            if consumes {
                st |= 1 << v;
            }
        }
        match *term {
            Term::Br(t) => work.push((t, st)),
            Term::BrIf(a, c) => {
                work.push((a, st));
                work.push((c, st));
            }
            Term::Return => {
                for (v, verdict) in verdict.iter_mut().enumerate() {
                    if f.linear[v] && st & (1 << v) == 0 && *verdict == Verdict::Fine {
                        *verdict = Verdict::Leak;
                    }
                }
            }
            Term::Trap => {}
        }
    }
    verdict
}

fn checker(f: &Func, src: &str) -> Vec<Verdict> {
    let (m, spans) = wasmir_syntax::parse(src).unwrap_or_else(|d| panic!("{src}\n{d:?}"));
    let diags = verify(&m, &spans);
    let mut verdict = vec![Verdict::Fine; f.linear.len()];
    for d in &diags {
        let value = d.args.iter().find(|(k, _)| *k == "value").map(|(_, v)| v.clone()).unwrap_or_default();
        let v: usize = value.trim_start_matches("%v").parse().unwrap_or_else(|_| panic!("{src}\n{d:?}"));
        let kind = match d.code.0 {
            256 | 257 => Verdict::Use,
            258..=260 => Verdict::Leak,
            other => panic!("unexpected E0{other} in\n{src}\n{d:?}"),
        };
        assert!(verdict[v] == Verdict::Fine, "two diagnostics for %v{v}:\n{src}\n{diags:?}");
        verdict[v] = kind;
    }
    verdict
}

#[test]
fn checker_agrees_with_path_enumeration() {
    let cases: usize = std::env::var("OWNERSHIP_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(4000);
    let seed: u64 = std::env::var("OWNERSHIP_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x2545_f491_4f6c_dd1d);
    let mut r = Rng(seed | 1);
    let mut seen = BTreeSet::new();
    for case in 0..cases {
        let f = generate(&mut r);
        let src = text(&f);
        let want = oracle(&f);
        let got = checker(&f, &src);
        assert_eq!(got, want, "case {case} (seed {seed}):\n{src}");
        seen.extend(want);
    }
    // The generator reaches every verdict, so the property is not vacuous.
    assert_eq!(seen.len(), 3, "{seen:?}");
}
