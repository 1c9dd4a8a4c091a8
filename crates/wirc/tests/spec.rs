//! The spec's examples are tests: every ```wir block in `wasmir-spec/*.md` must parse, verify and
//! compile to a valid module; every ```wir-error EXXXX block must fail with that code first.
//! Also checks that §4 documents every operator of the opcode table.

use std::path::PathBuf;
use wasmir_syntax::ir::Opcode;
use wirc::Options;

fn spec_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../wasmir-spec")
}

/// `(file, line, info string, code)` of every fenced block whose info string starts with `wir`.
fn blocks() -> Vec<(String, usize, String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(spec_dir())
        .expect("wasmir-spec/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        // `Some` while inside a fence: (first line, info string, code). Non-wir fences are
        // tracked too, so that their closing fence is not taken for an opening one.
        let mut cur: Option<(usize, String, String)> = None;
        for (i, line) in text.lines().enumerate() {
            if let Some(info) = line.trim_start().strip_prefix("```") {
                match cur.take() {
                    Some((l, info, code)) if info.starts_with("wir") => {
                        out.push((f.file_name().unwrap_or_default().to_string_lossy().into_owned(), l, info, code))
                    }
                    Some(_) => {}
                    None => cur = Some((i + 1, info.trim().to_string(), String::new())),
                }
            } else if let Some((_, _, code)) = cur.as_mut() {
                code.push_str(line);
                code.push('\n');
            }
        }
    }
    out
}

#[test]
fn spec_examples_are_valid() {
    let blocks = blocks();
    assert!(blocks.len() >= 5, "the spec has examples");
    for (file, line, info, code) in blocks {
        let at = format!("{file}:{line}");
        if let Some(expected) = info.strip_prefix("wir-error") {
            let expected = expected.trim();
            let diags = match wirc::check(&code) {
                Err(d) => d,
                Ok((mut m, spans)) => {
                    wirc::compile_module(&mut m, &spans, &Options::default()).err().unwrap_or_default()
                }
            };
            let first = diags.first().map(|d| d.code.to_string()).unwrap_or_default();
            assert_eq!(
                first,
                expected,
                "{at}: expected {expected}, got {:?}",
                diags.iter().map(|d| d.code.to_string()).collect::<Vec<_>>()
            );
        } else {
            assert_eq!(info, "wir", "{at}: unknown info string");
            if let Err(d) = wirc::compile(&code, &Options::default()) {
                panic!(
                    "{at}: spec example does not compile: {:?}",
                    d.iter().map(|d| d.code.to_string()).collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn every_operator_is_documented() {
    let text = std::fs::read_to_string(spec_dir().join("04-instructions.md")).expect("chapter 4 exists");
    let missing: Vec<&str> = Opcode::ALL
        .iter()
        .map(|op| op.name())
        .filter(|name| {
            // Documented either by its own name or in a row covering the widths as `iN.op`/`fN.op`.
            let (ty, op) = name.split_once('.').unwrap_or(("", name));
            let generic = match ty {
                "i32" | "i64" | "i128" => format!("`iN.{op}`"),
                _ => format!("`fN.{op}`"),
            };
            !text.contains(&format!("`{name}`")) && !text.contains(&generic)
        })
        .collect();
    assert!(missing.is_empty(), "operators missing from wasmir-spec/04-instructions.md: {missing:?}");
}
