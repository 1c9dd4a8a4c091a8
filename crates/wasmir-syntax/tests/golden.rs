//! The front-end part of the golden tests in `tests/ir/syntax/`: each `; test: verify` file fails
//! to parse with exactly its `; error:` codes, in order, and each `; test: roundtrip` file parses
//! and prints to a fixpoint of print∘parse. (The workspace harness, `crates/wirc/tests/ir.rs`,
//! runs the same files through the verifier too and snapshots the output.)

use std::path::PathBuf;
use wasmir_syntax::{parse, print_module};

fn files() -> Vec<(PathBuf, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/ir/syntax");
    let mut out: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wir"))
        .map(|p| {
            let s = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, s)
        })
        .collect();
    out.sort();
    out
}

fn directive<'a>(src: &'a str, key: &str) -> Vec<&'a str> {
    src.lines()
        .map_while(|l| l.trim().strip_prefix(';'))
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
        .collect()
}

#[test]
fn golden_syntax_files() {
    let files = files();
    assert!(files.len() >= 10);
    for (path, src) in &files {
        match directive(src, "test").as_slice() {
            ["roundtrip"] => {
                let (m, _) = parse(src).unwrap_or_else(|d| panic!("{}: {d:?}", path.display()));
                let text = print_module(&m);
                let (m2, _) = parse(&text).unwrap_or_else(|d| panic!("{}: reparse {d:?}\n{text}", path.display()));
                assert_eq!(print_module(&m2), text, "{}", path.display());
            }
            ["verify"] => {
                // Codes only, as a multiset: the workspace harness checks the lines they concern.
                let diags = parse(src).err().unwrap_or_default();
                let mut codes: Vec<String> = diags.iter().map(|d| d.code.to_string()).collect();
                codes.sort();
                assert_eq!(codes, expected_codes(src), "{}: {diags:#?}", path.display());
            }
            other => panic!("{}: unknown test kind {other:?}", path.display()),
        }
    }
}

/// Every `; error:` code of a file, in the header or after the code it concerns
/// (`; error: E0203, E0204`), sorted.
fn expected_codes(src: &str) -> Vec<String> {
    let mut out: Vec<String> = src
        .lines()
        .filter_map(|l| l.split_once("; error:"))
        .flat_map(|(_, list)| list.split(',').map(|c| c.trim().to_string()))
        .collect();
    out.sort();
    out
}
