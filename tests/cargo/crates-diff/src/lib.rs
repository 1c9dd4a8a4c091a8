//! Functions of three crates.io crates that need no allocator, as exports taking and returning
//! scalars, for the differential test `crates/wirc/tests/crates_diff.rs`:
//!
//! * hashing: `xxhash-rust` (xxHash32, xxHash64, XXH3 64 and 128; one-shot, streaming, seeded,
//!   custom secret, the `const fn` forms, `core::hash::Hasher`);
//! * formatting into fixed buffers: `ryu` (shortest round-trip `f64`/`f32`) and `itoa` (every
//!   integer width), parsed back with `core`'s `str::parse`;
//! * a data structure on slices: `arrayvec` (`ArrayVec` push/insert/remove/drain/retain/sort/
//!   search, drop glue of its elements; `ArrayString` with `core::fmt::Write`).
//!
//! Each export builds its input from its arguments (a xorshift generator seeded by an argument
//! fills a buffer, a length argument picks its length) and folds its output into one scalar. The
//! same source is compiled to wasm (mir-export, wirc) and natively (the test's dev-dependency).
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

use core::cell::Cell;
use core::fmt::Write as _;
use core::hash::{Hash, Hasher};

use arrayvec::{ArrayString, ArrayVec};

// ---------------------------------------------------------------------------------------------
// Input generation and output folding.

/// xorshift64* (Vigna 2016), its state mixed from the seed by one SplitMix64 step.
struct Xs(u64);

impl Xs {
    fn new(seed: u64) -> Xs {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        Xs(if z == 0 { 1 } else { z })
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn fill(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let v = self.next().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }
}

/// The hashing inputs: up to 4 KiB, so that XXH3's long path runs over several 1 KiB blocks.
const MAX: usize = 4096;

/// `len % (MAX + 1)` bytes from the generator seeded with `seed`.
fn data(seed: u64, len: u32, buf: &mut [u8; MAX]) -> usize {
    let n = len as usize % (MAX + 1);
    Xs::new(seed).fill(&mut buf[..n]);
    n
}

/// Feeds `input` to `update` in pieces whose sizes come from `chunk_seed`: the largest piece is
/// one of 1, 3, 16, 64, 100, 255, 256, 1024 or 3000 bytes, each piece a random size up to it
/// (empty pieces included).
fn chunks(input: &[u8], chunk_seed: u64, mut update: impl FnMut(&[u8])) {
    let mut r = Xs::new(chunk_seed);
    let max = [1u64, 3, 16, 64, 100, 255, 256, 1024, 3000][r.below(9) as usize];
    let mut rest = input;
    while !rest.is_empty() {
        let n = (r.below(max + 1) as usize).min(rest.len());
        let (a, b) = rest.split_at(n);
        update(a);
        rest = b;
    }
    update(&[]);
}

/// FNV-1a 64 of `bytes` in the low 56 bits, the length in the top 8.
fn fold(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h & 0x00ff_ffff_ffff_ffff) | ((bytes.len() as u64 & 0xff) << 56)
}

/// Byte `i` of `s`, or -1 past its end (for the test's reports).
fn byte(s: &str, i: u32) -> i32 {
    s.as_bytes().get(i as usize).map_or(-1, |&b| b as i32)
}

fn u128_of(lo: u64, hi: u64) -> u128 {
    (hi as u128) << 64 | lo as u128
}

// ---------------------------------------------------------------------------------------------
// (a) xxhash-rust.

use xxhash_rust::{const_xxh3, const_xxh32, const_xxh64, xxh3, xxh32, xxh64};

#[no_mangle]
pub extern "C" fn xx32(seed: u64, len: u32, hseed: u32) -> u32 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    xxh32::xxh32(&b[..n], hseed)
}

#[no_mangle]
pub extern "C" fn xx32_stream(seed: u64, len: u32, hseed: u32, chunk_seed: u64) -> u32 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    let mut h = xxh32::Xxh32::new(hseed ^ 0x5555);
    h.update(&b[..n / 3]);
    h.reset(hseed);
    chunks(&b[..n], chunk_seed, |c| h.update(c));
    h.digest()
}

#[no_mangle]
pub extern "C" fn xx32_const(seed: u64, len: u32, hseed: u32) -> u32 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    const_xxh32::xxh32(&b[..n], hseed)
}

#[no_mangle]
pub extern "C" fn xx64(seed: u64, len: u32, hseed: u64) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    xxh64::xxh64(&b[..n], hseed)
}

#[no_mangle]
pub extern "C" fn xx64_stream(seed: u64, len: u32, hseed: u64, chunk_seed: u64) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    let mut h = xxh64::Xxh64::new(!hseed);
    h.update(&b[..n / 2]);
    h.reset(hseed);
    chunks(&b[..n], chunk_seed, |c| h.update(c));
    h.digest()
}

#[no_mangle]
pub extern "C" fn xx64_const(seed: u64, len: u32, hseed: u64) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    const_xxh64::xxh64(&b[..n], hseed)
}

/// `Xxh64` as a `core::hash::Hasher`, fed by `Hash` of a tuple with a `str` (no `usize`, slice
/// length or enum discriminant: those hash as 32 bits on wasm32 and 64 natively).
#[no_mangle]
pub extern "C" fn xx64_hasher(a: u64, b: u32, c: i32, len: u32) -> u64 {
    let text = "xxHash: extremely fast non-cryptographic hash, \u{e9}\u{20ac}\u{1f600}";
    let cut = (len as usize % (text.len() + 1)..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let mut h = xxh64::Xxh64::new(a);
    (a, b, c as i8, c as i16, c, &text[..cut], (b as u8, b > 7, char::from(b as u8))).hash(&mut h);
    h.write_u128(u128_of(a, b as u64));
    h.write_i64(cut as i64);
    h.finish()
}

#[no_mangle]
pub extern "C" fn xx3_64(seed: u64, len: u32) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    xxh3::xxh3_64(&b[..n])
}

#[no_mangle]
pub extern "C" fn xx3_64_seed(seed: u64, len: u32, hseed: u64) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    xxh3::xxh3_64_with_seed(&b[..n], hseed)
}

/// A custom secret of 136..=256 bytes (the minimum is 136).
fn secret(secret_seed: u64, secret_len: u32, s: &mut [u8; 256]) -> usize {
    let n = 136 + secret_len as usize % 121;
    Xs::new(secret_seed).fill(&mut s[..n]);
    n
}

#[no_mangle]
pub extern "C" fn xx3_64_secret(seed: u64, len: u32, secret_seed: u64, secret_len: u32) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    let mut s = [0u8; 256];
    let k = secret(secret_seed, secret_len, &mut s);
    xxh3::xxh3_64_with_secret(&b[..n], &s[..k])
}

fn xx3_128(seed: u64, len: u32, hseed: u64) -> u128 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    if hseed == 0 {
        xxh3::xxh3_128(&b[..n])
    } else {
        xxh3::xxh3_128_with_seed(&b[..n], hseed)
    }
}

#[no_mangle]
pub extern "C" fn xx3_128_lo(seed: u64, len: u32, hseed: u64) -> u64 {
    xx3_128(seed, len, hseed) as u64
}

#[no_mangle]
pub extern "C" fn xx3_128_hi(seed: u64, len: u32, hseed: u64) -> u64 {
    (xx3_128(seed, len, hseed) >> 64) as u64
}

fn xx3_128_secret(seed: u64, len: u32, secret_seed: u64, secret_len: u32) -> u128 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    let mut s = [0u8; 256];
    let k = secret(secret_seed, secret_len, &mut s);
    xxh3::xxh3_128_with_secret(&b[..n], &s[..k])
}

#[no_mangle]
pub extern "C" fn xx3_128_secret_lo(seed: u64, len: u32, secret_seed: u64, secret_len: u32) -> u64 {
    xx3_128_secret(seed, len, secret_seed, secret_len) as u64
}

#[no_mangle]
pub extern "C" fn xx3_128_secret_hi(seed: u64, len: u32, secret_seed: u64, secret_len: u32) -> u64 {
    (xx3_128_secret(seed, len, secret_seed, secret_len) >> 64) as u64
}

/// Streaming XXH3 (`Xxh3::with_seed`, or `Xxh3Default` for seed 0), both digests folded: the
/// 64-bit digest xor the rotated halves of the 128-bit one; `which` picks 64 (0), lo (1), hi (2).
fn xx3_stream(seed: u64, len: u32, hseed: u64, chunk_seed: u64, which: u32) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    let (d64, d128) = if hseed == 0 {
        let mut h = xxh3::Xxh3Default::new();
        h.update(&b[..n / 2]);
        h.reset();
        chunks(&b[..n], chunk_seed, |c| h.update(c));
        (h.digest(), h.digest128())
    } else {
        let mut h = xxh3::Xxh3::with_seed(hseed);
        h.update(&b[..n / 2]);
        h.reset();
        chunks(&b[..n], chunk_seed, |c| h.update(c));
        (h.digest(), h.digest128())
    };
    match which {
        0 => d64,
        1 => d128 as u64,
        _ => (d128 >> 64) as u64,
    }
}

#[no_mangle]
pub extern "C" fn xx3_stream_64(seed: u64, len: u32, hseed: u64, chunk_seed: u64) -> u64 {
    xx3_stream(seed, len, hseed, chunk_seed, 0)
}

#[no_mangle]
pub extern "C" fn xx3_stream_128_lo(seed: u64, len: u32, hseed: u64, chunk_seed: u64) -> u64 {
    xx3_stream(seed, len, hseed, chunk_seed, 1)
}

#[no_mangle]
pub extern "C" fn xx3_stream_128_hi(seed: u64, len: u32, hseed: u64, chunk_seed: u64) -> u64 {
    xx3_stream(seed, len, hseed, chunk_seed, 2)
}

/// Streaming XXH3 with a custom 192-byte secret (`Xxh3::with_secret`), 64-bit digest.
#[no_mangle]
pub extern "C" fn xx3_stream_secret(seed: u64, len: u32, secret_seed: u64, chunk_seed: u64) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    let mut s = [0u8; 192];
    Xs::new(secret_seed).fill(&mut s);
    let mut h = xxh3::Xxh3::with_secret(s);
    chunks(&b[..n], chunk_seed, |c| h.update(c));
    h.digest() ^ (h.digest128() as u64).rotate_left(17)
}

#[no_mangle]
pub extern "C" fn xx3_64_const(seed: u64, len: u32, hseed: u64) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    const_xxh3::xxh3_64_with_seed(&b[..n], hseed)
}

#[no_mangle]
pub extern "C" fn xx3_128_const_lo(seed: u64, len: u32, hseed: u64) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    const_xxh3::xxh3_128_with_seed(&b[..n], hseed) as u64
}

#[no_mangle]
pub extern "C" fn xx3_128_const_hi(seed: u64, len: u32, hseed: u64) -> u64 {
    let mut b = [0u8; MAX];
    let n = data(seed, len, &mut b);
    (const_xxh3::xxh3_128_with_seed(&b[..n], hseed) >> 64) as u64
}

/// Hashes computed at compile time by the `const fn`s (constants in the data section), folded.
#[no_mangle]
pub extern "C" fn xx_consts(i: u32) -> u64 {
    const TEXT: &[u8] = b"The quick brown fox jumps over the lazy dog, then over 240 more bytes..........................................................................................................................................................................";
    const T: [u64; 6] = [
        const_xxh32::xxh32(TEXT, 7) as u64,
        const_xxh64::xxh64(TEXT, 7),
        const_xxh3::xxh3_64(TEXT),
        const_xxh3::xxh3_128(TEXT) as u64,
        (const_xxh3::xxh3_128(TEXT) >> 64) as u64,
        const_xxh3::xxh3_64_with_seed(b"", 1),
    ];
    T[i as usize % T.len()]
}

// ---------------------------------------------------------------------------------------------
// (b) ryu and itoa.

#[no_mangle]
pub extern "C" fn ryu_f64(x: f64) -> u64 {
    let mut b = ryu::Buffer::new();
    fold(b.format(x).as_bytes())
}

#[no_mangle]
pub extern "C" fn ryu_f64_byte(x: f64, i: u32) -> i32 {
    let mut b = ryu::Buffer::new();
    byte(b.format(x), i)
}

/// `format_finite` then `core`'s `str::parse::<f64>`: the value back (NaN and infinities through
/// `format`), or 12345.5 if the text does not parse.
#[no_mangle]
pub extern "C" fn ryu_f64_parse(x: f64) -> f64 {
    let mut b = ryu::Buffer::new();
    let s = if x.is_finite() { b.format_finite(x) } else { b.format(x) };
    s.parse::<f64>().unwrap_or(12345.5)
}

#[no_mangle]
pub extern "C" fn ryu_f32(x: f32) -> u64 {
    let mut b = ryu::Buffer::new();
    fold(b.format(x).as_bytes())
}

#[no_mangle]
pub extern "C" fn ryu_f32_byte(x: f32, i: u32) -> i32 {
    let mut b = ryu::Buffer::new();
    byte(b.format(x), i)
}

#[no_mangle]
pub extern "C" fn ryu_f32_parse(x: f32) -> f32 {
    let mut b = ryu::Buffer::new();
    let s = if x.is_finite() { b.format_finite(x) } else { b.format(x) };
    s.parse::<f32>().unwrap_or(12345.5)
}

/// Shortest `f64` text of the bits `x` as `f32` too, and the count of significant digits, folded
/// from several formats written into one `ArrayString` (ryu's `&str` kept across buffers).
#[no_mangle]
pub extern "C" fn ryu_mixed(x: f64, y: f32) -> u64 {
    let mut s = ArrayString::<128>::new();
    let mut a = ryu::Buffer::new();
    let mut b = ryu::Buffer::new();
    let sa = a.format(x);
    let sb = b.format(y);
    s.push_str(sa);
    s.push(';');
    s.push_str(sb);
    s.push(';');
    s.push_str(a.format(x as f32));
    s.push(';');
    s.push_str(b.format(y as f64));
    fold(s.as_bytes())
}

macro_rules! itoa_exports {
    ($($name:ident $byte:ident $parse:ident: $arg:ty => $t:ty),*) => { $(
        #[no_mangle]
        pub extern "C" fn $name(x: $arg) -> u64 {
            let mut b = itoa::Buffer::new();
            fold(b.format(x as $t).as_bytes())
        }
        #[no_mangle]
        pub extern "C" fn $byte(x: $arg, i: u32) -> i32 {
            let mut b = itoa::Buffer::new();
            byte(b.format(x as $t), i)
        }
        /// The text parsed back by `core`, as the argument type; -12345 if it does not parse.
        #[no_mangle]
        pub extern "C" fn $parse(x: $arg) -> $arg {
            let mut b = itoa::Buffer::new();
            match b.format(x as $t).parse::<$t>() { Ok(v) => v as $arg, Err(_) => -12345i64 as $arg }
        }
    )* };
}

itoa_exports! {
    itoa_i8 itoa_i8_byte itoa_i8_parse: i32 => i8,
    itoa_u8 itoa_u8_byte itoa_u8_parse: u32 => u8,
    itoa_i16 itoa_i16_byte itoa_i16_parse: i32 => i16,
    itoa_u16 itoa_u16_byte itoa_u16_parse: u32 => u16,
    itoa_i32 itoa_i32_byte itoa_i32_parse: i32 => i32,
    itoa_u32 itoa_u32_byte itoa_u32_parse: u32 => u32,
    itoa_i64 itoa_i64_byte itoa_i64_parse: i64 => i64,
    itoa_u64 itoa_u64_byte itoa_u64_parse: u64 => u64,
    // From 32-bit arguments: `isize` is 32 bits on wasm32 and 64 natively.
    itoa_isize itoa_isize_byte itoa_isize_parse: i32 => isize,
    itoa_usize itoa_usize_byte itoa_usize_parse: u32 => usize
}

#[no_mangle]
pub extern "C" fn itoa_u128(lo: u64, hi: u64) -> u64 {
    let mut b = itoa::Buffer::new();
    fold(b.format(u128_of(lo, hi)).as_bytes())
}

#[no_mangle]
pub extern "C" fn itoa_u128_byte(lo: u64, hi: u64, i: u32) -> i32 {
    let mut b = itoa::Buffer::new();
    byte(b.format(u128_of(lo, hi)), i)
}

#[no_mangle]
pub extern "C" fn itoa_i128(lo: u64, hi: u64) -> u64 {
    let mut b = itoa::Buffer::new();
    fold(b.format(u128_of(lo, hi) as i128).as_bytes())
}

#[no_mangle]
pub extern "C" fn itoa_i128_byte(lo: u64, hi: u64, i: u32) -> i32 {
    let mut b = itoa::Buffer::new();
    byte(b.format(u128_of(lo, hi) as i128), i)
}

/// The `i128` text parsed back by `core`, xor the argument: 0 when it round-trips; the high half
/// when `hi_half`.
#[no_mangle]
pub extern "C" fn itoa_i128_parse(lo: u64, hi: u64, hi_half: bool) -> u64 {
    let x = u128_of(lo, hi) as i128;
    let mut b = itoa::Buffer::new();
    let back = b.format(x).parse::<i128>().map_or(!0u128, |v| (v ^ x) as u128);
    if hi_half {
        (back >> 64) as u64
    } else {
        back as u64
    }
}

// ---------------------------------------------------------------------------------------------
// (c) arrayvec.

/// Fold of a slice of `u32`s.
fn fold_u32(xs: &[u32]) -> u64 {
    let mut h: u64 = xs.len() as u64;
    for &x in xs {
        h = (h ^ x as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(23);
    }
    h
}

/// `len % 129` values `< modulus` (at least 1; small moduli make duplicates).
fn av_fill(seed: u64, len: u32, modulus: u32) -> ArrayVec<u32, 128> {
    let mut r = Xs::new(seed);
    let m = modulus.max(1) as u64;
    let mut v = ArrayVec::new();
    for _ in 0..len % 129 {
        v.push(r.below(m) as u32);
    }
    v
}

#[no_mangle]
pub extern "C" fn av_sort(seed: u64, len: u32, modulus: u32) -> u64 {
    let mut v = av_fill(seed, len, modulus);
    v.sort_unstable();
    let a = fold_u32(&v);
    v.sort_unstable_by(|x, y| y.cmp(x));
    let b = fold_u32(&v);
    v.sort_unstable_by_key(|x| x.rotate_left(7));
    a ^ b.rotate_left(21) ^ fold_u32(&v).rotate_left(42)
}

/// Sorted then deduplicated with `retain` (a closure keeping state), the result folded.
#[no_mangle]
pub extern "C" fn av_dedup(seed: u64, len: u32, modulus: u32) -> u64 {
    let mut v = av_fill(seed, len, modulus);
    v.sort_unstable();
    let mut prev = None;
    v.retain(|x| {
        let keep = prev != Some(*x);
        prev = Some(*x);
        keep
    });
    fold_u32(&v)
}

/// `binary_search` of `key` in the sorted vector: `Ok(i)` as `i`, `Err(i)` as `-1 - i`; with the
/// `partition_point` of `key` and the first index of `key` (`iter().position`) in the high bits.
#[no_mangle]
pub extern "C" fn av_search(seed: u64, len: u32, modulus: u32, key: u32) -> i64 {
    let mut v = av_fill(seed, len, modulus);
    v.sort_unstable();
    let r = match v.binary_search(&key) {
        Ok(i) => i as i64,
        Err(i) => -1 - i as i64,
    };
    let p = v.partition_point(|&x| x < key) as i64;
    let f = v.iter().position(|&x| x == key).map_or(255, |i| i as i64);
    r ^ (p << 20) ^ (f << 40)
}

/// A random sequence of `nops % 400` operations on an `ArrayVec<u64, 32>`, every result folded.
#[no_mangle]
pub extern "C" fn av_ops(seed: u64, nops: u32) -> u64 {
    let mut r = Xs::new(seed);
    let mut v: ArrayVec<u64, 32> = ArrayVec::new();
    let mut acc: u64 = 0;
    let mut mix = |x: u64| acc = (acc ^ x).wrapping_mul(0x1000_0000_01b3).rotate_left(29);
    for _ in 0..nops % 400 {
        let len = v.len();
        match r.below(16) {
            0..=3 => mix(v.try_push(r.next()).is_ok() as u64),
            4 => {
                if !v.is_full() {
                    v.insert(r.below(len as u64 + 1) as usize, r.next())
                }
                mix(v.try_insert(r.below(len as u64 + 2) as usize % (v.len() + 1), 7).is_err() as u64)
            }
            5 => mix(v.pop().unwrap_or(1)),
            6 if len > 0 => mix(v.remove(r.below(len as u64) as usize)),
            7 if len > 0 => mix(v.swap_remove(r.below(len as u64) as usize)),
            8 => mix(v.pop_at(r.below(len as u64 + 2) as usize).unwrap_or(3)),
            9 => mix(v.swap_pop(r.below(len as u64 + 2) as usize).unwrap_or(5)),
            10 => v.truncate(r.below(len as u64 + 3) as usize),
            11 => {
                let m = r.below(5) + 2;
                v.retain(|x| *x % m != 0);
            }
            12 => {
                let a = r.below(len as u64 + 1) as usize;
                let b = a + r.below((len - a) as u64 + 1) as usize;
                let mut d = v.drain(a..b);
                let first = d.next().unwrap_or(11);
                let last = d.next_back().unwrap_or(13);
                mix(first ^ last.rotate_left(1));
                // The rest of the range goes when `d` is dropped.
            }
            13 => {
                let k = r.below(8) as usize;
                let extra = [r.next(), r.next(), r.next(), r.next(), r.next(), r.next(), r.next(), r.next()];
                mix(v.try_extend_from_slice(&extra[..k]).is_ok() as u64);
            }
            14 => {
                let c = v.clone();
                mix((c == v) as u64 ^ c.iter().rev().fold(0, |a, x| a ^ x.rotate_left(3)));
                mix(c.into_iter().skip(len / 2).fold(0u64, |a, x| a.wrapping_add(x)));
            }
            _ => {
                v.as_mut_slice().reverse();
                if len > 1 {
                    v.swap(0, len - 1);
                    v[..].rotate_left(r.below(len as u64) as usize);
                }
            }
        }
    }
    mix(v.len() as u64);
    for x in &v {
        mix(*x);
    }
    acc
}

/// An element with drop glue: counts its drops (and the sum of the dropped values) in cells.
struct Counted<'a> {
    value: u32,
    drops: &'a Cell<u32>,
    sum: &'a Cell<u32>,
}

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
        self.sum.set(self.sum.get().wrapping_mul(31).wrapping_add(self.value));
    }
}

/// Random operations on an `ArrayVec` of `Counted`: the drops made by `pop`, `remove`,
/// `truncate`, `retain`, `drain`, `clear`, `into_iter` and the vector's own `Drop`; returns the
/// drop count in the low 32 bits and the order-sensitive sum of dropped values in the high.
#[no_mangle]
pub extern "C" fn av_drops(seed: u64, nops: u32) -> u64 {
    let drops = Cell::new(0);
    let sum = Cell::new(0);
    {
        let mut r = Xs::new(seed);
        let mut v: ArrayVec<Counted, 16> = ArrayVec::new();
        let mut next = 0u32;
        let mut make = || {
            next += 1;
            Counted { value: next, drops: &drops, sum: &sum }
        };
        for _ in 0..nops % 200 {
            let len = v.len();
            match r.below(10) {
                0..=3 => {
                    let _ = v.try_push(make()); // a full vector hands the element back: dropped
                }
                4 => drop(v.pop()),
                5 if len > 0 => drop(v.remove(r.below(len as u64) as usize)),
                6 => v.truncate(r.below(len as u64 + 1) as usize),
                7 => {
                    let m = r.below(3) as u32 + 2;
                    v.retain(|c| c.value % m != 0);
                }
                8 => {
                    let a = r.below(len as u64 + 1) as usize;
                    let b = a + r.below((len - a) as u64 + 1) as usize;
                    let mut d = v.drain(a..b);
                    drop(d.next());
                }
                _ => {
                    if r.below(2) == 0 {
                        v.clear();
                    } else {
                        let old = core::mem::take(&mut v);
                        let mut it = old.into_iter();
                        drop(it.next_back());
                        // the iterator's remaining elements are dropped with it
                    }
                }
            }
        }
    }
    drops.get() as u64 | (sum.get() as u64) << 32
}

/// Random edits of an `ArrayString<48>` with 1- to 4-byte characters: `try_push`, `try_push_str`,
/// `pop`, `remove`, `truncate` at a character boundary; the final text folded.
#[no_mangle]
pub extern "C" fn astr_ops(seed: u64, nops: u32) -> u64 {
    const CHARS: [char; 8] = ['a', 'Z', '0', '\u{e9}', '\u{3b1}', '\u{20ac}', '\u{4e2d}', '\u{1f600}'];
    const STRS: [&str; 4] = ["", "xy", "\u{e9}t\u{e9}", "\u{1f600}\u{1f601}"];
    let mut r = Xs::new(seed);
    let mut s = ArrayString::<48>::new();
    let mut acc = 0u64;
    for _ in 0..nops % 300 {
        match r.below(8) {
            0..=2 => acc += s.try_push(CHARS[r.below(8) as usize]).is_ok() as u64,
            3 => acc += s.try_push_str(STRS[r.below(4) as usize]).is_ok() as u64 * 3,
            4 => acc = acc.wrapping_add(s.pop().map_or(1, |c| c as u64)),
            5 if !s.is_empty() => {
                let k = s.char_indices().nth(r.below(s.chars().count() as u64) as usize).map_or(0, |p| p.0);
                acc = acc.wrapping_add(s.remove(k) as u64 * 5);
            }
            6 => {
                let mut k = r.below(s.len() as u64 + 1) as usize;
                while !s.is_char_boundary(k) {
                    k -= 1;
                }
                s.truncate(k);
            }
            _ => {
                let u = s.to_ascii_uppercase_in_place();
                acc = acc.wrapping_mul(3).wrapping_add(u as u64);
            }
        }
    }
    fold(s.as_bytes()) ^ acc.rotate_left(40)
}

trait UpperInPlace {
    fn to_ascii_uppercase_in_place(&mut self) -> usize;
}

impl<const N: usize> UpperInPlace for ArrayString<N> {
    fn to_ascii_uppercase_in_place(&mut self) -> usize {
        self.as_mut_str().make_ascii_uppercase();
        self.chars().filter(|c| c.is_uppercase()).count()
    }
}

/// `core::fmt` into an `ArrayString` (its `fmt::Write`): integers in several radixes and widths.
#[no_mangle]
pub extern "C" fn astr_fmt_int(x: i64, y: u32) -> u64 {
    let mut s = ArrayString::<160>::new();
    let ok = write!(
        s,
        "{}|{:x}|{:#010X}|{:>8}|{:<+6}|{:o}|{:b}|{:?}",
        x,
        y,
        y,
        y as i16,
        x as i8,
        y as u8,
        y & 0xfff,
        (x as i32, y as u8 as char)
    );
    fold(s.as_bytes()) ^ (ok.is_ok() as u64) << 63
}

/// `core::fmt` floats into an `ArrayString`: `{}`, `{:e}`, `{:.3}`, `{:?}` of an `f64` and `f32`.
#[no_mangle]
pub extern "C" fn astr_fmt_float(x: f64) -> u64 {
    let mut s = ArrayString::<1024>::new();
    let ok = write!(s, "{}|{:e}|{:.3}|{:?}|{}", x, x, x, x as f32, x as f32);
    fold(s.as_bytes()) ^ (ok.is_ok() as u64) << 63
}

/// A `Display` that writes pieces into a `&mut dyn fmt::Write` (the `ArrayString`), truncating when
/// full: the capacity error path of `fmt::Write for ArrayString`.
#[no_mangle]
pub extern "C" fn astr_fmt_overflow(seed: u64, n: u32) -> u64 {
    let mut r = Xs::new(seed);
    let mut s = ArrayString::<40>::new();
    let w: &mut dyn core::fmt::Write = &mut s;
    let mut errs = 0u64;
    for _ in 0..n % 30 {
        let v = r.next();
        let res = match v % 3 {
            0 => w.write_str("ab\u{e9}"),
            1 => w.write_char('\u{20ac}'),
            _ => write!(w, "{}", v >> 40),
        };
        errs = errs * 2 + res.is_err() as u64;
    }
    fold(s.as_bytes()) ^ errs.rotate_left(32)
}
