//! Any text through the whole pipeline: nothing may panic; whatever parses must print to a
//! fixpoint; whatever compiles must validate (wirc::compile validates its own output).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let Ok((module, _)) = wasmir_syntax::parse(src) else { return };
    let text = wasmir_syntax::print_module(&module);
    let (again, _) = wasmir_syntax::parse(&text).expect("printed text parses");
    assert_eq!(wasmir_syntax::print_module(&again), text);
    let _ = wirc::compile(src, &wirc::Options::default());
});
