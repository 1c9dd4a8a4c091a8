//! flags: -C overflow-checks=on
//! diff: byte_table(u32) -> u32 ; inputs: 0 ; 1 ; 15 ; 16 ; 255 ; 256 ; 4294967295 ; 123456
//! diff: crc(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 2,10 ; 123456789,32 ; 4294967295,7 ; 65535,100 ; 42,0
//! diff: float_table(u32, f64) -> f64 ; inputs: 0,0.0 ; 1,1.5 ; 7,-2.0 ; 8,3.0 ; 4294967295,0.5 ; 3,inf ; 5,-0.0 ; 6,nan
//! diff: records(u32) -> i64 ; inputs: 0 ; 1 ; 2 ; 3 ; 4 ; 5 ; 6 ; 4294967295
//! diff: matrix(u32, u32) -> i32 ; inputs: 0,0 ; 1,2 ; 2,1 ; 2,2 ; 3,0 ; 0,3 ; 4294967295,0 ; 1,1
//! diff: names(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 3 ; 4 ; 5 ; 100 ; 4294967295
//! diff: shorts(u32, u32) -> u32 ; inputs: 0,0 ; 1,3 ; 2,6 ; 3,0 ; 4,1 ; 0,7 ; 4294967295,0 ; 2,4294967295
//! diff: counters(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,5 ; 3,100 ; 4294967295,3 ; 1000,1000 ; 7,4294967295
//! diff: const_arrays(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 5,9 ; 9,10 ; 10,0 ; 4294967295,2 ; 3,4294967295
//! diff: linked(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 3 ; 4 ; 9 ; 4294967295
//! diff: state_machine(u32, u32) -> u32 ; inputs: 0,0 ; 1,0 ; 2,5 ; 3,17 ; 4294967295,12 ; 12345,31 ; 88,64
//! Statics (immutable tables of integers, floats, structs, nested arrays, `&str`, `&[u16]`, and
//! statics referring to statics), `static mut` state, and `const` arrays indexed at run time.
//! Each case starts from a fresh instance (native: a fresh process), so `static mut` starts at its
//! initial value on every input.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

static HEX: [u8; 16] = *b"0123456789abcdef";
static SQUARES: [u8; 16] = [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225];

/// Index `x % 256 >= 16` traps for `SQUARES` only when `x & 0x100` is set.
#[no_mangle]
pub extern "C" fn byte_table(x: u32) -> u32 {
    let mut acc = 0u32;
    let mut v = x;
    for _ in 0..8 {
        acc = acc.wrapping_mul(131).wrapping_add(HEX[(v & 15) as usize] as u32);
        v >>= 4;
    }
    let sq = if x & 0x100 != 0 { SQUARES[(x % 256) as usize] } else { SQUARES[(x % 16) as usize] };
    acc ^ ((sq as u32) << 24) ^ HEX.iter().map(|&b| b as u32).sum::<u32>()
}

const fn make_crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static CRC_TABLE: [u32; 256] = make_crc_table();

/// CRC-32 of `len % 64` bytes generated from `seed`.
#[no_mangle]
pub extern "C" fn crc(seed: u32, len: u32) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    let mut s = seed;
    for _ in 0..len % 64 {
        s = s.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let byte = (s >> 16) as u8;
        c = CRC_TABLE[((c ^ byte as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

static WEIGHTS: [f64; 8] = [0.5, -1.25, 3.0, 1e-3, -7.5, 2.0, 0.0, 100.25];

/// `i % 16 >= 8` traps.
#[no_mangle]
pub extern "C" fn float_table(i: u32, x: f64) -> f64 {
    let mut acc = 0.0;
    for (k, w) in WEIGHTS.iter().enumerate() {
        acc += w * (x + k as f64);
    }
    acc + WEIGHTS[(i % 16) as usize] * 10.0
}

#[derive(Clone, Copy)]
struct Rec {
    id: u16,
    score: i32,
    flag: bool,
    ratio: f32,
}

static RECS: [Rec; 5] = [
    Rec { id: 1, score: -40, flag: true, ratio: 0.5 },
    Rec { id: 7, score: 1000, flag: false, ratio: 1.75 },
    Rec { id: 300, score: i32::MIN, flag: true, ratio: -2.0 },
    Rec { id: 65535, score: i32::MAX, flag: false, ratio: 0.0 },
    Rec { id: 42, score: 0, flag: true, ratio: 3.25 },
];

/// `i >= 5` traps.
#[no_mangle]
pub extern "C" fn records(i: u32) -> i64 {
    let r = RECS[i as usize];
    let flagged = RECS.iter().filter(|r| r.flag).map(|r| r.id as i64).sum::<i64>();
    let best = RECS.iter().max_by_key(|r| r.score).map(|r| r.id).unwrap_or(0) as i64;
    r.score as i64 * 3 + r.id as i64 + (r.flag as i64) * 1_000_000 + (r.ratio * 4.0) as i64 + flagged * 7 + best * 11
}

static GRID: [[i8; 3]; 3] = [[1, -2, 3], [-4, 5, -6], [7, -8, 9]];

/// `(r, c)` outside 3x3 traps.
#[no_mangle]
pub extern "C" fn matrix(r: u32, c: u32) -> i32 {
    let mut det = 0i32;
    for j in 0..3 {
        let sign = if j % 2 == 0 { 1 } else { -1 };
        let m = |a: usize, b: usize| GRID[a][b] as i32;
        let (c1, c2) = match j {
            0 => (1, 2),
            1 => (0, 2),
            _ => (0, 1),
        };
        det += sign * m(0, j) * (m(1, c1) * m(2, c2) - m(1, c2) * m(2, c1));
    }
    let row_sum: i32 = GRID[(r % 3) as usize].iter().map(|&x| x as i32).sum();
    det * 1000 + row_sum * 10 + GRID[r as usize][c as usize] as i32
}

static NAMES: [&str; 5] = ["zero", "one", "two", "three", "four"];
static GREETING: &str = "hello, wasm";

/// `i % 8 >= 5` traps.
#[no_mangle]
pub extern "C" fn names(i: u32) -> u32 {
    let n = NAMES[(i % 8) as usize];
    let total_len: usize = NAMES.iter().map(|s| s.len()).sum();
    let h = n.bytes().fold(5381u32, |h, b| h.wrapping_mul(33) ^ b as u32);
    let first = n.as_bytes()[0] as u32;
    h ^ (total_len as u32) << 20 ^ first << 8 ^ GREETING.len() as u32 ^ GREETING.as_bytes()[7] as u32
}

static PRIMES: &[u16] = &[2, 3, 5, 7, 11, 13, 17];
static EMPTY: &[u16] = &[];
static TABLES: [&[u16]; 3] = [PRIMES, EMPTY, &[1000, 2000]];

/// `TABLES[t]` then element `i`: out of range traps.
#[no_mangle]
pub extern "C" fn shorts(t: u32, i: u32) -> u32 {
    let s = TABLES[t as usize % 4];
    let len_sum: usize = TABLES.iter().map(|s| s.len()).sum();
    let all: u32 = TABLES.iter().flat_map(|s| s.iter()).map(|&x| x as u32).sum();
    let v = if s.is_empty() { 9999 } else { s[i as usize] as u32 };
    v * 100 + len_sum as u32 + all * 100_000
}

static mut CALLS: u32 = 0;
static mut TOTAL: u64 = 7;
static mut HISTORY: [u32; 8] = [0; 8];

#[inline(never)]
fn record(v: u32) {
    unsafe {
        let c = CALLS;
        HISTORY[(c % 8) as usize] = v;
        CALLS = c + 1;
        TOTAL = TOTAL.wrapping_mul(31).wrapping_add(v as u64);
    }
}

#[inline(never)]
fn history_sum() -> u64 {
    let mut s = 0u64;
    unsafe {
        let h = &*core::ptr::addr_of!(HISTORY);
        for (i, &v) in h.iter().enumerate() {
            s = s.wrapping_add(v as u64 * (i as u64 + 1));
        }
    }
    s
}

#[no_mangle]
pub extern "C" fn counters(a: u32, n: u32) -> u64 {
    for i in 0..(n % 20) {
        record(a.wrapping_add(i));
    }
    unsafe {
        let calls = CALLS;
        let total = TOTAL;
        (calls as u64) << 56 ^ total ^ history_sum().rotate_left(13)
    }
}

const POW10: [u64; 10] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];
const MASKS: [u8; 4] = [0x0f, 0xf0, 0x3c, 0xff];
const PAIR: (u32, [i16; 2]) = (77, [-1, 1]);

/// `POW10[i]` with `i >= 10` traps.
#[no_mangle]
pub extern "C" fn const_arrays(i: u32, j: u32) -> u64 {
    let p = POW10[i as usize];
    let m = MASKS[(j % 4) as usize] as u64;
    let local = POW10;
    let digits = local.iter().take_while(|&&x| x <= j as u64).count() as u64;
    p.wrapping_mul(j as u64) ^ m << 40 ^ digits << 48 ^ PAIR.0 as u64 ^ (PAIR.1[(j % 2) as usize] as i64 as u64)
}

struct Node {
    value: u32,
    next: Option<&'static Node>,
}

static N3: Node = Node { value: 30, next: None };
static N2: Node = Node { value: 20, next: Some(&N3) };
static N1: Node = Node { value: 10, next: Some(&N2) };
static HEADS: [&Node; 3] = [&N1, &N2, &N3];
static CHAIN_LEN: &u32 = &3;

/// Walk from `HEADS[i]`; `i >= 3` traps.
#[no_mangle]
pub extern "C" fn linked(i: u32) -> u32 {
    let mut n = Some(HEADS[i as usize]);
    let mut sum = 0;
    let mut steps = 0;
    while let Some(node) = n {
        sum += node.value;
        steps += 1;
        n = node.next;
    }
    let same = core::ptr::eq(HEADS[0].next.unwrap(), &N2) as u32;
    sum * 100 + steps * 10 + same + *CHAIN_LEN * 1000
}

#[derive(Clone, Copy, PartialEq)]
enum St {
    Idle,
    Run(u8),
    Done,
}

static TRANSITIONS: [[St; 2]; 3] = [[St::Idle, St::Run(0)], [St::Run(1), St::Done], [St::Done, St::Idle]];

#[inline(never)]
fn step(s: St, bit: bool) -> St {
    let row = match s {
        St::Idle => 0,
        St::Run(k) if k < 3 => 1,
        St::Run(_) => 2,
        St::Done => 2,
    };
    match TRANSITIONS[row][bit as usize] {
        St::Run(k) => match s {
            St::Run(j) => St::Run(j + k),
            _ => St::Run(k),
        },
        other => other,
    }
}

#[no_mangle]
pub extern "C" fn state_machine(bits: u32, n: u32) -> u32 {
    let mut s = St::Idle;
    let mut trace = 0u32;
    for i in 0..(n % 33) {
        s = step(s, (bits >> i) & 1 == 1);
        trace = trace.wrapping_mul(3).wrapping_add(match s {
            St::Idle => 0,
            St::Run(k) => 1 + k as u32,
            St::Done => 2,
        });
    }
    trace ^ ((s == St::Done) as u32) << 31
}
