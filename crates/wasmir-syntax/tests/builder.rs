//! The function builder (`wasmir_syntax::ir::builder`): SSA construction from variables (Braun et
//! al. 2013) on loops, merges and switches, trivial-parameter removal, misuse errors, and a
//! property test over random structured programs.
//!
//! Every body built here is checked four ways: the real verifier accepts it (types, CFG, SSA
//! dominance), it prints and parses back to the same text, the parsed module verifies too, and —
//! for the random programs — a small interpreter of the built body computes what the source
//! program computes.

use wasmir_syntax::ir::builder::{BuildError, FunctionBuilder, Variable};
use wasmir_syntax::ir::{
    Block, BlockCall, Body, Constant, Export, Function, FunctionKind, InstKind, InstLoc, Module, Opcode, Signature,
    SourceLoc, SourceMap, Type, Value,
};
use wasmir_syntax::{parse, print_module};

const I32: Type = Type::I32;

fn sig(params: &[Type], results: &[Type]) -> Signature {
    Signature::new(params.to_vec(), results.to_vec())
}

/// A module with one exported function `@f`.
fn module_of(sig: Signature, body: Body) -> Module {
    let mut m = Module::default();
    let f = m.funcs.push(Function { name: "f".into(), sig, loc: None, kind: FunctionKind::Defined(body) });
    m.exports.push(Export { name: "f".into(), item: wasmir_syntax::ir::ExportItem::Func(f) });
    m
}

/// Verifies `m`, prints it, parses the text back, checks that it prints the same and verifies;
/// returns the text.
fn check(m: &Module) -> String {
    let diags = wasmir_verify::verify(m, &SourceMap::default());
    let text = print_module(m);
    assert!(diags.is_empty(), "verifier rejected the built module:\n{diags:#?}\n{text}");
    let (parsed, spans) = parse(&text).unwrap_or_else(|d| panic!("printed text does not parse: {d:#?}\n{text}"));
    assert_eq!(print_module(&parsed), text, "print/parse round trip changed the text");
    let diags = wasmir_verify::verify(&parsed, &spans);
    assert!(diags.is_empty(), "verifier rejected the re-parsed module:\n{diags:#?}\n{text}");
    text
}

fn body_of(m: &Module) -> &Body {
    m.funcs.values().next().and_then(Function::body).expect("one defined function")
}

/// `fn(n) -> i32`: the sum of `0..n`, counted with two variables in a loop.
fn counting_loop(seal_late: bool) -> (Module, Block) {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let (entry, header, exit) = (b.create_block(), b.create_block(), b.create_block());
    let (i, sum) = (b.declare_var(I32), b.declare_var(I32));
    b.switch_to_block(entry).unwrap();
    let n = b.append_block_params_for_function_params(entry).unwrap()[0];
    let zero = b.iconst(I32, 0).unwrap();
    b.def_var(i, zero).unwrap();
    b.def_var(sum, zero).unwrap();
    b.br(header, &[]).unwrap();
    b.switch_to_block(header).unwrap();
    let iv = b.use_var(i).unwrap();
    let sv = b.use_var(sum).unwrap();
    let s2 = b.ins_op(Opcode::I32Add, &[sv, iv]).unwrap();
    b.def_var(sum, s2).unwrap();
    let one = b.iconst(I32, 1).unwrap();
    let i2 = b.ins_op(Opcode::I32Add, &[iv, one]).unwrap();
    b.def_var(i, i2).unwrap();
    let more = b.ins_op(Opcode::I32LtS, &[i2, n]).unwrap();
    b.br_if(more, header, &[], exit, &[]).unwrap();
    b.switch_to_block(exit).unwrap();
    let r = b.use_var(sum).unwrap();
    b.ret(&[r]).unwrap();
    if seal_late {
        b.seal_all_blocks().unwrap();
    } else {
        b.seal_block(entry).unwrap();
        b.seal_block(header).unwrap();
        b.seal_block(exit).unwrap();
    }
    b.finalize().unwrap();
    (module_of(s, body), header)
}

const COUNTING_LOOP: &str = "\
wasmir 0.3

export \"f\" fn @f

fn @f(i32) -> i32 {
^0(%0: i32):
    %1 = i32.const 0
    br ^1(%1, %1)
^1(%2: i32, %3: i32):
    %4 = i32.add %3, %2
    %5 = i32.const 1
    %6 = i32.add %2, %5
    %7 = i32.lt_s %6, %0
    br_if %7, ^1(%6, %4), ^2
^2:
    return %4
}
";

#[test]
fn counting_loop_sealed_early() {
    let (m, header) = counting_loop(false);
    assert_eq!(check(&m), COUNTING_LOOP);
    assert_eq!(body_of(&m).blocks[header].params.len(), 2);
}

#[test]
fn counting_loop_sealed_late_is_the_same() {
    // Sealing every block at the end makes every use an incomplete parameter first (§2.3); the
    // trivial ones (the exit block's, the entry block's none) go away again.
    let (m, _) = counting_loop(true);
    assert_eq!(check(&m), COUNTING_LOOP);
}

/// A loop that swaps two variables each iteration: the header needs three parameters (counter,
/// a, b), and the back edge passes a and b crossed.
#[test]
fn swap_loop() {
    let s = sig(&[I32, I32, I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let (entry, header, latch, exit) = (b.create_block(), b.create_block(), b.create_block(), b.create_block());
    let (x, y, i) = (b.declare_var(I32), b.declare_var(I32), b.declare_var(I32));
    b.switch_to_block(entry).unwrap();
    let ps = b.append_block_params_for_function_params(entry).unwrap();
    b.def_var(x, ps[0]).unwrap();
    b.def_var(y, ps[1]).unwrap();
    b.def_var(i, ps[2]).unwrap();
    b.br(header, &[]).unwrap();
    b.seal_block(entry).unwrap();

    b.switch_to_block(header).unwrap();
    let iv = b.use_var(i).unwrap();
    b.br_if(iv, latch, &[], exit, &[]).unwrap();
    b.seal_block(latch).unwrap();

    b.switch_to_block(latch).unwrap();
    let (xv, yv) = (b.use_var(x).unwrap(), b.use_var(y).unwrap());
    b.def_var(x, yv).unwrap();
    b.def_var(y, xv).unwrap();
    let one = b.iconst(I32, 1).unwrap();
    let i2 = b.ins_op(Opcode::I32Sub, &[iv, one]).unwrap();
    b.def_var(i, i2).unwrap();
    b.br(header, &[]).unwrap();
    b.seal_block(header).unwrap();
    b.seal_block(exit).unwrap();

    b.switch_to_block(exit).unwrap();
    let (xv, yv) = (b.use_var(x).unwrap(), b.use_var(y).unwrap());
    let ten = b.iconst(I32, 10).unwrap();
    let x10 = b.ins_op(Opcode::I32Mul, &[xv, ten]).unwrap();
    let r = b.ins_op(Opcode::I32Add, &[x10, yv]).unwrap();
    b.ret(&[r]).unwrap();
    b.finalize().unwrap();
    let m = module_of(s, body);
    let text = check(&m);
    let body = body_of(&m);
    assert_eq!(body.blocks[header].params.len(), 3, "{text}");
    assert!(text.contains("br ^1(%7, %5, %4)"), "the back edge passes x and y crossed:\n{text}");
    // x, y swapped an odd number of times: 10 * y + x.
    assert_eq!(interpret(body, &[1, 2, 3]), 21);
    assert_eq!(interpret(body, &[1, 2, 4]), 12);
}

/// Builds `k = 42` before a loop nest of depth `depth` that never assigns `k` and reads it in the
/// innermost body, with a counter per loop. Returns the module and the headers.
fn unchanged_around_loops(depth: usize, seal_late: bool) -> (Module, Vec<Block>) {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let entry = b.create_block();
    let k = b.declare_var(I32);
    let acc = b.declare_var(I32);
    b.switch_to_block(entry).unwrap();
    let n = b.append_block_params_for_function_params(entry).unwrap()[0];
    let c42 = b.iconst(I32, 42).unwrap();
    b.def_var(k, c42).unwrap();
    let zero = b.iconst(I32, 0).unwrap();
    b.def_var(acc, zero).unwrap();
    let mut headers = Vec::new();
    let mut exits = Vec::new();
    let mut counters: Vec<Variable> = Vec::new();
    for _ in 0..depth {
        let cnt = b.declare_var(I32);
        let zero = b.iconst(I32, 0).unwrap();
        b.def_var(cnt, zero).unwrap();
        let (header, inner, exit) = (b.create_block(), b.create_block(), b.create_block());
        b.br(header, &[]).unwrap();
        b.switch_to_block(header).unwrap();
        let c = b.use_var(cnt).unwrap();
        let more = b.ins_op(Opcode::I32LtS, &[c, n]).unwrap();
        b.br_if(more, inner, &[], exit, &[]).unwrap();
        if !seal_late {
            b.seal_block(inner).unwrap();
        }
        b.switch_to_block(inner).unwrap();
        headers.push(header);
        exits.push(exit);
        counters.push(cnt);
    }
    let kv = b.use_var(k).unwrap();
    let av = b.use_var(acc).unwrap();
    let a2 = b.ins_op(Opcode::I32Add, &[av, kv]).unwrap();
    b.def_var(acc, a2).unwrap();
    for d in (0..depth).rev() {
        let c = b.use_var(counters[d]).unwrap();
        let one = b.iconst(I32, 1).unwrap();
        let c2 = b.ins_op(Opcode::I32Add, &[c, one]).unwrap();
        b.def_var(counters[d], c2).unwrap();
        b.br(headers[d], &[]).unwrap();
        if !seal_late {
            b.seal_block(headers[d]).unwrap();
            b.seal_block(exits[d]).unwrap();
        }
        b.switch_to_block(exits[d]).unwrap();
    }
    let kv = b.use_var(k).unwrap();
    let av = b.use_var(acc).unwrap();
    let r = b.ins_op(Opcode::I32Add, &[av, kv]).unwrap();
    b.ret(&[r]).unwrap();
    b.seal_all_blocks().unwrap();
    b.finalize().unwrap();
    (module_of(s, body), headers)
}

#[test]
fn unchanged_variable_has_no_parameter() {
    for seal_late in [false, true] {
        let (m, headers) = unchanged_around_loops(1, seal_late);
        let text = check(&m);
        let body = body_of(&m);
        // acc and the counter change in the loop; k does not: its parameter was trivial.
        assert_eq!(body.blocks[headers[0]].params.len(), 2, "{text}");
        let total: usize = body.layout.iter().map(|&bl| body.blocks[bl].params.len()).sum();
        assert_eq!(total, 1 + 2, "entry's n and the header's two:\n{text}");
        // Every read of k is the constant 42 itself.
        assert!(text.contains("%1 = i32.const 42"), "{text}");
        assert_eq!(interpret(body, &[3]), 3 * 42 + 42);
    }
}

#[test]
fn unchanged_variable_in_nested_loops_cascades() {
    // The inner header's parameter for k is fed by the outer header's: removing one makes the
    // other trivial (Algorithm 3's recursion over phi users), whichever is found first.
    for seal_late in [false, true] {
        let (m, headers) = unchanged_around_loops(3, seal_late);
        let text = check(&m);
        let body = body_of(&m);
        for (d, &h) in headers.iter().enumerate() {
            // acc and this loop's counter; neither k nor the outer counters change inside.
            assert_eq!(body.blocks[h].params.len(), 2, "header {d}:\n{text}");
        }
        let total: usize = body.layout.iter().map(|&bl| body.blocks[bl].params.len()).sum();
        assert_eq!(total, 1 + 2 * 3, "{text}");
        assert_eq!(interpret(body, &[2]), 2 * 2 * 2 * 42 + 42);
    }
}

/// Nested loops: `for i in 0..n { for j in 0..i { s += j } }`.
#[test]
fn nested_loops() {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let [entry, oh, ob, ih, ib, ie, oe] = [(); 7].map(|_| b.create_block());
    let (i, j, sum) = (b.declare_var(I32), b.declare_var(I32), b.declare_var(I32));
    b.switch_to_block(entry).unwrap();
    let n = b.append_block_params_for_function_params(entry).unwrap()[0];
    let zero = b.iconst(I32, 0).unwrap();
    b.def_var(i, zero).unwrap();
    b.def_var(sum, zero).unwrap();
    b.br(oh, &[]).unwrap();
    b.seal_block(entry).unwrap();

    b.switch_to_block(oh).unwrap();
    let iv = b.use_var(i).unwrap();
    let c = b.ins_op(Opcode::I32LtS, &[iv, n]).unwrap();
    b.br_if(c, ob, &[], oe, &[]).unwrap();
    b.seal_block(ob).unwrap();

    b.switch_to_block(ob).unwrap();
    let zero = b.iconst(I32, 0).unwrap();
    b.def_var(j, zero).unwrap();
    b.br(ih, &[]).unwrap();

    b.switch_to_block(ih).unwrap();
    let jv = b.use_var(j).unwrap();
    let iv = b.use_var(i).unwrap();
    let c = b.ins_op(Opcode::I32LtS, &[jv, iv]).unwrap();
    b.br_if(c, ib, &[], ie, &[]).unwrap();
    b.seal_block(ib).unwrap();

    b.switch_to_block(ib).unwrap();
    let jv = b.use_var(j).unwrap();
    let sv = b.use_var(sum).unwrap();
    let s2 = b.ins_op(Opcode::I32Add, &[sv, jv]).unwrap();
    b.def_var(sum, s2).unwrap();
    let one = b.iconst(I32, 1).unwrap();
    let j2 = b.ins_op(Opcode::I32Add, &[jv, one]).unwrap();
    b.def_var(j, j2).unwrap();
    b.br(ih, &[]).unwrap();
    b.seal_block(ih).unwrap();
    b.seal_block(ie).unwrap();

    b.switch_to_block(ie).unwrap();
    let iv = b.use_var(i).unwrap();
    let one = b.iconst(I32, 1).unwrap();
    let i2 = b.ins_op(Opcode::I32Add, &[iv, one]).unwrap();
    b.def_var(i, i2).unwrap();
    b.br(oh, &[]).unwrap();
    b.seal_block(oh).unwrap();
    b.seal_block(oe).unwrap();

    b.switch_to_block(oe).unwrap();
    let sv = b.use_var(sum).unwrap();
    b.ret(&[sv]).unwrap();
    b.finalize().unwrap();
    let m = module_of(s, body);
    let text = check(&m);
    let body = body_of(&m);
    assert_eq!(body.blocks[oh].params.len(), 2, "outer header: i, sum\n{text}");
    assert_eq!(body.blocks[ih].params.len(), 2, "inner header: j, sum (i is unchanged)\n{text}");
    assert_eq!(interpret(body, &[5]), (0..5).map(|i| (0..i).sum::<i32>()).sum());
}

/// `x` defined in both arms of an `if` (differently) and in one arm only (the other keeps the
/// value from before); `y` defined in one arm only and never before (the other path reads the
/// zero of an undefined variable).
#[test]
fn merge_after_if() {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let [entry, then, els, merge] = [(); 4].map(|_| b.create_block());
    let (x, y, z) = (b.declare_var(I32), b.declare_var(I32), b.declare_var(I32));
    b.switch_to_block(entry).unwrap();
    let c = b.append_block_params_for_function_params(entry).unwrap()[0];
    let seven = b.iconst(I32, 7).unwrap();
    b.def_var(z, seven).unwrap();
    b.br_if(c, then, &[], els, &[]).unwrap();
    b.seal_block(entry).unwrap();
    b.seal_block(then).unwrap();
    b.seal_block(els).unwrap();

    b.switch_to_block(then).unwrap();
    let one = b.iconst(I32, 1).unwrap();
    b.def_var(x, one).unwrap();
    let hundred = b.iconst(I32, 100).unwrap();
    b.def_var(y, hundred).unwrap();
    let thousand = b.iconst(I32, 1000).unwrap();
    b.def_var(z, thousand).unwrap();
    b.br(merge, &[]).unwrap();

    b.switch_to_block(els).unwrap();
    let two = b.iconst(I32, 2).unwrap();
    b.def_var(x, two).unwrap();
    b.br(merge, &[]).unwrap();
    b.seal_block(merge).unwrap();

    b.switch_to_block(merge).unwrap();
    let (xv, yv, zv) = (b.use_var(x).unwrap(), b.use_var(y).unwrap(), b.use_var(z).unwrap());
    let t = b.ins_op(Opcode::I32Add, &[xv, yv]).unwrap();
    let r = b.ins_op(Opcode::I32Add, &[t, zv]).unwrap();
    b.ret(&[r]).unwrap();
    b.finalize().unwrap();
    let m = module_of(s, body);
    let text = check(&m);
    let body = body_of(&m);
    assert_eq!(body.blocks[merge].params.len(), 3, "{text}");
    assert_eq!(interpret(body, &[1]), 1 + 100 + 1000);
    assert_eq!(interpret(body, &[0]), 2 + 7);
    // The zero read for y on the else path is one constant at the top of the entry block.
    assert_eq!(body.insts[body.blocks[entry].insts[0]].kind, InstKind::Const(wasmir_syntax::ir::Constant::i32(0)));
}

/// Edges of `switch` and `br_if` that share a target each carry their own argument.
#[test]
fn switch_and_shared_edges() {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let [entry, a, c, d, merge] = [(); 5].map(|_| b.create_block());
    let x = b.declare_var(I32);
    b.switch_to_block(entry).unwrap();
    let v = b.append_block_params_for_function_params(entry).unwrap()[0];
    let five = b.iconst(I32, 5).unwrap();
    b.def_var(x, five).unwrap();
    let to = |block| BlockCall { block, args: vec![] };
    b.switch(v, to(d), vec![(0, to(a)), (1, to(c)), (2, to(a)), (3, to(merge))]).unwrap();
    for blk in [entry, a, c, d] {
        b.seal_block(blk).unwrap();
    }
    assert_eq!(b.predecessors(a), vec![entry, entry]);
    b.switch_to_block(a).unwrap();
    let ten = b.iconst(I32, 10).unwrap();
    b.def_var(x, ten).unwrap();
    b.br(merge, &[]).unwrap();
    b.switch_to_block(c).unwrap();
    let twenty = b.iconst(I32, 20).unwrap();
    b.def_var(x, twenty).unwrap();
    b.br_if(v, merge, &[], merge, &[]).unwrap();
    b.switch_to_block(d).unwrap();
    b.br(merge, &[]).unwrap();
    b.seal_block(merge).unwrap();
    b.switch_to_block(merge).unwrap();
    let r = b.use_var(x).unwrap();
    b.ret(&[r]).unwrap();
    b.finalize().unwrap();
    let m = module_of(s, body);
    let text = check(&m);
    let body = body_of(&m);
    assert_eq!(body.blocks[merge].params.len(), 1, "{text}");
    assert!(text.contains("switch %0, ^3, [0: ^1, 1: ^2, 2: ^1, 3: ^4(%1)]"), "{text}");
    assert!(text.contains("br_if %0, ^4(%3), ^4(%3)"), "{text}");
    for (arg, want) in [(0, 10), (1, 20), (2, 10), (3, 5), (9, 5)] {
        assert_eq!(interpret(body, &[arg]), want, "switch on {arg}");
    }
}

/// Both edges of a `br_if` to one block with the same value: the parameter is trivial.
#[test]
fn br_if_both_edges_same_value() {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let (entry, m) = (b.create_block(), b.create_block());
    let x = b.declare_var(I32);
    b.switch_to_block(entry).unwrap();
    let v = b.append_block_params_for_function_params(entry).unwrap()[0];
    b.def_var(x, v).unwrap();
    b.br_if(v, m, &[], m, &[]).unwrap();
    b.switch_to_block(m).unwrap();
    let r = b.use_var(x).unwrap(); // m is unsealed: an incomplete parameter for now
    assert_eq!(b.block_params(m).len(), 1);
    b.ret(&[r]).unwrap();
    b.seal_all_blocks().unwrap();
    b.finalize().unwrap();
    let m_ = module_of(s, body);
    let text = check(&m_);
    assert_eq!(body_of(&m_).blocks[m].params.len(), 0, "{text}");
    assert!(text.contains("return %0"), "{text}");
}

/// Explicit block parameters come before the builder's, and branches pass only theirs.
#[test]
fn explicit_params_with_variables() {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let (entry, header, exit) = (b.create_block(), b.create_block(), b.create_block());
    let acc = b.declare_var(I32);
    let p = b.append_block_param(header, I32).unwrap();
    b.switch_to_block(entry).unwrap();
    let n = b.append_block_params_for_function_params(entry).unwrap()[0];
    let zero = b.iconst(I32, 0).unwrap();
    b.def_var(acc, zero).unwrap();
    b.br(header, &[n]).unwrap();
    b.switch_to_block(header).unwrap();
    let a = b.use_var(acc).unwrap();
    let a2 = b.ins_op(Opcode::I32Add, &[a, p]).unwrap();
    b.def_var(acc, a2).unwrap();
    let one = b.iconst(I32, 1).unwrap();
    let p2 = b.ins_op(Opcode::I32Sub, &[p, one]).unwrap();
    b.br_if(p2, header, &[p2], exit, &[]).unwrap();
    b.switch_to_block(exit).unwrap();
    let r = b.use_var(acc).unwrap();
    b.ret(&[r]).unwrap();
    b.seal_all_blocks().unwrap();
    b.finalize().unwrap();
    let m = module_of(s, body);
    let text = check(&m);
    let body = body_of(&m);
    assert_eq!(body.blocks[header].params[0], p);
    assert_eq!(body.blocks[header].params.len(), 2, "{text}");
    assert_eq!(interpret(body, &[4]), 4 + 3 + 2 + 1);
}

/// Misuse is an error, never a panic, and leaves the body as it was.
#[test]
fn misuse_is_an_error() {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let (entry, other, third) = (b.create_block(), b.create_block(), b.create_block());
    assert_eq!(b.iconst(I32, 1), Err(BuildError::NoCurrentBlock));
    let x = b.declare_var(I32);
    assert_eq!(b.use_var(x), Err(BuildError::NoCurrentBlock));
    assert_eq!(b.switch_to_block(Block::from_u32(50)), Err(BuildError::UnknownBlock(Block::from_u32(50))));
    b.switch_to_block(entry).unwrap();
    let n = b.append_block_params_for_function_params(entry).unwrap()[0];
    let wide = b.iconst(Type::I64, 1).unwrap();
    let p = b.append_block_param(third, Type::F64).unwrap();
    let before = b.body().clone();
    assert_eq!(
        b.ins_op(Opcode::I32Add, &[n, wide]),
        Err(BuildError::OperandType { index: 1, expected: I32, found: Type::I64 })
    );
    assert_eq!(b.ins_op(Opcode::I32Add, &[n]), Err(BuildError::OperandCount { expected: 2, found: 1 }));
    assert_eq!(b.ins_op(Opcode::I32Eqz, &[Value::from_u32(999)]), Err(BuildError::UnknownValue(Value::from_u32(999))));
    assert_eq!(b.iconst(Type::F32, 1), Err(BuildError::ConstantType(Type::F32)));
    assert_eq!(b.fconst(I32, 1.0), Err(BuildError::ConstantType(I32)));
    assert_eq!(b.trapz(wide), Err(BuildError::OperandType { index: 0, expected: I32, found: Type::I64 }));
    assert_eq!(b.def_var(x, wide), Err(BuildError::VariableType { var: x, expected: I32, found: Type::I64 }));
    let ghost = Variable::from_u32(7);
    assert_eq!(b.def_var(ghost, n), Err(BuildError::UnknownVariable(ghost)));
    assert_eq!(b.use_var(ghost), Err(BuildError::UnknownVariable(ghost)));
    assert_eq!(b.br(entry, &[]), Err(BuildError::BranchToEntry(entry)));
    assert_eq!(b.br(third, &[]), Err(BuildError::BranchArgCount { block: third, expected: 1, found: 0 }));
    assert_eq!(
        b.br(third, &[n]),
        Err(BuildError::BranchArgType { block: third, index: 0, expected: Type::F64, found: I32 })
    );
    assert_eq!(b.ret(&[wide]), Err(BuildError::OperandType { index: 0, expected: I32, found: Type::I64 }));
    assert_eq!(b.ret(&[]), Err(BuildError::OperandCount { expected: 1, found: 0 }));
    let to = |block| BlockCall { block, args: vec![] };
    assert_eq!(b.switch(wide, to(other), vec![(1, to(other)), (1, to(other))]), Err(BuildError::DuplicateCase(1)));
    assert_eq!(b.switch(n, to(other), vec![(1 << 32, to(other))]), Err(BuildError::CaseRange(1 << 32)));
    let f = b.fconst(Type::F32, 0.5).unwrap();
    assert_eq!(b.switch(f, to(other), vec![]), Err(BuildError::SwitchType(Type::F32)));
    let mut after = b.body().clone();
    // The failed calls added nothing; only the f32 constant did.
    let last = after.blocks[entry].insts.pop();
    assert_eq!(last.map(|i| after.insts[i].kind.clone()), Some(InstKind::Const(wasmir_syntax::ir::Constant::f32(0.5))));
    assert_eq!(after.blocks, before.blocks);
    assert_eq!(b.switch_to_block(other), Err(BuildError::BlockUnfinished(entry)));
    b.seal_block(other).unwrap();
    assert_eq!(b.br(other, &[]), Err(BuildError::BranchToSealed(other)));
    b.br(third, &[f]).unwrap_err();
    let d = b.fconst(Type::F64, 2.0).unwrap();
    b.br(third, &[d]).unwrap();
    assert_eq!(b.append_block_param(third, I32), Err(BuildError::ParamTooLate(third)));
    assert_eq!(b.iconst(I32, 0), Err(BuildError::BlockFilled(entry)));
    assert_eq!(b.def_var(x, n), Err(BuildError::BlockFilled(entry)));
    assert_eq!(b.ret(&[n]), Err(BuildError::BlockFilled(entry)));
    assert_eq!(b.switch_to_block(entry), Err(BuildError::BlockFilled(entry)));
    b.seal_block(entry).unwrap();
    b.switch_to_block(third).unwrap();
    b.ret(&[n]).unwrap();
    assert_eq!(b.finalize(), Err(BuildError::Unfilled(other)));

    let mut body = Body::default();
    let mut b = FunctionBuilder::new(&mut body);
    let e = b.create_block();
    b.switch_to_block(e).unwrap();
    assert_eq!(b.append_block_params_for_function_params(e), Err(BuildError::NoSignature));
    b.trap().unwrap();
    assert_eq!(b.finalize(), Err(BuildError::Unsealed(e)));
    assert!(!BuildError::Unsealed(e).to_string().is_empty());
    let _ = p;
}

/// A variable read on a path with no definition reads a zero constant (Braun's `Undef`), also in
/// a block with no predecessor and through a cycle of single-predecessor blocks (unreachable).
#[test]
fn undefined_variables_read_zero() {
    let s = sig(&[], &[Type::F64]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let [entry, dead1, dead2, dead3] = [(); 4].map(|_| b.create_block());
    let x = b.declare_var(Type::F64);
    b.switch_to_block(entry).unwrap();
    let v = b.use_var(x).unwrap();
    b.ret(&[v]).unwrap();
    b.seal_block(entry).unwrap();
    // dead1 -> dead2 -> dead1 | dead3: dead1 and dead2 each have one predecessor, the other.
    b.switch_to_block(dead1).unwrap();
    b.br(dead2, &[]).unwrap();
    b.switch_to_block(dead2).unwrap();
    let c = b.iconst(I32, 1).unwrap();
    b.br_if(c, dead1, &[], dead3, &[]).unwrap();
    b.seal_all_blocks().unwrap();
    b.switch_to_block(dead3).unwrap();
    let w = b.use_var(x).unwrap();
    b.ret(&[w]).unwrap();
    b.finalize().unwrap();
    let m = module_of(s, body);
    let text = check(&m);
    let body = body_of(&m);
    assert_eq!(body.layout.iter().map(|&bl| body.blocks[bl].params.len()).sum::<usize>(), 0, "{text}");
    assert_eq!(text.matches("f64.const").count(), 1, "one zero per type:\n{text}");
    assert!(text.contains("^3:\n    return %0"), "{text}");
}

/// `set_srcloc` gives its location to every instruction appended afterwards, terminators
/// included, until it changes; the zero made for an undefined variable gets none. The locations
/// print and parse back.
#[test]
fn set_srcloc_locates_later_instructions() {
    let s = sig(&[I32], &[I32]);
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &s);
    let entry = b.create_block();
    let x = b.declare_var(I32);
    b.switch_to_block(entry).unwrap();
    let n = b.append_block_params_for_function_params(entry).unwrap()[0];
    let one = b.iconst(I32, 1).unwrap();
    let at = |file, line, col| Some(InstLoc { file, line, col });
    b.set_srcloc(at(0, 7, 13));
    assert_eq!(b.srcloc(), at(0, 7, 13));
    let q = b.ins_op(Opcode::I32DivS, &[n, one]).unwrap();
    let undef = b.use_var(x).unwrap();
    b.set_srcloc(at(1, 2, 5));
    b.trapz(q).unwrap();
    let sum = b.ins_op(Opcode::I32Add, &[q, undef]).unwrap();
    b.set_srcloc(None);
    b.ret(&[sum]).unwrap();
    b.seal_all_blocks().unwrap();
    b.finalize().unwrap();
    let mut m = module_of(s, body);
    m.files = vec!["src/lib.rs".into(), "src/other.rs".into()];
    if let Some(f) = m.funcs.values_mut().next() {
        f.loc = Some(SourceLoc { file: "src/lib.rs".into(), line: 1, col: 1 });
    }
    let text = check(&m);
    let body = body_of(&m);
    let locs: Vec<_> = body.blocks[entry].insts.iter().map(|&i| body.locs[i]).collect();
    // undef zero, 1, div, trapz, add, return
    assert_eq!(locs, [None, None, at(0, 7, 13), at(1, 2, 5), at(1, 2, 5), None], "{text}");
    assert!(text.contains("i32.div_s %0, %2 loc 7:13\n"), "{text}");
    assert!(text.contains("trapz %3 loc \"src/other.rs\" 2:5\n"), "{text}");
    assert!(text.contains("    return %4\n"), "{text}");
    let (parsed, _) = parse(&text).unwrap();
    assert_eq!(body_of(&parsed).locs.values().filter(|l| l.is_some()).count(), 3);
}

/// Lookups run on an explicit stack: a use at the end of a long chain of diamonds (every merge
/// needs a parameter until the trivial ones go away) does not recurse on the native stack, and
/// the unchanged variable ends with no parameter at all.
#[test]
fn long_chain_of_diamonds() {
    for eager in [true, false] {
        let s = sig(&[I32], &[I32]);
        let mut body = Body::default();
        let mut b = FunctionBuilder::with_signature(&mut body, &s);
        let entry = b.create_block();
        let (x, y) = (b.declare_var(I32), b.declare_var(I32));
        b.switch_to_block(entry).unwrap();
        let c = b.append_block_params_for_function_params(entry).unwrap()[0];
        b.def_var(x, c).unwrap();
        b.def_var(y, c).unwrap();
        for _ in 0..20_000 {
            let [t, e, m] = [(); 3].map(|_| b.create_block());
            b.br_if(c, t, &[], e, &[]).unwrap();
            for blk in [t, e] {
                if eager {
                    b.seal_block(blk).unwrap();
                }
                b.switch_to_block(blk).unwrap();
                b.br(m, &[]).unwrap();
            }
            if eager {
                b.seal_block(m).unwrap();
            }
            b.switch_to_block(m).unwrap();
        }
        let (xv, yv) = (b.use_var(x).unwrap(), b.use_var(y).unwrap());
        let r = b.ins_op(Opcode::I32Add, &[xv, yv]).unwrap();
        b.ret(&[r]).unwrap();
        b.seal_all_blocks().unwrap();
        b.finalize().unwrap();
        let params: usize = body.layout.iter().map(|&bl| body.blocks[bl].params.len()).sum();
        assert_eq!(params, 1, "only the function's parameter is left");
        let m = module_of(s, body);
        check(&m);
        assert_eq!(interpret(body_of(&m), &[21]), 42);
    }
}

// -------------------------------------------------------------------------------------------
// Running built bodies: the reference interpreter (wasmir-interp), on `fn(i32...) -> i32`.

fn interpret(body: &Body, args: &[i32]) -> i32 {
    let params: Vec<Type> = args.iter().map(|_| I32).collect();
    let m = module_of(sig(&params, &[I32]), body.clone());
    let f = m.exports[0].func().expect("a function export");
    let vals: Vec<Constant> = args.iter().map(|&a| Constant::i32(a)).collect();
    let mut host = |_: &str, _: &str, _: &[Constant]| Err(wasmir_interp::TrapKind::UnknownImport);
    let cfg = wasmir_interp::Config { fuel: Some(1_000_000), ..Default::default() };
    match wasmir_interp::call(&m, f, &vals, cfg, &mut host) {
        Ok(r) => r[0].bits as u32 as i32,
        Err(t) => panic!("the interpreter stopped: {}", t.kind),
    }
}

// -------------------------------------------------------------------------------------------
// Property: random structured programs over variables, built with random sealing orders.

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[derive(Debug)]
enum Expr {
    Const(i32),
    Var(usize),
    Add(usize, usize),
    Xor(usize, usize),
    MulConst(usize, i32),
}

/// Conditions test the low bit of a variable; `Switch` takes its two low bits.
#[derive(Debug)]
enum Stmt {
    Set(usize, Expr),
    If(usize, Vec<Stmt>, Vec<Stmt>),
    /// `for _ in 0..n { body }` with a hidden counter variable.
    Loop(i32, Vec<Stmt>),
    /// Leaves the innermost loop.
    BreakIf(usize),
    /// Returns the hash of the variables.
    ReturnIf(usize),
    /// Arms for 0, 1, 2, ...; the last is the default.
    Switch(usize, Vec<Vec<Stmt>>),
}

struct Gen {
    rng: Rng,
    nvars: usize,
}

impl Gen {
    fn stmts(&mut self, depth: usize, in_loop: bool) -> Vec<Stmt> {
        let n = 1 + self.rng.below(4);
        (0..n).map(|_| self.stmt(depth, in_loop)).collect()
    }

    fn var(&mut self) -> usize {
        self.rng.below(self.nvars)
    }

    fn stmt(&mut self, depth: usize, in_loop: bool) -> Stmt {
        let nested = depth < 3;
        match self.rng.below(10) {
            0 | 1 if nested => Stmt::If(self.var(), self.stmts(depth + 1, in_loop), self.stmts(depth + 1, in_loop)),
            2 if nested => Stmt::Loop(self.rng.below(4) as i32, self.stmts(depth + 1, true)),
            3 if in_loop => Stmt::BreakIf(self.var()),
            4 if self.rng.below(3) == 0 => Stmt::ReturnIf(self.var()),
            5 if nested => {
                let arms = 1 + self.rng.below(4);
                Stmt::Switch(self.var(), (0..arms).map(|_| self.stmts(depth + 1, in_loop)).collect())
            }
            _ => {
                let e = match self.rng.below(5) {
                    0 => Expr::Const(self.rng.next() as i32 % 100),
                    1 => Expr::Var(self.var()),
                    2 => Expr::Add(self.var(), self.var()),
                    3 => Expr::Xor(self.var(), self.var()),
                    _ => Expr::MulConst(self.var(), 3),
                };
                Stmt::Set(self.var(), e)
            }
        }
    }
}

enum Flow {
    Normal,
    Break,
    Return(i32),
}

fn hash(vars: &[i32]) -> i32 {
    vars.iter().enumerate().fold(0i32, |h, (k, &v)| h.wrapping_add(v.wrapping_mul(2 * k as i32 + 1)))
}

fn eval(e: &Expr, vars: &[i32]) -> i32 {
    match *e {
        Expr::Const(c) => c,
        Expr::Var(v) => vars[v],
        Expr::Add(a, b) => vars[a].wrapping_add(vars[b]),
        Expr::Xor(a, b) => vars[a] ^ vars[b],
        Expr::MulConst(a, c) => vars[a].wrapping_mul(c),
    }
}

fn exec(stmts: &[Stmt], vars: &mut [i32]) -> Flow {
    for s in stmts {
        let flow = match s {
            Stmt::Set(v, e) => {
                vars[*v] = eval(e, vars);
                Flow::Normal
            }
            Stmt::If(c, t, e) => exec(if vars[*c] & 1 != 0 { t } else { e }, vars),
            Stmt::Loop(n, body) => {
                let mut flow = Flow::Normal;
                for _ in 0..*n {
                    match exec(body, vars) {
                        Flow::Normal => {}
                        Flow::Break => break,
                        r @ Flow::Return(_) => {
                            flow = r;
                            break;
                        }
                    }
                }
                flow
            }
            Stmt::BreakIf(c) if vars[*c] & 1 != 0 => Flow::Break,
            Stmt::ReturnIf(c) if vars[*c] & 1 != 0 => Flow::Return(hash(vars)),
            Stmt::BreakIf(_) | Stmt::ReturnIf(_) => Flow::Normal,
            Stmt::Switch(c, arms) => {
                let k = (vars[*c] & 3) as usize;
                exec(&arms[k.min(arms.len() - 1)], vars)
            }
        };
        if !matches!(flow, Flow::Normal) {
            return flow;
        }
    }
    Flow::Normal
}

/// Lowers the programs with the builder. `eager` seals each block as soon as its predecessors
/// are known; otherwise every block is sealed at the end.
struct Lower<'a, 'b> {
    b: &'a mut FunctionBuilder<'b>,
    vars: Vec<Variable>,
    loop_exits: Vec<Block>,
    eager: bool,
}

impl Lower<'_, '_> {
    fn seal(&mut self, blk: Block) {
        if self.eager {
            self.b.seal_block(blk).unwrap();
        }
    }

    fn cond(&mut self, v: usize) -> Value {
        let x = self.b.use_var(self.vars[v]).unwrap();
        let one = self.b.iconst(I32, 1).unwrap();
        self.b.ins_op(Opcode::I32And, &[x, one]).unwrap()
    }

    fn ret_hash(&mut self) {
        let mut h = self.b.iconst(I32, 0).unwrap();
        for k in 0..self.vars.len() {
            let v = self.b.use_var(self.vars[k]).unwrap();
            let w = self.b.iconst(I32, 2 * k as i64 + 1).unwrap();
            let t = self.b.ins_op(Opcode::I32Mul, &[v, w]).unwrap();
            h = self.b.ins_op(Opcode::I32Add, &[h, t]).unwrap();
        }
        self.b.ret(&[h]).unwrap();
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let b = &mut *self.b;
        match s {
            Stmt::Set(v, e) => {
                let u = |b: &mut FunctionBuilder, k: usize| b.use_var(self.vars[k]).unwrap();
                let val = match *e {
                    Expr::Const(c) => b.iconst(I32, c.into()).unwrap(),
                    Expr::Var(x) => u(b, x),
                    Expr::Add(x, y) => {
                        let (x, y) = (u(b, x), u(b, y));
                        b.ins_op(Opcode::I32Add, &[x, y]).unwrap()
                    }
                    Expr::Xor(x, y) => {
                        let (x, y) = (u(b, x), u(b, y));
                        b.ins_op(Opcode::I32Xor, &[x, y]).unwrap()
                    }
                    Expr::MulConst(x, c) => {
                        let x = u(b, x);
                        let c = b.iconst(I32, c.into()).unwrap();
                        b.ins_op(Opcode::I32Mul, &[x, c]).unwrap()
                    }
                };
                b.def_var(self.vars[*v], val).unwrap();
            }
            Stmt::If(c, t, e) => {
                let cv = self.cond(*c);
                let [then, els, merge] = [(); 3].map(|_| self.b.create_block());
                self.b.br_if(cv, then, &[], els, &[]).unwrap();
                self.seal(then);
                self.seal(els);
                for (blk, arm) in [(then, t), (els, e)] {
                    self.b.switch_to_block(blk).unwrap();
                    self.stmts(arm);
                    self.b.br(merge, &[]).unwrap();
                }
                self.seal(merge);
                self.b.switch_to_block(merge).unwrap();
            }
            Stmt::Loop(n, body) => {
                let cnt = self.b.declare_var(I32);
                let zero = self.b.iconst(I32, 0).unwrap();
                self.b.def_var(cnt, zero).unwrap();
                let [header, inner, exit] = [(); 3].map(|_| self.b.create_block());
                self.b.br(header, &[]).unwrap();
                self.b.switch_to_block(header).unwrap();
                let c = self.b.use_var(cnt).unwrap();
                let nv = self.b.iconst(I32, (*n).into()).unwrap();
                let more = self.b.ins_op(Opcode::I32LtS, &[c, nv]).unwrap();
                self.b.br_if(more, inner, &[], exit, &[]).unwrap();
                self.seal(inner);
                self.b.switch_to_block(inner).unwrap();
                self.loop_exits.push(exit);
                self.stmts(body);
                self.loop_exits.pop();
                let c = self.b.use_var(cnt).unwrap();
                let one = self.b.iconst(I32, 1).unwrap();
                let c2 = self.b.ins_op(Opcode::I32Add, &[c, one]).unwrap();
                self.b.def_var(cnt, c2).unwrap();
                self.b.br(header, &[]).unwrap();
                self.seal(header);
                self.seal(exit);
                self.b.switch_to_block(exit).unwrap();
            }
            Stmt::BreakIf(c) => {
                let cv = self.cond(*c);
                let exit = *self.loop_exits.last().expect("break outside a loop");
                let cont = self.b.create_block();
                self.b.br_if(cv, exit, &[], cont, &[]).unwrap();
                self.seal(cont);
                self.b.switch_to_block(cont).unwrap();
            }
            Stmt::ReturnIf(c) => {
                let cv = self.cond(*c);
                let [rb, cont] = [(); 2].map(|_| self.b.create_block());
                self.b.br_if(cv, rb, &[], cont, &[]).unwrap();
                self.seal(rb);
                self.seal(cont);
                self.b.switch_to_block(rb).unwrap();
                self.ret_hash();
                self.b.switch_to_block(cont).unwrap();
            }
            Stmt::Switch(c, arms) => {
                let x = self.b.use_var(self.vars[*c]).unwrap();
                let three = self.b.iconst(I32, 3).unwrap();
                let k = self.b.ins_op(Opcode::I32And, &[x, three]).unwrap();
                let blocks: Vec<Block> = arms.iter().map(|_| self.b.create_block()).collect();
                let merge = self.b.create_block();
                let to = |block| BlockCall { block, args: vec![] };
                let (default, cases) = blocks.split_last().expect("one arm");
                let cases = cases.iter().enumerate().map(|(i, &blk)| (i as u64, to(blk))).collect();
                self.b.switch(k, to(*default), cases).unwrap();
                for (&blk, arm) in blocks.iter().zip(arms) {
                    self.seal(blk);
                    self.b.switch_to_block(blk).unwrap();
                    self.stmts(arm);
                    self.b.br(merge, &[]).unwrap();
                }
                self.seal(merge);
                self.b.switch_to_block(merge).unwrap();
            }
        }
    }
}

/// No parameter of a non-entry block is trivial after `finalize` (Algorithm 3 ran to its end).
fn assert_no_trivial_params(body: &Body, text: &str) {
    let mut incoming: Vec<Vec<&BlockCall>> = vec![Vec::new(); body.blocks.len()];
    for &blk in &body.layout {
        if let Some(t) = body.terminator(blk) {
            for call in body.insts[t].kind.targets() {
                incoming[call.block.as_u32() as usize].push(call);
            }
        }
    }
    for &blk in body.layout.iter().skip(1) {
        for (i, &p) in body.blocks[blk].params.iter().enumerate() {
            let mut others = incoming[blk.as_u32() as usize].iter().map(|c| c.args[i]).filter(|&a| a != p);
            let first = others.next();
            assert!(first.is_some() && others.any(|a| Some(a) != first), "parameter {i} of {blk} is trivial:\n{text}");
        }
    }
}

#[test]
fn random_programs() {
    let cases: u64 = std::env::var("BUILDER_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(400);
    for seed in 1..=cases {
        let mut g = Gen { rng: Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1), nvars: 0 };
        g.nvars = 1 + g.rng.below(5);
        let prog = g.stmts(0, false);
        let eager = g.rng.below(2) == 0;

        let s = sig(&[I32], &[I32]);
        let mut body = Body::default();
        let mut b = FunctionBuilder::with_signature(&mut body, &s);
        let entry = b.create_block();
        b.switch_to_block(entry).unwrap();
        let input = b.append_block_params_for_function_params(entry).unwrap()[0];
        let vars: Vec<Variable> = (0..g.nvars).map(|_| b.declare_var(I32)).collect();
        b.def_var(vars[0], input).unwrap();
        if eager {
            b.seal_block(entry).unwrap();
        }
        let mut l = Lower { b: &mut b, vars, loop_exits: Vec::new(), eager };
        l.stmts(&prog);
        l.ret_hash();
        b.seal_all_blocks().unwrap();
        b.finalize().unwrap();

        let m = module_of(s, body);
        let text = check(&m);
        let body = body_of(&m);
        assert_no_trivial_params(body, &text);
        for input in [0, 1, 2, 3, 6, -1, 1234567] {
            let mut vars = vec![0; g.nvars];
            vars[0] = input;
            let want = match exec(&prog, &mut vars) {
                Flow::Return(r) => r,
                _ => hash(&vars),
            };
            assert_eq!(
                interpret(body, &[input]),
                want,
                "seed {seed} (eager: {eager}), input {input}:\n{prog:#?}\n{text}"
            );
        }
    }
}

/// Table operators take the table's element type from the caller (the builder does not see the
/// module); an undefined reference variable reads as null, not as a constant (spec §3.4.2).
#[test]
fn table_operators_and_undefined_references() {
    use wasmir_syntax::ir::{Imm, TableData, TableId};
    let mut body = Body::default();
    let mut b = FunctionBuilder::with_signature(&mut body, &sig(&[I32], &[Type::ExternRef, I32]));
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry).unwrap();
    b.switch_to_block(entry).unwrap();
    b.seal_block(entry).unwrap();
    let i = b.block_params(entry)[0];
    let t = TableId::from_u32(0);
    let r = b.declare_var(Type::ExternRef);
    let null = b.use_var(r).unwrap();
    let old = b.ins_table_op(Opcode::TableGrow, t, Type::ExternRef, &[null, i]).unwrap().expect("a result");
    assert_eq!(b.ins_table_op(Opcode::TableSet, t, Type::ExternRef, &[i, null]).unwrap(), None);
    let got = b.ins_table_op(Opcode::TableGet, t, Type::ExternRef, &[i]).unwrap().expect("a result");
    assert!(matches!(
        b.ins_table_op(Opcode::TableGet, t, Type::ExternRef, &[null]),
        Err(BuildError::OperandType { index: 0, .. })
    ));
    assert!(matches!(b.ins_op_imm(Opcode::TableSize, Imm::Table(t), &[]), Err(BuildError::Internal(_))));
    assert!(matches!(b.ins_table_op(Opcode::I32Add, t, Type::ExternRef, &[]), Err(BuildError::Internal(_))));
    b.ret(&[got, old]).unwrap();
    b.finalize().unwrap();
    assert!(matches!(body.insts.values().next().map(|d| &d.kind), Some(InstKind::Op(Opcode::ExternRefNull))));
    let mut m = module_of(sig(&[I32], &[Type::ExternRef, I32]), body);
    m.tables.push(TableData { name: "t".into(), elem: Type::ExternRef, import: None });
    let text = check(&m);
    assert!(text.contains("externref.null"), "{text}");
    assert!(text.contains("table.grow[$t]"), "{text}");
}
