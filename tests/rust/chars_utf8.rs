//! flags: -C overflow-checks=on
//! diff: classify(u32) -> u32 ; inputs: 0 ; 9 ; 10 ; 32 ; 48 ; 57 ; 65 ; 90 ; 95 ; 97 ; 122 ; 127 ; 160 ; 181 ; 223 ; 233 ; 931 ; 945 ; 1632 ; 8232 ; 8364 ; 12288 ; 12354 ; 65296 ; 128512 ; 55296 ; 57343 ; 1114111 ; 1114112 ; 4294967295
//! diff: ascii_ops(u32) -> u32 ; inputs: 0 ; 33 ; 48 ; 64 ; 65 ; 77 ; 90 ; 91 ; 96 ; 97 ; 109 ; 122 ; 123 ; 126 ; 127 ; 128 ; 255 ; 256 ; 4294967295
//! diff: digits(u32, u32) -> u32 ; inputs: 48,10 ; 57,10 ; 57,8 ; 97,16 ; 102,16 ; 103,16 ; 122,36 ; 90,36 ; 65,11 ; 32,2 ; 49,2 ; 48,37 ; 48,1 ; 48,0 ; 4294967295,10 ; 1632,10
//! diff: from_digits(u32, u32) -> u32 ; inputs: 0,10 ; 9,10 ; 10,10 ; 10,16 ; 15,16 ; 35,36 ; 36,36 ; 1,2 ; 2,2 ; 0,37 ; 5,0 ; 4294967295,36
//! diff: utf8_roundtrip(u32) -> u32 ; inputs: 0 ; 65 ; 127 ; 128 ; 233 ; 2047 ; 2048 ; 8364 ; 55295 ; 55296 ; 57344 ; 65535 ; 65536 ; 128512 ; 1114111 ; 1114112
//! diff: text_stats(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 4 ; 5 ; 6 ; 7 ; 4294967295
//! diff: words(u32, u32) -> u32 ; inputs: 0,0 ; 1,0 ; 2,0 ; 3,0 ; 4,0 ; 5,0 ; 0,111 ; 1,32 ; 2,101 ; 5,4294967295
//! diff: parse_num(u64, u32) -> i64 ; inputs: 0,0 ; 1,0 ; 12345,0 ; 4294967295,0 ; 4294967296,0 ; 18446744073709551615,0 ; 12345,1 ; 12345,2 ; 12345,3 ; 12345,4 ; 99,5 ; 2147483648,6 ; 2147483647,6 ; 255,7 ; 256,7 ; 0,8
//! diff: validate(u32, u32) -> i32 ; inputs: 0,0 ; 1,1 ; 2,4 ; 3,8 ; 4,12 ; 5,16 ; 6,3 ; 12345,16 ; 4294967295,16 ; 99,7 ; 100,16 ; 101,16 ; 102,16 ; 5,17 ; 3,4294967295
//! diff: build_string(u32, u32) -> u64 ; inputs: 0,0 ; 65,3 ; 233,4 ; 8364,5 ; 128512,6 ; 55296,2 ; 1114111,7 ; 97,0 ; 4294967295,1 ; 128512,8 ; 65,31 ; 65,32 ; 233,16
//! diff: index_str(u32, u32) -> u32 ; inputs: 0,0 ; 0,1 ; 1,2 ; 2,3 ; 3,1 ; 0,5 ; 1,8 ; 2,30 ; 3,0 ; 4294967295,0
//! `char` predicates and conversions, UTF-8 encoding and decoding, `&str` iteration (chars,
//! char_indices, bytes), splitting, trimming and parsing of static literals and of strings built
//! from the inputs.
//! Not used: `==` on byte slices / `str`, `starts_with`, `find`, `split(' ')`, `contains(char)`,
//! `lines` (core's `compare_bytes` intrinsic) and `to_uppercase`/`to_lowercase` (an aggregate of an
//! uninhabited type in core's `try_from_fn_erased`): see /tmp/diffbugs/REPORT.md.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[inline(never)]
fn to_char(x: u32) -> Option<char> {
    char::from_u32(x)
}

/// Bit set of predicates; 0xFFFF_FFFF for a non-char.
#[no_mangle]
pub extern "C" fn classify(x: u32) -> u32 {
    let Some(c) = to_char(x) else { return u32::MAX };
    let preds = [
        c.is_alphabetic(),
        c.is_numeric(),
        c.is_alphanumeric(),
        c.is_whitespace(),
        c.is_uppercase(),
        c.is_lowercase(),
        c.is_control(),
        c.is_ascii(),
        c.is_ascii_alphabetic(),
        c.is_ascii_digit(),
        c.is_ascii_hexdigit(),
        c.is_ascii_punctuation(),
        c.is_ascii_whitespace(),
        c.is_ascii_graphic(),
        c.is_ascii_control(),
        c.is_ascii_uppercase(),
        c.is_ascii_lowercase(),
        c.is_digit(10),
    ];
    let mut bits = 0u32;
    for (i, p) in preds.iter().enumerate() {
        bits |= (*p as u32) << i;
    }
    bits | (c.len_utf8() as u32) << 20 | (c.len_utf16() as u32) << 24
}

#[no_mangle]
pub extern "C" fn ascii_ops(x: u32) -> u32 {
    let c = match to_char(x) {
        Some(c) => c,
        None => '\u{fffd}',
    };
    let up = c.to_ascii_uppercase() as u32;
    let lo = c.to_ascii_lowercase() as u32;
    let mut m = c;
    m.make_ascii_uppercase();
    let same = c.eq_ignore_ascii_case(&m) as u32;
    let b = x as u8;
    let bu = b.to_ascii_uppercase() as u32;
    let bp = (b.is_ascii_alphanumeric() as u32) << 1 | b.is_ascii_punctuation() as u32;
    let esc = c.escape_default().count() as u32;
    let esc_u = c.escape_unicode().count() as u32;
    up ^ lo << 8 ^ (m as u32) << 3 ^ same << 30 ^ bu << 16 ^ bp << 28 ^ esc << 24 ^ esc_u << 12
}

/// `to_digit` panics for a radix above 36 (a trap); radix 0 and 1 too.
#[no_mangle]
pub extern "C" fn digits(x: u32, radix: u32) -> u32 {
    match to_char(x) {
        Some(c) => c.to_digit(radix).map(|d| d + 1).unwrap_or(0) + 100 * c.is_digit(radix.min(36).max(2)) as u32,
        None => 999,
    }
}

/// `from_digit` panics for a radix above 36.
#[no_mangle]
pub extern "C" fn from_digits(d: u32, radix: u32) -> u32 {
    match char::from_digit(d, radix) {
        Some(c) => c as u32,
        None => 7777,
    }
}

#[no_mangle]
pub extern "C" fn utf8_roundtrip(x: u32) -> u32 {
    let Some(c) = to_char(x) else { return 0xdead };
    let mut buf = [0u8; 4];
    let n = {
        let s = c.encode_utf8(&mut buf);
        s.len()
    };
    let mut h = n as u32;
    for b in buf.iter() {
        h = h.wrapping_mul(257).wrapping_add(*b as u32);
    }
    let back = match core::str::from_utf8(&buf[..n]) {
        Ok(s) => {
            let mut it = s.chars();
            let first = it.next().map(|d| d as u32).unwrap_or(1);
            let rest = it.count() as u32;
            first ^ rest << 28
        }
        Err(_) => 0xbad,
    };
    let mut w = [0u16; 2];
    let units = c.encode_utf16(&mut w).len() as u32;
    let unchecked = unsafe { core::str::from_utf8_unchecked(&buf[..n]) }.len() as u32;
    h ^ back.rotate_left(5) ^ units << 30 ^ (w[0] as u32) << 8 ^ w[1] as u32 ^ unchecked << 26
}

static TEXTS: [&str; 6] = [
    "hello world",
    "  Grüße, Jürgen!  ",
    "数学 と 音楽",
    "",
    "a\tb\nc  d   e",
    "🦀 rust 🦀 wasm",
];

/// `TEXTS[k % 8]`: indices 6 and 7 trap.
#[no_mangle]
pub extern "C" fn text_stats(k: u32) -> u64 {
    let s = TEXTS[(k % 8) as usize];
    let chars = s.chars().count() as u64;
    let bytes = s.len() as u64;
    let bsum: u64 = s.bytes().map(|b| b as u64).sum();
    let ci: u64 = s.char_indices().fold(0u64, |a, (i, c)| a.wrapping_mul(31).wrapping_add(i as u64 ^ c as u64));
    let rev: u64 = s.chars().rev().take(3).fold(0u64, |a, c| a * 0x11_0000 + c as u64);
    let trimmed = s.trim();
    let tl = trimmed.len() as u64;
    let ts = s.trim_start().len() as u64;
    let te = s.trim_end().len() as u64;
    let upper = s.chars().filter(|c| c.is_uppercase()).count() as u64;
    let alpha = s.chars().filter(|c| c.is_alphabetic()).count() as u64;
    let nonascii = s.chars().filter(|c| !c.is_ascii()).count() as u64;
    let first = trimmed.chars().next().map(|c| c as u64).unwrap_or(0);
    let last = s.chars().last().map(|c| c as u64).unwrap_or(0);
    let empty = s.is_empty() as u64;
    chars ^ bytes << 8 ^ bsum << 16 ^ ci.rotate_left(7) ^ rev.rotate_left(21) ^ tl << 32 ^ ts << 38 ^ te << 44
        ^ upper << 50 ^ alpha << 53 ^ nonascii << 56 ^ first.rotate_left(11) ^ last.rotate_left(33) ^ empty << 63
}

#[inline(never)]
fn my_starts_with(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.bytes().zip(p.bytes()).all(|(a, b)| a == b)
}

#[inline(never)]
fn my_find(s: &str, c: char) -> Option<usize> {
    s.char_indices().find(|&(_, d)| d == c).map(|(i, _)| i)
}

/// Words by `split_whitespace` and by `split(char::is_whitespace)`, a hand-written prefix test and
/// char search; `c` is a code point to look for.
#[no_mangle]
pub extern "C" fn words(k: u32, c: u32) -> u32 {
    let s = TEXTS[(k % 6) as usize];
    let ws = s.split_whitespace().count() as u32;
    let parts = s.split(char::is_whitespace).count() as u32;
    let nonempty = s.split(char::is_whitespace).filter(|w| !w.is_empty()).count() as u32;
    let longest = s.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0) as u32;
    let pre = my_starts_with(s, "hello") as u32 | (my_starts_with(s.trim(), "Gr") as u32) << 1;
    let found = match to_char(c) {
        Some(ch) => my_find(s, ch).map(|i| i as u32 + 1).unwrap_or(0),
        None => 63,
    };
    let rf = s.rfind(|ch: char| ch.is_whitespace()).map(|i| i as u32 + 1).unwrap_or(0);
    let ml = s.matches(|ch: char| ch == 'l' || ch == '🦀').count() as u32;
    let tsm = s.trim_matches(|ch: char| !ch.is_alphanumeric()).len() as u32;
    let tsc = s.trim_start_matches('h').len() as u32;
    ws | parts << 4 | nonempty << 8 | longest << 12 | pre << 16 | found << 18 ^ rf << 24 ^ ml << 28 ^ tsm ^ tsc << 5
}

/// Writes `v` in decimal into a buffer, damaged according to `mode`, then parses it.
#[no_mangle]
pub extern "C" fn parse_num(v: u64, mode: u32) -> i64 {
    let mut buf = [0u8; 24];
    let mut tmp = [0u8; 20];
    let mut n = 0;
    let mut x = v;
    loop {
        tmp[n] = b'0' + (x % 10) as u8;
        n += 1;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    let mut len = 0;
    if mode == 2 {
        buf[len] = b'+';
        len += 1;
    }
    if mode == 3 || mode == 6 {
        buf[len] = b'-';
        len += 1;
    }
    for i in (0..n).rev() {
        buf[len] = tmp[i];
        len += 1;
    }
    if mode == 1 {
        buf[len] = b'x';
        len += 1;
    }
    if mode == 4 {
        buf[len] = b' ';
        len += 1;
    }
    if mode == 8 {
        len = 0;
    }
    let s = core::str::from_utf8(&buf[..len]).unwrap();
    use core::num::IntErrorKind;
    let kind = |k: &IntErrorKind| -> i64 {
        match k {
            IntErrorKind::Empty => -1,
            IntErrorKind::InvalidDigit => -2,
            IntErrorKind::PosOverflow => -3,
            IntErrorKind::NegOverflow => -4,
            _ => -5,
        }
    };
    match mode {
        5 => match s.parse::<u8>() {
            Ok(b) => b as i64,
            Err(e) => kind(e.kind()),
        },
        6 => match s.parse::<i32>() {
            Ok(b) => b as i64,
            Err(e) => kind(e.kind()),
        },
        7 => match u8::from_str_radix(s, 16) {
            Ok(b) => b as i64 + 1000,
            Err(e) => kind(e.kind()) - 1000,
        },
        _ => match s.parse::<u64>() {
            Ok(b) => b as i64,
            Err(e) => kind(e.kind()) * 10 + mode as i64,
        },
    }
}

/// `n` bytes from an LCG (`n > 16` traps on the slice), patched into a mostly valid shape, then
/// validated: the valid length or `-(valid_up_to * 10 + error_len)`.
#[no_mangle]
pub extern "C" fn validate(seed: u32, n: u32) -> i32 {
    let mut b = [0u8; 16];
    let mut s = seed;
    for (i, x) in b.iter_mut().enumerate() {
        s = s.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let r = (s >> 16) as u8;
        *x = match seed % 4 {
            0 => r & 0x7f,
            1 => if i % 3 == 0 { 0xe2 } else if i % 3 == 1 { 0x82 } else { 0xac },
            2 => if i % 2 == 0 { 0xc3 } else { 0x80 | (r & 0x3f) },
            _ => r,
        };
    }
    match core::str::from_utf8(&b[..n as usize]) {
        Ok(t) => t.chars().count() as i32 * 100 + t.len() as i32,
        Err(e) => -((e.valid_up_to() as i32) * 10 + e.error_len().map(|l| l as i32).unwrap_or(9)),
    }
}

/// `count` copies of the char `x` encoded into a 32-byte buffer (overflowing the buffer traps).
#[no_mangle]
pub extern "C" fn build_string(x: u32, count: u32) -> u64 {
    let c = to_char(x).unwrap_or('#');
    let mut buf = [0u8; 32];
    let mut len = 0usize;
    for _ in 0..count {
        let w = c.len_utf8();
        c.encode_utf8(&mut buf[len..len + w]);
        len += w;
    }
    buf[len] = b'!';
    len += 1;
    let s = core::str::from_utf8(&buf[..len]).unwrap();
    let mut h = 0u64;
    for (i, ch) in s.char_indices() {
        h = h.wrapping_mul(1_000_003).wrapping_add((ch as u64) << (i % 7));
    }
    h ^ (s.chars().count() as u64) << 56 ^ (len as u64) << 48
}

/// Slicing a `&str` at byte offsets: a non-boundary or out-of-range offset panics (a trap).
#[no_mangle]
pub extern "C" fn index_str(k: u32, at: u32) -> u32 {
    let s = TEXTS[(k % 6) as usize];
    let at = at as usize;
    let ok = s.is_char_boundary(at) as u32;
    let got = s.get(..at).map(|p| p.len() as u32 + 1).unwrap_or(0);
    let (head, tail) = s.split_at(at);
    head.chars().count() as u32 * 1000 + tail.len() as u32 + ok * 100_000 + got * 1_000_000
}
