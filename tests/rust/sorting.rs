//! flags: -C overflow-checks=on
//! diff: sort_u8(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,19 ; 4,20 ; 5,21 ; 6,31 ; 7,63 ; 4294967295,64 ; 12345,40 ; 99,100 ; 2147483648,17
//! diff: sort_i32(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,7 ; 4,20 ; 5,21 ; 6,33 ; 7,63 ; 4294967295,64 ; 31337,50 ; 8,25
//! diff: sort_u64_by(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,3 ; 3,20 ; 4,21 ; 5,22 ; 6,45 ; 7,63 ; 4294967295,64 ; 777,64 ; 10,15
//! diff: sort_tuples(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,20 ; 4,21 ; 5,40 ; 6,63 ; 4294967295,64 ; 555,64 ; 9,11
//! diff: sort_structs(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,5 ; 3,20 ; 4,21 ; 5,30 ; 6,63 ; 4294967295,64 ; 1000,64 ; 17,12
//! diff: select_nth(u32, u32, u32) -> u64 ; inputs: 0,0,0 ; 1,1,0 ; 2,5,4 ; 3,20,10 ; 4,21,0 ; 5,30,29 ; 6,63,31 ; 4294967295,64,63 ; 1000,64,7 ; 17,12,100 ; 8,40,39
//! diff: search(u32, u32, i32) -> i64 ; inputs: 0,0,0 ; 1,1,5 ; 2,10,-3 ; 3,20,100 ; 4,21,-100 ; 5,40,7 ; 6,63,0 ; 4294967295,64,2147483647 ; 100,64,-2147483648 ; 77,30,12
//! diff: slice_ops(u32, u32, u32) -> u64 ; inputs: 0,0,0 ; 1,1,1 ; 2,2,1 ; 3,10,3 ; 4,20,19 ; 5,21,100 ; 6,33,16 ; 7,63,62 ; 4294967295,64,4294967295 ; 321,50,25 ; 9,8,8
//! diff: dedup_windows(u32, u32, u32) -> u64 ; inputs: 0,0,1 ; 1,1,2 ; 2,2,3 ; 3,20,4 ; 4,21,5 ; 5,33,1 ; 6,63,7 ; 7,64,64 ; 4294967295,64,100 ; 123,40,3 ; 11,17,0
//! diff: swap_replace(u32, u32) -> u64 ; inputs: 0,0 ; 1,2 ; 5,5 ; 4294967295,0 ; 0,4294967295 ; 123456,654321 ; 65535,65536 ; 7,3
//! diff: compare(u32, u32, u32) -> u32 ; inputs: 0,0,0 ; 1,1,0 ; 1,1,1 ; 2,10,3 ; 3,20,19 ; 4,21,0 ; 5,33,32 ; 6,63,5 ; 4294967295,64,63 ; 99,64,64 ; 42,7,2
//! diff: sort_patterns(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 6,6 ; 7,7 ; 0,300 ; 1,299 ; 2,257 ; 3,100 ; 4,4294967295 ; 5,150 ; 6,511
//! diff: sort_floats(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,20 ; 3,21 ; 4,40 ; 5,63 ; 4294967295,64 ; 77,33 ; 8,17
//! Slice sorting and slice manipulation in core: `sort_unstable` (insertion sort below 21
//! elements, ipnsort/quicksort above, with comparator fn pointers stored in constants),
//! `sort_unstable_by`/`_by_key`, `select_nth_unstable`, `binary_search`, `partition_point`,
//! `reverse`, `rotate_left/right`, `swap`, `copy_from_slice`, `copy_within`, `fill`,
//! `is_sorted`, `chunks`/`windows`, `contains`, `mem::swap`/`mem::replace` on structs, `==` on
//! arrays and slices, and `Ord::cmp` on slices. Data comes from an xorshift seeded by the input.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

use core::cmp::Ordering;

struct Rng(u32);

impl Rng {
    fn new(seed: u32) -> Rng {
        Rng(seed ^ 0x9E37_79B9 | 1)
    }
    fn next(&mut self) -> u32 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }
}

#[inline(never)]
fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(0x0000_0100_0000_01B3).rotate_left(7)
}

fn len_of(n: u32) -> usize {
    (n % 64) as usize + 1
}

#[no_mangle]
pub extern "C" fn sort_u8(seed: u32, n: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [0u8; 64];
    for x in a.iter_mut() {
        // small range so there are many duplicates
        *x = (r.next() % 23) as u8;
    }
    let mut b = a;
    let s = &mut a[..len];
    s.sort_unstable();
    let mut h = 0u64;
    h = mix(h, s.is_sorted() as u64);
    for &x in s.iter() {
        h = mix(h, x as u64);
    }
    // descending via sort_unstable_by
    let t = &mut b[..len];
    t.sort_unstable_by(|x, y| y.cmp(x));
    h = mix(h, t.is_sorted_by(|x, y| x >= y) as u64);
    h = mix(h, t[0] as u64);
    h = mix(h, t[len - 1] as u64);
    // reversing the descending order must give the ascending one
    t.reverse();
    h = mix(h, (t == &a[..len]) as u64);
    h
}

#[no_mangle]
pub extern "C" fn sort_i32(seed: u32, n: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [0i32; 64];
    for x in a.iter_mut() {
        *x = r.next() as i32;
    }
    a[0] = i32::MIN;
    if len > 3 {
        a[3] = i32::MAX;
    }
    let mut b = a;
    let s = &mut a[..len];
    s.sort_unstable();
    let mut h = 0u64;
    for &x in s.iter() {
        h = mix(h, x as u64);
    }
    h = mix(h, s.is_sorted() as u64);
    // by key: absolute value of the low 8 bits, ties broken arbitrarily, so only hash keys
    let t = &mut b[..len];
    t.sort_unstable_by_key(|x| (*x as i8).unsigned_abs());
    let mut prev = 0u8;
    let mut ok = true;
    for &x in t.iter() {
        let k = (x as i8).unsigned_abs();
        ok &= k >= prev;
        prev = k;
        h = mix(h, k as u64);
    }
    h = mix(h, ok as u64);
    h
}

#[no_mangle]
pub extern "C" fn sort_u64_by(seed: u32, n: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [0u64; 64];
    for x in a.iter_mut() {
        *x = ((r.next() as u64) << 32) | r.next() as u64;
    }
    if len > 5 {
        a[5] = u64::MAX;
        a[1] = 0;
    }
    let s = &mut a[..len];
    // order by popcount, then by value descending
    s.sort_unstable_by(|x, y| {
        x.count_ones()
            .cmp(&y.count_ones())
            .then_with(|| y.cmp(x))
    });
    let mut h = 0u64;
    for &x in s.iter() {
        h = mix(h, x);
    }
    h = mix(
        h,
        s.is_sorted_by(|x, y| (x.count_ones(), *y) <= (y.count_ones(), *x)) as u64,
    );
    // then plain ascending
    s.sort_unstable();
    h = mix(h, s[0]);
    h = mix(h, s[len / 2]);
    h = mix(h, s[len - 1]);
    h
}

#[no_mangle]
pub extern "C" fn sort_tuples(seed: u32, n: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [(0u16, 0u8); 64];
    for x in a.iter_mut() {
        let v = r.next();
        *x = ((v % 7) as u16, (v >> 8) as u8);
    }
    let s = &mut a[..len];
    s.sort_unstable();
    let mut h = 0u64;
    for &(p, q) in s.iter() {
        h = mix(h, ((p as u64) << 8) | q as u64);
    }
    h = mix(h, s.is_sorted() as u64);
    // max_by_key returns the last maximum
    let m = s.iter().enumerate().max_by_key(|(_, t)| t.0).unwrap();
    h = mix(h, m.0 as u64);
    h = mix(h, (m.1).0 as u64);
    // by the second component only (ties in unspecified order: hash only the keys)
    s.sort_unstable_by_key(|&(_, q)| q);
    for w in s.windows(2) {
        h = mix(h, (w[0].1 <= w[1].1) as u64);
    }
    h = mix(h, s[0].1 as u64);
    h = mix(h, s[len - 1].1 as u64);
    h
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Rec {
    pri: u8,
    id: u32,
    tag: [u8; 3],
}

#[no_mangle]
pub extern "C" fn sort_structs(seed: u32, n: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [Rec { pri: 0, id: 0, tag: [0; 3] }; 64];
    for (i, x) in a.iter_mut().enumerate() {
        let v = r.next();
        *x = Rec {
            pri: (v % 5) as u8,
            id: i as u32,
            tag: [(v >> 8) as u8 % 3, (v >> 16) as u8 % 2, (v >> 24) as u8],
        };
    }
    let orig = a;
    let s = &mut a[..len];
    // derived Ord: pri, then id (unique) -> fully determined order
    s.sort_unstable();
    let mut h = 0u64;
    for x in s.iter() {
        h = mix(h, ((x.pri as u64) << 32) | x.id as u64);
    }
    // by tag descending then id
    s.sort_unstable_by(|x, y| y.tag.cmp(&x.tag).then(x.id.cmp(&y.id)));
    for x in s.iter() {
        h = mix(h, x.id as u64);
    }
    // every original element still present
    let mut found = 0u64;
    for o in orig[..len].iter() {
        found += s.contains(o) as u64;
    }
    h = mix(h, found);
    let missing = Rec { pri: 9, id: 0, tag: [0; 3] };
    h = mix(h, s.contains(&missing) as u64);
    h
}

#[no_mangle]
pub extern "C" fn select_nth(seed: u32, n: u32, k: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let k = k as usize % len;
    let mut a = [0u32; 64];
    for x in a.iter_mut() {
        *x = r.next() % 1000;
    }
    let mut sorted = a;
    sorted[..len].sort_unstable();
    let s = &mut a[..len];
    let (lo, mid, hi) = s.select_nth_unstable(k);
    let m = *mid;
    let mut h = mix(0, m as u64);
    h = mix(h, (m == sorted[k]) as u64);
    h = mix(h, lo.iter().all(|&x| x <= m) as u64);
    h = mix(h, hi.iter().all(|&x| x >= m) as u64);
    h = mix(h, lo.len() as u64);
    // with a comparator: k-th largest
    let (_, mid2, _) = s.select_nth_unstable_by(k, |x, y| y.cmp(x));
    h = mix(h, *mid2 as u64);
    h = mix(h, (*mid2 == sorted[len - 1 - k]) as u64);
    // by key: low decimal digit
    let (_, mid3, _) = s.select_nth_unstable_by_key(k, |x| x % 10);
    h = mix(h, (*mid3 % 10) as u64);
    h
}

#[no_mangle]
pub extern "C" fn search(seed: u32, n: u32, probe: i32) -> i64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [0i32; 64];
    for x in a.iter_mut() {
        *x = (r.next() % 200) as i32 - 100;
    }
    let s = &mut a[..len];
    s.sort_unstable();
    let mut acc = 0i64;
    // binary_search: Ok index is not unique with duplicates, so only check the found value
    match s.binary_search(&probe) {
        Ok(i) => acc += 1000 + (s[i] == probe) as i64,
        Err(i) => {
            acc += i as i64;
            acc += s.contains(&probe) as i64 * 77;
        }
    }
    for &p in [probe, 0, -100, 99, s[0], s[len - 1]].iter() {
        let pp = s.partition_point(|&x| x < p);
        acc = acc.wrapping_mul(131).wrapping_add(pp as i64);
        let q = s.partition_point(|&x| x <= p);
        acc = acc.wrapping_mul(7).wrapping_add((q - pp) as i64);
        let found = s.binary_search_by(|x| x.cmp(&p)).is_ok();
        acc = acc.wrapping_mul(3).wrapping_add(found as i64);
    }
    let bk = s.binary_search_by_key(&(probe / 2), |x| x / 2);
    acc.wrapping_mul(5).wrapping_add(bk.is_ok() as i64)
}

#[no_mangle]
pub extern "C" fn slice_ops(seed: u32, n: u32, k: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [0u16; 64];
    for x in a.iter_mut() {
        *x = r.next() as u16;
    }
    let orig = a;
    let k = k as usize;
    let s = &mut a[..len];
    let mut h = 0u64;
    s.rotate_left(k % len);
    h = mix(h, s[0] as u64);
    h = mix(h, (s[0] == orig[k % len]) as u64);
    s.rotate_right(k % len);
    h = mix(h, (s == &orig[..len]) as u64);
    s.rotate_right((k / 3) % len);
    for &x in s.iter() {
        h = mix(h, x as u64);
    }
    s.swap(0, len - 1);
    s.swap(k % len, len / 2);
    h = mix(h, s[0] as u64);
    h = mix(h, s[len / 2] as u64);
    s.reverse();
    h = mix(h, s[0] as u64);
    // copy_within: shift the front half right by one
    if len > 2 {
        s.copy_within(0..len / 2, 1);
        h = mix(h, s[1] as u64);
        h = mix(h, s[len / 2] as u64);
    }
    // copy_from_slice from the original
    let half = len / 2;
    s[..half].copy_from_slice(&orig[len - half..len]);
    s[half..].fill(0xABCD);
    for &x in s.iter() {
        h = mix(h, x as u64);
    }
    h = mix(h, s.iter().filter(|&&x| x == 0xABCD).count() as u64);
    // a fixed-size copy through a u64 array
    let mut big = [0u64; 9];
    let src: [u64; 9] = core::array::from_fn(|i| orig[i] as u64 * 0x1_0001_0001);
    big.copy_from_slice(&src);
    big.rotate_left(k % 9);
    big.swap(1, 7);
    for &x in big.iter() {
        h = mix(h, x);
    }
    h
}

#[no_mangle]
pub extern "C" fn dedup_windows(seed: u32, n: u32, c: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [0u8; 64];
    for x in a.iter_mut() {
        *x = (r.next() % 17) as u8;
    }
    let s = &mut a[..len];
    s.sort_unstable();
    // dedup by hand in place
    let mut w = 0usize;
    for i in 0..len {
        if i == 0 || s[i] != s[w - 1] {
            s[w] = s[i];
            w += 1;
        }
    }
    let u = &s[..w];
    let mut h = mix(0, w as u64);
    for &x in u.iter() {
        h = mix(h, x as u64);
    }
    // strictly increasing after dedup
    h = mix(h, u.windows(2).all(|p| p[0] < p[1]) as u64);
    let gaps: u64 = u.windows(2).map(|p| (p[1] - p[0]) as u64).sum();
    h = mix(h, gaps);
    let cs = (c as usize % 7) + 1;
    for ch in u.chunks(cs) {
        let sum: u32 = ch.iter().map(|&x| x as u32).sum();
        h = mix(h, ((ch.len() as u64) << 16) | sum as u64);
    }
    if let Some(last) = u.chunks_exact(cs).last() {
        h = mix(h, last[0] as u64);
    }
    h = mix(h, u.chunks_exact(cs).remainder().len() as u64);
    for ch in u.rchunks(cs) {
        h = mix(h, ch[0] as u64);
    }
    let mx = u.iter().copied().max_by_key(|&x| (x % 5, x)).unwrap_or(255);
    let mn = u.iter().copied().min_by_key(|&x| x % 4).unwrap_or(255);
    h = mix(h, mx as u64);
    h = mix(h, mn as u64);
    h
}

#[derive(Clone, Copy, PartialEq, Debug)]
struct Pair {
    a: u32,
    b: u64,
    c: [u8; 6],
}

struct Holder {
    name: [u8; 4],
    val: Pair,
}

#[inline(never)]
fn swap_holders(x: &mut Holder, y: &mut Holder) {
    core::mem::swap(x, y);
}

#[no_mangle]
pub extern "C" fn swap_replace(x: u32, y: u32) -> u64 {
    let mut p = Pair { a: x, b: (y as u64) << 20, c: [x as u8, y as u8, 1, 2, 3, 4] };
    let mut q = Pair { a: y, b: x as u64, c: [9; 6] };
    core::mem::swap(&mut p, &mut q);
    let mut h = mix(0, p.a as u64);
    h = mix(h, p.b);
    h = mix(h, q.b);
    h = mix(h, q.c[1] as u64);
    let old = core::mem::replace(&mut p, Pair { a: 7, b: 8, c: [x as u8; 6] });
    h = mix(h, old.a as u64);
    h = mix(h, (old == q) as u64);
    h = mix(h, (p.c == [x as u8; 6]) as u64);
    let taken = core::mem::take(&mut p.b);
    h = mix(h, taken + p.b);
    let mut hx = Holder { name: *b"left", val: p };
    let mut hy = Holder { name: *b"rite", val: q };
    swap_holders(&mut hx, &mut hy);
    h = mix(h, hx.name[0] as u64);
    h = mix(h, hx.val.a as u64);
    h = mix(h, hy.val.c[0] as u64);
    core::mem::swap(&mut hx.val.c, &mut hy.val.c);
    h = mix(h, hx.val.c[5] as u64);
    let mut arr = [p, q, old];
    arr.swap(0, 2);
    let (l, rr) = arr.split_at_mut(2);
    core::mem::swap(&mut l[1].a, &mut rr[0].a);
    for e in arr.iter() {
        h = mix(h, e.a as u64 ^ e.b);
    }
    h
}

#[no_mangle]
pub extern "C" fn compare(seed: u32, n: u32, k: u32) -> u32 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [0u32; 64];
    for x in a.iter_mut() {
        *x = r.next() % 4;
    }
    let mut b = a;
    let k = k as usize;
    if k < len {
        b[k] = b[k].wrapping_add(1);
    }
    let mut res = 0u32;
    res = res * 2 + (a == b) as u32;
    res = res * 2 + (a[..len] == b[..len]) as u32;
    res = res * 2 + (a[..len] != b[..len]) as u32;
    let o = a[..len].cmp(&b[..len]);
    res = res * 3 + match o {
        Ordering::Less => 0,
        Ordering::Equal => 1,
        Ordering::Greater => 2,
    };
    // prefix comparisons: shorter slice is less
    let o2 = a[..len / 2].cmp(&a[..len]);
    res = res * 3 + (o2 as i8 + 1) as u32;
    let o3 = b[..len].partial_cmp(&a[..len / 2]).unwrap();
    res = res * 3 + (o3 as i8 + 1) as u32;
    // byte slices use memcmp-like compare
    let ab: [u8; 64] = core::array::from_fn(|i| a[i] as u8);
    let bb: [u8; 64] = core::array::from_fn(|i| b[i] as u8);
    res = res * 3 + (ab[..len].cmp(&bb[..len]) as i8 + 1) as u32;
    res = res * 2 + (ab == bb) as u32;
    res = res * 2 + (ab[..len] == bb[..len]) as u32;
    // i64 arrays (== is raw_eq), u16 arrays
    let ai: [i64; 8] = core::array::from_fn(|i| a[i] as i64 - 2);
    let bi: [i64; 8] = core::array::from_fn(|i| b[i] as i64 - 2);
    res = res * 2 + (ai == bi) as u32;
    res = res * 3 + (ai.cmp(&bi) as i8 + 1) as u32;
    let mut sa = a;
    let mut sb = b;
    sa[..len].sort_unstable();
    sb[..len].sort_unstable();
    res = res.wrapping_mul(3) + (sa[..len].cmp(&sb[..len]) as i8 + 1) as u32;
    res
}

/// Large inputs (up to 512 elements) with patterns that take the different paths of ipnsort:
/// fully sorted / strictly descending runs (reversed in place), all-equal, sawtooth, organ pipe,
/// few distinct values, random.
#[no_mangle]
pub extern "C" fn sort_patterns(pat: u32, n: u32) -> u64 {
    let len = (n % 512) as usize + 1;
    let mut r = Rng::new(n);
    let mut a = [0u32; 512];
    for i in 0..len {
        let iu = i as u32;
        a[i] = match pat % 8 {
            0 => iu,
            1 => (len - i) as u32,
            2 => 7,
            3 => iu % 13,
            4 => if i < len / 2 { iu } else { (len - i) as u32 },
            5 => r.next() % 3,
            6 => r.next(),
            _ => if i % 2 == 0 { iu } else { u32::MAX - iu },
        };
    }
    let mut b = a;
    let s = &mut a[..len];
    s.sort_unstable();
    let mut h = mix(0, s.is_sorted() as u64);
    let mut step = 0;
    while step < len {
        h = mix(h, s[step] as u64);
        step += 7;
    }
    h = mix(h, s[len - 1] as u64);
    h = mix(h, s.iter().fold(0u64, |acc, &x| acc.wrapping_add(x as u64)));
    let t = &mut b[..len];
    t.sort_unstable_by(|x, y| (y % 10).cmp(&(x % 10)).then(x.cmp(y)));
    h = mix(h, t[0] as u64);
    h = mix(h, t[len / 3] as u64);
    h = mix(h, t.is_sorted_by_key(|x| u32::MAX - x % 10) as u64);
    let (_, m, _) = t.select_nth_unstable(len / 2);
    h = mix(h, *m as u64);
    h = mix(h, (*m == s[len / 2]) as u64);
    h
}

#[no_mangle]
pub extern "C" fn sort_floats(seed: u32, n: u32) -> u64 {
    let mut r = Rng::new(seed);
    let len = len_of(n);
    let mut a = [0f64; 64];
    for x in a.iter_mut() {
        let v = r.next();
        *x = match v % 11 {
            0 => f64::NAN,
            1 => -0.0,
            2 => 0.0,
            3 => f64::INFINITY,
            4 => f64::NEG_INFINITY,
            _ => (v as i32) as f64 / 1000.0,
        };
    }
    let mut b = a;
    a[..len].sort_unstable_by(|x, y| x.total_cmp(y));
    let mut h = 0u64;
    for x in a[..len].iter() {
        h = mix(h, x.to_bits());
    }
    // NaN-free partial_cmp sort of the finite values
    let mut f = [0f32; 64];
    let mut k = 0;
    for &x in b[..len].iter() {
        if x.is_finite() {
            f[k] = x as f32;
            k += 1;
        }
    }
    f[..k].sort_unstable_by(|x, y| y.partial_cmp(x).unwrap());
    // -0.0 and 0.0 compare equal, so their order is unspecified: normalise before hashing
    for x in f[..k].iter() {
        h = mix(h, (x + 0.0).to_bits() as u64);
    }
    let mx = b[..len].iter().copied().fold(f64::NEG_INFINITY, f64::max);
    h = mix(h, mx.to_bits());
    b[..len].sort_unstable_by_key(|x| x.to_bits() as i64);
    h = mix(h, b[0].to_bits());
    h
}
