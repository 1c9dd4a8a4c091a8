//! wasm's limits on generated code (spec §7.8): the emitter never returns a module that an engine
//! rejects, and long names only lose their entry in the name section.

mod common;

use common::*;
use wasmir_syntax::ir::Type::I32;
use wasmir_verify::limits::{MAX_BR_TABLE_ENTRIES, MAX_NAME_BYTES};

/// A `switch` whose cases are every other value from 0: dense (spec §7.6), so a `br_table`
/// covering `2 * count - 1` values if the lowering uses one.
fn every_other(count: u64) -> Mb {
    let mut m = Mb::new();
    m.func("sw", &[I32], &[I32], |f, p| {
        let cases: Vec<(u64, &str, &[wasmir_syntax::ir::Value])> =
            (0..count).map(|k| (2 * k, "hit", &[][..])).collect();
        f.switch(p[0], ("miss", &[]), &cases);
        f.block("hit", &[]);
        let one = f.iconst(1);
        f.ret(&[one]);
        f.block("miss", &[]);
        let zero = f.iconst(0);
        f.ret(&[zero]);
    });
    m
}

/// The longest `br_table` of a module.
fn longest_br_table(bytes: &[u8]) -> usize {
    let mut longest = 0;
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        if let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload {
            let mut ops = body.get_operators_reader().unwrap();
            while !ops.eof() {
                if let wasmparser::Operator::BrTable { targets } = ops.read().unwrap() {
                    longest = longest.max(targets.len() as usize);
                }
            }
        }
    }
    longest
}

#[test]
fn no_br_table_is_longer_than_v8_allows() {
    // 32,761 cases from 0 to 65,520: a dense table would have 65,521 entries, one past the limit.
    let over = (MAX_BR_TABLE_ENTRIES as u64 + 2) / 2;
    assert_eq!(2 * over - 1, MAX_BR_TABLE_ENTRIES as u64 + 1);
    // It falls back to the compare chain (spec §7.6), and still dispatches correctly.
    let bytes = every_other(over).emit();
    assert!(wasmparser::Validator::new().validate_all(&bytes).is_ok());
    assert_eq!(longest_br_table(&bytes), 0);
    let mut i = every_other(over).instance();
    assert_eq!(i.i32("sw", &[65_520]), Some(1));
    assert_eq!(i.i32("sw", &[65_519]), Some(0));
    // One case fewer fits: a table of 65,519 entries.
    let bytes = every_other(over - 1).emit();
    assert_eq!(longest_br_table(&bytes), MAX_BR_TABLE_ENTRIES - 1);
    let mut i = every_other(over - 1).instance();
    assert_eq!(i.i32("sw", &[65_518]), Some(1));
    assert_eq!(i.i32("sw", &[65_517]), Some(0));
}

/// `(function, name)` and `(function, local, name)` entries of a name section.
type Names = (Vec<(u32, String)>, Vec<(u32, u32, String)>);

/// Function and local names of a module's name section; fails if the section does not parse.
fn names(bytes: &[u8]) -> Names {
    let (mut funcs, mut locals) = (Vec::new(), Vec::new());
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        let wasmparser::Payload::CustomSection(c) = payload.unwrap() else { continue };
        let wasmparser::KnownCustom::Name(reader) = c.as_known() else { continue };
        for sub in reader {
            match sub.unwrap() {
                wasmparser::Name::Function(map) => {
                    for n in map {
                        let n = n.unwrap();
                        funcs.push((n.index, n.name.to_string()));
                    }
                }
                wasmparser::Name::Local(map) => {
                    for f in map {
                        let f = f.unwrap();
                        for n in f.names {
                            let n = n.unwrap();
                            locals.push((f.index, n.index, n.name.to_string()));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    (funcs, locals)
}

#[test]
fn names_over_the_string_limit_are_left_out_of_the_name_section() {
    let long = "n".repeat(MAX_NAME_BYTES + 1);
    let mut m = Mb::new();
    m.func("first", &[I32], &[I32], |f, p| {
        let x = f.op("i32.add", &[p[0], p[0]]);
        f.name(x, &long);
        let y = f.op("i32.mul", &[x, x]);
        f.ret(&[y]);
    });
    m.func("second", &[I32], &[I32], |f, p| {
        let y = f.op("i32.add", &[p[0], p[0]]);
        f.ret(&[y]);
    });
    m.module.funcs[wasmir_syntax::ir::FuncId::from_u32(0)].name = long.clone();
    let bytes = m.emit();
    let (funcs, locals) = names(&bytes);
    assert_eq!(funcs, vec![(1, "second".to_string())]);
    assert!(locals.iter().all(|(_, _, n)| n.len() <= MAX_NAME_BYTES), "{locals:?}");
    // The names after the long ones are still there.
    assert!(locals.contains(&(1, 0, "a".to_string())), "{locals:?}");
}

/// wasm has no 128-bit integers: IR that still has an `i128` (a signature, a value, a
/// `call_indirect` signature) is E0309 at each function or signature that has one, verified or
/// not, never an `i128` silently read as an `i64` (spec §3.4.1, §7).
#[test]
fn unlegalized_i128_is_rejected_by_name() {
    let src = "wasmir 0.2\n\ntype $wide = fn(i128) -> i32\n\nfn @id(i128) -> i128 {\n^entry(%x: i128):\n    return %x\n}\n\n\
               fn @low(i64) -> i64 {\n^entry(%x: i64):\n    %w = i128.extend_i64_u %x\n    %l = i64.wrap_i128 %w\n    return %l\n}\n\n\
               fn @plain(i32) -> i32 {\n^entry(%x: i32):\n    return %x\n}\n";
    let (m, spans) = wasmir_syntax::parse(src).expect("parses");
    for verify in [true, false] {
        let opts = wasmir_emit::EmitOptions { verify, ..Default::default() };
        let errs = wasmir_emit::emit_with(&m, &spans, &opts).expect_err("i128 is not emitted");
        let items: Vec<(String, String)> = errs
            .iter()
            .map(|d| {
                let item = d.args.iter().find(|(k, _)| *k == "item").map(|(_, v)| v.clone()).unwrap_or_default();
                (d.code.to_string(), item)
            })
            .collect();
        let want = [("E0309", "@id"), ("E0309", "@low"), ("E0309", "$wide")];
        assert_eq!(items, want.map(|(c, i)| (c.to_string(), i.to_string())), "verify: {verify}");
        assert!(errs.iter().all(|d| d.span != Default::default()), "{errs:?}");
    }
}
