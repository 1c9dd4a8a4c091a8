//! Compile-fail tests of the macros (trybuild): each `ui/*.rs` must fail to compile with the
//! diagnostics in its `.stderr`. Regenerate with `TRYBUILD=overwrite cargo test -p wasm --test ui`
//! and review the diff: the messages are part of the interface.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
