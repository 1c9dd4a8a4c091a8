//! flags: -C overflow-checks=on
//! diff: eq_match(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 0,1 ; 2,3 ; 3,3 ; 4,5 ; 5,5 ; 6,6 ; 7,2 ; 8,8 ; 9,0 ; 9,9 ; 10,10 ; 11,1 ; 4294967295,4294967295
//! diff: digits_eq(u64, u64) -> u32 ; inputs: 0,0 ; 1,1 ; 12,123 ; 123,12 ; 123,123 ; 18446744073709551615,18446744073709551615 ; 18446744073709551615,1844674407370955161 ; 100,1000 ; 98765,98764 ; 5,50
//! diff: find_ops(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 6,6 ; 7,7 ; 8,100 ; 9,4294967295 ; 10,97
//! diff: split_ops(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,0 ; 6,1 ; 7,2 ; 8,5 ; 9,9 ; 10,4294967295
//! diff: trim_strip(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 4 ; 5 ; 6 ; 7 ; 8 ; 9 ; 10 ; 4294967295
//! diff: case_chars(u32) -> u64 ; inputs: 97 ; 90 ; 48 ; 32 ; 223 ; 304 ; 931 ; 962 ; 64256 ; 128512 ; 1114111 ; 55296 ; 1114112 ; 0 ; 8486 ; 1024 ; 7838
//! diff: char_class(u32) -> u32 ; inputs: 0 ; 9 ; 10 ; 32 ; 49 ; 65 ; 95 ; 127 ; 160 ; 181 ; 1633 ; 8232 ; 12288 ; 19968 ; 65279 ; 119808
//! diff: parse_ints(u64, u32) -> i64 ; inputs: 0,0 ; 1,1 ; 127,2 ; 128,3 ; 255,4 ; 256,5 ; 18446744073709551615,6 ; 4294967296,7 ; 99,8 ; 12345678901234,9 ; 7,10 ; 42,11
//! diff: parse_float(u32, u32) -> f64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 6,6 ; 7,7 ; 8,8 ; 9,9
//! diff: fmt_write(u32, u32, i32) -> u64 ; inputs: 0,0,0 ; 1,1,1 ; 10,255,-1 ; 4294967295,4294967295,-2147483648 ; 12345,48879,2147483647 ; 7,16,99999 ; 100000,0,-42 ; 5,3735928559,123
//! diff: utf8_iter(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 4 ; 5 ; 6 ; 7 ; 8 ; 9 ; 10 ; 11
//! diff: ascii_case(u32, u32) -> u32 ; inputs: 0,0 ; 0,1 ; 1,2 ; 2,3 ; 3,4 ; 4,5 ; 5,6 ; 6,0 ; 7,7 ; 8,1 ; 4294967295,3
//! diff: fmt_numbers(u64, i32, u32) -> u64 ; inputs: 0,0,0 ; 1,1,1 ; 18446744073709551615,-1,5 ; 12345678901234567890,2147483647,12 ; 9007199254740993,-2147483648,3 ; 100,42,0 ; 65536,-7,20 ; 3,1000000,7 ; 4294967296,314159,9
//! diff: fmt_debug_escape(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 6,6 ; 7,7 ; 8,8 ; 9,9 ; 10,10 ; 11,11
//! diff: char_iters(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 6,6 ; 7,7 ; 8,8 ; 9,9 ; 10,10 ; 11,3
//! diff: fmt_wide_dec(u64, u64, u32) -> u64 ; inputs: 0,0,0 ; 0,1,1 ; 18446744073709551615,18446744073709551615,5 ; 9223372036854775807,18446744073709551615,47 ; 9223372036854775808,0,40 ; 0,18446744073709551615,20 ; 1,0,12 ; 5421010862427522170,687399551400673280,3 ; 18446744073709551615,18446744073709551574,41 ; 12345,6789,30
//! diff: fmt_f64(f64, u32) -> u64 ; inputs: 0.0,0 ; -0.0,1 ; 1.5,2 ; -2.75,3 ; 0.1,17 ; 1e300,5 ; -1e-300,19 ; 5e-324,7 ; 2.2250738585072014e-308,15 ; 1.7976931348623157e308,4 ; nan,6 ; inf,8 ; -inf,9 ; 123456789.125,10 ; 9007199254740993.0,30
//! diff: fmt_f32(f32, u32) -> u64 ; inputs: 0.0,0 ; -0.0,1 ; 1.5,2 ; 0.1,11 ; -3.4028235e38,5 ; 1e-45,7 ; 1.1754944e-38,9 ; nan,3 ; inf,4 ; -inf,6 ; 16777217.0,8 ; 0.3333333,24
//! diff: fmt_f64_bits(u64, u32) -> u64 ; inputs: 0,0 ; 1,17 ; 9223372036854775808,3 ; 4503599627370495,10 ; 4503599627370496,5 ; 9218868437227405312,2 ; 9221120237041090561,4 ; 18442240474082181120,6 ; 4607182418800017408,1 ; 4591870180066957722,16 ; 9218868437227405311,8 ; 4890909195324358656,12 ; 2139095039,7 ; 8388607,9
//! `str` in core: `==`/`!=`, `match` on string literals, `starts_with`/`ends_with`/`find`/
//! `rfind`/`contains` with char, `&str`, char arrays and closures, `split`/`splitn`/`rsplit`/
//! `split_once`/`lines`/`split_whitespace`, trimming and `strip_prefix`/`strip_suffix`, char case
//! mapping (including multi-char and non-ASCII results) and classification, `parse` of integers
//! and floats, `core::str::from_utf8` of bytes built from the arguments, `core::fmt::Write`
//! into a fixed buffer (formatting through `dyn Write`), char/byte iteration in both directions.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

use core::fmt::Write;

#[inline(never)]
fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(0x0000_0100_0000_01B3).rotate_left(7)
}

fn hash_bytes(mut h: u64, b: &[u8]) -> u64 {
    for &x in b {
        h = mix(h, x as u64);
    }
    mix(h, b.len() as u64)
}

static WORDS: [&str; 12] = [
    "",
    "abc",
    "abcd",
    "hello world",
    "  padded\ttext \n",
    "a,b,,c,",
    "straße İstanbul",
    "line1\nline2\r\nline3\n",
    "key=value=more",
    "ΣίσυφοςΣ ok",
    "😀x😀yz😀",
    "aaa",
];

fn word(i: u32) -> &'static str {
    WORDS[(i % WORDS.len() as u32) as usize]
}

#[inline(never)]
fn classify(s: &str) -> u32 {
    match s {
        "" => 1,
        "abc" => 2,
        "abcd" => 3,
        "hello world" => 4,
        "aaa" => 5,
        "straße İstanbul" => 6,
        _ => 100 + s.len() as u32,
    }
}

#[no_mangle]
pub extern "C" fn eq_match(i: u32, j: u32) -> u32 {
    let a = word(i);
    let b = word(j);
    let mut r = classify(a);
    r = r * 2 + (a == b) as u32;
    r = r * 2 + (a != b) as u32;
    r = r * 2 + a.starts_with(b) as u32;
    r = r * 2 + a.ends_with(b) as u32;
    r = r * 2 + b.contains(a) as u32;
    r = r * 3 + (a.cmp(b) as i8 + 1) as u32;
    r = r.wrapping_mul(2) + (a < b) as u32;
    // `get` returns None off a char boundary (e.g. the middle of 'Σ' or '😀')
    let ha = a.get(..a.len() / 2);
    let hb = b.get(..b.len() / 2);
    r = r.wrapping_mul(3) + ha.map_or(2, |x| (Some(x) == hb) as u32);
    r
}

/// Writes the decimal digits of `v` into `buf`, returning the used tail.
fn digits(mut v: u64, buf: &mut [u8; 24]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    core::str::from_utf8(&buf[i..]).unwrap()
}

#[no_mangle]
pub extern "C" fn digits_eq(x: u64, y: u64) -> u32 {
    let mut b1 = [0u8; 24];
    let mut b2 = [0u8; 24];
    let s = digits(x, &mut b1);
    let t = digits(y, &mut b2);
    let mut r = (s == t) as u32;
    r = r * 2 + s.starts_with(t) as u32;
    r = r * 2 + t.ends_with(s) as u32;
    r = r * 2 + s.contains(t) as u32;
    r = r * 3 + (s.cmp(t) as i8 + 1) as u32;
    r = r * 25 + s.find(t).map_or(24, |p| p as u32);
    r = r * 25 + s.rfind('9').map_or(24, |p| p as u32);
    r = r * 25 + s.len() as u32;
    r = r.wrapping_mul(11) + s.parse::<u64>().map_or(10, |v| (v == x) as u32);
    r
}

#[no_mangle]
pub extern "C" fn find_ops(i: u32, k: u32) -> u64 {
    let s = word(i);
    let mut h = 0u64;
    let opt = |o: Option<usize>| o.map_or(u64::MAX, |p| p as u64);
    h = mix(h, opt(s.find('a')));
    h = mix(h, opt(s.rfind('a')));
    h = mix(h, opt(s.find("l")));
    h = mix(h, opt(s.find("world")));
    h = mix(h, opt(s.find("İst")));
    h = mix(h, opt(s.find('😀')));
    h = mix(h, opt(s.rfind('😀')));
    h = mix(h, opt(s.find(|c: char| c.is_whitespace())));
    h = mix(h, opt(s.rfind(|c: char| !c.is_ascii())));
    h = mix(h, opt(s.find(&['=', ',', 'ß'][..])));
    h = mix(h, opt(s.rfind(['e', 'o'])));
    h = mix(h, opt(s.find("")));
    h = mix(h, opt(s.rfind("a")));
    // a needle taken from another word, of length k % 4
    let other = word(k);
    let nl = core::cmp::min(other.len(), (k % 4) as usize);
    if other.is_char_boundary(nl) {
        let needle = &other[..nl];
        h = mix(h, opt(s.find(needle)));
        h = mix(h, s.contains(needle) as u64);
        h = mix(h, s.matches(needle).count() as u64);
    }
    h = mix(h, s.matches('a').count() as u64);
    h = mix(h, s.match_indices("a").map(|(p, _)| p as u64 + 1).sum::<u64>());
    h
}

#[no_mangle]
pub extern "C" fn split_ops(i: u32, k: u32) -> u64 {
    let s = word(i);
    let mut h = 0u64;
    h = mix(h, s.split(',').count() as u64);
    h = mix(h, s.split(' ').map(|p| p.len() as u64).fold(0, |a, l| a * 31 + l));
    let n = (k % 4) as usize;
    h = mix(h, s.splitn(n, '=').count() as u64);
    if let Some(last) = s.splitn(n, '=').last() {
        h = hash_bytes(h, last.as_bytes());
    }
    h = mix(h, s.rsplit(',').next().map_or(99, |p| p.len() as u64));
    h = mix(h, s.rsplitn(2, 'a').count() as u64);
    match s.split_once('=') {
        Some((a, b)) => {
            h = hash_bytes(h, a.as_bytes());
            h = hash_bytes(h, b.as_bytes());
        }
        None => h = mix(h, 12345),
    }
    match s.rsplit_once(' ') {
        Some((a, b)) => h = mix(h, (a.len() * 100 + b.len()) as u64),
        None => h = mix(h, 54321),
    }
    for l in s.lines() {
        h = hash_bytes(h, l.as_bytes());
    }
    h = mix(h, s.lines().count() as u64);
    h = mix(h, s.split_whitespace().count() as u64);
    h = mix(h, s.split_terminator(',').count() as u64);
    h = mix(h, s.split("ll").count() as u64);
    h = mix(h, s.split(char::is_uppercase).count() as u64);
    h = mix(h, s.split_inclusive('\n').count() as u64);
    h
}

#[no_mangle]
pub extern "C" fn trim_strip(i: u32) -> u64 {
    let s = word(i);
    let mut h = 0u64;
    h = hash_bytes(h, s.trim().as_bytes());
    h = hash_bytes(h, s.trim_start().as_bytes());
    h = hash_bytes(h, s.trim_end().as_bytes());
    h = hash_bytes(h, s.trim_start_matches('a').as_bytes());
    h = hash_bytes(h, s.trim_end_matches(|c: char| c == 'z' || c == '😀').as_bytes());
    h = hash_bytes(h, s.trim_matches(&[' ', '\n', 'a'][..]).as_bytes());
    h = hash_bytes(h, s.trim_start_matches("ab").as_bytes());
    h = mix(h, s.strip_prefix("ab").map_or(99, |r| r.len() as u64));
    h = mix(h, s.strip_prefix('😀').map_or(99, |r| r.len() as u64));
    h = mix(h, s.strip_suffix("\n").map_or(99, |r| r.len() as u64));
    h = mix(h, s.strip_suffix(',').map_or(99, |r| r.len() as u64));
    h = mix(h, s.is_empty() as u64);
    h = mix(h, s.chars().count() as u64);
    h
}

#[no_mangle]
pub extern "C" fn case_chars(c: u32) -> u64 {
    let ch = match char::from_u32(c) {
        Some(ch) => ch,
        None => return 0xDEAD,
    };
    let mut h = mix(0, ch.len_utf8() as u64);
    for u in ch.to_uppercase() {
        h = mix(h, u as u64);
    }
    h = mix(h, ch.to_uppercase().len() as u64);
    for l in ch.to_lowercase() {
        h = mix(h, l as u64);
    }
    h = mix(h, ch.to_lowercase().len() as u64);
    h = mix(h, ch.to_ascii_uppercase() as u64);
    h = mix(h, ch.to_ascii_lowercase() as u64);
    h = mix(h, ch.len_utf16() as u64);
    let mut buf = [0u8; 4];
    let enc = ch.encode_utf8(&mut buf);
    h = hash_bytes(h, enc.as_bytes());
    let mut w = [0u16; 2];
    let e16 = ch.encode_utf16(&mut w);
    h = mix(h, e16.len() as u64 * 0x10000 + e16[0] as u64);
    h = mix(h, ch.to_digit(16).map_or(99, |d| d as u64));
    h = mix(h, ch.to_digit(36).map_or(99, |d| d as u64));
    h
}

#[no_mangle]
pub extern "C" fn char_class(c: u32) -> u32 {
    let ch = match char::from_u32(c) {
        Some(ch) => ch,
        None => return u32::MAX,
    };
    let flags = [
        ch.is_alphabetic(),
        ch.is_alphanumeric(),
        ch.is_numeric(),
        ch.is_whitespace(),
        ch.is_lowercase(),
        ch.is_uppercase(),
        ch.is_control(),
        ch.is_ascii(),
        ch.is_ascii_alphabetic(),
        ch.is_ascii_digit(),
        ch.is_ascii_hexdigit(),
        ch.is_ascii_punctuation(),
        ch.is_ascii_graphic(),
        ch.is_ascii_whitespace(),
        ch.is_ascii_control(),
        ch.is_digit(8),
    ];
    let mut r = 0u32;
    for (i, f) in flags.iter().enumerate() {
        r |= (*f as u32) << i;
    }
    r
}

#[no_mangle]
pub extern "C" fn parse_ints(x: u64, mode: u32) -> i64 {
    let mut buf = [0u8; 32];
    let mut b2 = [0u8; 24];
    let d = digits(x, &mut b2);
    // prefix sign / junk by mode
    let pre: &[u8] = match mode % 6 {
        0 => b"",
        1 => b"-",
        2 => b"+",
        3 => b"x",
        4 => b"--",
        _ => b"0",
    };
    let n = pre.len();
    buf[..n].copy_from_slice(pre);
    buf[n..n + d.len()].copy_from_slice(d.as_bytes());
    let mut len = n + d.len();
    if mode >= 6 && mode % 2 == 0 {
        buf[len] = b' ';
        len += 1;
    }
    let s = core::str::from_utf8(&buf[..len]).unwrap();
    let mut acc = 0i64;
    acc = acc.wrapping_mul(31).wrapping_add(s.parse::<u64>().map_or(-1, |v| v as i64));
    acc = acc.wrapping_mul(31).wrapping_add(s.parse::<i64>().unwrap_or(-2));
    acc = acc.wrapping_mul(31).wrapping_add(s.parse::<i8>().map_or(-3, |v| v as i64));
    acc = acc.wrapping_mul(31).wrapping_add(s.parse::<u8>().map_or(-4, |v| v as i64));
    acc = acc.wrapping_mul(31).wrapping_add(s.parse::<u32>().map_or(-5, |v| v as i64));
    acc = acc.wrapping_mul(31).wrapping_add(s.parse::<i16>().map_or(-6, |v| v as i64));
    acc = acc.wrapping_mul(31).wrapping_add(s.parse::<u128>().map_or(-7, |v| (v % 1000) as i64));
    acc = acc
        .wrapping_mul(31)
        .wrapping_add(i64::from_str_radix(s, 16).map_or(-8, |v| v));
    acc = acc
        .wrapping_mul(31)
        .wrapping_add(u32::from_str_radix(s, 7).map_or(-9, |v| v as i64));
    // error kinds
    let kind = match s.parse::<i8>() {
        Ok(_) => 0,
        Err(e) => match e.kind() {
            core::num::IntErrorKind::Empty => 1,
            core::num::IntErrorKind::InvalidDigit => 2,
            core::num::IntErrorKind::PosOverflow => 3,
            core::num::IntErrorKind::NegOverflow => 4,
            _ => 5,
        },
    };
    acc = acc.wrapping_mul(7).wrapping_add(kind);
    acc = acc.wrapping_mul(3).wrapping_add(s.parse::<bool>().is_ok() as i64);
    acc = acc
        .wrapping_mul(3)
        .wrapping_add(s.parse::<char>().map_or(-1, |c| c as i64));
    acc
}

static FLOATS: [&str; 10] = [
    "0", "1.5", "-2.25e3", "3.141592653589793", "1e308", "inf", "-0.0", "nan", "2.5E-310", "abc",
];

#[no_mangle]
pub extern "C" fn parse_float(i: u32, mode: u32) -> f64 {
    let s = FLOATS[(i % 10) as usize];
    let v: f64 = s.parse().unwrap_or(-1234.5);
    let w: f32 = s.parse().unwrap_or(-99.0);
    if v.is_nan() {
        return 7777.0 + mode as f64;
    }
    v * 2.0 + w as f64 + mode as f64
}

/// A `core::fmt::Write` sink over a fixed buffer that truncates silently.
struct BufWriter {
    buf: [u8; 96],
    len: usize,
}

impl Write for BufWriter {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let room = self.buf.len() - self.len;
        let n = core::cmp::min(room, s.len());
        self.buf[self.len..self.len + n].copy_from_slice(&s.as_bytes()[..n]);
        self.len += n;
        if n < s.len() {
            Err(core::fmt::Error)
        } else {
            Ok(())
        }
    }
}

#[inline(never)]
fn write_dyn(w: &mut dyn Write, a: u32, c: i32) -> core::fmt::Result {
    write!(w, "[{:08b}|{:+}]", a & 0xff, c)?;
    w.write_char('é')?;
    w.write_str("!")
}

#[derive(Debug)]
struct Pt {
    x: i16,
    y: u8,
}

#[no_mangle]
pub extern "C" fn fmt_write(a: u32, b: u32, c: i32) -> u64 {
    let mut w = BufWriter { buf: [0; 96], len: 0 };
    let r1 = write!(w, "{}-{:x}-{:>5}", a, b, c).is_ok();
    let mut h = hash_bytes(0, &w.buf[..w.len]);
    h = mix(h, r1 as u64);
    let mut w2 = BufWriter { buf: [0; 96], len: 0 };
    let r2 = write!(w2, "{:<4}|{:^7}|{:#X}|{:05}|{:?}", b % 100, "ab", a, c % 1000, 'q').is_ok();
    h = hash_bytes(h, &w2.buf[..w2.len]);
    h = mix(h, r2 as u64);
    let r3 = write_dyn(&mut w2, a, c).is_ok();
    h = hash_bytes(h, &w2.buf[..w2.len]);
    h = mix(h, r3 as u64);
    let mut w3 = BufWriter { buf: [0; 96], len: 0 };
    let p = Pt { x: c as i16, y: b as u8 };
    let r4 = write!(w3, "{:?} {:?} {}", p, Some(a % 3), true).is_ok();
    h = hash_bytes(h, &w3.buf[..w3.len]);
    h = mix(h, r4 as u64);
    // overflow the buffer: must report an error and stop at 96 bytes
    let mut w4 = BufWriter { buf: [0; 96], len: 0 };
    let mut ok = true;
    for k in 0..20u32 {
        ok &= write!(w4, "{},", a.wrapping_add(k)).is_ok();
    }
    h = mix(h, w4.len as u64);
    h = mix(h, ok as u64);
    h = hash_bytes(h, &w4.buf[..w4.len]);
    h
}

#[no_mangle]
pub extern "C" fn utf8_iter(i: u32) -> u64 {
    let s = word(i);
    let mut h = 0u64;
    for c in s.chars().rev() {
        h = mix(h, c as u64);
    }
    for (p, c) in s.char_indices() {
        h = mix(h, (p as u64) << 32 | c as u64);
    }
    for (p, c) in s.char_indices().rev().take(3) {
        h = mix(h, (p as u64) << 32 | c as u64);
    }
    for b in s.bytes().rev() {
        h = mix(h, b as u64);
    }
    h = mix(h, s.chars().filter(|c| c.is_alphabetic()).count() as u64);
    h = mix(h, s.chars().map(|c| c.len_utf8() as u64).sum::<u64>());
    h = mix(h, s.chars().nth(2).map_or(0, |c| c as u64));
    h = mix(h, s.chars().last().map_or(0, |c| c as u64));
    h = mix(h, s.encode_utf16().count() as u64);
    let mut cnt = [0u32; 4];
    for b in s.bytes() {
        cnt[(b >> 6) as usize] += 1;
    }
    for c in cnt {
        h = mix(h, c as u64);
    }
    // invalid UTF-8 detection
    let mut buf = [0u8; 32];
    let n = core::cmp::min(s.len(), 31);
    buf[..n].copy_from_slice(&s.as_bytes()[..n]);
    buf[n] = 0xC3;
    h = mix(h, core::str::from_utf8(&buf[..n]).is_ok() as u64);
    match core::str::from_utf8(&buf[..n + 1]) {
        Ok(_) => h = mix(h, 1),
        Err(e) => {
            h = mix(h, e.valid_up_to() as u64);
            h = mix(h, e.error_len().map_or(9, |l| l as u64));
        }
    }
    h
}

#[no_mangle]
pub extern "C" fn ascii_case(i: u32, j: u32) -> u32 {
    let a = word(i);
    let b = word(j);
    let mut up = [0u8; 32];
    let n = core::cmp::min(a.len(), 32);
    up[..n].copy_from_slice(&a.as_bytes()[..n]);
    up[..n].make_ascii_uppercase();
    let us = core::str::from_utf8(&up[..n]).unwrap_or("?");
    let mut r = a.eq_ignore_ascii_case(b) as u32;
    r = r * 2 + us.eq_ignore_ascii_case(a) as u32;
    r = r * 2 + (us == a) as u32;
    r = r * 2 + a.is_ascii() as u32;
    r = r * 2 + us.as_bytes().eq_ignore_ascii_case(b.as_bytes()) as u32;
    r = r * 64 + us.bytes().filter(|c| c.is_ascii_uppercase()).count() as u32;
    let mut low = up;
    low[..n].make_ascii_lowercase();
    r = r * 2 + (&low[..n] == a.as_bytes()) as u32;
    r = r * 2 + (low[..n].to_ascii_lowercase_eq(a)) as u32;
    r
}

trait LowerEq {
    fn to_ascii_lowercase_eq(&self, s: &str) -> bool;
}

impl LowerEq for [u8] {
    fn to_ascii_lowercase_eq(&self, s: &str) -> bool {
        self.len() == s.len()
            && self
                .iter()
                .zip(s.bytes())
                .all(|(x, y)| *x == y.to_ascii_lowercase())
    }
}

fn fmt_hash(h: u64, args: core::fmt::Arguments) -> u64 {
    let mut w = BufWriter { buf: [0; 96], len: 0 };
    let ok = w.write_fmt(args).is_ok();
    mix(hash_bytes(h, &w.buf[..w.len]), ok as u64)
}

/// Integer formatting of u64/i64/u128 (hex/binary/octal, runtime width, `{:e}` of integers,
/// sign/zero padding) through `Arguments`. (Decimal `{}` of u128/i128 is in `fmt_wide_dec`, float
/// formats in `fmt_f64`, `fmt_f32` and `fmt_f64_bits`.)
#[no_mangle]
pub extern "C" fn fmt_numbers(a: u64, b: i32, p: u32) -> u64 {
    let wide = (a as u128) * (a as u128 | 3);
    let neg = (b as i64).wrapping_mul(a as i64);
    let width = (p % 30) as usize;
    let mut h = 0u64;
    h = fmt_hash(h, format_args!("{} {:o} {:#x} {:e}", a, a, a, a));
    h = fmt_hash(h, format_args!("{} {:X} {:e}", neg, neg, b));
    h = fmt_hash(h, format_args!("{:x} {:#b}", wide, (b as i128).unsigned_abs()));
    h = fmt_hash(h, format_args!("{:#o} {:x}", -(wide as i128), wide >> 64));
    h = fmt_hash(h, format_args!("[{:>w$}] [{:<w$}] [{:^+w$}]", b, a % 1000, b, w = width));
    h = fmt_hash(h, format_args!("[{:0w$}] [{:#0w$x}]", b, b, w = width));
    h = fmt_hash(h, format_args!("[{:*^w$}] [{:-<w$b}]", a as u8, b as u8, w = width));
    h = fmt_hash(h, format_args!("{} {} {} {}", b as i8, b as u16, b as i16, a as u32 as usize));
    h = fmt_hash(h, format_args!("{:.3e} {:E}", a, a as u32));
    h
}

static ESC: [&str; 12] = [
    "plain",
    "tab\there",
    "quote\"q'",
    "nl\n\r\0",
    "\u{7f}\u{1b}",
    "é and ß",
    "\u{200b}zw\u{feff}",
    "\u{301}combining",
    "😀",
    "\\back",
    "\u{10ffff}",
    "",
];

/// `{:?}` of str/char (escape_debug, grapheme-extend rules), escape_default/escape_unicode,
/// Debug of slices, arrays, tuples and nested Options; `{:#?}` pretty printing.
#[no_mangle]
pub extern "C" fn fmt_debug_escape(i: u32, j: u32) -> u64 {
    let s = ESC[(i % 12) as usize];
    let c = s.chars().next().unwrap_or('\0');
    let mut h = 0u64;
    h = fmt_hash(h, format_args!("{:?}", s));
    h = fmt_hash(h, format_args!("{:?} {:?}", c, s.chars().last()));
    h = fmt_hash(h, format_args!("{}", s.escape_default()));
    h = fmt_hash(h, format_args!("{}", s.escape_debug()));
    h = fmt_hash(h, format_args!("{}", c.escape_unicode()));
    h = mix(h, s.escape_default().count() as u64);
    h = mix(h, c.escape_debug().len() as u64);
    let arr = [j as u8, 2, 3];
    h = fmt_hash(h, format_args!("{:?} {:?}", &arr[..], (j, 'x', "y")));
    h = fmt_hash(h, format_args!("{:?}", [Some(Ok::<u8, ()>(j as u8)), None, Some(Err(()))]));
    h = fmt_hash(h, format_args!("{:#?}", (j % 3, [1u8])));
    h = fmt_hash(h, format_args!("{:>8?}|{:<6}|", Some(j % 10), s.len()));
    h
}

/// Iterator adaptors over chars and bytes: peekable, scan, take_while, skip_while,
/// flat_map (char case iterators), filter_map with to_digit, rposition, fuse, cycle.
#[no_mangle]
pub extern "C" fn char_iters(i: u32, k: u32) -> u64 {
    let s = word(i);
    let mut h = 0u64;
    let mut it = s.chars().peekable();
    let mut runs = 0u64;
    while let Some(c) = it.next() {
        let mut n = 1u64;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        runs = mix(runs, (c as u64) << 8 | n);
    }
    h = mix(h, runs);
    let pre: u64 = s.chars().scan(0u32, |st, c| {
        *st += c as u32;
        if *st > 600 { None } else { Some(*st as u64) }
    }).sum();
    h = mix(h, pre);
    h = mix(h, s.chars().take_while(|c| c.is_alphabetic()).count() as u64);
    h = mix(h, s.chars().skip_while(|c| !c.is_whitespace()).count() as u64);
    for u in s.chars().flat_map(char::to_uppercase) {
        h = mix(h, u as u64);
    }
    h = mix(h, s.chars().flat_map(|c| c.to_lowercase()).count() as u64);
    h = mix(h, s.chars().filter_map(|c| c.to_digit(10)).sum::<u32>() as u64);
    h = mix(h, s.bytes().rposition(|b| b == b'a').map_or(99, |p| p as u64));
    h = mix(h, s.chars().cycle().take((k % 40) as usize).map(|c| c as u64).sum::<u64>());
    h = mix(h, s.char_indices().filter(|(_, c)| !c.is_ascii()).map(|(p, _)| p as u64).sum());
    h = mix(h, s.chars().rev().enumerate().map(|(n, c)| n as u64 * c as u64).sum());
    let mut buf = [0u8; 64];
    let mut n = 0;
    for c in s.chars().rev() {
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    let rev = core::str::from_utf8(&buf[..n]).unwrap();
    h = hash_bytes(h, rev.as_bytes());
    h = mix(h, (rev.chars().rev().eq(s.chars())) as u64);
    h = mix(h, s.chars().max().map_or(0, |c| c as u64));
    h = mix(h, s.chars().min_by_key(|c| (*c as u32) ^ k).map_or(0, |c| c as u64));
    h
}

/// Sums the lengths written so far; folded into the result next to the byte hash.
fn fmt_hash_len(h: u64, total: &mut u64, args: core::fmt::Arguments) -> u64 {
    let mut w = BufWriter { buf: [0; 96], len: 0 };
    let ok = w.write_fmt(args).is_ok();
    *total += w.len as u64;
    mix(hash_bytes(h, &w.buf[..w.len]), ok as u64)
}

/// Decimal `{}` / `{:?}` of u128 and i128 (built from two u64 halves), with width, sign, zero
/// padding, alignment, and the narrowing casts of the same value.
#[no_mangle]
pub extern "C" fn fmt_wide_dec(hi: u64, lo: u64, p: u32) -> u64 {
    let u = ((hi as u128) << 64) | lo as u128;
    let i = u as i128;
    let w = (p % 48) as usize;
    let mut t = 0u64;
    let mut h = 0u64;
    h = fmt_hash_len(h, &mut t, format_args!("{} {}", u, i));
    h = fmt_hash_len(h, &mut t, format_args!("{:?}|{:+}", i, u));
    h = fmt_hash_len(h, &mut t, format_args!("[{:>w$}]", u, w = w));
    h = fmt_hash_len(h, &mut t, format_args!("[{:<w$}][{:^w$}]", i, u >> 64, w = w));
    h = fmt_hash_len(h, &mut t, format_args!("[{:0w$}] [{:+0w$}]", i, u, w = w));
    h = fmt_hash_len(h, &mut t, format_args!("{} {}", u.wrapping_mul(10), i.wrapping_neg()));
    h = fmt_hash_len(h, &mut t, format_args!("{} {}", u / 7, i / 1_000_000_007));
    h = fmt_hash_len(h, &mut t, format_args!("{} {}", i as i64, u as u64));
    h = fmt_hash_len(h, &mut t, format_args!("{}", i.unsigned_abs()));
    h = fmt_hash_len(h, &mut t, format_args!("{} {}", u128::MAX - u, i128::MIN + (lo as i128)));
    mix(h, t)
}

/// `{}`, `{:?}`, `{:.*}`, `{:e}`, `{:E}`, `{:.Ne}`, sign/width/zero padding of an f64 and of
/// values derived from it.
#[no_mangle]
pub extern "C" fn fmt_f64(x: f64, p: u32) -> u64 {
    let prec = (p % 20) as usize;
    let w = (p % 31) as usize;
    let mut t = 0u64;
    let mut h = 0u64;
    h = fmt_hash_len(h, &mut t, format_args!("{}", x));
    h = fmt_hash_len(h, &mut t, format_args!("{:?}", x));
    h = fmt_hash_len(h, &mut t, format_args!("{:.*}", prec, x));
    h = fmt_hash_len(h, &mut t, format_args!("{:e} {:E}", x, x));
    h = fmt_hash_len(h, &mut t, format_args!("{:.*e}", prec, x));
    h = fmt_hash_len(h, &mut t, format_args!("{:+} {:+.2}", x, x));
    h = fmt_hash_len(h, &mut t, format_args!("[{:>w$.3}] [{:<w$}]", x, x, w = w));
    h = fmt_hash_len(h, &mut t, format_args!("[{:0w$.1}] [{:^w$e}]", x, x, w = w));
    h = fmt_hash_len(h, &mut t, format_args!("{} {:?}", x * 3.0, x / 7.0));
    h = fmt_hash_len(h, &mut t, format_args!("{} {:?}", -x, x as f32));
    h = fmt_hash_len(h, &mut t, format_args!("{:?} {:.0}", (x, -0.0f64), x + 0.5));
    mix(h, t)
}

/// The same formats for f32.
#[no_mangle]
pub extern "C" fn fmt_f32(x: f32, p: u32) -> u64 {
    let prec = (p % 12) as usize;
    let w = (p % 25) as usize;
    let mut t = 0u64;
    let mut h = 0u64;
    h = fmt_hash_len(h, &mut t, format_args!("{}", x));
    h = fmt_hash_len(h, &mut t, format_args!("{:?}", x));
    h = fmt_hash_len(h, &mut t, format_args!("{:.*}", prec, x));
    h = fmt_hash_len(h, &mut t, format_args!("{:e} {:E} {:.*e}", x, x, prec, x));
    h = fmt_hash_len(h, &mut t, format_args!("[{:+w$.2}] [{:08.3}]", x, x, w = w));
    h = fmt_hash_len(h, &mut t, format_args!("{} {:?}", x / 3.0, x as f64));
    h = fmt_hash_len(h, &mut t, format_args!("{:?}", [x, -x, x * x]));
    mix(h, t)
}

/// f64 formatting from raw bits: subnormals, NaN payloads, boundaries of the shortest
/// representation, and very large/small exponents for `{:?}` (switches to exponent form).
#[no_mangle]
pub extern "C" fn fmt_f64_bits(bits: u64, p: u32) -> u64 {
    let x = f64::from_bits(bits);
    let y = f32::from_bits(bits as u32);
    let prec = (p % 18) as usize;
    let mut t = 0u64;
    let mut h = 0u64;
    h = fmt_hash_len(h, &mut t, format_args!("{} {:?}", x, x));
    h = fmt_hash_len(h, &mut t, format_args!("{:e} {:.*e}", x, prec, x));
    h = fmt_hash_len(h, &mut t, format_args!("{:.*}", prec, x));
    h = fmt_hash_len(h, &mut t, format_args!("{} {:?} {:e}", y, y, y));
    h = fmt_hash_len(h, &mut t, format_args!("{:.*}", prec, y));
    h = fmt_hash_len(h, &mut t, format_args!("{:?}", f64::from_bits(bits.wrapping_add(1))));
    h = fmt_hash_len(h, &mut t, format_args!("{:?}", f64::from_bits(bits.wrapping_sub(1))));
    mix(h, t)
}
