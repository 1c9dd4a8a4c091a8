//! Every ```wir block of the spec chapters this crate implements parses, and printing it is a
//! fixpoint of print∘parse. (Verification of the same blocks is the verifier's test.)

use wasmir_syntax::{parse, print_module};

fn wir_blocks(md: &str) -> Vec<String> {
    fenced(md, "```wir")
}

/// The contents of every fenced block whose opening line is exactly `fence`.
fn fenced(md: &str, fence: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in md.lines() {
        match &mut cur {
            None if line.trim() == fence => cur = Some(String::new()),
            Some(b) if line.trim() == "```" => {
                out.push(std::mem::take(b));
                cur = None;
            }
            Some(b) => {
                b.push_str(line);
                b.push('\n');
            }
            None => {}
        }
    }
    out
}

fn check_chapter(md: &str) -> usize {
    let blocks = wir_blocks(md);
    for b in &blocks {
        let (m, _) = parse(b).unwrap_or_else(|d| panic!("{b}\n{d:?}"));
        let text = print_module(&m);
        let (m2, _) = parse(&text).unwrap_or_else(|d| panic!("{text}\n{d:?}"));
        assert_eq!(print_module(&m2), text);
    }
    blocks.len()
}

#[test]
fn text_format_chapter_example_parses_and_round_trips() {
    let n = check_chapter(include_str!("../../../wasmir-spec/02-text-format.md"));
    assert!(n >= 1);
}

#[test]
fn example_keeps_names_and_structure() {
    let md = include_str!("../../../wasmir-spec/02-text-format.md");
    let blocks = wir_blocks(md);
    let src = blocks.iter().find(|b| b.contains("fn @fib")).expect("the fib example of §2.2");
    let (m, map) = parse(src).unwrap_or_else(|d| panic!("{d:?}"));
    let (id, f) = m.funcs.iter().next().expect("one function");
    assert_eq!(f.name, "fib");
    assert_eq!(m.exports[0].name, "fib");
    let body = f.body().expect("defined");
    let names: Vec<_> = body.layout.iter().map(|&b| body.blocks[b].name.clone().unwrap_or_default()).collect();
    assert_eq!(names, ["entry", "loop", "body", "exit"]);
    // Every instruction has a statement span that covers its text.
    for (inst, _) in body.insts.iter() {
        let s = map.funcs[id].insts[inst];
        assert!(s.end > s.start && (s.end as usize) <= src.len());
    }
}

#[test]
fn other_chapters_examples_parse() {
    for md in [
        include_str!("../../../wasmir-spec/README.md"),
        include_str!("../../../wasmir-spec/03-module-and-types.md"),
        include_str!("../../../wasmir-spec/05-control-flow.md"),
        include_str!("../../../wasmir-spec/13-ownership.md"),
    ] {
        check_chapter(md);
    }
}

#[test]
fn memory_and_module_entities_chapter_examples_parse_and_round_trip() {
    let n = check_chapter(include_str!("../../../wasmir-spec/12-memory-and-module-entities.md"));
    assert!(n >= 5, "chapter 12 has an example of every entity");
}

/// Checks that every ```` ```wir-error EXXXX ```` block of `md` fails to parse with that code first;
/// returns how many there are.
fn check_error_examples(md: &str) -> usize {
    let mut codes: Vec<&str> =
        md.lines().filter_map(|l| l.trim().strip_prefix("```wir-error ")).map(str::trim).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut n = 0;
    for code in codes {
        for b in fenced(md, &format!("```wir-error {code}")) {
            let d = parse(&b).err().unwrap_or_default();
            assert_eq!(d.first().map(|d| d.code.to_string()).as_deref(), Some(code), "{b}");
            n += 1;
        }
    }
    n
}

#[test]
fn text_format_chapter_error_example_fails_with_its_code() {
    assert!(check_error_examples(include_str!("../../../wasmir-spec/02-text-format.md")) >= 1);
}

#[test]
fn memory_and_module_entities_chapter_error_examples_fail_with_their_codes() {
    assert!(check_error_examples(include_str!("../../../wasmir-spec/12-memory-and-module-entities.md")) >= 1);
}
