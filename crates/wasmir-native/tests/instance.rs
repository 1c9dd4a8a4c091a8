//! Calls through one native instance share its state as calls through one interpreter instance
//! do (spec §12: memory, globals, tables, the shadow stack pointer), a trap included.

use wasmir_interp::{Config, TrapKind};
use wasmir_syntax::ir::{Constant, GlobalId, Module};

fn module(src: &str) -> Module {
    let (m, spans) = wasmir_syntax::parse(src).unwrap_or_else(|d| panic!("parse: {d:?}"));
    assert!(wasmir_verify::verify(&m, &spans).is_empty(), "verify");
    m
}

const STATE: &str = "wasmir 0.2

memory $heap 1 max 20
global $count: i32 mut = 10
table $ext: externref
export \"step\" fn @step
export \"peek\" fn @peek
export \"grow\" fn @grow
export \"slots\" fn @slots

; Adds its argument to the global and to the word at address 64; returns both.
fn @step(i32) -> (i32, i32) {
^e(%d: i32):
    %c = global.get[$count]
    %c2 = i32.add %c, %d
    global.set[$count] %c2
    %z = i32.const 64
    %p = ptr.from_int %z
    %w = i32.load[$heap] %p
    %w2 = i32.add %w, %d
    i32.store[$heap] %p, %w2
    return %c2, %w2
}

fn @peek() -> (i32, i32) {
^e:
    %z = i32.const 64
    %p = ptr.from_int %z
    %w = i32.load[$heap] %p
    %s = memory.size[$heap]
    return %w, %s
}

; Grows memory and the table, returning the old sizes.
fn @grow(i32) -> (i32, i32) {
^e(%n: i32):
    %m = memory.grow[$heap] %n
    %null = externref.null
    %t = table.grow[$ext] %null, %n
    return %m, %t
}

; A frame with a slot, then a trap inside it: the stack pointer stays moved, as on the
; interpreter.
fn @slots(i32) -> i32 {
    slot #s: 32 align 16
^e(%x: i32):
    %p = slot.addr[#s]
    i32.store[$heap] %p, %x
    trapnz %x
    %a = ptr.to_int %p
    return %a
}
";

#[test]
fn calls_share_the_instance_state() {
    let m = module(STATE);
    let native = wasmir_native::compile(&m).expect("compile");
    let mut n = native.instantiate().expect("instance");
    let mut i = wasmir_interp::Instance::new(&m, Config::default()).expect("interp instance");
    let mut host = |_: &str, _: &str, _: &[Constant]| Err(TrapKind::UnknownImport);
    let calls: &[(&str, &[i32])] = &[
        ("step", &[5]),
        ("step", &[7]),
        ("peek", &[]),
        ("grow", &[2]),
        ("peek", &[]),
        ("grow", &[5]),
        ("grow", &[1]),
        ("slots", &[0]),
        ("slots", &[1]),
        ("slots", &[0]),
        ("step", &[-100]),
    ];
    for (name, args) in calls {
        let args: Vec<Constant> = args.iter().map(|&x| Constant::i32(x)).collect();
        let want = i.call_export(name, &args, &mut host).expect("export");
        let got = n.call_export(name, &args).expect("export");
        assert_eq!(got, want, "{name}({args:?})");
        assert_eq!(n.stack_pointer(), i.stack_pointer(), "stack pointer after {name}");
        assert_eq!(n.global(GlobalId::from_u32(0)), i.global(GlobalId::from_u32(0)), "global after {name}");
    }
    assert_eq!(n.memory(), i.memory().bytes(), "memory contents");
}
