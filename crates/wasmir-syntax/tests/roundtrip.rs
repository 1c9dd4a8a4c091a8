//! Property: for random modules built directly as IR, the printed text parses, and printing is a
//! fixpoint of print∘parse (`print(parse(print(m))) == print(m)`).
//!
//! Modules come from a "choice tape" (a vector of random numbers read by a small generator), so
//! proptest shrinks a failure by shortening the tape, which gives smaller modules. The generator
//! covers every opcode with its arity and operand types, every terminator, calls, block
//! parameters, constants with NaN payloads, signed zeros, infinities and extreme integers, named,
//! quoted and anonymous values, blocks and functions, imports, exports and locations.

use proptest::prelude::*;
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, Export, ExportItem, Format, FuncId, Function, FunctionKind, InstKind, Kind,
    Module, Opcode, OwnOp, SigKinds, Signature, SourceLoc, Type, Value, Version,
};
use wasmir_syntax::{parse, print_module};

/// Reads choices from the tape; zeros once it runs out, so every tape gives a module.
struct Tape {
    data: Vec<u64>,
    pos: usize,
}

impl Tape {
    fn next(&mut self) -> u64 {
        let v = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        v
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

const TYPES: [Type; 5] = [Type::I32, Type::I64, Type::I128, Type::F32, Type::F64];

/// Names that need quoting, collide with keywords, or are digits (named, so quoted when printed).
const ODD_NAMES: &[&str] = &[
    "core::num::f",
    "a b",
    "3x",
    "",
    "é",
    "with\"quote",
    "back\\slash",
    "tab\there",
    "nl\nx",
    "fn",
    "i32",
    "i32.add",
    "nan",
    "inf",
    "memory",
    "7",
    "0",
    "$",
    "a.b.c",
    "x$y",
    "\u{1}",
    "-1",
    "1.5",
    "日本",
];

fn name(t: &mut Tape, prefix: &str, n: usize) -> String {
    match t.below(4) {
        0 => format!("{}{n}", t.pick(&["", "_"]).to_string() + prefix),
        1 => format!("{}{n}", t.pick(ODD_NAMES)),
        2 => t.pick(ODD_NAMES).to_string(),
        _ => format!("{prefix}{n}"),
    }
}

/// A name unique among `used`, or `None` (anonymous) now and then.
fn opt_name(t: &mut Tape, used: &mut std::collections::HashSet<String>, prefix: &str, n: usize) -> Option<String> {
    if t.chance(30) {
        return None;
    }
    let mut s = name(t, prefix, n);
    while !used.insert(s.clone()) {
        s.push('_');
    }
    Some(s)
}

/// The operators without immediates (the generator does not make memory or module entities).
fn plain_ops() -> Vec<Opcode> {
    Opcode::ALL.iter().copied().filter(|op| op.format() == Format::Plain).collect()
}

fn constant(t: &mut Tape, ty: Type) -> Constant {
    let bits: u64 = match ty {
        Type::ExternRef | Type::FuncRef => 0,
        Type::I128 => {
            let special = [0, 1, u128::MAX, 1 << 127, i128::MAX as u128, u64::MAX as u128, 1 << 64];
            let bits = if t.chance(40) { t.pick(&special) } else { (t.next() as u128) << 64 | t.next() as u128 };
            return Constant { ty, bits };
        }
        Type::I32 | Type::Ptr => {
            let special = [0, 1, u32::MAX as u64, 0x8000_0000, 0x7fff_ffff];
            if t.chance(40) {
                t.pick(&special)
            } else {
                t.next() & 0xffff_ffff
            }
        }
        Type::I64 => {
            let special = [0, 1, u64::MAX, 1 << 63, i64::MAX as u64];
            if t.chance(40) {
                t.pick(&special)
            } else {
                t.next()
            }
        }
        Type::F32 => {
            let special = [
                0.0f32.to_bits(),
                (-0.0f32).to_bits(),
                f32::INFINITY.to_bits(),
                f32::NEG_INFINITY.to_bits(),
                f32::NAN.to_bits(),
                0xffc0_0000,
                0x7f80_0001,
                0xff80_0001,
                0x7fbf_ffff,
                f32::MAX.to_bits(),
                f32::MIN_POSITIVE.to_bits(),
                1,
            ];
            (if t.chance(50) { t.pick(&special) } else { t.next() as u32 }) as u64
        }
        Type::F64 => {
            let special = [
                0.0f64.to_bits(),
                (-0.0f64).to_bits(),
                f64::INFINITY.to_bits(),
                f64::NEG_INFINITY.to_bits(),
                f64::NAN.to_bits(),
                0xfff8_0000_0000_0000,
                0x7ff0_0000_0000_0001,
                0x7ff4_0000_0000_0000,
                f64::MAX.to_bits(),
                f64::MIN.to_bits(),
                1,
                1e-9f64.to_bits(),
            ];
            if t.chance(50) {
                t.pick(&special)
            } else {
                t.next()
            }
        }
    };
    Constant { ty, bits: bits.into() }
}

struct FnGen<'a> {
    t: &'a mut Tape,
    body: Body,
    /// Values defined so far, for operands.
    avail: Vec<Value>,
    value_names: std::collections::HashSet<String>,
    count: usize,
}

impl FnGen<'_> {
    fn new_name(&mut self) -> Option<String> {
        self.count += 1;
        opt_name(self.t, &mut self.value_names, "v", self.count)
    }

    /// A value of type `ty`: an available one, or a new constant appended to `b`.
    fn operand(&mut self, b: Block, ty: Type) -> Value {
        let of_ty: Vec<Value> = self.avail.iter().copied().filter(|&v| self.body.ty(v) == ty).collect();
        if !of_ty.is_empty() && self.t.chance(80) {
            return self.t.pick(&of_ty);
        }
        // References have no constants: their null operator stands for one.
        match ty {
            Type::ExternRef => return self.append(b, InstKind::Op(Opcode::ExternRefNull), Vec::new(), &[ty])[0],
            Type::FuncRef => return self.append(b, InstKind::Op(Opcode::FuncRefNull), Vec::new(), &[ty])[0],
            _ => {}
        }
        let c = constant(self.t, ty);
        self.append(b, InstKind::Const(c), Vec::new(), &[ty])[0]
    }

    fn append(&mut self, b: Block, kind: InstKind, args: Vec<Value>, tys: &[Type]) -> Vec<Value> {
        let inst = self.body.append_inst(b, kind, args, tys);
        let results = self.body.insts[inst].results.clone();
        for &r in &results {
            self.body.values[r].name = self.new_name();
            self.avail.push(r);
        }
        results
    }

    fn call(&mut self, b: Block, target: &BlockCallGen) -> BlockCall {
        let args = target.params.iter().map(|&ty| self.operand(b, ty)).collect();
        BlockCall { block: target.block, args }
    }
}

struct BlockCallGen {
    block: Block,
    params: Vec<Type>,
    kinds: Vec<Kind>,
}

const KINDS: [Kind; 5] = [Kind::Trivial, Kind::Own, Kind::Linear, Kind::Borrow, Kind::BorrowMut];

fn gen_body(t: &mut Tape, sig: &Signature, sigs: &[Signature]) -> Body {
    let mut g = FnGen { t, body: Body::default(), avail: Vec::new(), value_names: Default::default(), count: 0 };
    let nblocks = 1 + g.t.below(5);
    let mut block_names = std::collections::HashSet::new();
    let mut blocks = Vec::new();
    for i in 0..nblocks {
        let bname = opt_name(g.t, &mut block_names, "bb", i);
        let b = g.body.add_block(bname);
        let params: Vec<Type> =
            if i == 0 { sig.params.clone() } else { (0..g.t.below(3)).map(|_| g.t.pick(&TYPES)).collect() };
        let kinds: Vec<Kind> = if i == 0 {
            (0..params.len()).map(|k| sig.kinds.param(k)).collect()
        } else {
            params.iter().map(|_| if g.t.chance(20) { g.t.pick(&KINDS) } else { Kind::Trivial }).collect()
        };
        blocks.push(BlockCallGen { block: b, params, kinds });
    }
    for bi in 0..nblocks {
        let b = blocks[bi].block;
        for (ty, kind) in blocks[bi].params.clone().into_iter().zip(blocks[bi].kinds.clone()) {
            let n = g.new_name();
            let v = g.body.add_block_param(b, ty, n);
            g.body.kinds[v] = kind;
            g.avail.push(v);
        }
        for _ in 0..g.t.below(6) {
            match g.t.below(10) {
                0 => {
                    let ty = g.t.pick(&TYPES);
                    let c = constant(g.t, ty);
                    g.append(b, InstKind::Const(c), Vec::new(), &[ty]);
                }
                1 if !sigs.is_empty() => {
                    let f = g.t.below(sigs.len());
                    let args = sigs[f].params.iter().map(|&ty| g.operand(b, ty)).collect();
                    g.append(b, InstKind::Call(FuncId::from_u32(f as u32)), args, &sigs[f].results);
                }
                2 => {
                    let c = g.operand(b, Type::I32);
                    let nonzero = g.t.chance(50);
                    g.append(b, InstKind::TrapIf { nonzero }, vec![c], &[]);
                }
                3 => {
                    let op = g.t.pick(&OwnOp::ALL);
                    let ty = g.t.pick(&TYPES);
                    let x = g.operand(b, ty);
                    let tys: &[Type] = if op.result_kind().is_some() { &[ty] } else { &[] };
                    g.append(b, InstKind::Own(op), vec![x], tys);
                }
                _ => {
                    let op = g.t.pick(&plain_ops());
                    let args = op.params().iter().map(|&ty| g.operand(b, ty)).collect();
                    g.append(b, InstKind::Op(op), args, &[op.result()]);
                }
            }
        }
        // Targets other than the entry block when there is one.
        let pick_target = |g: &mut FnGen<'_>| if nblocks > 1 { 1 + g.t.below(nblocks - 1) } else { 0 };
        match g.t.below(6) {
            0 => {
                let d = pick_target(&mut g);
                let call = g.call(b, &blocks[d]);
                g.append(b, InstKind::Br(call), Vec::new(), &[]);
            }
            1 => {
                let c = g.operand(b, Type::I32);
                let (x, y) = (pick_target(&mut g), pick_target(&mut g));
                let (then_dest, else_dest) = (g.call(b, &blocks[x]), g.call(b, &blocks[y]));
                g.append(b, InstKind::BrIf { then_dest, else_dest }, vec![c], &[]);
            }
            2 => {
                let ty = g.t.pick(&[Type::I32, Type::I64]);
                let v = g.operand(b, ty);
                let d = pick_target(&mut g);
                let default = g.call(b, &blocks[d]);
                let mut cases = Vec::new();
                let mut seen = std::collections::HashSet::new();
                for _ in 0..g.t.below(4) {
                    let k = constant(g.t, ty).bits as u64;
                    if seen.insert(k) {
                        let d = pick_target(&mut g);
                        cases.push((k, g.call(b, &blocks[d])));
                    }
                }
                g.append(b, InstKind::Switch { default, cases }, vec![v], &[]);
            }
            3 => {
                let args = sig.results.iter().map(|&ty| g.operand(b, ty)).collect();
                g.append(b, InstKind::Return, args, &[]);
            }
            // Now and then a block with no terminator or with code after it: the verifier's
            // business, but the printer prints it and the parser must read it back.
            4 if g.t.chance(20) => {}
            4 => {
                g.append(b, InstKind::Trap, Vec::new(), &[]);
                if g.t.chance(50) {
                    g.append(b, InstKind::Return, Vec::new(), &[]);
                    let ty = g.t.pick(&TYPES);
                    let c = constant(g.t, ty);
                    g.append(b, InstKind::Const(c), Vec::new(), &[ty]);
                }
            }
            _ => {
                g.append(b, InstKind::Trap, Vec::new(), &[]);
            }
        }
    }
    g.body
}

fn gen_module(data: Vec<u64>) -> Module {
    let t = &mut Tape { data, pos: 0 };
    let mut m = Module { version: Some(Version::CURRENT), ..Module::default() };
    let nfuncs = 1 + t.below(4);
    let mut fnames = std::collections::HashSet::new();
    let mut sigs = Vec::new();
    let mut kinds = Vec::new();
    for i in 0..nfuncs {
        let mut n = name(t, "f", i);
        while !fnames.insert(n.clone()) {
            n.push('_');
        }
        let params: Vec<Type> = (0..t.below(4)).map(|_| t.pick(&TYPES)).collect();
        let results: Vec<Type> = (0..t.below(3)).map(|_| t.pick(&TYPES)).collect();
        // Ownership qualifiers on a quarter of the signatures (spec §3.5).
        let sig_kinds = if t.chance(25) {
            SigKinds::new(
                params.iter().map(|_| t.pick(&KINDS)).collect(),
                results.iter().map(|_| t.pick(&KINDS)).collect(),
            )
        } else {
            SigKinds::default()
        };
        let sig = Signature { params, results, kinds: sig_kinds };
        let loc = t.chance(30).then(|| SourceLoc {
            file: name(t, "src/lib.rs", i),
            line: t.next() as u32,
            col: t.next() as u32,
        });
        sigs.push(sig.clone());
        kinds.push(t.chance(25));
        m.funcs.push(Function {
            name: n,
            sig,
            loc,
            kind: FunctionKind::Import { module: name(t, "env", i), field: name(t, "f", i) },
        });
    }
    for (i, &import) in kinds.iter().enumerate() {
        if !import {
            let body = gen_body(t, &sigs[i], &sigs);
            m.funcs[FuncId::from_u32(i as u32)].kind = FunctionKind::Defined(body);
        }
    }
    for i in 0..t.below(4) {
        let f = FuncId::from_u32(t.below(nfuncs) as u32);
        m.exports.push(Export { name: name(t, "e", i), item: ExportItem::Func(f) });
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn print_parse_print_is_identity(data in prop::collection::vec(any::<u64>(), 0..600)) {
        let m = gen_module(data);
        let text = print_module(&m);
        let parsed = parse(&text);
        prop_assert!(parsed.is_ok(), "{text}\n{:?}", parsed.err());
        if let Ok((m2, _)) = parsed {
            prop_assert_eq!(print_module(&m2), text);
            // Constants keep every bit (NaN payloads, signed zeros) and types.
            let consts = |m: &Module| -> Vec<Constant> {
                m.funcs.values().filter_map(|f| f.body()).flat_map(|b| {
                    b.layout.iter().flat_map(move |&bl| b.blocks[bl].insts.iter()).filter_map(move |&i| match b.insts[i].kind {
                        InstKind::Const(c) => Some(c),
                        _ => None,
                    })
                }).collect()
            };
            prop_assert_eq!(consts(&m2), consts(&m));
        }
    }
}

#[test]
fn generator_covers_every_opcode_and_terminator() {
    // The property is only as strong as its inputs: check that a few hundred tapes reach every
    // operator and every kind of instruction.
    let mut ops = std::collections::HashSet::new();
    let mut kinds = std::collections::HashSet::new();
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..400 {
        let data: Vec<u64> = (0..600)
            .map(|_| {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                rng
            })
            .collect();
        let m = gen_module(data);
        for f in m.funcs.values() {
            let Some(b) = f.body() else { continue };
            for (_, inst) in b.insts.iter() {
                if let InstKind::Op(op) = inst.kind {
                    ops.insert(op);
                }
                kinds.insert(std::mem::discriminant(&inst.kind));
            }
        }
    }
    assert_eq!(ops.len(), plain_ops().len());
    assert_eq!(kinds.len(), 10, "const, op, call, trapz/nz, br, br_if, switch, return, trap, ownership");
}

/// Pieces of WasmIR text to splice into a valid module: near-misses make deep parser states.
const SNIPPETS: &[&str] = &[
    "%",
    "^",
    "@",
    "\"",
    "\\",
    "=",
    ",",
    ":",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "->",
    "-",
    "0x",
    "1e",
    "nan:0x0",
    "i32.const",
    "i32.add",
    "br",
    "br_if",
    "switch",
    "return",
    "call",
    "fn",
    "wasmir",
    "memory",
    "%x",
    "^b",
    "@f",
    "99999999999999999999999999999999999999999",
    "\u{e9}",
    "\n",
    ";",
    "\"\\u{d800}\"",
    "%a, %b =",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The front end never panics: on arbitrary text, and on valid modules with random edits.
    #[test]
    fn parse_never_panics(
        data in prop::collection::vec(any::<u64>(), 0..300),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0..3usize, 0..SNIPPETS.len(), 0..8usize), 1..6),
        junk in "\\PC{0,40}",
    ) {
        let _ = parse(&junk);
        let mut text = print_module(&gen_module(data));
        for (at, kind, snippet, len) in edits {
            let mut i = at.index(text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            match kind {
                0 => text.insert_str(i, SNIPPETS[snippet]),
                1 => {
                    let mut j = (i + len).min(text.len());
                    while !text.is_char_boundary(j) {
                        j += 1;
                    }
                    text.replace_range(i..j, "");
                }
                _ => text.insert_str(i, &junk),
            }
        }
        if let Err(diags) = parse(&text) {
            prop_assert!(!diags.is_empty());
            for d in diags {
                prop_assert!(d.span.start <= d.span.end && d.span.end as usize <= text.len(), "{d:?}");
            }
        }
    }
}
