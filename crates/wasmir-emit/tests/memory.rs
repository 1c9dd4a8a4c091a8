//! Memory and module entities (spec chapter 12) end to end: `.wir` text -> parse -> verify ->
//! `emit` -> validated by wasmparser -> run on wasmtime, checking results and trap kinds.
//! Build with `cargo test --release -p wasmir-emit` (wasmtime is slow to build in debug).

mod common;

use common::{wat, Inst, V};
use wasmir_emit::{codes, EmitOptions};
use wasmir_syntax::ir::layout::DEFAULT_STACK_BYTES;
use wasmtime::Trap;

/// Parses, verifies and emits `src` with `opts`; the bytes, validated.
fn emit_with(src: &str, opts: &EmitOptions) -> Vec<u8> {
    let (module, spans) = wasmir_syntax::parse(src).unwrap_or_else(|e| panic!("parse: {e:?}\n{src}"));
    let verr: Vec<_> = wasmir_verify::verify(&module, &spans).into_iter().filter(|d| d.is_error()).collect();
    assert!(verr.is_empty(), "verifier: {verr:?}\n{src}");
    let bytes = wasmir_emit::emit_with(&module, &spans, opts).unwrap_or_else(|d| panic!("emit: {d:?}\n{src}"));
    if let Err(e) = wasmparser::Validator::new().validate_all(&bytes) {
        panic!("invalid wasm: {e}\n{}", wat(&bytes));
    }
    bytes
}

fn emit(src: &str) -> Vec<u8> {
    emit_with(src, &EmitOptions::default())
}

fn instance(src: &str) -> Inst {
    Inst::new(&emit(src))
}

fn i32s(args: &[i32]) -> Vec<V> {
    args.iter().map(|&a| V::I32(a)).collect()
}

/// Calls `name` with i32 arguments and expects one i32 result or a trap.
fn call_i32(i: &mut Inst, name: &str, args: &[i32]) -> Result<i32, Trap> {
    i.try_call(name, &i32s(args)).map(|r| match r[..] {
        [V::I32(x)] => x,
        ref o => panic!("{o:?}"),
    })
}

fn call_i64(i: &mut Inst, name: &str, args: &[V]) -> Result<i64, Trap> {
    i.try_call(name, args).map(|r| match r[..] {
        [V::I64(x)] => x,
        ref o => panic!("{o:?}"),
    })
}

const WIDTHS: &str = r#"wasmir 0.2
memory $heap 1
export "mem" memory $heap
export "st64" fn @st64
export "st32" fn @st32
export "st16" fn @st16
export "st8" fn @st8
export "st64_8" fn @st64_8
export "st64_16" fn @st64_16
export "st64_32" fn @st64_32
export "stf32" fn @stf32
export "stf64" fn @stf64
export "stptr" fn @stptr
export "l32" fn @l32
export "l32_8s" fn @l32_8s
export "l32_8u" fn @l32_8u
export "l32_16s" fn @l32_16s
export "l32_16u" fn @l32_16u
export "l64" fn @l64
export "l64_8s" fn @l64_8s
export "l64_8u" fn @l64_8u
export "l64_16s" fn @l64_16s
export "l64_16u" fn @l64_16u
export "l64_32s" fn @l64_32s
export "l64_32u" fn @l64_32u
export "lf32" fn @lf32
export "lf64" fn @lf64
export "lptr" fn @lptr
export "l32_off" fn @l32_off
export "l32_big_off" fn @l32_big_off
export "st32_off" fn @st32_off

fn @st64(ptr, i64) {
^entry(%p: ptr, %v: i64):
    i64.store[$heap] %p, %v
    return
}
fn @st32(ptr, i32) {
^entry(%p: ptr, %v: i32):
    i32.store[$heap, align=1] %p, %v
    return
}
fn @st16(ptr, i32) {
^entry(%p: ptr, %v: i32):
    i32.store16[$heap] %p, %v
    return
}
fn @st8(ptr, i32) {
^entry(%p: ptr, %v: i32):
    i32.store8[$heap] %p, %v
    return
}
fn @st64_8(ptr, i64) {
^entry(%p: ptr, %v: i64):
    i64.store8[$heap] %p, %v
    return
}
fn @st64_16(ptr, i64) {
^entry(%p: ptr, %v: i64):
    i64.store16[$heap] %p, %v
    return
}
fn @st64_32(ptr, i64) {
^entry(%p: ptr, %v: i64):
    i64.store32[$heap] %p, %v
    return
}
fn @stf32(ptr, i32) {
^entry(%p: ptr, %v: i32):
    %f = f32.reinterpret_i32 %v
    f32.store[$heap] %p, %f
    return
}
fn @stf64(ptr, i64) {
^entry(%p: ptr, %v: i64):
    %f = f64.reinterpret_i64 %v
    f64.store[$heap, align=8] %p, %f
    return
}
fn @stptr(ptr, i32) {
^entry(%p: ptr, %v: i32):
    %q = ptr.from_int %v
    ptr.store[$heap] %p, %q
    return
}
fn @l32(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load[$heap] %p
    return %v
}
fn @l32_8s(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load8_s[$heap] %p
    return %v
}
fn @l32_8u(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load8_u[$heap] %p
    return %v
}
fn @l32_16s(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load16_s[$heap] %p
    return %v
}
fn @l32_16u(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load16_u[$heap, align=1] %p
    return %v
}
fn @l64(ptr) -> i64 {
^entry(%p: ptr):
    %v = i64.load[$heap] %p
    return %v
}
fn @l64_8s(ptr) -> i64 {
^entry(%p: ptr):
    %v = i64.load8_s[$heap] %p
    return %v
}
fn @l64_8u(ptr) -> i64 {
^entry(%p: ptr):
    %v = i64.load8_u[$heap] %p
    return %v
}
fn @l64_16s(ptr) -> i64 {
^entry(%p: ptr):
    %v = i64.load16_s[$heap] %p
    return %v
}
fn @l64_16u(ptr) -> i64 {
^entry(%p: ptr):
    %v = i64.load16_u[$heap] %p
    return %v
}
fn @l64_32s(ptr) -> i64 {
^entry(%p: ptr):
    %v = i64.load32_s[$heap] %p
    return %v
}
fn @l64_32u(ptr) -> i64 {
^entry(%p: ptr):
    %v = i64.load32_u[$heap] %p
    return %v
}
fn @lf32(ptr) -> i32 {
^entry(%p: ptr):
    %v = f32.load[$heap] %p
    %i = i32.reinterpret_f32 %v
    return %i
}
fn @lf64(ptr) -> i64 {
^entry(%p: ptr):
    %v = f64.load[$heap] %p
    %i = i64.reinterpret_f64 %v
    return %i
}
fn @lptr(ptr) -> i32 {
^entry(%p: ptr):
    %v = ptr.load[$heap] %p
    %i = ptr.to_int %v
    return %i
}
fn @l32_off(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load[$heap, offset=3] %p
    return %v
}
fn @l32_big_off(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load[$heap, offset=4294967295] %p
    return %v
}
fn @st32_off(ptr, i32) {
^entry(%p: ptr, %v: i32):
    i32.store[$heap, offset=8, align=4, notrap] %p, %v
    return
}
"#;

#[test]
fn loads_and_stores_of_every_width() {
    let mut i = instance(WIDTHS);
    let p = V::I32(64);
    i.try_call("st64", &[p, V::I64(0x8877_6655_4433_2211u64 as i64)]).unwrap();
    assert_eq!(i.read("mem", 64, 8), [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]);
    assert_eq!(call_i64(&mut i, "l64", &[p]), Ok(0x8877_6655_4433_2211u64 as i64));
    // Narrow loads of the low bytes 0x11 0x22 0x33 0x44: positive, so s and u agree.
    assert_eq!(call_i32(&mut i, "l32", &[64]), Ok(0x4433_2211));
    assert_eq!(call_i32(&mut i, "l32_8s", &[64]), Ok(0x11));
    assert_eq!(call_i32(&mut i, "l32_16u", &[64]), Ok(0x2211));
    // From byte 71 (0x88) on: sign extension differs.
    assert_eq!(call_i32(&mut i, "l32_8s", &[71]), Ok(-0x78));
    assert_eq!(call_i32(&mut i, "l32_8u", &[71]), Ok(0x88));
    assert_eq!(call_i32(&mut i, "l32_16s", &[70]), Ok(0x8877u16 as i16 as i32));
    assert_eq!(call_i32(&mut i, "l32_16u", &[70]), Ok(0x8877));
    assert_eq!(call_i64(&mut i, "l64_8s", &[V::I32(71)]), Ok(-0x78));
    assert_eq!(call_i64(&mut i, "l64_8u", &[V::I32(71)]), Ok(0x88));
    assert_eq!(call_i64(&mut i, "l64_16s", &[V::I32(70)]), Ok(0x8877u16 as i16 as i64));
    assert_eq!(call_i64(&mut i, "l64_16u", &[V::I32(70)]), Ok(0x8877));
    assert_eq!(call_i64(&mut i, "l64_32s", &[V::I32(68)]), Ok(0x8877_6655u32 as i32 as i64));
    assert_eq!(call_i64(&mut i, "l64_32u", &[V::I32(68)]), Ok(0x8877_6655));
    // Misaligned access (align is a hint): from byte 65.
    assert_eq!(call_i32(&mut i, "l32", &[65]), Ok(0x5544_3322));
    // Offsets add to the address: 64 + 3 = 67.
    assert_eq!(call_i32(&mut i, "l32_off", &[64]), Ok(0x7766_5544));

    // Narrow stores write only their bytes.
    i.try_call("st8", &i32s(&[64, 0x1AB])).unwrap();
    i.try_call("st16", &i32s(&[66, 0x1CDEF])).unwrap();
    assert_eq!(i.read("mem", 64, 8), [0xAB, 0x22, 0xEF, 0xCD, 0x55, 0x66, 0x77, 0x88]);
    i.try_call("st64_8", &[V::I32(65), V::I64(-1)]).unwrap();
    i.try_call("st64_16", &[V::I32(68), V::I64(0x1234_5678)]).unwrap();
    assert_eq!(i.read("mem", 64, 8), [0xAB, 0xFF, 0xEF, 0xCD, 0x78, 0x56, 0x77, 0x88]);
    i.try_call("st64_32", &[V::I32(64), V::I64(0x7FFF_FFFF_0102_0304)]).unwrap();
    assert_eq!(i.read("mem", 64, 8), [0x04, 0x03, 0x02, 0x01, 0x78, 0x56, 0x77, 0x88]);
    i.try_call("st32", &i32s(&[81, -2])).unwrap();
    assert_eq!(i.read("mem", 80, 6), [0, 0xFE, 0xFF, 0xFF, 0xFF, 0]);
    i.try_call("st32_off", &i32s(&[80, 0x0A0B_0C0D])).unwrap();
    assert_eq!(i.read("mem", 88, 4), [0x0D, 0x0C, 0x0B, 0x0A]);

    // Floats keep their bits (a NaN payload included).
    let nan = 0x7FA0_0001u32 as i32;
    i.try_call("stf32", &i32s(&[96, nan])).unwrap();
    assert_eq!(call_i32(&mut i, "lf32", &[96]), Ok(nan));
    assert_eq!(call_i32(&mut i, "l32", &[96]), Ok(nan));
    let d = (-1.5f64).to_bits() as i64;
    i.try_call("stf64", &[V::I32(104), V::I64(d)]).unwrap();
    assert_eq!(call_i64(&mut i, "lf64", &[V::I32(104)]), Ok(d));
    assert_eq!(call_i64(&mut i, "l64", &[V::I32(104)]), Ok(d));
    i.try_call("stptr", &i32s(&[112, 0xDEAD])).unwrap();
    assert_eq!(call_i32(&mut i, "lptr", &[112]), Ok(0xDEAD));
}

#[test]
fn out_of_bounds_accesses_trap() {
    let mut i = instance(WIDTHS);
    let end = 65_536;
    assert_eq!(call_i32(&mut i, "l32", &[end - 4]), Ok(0));
    assert_eq!(call_i32(&mut i, "l32", &[end - 3]), Err(Trap::MemoryOutOfBounds));
    assert_eq!(call_i32(&mut i, "l32_8u", &[end - 1]), Ok(0));
    assert_eq!(call_i32(&mut i, "l32_8u", &[end]), Err(Trap::MemoryOutOfBounds));
    assert_eq!(call_i32(&mut i, "l32_16s", &[end - 1]), Err(Trap::MemoryOutOfBounds));
    assert_eq!(call_i64(&mut i, "l64", &[V::I32(end - 8)]), Ok(0));
    assert_eq!(call_i64(&mut i, "l64", &[V::I32(end - 7)]), Err(Trap::MemoryOutOfBounds));
    // Address plus offset does not wrap: 0xFFFFFFFF + 3 is past the end, not 2.
    assert_eq!(call_i32(&mut i, "l32_off", &[end - 7]), Ok(0));
    assert_eq!(call_i32(&mut i, "l32_off", &[end - 6]), Err(Trap::MemoryOutOfBounds));
    assert_eq!(call_i32(&mut i, "l32_off", &[-1]), Err(Trap::MemoryOutOfBounds));
    assert_eq!(call_i32(&mut i, "l32_big_off", &[0]), Err(Trap::MemoryOutOfBounds));
    // A store out of bounds traps and writes nothing (`notrap` is a promise, not a license).
    assert_eq!(i.try_call("st32", &i32s(&[end - 2, -1])).err(), Some(Trap::MemoryOutOfBounds));
    assert_eq!(i.read("mem", end as usize - 2, 2), [0, 0]);
    assert_eq!(i.try_call("st32_off", &i32s(&[end - 8, -1])).err(), Some(Trap::MemoryOutOfBounds));
    assert_eq!(i.try_call("st64_8", &[V::I32(end), V::I64(1)]).err(), Some(Trap::MemoryOutOfBounds));
}

#[test]
fn memory_size_and_grow() {
    let src = r#"wasmir 0.2
memory $heap 1 max 3
export "mem" memory $heap
export "size" fn @size
export "grow" fn @grow
export "poke" fn @poke

fn @size() -> i32 {
^entry:
    %n = memory.size[$heap]
    return %n
}
fn @grow(i32) -> i32 {
^entry(%d: i32):
    %old = memory.grow[$heap] %d
    return %old
}
fn @poke(ptr, i32) -> i32 {
^entry(%p: ptr, %v: i32):
    i32.store[$heap] %p, %v
    %r = i32.load[$heap] %p
    return %r
}
"#;
    let mut i = instance(src);
    assert_eq!(call_i32(&mut i, "size", &[]), Ok(1));
    assert_eq!(call_i32(&mut i, "poke", &[65_536, 5]), Err(Trap::MemoryOutOfBounds));
    assert_eq!(call_i32(&mut i, "grow", &[1]), Ok(1));
    assert_eq!(call_i32(&mut i, "size", &[]), Ok(2));
    assert_eq!(call_i32(&mut i, "poke", &[65_536, 5]), Ok(5));
    // Past the declared maximum: -1, and nothing changes.
    assert_eq!(call_i32(&mut i, "grow", &[2]), Ok(-1));
    assert_eq!(call_i32(&mut i, "size", &[]), Ok(2));
    assert_eq!(call_i32(&mut i, "grow", &[-1]), Ok(-1));
    assert_eq!(call_i32(&mut i, "grow", &[1]), Ok(2));
    assert_eq!(call_i32(&mut i, "grow", &[0]), Ok(3));
    assert_eq!(i.memory_size("mem"), 3 * 65_536);
    // New pages are zero.
    assert_eq!(call_i32(&mut i, "poke", &[3 * 65_536 - 4, 0]), Ok(0));
}

const BULK: &str = r#"wasmir 0.2
memory $heap 1
export "mem" memory $heap
export "put" fn @put
export "get" fn @get
export "copy" fn @copy
export "fill" fn @fill

fn @put(ptr, i64) {
^entry(%p: ptr, %v: i64):
    i64.store[$heap] %p, %v
    return
}
fn @get(ptr) -> i64 {
^entry(%p: ptr):
    %v = i64.load[$heap] %p
    return %v
}
fn @copy(ptr, ptr, i32) {
^entry(%d: ptr, %s: ptr, %n: i32):
    memory.copy[$heap] %d, %s, %n
    return
}
fn @fill(ptr, i32, i32) {
^entry(%d: ptr, %b: i32, %n: i32):
    memory.fill[$heap] %d, %b, %n
    return
}
"#;

#[test]
fn memory_copy_handles_overlap_and_bounds() {
    let mut i = instance(BULK);
    let bytes = 0x0807_0605_0403_0201i64;
    i.try_call("put", &[V::I32(100), V::I64(bytes)]).unwrap();
    // Forward overlap (destination after source): memmove semantics.
    i.try_call("copy", &i32s(&[102, 100, 6])).unwrap();
    assert_eq!(i.read("mem", 100, 8), [1, 2, 1, 2, 3, 4, 5, 6]);
    // Backward overlap.
    i.try_call("put", &[V::I32(100), V::I64(bytes)]).unwrap();
    i.try_call("copy", &i32s(&[100, 102, 6])).unwrap();
    assert_eq!(i.read("mem", 100, 8), [3, 4, 5, 6, 7, 8, 7, 8]);
    // Length 0 at the very end is fine; one byte past traps and writes nothing.
    i.try_call("copy", &i32s(&[65_536, 100, 0])).unwrap();
    assert_eq!(i.try_call("copy", &i32s(&[65_530, 100, 7])).err(), Some(Trap::MemoryOutOfBounds));
    assert_eq!(i.read("mem", 65_530, 6), [0; 6]);
    assert_eq!(i.try_call("copy", &i32s(&[100, 65_530, 7])).err(), Some(Trap::MemoryOutOfBounds));
    assert_eq!(i.read("mem", 100, 2), [3, 4]);
}

#[test]
fn memory_fill_stores_the_low_byte() {
    let mut i = instance(BULK);
    i.try_call("fill", &i32s(&[200, 0x1AB, 5])).unwrap();
    assert_eq!(call_i64(&mut i, "get", &[V::I32(200)]), Ok(0x0000_00AB_ABAB_ABABu64 as i64));
    assert_eq!(i.try_call("fill", &i32s(&[65_535, 1, 2])).err(), Some(Trap::MemoryOutOfBounds));
    assert_eq!(i.read("mem", 65_535, 1), [0]);
    i.try_call("fill", &i32s(&[65_535, 7, 1])).unwrap();
    assert_eq!(i.read("mem", 65_535, 1), [7]);
}

#[test]
fn globals_and_their_exports() {
    let src = r#"wasmir 0.2
global $counter: i32 mut = 5
global $k: f64 = 1.5
global $big: i64 mut = -3
export "counter" global $counter
export "k" global $k
export "bump" fn @bump
export "k_bits" fn @k_bits
export "big" fn @big

fn @bump() -> i32 {
^entry:
    %c = global.get[$counter]
    %one = i32.const 1
    %d = i32.add %c, %one
    global.set[$counter] %d
    return %d
}
fn @k_bits() -> i64 {
^entry:
    %k = global.get[$k]
    %b = i64.reinterpret_f64 %k
    return %b
}
fn @big() -> i64 {
^entry:
    %b = global.get[$big]
    %t = i64.const 10
    %m = i64.mul %b, %t
    global.set[$big] %m
    return %m
}
"#;
    let mut i = instance(src);
    assert_eq!(i.global("counter").i32(), Some(5));
    assert_eq!(call_i32(&mut i, "bump", &[]), Ok(6));
    assert_eq!(call_i32(&mut i, "bump", &[]), Ok(7));
    assert_eq!(i.global("counter").i32(), Some(7));
    assert_eq!(call_i64(&mut i, "k_bits", &[]), Ok(1.5f64.to_bits() as i64));
    assert_eq!(i.global("k").f64(), Some(1.5));
    assert_eq!(call_i64(&mut i, "big", &[]), Ok(-30));
    assert_eq!(call_i64(&mut i, "big", &[]), Ok(-300));
}

const FRAMES: &str = r#"wasmir 0.2
memory $heap 1
export "sum" fn @sum
export "depth" fn @depth
export "aligned" fn @aligned
export "two_returns" fn @two_returns
export "deep" fn @deep

; Each level stores its argument in its own slot, recurses, then reads the slot back: the sum is
; n(n+1)/2 only if every frame is distinct.
fn @sum(i32) -> i32 {
    slot #keep: 4 align 4
    slot #pad: 3
^entry(%n: i32):
    %p = slot.addr[#keep]
    i32.store[$heap] %p, %n
    %q = slot.addr[#pad]
    %x = i32.const 255
    i32.store8[$heap] %q, %x
    %z = i32.eqz %n
    br_if %z, ^base, ^step
^base:
    return %n
^step:
    %one = i32.const 1
    %m = i32.sub %n, %one
    %r = call @sum(%m)
    %mine = i32.load[$heap] %p
    %s = i32.add %r, %mine
    return %s
}

; The address of the innermost frame's slot, `n` frames down.
fn @depth(i32) -> i32 {
    slot #s: 8 align 8
^entry(%n: i32):
    %p = slot.addr[#s]
    %z = i32.eqz %n
    br_if %z, ^base, ^step
^base:
    %a = ptr.to_int %p
    return %a
^step:
    %one = i32.const 1
    %m = i32.sub %n, %one
    %r = call @depth(%m)
    return %r
}

; A slot aligned to 64: its address modulo 64, and the stack pointer afterwards (via @depth).
fn @aligned() -> i32 {
    slot #small: 4
    slot #wide: 64 align 64
^entry:
    %p = slot.addr[#wide]
    %a = ptr.to_int %p
    %k = i32.const 63
    %m = i32.and %a, %k
    return %m
}

fn @two_returns(i32) -> i32 {
    slot #s: 4
^entry(%c: i32):
    %p = slot.addr[#s]
    i32.store[$heap] %p, %c
    br_if %c, ^a, ^b
^a:
    %x = i32.load[$heap] %p
    return %x
^b:
    %y = i32.const 7
    return %y
}

; 64 KiB per frame: the 1 MiB stack overflows after about 15 levels.
fn @deep(i32) -> i32 {
    slot #big: 65536
^entry(%n: i32):
    %z = i32.eqz %n
    br_if %z, ^base, ^step
^base:
    return %n
^step:
    %one = i32.const 1
    %m = i32.sub %n, %one
    %r = call @deep(%m)
    return %r
}
"#;

#[test]
fn slots_of_recursive_calls_have_distinct_frames() {
    let mut i = instance(FRAMES);
    assert_eq!(call_i32(&mut i, "sum", &[0]), Ok(0));
    assert_eq!(call_i32(&mut i, "sum", &[10]), Ok(55));
    assert_eq!(call_i32(&mut i, "sum", &[1000]), Ok(500_500));
    // Frames of 16 bytes from the top of the 1 MiB stack, growing down; every return restores
    // the stack pointer, so the same depth always gets the same address.
    let top = DEFAULT_STACK_BYTES as i32;
    assert_eq!(call_i32(&mut i, "depth", &[0]), Ok(top - 16));
    assert_eq!(call_i32(&mut i, "depth", &[1]), Ok(top - 32));
    assert_eq!(call_i32(&mut i, "depth", &[5]), Ok(top - 96));
    assert_eq!(call_i32(&mut i, "two_returns", &[3]), Ok(3));
    assert_eq!(call_i32(&mut i, "two_returns", &[0]), Ok(7));
    assert_eq!(call_i32(&mut i, "depth", &[0]), Ok(top - 16));
    assert_eq!(call_i32(&mut i, "aligned", &[]), Ok(0));
    assert_eq!(call_i32(&mut i, "depth", &[0]), Ok(top - 16));
    assert_eq!(call_i32(&mut i, "deep", &[10]), Ok(0));
    assert_eq!(call_i32(&mut i, "depth", &[0]), Ok(top - 16));
}

#[test]
fn shadow_stack_overflow_traps() {
    let mut i = instance(FRAMES);
    // Frames of 65536 bytes: the prologue needs old >= 65536 + 16 + 16.
    assert_eq!(call_i32(&mut i, "deep", &[14]), Ok(0));
    assert_eq!(call_i32(&mut i, "deep", &[15]), Err(Trap::UnreachableCodeReached));
    // A smaller stack (emitter option) overflows sooner.
    let opts = EmitOptions { stack_size: 4 * 65_536, ..EmitOptions::default() };
    let mut i = Inst::new(&emit_with(FRAMES, &opts));
    assert_eq!(call_i32(&mut i, "deep", &[2]), Ok(0));
    assert_eq!(call_i32(&mut i, "deep", &[3]), Err(Trap::UnreachableCodeReached));
}

#[test]
fn data_with_relocations() {
    let src = r#"wasmir 0.2
memory $heap 1
data $msg = "hello"
data $empty = ""
data $table align 8 = [data.addr[$msg, addend=1], i32 -2, zero 2, x"01ff", i64 -1, f32 1.5, fn.index[$fns, @f]]
table $fns: funcref
export "mem" memory $heap
export "second_char" fn @second_char
export "addr" fn @addr
export "word" fn @word

fn @f() {
^entry:
    return
}
; Loads the pointer stored at the start of $table and reads the byte it points at.
fn @second_char() -> i32 {
^entry:
    %t = data.addr[$table]
    %p = ptr.load[$heap] %t
    %c = i32.load8_u[$heap] %p
    return %c
}
fn @addr(i32) -> i32 {
^entry(%k: i32):
    %m = data.addr[$msg]
    %e = data.addr[$empty]
    %t = data.addr[$table, addend=3]
    switch %k, ^t, [0: ^m, 1: ^e]
^m:
    %a = ptr.to_int %m
    return %a
^e:
    %b = ptr.to_int %e
    return %b
^t:
    %c = ptr.to_int %t
    return %c
}
fn @word(ptr) -> i32 {
^entry(%p: ptr):
    %v = i32.load[$heap] %p
    return %v
}
"#;
    let mut i = instance(src);
    // No slots, so no stack: data starts at 16, each item at its alignment.
    assert_eq!(call_i32(&mut i, "addr", &[0]), Ok(16));
    assert_eq!(call_i32(&mut i, "addr", &[1]), Ok(21));
    assert_eq!(call_i32(&mut i, "addr", &[2]), Ok(24 + 3));
    assert_eq!(i.read("mem", 16, 5), *b"hello");
    assert_eq!(call_i32(&mut i, "second_char", &[]), Ok(i32::from(b'e')));
    let t = i.read("mem", 24, 28);
    let mut want = Vec::new();
    want.extend_from_slice(&17u32.to_le_bytes());
    want.extend_from_slice(&(-2i32).to_le_bytes());
    want.extend_from_slice(&[0, 0, 0x01, 0xFF]);
    want.extend_from_slice(&(-1i64).to_le_bytes());
    want.extend_from_slice(&1.5f32.to_bits().to_le_bytes());
    want.extend_from_slice(&1u32.to_le_bytes());
    assert_eq!(t, want);
    assert_eq!(call_i32(&mut i, "word", &[28]), Ok(-2));
}

#[test]
fn data_goes_after_the_stack_and_raises_the_memory() {
    let src = r#"wasmir 0.2
memory $heap 1
data $big = [zero 70000, i32 9]
export "mem" memory $heap
export "at" fn @at
export "last" fn @last

fn @at() -> i32 {
    slot #s: 4
^entry:
    %p = data.addr[$big]
    %a = ptr.to_int %p
    return %a
}
fn @last() -> i32 {
^entry:
    %p = data.addr[$big, addend=70000]
    %v = i32.load[$heap] %p
    return %v
}
"#;
    let mut i = instance(src);
    let base = DEFAULT_STACK_BYTES as i32;
    assert_eq!(call_i32(&mut i, "at", &[]), Ok(base));
    assert_eq!(call_i32(&mut i, "last", &[]), Ok(9));
    // 1 MiB of stack + 70004 bytes of data: 18 pages.
    assert_eq!(i.memory_size("mem"), 18 * 65_536);
}

#[test]
fn memory_maximum_too_small_for_stack_and_data_is_e0308() {
    let src = r#"wasmir 0.2
memory $heap 1 max 4
export "f" fn @f

fn @f() -> i32 {
    slot #s: 4
^entry:
    %p = slot.addr[#s]
    %a = ptr.to_int %p
    return %a
}
"#;
    let (module, spans) = wasmir_syntax::parse(src).unwrap();
    let d = wasmir_emit::emit(&module, &spans).expect_err("1 MiB of stack does not fit 4 pages");
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), vec![codes::MEMORY_TOO_SMALL]);
    assert!(d[0].args.contains(&("needed", "16".to_string())), "{d:?}");
    assert!(d[0].args.contains(&("max", "4".to_string())), "{d:?}");
    // With a 64 KiB stack it fits in 1 page.
    let opts = EmitOptions { stack_size: 65_536, ..EmitOptions::default() };
    let mut i = Inst::new(&emit_with(src, &opts));
    assert_eq!(call_i32(&mut i, "f", &[]), Ok(65_536 - 16));
}

const INDIRECT: &str = r#"wasmir 0.2
type $bin = fn(i32, i32) -> i32
type $binp = fn(ptr, i32) -> i32
type $un = fn(i32) -> i32
table $fns: funcref
export "fns" table $fns
export "index" fn @index
export "apply" fn @apply
export "apply1" fn @apply1
export "applyp" fn @applyp

fn @add(i32, i32) -> i32 {
^entry(%a: i32, %b: i32):
    %r = i32.add %a, %b
    return %r
}
fn @neg(i32) -> i32 {
^entry(%a: i32):
    %z = i32.const 0
    %r = i32.sub %z, %a
    return %r
}
fn @sub(i32, i32) -> i32 {
^entry(%a: i32, %b: i32):
    %r = i32.sub %a, %b
    return %r
}
fn @unused(i32, i32) -> i32 {
^entry(%a: i32, %b: i32):
    return %a
}
; Table indices, taken in reverse order of the functions: the table still lists them in function
; order (@add 1, @neg 2, @sub 3).
fn @index(i32) -> i32 {
^entry(%k: i32):
    %s = fn.index[$fns, @sub]
    %n = fn.index[$fns, @neg]
    %a = fn.index[$fns, @add]
    switch %k, ^sub, [0: ^add, 1: ^neg]
^add:
    return %a
^neg:
    return %n
^sub:
    return %s
}
fn @apply(i32, i32, i32) -> i32 {
^entry(%i: i32, %a: i32, %b: i32):
    %r = call_indirect[$fns, $bin] %i(%a, %b)
    return %r
}
fn @apply1(i32, i32) -> i32 {
^entry(%i: i32, %a: i32):
    %r = call_indirect[$fns, $un] %i(%a)
    return %r
}
fn @applyp(i32, i32, i32) -> i32 {
^entry(%i: i32, %a: i32, %b: i32):
    %p = ptr.from_int %a
    %r = call_indirect[$fns, $binp] %i(%p, %b)
    return %r
}
"#;

#[test]
fn fn_index_and_call_indirect() {
    let mut i = instance(INDIRECT);
    assert_eq!(call_i32(&mut i, "index", &[0]), Ok(1));
    assert_eq!(call_i32(&mut i, "index", &[1]), Ok(2));
    assert_eq!(call_i32(&mut i, "index", &[2]), Ok(3));
    assert_eq!(call_i32(&mut i, "apply", &[1, 5, 3]), Ok(8));
    assert_eq!(call_i32(&mut i, "apply", &[3, 5, 3]), Ok(2));
    assert_eq!(call_i32(&mut i, "apply1", &[2, 5]), Ok(-5));
}

#[test]
fn call_indirect_traps() {
    let mut i = instance(INDIRECT);
    // Index 0 is the empty entry.
    assert_eq!(call_i32(&mut i, "apply", &[0, 5, 3]), Err(Trap::IndirectCallToNull));
    // Past the table (size 4), negative included (unsigned).
    assert_eq!(call_i32(&mut i, "apply", &[4, 5, 3]), Err(Trap::TableOutOfBounds));
    assert_eq!(call_i32(&mut i, "apply", &[-1, 5, 3]), Err(Trap::TableOutOfBounds));
    // A function of another signature.
    assert_eq!(call_i32(&mut i, "apply", &[2, 5, 3]), Err(Trap::BadSignature));
    assert_eq!(call_i32(&mut i, "apply1", &[1, 5]), Err(Trap::BadSignature));
}

/// `ptr` is `i32` on wasm, so a signature that differs from the callee's only by `ptr` for `i32`
/// is the same wasm type: the call goes through. (The spec compares WasmIR signatures; this is
/// what wasm can do, reported to the lead.)
#[test]
fn ptr_and_i32_signatures_are_one_wasm_type() {
    let mut i = instance(INDIRECT);
    assert_eq!(call_i32(&mut i, "applyp", &[1, 5, 3]), Ok(8));
}

#[test]
fn imported_memory_global_and_table() {
    let src = r#"wasmir 0.2
import "env" "memory" memory $heap 1
import "env" "g" global $g: i64
import "env" "t" table $t: funcref
global $mine: i32 mut = 3
data $d = "ok"
type $v = fn() -> i32
export "get_g" fn @get_g
export "mine" fn @mine_fn
export "byte" fn @byte
export "call0" fn @call0

fn @get_g() -> i64 {
^entry:
    %v = global.get[$g]
    return %v
}
fn @mine_fn() -> i32 {
^entry:
    %v = global.get[$mine]
    return %v
}
fn @byte() -> i32 {
^entry:
    %p = data.addr[$d, addend=1]
    %c = i32.load8_u[$heap] %p
    return %c
}
fn @call0() -> i32 {
^entry:
    %i = fn.index[$t, @mine_fn]
    %r = call_indirect[$t, $v] %i()
    return %r
}
"#;
    let bytes = emit(src);
    let mut i = Inst::with_store_imports(&bytes, |linker, store| {
        let mem = wasmtime::Memory::new(&mut *store, wasmtime::MemoryType::new(1, None)).unwrap();
        linker.define(&mut *store, "env", "memory", mem).unwrap();
        let gty = wasmtime::GlobalType::new(wasmtime::ValType::I64, wasmtime::Mutability::Const);
        let g = wasmtime::Global::new(&mut *store, gty, wasmtime::Val::I64(42)).unwrap();
        linker.define(&mut *store, "env", "g", g).unwrap();
        let tty = wasmtime::TableType::new(wasmtime::RefType::FUNCREF, 2, None);
        let t = wasmtime::Table::new(&mut *store, tty, wasmtime::Ref::Func(None)).unwrap();
        linker.define(&mut *store, "env", "t", t).unwrap();
    });
    assert_eq!(call_i64(&mut i, "get_g", &[]), Ok(42));
    assert_eq!(call_i32(&mut i, "mine", &[]), Ok(3));
    assert_eq!(call_i32(&mut i, "byte", &[]), Ok(i32::from(b'k')));
    assert_eq!(call_i32(&mut i, "call0", &[]), Ok(3));
}

#[test]
fn output_is_deterministic() {
    for src in [WIDTHS, BULK, FRAMES, INDIRECT] {
        assert_eq!(emit(src), emit(src));
    }
}

/// IR the verifier rejects never makes the emitter panic or write an invalid module: the emitter
/// runs the verifier, and each of its errors is an `E0303` naming the verifier's code.
#[test]
fn inconsistent_entities_are_diagnostics() {
    use cranelift_entity::EntityRef;
    use wasmir_syntax::ir::{
        DataId, DataItem, DataPart, GlobalData, GlobalId, Imm, InstKind, MemArg, MemoryData, MemoryId, Opcode, SigId,
        Slot, TableId, Type,
    };
    let whats = |m: &common::Mb| -> Vec<String> {
        let d = m.emit_err();
        assert!(d.iter().all(|d| d.code == codes::MALFORMED), "{d:?}");
        assert!(d.iter().all(|d| d.args.contains(&("what", "invalid-ir".to_string()))), "{d:?}");
        d.iter().filter_map(|d| d.args.iter().find(|(k, _)| *k == "code").map(|(_, v)| v.clone())).collect()
    };
    let one = |kind: InstKind, args: usize, results: &[Type]| {
        let mut m = common::Mb::new();
        m.module.memories.push(MemoryData { name: "heap".into(), min_pages: 1, max_pages: None, import: None });
        m.module.globals.push(GlobalData {
            name: "k".into(),
            ty: Type::I32,
            mutable: false,
            init: Some(wasmir_syntax::ir::Constant::i32(1)),
            import: None,
        });
        let kind = kind.clone();
        let results = results.to_vec();
        m.func("f", &[Type::Ptr, Type::I32], &[], move |f, p| {
            f.raw(kind, p[..args].to_vec(), &results);
            f.ret(&[]);
        });
        m
    };
    let arg = |mem: u32, align: u32| {
        Imm::MemArg(MemArg { mem: MemoryId::new(mem as usize), offset: 0, align, notrap: false, aligned: false })
    };
    // A load without immediates, a load with a global's, a misaligned hint, a missing memory.
    assert_eq!(whats(&one(InstKind::Op(Opcode::I32Load), 1, &[Type::I32])), ["E0232"]);
    let g0 = Imm::Global(GlobalId::new(0));
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::I32Load, g0), 1, &[Type::I32])), ["E0233"]);
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::I32Load, arg(0, 8)), 1, &[Type::I32])), ["E0241"]);
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::I32Load, arg(0, 3)), 1, &[Type::I32])), ["E0241"]);
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::I32Load, arg(1, 4)), 1, &[Type::I32])), ["E0234"]);
    // Globals: missing, immutable (this `global.set` also lacks its operand: E0212).
    let g9 = Imm::Global(GlobalId::new(9));
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::GlobalGet, g9), 0, &[Type::I32])), ["E0235"]);
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::GlobalSet, g0), 0, &[])), ["E0242", "E0212"]);
    // Slots, data, tables, signatures that do not exist.
    let s = Imm::Slot(Slot::new(0));
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::SlotAddr, s), 0, &[Type::Ptr])), ["E0236"]);
    let d = Imm::Data { data: DataId::new(0), addend: 0 };
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::DataAddr, d), 0, &[Type::Ptr])), ["E0237"]);
    let fi = Imm::FuncIndex { table: TableId::new(0), func: wasmir_syntax::ir::FuncId::new(0) };
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::FuncIndex, fi), 0, &[Type::I32])), ["E0238"]);
    let ci = InstKind::CallIndirect { table: TableId::new(0), sig: SigId::new(0) };
    assert_eq!(whats(&one(ci, 1, &[])), ["E0238", "E0239"]);
    // Wrong arity of a store.
    assert_eq!(whats(&one(InstKind::OpImm(Opcode::I32Store, arg(0, 4)), 1, &[])), ["E0212"]);

    // Data without a memory; a defined global without an initial value.
    let mut m = common::Mb::new();
    m.module.data.push(DataItem { name: "d".into(), align: 1, parts: vec![DataPart::Zero(4)] });
    m.module.globals.push(GlobalData { name: "g".into(), ty: Type::I64, mutable: true, init: None, import: None });
    assert_eq!(whats(&m), ["E0248", "E0243"]);
}
