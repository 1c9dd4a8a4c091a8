//! WasmIR 0.2 module entities and immediates in the text (spec §2.3, §12): a module using every
//! kind parses, prints canonically, and print∘parse is a fixpoint; each new resolution error
//! has its code.

use wasmir_syntax::ir::{DataPart, ExportItem, Imm, InstKind, Opcode, Type};
use wasmir_syntax::{parse, print_module};

const ALL: &str = r#"wasmir 0.2
type $bin = fn(i32, i32) -> i32
import "env" "mem" memory $heap 2 max 10
global $count: i32 mut = 7
global $base: ptr = 1024
import "env" "g" global $g: i64 mut
table $fns: funcref
data $msg = "hi\n"
data $raw align 8 = x"00ff10"
data $tab align 4 = [fn.index[$fns, @add], data.addr[$msg, addend=1], i32 -1, i64 5, f64 1.5, zero 3, "ab", x"01"]
export "heap" memory $heap
export "count" global $count
export "fns" table $fns
export "f" fn @f

fn @add(i32, i32) -> i32 {
^0(%a: i32, %b: i32):
    %c = i32.add %a, %b
    return %c
}

fn @f(i32) -> i32 {
    slot #buf: 16 align 8
    slot #1: 3
^entry(%x: i32):
    %p = slot.addr[#buf]
    i32.store[$heap] %p, %x
    %y = i32.load16_s[$heap, offset=4, align=1, notrap] %p
    i64.store32[$heap, offset=8, aligned] %p, %w
    %w = i64.extend_i32_u %y
    %q = ptr.add %p, %x
    %s = data.addr[$msg, addend=2]
    %n = memory.size[$heap]
    %g = memory.grow[$heap] %n
    memory.copy[$heap] %p, %s, %n
    memory.fill[$heap] %q, %x, %n
    %c = global.get[$count]
    global.set[$count] %c
    %i = fn.index[$fns, @add]
    %r = call_indirect[$fns, $bin] %i(%x, %y)
    %t = slot.addr[#1]
    return %r
}
"#;

#[test]
fn every_entity_parses_prints_and_reparses() {
    let (m, _) = parse(ALL).unwrap_or_else(|d| panic!("{d:#?}"));
    assert_eq!(m.memories.len(), 1);
    assert_eq!(m.globals.len(), 3);
    assert_eq!(m.data.len(), 3);
    assert_eq!(m.data.values().nth(1).map(|d| d.parts.clone()), Some(vec![DataPart::Bytes(vec![0, 255, 16])]));
    assert_eq!(m.data.values().nth(2).map(|d| d.size()), Some(4 + 4 + 4 + 8 + 8 + 3 + 2 + 1));
    assert!(matches!(m.exports[0].item, ExportItem::Memory(_)));
    let f = m.funcs.values().nth(1).and_then(|f| f.body()).expect("body");
    assert_eq!(f.slots.len(), 2);
    let kinds: Vec<&InstKind> = f.layout.iter().flat_map(|&b| &f.blocks[b].insts).map(|&i| &f.insts[i].kind).collect();
    assert!(
        matches!(kinds[2], InstKind::OpImm(Opcode::I32Load16S, Imm::MemArg(a)) if a.offset == 4 && a.align == 1 && a.notrap)
    );
    assert!(kinds.iter().any(|k| matches!(k, InstKind::CallIndirect { .. })));
    let text = print_module(&m);
    let (again, _) = parse(&text).unwrap_or_else(|d| panic!("{d:#?}\n{text}"));
    assert_eq!(again, m);
    assert_eq!(print_module(&again), text);
    // Canonical form: default immediates are not printed.
    assert!(text.contains("i32.store[$heap] %p, %x"), "{text}");
    assert!(text.contains("i32.load16_s[$heap, offset=4, align=1, notrap] %p"), "{text}");
    assert!(text.contains("global $base: ptr = 1024"), "{text}");
    assert!(text.contains("import \"env\" \"g\" global $g: i64 mut"), "{text}");
    assert!(text.contains("data $raw align 8 = x\"00ff10\""), "{text}");
    let g = m.globals.values().nth(1).expect("global");
    assert_eq!(g.ty, Type::Ptr);
}

fn codes(src: &str) -> Vec<String> {
    match parse(src) {
        Ok(_) => Vec::new(),
        Err(ds) => ds.iter().map(|d| d.code.to_string()).collect(),
    }
}

#[test]
fn resolution_errors_have_their_codes() {
    let fun = |body: &str| format!("wasmir 0.2\nmemory $m 1\nglobal $g: i32 = 0\n{body}");
    let one = |b: &str| fun(&format!("fn @f(ptr) {{\n^0(%p: ptr):\n    {b}\n    return\n}}\n"));
    assert_eq!(codes(&one("%x = i32.load[$nope] %p")), ["E0113"]);
    assert_eq!(codes(&fun("memory $g 1\n")), ["E0114"]);
    assert_eq!(codes(&one("%x = i32.load[$g] %p")), ["E0115"]);
    assert_eq!(codes(&one("%x = i32.load %p")), ["E0116"]);
    assert_eq!(codes(&one("%x = i32.load[$m, offset=1, offset=2] %p")), ["E0116"]);
    assert_eq!(codes(&one("%x = i32.load[$m, stride=2] %p")), ["E0116"]);
    assert_eq!(codes(&one("%x = i32.add[$m] %p, %p")), ["E0116"]);
    assert_eq!(codes(&one("%x = slot.addr[#nope]")), ["E0117"]);
    assert_eq!(codes(&fun("fn @f() {\n    slot #a: 1\n    slot #a: 2\n^0:\n    return\n}\n")), ["E0118"]);
    assert_eq!(codes(&fun("data $d = x\"0\"\n")), ["E0119"]);
    assert_eq!(codes(&fun("global $h: i32\n")), ["E0120"]);
    assert_eq!(codes(&fun("import \"a\" \"b\" global $h: i32 = 1\n")), ["E0120"]);
    assert_eq!(codes(&one("%x = i32.load[$m, offset=4294967296] %p")), ["E0110"]);
    assert_eq!(codes(&fun("data $d = [data.addr[$nope]]\n")), ["E0113"]);
    assert_eq!(codes(&fun("data $d = [i32.add[$m]]\n")), ["E0116"]);
}

#[test]
fn instruction_locations_round_trip() {
    let src = r#"wasmir 0.2

fn @f(i32) -> i32 loc "src/lib.rs" 3:1 {
^entry(%x: i32):
    %y = i32.add %x, %x loc 4:9
    %z = i32.mul %y, %y loc "src/other.rs" 10:2
    return %z loc 5:5
}
"#;
    let (m, _) = parse(src).unwrap_or_else(|d| panic!("{d:#?}"));
    assert_eq!(m.files, ["src/lib.rs", "src/other.rs"]);
    let body = m.funcs.values().next().and_then(|f| f.body()).expect("body");
    let locs: Vec<_> = body.blocks[body.layout[0]].insts.iter().map(|&i| body.locs[i]).collect();
    assert_eq!(locs[0].map(|l| (l.file, l.line, l.col)), Some((0, 4, 9)));
    assert_eq!(locs[1].map(|l| (l.file, l.line, l.col)), Some((1, 10, 2)));
    let text = print_module(&m);
    assert!(text.contains("%y = i32.add %x, %x loc 4:9\n"), "{text}");
    assert!(text.contains("loc \"src/other.rs\" 10:2\n"), "{text}");
    assert!(text.contains("return %z loc 5:5\n"), "{text}");
    let (again, _) = parse(&text).unwrap_or_else(|d| panic!("{d:#?}"));
    assert_eq!(again, m);
    // Without a function location, an instruction's location names its file.
    let bare = "wasmir 0.2\nfn @f() {\n^e:\n    return loc 1:1\n}\n";
    assert_eq!(codes(bare), ["E0121"]);
}
