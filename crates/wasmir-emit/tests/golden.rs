//! The golden inputs of `tests/ir/emit/` parse, emit and validate (compile tests), or fail with the
//! expected `; error:` codes (verify tests). Until the workspace harness (`crates/wirc/tests/ir.rs`)
//! runs them, this keeps them honest; it does not run `; run:` lines (the harness does).

use std::path::Path;

#[test]
fn golden_files_emit_or_fail_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ir/emit");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut seen = 0;
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "wir")) {
        seen += 1;
        let src = std::fs::read_to_string(path).unwrap();
        let (module, spans) = wasmir_syntax::parse(&src).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let verr: Vec<_> = wasmir_verify::verify(&module, &spans).into_iter().filter(|d| d.is_error()).collect();
        assert!(verr.is_empty(), "{}: verifier: {verr:?}", path.display());
        let expected = expected_errors(&src);
        match wasmir_emit::emit(&module, &spans) {
            Ok(bytes) => {
                assert!(expected.is_empty(), "{}: expected {expected:?}", path.display());
                if let Err(e) = wasmparser::Validator::new().validate_all(&bytes) {
                    panic!("{}: invalid wasm: {e}", path.display());
                }
            }
            Err(diags) => assert_eq!(actual_errors(&src, &diags), expected, "{}", path.display()),
        }
    }
    assert!(seen >= 10, "only {seen} golden files");
}

/// The expected diagnostics of a golden file (tests/ir/README.md): `; error: E0203` after the code
/// it concerns, `; error: E0203, E0204` for two on one line, as `(line, code)`; a `; error:` line
/// of its own stands for diagnostics of no line (line 0).
fn expected_errors(src: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, l) in src.lines().enumerate() {
        let Some((code, list)) = l.split_once("; error:") else { continue };
        let line = if code.trim().is_empty() { 0 } else { i + 1 };
        out.extend(list.split(',').map(|c| (line, c.trim().to_string())));
    }
    out.sort();
    out
}

/// `(line, code)` of each diagnostic, the line its primary span starts on (0 for no span), sorted.
fn actual_errors(src: &str, diags: &[wasmir_syntax::diag::Diagnostic]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = diags
        .iter()
        .map(|d| {
            let line =
                if d.span == Default::default() { 0 } else { src[..d.span.start as usize].matches('\n').count() + 1 };
            (line, d.code.to_string())
        })
        .collect();
    out.sort();
    out
}
