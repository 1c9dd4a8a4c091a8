//! `wasm::ExternRef` from JavaScript (issue 8), on Node.js.
//!
//! `tests/cargo/externref` (a store of JS objects behind `ExternRef<JsObject>` handles) is built
//! in the documented Cargo mode and compiled by wirc at -O0 and -O2; `tests/node/externref.mjs`
//! then passes objects in, stores, reads back (the very same objects), hands them to a host
//! import and keeps what imports return, and releases them tens of thousands of times, and checks that nothing leaks: the store ends empty, every slot of the
//! module's `externref` table is null again, and the table stays bounded by the most objects
//! alive at once (slots are reused). Needs `node` (Node.js 20 is on the CI machine).

mod common;

use std::path::PathBuf;
use std::process::Command;
use wirc::Options;

#[test]
fn js_objects_round_trip_through_the_module_table_without_leaks() {
    let pkg = common::root().join("tests/cargo/externref");
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let src = common::cargo_mode_wir(&pkg, &tmp.join("externref"), "externref_demo");
    // The exports take and return `externref`; the table is the module's own.
    assert!(src.contains("table $refs: externref"), "{src}");
    assert!(src.contains("export \"store\" fn @store.externref"), "{src}");
    // Imports with `ExternRef` take and return `externref`, behind handle wrappers.
    assert!(src.contains("import \"host\" \"wrap\" fn @wrap(externref) -> externref"), "{src}");
    assert!(src.contains("call @wrap.handles("), "{src}");
    for level in [wasmir_opt::OptLevel::O0, wasmir_opt::OptLevel::O2] {
        let wasm = wirc::compile(&src, &Options { opt_level: level, ..Options::default() })
            .unwrap_or_else(|d| panic!("wirc rejected externref_demo.wir: {d:?}"));
        let file = tmp.join(format!("externref-{level:?}.wasm"));
        std::fs::write(&file, wasm).expect("write the module");
        let script = common::root().join("tests/node/externref.mjs");
        let out = Command::new("node")
            .arg(&script)
            .arg(&file)
            .output()
            .expect("node runs (Node.js 20 is required for this test)");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && stdout.contains("\"ok\":true"),
            "{level:?}: {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        eprintln!("node_externref {level:?}: {}", stdout.trim());
    }
}
