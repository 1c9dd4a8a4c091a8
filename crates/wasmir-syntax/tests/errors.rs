//! One test per front-end diagnostic code: the input that triggers it, the code, the span (as the
//! text it covers), and that both catalogues have the message with its label and hint.

use wasmir_syntax::diag::{render, Diagnostic, Locale, Messages};
use wasmir_syntax::parse;

/// Parses `src` and returns `(code, covered text)` of every diagnostic.
fn errors(src: &str) -> Vec<(String, String)> {
    let diags = parse(src).err().unwrap_or_default();
    check_messages(src, &diags);
    diags.iter().map(|d| (d.code.to_string(), src[d.span.range()].to_string())).collect()
}

/// Every diagnostic has a headline, label and hint in both languages, with all arguments bound.
fn check_messages(src: &str, diags: &[Diagnostic]) {
    for &locale in Locale::ALL {
        let msgs = Messages::new(locale);
        for d in diags {
            let id = d.code.message_id();
            assert!(msgs.has(&id), "{locale:?} lacks {id}");
            for attr in [None, Some("label"), Some("hint")] {
                let text = msgs.format(&id, attr, &d.args).unwrap_or_default();
                assert!(!text.is_empty(), "{locale:?} {id} {attr:?}");
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{locale:?} {id} {attr:?}: unbound argument in {text}"
                );
            }
            for l in &d.labels {
                assert!(msgs.format(&id, Some(l.attr), &d.args).is_some(), "{locale:?} {id}.{}", l.attr);
            }
        }
        let out = render(&msgs, "t.wir", src, diags);
        assert!(!out.contains("error E0"), "{out}");
    }
}

fn one(src: &str, code: &str, text: &str) {
    assert_eq!(errors(src), vec![(code.to_string(), text.to_string())], "{src}");
}

const H: &str = "wasmir 0.1\n";

#[test]
fn e0001_unexpected_character() {
    one(&format!("{H}fn @f() {{ ^e: ` }}"), "E0001", "`");
}

#[test]
fn e0002_unexpected_token_lists_expected() {
    let src = format!("{H}fn @f() {{\n^e:\n    %x = i32.const 1\n    return %x,\n}}");
    one(&src, "E0002", "}");
    let d = parse(&src).err().unwrap_or_default();
    let expected = &d[0].args.iter().find(|(k, _)| *k == "expected").expect("expected arg").1;
    assert_eq!(expected, "`%name`");
}

#[test]
fn e0002_reports_several_errors() {
    let src =
        format!("{H}fn @f() {{\n^e:\n    %x = i32.const 1 2\n    %y = i32.add %x %x\n    return %x\n}}\nexport fn\n");
    let codes: Vec<String> = errors(&src).into_iter().map(|(c, _)| c).collect();
    assert!(codes.len() >= 3, "{codes:?}");
    assert!(codes.iter().all(|c| c == "E0002" || c == "E0003"), "{codes:?}");
}

#[test]
fn e0003_unexpected_eof() {
    let src = format!("{H}fn @f() {{\n^e:\n    trap\n");
    let d = parse(&src).err().unwrap_or_default();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code.to_string(), "E0003");
    assert_eq!(d[0].span.range(), src.len()..src.len());
    check_messages(&src, &d);
}

#[test]
fn e0004_unterminated_string() {
    one(&format!("{H}import \"env\n\"x\" fn @f()"), "E0004", "\"env");
}

#[test]
fn e0005_reserved_word() {
    one(&format!("{H}fn @f() {{\n^e:\n    %x = load %p\n    trap\n}}"), "E0005", "load");
    one(&format!("{H}v128 1\n"), "E0005", "v128");
    one(&format!("{H}fn @f(ptr64) {{\n^e:\n    trap\n}}"), "E0005", "ptr64");
}

#[test]
fn e0006_invalid_escape() {
    one(&format!("{H}export \"a\\qb\" fn @f"), "E0006", "\\q");
}

#[test]
fn e0007_malformed_name() {
    one(&format!("{H}fn @f() {{\n^e:\n    %3x = i32.const 1\n    trap\n}}"), "E0007", "%3x");
    one(&format!("{H}export \"f\" fn @12"), "E0007", "@12");
}

#[test]
fn e0100_missing_header() {
    let d = parse("fn @f() {\n^e:\n    trap\n}\n").err().unwrap_or_default();
    assert_eq!(d.len(), 1);
    assert_eq!((d[0].code.to_string(), d[0].span.range()), ("E0100".to_string(), 0..0));
    check_messages("", &d);
}

#[test]
fn e0101_unsupported_version() {
    one("wasmir 1.0\n", "E0101", "1.0");
    one("wasmir 0.4\n", "E0101", "0.4");
    let d = parse("wasmir 0.9\n").err().unwrap_or_default();
    let msg = Messages::new(Locale::EnUs).format("e0101", Some("hint"), &d[0].args).unwrap_or_default();
    assert!(msg.contains("0.0 to 0.3"), "{msg}");
}

#[test]
fn e0102_malformed_version() {
    one("wasmir 1\n", "E0102", "1");
    one("wasmir 1e3\n", "E0102", "1e3");
}

#[test]
fn e0103_unknown_operator() {
    let src = format!("{H}fn @f(i32) -> i32 {{\n^e(%a: i32):\n    %x = i32.addd %a, %a\n    return %x\n}}");
    one(&src, "E0103", "i32.addd");
    let d = parse(&src).err().unwrap_or_default();
    assert!(d[0].args.contains(&("suggestion", "i32.add".to_string())));
}

#[test]
fn e0104_unknown_value() {
    one(&format!("{H}fn @f() -> i32 {{\n^e:\n    return %nope\n}}"), "E0104", "%nope");
    // Values are local to their function.
    one(
        &format!("{H}fn @f() {{\n^e:\n    %x = i32.const 1\n    trap\n}}\nfn @g() {{\n^e:\n    trapz %x\n    trap\n}}"),
        "E0104",
        "%x",
    );
}

#[test]
fn e0105_unknown_block() {
    assert_eq!(
        errors(&format!("{H}fn @f() {{\n^e:\n    br ^nowhere(%q)\n}}")),
        [("E0105".to_string(), "^nowhere".to_string()), ("E0104".to_string(), "%q".to_string())]
    );
    one(&format!("{H}fn @f() {{\n^e:\n    br ^nowhere\n}}"), "E0105", "^nowhere");
}

#[test]
fn e0106_unknown_function() {
    one(&format!("{H}export \"g\" fn @g\n"), "E0106", "@g");
    one(&format!("{H}fn @f() {{\n^e:\n    call @\"missing fn\"()\n    trap\n}}"), "E0106", "@\"missing fn\"");
}

#[test]
fn e0107_duplicate_value() {
    let src = format!("{H}fn @f(i32) {{\n^e(%x: i32):\n    %x = i32.const 1\n    trap\n}}");
    one(&src, "E0107", "%x");
    let d = parse(&src).err().unwrap_or_default();
    assert_eq!(d[0].labels.len(), 1);
    assert_eq!(&src[d[0].labels[0].span.range()], "%x");
    assert!(d[0].labels[0].span.start < d[0].span.start);
    // Anonymous and quoted spellings are different names.
    assert!(parse(&format!("{H}fn @f() {{\n^e:\n    %3 = i32.const 1\n    %\"3\" = i32.const 2\n    trap\n}}")).is_ok());
}

#[test]
fn e0108_duplicate_block() {
    one(&format!("{H}fn @f() {{\n^a:\n    br ^a\n^a:\n    trap\n}}"), "E0108", "^a");
}

#[test]
fn e0109_duplicate_function() {
    one(&format!("{H}import \"m\" \"f\" fn @f()\nfn @\"f\"() {{\n^e:\n    trap\n}}"), "E0109", "@\"f\"");
}

#[test]
fn e0110_literal_out_of_range() {
    let f = |ty: &str, lit: &str| format!("{H}fn @f() {{\n^e:\n    %x = {ty}.const {lit}\n    trap\n}}");
    one(&f("i32", "4294967296"), "E0110", "4294967296");
    one(&f("i32", "-2147483649"), "E0110", "-2147483649");
    one(&f("i64", "18446744073709551616"), "E0110", "18446744073709551616");
    one(&f("f32", "nan:0x800000"), "E0110", "nan:0x800000");
    one(&f("f64", "nan:0x0"), "E0110", "nan:0x0");
    one(&f("f32", "1e39"), "E0110", "1e39");
    // The boundaries are accepted.
    for (ty, lit) in [
        ("i32", "4294967295"),
        ("i32", "-2147483648"),
        ("i64", "0xffff_ffff_ffff_ffff"),
        ("f32", "nan:0x7fffff"),
        ("f64", "1"),
    ] {
        assert!(parse(&f(ty, lit)).is_ok(), "{ty} {lit}");
    }
    // Switch cases take the scrutinee's type.
    let sw = |ty: &str, k: &str| {
        format!("{H}fn @f({ty}) {{\n^e(%v: {ty}):\n    switch %v, ^d, [{k}: ^d]\n^d:\n    trap\n}}")
    };
    one(&sw("i32", "4294967296"), "E0110", "4294967296");
    assert!(parse(&sw("i64", "4294967296")).is_ok());
    // Locations are u32.
    one(&format!("{H}import \"m\" \"f\" fn @f() loc \"x.rs\" 4294967296:1\n"), "E0110", "4294967296");
}

#[test]
fn e0111_wrong_result_count() {
    one(&format!("{H}fn @f() {{\n^e:\n    %a = br ^e\n}}"), "E0111", "%a");
    one(&format!("{H}fn @f(i32) {{\n^e(%x: i32):\n    %a, %b = i32.add %x, %x\n    trap\n}}"), "E0111", "%a, %b");
    one(
        &format!("{H}fn @g() -> (i32, i32) {{\n^e:\n    trap\n}}\nfn @f() {{\n^e:\n    %a = call @g()\n    trap\n}}"),
        "E0111",
        "%a",
    );
    // A value-producing instruction with no name written.
    one(&format!("{H}fn @f() {{\n^e:\n    i32.const 1\n    trap\n}}"), "E0111", "i32.const 1");
}

#[test]
fn e0112_float_literal_for_integer() {
    one(&format!("{H}fn @f() {{\n^e:\n    %x = i64.const 1.5\n    trap\n}}"), "E0112", "1.5");
}

#[test]
fn resolve_reports_several_errors_in_order() {
    let src = format!("{H}fn @f() {{\n^e:\n    %x = i32.frob %a\n    br ^b\n}}\nexport \"x\" fn @zz\n");
    let codes: Vec<String> = errors(&src).into_iter().map(|(c, _)| c).collect();
    assert_eq!(codes, ["E0103", "E0104", "E0105", "E0106"]);
}

#[test]
fn forward_references_resolve() {
    let src = format!(
        "{H}export \"f\" fn @f\nfn @f() -> i32 {{\n^e:\n    br ^b\n^c:\n    return %y\n^b:\n    %y = call @g()\n    br ^c\n}}\nfn @g() -> i32 {{\n^e:\n    %r = i32.const 1\n    return %r\n}}"
    );
    let (m, map) = parse(&src).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(m.exports.len(), 1);
    assert_eq!(&src[map.exports[0].range()], "\"f\"");
    let (f, _) = m.funcs.iter().next().expect("f");
    assert_eq!(&src[map.funcs[f].name.range()], "@f");
}

#[test]
fn source_map_covers_every_entity() {
    let src = format!(
        "{H}fn @f(i32) -> i32 {{\n^e(%x: i32):\n    %c = i32.eqz %x\n    br_if %c, ^a(%x), ^b\n^a(%p: i32):\n    return %p\n^b:\n    switch %x, ^b, [1: ^a(%x)]\n}}"
    );
    let (m, map) = parse(&src).unwrap_or_else(|d| panic!("{d:?}"));
    let (id, f) = m.funcs.iter().next().expect("f");
    let body = f.body().expect("body");
    let s = &map.funcs[id];
    let text = |sp: wasmir_syntax::ir::Span| &src[sp.range()];
    for &b in &body.layout {
        assert!(text(s.blocks[b]).starts_with('^'));
        for &i in &body.blocks[b].insts {
            let inst = &body.insts[i];
            assert_eq!(s.args[i].len(), inst.args.len());
            assert_eq!(s.targets[i].len(), inst.kind.targets().len());
            for (&a, &sp) in inst.args.iter().zip(&s.args[i]) {
                assert_eq!(text(sp), format!("%{}", body.values[a].name.clone().unwrap_or_default()));
            }
            for (t, &sp) in inst.kind.targets().iter().zip(&s.targets[i]) {
                assert!(text(sp).starts_with(&format!("^{}", body.blocks[t.block].name.clone().unwrap_or_default())));
            }
        }
    }
    for (v, _) in body.values.iter() {
        assert!(text(s.values[v]).starts_with('%'));
    }
    let br_if = body.blocks[body.layout[0]].insts[1];
    assert_eq!(text(s.insts[br_if]), "br_if %c, ^a(%x), ^b");
    assert_eq!(s.targets[br_if].iter().map(|&sp| text(sp)).collect::<Vec<_>>(), ["^a(%x)", "^b"]);
}
