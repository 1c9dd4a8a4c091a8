//! The interpreter on WasmIR 0.2's memory and module entities (spec §12): loads and stores of
//! every width, bounds, memory.size/grow/copy/fill, globals, stack slots and the shadow stack,
//! data with relocations, tables and `call_indirect`, and the traps of each.

use wasmir_interp::{call_export, eval, Config, Instance, Trap, TrapKind};
use wasmir_syntax::ir::layout::Layout;
use wasmir_syntax::ir::{Constant, FuncId, GlobalId, Imm, InstKind, Module, Opcode, Type};

fn parse(src: &str) -> Module {
    match wasmir_syntax::parse(src) {
        Ok((m, _)) => m,
        Err(d) => panic!("does not parse: {d:?}\n{src}"),
    }
}

fn no_host() -> impl FnMut(&str, &str, &[Constant]) -> Result<Vec<Constant>, TrapKind> {
    |_: &str, _: &str, _: &[Constant]| Err(TrapKind::UnknownImport)
}

fn run_with(m: &Module, name: &str, args: &[Constant], config: Config) -> Result<Vec<Constant>, TrapKind> {
    let mut host = no_host();
    call_export(m, name, args, config, &mut host).expect("export").map_err(|t: Trap| t.kind)
}

/// Runs export `name` on a fresh instance with a bounded budget.
fn run(m: &Module, name: &str, args: &[Constant]) -> Result<Vec<Constant>, TrapKind> {
    run_with(m, name, args, Config { fuel: Some(1_000_000), ..Config::default() })
}

fn i32s(v: &[i32]) -> Vec<Constant> {
    v.iter().map(|&x| Constant::i32(x)).collect()
}

fn i64s(v: &[i64]) -> Vec<Constant> {
    v.iter().map(|&x| Constant::i64(x)).collect()
}

const WIDTHS: &str = r#"wasmir 0.2
memory $heap 1 max 3
export "widths32" fn @widths32
export "widths64" fn @widths64
export "floats" fn @floats
export "ptr_roundtrip" fn @ptr_roundtrip
export "narrow_stores" fn @narrow_stores
export "load" fn @load
export "load_off" fn @load_off
export "store" fn @store
export "byte" fn @byte

fn @widths32(i32, i32) -> (i32, i32, i32, i32, i32) {
^entry(%a: i32, %x: i32):
    %p = ptr.from_int %a
    i32.store[$heap] %p, %x
    %b8s = i32.load8_s[$heap] %p
    %b8u = i32.load8_u[$heap] %p
    %h16s = i32.load16_s[$heap] %p
    %h16u = i32.load16_u[$heap] %p
    %w = i32.load[$heap] %p
    return %b8s, %b8u, %h16s, %h16u, %w
}

fn @widths64(i32, i64) -> (i64, i64, i64, i64, i64, i64, i64) {
^entry(%a: i32, %x: i64):
    %p = ptr.from_int %a
    i64.store[$heap, offset=8] %p, %x
    %b8s = i64.load8_s[$heap, offset=8] %p
    %b8u = i64.load8_u[$heap, offset=8] %p
    %h16s = i64.load16_s[$heap, offset=8, align=1] %p
    %h16u = i64.load16_u[$heap, offset=8] %p
    %w32s = i64.load32_s[$heap, offset=8] %p
    %w32u = i64.load32_u[$heap, offset=8] %p
    %d = i64.load[$heap, offset=8] %p
    return %b8s, %b8u, %h16s, %h16u, %w32s, %w32u, %d
}

fn @floats(f32, f64) -> (f32, f64, i32, i64) {
^entry(%f: f32, %d: f64):
    %a = i32.const 1000
    %p = ptr.from_int %a
    f32.store[$heap] %p, %f
    f64.store[$heap, offset=4] %p, %d
    %f2 = f32.load[$heap] %p
    %d2 = f64.load[$heap, offset=4, align=4] %p
    %fb = i32.load[$heap] %p
    %db = i64.load[$heap, offset=4] %p
    return %f2, %d2, %fb, %db
}

fn @ptr_roundtrip(i32) -> i32 {
^entry(%x: i32):
    %a = i32.const 2000
    %p = ptr.from_int %a
    %v = ptr.from_int %x
    ptr.store[$heap, offset=4] %p, %v
    %w = ptr.load[$heap, offset=4] %p
    %r = ptr.to_int %w
    return %r
}

fn @narrow_stores(i64) -> i64 {
^entry(%v: i64):
    %a = i32.const 300
    %p = ptr.from_int %a
    %aa = i32.const 170
    %eight = i32.const 8
    memory.fill[$heap] %p, %aa, %eight
    i64.store8[$heap] %p, %v
    i64.store16[$heap, offset=2] %p, %v
    i64.store32[$heap, offset=4] %p, %v
    %w = i32.wrap_i64 %v
    i32.store8[$heap, offset=9] %p, %w
    i32.store16[$heap, offset=10] %p, %w
    %r = i64.load[$heap] %p
    return %r
}

fn @load(i32) -> i32 {
^entry(%a: i32):
    %p = ptr.from_int %a
    %r = i32.load[$heap] %p
    return %r
}

fn @load_off(i32) -> i32 {
^entry(%a: i32):
    %p = ptr.from_int %a
    %r = i32.load8_u[$heap, offset=4294967295] %p
    return %r
}

fn @store(i32, i64) -> i32 {
^entry(%a: i32, %v: i64):
    %p = ptr.from_int %a
    i64.store[$heap] %p, %v
    %z = i32.const 0
    return %z
}

fn @byte(i32) -> i32 {
^entry(%a: i32):
    %p = ptr.from_int %a
    %r = i32.load8_u[$heap] %p
    return %r
}
"#;

#[test]
fn loads_and_stores_of_every_width() {
    let m = parse(WIDTHS);
    // 0x807F_FF80: bytes 80 ff 7f 80.
    let x = 0x807F_FF80u32 as i32;
    assert_eq!(run(&m, "widths32", &i32s(&[64, x])), Ok(i32s(&[-128, 128, -128, 0xFF80, x])));
    assert_eq!(run(&m, "widths32", &i32s(&[65532, 0x1234_5678])), Ok(i32s(&[0x78, 0x78, 0x5678, 0x5678, 0x1234_5678])));
    let v = 0x0123_4567_89AB_CDEFu64 as i64;
    let args = [Constant::i32(192), Constant::i64(v)];
    assert_eq!(
        run(&m, "widths64", &args),
        Ok(i64s(&[-0x11, 0xEF, 0xCDEFu16 as i16 as i64, 0xCDEF, 0x89AB_CDEFu32 as i32 as i64, 0x89AB_CDEF, v]))
    );
    let args = [Constant::i32(0), Constant::i64(0x7F)];
    assert_eq!(run(&m, "widths64", &args), Ok(i64s(&[0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F])));

    // Floats keep their bits, NaN payloads included; the bytes are little-endian IEEE.
    let f = Constant { ty: Type::F32, bits: 0x7FA0_0001 };
    let d = Constant::f64(-1.5);
    let r = run(&m, "floats", &[f, d]).unwrap();
    assert_eq!(r, vec![f, d, Constant::i32(0x7FA0_0001), Constant::i64((-1.5f64).to_bits() as i64)]);

    assert_eq!(run(&m, "ptr_roundtrip", &i32s(&[-7])), Ok(i32s(&[-7])));

    // Bytes: 08 aa 08 07 08 07 06 05 -> then i32 stores at 9.. do not touch the first 8.
    let v = 0x0102_0304_0506_0708;
    assert_eq!(run(&m, "narrow_stores", &i64s(&[v])), Ok(i64s(&[0x0506_0708_0708_AA08])));
}

#[test]
fn out_of_bounds_accesses_trap() {
    let m = parse(WIDTHS);
    assert_eq!(run(&m, "load", &i32s(&[65532])), Ok(i32s(&[0])));
    assert_eq!(run(&m, "load", &i32s(&[65533])), Err(TrapKind::MemoryOutOfBounds));
    assert_eq!(run(&m, "load", &i32s(&[-4])), Err(TrapKind::MemoryOutOfBounds));
    assert_eq!(run(&m, "load", &i32s(&[-1])), Err(TrapKind::MemoryOutOfBounds));
    // ptr + offset does not wrap: 1 + 0xffffffff is past 4 GiB, and so is 0 + 0xffffffff.
    assert_eq!(run(&m, "load_off", &i32s(&[1])), Err(TrapKind::MemoryOutOfBounds));
    assert_eq!(run(&m, "load_off", &i32s(&[0])), Err(TrapKind::MemoryOutOfBounds));
    assert_eq!(run(&m, "byte", &i32s(&[65535])), Ok(i32s(&[0])));
    assert_eq!(run(&m, "byte", &i32s(&[65536])), Err(TrapKind::MemoryOutOfBounds));

    // A store that does not fit writes nothing.
    let mut inst = Instance::new(&m, Config::default()).unwrap();
    let mut host = no_host();
    let r = inst.call_export("store", &[Constant::i32(65532), Constant::i64(-1)], &mut host).unwrap();
    assert_eq!(r.map_err(|t| t.kind), Err(TrapKind::MemoryOutOfBounds));
    assert!(inst.memory().bytes().iter().all(|&b| b == 0));
    let r = inst.call_export("store", &[Constant::i32(65528), Constant::i64(-1)], &mut host).unwrap();
    assert_eq!(r.map_err(|t| t.kind), Ok(i32s(&[0])));
    assert_eq!(inst.memory().bytes()[65528..], [0xFF; 8]);
}

const BULK: &str = r#"wasmir 0.2
memory $heap 1 max 3
export "grow" fn @grow
export "size" fn @size
export "copy_overlap" fn @copy_overlap
export "copy" fn @copy
export "fill" fn @fill
export "peek" fn @peek

fn @grow(i32) -> (i32, i32) {
^entry(%n: i32):
    %old = memory.grow[$heap] %n
    %now = memory.size[$heap]
    return %old, %now
}

fn @size() -> i32 {
^entry:
    %n = memory.size[$heap]
    return %n
}

fn @copy_overlap() -> (i64, i64) {
^entry:
    %a = i32.const 400
    %p = ptr.from_int %a
    %v = i64.const 0x0807060504030201
    i64.store[$heap] %p, %v
    %one = i32.const 1
    %q = ptr.add %p, %one
    %seven = i32.const 7
    memory.copy[$heap] %q, %p, %seven
    %r1 = i64.load[$heap] %p
    i64.store[$heap] %p, %v
    memory.copy[$heap] %p, %q, %seven
    %r2 = i64.load[$heap] %p
    return %r1, %r2
}

fn @copy(i32, i32, i32) -> i32 {
^entry(%d: i32, %s: i32, %n: i32):
    %dst = ptr.from_int %d
    %src = ptr.from_int %s
    memory.copy[$heap] %dst, %src, %n
    return %n
}

fn @fill(i32, i32, i32) -> i32 {
^entry(%d: i32, %b: i32, %n: i32):
    %p = ptr.from_int %d
    memory.fill[$heap] %p, %b, %n
    %r = i32.load[$heap] %p
    return %r
}

fn @peek(i32) -> i32 {
^entry(%a: i32):
    %p = ptr.from_int %a
    %r = i32.load[$heap] %p
    return %r
}
"#;

#[test]
fn memory_size_and_grow() {
    let m = parse(BULK);
    assert_eq!(run(&m, "size", &[]), Ok(i32s(&[1])));
    assert_eq!(run(&m, "grow", &i32s(&[0])), Ok(i32s(&[1, 1])));
    assert_eq!(run(&m, "grow", &i32s(&[2])), Ok(i32s(&[1, 3])));
    assert_eq!(run(&m, "grow", &i32s(&[3])), Ok(i32s(&[-1, 1])));
    assert_eq!(run(&m, "grow", &i32s(&[-1])), Ok(i32s(&[-1, 1])));
    // One instance: the memory keeps its size between calls, new pages are zero and addressable.
    let mut inst = Instance::new(&m, Config::default()).unwrap();
    let mut host = no_host();
    let mut call = |name: &str, args: &[i32]| inst.call_export(name, &i32s(args), &mut host).unwrap();
    assert_eq!(call("peek", &[65536]).map_err(|t| t.kind), Err(TrapKind::MemoryOutOfBounds));
    assert_eq!(call("grow", &[1]).unwrap(), i32s(&[1, 2]));
    assert_eq!(call("grow", &[1]).unwrap(), i32s(&[2, 3]));
    assert_eq!(call("grow", &[1]).unwrap(), i32s(&[-1, 3]));
    assert_eq!(call("peek", &[3 * 65536 - 4]).unwrap(), i32s(&[0]));
    assert_eq!(call("size", &[]).unwrap(), i32s(&[3]));

    // Without `max`, the limit is 65536 pages, and the interpreter's budget below that.
    let m = parse(&BULK.replace("memory $heap 1 max 3", "memory $heap 1"));
    assert_eq!(run(&m, "grow", &i32s(&[65535])), Ok(i32s(&[-1, 1])));
    assert_eq!(run(&m, "grow", &i32s(&[65536])), Ok(i32s(&[-1, 1])));
    assert_eq!(run(&m, "grow", &i32s(&[7])), Ok(i32s(&[1, 8])));
    let small = Config { max_memory_pages: 4, ..Config::default() };
    assert_eq!(run_with(&m, "grow", &i32s(&[4]), small), Ok(i32s(&[-1, 1])));
    assert_eq!(run_with(&m, "grow", &i32s(&[3]), small), Ok(i32s(&[1, 4])));
}

#[test]
fn memory_copy_and_fill() {
    let m = parse(BULK);
    // Forward and backward overlapping copies behave as through a temporary buffer.
    assert_eq!(run(&m, "copy_overlap", &[]), Ok(i64s(&[0x0706_0504_0302_0101, 0x0808_0706_0504_0302])));
    assert_eq!(run(&m, "copy", &i32s(&[65534, 0, 2])), Ok(i32s(&[2])));
    assert_eq!(run(&m, "copy", &i32s(&[65535, 0, 2])), Err(TrapKind::MemoryOutOfBounds));
    assert_eq!(run(&m, "copy", &i32s(&[0, 65535, 2])), Err(TrapKind::MemoryOutOfBounds));
    assert_eq!(run(&m, "copy", &i32s(&[0, 0, -1])), Err(TrapKind::MemoryOutOfBounds));
    // Zero bytes at the very end is in bounds; one past it is not.
    assert_eq!(run(&m, "copy", &i32s(&[65536, 65536, 0])), Ok(i32s(&[0])));
    assert_eq!(run(&m, "copy", &i32s(&[65537, 0, 0])), Err(TrapKind::MemoryOutOfBounds));

    // fill stores the low 8 bits of its operand.
    assert_eq!(run(&m, "fill", &i32s(&[500, 0x1234, 4])), Ok(i32s(&[0x3434_3434])));
    assert_eq!(run(&m, "fill", &i32s(&[500, -1, 2])), Ok(i32s(&[0xFFFF])));
    assert_eq!(run(&m, "fill", &i32s(&[65533, 1, 4])), Err(TrapKind::MemoryOutOfBounds));

    // Bounds are checked before anything is written.
    let mut inst = Instance::new(&m, Config::default()).unwrap();
    let mut host = no_host();
    let mut call = |name: &str, args: &[i32]| inst.call_export(name, &i32s(args), &mut host).unwrap();
    assert_eq!(call("fill", &[65000, 9, 4]).unwrap(), i32s(&[0x0909_0909]));
    assert_eq!(call("copy", &[65530, 65000, 100]).map_err(|t| t.kind), Err(TrapKind::MemoryOutOfBounds));
    assert_eq!(call("fill", &[65530, 7, 7]).map_err(|t| t.kind), Err(TrapKind::MemoryOutOfBounds));
    assert!(inst.memory().bytes()[65004..].iter().all(|&b| b == 0));
}

const GLOBALS: &str = r#"wasmir 0.2
global $counter: i32 mut = 10
global $half: f64 = 2.5
global $base: ptr = 4096
global $wide: i64 mut = -1
export "counter" global $counter
export "bump" fn @bump
export "constants" fn @constants
export "wide" fn @wide

fn @bump(i32) -> i32 {
^entry(%d: i32):
    %c = global.get[$counter]
    %n = i32.add %c, %d
    global.set[$counter] %n
    %again = global.get[$counter]
    return %again
}

fn @constants() -> (f64, i32) {
^entry:
    %h = global.get[$half]
    %b = global.get[$base]
    %i = ptr.to_int %b
    return %h, %i
}

fn @wide() -> i64 {
^entry:
    %w = global.get[$wide]
    %one = i64.const 1
    %w2 = i64.add %w, %one
    global.set[$wide] %w2
    %r = global.get[$wide]
    return %r
}
"#;

#[test]
fn globals() {
    let m = parse(GLOBALS);
    // Each `call` is a fresh instance: globals start from their initial values.
    assert_eq!(run(&m, "bump", &i32s(&[5])), Ok(i32s(&[15])));
    assert_eq!(run(&m, "bump", &i32s(&[5])), Ok(i32s(&[15])));
    assert_eq!(run(&m, "constants", &[]), Ok(vec![Constant::f64(2.5), Constant::i32(4096)]));
    assert_eq!(run(&m, "wide", &[]), Ok(i64s(&[0])));
    // One instance: writes persist across calls.
    let mut inst = Instance::new(&m, Config::default()).unwrap();
    let mut host = no_host();
    for want in [13, 16, 19] {
        assert_eq!(inst.call_export("bump", &i32s(&[3]), &mut host).unwrap().unwrap(), i32s(&[want]));
    }
    assert_eq!(inst.global(GlobalId::from_u32(0)), Some(Constant::i32(19)));
    assert_eq!(inst.global(GlobalId::from_u32(2)).map(|c| c.ty), Some(Type::Ptr));
}

const SLOTS: &str = r#"wasmir 0.2
memory $heap 1
export "rec" fn @rec
export "addr" fn @addr
export "uninit" fn @uninit
export "aligned" fn @aligned
export "no_slots" fn @no_slots

; n + (n-1) + ... + 0, keeping n in a slot across the recursive call: frames must not overlap.
fn @rec(i32) -> i32 {
    slot #n: 4 align 4
    slot #pad: 20
^entry(%n: i32):
    %p = slot.addr[#n]
    i32.store[$heap] %p, %n
    %q = slot.addr[#pad]
    %ff = i32.const 255
    %twenty = i32.const 20
    memory.fill[$heap] %q, %ff, %twenty
    %z = i32.eqz %n
    br_if %z, ^base, ^step
^base:
    return %n
^step:
    %one = i32.const 1
    %m = i32.sub %n, %one
    %r = call @rec(%m)
    %back = i32.load[$heap] %p
    %s = i32.add %r, %back
    return %s
}

; The address of the slot at recursion depth n (0 = outermost).
fn @addr(i32) -> i32 {
    slot #s: 8 align 8
^entry(%n: i32):
    %z = i32.eqz %n
    br_if %z, ^here, ^deeper
^here:
    %p = slot.addr[#s]
    %i = ptr.to_int %p
    return %i
^deeper:
    %one = i32.const 1
    %m = i32.sub %n, %one
    %r = call @addr(%m)
    return %r
}

; A slot read before any store shows the interpreter's 0xA5 filler.
fn @uninit() -> i32 {
    slot #s: 4 align 4
^entry:
    %p = slot.addr[#s]
    %r = i32.load[$heap] %p
    return %r
}

fn @aligned() -> (i32, i32, i32) {
    slot #byte: 1
    slot #v: 16 align 16
    slot #d: 8 align 8
^entry:
    %pv = slot.addr[#v]
    %pd = slot.addr[#d]
    %pb = slot.addr[#byte]
    %iv = ptr.to_int %pv
    %id = ptr.to_int %pd
    %ib = ptr.to_int %pb
    return %iv, %id, %ib
}

fn @no_slots(i32) -> i32 {
^entry(%x: i32):
    %r = call @addr(%x)
    return %r
}
"#;

#[test]
fn slots_in_recursive_functions() {
    let m = parse(SLOTS);
    let stack = wasmir_syntax::ir::layout::DEFAULT_STACK_BYTES;
    assert_eq!(run(&m, "rec", &i32s(&[0])), Ok(i32s(&[0])));
    assert_eq!(run(&m, "rec", &i32s(&[10])), Ok(i32s(&[55])));
    assert_eq!(run(&m, "rec", &i32s(&[100])), Ok(i32s(&[5050])));
    // Frames: 16 bytes for an 8-byte slot, aligned to 16, just below the previous one.
    let top = stack as i32;
    assert_eq!(run(&m, "addr", &i32s(&[0])), Ok(i32s(&[top - 16])));
    assert_eq!(run(&m, "addr", &i32s(&[3])), Ok(i32s(&[top - 64])));
    assert_eq!(run(&m, "no_slots", &i32s(&[3])), Ok(i32s(&[top - 64])));
    assert_eq!(run(&m, "uninit", &[]), Ok(i32s(&[0xA5A5_A5A5u32 as i32])));
    // Decreasing alignment: v at 0, d at 16, byte at 24 (from the frame base).
    let r = run(&m, "aligned", &[]).unwrap();
    let base = r[0].bits as i32;
    assert_eq!(base % 16, 0);
    assert_eq!((r[1].bits as i32 - base, r[2].bits as i32 - base), (16, 24));
    // Every return restores the stack pointer.
    let mut inst = Instance::new(&m, Config::default()).unwrap();
    let mut host = no_host();
    assert_eq!(inst.stack_pointer(), stack);
    assert_eq!(inst.call_export("rec", &i32s(&[20]), &mut host).unwrap().unwrap(), i32s(&[210]));
    assert_eq!(inst.stack_pointer(), stack);
    assert_eq!(inst.call_export("addr", &i32s(&[1]), &mut host).unwrap().unwrap(), i32s(&[top - 32]));
    assert_eq!(inst.stack_pointer(), stack);
}

#[test]
fn shadow_stack_overflow() {
    let m = parse(SLOTS);
    // A 256-byte stack; @addr's frame is 16 bytes aligned to 16, and a frame needs
    // size + align + 16 = 48 bytes above 0: SP 256 -> 240 -> ... -> 48 -> 32 fits 14 frames.
    let small = Config { stack_size: 256, fuel: Some(1_000_000), ..Config::default() };
    assert_eq!(run_with(&m, "addr", &i32s(&[13]), small), Ok(i32s(&[32])));
    assert_eq!(run_with(&m, "addr", &i32s(&[14]), small), Err(TrapKind::StackOverflow));
    assert_eq!(run_with(&m, "rec", &i32s(&[1000]), small), Err(TrapKind::StackOverflow));
    // The default 1 MiB stack is not exhausted by depth 1000 of 32-byte frames.
    assert_eq!(run(&m, "rec", &i32s(&[1000])), Ok(i32s(&[500500])));
    // A trap leaves the stack pointer where it was (as wasm's __stack_pointer).
    let mut inst = Instance::new(&m, small).unwrap();
    let mut host = no_host();
    let r = inst.call_export("addr", &i32s(&[14]), &mut host).unwrap();
    assert_eq!(r.map_err(|t| t.kind), Err(TrapKind::StackOverflow));
    assert_eq!(inst.stack_pointer(), 32);
}

const DATA: &str = r#"wasmir 0.2
memory $heap 1
table $fns: funcref
data $msg = "hello\n"
data $v align 4 = [fn.index[$fns, @f], i32 8, i64 -1, f32 1.5, data.addr[$msg, addend=2], zero 8, "abc", x"01ff"]
export "addrs" fn @addrs
export "word" fn @word
export "f" fn @f

fn @f(i32) -> i32 {
^entry(%x: i32):
    return %x
}

fn @addrs() -> (i32, i32, i32) {
^entry:
    %m = data.addr[$msg]
    %v = data.addr[$v, addend=4]
    %w = data.addr[$msg, addend=4294967295]
    %mi = ptr.to_int %m
    %vi = ptr.to_int %v
    %wi = ptr.to_int %w
    return %mi, %vi, %wi
}

; The i32 at byte `k` of $v.
fn @word(i32) -> i32 {
^entry(%k: i32):
    %v = data.addr[$v]
    %p = ptr.add %v, %k
    %r = i32.load[$heap] %p
    return %r
}
"#;

#[test]
fn data_with_relocations() {
    let m = parse(DATA);
    // No slots: no stack; data from 16; $msg (6 bytes) at 16, $v at the next multiple of 4.
    let layout = Layout::compute(&m, wasmir_syntax::ir::layout::DEFAULT_STACK_BYTES);
    assert_eq!(layout.stack_size, 0);
    assert_eq!(run(&m, "addrs", &[]), Ok(i32s(&[16, 28, 15])));
    let word = |k: i32| run(&m, "word", &i32s(&[k])).unwrap()[0].bits as u32;
    assert_eq!(word(0), 1); // fn.index[$fns, @f]: the table's only element
    assert_eq!(word(4), 8);
    assert_eq!((word(8), word(12)), (u32::MAX, u32::MAX));
    assert_eq!(word(16), 1.5f32.to_bits());
    assert_eq!(word(20), 18); // data.addr[$msg, addend=2]
    assert_eq!((word(24), word(28)), (0, 0));
    assert_eq!(word(32), u32::from_le_bytes(*b"abc\x01"));
    assert_eq!(word(33) & 0xFF_FFFF, u32::from_le_bytes([b'b', b'c', 1, 0xFF]) & 0xFF_FFFF);
    let inst = Instance::new(&m, Config::default()).unwrap();
    assert_eq!(&inst.memory().bytes()[16..22], b"hello\n");
    assert_eq!(&inst.memory().bytes()[56..64], b"abc\x01\xff\0\0\0");
    assert!(inst.memory().bytes()[..16].iter().all(|&b| b == 0));
}

const TABLES: &str = r#"wasmir 0.2
type $bin = fn(i32, i32) -> i32
type $un = fn(i32) -> i32
memory $heap 1
table $fns: funcref
table $other: funcref
data $vtable align 4 = [fn.index[$fns, @add], fn.index[$fns, @neg]]
export "call_bin" fn @call_bin
export "call_un" fn @call_un
export "indices" fn @indices
export "vcall" fn @vcall
export "other" fn @other

fn @add(i32, i32) -> i32 {
^entry(%a: i32, %b: i32):
    %r = i32.add %a, %b
    return %r
}

fn @sub(i32, i32) -> i32 {
^entry(%a: i32, %b: i32):
    %r = i32.sub %a, %b
    return %r
}

fn @neg(i32) -> i32 {
^entry(%a: i32):
    %z = i32.const 0
    %r = i32.sub %z, %a
    return %r
}

fn @call_bin(i32, i32, i32) -> i32 {
^entry(%i: i32, %a: i32, %b: i32):
    %r = call_indirect[$fns, $bin] %i(%a, %b)
    return %r
}

fn @call_un(i32, i32) -> i32 {
^entry(%i: i32, %a: i32):
    %r = call_indirect[$fns, $un] %i(%a)
    return %r
}

fn @indices() -> (i32, i32, i32, i32) {
^entry:
    %a = fn.index[$fns, @add]
    %s = fn.index[$fns, @sub]
    %n = fn.index[$fns, @neg]
    %o = fn.index[$other, @neg]
    return %a, %s, %n, %o
}

fn @vcall(i32, i32, i32) -> i32 {
^entry(%k: i32, %a: i32, %b: i32):
    %t = data.addr[$vtable]
    %four = i32.const 4
    %off = i32.mul %k, %four
    %p = ptr.add %t, %off
    %i = i32.load[$heap] %p
    %r = call_indirect[$fns, $bin] %i(%a, %b)
    return %r
}

; Index 1 of $other is @neg.
fn @other(i32) -> i32 {
^entry(%a: i32):
    %one = i32.const 1
    %r = call_indirect[$other, $un] %one(%a)
    return %r
}
"#;

#[test]
fn function_indices_and_call_indirect() {
    let m = parse(TABLES);
    // Elements in function order from index 1: @add, @sub, @neg; $other holds only @neg.
    assert_eq!(run(&m, "indices", &[]), Ok(i32s(&[1, 2, 3, 1])));
    assert_eq!(run(&m, "call_bin", &i32s(&[1, 5, 3])), Ok(i32s(&[8])));
    assert_eq!(run(&m, "call_bin", &i32s(&[2, 5, 3])), Ok(i32s(&[2])));
    assert_eq!(run(&m, "call_un", &i32s(&[3, 5])), Ok(i32s(&[-5])));
    assert_eq!(run(&m, "vcall", &i32s(&[0, 2, 3])), Ok(i32s(&[5])));
    assert_eq!(run(&m, "other", &i32s(&[4])), Ok(i32s(&[-4])));
    // The two traps: a wrong signature, and an index that is empty (0) or past the table.
    assert_eq!(run(&m, "call_bin", &i32s(&[3, 5, 3])), Err(TrapKind::IndirectCallTypeMismatch));
    assert_eq!(run(&m, "call_un", &i32s(&[1, 5])), Err(TrapKind::IndirectCallTypeMismatch));
    assert_eq!(run(&m, "vcall", &i32s(&[1, 2, 3])), Err(TrapKind::IndirectCallTypeMismatch));
    for i in [0, 4, -1, i32::MIN] {
        assert_eq!(run(&m, "call_bin", &i32s(&[i, 5, 3])), Err(TrapKind::UndefinedElement), "index {i}");
    }
    assert_eq!(run(&m, "vcall", &i32s(&[2, 2, 3])), Err(TrapKind::UndefinedElement));
    // The trap names the instruction and function.
    let mut host = no_host();
    let t = call_export(&m, "call_bin", &i32s(&[0, 1, 2]), Config::default(), &mut host).unwrap().unwrap_err();
    assert_eq!(t.func.map(|f| m.funcs[f].name.as_str()), Some("call_bin"));
    assert!(t.inst.is_some());
}

#[test]
fn pointer_operators() {
    let p = |a: u32| eval::ptr(a);
    let ap = |op, args: &[Constant]| eval::apply(op, args).unwrap();
    assert_eq!(ap(Opcode::PtrAdd, &[p(u32::MAX - 1), Constant::i32(3)]), p(1));
    assert_eq!(ap(Opcode::PtrAdd, &[p(10), Constant::i32(-3)]), p(7));
    assert_eq!(ap(Opcode::PtrSub, &[p(3), p(10)]), Constant::i32(-7));
    assert_eq!(ap(Opcode::PtrSub, &[p(0), p(0x8000_0000)]), Constant::i32(i32::MIN));
    assert_eq!(ap(Opcode::PtrLtU, &[p(1), p(u32::MAX)]), Constant::i32(1));
    assert_eq!(ap(Opcode::PtrGtU, &[p(1), p(u32::MAX)]), Constant::i32(0));
    assert_eq!(ap(Opcode::PtrLeU, &[p(5), p(5)]), Constant::i32(1));
    assert_eq!(ap(Opcode::PtrGeU, &[p(0x8000_0000), p(1)]), Constant::i32(1));
    assert_eq!(ap(Opcode::PtrEq, &[p(5), p(5)]), Constant::i32(1));
    assert_eq!(ap(Opcode::PtrNe, &[p(5), p(5)]), Constant::i32(0));
    assert_eq!(ap(Opcode::PtrToInt, &[p(0xDEAD_BEEF)]), Constant::i32(0xDEAD_BEEFu32 as i32));
    assert_eq!(ap(Opcode::PtrFromInt, &[Constant::i32(-1)]), p(u32::MAX));
    assert_eq!(ap(Opcode::PtrSelect, &[Constant::i32(2), p(1), p(2)]), p(1));
    assert_eq!(ap(Opcode::PtrSelect, &[Constant::i32(0), p(1), p(2)]), p(2));
    // A pointer is not an i32, and memory operators are not evaluated without an instance.
    assert_eq!(eval::apply(Opcode::PtrAdd, &[Constant::i32(1), Constant::i32(1)]), Err(eval::EvalError::Mismatch));
    assert_eq!(eval::apply(Opcode::I32Add, &[p(1), Constant::i32(1)]), Err(eval::EvalError::Mismatch));
    assert_eq!(eval::apply(Opcode::I32Load, &[p(0)]), Err(eval::EvalError::Mismatch));
    assert_eq!(eval::apply(Opcode::MemorySize, &[]), Err(eval::EvalError::Mismatch));
    // Every Plain ptr operator has a value on well-typed operands.
    let plain = |op: &&Opcode| op.format() == wasmir_syntax::ir::Format::Plain;
    for &op in Opcode::ALL.iter().filter(|op| op.name().starts_with("ptr.")).filter(plain) {
        let args: Vec<Constant> = op.params().iter().map(|&t| Constant { ty: t, bits: 1 }).collect();
        let r = eval::apply(op, &args).unwrap_or_else(|e| panic!("{op}: {e:?}"));
        assert_eq!(r.ty, op.result(), "{op}");
    }
}

#[test]
fn imported_entities_are_not_provided() {
    let globals = r#"wasmir 0.2
import "env" "g" global $g: i64
export "f" fn @f
fn @f() -> i64 {
^entry:
    %r = global.get[$g]
    return %r
}
"#;
    let memory = r#"wasmir 0.2
import "env" "memory" memory $heap 1
export "f" fn @f
fn @f() -> i32 {
^entry:
    %r = memory.size[$heap]
    return %r
}
"#;
    let table = r#"wasmir 0.2
import "env" "t" table $t: funcref
export "f" fn @f
fn @f() -> i32 {
^entry:
    %r = i32.const 0
    return %r
}
"#;
    for src in [globals, memory, table] {
        let m = parse(src);
        assert_eq!(run(&m, "f", &[]), Err(TrapKind::UnknownImport));
        assert_eq!(Instance::new(&m, Config::default()).map(|_| ()).map_err(|t| t.kind), Err(TrapKind::UnknownImport));
    }
}

/// Rewrites every instruction of `m` in turn into ill-typed or ill-formed variants: the
/// interpreter reports `Invalid` (or another trap), never panics.
#[test]
fn invalid_ir_never_panics() {
    let srcs = [WIDTHS, BULK, GLOBALS, SLOTS, DATA, TABLES];
    let imms = [
        Imm::Memory(wasmir_syntax::ir::MemoryId::from_u32(7)),
        Imm::Global(GlobalId::from_u32(9)),
        Imm::Slot(wasmir_syntax::ir::Slot::from_u32(5)),
        Imm::Data { data: wasmir_syntax::ir::DataId::from_u32(3), addend: 1 },
        Imm::FuncIndex { table: wasmir_syntax::ir::TableId::from_u32(0), func: FuncId::from_u32(40) },
    ];
    let ops =
        [Opcode::I32Load, Opcode::I64Store, Opcode::MemoryGrow, Opcode::GlobalSet, Opcode::SlotAddr, Opcode::I32Add];
    for src in srcs {
        let m = parse(src);
        let exports: Vec<(String, FuncId)> =
            m.exports.iter().filter_map(|e| Some((e.name.clone(), e.func()?))).collect();
        for (f, func) in m.funcs.iter() {
            let Some(body) = func.body() else { continue };
            for inst in body.insts.keys() {
                let mut variants = Vec::new();
                for &op in &ops {
                    for imm in imms {
                        variants.push(InstKind::OpImm(op, imm));
                    }
                    variants.push(InstKind::Op(op));
                }
                if let InstKind::OpImm(op, imm) = body.insts[inst].kind {
                    for &other in &ops {
                        variants.push(InstKind::OpImm(other, imm));
                    }
                    variants.push(InstKind::Op(op));
                }
                for kind in variants {
                    let mut bad = m.clone();
                    bad.funcs[f].body_mut().unwrap().insts[inst].kind = kind;
                    // The exports that reach `f` directly, else all of them.
                    let direct: Vec<&(String, FuncId)> = exports.iter().filter(|(_, e)| *e == f).collect();
                    let runs = if direct.is_empty() { exports.iter().collect() } else { direct };
                    for (name, e) in runs {
                        let params = &bad.funcs[*e].sig.params;
                        let args: Vec<Constant> = params.iter().map(|&t| Constant { ty: t, bits: 1 }).collect();
                        let cfg =
                            Config { fuel: Some(2_000), stack_size: 4096, max_memory_pages: 8, ..Config::default() };
                        let _ = run_with(&bad, name, &args, cfg);
                    }
                }
            }
        }
    }
}

#[test]
fn bad_alignments_are_invalid() {
    let m = parse(SLOTS);
    let rec = m.exports.iter().find(|e| e.name == "rec").and_then(|e| e.func()).unwrap();
    for align in [0, 3, 1 << 17, 1 << 31, u32::MAX] {
        let mut bad = m.clone();
        let body = bad.funcs[rec].body_mut().unwrap();
        body.slots[wasmir_syntax::ir::Slot::from_u32(0)].align = align;
        assert_eq!(run(&bad, "rec", &i32s(&[3])), Err(TrapKind::Invalid), "slot align {align}");
        let mut bad = parse(DATA);
        bad.data[wasmir_syntax::ir::DataId::from_u32(1)].align = align;
        assert_eq!(run(&bad, "addrs", &[]), Err(TrapKind::Invalid), "data align {align}");
    }
}

#[test]
fn fuel_bounds_loops_that_touch_memory() {
    let m = parse(
        r#"wasmir 0.2
memory $heap 1
export "spin" fn @spin
fn @spin() -> i32 {
^entry:
    %z = i32.const 0
    %p = ptr.from_int %z
    %n = i32.const 65536
    br ^loop
^loop:
    memory.fill[$heap] %p, %n, %n
    %g = memory.grow[$heap] %z
    br ^loop
}
"#,
    );
    let cfg = Config { fuel: Some(3_000), ..Config::default() };
    assert_eq!(run_with(&m, "spin", &[], cfg), Err(TrapKind::OutOfFuel));
}

#[test]
fn trap_kinds_map_to_the_table_codes() {
    use wasmir_syntax::ir::TrapCode;
    for code in [
        TrapCode::Unreachable,
        TrapCode::IntegerDivideByZero,
        TrapCode::IntegerOverflow,
        TrapCode::InvalidConversionToInteger,
        TrapCode::CheckedOverflow,
        TrapCode::MemoryOutOfBounds,
        TrapCode::UndefinedElement,
        TrapCode::IndirectCallTypeMismatch,
        TrapCode::StackOverflow,
    ] {
        let kind = TrapKind::from(code);
        assert!(kind.is_wasm_trap());
        assert_eq!(kind.code(), Some(code));
    }
    assert_eq!(TrapKind::MemoryOutOfBounds.to_string(), "out of bounds memory access");
    assert_eq!(TrapKind::UndefinedElement.to_string(), "undefined element");
    assert_eq!(TrapKind::IndirectCallTypeMismatch.to_string(), "indirect call type mismatch");
    assert_eq!(TrapKind::Invalid.code(), None);
}

/// Reference tables (spec §3.4.2, §12.6.3): a host-made `externref` keeps its handle through a
/// table and back; a `funcref` is its function's index plus one; tables persist across calls of
/// one instance and `call_indirect` reads their current contents.
#[test]
fn reference_tables_hold_host_handles_and_functions() {
    let m = parse(
        r#"wasmir 0.3
type $un = fn(i32) -> i32
table $ext: externref
table $fns: funcref
import "env" "make" fn @make() -> externref
export "keep" fn @keep
export "size" fn @size
export "fref" fn @fref
export "rebind" fn @rebind

fn @keep(i32) -> (externref, i32) {
^entry(%i: i32):
    %r = call @make()
    %null = externref.null
    %two = i32.const 2
    %old = table.grow[$ext] %null, %two
    table.set[$ext] %i, %r
    %g = table.get[$ext] %i
    %n = externref.is_null %g
    return %g, %n
}

fn @size() -> i32 {
^entry:
    %s = table.size[$ext]
    return %s
}

fn @inc(i32) -> i32 {
^entry(%x: i32):
    %one = i32.const 1
    %y = i32.add %x, %one
    return %y
}

fn @fref() -> funcref {
^entry:
    %f = ref.func[@inc]
    return %f
}

; Puts @inc at index 1 (where `fn.index` placed @dec) and calls through it.
fn @rebind(i32) -> i32 {
^entry(%x: i32):
    %d = fn.index[$fns, @dec]
    %f = ref.func[@inc]
    table.set[$fns] %d, %f
    %r = call_indirect[$fns, $un] %d(%x)
    return %r
}

fn @dec(i32) -> i32 {
^entry(%x: i32):
    %one = i32.const 1
    %y = i32.sub %x, %one
    return %y
}
"#,
    );
    let handle = Constant { ty: Type::ExternRef, bits: 7 };
    let mut host = |module: &str, field: &str, _: &[Constant]| match (module, field) {
        ("env", "make") => Ok(vec![handle]),
        _ => Err(TrapKind::UnknownImport),
    };
    let mut inst = Instance::new(&m, Config::default()).expect("instantiates");
    let keep = inst.call_export("keep", &i32s(&[1]), &mut host).expect("export");
    assert_eq!(keep, Ok(vec![handle, Constant::i32(0)]));
    // The table grew in the instance: a second call sees size 2 and grows it to 4.
    assert_eq!(inst.call_export("size", &[], &mut host).expect("export"), Ok(i32s(&[2])));
    assert_eq!(inst.call_export("keep", &i32s(&[3]), &mut host).expect("export"), Ok(vec![handle, Constant::i32(0)]));
    assert_eq!(
        inst.call_export("keep", &i32s(&[6]), &mut host).expect("export").map_err(|t| t.kind),
        Err(TrapKind::TableOutOfBounds)
    );
    // @inc is function 3 in source order (@make, @keep, @size, @inc): its funcref is 4.
    let inc = m.funcs.iter().find(|(_, f)| f.name == "inc").map(|(id, _)| id).expect("@inc");
    assert_eq!(inc, FuncId::from_u32(3));
    assert_eq!(run(&m, "fref", &[]), Ok(vec![Constant { ty: Type::FuncRef, bits: 4 }]));
    assert_eq!(run(&m, "rebind", &i32s(&[10])), Ok(i32s(&[11])));
}
