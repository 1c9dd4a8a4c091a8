//! The `wasmir.locs` section (spec §7.9): the offsets it records are those of the wasm
//! instructions (checked with wasmparser) and those wasmtime reports for a trapping frame, and a
//! module without instruction locations gets no section.
//! Build with `cargo test --release -p wasmir-emit` (wasmtime is slow to build in debug).

use wasmir_emit::locs::{LocTable, SECTION_NAME};
use wasmir_syntax::ir::Module;
use wasmir_syntax::parse;

const SRC: &str = r#"wasmir 0.2
memory $heap 1
export "div" fn @div
export "load" fn @load
export "checked" fn @checked
export "calls" fn @calls
export "bare" fn @bare
export "framed" fn @framed
export "shared" fn @shared
export "inverted" fn @inverted

fn @div(i32, i32) -> i32 loc "src/lib.rs" 1:1 {
^entry(%a: i32, %b: i32):
    %one = i32.const 1
    %x = i32.add %a, %one loc 6:9
    %q = i32.div_s %x, %b loc 7:13
    return %q loc 8:5
}

fn @load(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load[$heap, offset=4] %p loc "src/mem.rs" 3:7
    return %v
}

fn @checked(i32, i32) -> i32 {
^entry(%a: i32, %b: i32):
    %s = i32.add_ovf_s %a, %b loc "src/lib.rs" 20:1
    trapz %s loc "src/lib.rs" 21:2
    return %s
}

; A trap in a callee without locations has no location, though the call has one.
fn @calls(i32) -> i32 {
^entry(%a: i32):
    %r = call @bare(%a) loc "src/lib.rs" 30:3
    return %r
}

fn @bare(i32) -> i32 {
^entry(%a: i32):
    %zero = i32.const 0
    %q = i32.div_u %a, %zero
    return %q
}

fn @framed(i32) -> i32 {
    slot #s: 4
^entry(%a: i32):
    %p = slot.addr[#s]
    i32.store[$heap] %p, %a loc "src/lib.rs" 40:1
    br_if %a, ^boom, ^ok
^boom:
    trap loc "src/lib.rs" 41:9
^ok:
    return %a
}

; Two branches to one trap block: engines may report the branch.
fn @shared(i32, i32) -> i32 {
^entry(%a: i32, %b: i32):
    br_if %a, ^panic, ^next
^next:
    br_if %b, ^panic, ^ok
^ok:
    return %a
^panic:
    trap loc "src/lib.rs" 50:5
}

; The trap in the else-arm.
fn @inverted(i32) -> i32 {
^entry(%a: i32):
    %one = i32.const 1
    br_if %a, ^ok, ^boom
^ok:
    %r = i32.add %a, %one
    return %r
^boom:
    trap loc "src/lib.rs" 60:1
}
"#;

fn emit(src: &str) -> Vec<u8> {
    let (m, spans): (Module, _) = parse(src).unwrap_or_else(|d| panic!("{d:#?}"));
    let diags = wasmir_verify::verify(&m, &spans);
    assert!(diags.is_empty(), "{diags:#?}");
    let bytes = wasmir_emit::emit(&m, &spans).unwrap_or_else(|d| panic!("{d:#?}"));
    wasmparser::Validator::new().validate_all(&bytes).expect("valid wasm");
    bytes
}

/// Every operator of every function body with its module offset, in order.
fn operators(wasm: &[u8]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CodeSectionEntry(body) = payload.unwrap() {
            let mut ops = body.get_operators_reader().unwrap();
            while !ops.eof() {
                let (op, at) = ops.read_with_offset().unwrap();
                out.push((at, format!("{op:?}")));
            }
        }
    }
    out
}

#[test]
fn offsets_are_those_of_the_instructions() {
    let wasm = emit(SRC);
    let table = LocTable::from_module(&wasm).expect("a wasmir.locs section").expect("it decodes");
    assert_eq!(table.files, ["src/lib.rs", "src/mem.rs"]);
    let ops = operators(&wasm);
    let at = |name: &str| -> Vec<Option<String>> {
        ops.iter().filter(|(_, op)| op.starts_with(name)).map(|&(o, _)| table.describe(o as u32)).collect()
    };
    assert_eq!(at("I32DivS"), [Some("src/lib.rs:7:13".to_string())]);
    assert_eq!(at("I32DivU"), [None]);
    assert_eq!(at("I32Load {"), [Some("src/mem.rs:3:7".to_string())]);
    assert_eq!(at("I32Store {"), [Some("src/lib.rs:40:1".to_string())]);
    assert_eq!(at("Call {"), [Some("src/lib.rs:30:3".to_string())]);
    let s = |t: &str| Some(t.to_string());
    assert_eq!(at("Return"), [s("src/lib.rs:8:5"), None, None, None, None, None, None, None]);
    // The two `unreachable`s of @checked; in @framed its prologue's, the `trap`'s and the one after
    // the last `end`; the `trap` of @shared; that of @inverted and the one after its last `end`.
    assert_eq!(
        at("Unreachable"),
        [
            s("src/lib.rs:20:1"),
            s("src/lib.rs:21:2"),
            None,
            s("src/lib.rs:41:9"),
            None,
            s("src/lib.rs:50:5"),
            s("src/lib.rs:60:1"),
            None
        ]
    );
    // The `if` of @checked's `trapz` and the one leading to the `trap` of @framed (not its
    // prologue's); the `if` of @inverted, whose else-arm traps; the `br_if`s of @shared to its
    // trap block.
    let ifs = at("If {");
    assert_eq!(ifs, [s("src/lib.rs:20:1"), s("src/lib.rs:21:2"), None, s("src/lib.rs:41:9"), s("src/lib.rs:60:1")]);
    assert_eq!(at("BrIf {"), [s("src/lib.rs:50:5"), s("src/lib.rs:50:5")]);
    // Every entry starts at an instruction.
    for e in &table.entries {
        assert!(ops.iter().any(|&(o, _)| o as u32 == e.offset), "{e:?}");
    }
    assert_eq!(wasm, emit(SRC), "deterministic");
}

#[test]
fn wasmtime_frames_find_their_location() {
    let wasm = emit(SRC);
    let table = LocTable::from_module(&wasm).unwrap().unwrap();
    let engine = wasmtime::Engine::default();
    let module = wasmtime::Module::new(&engine, &wasm).unwrap();
    let trap_at = |name: &str, args: &[i32]| -> Option<String> {
        let mut store = wasmtime::Store::new(&engine, ());
        let instance = wasmtime::Instance::new(&mut store, &module, &[]).unwrap();
        let f = instance.get_func(&mut store, name).unwrap();
        let args: Vec<wasmtime::Val> = args.iter().map(|&a| wasmtime::Val::I32(a)).collect();
        let mut results = [wasmtime::Val::I32(0)];
        let e = f.call(&mut store, &args, &mut results).expect_err(name);
        let bt = e.downcast_ref::<wasmtime::WasmBacktrace>().expect("a backtrace");
        let offset = bt.frames()[0].module_offset().expect("an offset");
        table.describe(offset as u32)
    };
    assert_eq!(trap_at("div", &[1, 0]).as_deref(), Some("src/lib.rs:7:13"));
    assert_eq!(trap_at("div", &[i32::MAX, -1]).as_deref(), Some("src/lib.rs:7:13"));
    assert_eq!(trap_at("load", &[-4]).as_deref(), Some("src/mem.rs:3:7"));
    assert_eq!(trap_at("checked", &[i32::MAX, 1]).as_deref(), Some("src/lib.rs:20:1"));
    assert_eq!(trap_at("checked", &[1, -1]).as_deref(), Some("src/lib.rs:21:2"));
    assert_eq!(trap_at("calls", &[1]), None);
    assert_eq!(trap_at("framed", &[1]).as_deref(), Some("src/lib.rs:41:9"));
    assert_eq!(trap_at("shared", &[1, 0]).as_deref(), Some("src/lib.rs:50:5"));
    assert_eq!(trap_at("shared", &[0, 1]).as_deref(), Some("src/lib.rs:50:5"));
    assert_eq!(trap_at("inverted", &[0]).as_deref(), Some("src/lib.rs:60:1"));
}

#[test]
fn no_locations_no_section() {
    let plain: String = SRC
        .lines()
        .map(|l| match l.find(" loc ") {
            Some(i) if !l.starts_with("fn") => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!plain.contains(" loc 7:13"), "{plain}");
    let wasm = emit(&plain);
    assert_eq!(LocTable::from_module(&wasm), None);
    assert!(!wasm.windows(SECTION_NAME.len()).any(|w| w == SECTION_NAME.as_bytes()));
    // Locations change no code: the module with them only has the custom section more, at its end.
    let located = emit(SRC);
    assert!(located.len() > wasm.len() && located.starts_with(&wasm));
}

/// Locations on line 0 (`loc 0:0`: mir-export writes it for branches of no source line) are no
/// location: the table still decodes, with no run for them, around runs of real lines.
#[test]
fn line_zero_is_no_location() {
    use wasmir_syntax::ir::InstLoc;
    let mut t = LocTable { files: vec!["a.rs".into(), "b.rs".into()], entries: vec![] };
    let at = |file, line, col| Some(InstLoc { file, line, col });
    t.push(4, at(0, 3, 1));
    t.push(8, at(0, 0, 0));
    t.push(9, None);
    t.push(12, at(1, 0, 0));
    t.push(15, at(1, 7, 2));
    t.push(20, at(0, 0, 0));
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"\0asm\x01\0\0\0");
    let mut custom = wasm_encoder::Module::new();
    custom.section(&wasm_encoder::CustomSection { name: SECTION_NAME.into(), data: t.encode().into() });
    bytes.extend_from_slice(&custom.finish()[8..]);
    let back = LocTable::from_module(&bytes).expect("a section").expect("it decodes");
    assert_eq!(back.describe(5).as_deref(), Some("a.rs:3:1"));
    assert_eq!(back.describe(10), None);
    assert_eq!(back.describe(16).as_deref(), Some("b.rs:7:2"));
    assert_eq!(back.describe(25), None);
}
