//! WasmIR 0.2 memory and module entities on parsed text: a valid module using every feature, one
//! test per verifier code that text can express, and the spans the diagnostics point at.
//!
//! The other new codes (immediates of the wrong kind or naming missing entities, global
//! initialisers, duplicate `$` names, exports of missing entities) describe IR that the resolver
//! refuses to build from text (it reports E01xx first); `src/tests.rs` builds that IR by hand.

use wasmir_syntax::diag::{render, Diagnostic, Locale, Messages};
use wasmir_verify::verify;

/// Parses and verifies `src`; parse errors fail the test (they are not the verifier's).
fn check(src: &str) -> Vec<Diagnostic> {
    let (module, spans) = match wasmir_syntax::parse(src) {
        Ok(ok) => ok,
        Err(errs) => panic!("parse failed:\n{}", render(&Messages::new(Locale::EnUs), "t.wir", src, &errs)),
    };
    let diags = verify(&module, &spans);
    for &locale in Locale::ALL {
        let text = render(&Messages::new(locale), "t.wir", src, &diags);
        assert!(!text.contains("{$"), "{locale:?}: missing message argument in\n{text}");
    }
    diags
}

fn codes(diags: &[Diagnostic]) -> Vec<String> {
    diags.iter().map(|d| d.code.to_string()).collect()
}

/// The source text a span covers.
fn text(src: &str, span: wasmir_syntax::ir::Span) -> &str {
    &src[span.range()]
}

/// A module of the brief's syntax using every 0.2 feature.
const VALID: &str = r#"wasmir 0.2
type $sig = fn(i32, i32) -> i32
memory $heap 1 max 16
global $counter: i32 mut = 0
global $k: f64 = 1.5
global $base: ptr = 64
import "env" "g" global $g: i64
table $fns: funcref
data $msg = "hello\n"
data $v align 4 = [fn.index[$fns, @f], i32 8, i64 -1, f32 1.5, data.addr[$msg, addend=6], zero 8, "abc", x"01ff"]
export "memory" memory $heap
export "counter" global $counter
export "fns" table $fns
export "f" fn @f

fn @f(i32, i32) -> i32 {
    slot #buf: 12 align 4
    slot #big: 65536 align 65536
^entry(%x: i32, %len: i32):
    %p = slot.addr[#buf]
    i32.store[$heap] %p, %x
    %w = i64.extend_i32_u %len
    i64.store8[$heap, offset=8] %p, %w
    %y = i32.load[$heap, offset=4, align=2] %p
    %z = i32.load8_u[$heap, notrap, aligned] %p
    %q = ptr.add %p, %z
    %s = data.addr[$msg, addend=2]
    %n = memory.size[$heap]
    %old = memory.grow[$heap] %n
    memory.copy[$heap] %q, %s, %len
    memory.fill[$heap] %q, %y, %len
    %c = global.get[$counter]
    global.set[$counter] %c
    %b = global.get[$base]
    ptr.store[$heap] %b, %q
    %i = fn.index[$fns, @f]
    %r = call_indirect[$fns, $sig] %i(%x, %y)
    return %r
}
"#;

#[test]
fn valid_module_using_every_02_feature() {
    assert_eq!(codes(&check(VALID)), Vec::<String>::new());
}

/// `VALID` with `from` replaced by `to` (once).
fn valid_with(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "{from}");
    VALID.replacen(from, to, 1)
}

#[test]
fn e0241_access_alignment_points_at_the_immediates() {
    let src = valid_with("i32.load[$heap, offset=4, align=2]", "i32.load[$heap, offset=4, align=8]");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0241"]);
    assert_eq!(text(&src, d[0].span), "[$heap, offset=4, align=8]");
    let src = valid_with("i32.load[$heap, offset=4, align=2]", "i32.load[$heap, align=3]");
    assert_eq!(codes(&check(&src)), ["E0241"]);
}

#[test]
fn e0242_global_set_of_an_immutable_global_labels_the_declaration() {
    let src = valid_with("global $counter: i32 mut = 0", "global $counter: i32 = 0");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0242"]);
    assert_eq!(text(&src, d[0].span), "[$counter]");
    assert_eq!(text(&src, d[0].labels[0].span), "global $counter: i32 = 0");
}

#[test]
fn e0243_slots_and_data_need_a_memory() {
    let src = "wasmir 0.2\ndata $d = \"x\"\nfn @f() {\n    slot #s: 4\n^e:\n    return\n}\n";
    let d = check(src);
    assert_eq!(codes(&d), ["E0243", "E0243"]);
    assert_eq!(text(src, d[0].span), "data $d = \"x\"");
    assert_eq!(text(src, d[1].span), "slot #s: 4");
    let out = render(&Messages::new(Locale::EnUs), "t.wir", src, &d);
    assert!(out.contains("declare `memory $heap 1`"), "{out}");
}

#[test]
fn e0244_one_memory_in_0_2() {
    let src = "wasmir 0.2\nmemory $a 1\nmemory $b 1\n";
    let d = check(src);
    assert_eq!(codes(&d), ["E0244"]);
    assert_eq!(text(src, d[0].span), "memory $b 1");
}

#[test]
fn e0245_memory_limits() {
    for (decl, bad) in [
        ("memory $heap 1 max 16", false),
        ("memory $heap 65536", false),
        ("memory $heap 16 max 16", false),
        ("memory $heap 2 max 1", true),
        ("memory $heap 1 max 65537", true),
        ("memory $heap 65537", true),
    ] {
        let src = valid_with("memory $heap 1 max 16", decl);
        let want: &[&str] = if bad { &["E0245"] } else { &[] };
        assert_eq!(codes(&check(&src)), want, "{decl}");
    }
}

#[test]
fn e0249_data_alignment() {
    let src = valid_with("data $v align 4", "data $v align 6");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0249"]);
    assert!(text(&src, d[0].span).starts_with("data $v align 6"));
    assert_eq!(codes(&check(&valid_with("data $v align 4", "data $v align 131072"))), ["E0249"]);
}

#[test]
fn e0250_slot_alignment() {
    let src = valid_with("slot #buf: 12 align 4", "slot #buf: 12 align 12");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0250"]);
    assert_eq!(text(&src, d[0].span), "slot #buf: 12 align 12");
}

#[test]
fn e0251_slot_size() {
    assert_eq!(codes(&check(&valid_with("slot #buf: 12", "slot #buf: 2147483648"))), Vec::<String>::new());
    let src = valid_with("slot #buf: 12", "slot #buf: 2147483649");
    assert_eq!(codes(&check(&src)), ["E0251"]);
}

#[test]
fn e0252_data_item_size() {
    let src = valid_with("zero 8", "zero 4294967295");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0252"]);
    assert!(text(&src, d[0].span).starts_with("data $v"));
}

#[test]
fn e0253_data_address_past_the_end_in_parts_and_instructions() {
    // `$msg` has 6 bytes: addend 6 (one past the end) is valid, 7 is not.
    let src = valid_with("data.addr[$msg, addend=6]", "data.addr[$msg, addend=7]");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0253"]);
    assert_eq!(text(&src, d[0].span), "data.addr[$msg, addend=7]");
    assert_eq!(text(&src, d[0].labels[0].span), "data $msg = \"hello\\n\"");
    let src = valid_with("data.addr[$msg, addend=2]", "data.addr[$msg, addend=99]");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0253"]);
    assert_eq!(text(&src, d[0].span), "[$msg, addend=99]");
}

#[test]
fn e0202_export_names_are_unique_across_kinds() {
    let src = valid_with("export \"fns\" table $fns", "export \"counter\" table $fns");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0202"]);
    assert_eq!(d[0].span.start as usize, src.rfind("\"counter\"").unwrap_or(0));
}

#[test]
fn call_indirect_operands_and_results_follow_the_signature() {
    // The index is an i32; the arguments and results are the signature's.
    let src = valid_with("%i(%x, %y)", "%p(%x, %y)");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0213"]);
    assert_eq!(text(&src, d[0].span), "%p");
    assert!(text(&src, d[0].labels[1].span).starts_with("type $sig"), "{:?}", d[0].labels);
    assert_eq!(codes(&check(&valid_with("%i(%x, %y)", "%i(%x)"))), ["E0212"]);
    assert_eq!(codes(&check(&valid_with("%i(%x, %y)", "%i(%x, %w)"))), ["E0213"]);
    // The resolver types the result from the signature, so `return %r` is the mismatch.
    let src = valid_with("type $sig = fn(i32, i32) -> i32", "type $sig = fn(i32, i32) -> i64");
    let d = check(&src);
    assert_eq!(codes(&d), ["E0213"]);
    assert_eq!(text(&src, d[0].span), "%r");
}

#[test]
fn operators_with_immediates_take_their_types_from_the_table_and_the_global() {
    // A store's value operand has the access type; global.set's the global's.
    assert_eq!(codes(&check(&valid_with("i32.store[$heap] %p, %x", "i32.store[$heap] %p, %p"))), ["E0213"]);
    assert_eq!(codes(&check(&valid_with("global.set[$counter] %c", "global.set[$counter] %w"))), ["E0213"]);
    // The address of a load is a `ptr`, not an `i32`.
    assert_eq!(
        codes(&check(&valid_with("i32.load8_u[$heap, notrap, aligned] %p", "i32.load8_u[$heap] %x"))),
        ["E0213"]
    );
}
