//! The registries of diagnostic codes against the Fluent catalogues.
//!
//! Every crate of the workspace names its codes in a `codes` module of typed constants with an
//! `ALL` list (wasmir-syntax E00xx/E01xx, wasmir-verify E02xx, wasmir-emit E03xx, wirc E04xx); the
//! messages of all of them live in `crates/wasmir-syntax/locales/<lang>/<stage>.ftl`. This test, in
//! the one crate that sees every registry, checks that
//! - every registered code has its message `eNNNN`, with a `.hint`, in every shipped locale (not
//!   through the English fallback);
//! - each registry stays in its range, lists each code once, and lists every constant it defines;
//! - no two registries register the same number;
//! - every `eNNNN` message of the catalogues belongs to a registered code (no orphans).
//!
//! mir-export's E05xx are the exception: their messages are in the shared catalogue
//! (`export.ftl`), but mir-export is outside the workspace (it builds on the pinned nightly), so its
//! registry cannot be linked here. Its messages are checked for a `.hint` in every locale and for
//! their range, and no workspace registry may use E05xx.

use std::collections::BTreeMap;
use wasmir_syntax::diag::{Code, Locale, Messages};

/// Each registry: the crate, its codes, the numbers it may use, and the text of the file that
/// defines it (to check that `ALL` lists every constant).
fn registries() -> Vec<(&'static str, &'static [Code], std::ops::Range<u16>, &'static str)> {
    vec![
        (
            "wasmir-syntax",
            wasmir_syntax::diag::codes::ALL,
            0..200,
            include_str!("../../wasmir-syntax/src/diag/codes.rs"),
        ),
        ("wasmir-verify", wasmir_verify::codes::ALL, 200..300, include_str!("../../wasmir-verify/src/codes.rs")),
        ("wasmir-emit", wasmir_emit::codes::ALL, 300..400, include_str!("../../wasmir-emit/src/codes.rs")),
        ("wirc", wirc::codes::ALL, 400..500, include_str!("../src/codes.rs")),
    ]
}

/// The stage file whose messages belong to mir-export, outside the workspace.
const MIR_EXPORT_STAGE: &str = "export";

/// The `eNNNN` message ids a Fluent source defines (messages start at column 0), with their number.
fn code_messages(src: &str) -> Vec<(String, u16)> {
    src.lines()
        .filter_map(|l| {
            let (id, _) = l.split_once(" =").or_else(|| l.split_once('='))?;
            let digits = id.strip_prefix('e')?;
            let ok = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
            ok.then(|| (id.to_string(), digits.parse().unwrap_or(u16::MAX)))
        })
        .collect()
}

#[test]
fn every_registered_code_has_a_message_and_a_hint_in_every_locale() {
    for &locale in Locale::ALL {
        let msgs = Messages::new(locale);
        for (krate, all, _, _) in registries() {
            for &code in all {
                let id = code.message_id();
                assert!(msgs.has(&id), "{locale:?}: {krate} registers {code}, which has no message `{id}`");
                assert!(msgs.has_attribute(&id, "hint"), "{locale:?}: message `{id}` ({krate}) has no `.hint`");
            }
        }
    }
}

#[test]
fn registries_are_disjoint_complete_and_in_range() {
    let mut owner: BTreeMap<Code, &str> = BTreeMap::new();
    for (krate, all, range, src) in registries() {
        for &code in all {
            assert!(
                range.contains(&code.0),
                "{krate} registers {code}, outside E{:04}-E{:04}",
                range.start,
                range.end - 1
            );
            if let Some(other) = owner.insert(code, krate) {
                panic!("{code} is registered twice: by {other} and by {krate}");
            }
        }
        assert!(all.windows(2).all(|w| w[0] < w[1]), "{krate}: `ALL` is not in numeric order");
        let defined = src.matches(": Code = Code(").count();
        assert_eq!(defined, all.len(), "{krate}: {defined} constants defined, {} listed in `ALL`", all.len());
    }
    assert!(owner.keys().all(|c| !(500..600).contains(&c.0)), "E05xx belong to mir-export");
}

#[test]
fn every_code_message_belongs_to_a_registered_code() {
    let registered: Vec<Code> = registries().into_iter().flat_map(|(_, all, _, _)| all.iter().copied()).collect();
    for &locale in Locale::ALL {
        let msgs = Messages::new(locale);
        for &(stage, src) in locale.sources() {
            for (id, n) in code_messages(src) {
                if stage == MIR_EXPORT_STAGE {
                    // mir-export's registry is not linkable here (see the module documentation).
                    assert!((500..600).contains(&n), "{locale:?}: {stage}.ftl defines `{id}`, outside E05xx");
                    assert!(msgs.has_attribute(&id, "hint"), "{locale:?}: message `{id}` has no `.hint`");
                } else {
                    assert!(
                        registered.contains(&Code(n)),
                        "{locale:?}: {stage}.ftl defines `{id}`, which no crate's `codes` registry lists"
                    );
                }
            }
        }
    }
}

/// The catalogues of every locale define the same code messages (a French message for every English
/// one, and no French message that English lacks).
#[test]
fn locales_define_the_same_code_messages() {
    let ids = |locale: Locale| -> Vec<String> {
        let mut v: Vec<String> =
            locale.sources().iter().flat_map(|&(_, src)| code_messages(src)).map(|(id, _)| id).collect();
        v.sort();
        v
    };
    let reference = ids(Locale::EnUs);
    assert!(reference.len() > 50, "{reference:?}");
    for &locale in Locale::ALL {
        assert_eq!(ids(locale), reference, "{locale:?}");
    }
}

/// Every code has its long explanation (`wirc explain`), a message `eNNNN-explain` in every
/// locale's own catalogue (not through the English fallback): every registered code, and every
/// E05xx message of mir-export's stage file.
#[test]
fn every_code_has_an_explanation_in_every_locale() {
    let mut ids: Vec<String> =
        registries().into_iter().flat_map(|(_, all, _, _)| all.iter().map(|c| c.message_id())).collect();
    let export = Locale::EnUs.sources().iter().find(|&&(stage, _)| stage == MIR_EXPORT_STAGE).expect("export.ftl").1;
    let exported: Vec<String> = code_messages(export).into_iter().map(|(id, _)| id).collect();
    assert!(!exported.is_empty());
    ids.extend(exported);
    for &locale in Locale::ALL {
        let msgs = Messages::new(locale);
        for id in &ids {
            let explain = format!("{id}-explain");
            assert!(msgs.has(&explain), "{locale:?}: no explanation `{explain}`");
            let text = msgs.format(&explain, None, &[]).unwrap_or_default();
            assert!(text.lines().count() >= 3, "{locale:?}: `{explain}` is too short: {text:?}");
        }
    }
}

/// The erroneous example of an explanation (`wirc explain`), where it is a WasmIR module (its text
/// after "Erroneous example:" starts with a `wasmir` header), fails with the code it explains,
/// first: an explanation whose example shows another mistake would teach the wrong thing. The
/// examples are the same in every locale (only the prose is translated), so English is enough.
#[test]
fn every_wasmir_example_of_an_explanation_fails_with_its_code() {
    let msgs = Messages::new(Locale::EnUs);
    let mut checked = 0;
    for (_, all, _, _) in registries() {
        for &code in all {
            let text = msgs.format(&format!("{}-explain", code.message_id()), None, &[]).unwrap_or_default();
            let Some((_, after)) = text.split_once("Erroneous example:") else { continue };
            let example = after.split("\nFix:").next().unwrap_or_default();
            let src: String = example.lines().map(|l| format!("{}\n", l.strip_prefix("    ").unwrap_or(l))).collect();
            if !src.trim_start().starts_with("wasmir ") {
                continue;
            }
            let diags = match wirc::check(&src) {
                Err(d) => d,
                Ok((mut m, spans)) => {
                    wirc::compile_module(&mut m, &spans, &wirc::Options::default()).err().unwrap_or_default()
                }
            };
            let first = diags.first().map(|d| d.code);
            assert_eq!(first, Some(code), "the example of {code} gives {:?}:\n{src}", diags.first().map(|d| d.code));
            checked += 1;
        }
    }
    assert!(checked >= 60, "only {checked} examples are WasmIR modules");
}
