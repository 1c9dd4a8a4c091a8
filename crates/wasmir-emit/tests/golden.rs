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
        let expected: Vec<&str> = src.lines().filter_map(|l| l.strip_prefix("; error: ")).collect();
        match wasmir_emit::emit(&module, &spans) {
            Ok(bytes) => {
                assert!(expected.is_empty(), "{}: expected {expected:?}", path.display());
                if let Err(e) = wasmparser::Validator::new().validate_all(&bytes) {
                    panic!("{}: invalid wasm: {e}", path.display());
                }
            }
            Err(diags) => {
                let codes: Vec<String> = diags.iter().map(|d| d.code.to_string()).collect();
                assert_eq!(codes, expected, "{}", path.display());
            }
        }
    }
    assert!(seen >= 10, "only {seen} golden files");
}
