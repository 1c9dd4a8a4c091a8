//! flags: -C overflow-checks=on
//! diff: shapes(u32, u32) -> i64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 6,4294967295 ; 4294967295,7 ; 123456,65535 ; 99,100
//! diff: niches(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 2,65 ; 3,55296 ; 4,1114111 ; 5,1114112 ; 6,4294967295 ; 7,57343 ; 4294967295,122
//! diff: nested(i32) -> i32 ; inputs: 0 ; 1 ; -1 ; 255 ; 256 ; 511 ; 512 ; 767 ; 768 ; 2147483647 ; -2147483648
//! diff: results(u64, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 18446744073709551615,0 ; 9223372036854775808,4294967295 ; 1000,65536 ; 77,255
//! diff: reprs(u32, i32) -> i64 ; inputs: 0,0 ; 1,-1 ; 2,2147483647 ; 3,-2147483648 ; 4,5 ; 4294967295,0 ; 255,-7 ; 256,1000
//! diff: big_enums(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,7 ; 5,8 ; 4294967295,4294967295 ; 1000,9
//! diff: in_arrays(u32, u32) -> i64 ; inputs: 0,0 ; 1,1 ; 2,5 ; 3,11 ; 4,12 ; 4294967295,3 ; 77777,7 ; 5,4294967295
//! diff: replace_take(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4294967295,4294967295 ; 100,200 ; 65535,7
//! diff: refs(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,9 ; 4294967295,1 ; 31,6 ; 7,9 ; 12,7 ; 17,6
//! diff: ordering_enum(i64, i64) -> i32 ; inputs: 0,0 ; 1,0 ; 0,1 ; -1,1 ; 9223372036854775807,-9223372036854775808 ; -9223372036854775808,-9223372036854775808 ; 5,-5
//! Enums with data in rustc's layouts (niches in bool, char, references, NonZero; direct tags;
//! `repr(u8)`/`repr(i32)` with fields; nested options; large enums with arrays) passed between
//! functions, stored in arrays, and swapped out with `mem::replace`/`mem::take`.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

use core::num::NonZeroU32;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Shape {
    Empty,
    Circle(u32),
    Rect { w: u16, h: u16 },
    Tri(u8, u8, u8),
    Poly { n: u8, side: u32, closed: bool },
    Line(i64),
}

#[inline(never)]
fn make_shape(k: u32, v: u32) -> Shape {
    match k % 6 {
        0 => Shape::Empty,
        1 => Shape::Circle(v),
        2 => Shape::Rect { w: v as u16, h: (v >> 16) as u16 },
        3 => Shape::Tri(v as u8, (v >> 8) as u8, (v >> 16) as u8),
        4 => Shape::Poly { n: (v % 13) as u8, side: v / 3, closed: v % 2 == 0 },
        _ => Shape::Line(-(v as i64) * 3),
    }
}

#[inline(never)]
fn measure(s: Shape) -> i64 {
    match s {
        Shape::Empty => -1,
        Shape::Circle(r) => r as i64 * 3,
        Shape::Rect { w, h } => w as i64 * h as i64,
        Shape::Tri(a, b, c) if a as u32 + b as u32 > c as u32 => a as i64 + b as i64 + c as i64,
        Shape::Tri(..) => 0,
        Shape::Poly { n, side, closed: true } => n as i64 * side as i64,
        Shape::Poly { n, .. } => -(n as i64),
        Shape::Line(l) => l / 2,
    }
}

#[inline(never)]
fn grow(s: &mut Shape) {
    match s {
        Shape::Circle(r) => *r = r.wrapping_add(1),
        Shape::Rect { w, .. } => *w = w.wrapping_mul(2),
        Shape::Poly { closed, .. } => *closed = !*closed,
        Shape::Line(l) => *l = l.wrapping_neg(),
        _ => {}
    }
}

#[no_mangle]
pub extern "C" fn shapes(k: u32, v: u32) -> i64 {
    let mut acc = 0i64;
    for i in 0..8u32 {
        let mut s = make_shape(k.wrapping_add(i), v.wrapping_mul(i + 1));
        let before = measure(s);
        grow(&mut s);
        let after = measure(s);
        let same = s == make_shape(k.wrapping_add(i), v.wrapping_mul(i + 1));
        acc = acc.wrapping_mul(31).wrapping_add(before ^ (after << 1)).wrapping_add(same as i64);
    }
    acc
}

/// Niche-carrying payloads: `bool`, `char`, `NonZeroU32` and references.
#[derive(Clone, Copy)]
enum Niche {
    Flag(bool),
    Nothing,
}

#[derive(Clone, Copy)]
enum Glyph {
    Ch(char),
    Blank,
    Missing,
}

#[inline(never)]
fn glyph_of(c: u32, k: u32) -> Glyph {
    match (char::from_u32(c), k % 3) {
        (Some(ch), 0) => Glyph::Ch(ch),
        (Some(_), 1) => Glyph::Blank,
        _ => Glyph::Missing,
    }
}

#[inline(never)]
fn glyph_code(g: Glyph) -> u32 {
    match g {
        Glyph::Ch(c) => c as u32 + 7,
        Glyph::Blank => 3,
        Glyph::Missing => 5,
    }
}

#[inline(never)]
fn pick<'a>(t: &'a [u32; 4], i: u32) -> Option<&'a u32> {
    if i < 4 { Some(&t[i as usize]) } else { None }
}

#[inline(never)]
fn nz(v: u32) -> Option<NonZeroU32> {
    NonZeroU32::new(v)
}

#[no_mangle]
pub extern "C" fn niches(k: u32, c: u32) -> u32 {
    let flags = [Niche::Flag(k % 2 == 0), Niche::Nothing, Niche::Flag(c % 3 == 0)];
    let mut acc = 0u32;
    for f in flags.iter() {
        acc = acc * 3
            + match f {
                Niche::Flag(true) => 2,
                Niche::Flag(false) => 1,
                Niche::Nothing => 0,
            };
    }
    let g = glyph_of(c, k);
    acc = acc.wrapping_mul(1000).wrapping_add(glyph_code(g));
    let t = [k, c, k ^ c, 42];
    let r = match pick(&t, k % 6) {
        Some(x) => *x % 1000,
        None => 999,
    };
    let n = match nz(c & 0xff) {
        Some(v) => v.get(),
        None => 1000,
    };
    let o: Option<Option<char>> = if k % 4 == 0 { None } else { Some(char::from_u32(c)) };
    let oc = match o {
        None => 1,
        Some(None) => 2,
        Some(Some(ch)) => 3 + (ch as u32 & 0xf),
    };
    acc.wrapping_add(r * 7).wrapping_add(n * 13).wrapping_add(oc * 100_003)
}

#[inline(never)]
fn layer(x: i32) -> Option<Option<u8>> {
    match x.rem_euclid(3) {
        0 => None,
        1 => Some(None),
        _ => Some(Some((x >> 8) as u8)),
    }
}

#[inline(never)]
fn flat(o: Option<Option<u8>>) -> i32 {
    match o {
        None => -1,
        Some(None) => -2,
        Some(Some(v)) => v as i32,
    }
}

#[no_mangle]
pub extern "C" fn nested(x: i32) -> i32 {
    let mut acc = 0i32;
    for d in 0..6 {
        let o = layer(x.wrapping_add(d));
        let oo: Option<Option<Option<u8>>> = if d == 4 { None } else { Some(o) };
        let v = match oo {
            None => 1000,
            Some(inner) => flat(inner),
        };
        let flat2 = o.flatten().map(|b| b as i32 * 2).unwrap_or(-5);
        acc = acc.wrapping_mul(7).wrapping_add(v).wrapping_add(flat2);
    }
    acc
}

#[inline(never)]
fn parse(x: u64, y: u32) -> Result<u64, (u8, u16)> {
    if y == 0 {
        Err((1, x as u16))
    } else if x % (y as u64) == 0 {
        Ok(x / y as u64)
    } else if y > 1000 {
        Err((2, y as u16))
    } else {
        Ok(x.wrapping_mul(y as u64))
    }
}

#[inline(never)]
fn chain(x: u64, y: u32) -> Result<u64, (u8, u16)> {
    let a = parse(x, y)?;
    let b = parse(a, y / 2)?;
    Ok(a ^ b)
}

#[no_mangle]
pub extern "C" fn results(x: u64, y: u32) -> u64 {
    let mut acc = 0u64;
    for i in 0..4u32 {
        let r = chain(x.wrapping_add(i as u64), y.wrapping_add(i));
        acc = acc.wrapping_mul(1_000_003).wrapping_add(match r {
            Ok(v) => v,
            Err((k, e)) => ((k as u64) << 32) | e as u64,
        });
        let ok: Option<u64> = r.ok();
        let err = r.err().map(|(k, _)| k as u64).unwrap_or(9);
        acc ^= ok.unwrap_or(7) ^ err;
        let is = r.is_ok() as u64 + 2 * r.is_err() as u64;
        acc = acc.wrapping_add(is);
    }
    acc
}

#[repr(u8)]
#[derive(Clone, Copy)]
enum Op {
    Add(u32) = 1,
    Neg = 5,
    Mul { by: i16 } = 9,
    Clamp(i32, i32) = 200,
}

#[repr(i32)]
#[derive(Clone, Copy)]
enum Code {
    Low(u8) = -3,
    Zero = 0,
    High { v: i64 } = 1_000_000,
}

#[inline(never)]
fn apply(op: Op, x: i64) -> i64 {
    match op {
        Op::Add(v) => x.wrapping_add(v as i64),
        Op::Neg => x.wrapping_neg(),
        Op::Mul { by } => x.wrapping_mul(by as i64),
        Op::Clamp(lo, hi) => x.clamp(lo as i64, hi as i64),
    }
}

#[inline(never)]
fn code_of(x: i32) -> Code {
    if x < 0 {
        Code::Low(x as u8)
    } else if x == 0 {
        Code::Zero
    } else {
        Code::High { v: x as i64 * 3 }
    }
}

#[no_mangle]
pub extern "C" fn reprs(k: u32, x: i32) -> i64 {
    let ops = [Op::Add(k), Op::Neg, Op::Mul { by: k as i16 }, Op::Clamp(-100, x.max(-100))];
    let mut v = x as i64;
    for (i, op) in ops.iter().enumerate() {
        if (k >> i) & 1 == 1 || k == 0 {
            v = apply(*op, v);
        }
    }
    // reading the tag of a `repr(u8)` enum through a pointer, as its docs allow
    let tag = unsafe { *(&ops[(k % 4) as usize] as *const Op as *const u8) } as i64;
    let c = match code_of(x) {
        Code::Low(b) => b as i64 - 1000,
        Code::Zero => 0,
        Code::High { v } => v,
    };
    v.wrapping_mul(1000).wrapping_add(tag * 7).wrapping_add(c)
}

#[derive(Clone, Copy)]
enum Packet {
    Small([u8; 3]),
    Words([u32; 4]),
    Mixed { head: u16, body: [u64; 2], tail: bool },
    Empty,
}

/// By hand: a derived `PartialEq` compares `[u8; 3]` with `intrinsics::raw_eq`, which mir-export
/// does not lower yet (see /tmp/diffbugs/REPORT.md).
impl PartialEq for Packet {
    fn eq(&self, other: &Packet) -> bool {
        match (self, other) {
            (Packet::Small(a), Packet::Small(b)) => a.iter().zip(b.iter()).all(|(x, y)| x == y),
            (Packet::Words(a), Packet::Words(b)) => a == b,
            (Packet::Mixed { head: h1, body: b1, tail: t1 }, Packet::Mixed { head: h2, body: b2, tail: t2 }) => {
                h1 == h2 && b1 == b2 && t1 == t2
            }
            (Packet::Empty, Packet::Empty) => true,
            _ => false,
        }
    }
}

#[inline(never)]
fn packet(k: u32, v: u32) -> Packet {
    match k % 4 {
        0 => Packet::Small([v as u8, (v >> 8) as u8, (v >> 16) as u8]),
        1 => Packet::Words([v, v ^ 0xffff, v.rotate_left(8), k]),
        2 => Packet::Mixed { head: v as u16, body: [v as u64 * 3, !(v as u64)], tail: v % 2 == 1 },
        _ => Packet::Empty,
    }
}

#[inline(never)]
fn digest(p: &Packet) -> u64 {
    match p {
        Packet::Small(b) => b.iter().map(|&x| x as u64).sum(),
        Packet::Words(w) => w.iter().fold(0u64, |a, &x| a.wrapping_mul(17).wrapping_add(x as u64)),
        Packet::Mixed { head, body, tail } => (*head as u64) ^ body[0] ^ body[1].rotate_left(3) ^ (*tail as u64),
        Packet::Empty => 12345,
    }
}

#[inline(never)]
fn mutate(p: Packet, by: u32) -> Packet {
    match p {
        Packet::Small(mut b) => {
            b[by as usize % 3] ^= 0x5a;
            Packet::Small(b)
        }
        Packet::Words(mut w) => {
            w[(by % 4) as usize] = by;
            Packet::Words(w)
        }
        Packet::Mixed { head, body, tail } => Packet::Mixed { head: head.wrapping_add(1), body: [body[1], body[0]], tail: !tail },
        Packet::Empty => Packet::Small([1, 2, 3]),
    }
}

#[no_mangle]
pub extern "C" fn big_enums(k: u32, v: u32) -> u64 {
    let mut acc = 0u64;
    for i in 0..6u32 {
        let p = packet(k.wrapping_add(i), v.wrapping_add(i * 77));
        let q = mutate(p, v.wrapping_add(i));
        let same = (p == q) as u64;
        acc = acc.wrapping_mul(131).wrapping_add(digest(&p) ^ digest(&q).wrapping_mul(5)).wrapping_add(same);
    }
    acc
}

/// Arrays of enums; `idx >= 12` traps.
#[no_mangle]
pub extern "C" fn in_arrays(seed: u32, idx: u32) -> i64 {
    let mut arr = [Shape::Empty; 12];
    let mut s = seed;
    for slot in arr.iter_mut() {
        s = s.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        *slot = make_shape(s >> 28, s >> 4);
    }
    let picked = measure(arr[idx as usize]);
    let circles = arr.iter().filter(|s| matches!(s, Shape::Circle(_))).count() as i64;
    let total: i64 = arr.iter().map(|s| measure(*s)).fold(0i64, |a, b| a.wrapping_add(b));
    let first_rect = arr.iter().position(|s| matches!(s, Shape::Rect { .. })).map(|p| p as i64).unwrap_or(-1);
    let opts: [Option<u16>; 5] = [Some(seed as u16), None, Some(3), None, Some(idx as u16)];
    let osum: u32 = opts.iter().flatten().map(|&x| x as u32).sum();
    let nones = opts.iter().filter(|o| o.is_none()).count() as i64;
    picked ^ (circles << 40) ^ total ^ (first_rect << 50) ^ ((osum as i64) << 3) ^ (nones << 60)
}

#[no_mangle]
pub extern "C" fn replace_take(a: u32, b: u32) -> u64 {
    let mut s = make_shape(a, b);
    let old = core::mem::replace(&mut s, Shape::Circle(a ^ b));
    let mut o: Option<u32> = if a % 2 == 0 { Some(b) } else { None };
    let taken = o.take();
    let mut o2 = Some(a);
    let old2 = o2.replace(b);
    let mut n: u32 = b;
    let tn = core::mem::take(&mut n);
    let mut arr = [a, b, a ^ b];
    let ta = core::mem::take(&mut arr);
    let mut opt_arr = [Some(a as u8), None];
    let first = opt_arr[0].take();
    let ins = *opt_arr[1].get_or_insert(b as u8);
    let mut pk = packet(a, b);
    let oldp = core::mem::replace(&mut pk, Packet::Empty);
    (measure(old) as u64)
        .wrapping_add(measure(s) as u64 * 3)
        .wrapping_add(taken.map(|x| x as u64 + 1).unwrap_or(0) << 8)
        .wrapping_add((o.is_none() as u64) << 40)
        .wrapping_add(old2.unwrap_or(0) as u64 * 5)
        .wrapping_add(o2.unwrap_or(0) as u64 * 11)
        .wrapping_add(tn as u64 ^ n as u64)
        .wrapping_add(ta.iter().map(|&x| x as u64).sum::<u64>() + arr.iter().map(|&x| x as u64).sum::<u64>())
        .wrapping_add(first.unwrap_or(0) as u64 * 13 + ins as u64 * 17)
        .wrapping_add(digest(&oldp) ^ digest(&pk))
}

/// `Option<&T>` and enums holding references.
enum View<'a> {
    One(&'a u32),
    Two(&'a u32, &'a u32),
    Slice(&'a [u32]),
    Nil,
}

#[inline(never)]
fn view_sum(v: &View) -> u32 {
    match v {
        View::One(a) => **a,
        View::Two(a, b) => a.wrapping_add(**b),
        View::Slice(s) => s.iter().fold(0u32, |x, y| x.wrapping_add(*y)),
        View::Nil => 0,
    }
}

#[inline(never)]
fn largest<'a>(t: &'a [u32]) -> Option<&'a u32> {
    let mut best: Option<&u32> = None;
    for x in t {
        best = match best {
            Some(b) if *b >= *x => Some(b),
            _ => Some(x),
        };
    }
    best
}

/// `k % 5` selects the view; the slice bound `n > 6` traps.
#[no_mangle]
pub extern "C" fn refs(k: u32, n: u32) -> u32 {
    let t = [k, n, k ^ n, k.wrapping_mul(3), 7, n.wrapping_add(1)];
    let v = match k % 5 {
        0 => View::One(&t[0]),
        1 => View::Two(&t[1], &t[2]),
        2 => View::Slice(&t[..n as usize]),
        3 => View::Slice(&t[1..]),
        _ => View::Nil,
    };
    let s = view_sum(&v);
    let l = largest(&t[..(n as usize).min(6)]).copied().unwrap_or(12345);
    let first = t.first().copied().unwrap_or(0) ^ t.last().copied().unwrap_or(0);
    let g = t.get(n as usize).copied().unwrap_or(99);
    s.wrapping_mul(3) ^ l.wrapping_mul(5) ^ first ^ g.rotate_left(16)
}

#[no_mangle]
pub extern "C" fn ordering_enum(a: i64, b: i64) -> i32 {
    use core::cmp::Ordering;
    let o = a.cmp(&b);
    let r = match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    };
    let p = (a as i32).partial_cmp(&(b as i32));
    let q = match p {
        Some(Ordering::Less) => 10,
        Some(Ordering::Equal) => 20,
        Some(Ordering::Greater) => 30,
        None => 40,
    };
    let rev = o.reverse() as i32;
    let then = o.then(b.cmp(&a)) as i32;
    r * 1000 + q + rev * 100 + then * 7 + o as i32 * 3
}
