//! flags: -C overflow-checks=on
//! diff: sort_u32(u32, u32) -> u64 ; inputs: 0,0 ; 0,1 ; 1,2 ; 7,10 ; 12345,64 ; 4294967295,64 ; 99,65 ; 3,4294967295 ; 42,33
//! diff: search_u32(u32, u32) -> i64 ; inputs: 0,0 ; 1,5 ; 7,1000 ; 12345,4000000000 ; 4294967295,17 ; 99,4294967295 ; 5,3
//! diff: bytes(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 255 ; 256 ; 65537 ; 123456789 ; 4294967295
//! diff: shorts(u32, u32) -> i32 ; inputs: 0,0 ; 1,15 ; 2,16 ; 3,7 ; 4294967295,0 ; 77,4294967295 ; 65535,8
//! diff: longs(u64, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,8 ; 3,9 ; 18446744073709551615,4 ; 9223372036854775808,7 ; 123456789,2 ; 5,4294967295
//! diff: floats(u32, f64) -> f64 ; inputs: 0,0.0 ; 1,1.5 ; 2,-2.25 ; 3,1e300 ; 77,-0.0 ; 4294967295,0.125 ; 12,inf ; 13,-inf
//! diff: points(u32, u32) -> i64 ; inputs: 0,0 ; 1,1 ; 2,9 ; 3,10 ; 4294967295,5 ; 1000,3 ; 31337,11
//! diff: grid(u32, u32, u32) -> u64 ; inputs: 0,0,0 ; 1,3,4 ; 2,4,0 ; 3,0,5 ; 7,2,2 ; 4294967295,3,4 ; 9,4294967295,1 ; 65535,1,3
//! diff: patterns(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 6,8 ; 7,9 ; 4294967295,6 ; 11,7
//! diff: window_chunks(u32, u32) -> u64 ; inputs: 0,1 ; 1,2 ; 2,3 ; 3,4 ; 5,7 ; 6,16 ; 4294967295,5 ; 8,0 ; 9,17
//! diff: reorder(u32, u32, u32) -> u64 ; inputs: 0,0,0 ; 1,2,3 ; 5,11,0 ; 6,0,11 ; 7,12,1 ; 8,3,12 ; 4294967295,4,4 ; 100,10,10
//! diff: nth(u32, u32) -> u32 ; inputs: 0,0 ; 1,5 ; 2,19 ; 3,20 ; 4294967295,10 ; 123,4294967295 ; 65536,1
//! diff: stats(u32, i32) -> i64 ; inputs: 0,0 ; 1,1 ; 2,-1 ; 3,2147483647 ; 4294967295,-2147483648 ; 7,100 ; 8,-100
//! diff: unchecked_index(u32) -> u32 ; inputs: 0 ; 1 ; 5 ; 4294967295 ; 100
//! diff: unchecked_rev(u32) -> u32 ; inputs: 0 ; 1 ; 5 ; 65537 ; 4294967295
//! diff: unchecked_distill(f64) -> u32 ; inputs: 1e15 ; 3.5 ; 1e300 ; -7.25 ; 0.0 ; 123456789.0
//! diff: zst_array_map(u32) -> u32 ; inputs: 0 ; 5 ; 4294967295 ; 123456
//! Arrays of several element types, 2D arrays, bounds-check traps, slice methods of core
//! (sorting, searching, windows, chunks, patterns) and iterators over slices.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// Insertion sort by a key. Neither `sort_unstable*` nor `<[T]>::swap` is used: see
/// /tmp/diffbugs/REPORT.md (drop of core's `CopyOnDrop` guard; `copy_nonoverlapping` operands).
#[inline(never)]
fn swap<T: Copy>(a: &mut [T], i: usize, j: usize) {
    let t = a[i];
    a[i] = a[j];
    a[j] = t;
}

#[inline(never)]
fn sort_by_key<T: Copy, K: PartialOrd>(a: &mut [T], key: impl Fn(&T) -> K) {
    let mut i = 1;
    while i < a.len() {
        let mut j = i;
        while j > 0 && key(&a[j]) < key(&a[j - 1]) {
            swap(a, j, j - 1);
            j -= 1;
        }
        i += 1;
    }
}

#[inline(never)]
fn reverse<T: Copy>(a: &mut [T]) {
    let n = a.len();
    for i in 0..n / 2 {
        swap(a, i, n - 1 - i);
    }
}

/// `copy_from_slice` and `rotate_*` of core are avoided too (same report).
#[inline(never)]
fn copy_into<T: Copy>(dst: &mut [T], src: &[T]) {
    assert!(dst.len() == src.len());
    for (d, s) in dst.iter_mut().zip(src.iter()) {
        *d = *s;
    }
}

#[inline(never)]
fn rotate_left<T: Copy>(a: &mut [T], k: usize) {
    reverse(&mut a[..k]);
    reverse(&mut a[k..]);
    reverse(a);
}

#[inline(never)]
fn lcg(s: &mut u32) -> u32 {
    *s = s.wrapping_mul(1_103_515_245).wrapping_add(12_345);
    *s >> 8
}

#[inline(never)]
fn fill_u32(a: &mut [u32], seed: u32) {
    let mut s = seed;
    for x in a.iter_mut() {
        *x = lcg(&mut s);
    }
}

#[inline(never)]
fn checksum(a: &[u32]) -> u64 {
    let mut h = 0u64;
    for (i, &x) in a.iter().enumerate() {
        h = h.wrapping_mul(31).wrapping_add(x as u64 ^ i as u64);
    }
    h
}

/// Fill `n` of 64 slots, sort them, check sortedness; `n > 64` traps on the subslice.
#[no_mangle]
pub extern "C" fn sort_u32(seed: u32, n: u32) -> u64 {
    let mut a = [0u32; 64];
    let s = &mut a[..n as usize];
    fill_u32(s, seed);
    sort_by_key(s, |&x| x);
    let mut ok = true;
    for w in s.windows(2) {
        if w[0] > w[1] {
            ok = false;
        }
    }
    checksum(s) + if ok { 1 } else { 0 }
}

/// Sort 40 values and look several up; the result mixes `Ok`/`Err` positions.
#[no_mangle]
pub extern "C" fn search_u32(seed: u32, probe: u32) -> i64 {
    let mut a = [0u32; 40];
    fill_u32(&mut a, seed);
    a[7] = probe;
    sort_by_key(&mut a, |&x| x);
    let mut acc = 0i64;
    let keys = [probe, a[0], a[39], a[20].wrapping_add(1), 0, u32::MAX];
    for (k, key) in keys.iter().enumerate() {
        let r = match a.binary_search(key) {
            Ok(i) => {
                // any matching index is allowed: check it rather than report it
                if a[i] == *key { 1000 } else { -1 }
            }
            Err(i) => i as i64,
        };
        acc = acc * 7 + r + k as i64;
    }
    acc + if a.contains(&probe) { 1 } else { 0 }
}

#[no_mangle]
pub extern "C" fn bytes(seed: u32) -> u32 {
    let mut b = [0u8; 32];
    let mut s = seed;
    for x in b.iter_mut() {
        *x = lcg(&mut s) as u8;
    }
    let mut acc = 0u32;
    for (i, x) in b.iter().rev().enumerate() {
        acc = acc.wrapping_mul(3).wrapping_add(*x as u32 * (i as u32 + 1));
    }
    let big = b.iter().filter(|&&x| x > 128).count() as u32;
    let pos = match b.iter().position(|&x| x < 16) {
        Some(p) => p as u32,
        None => 99,
    };
    let has = b.contains(&(seed as u8));
    let mx = *b.iter().max().unwrap() as u32;
    let mn = *b.iter().min().unwrap() as u32;
    b.fill(seed as u8);
    let filled: u32 = b.iter().map(|&x| x as u32).sum();
    acc ^ (big << 8) ^ (pos << 16) ^ ((has as u32) << 24) ^ (mx << 1) ^ (mn << 3) ^ filled
}

/// `idx >= 16` traps on the index.
#[no_mangle]
pub extern "C" fn shorts(seed: u32, idx: u32) -> i32 {
    let mut a = [0i16; 16];
    let mut s = seed;
    for x in a.iter_mut() {
        *x = lcg(&mut s) as i16;
    }
    let v = a[idx as usize] as i32;
    let sum: i32 = a.iter().map(|&x| x as i32).sum();
    let mx = *a.iter().max().unwrap() as i32;
    let mn = *a.iter().min().unwrap() as i32;
    let neg = a.iter().filter(|x| **x < 0).count() as i32;
    v.wrapping_mul(3) ^ sum ^ (mx - mn) ^ (neg << 20)
}

/// `k` indexes an 8-element array after `split_at(k)`: `k > 8` traps in `split_at`, `k == 8`
/// then traps on `right[0]`.
#[no_mangle]
pub extern "C" fn longs(seed: u64, k: u32) -> u64 {
    let mut a = [0u64; 8];
    let mut s = seed;
    for x in a.iter_mut() {
        s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        *x = s;
    }
    let b = [seed, !seed, seed >> 3, seed << 5, 1, 2, 3, u64::MAX];
    let dot = a.iter().zip(b.iter()).fold(0u64, |acc, (x, y)| acc.wrapping_add(x.wrapping_mul(*y)));
    let (left, right) = a.split_at(k as usize);
    let l = left.iter().fold(0u64, |acc, x| acc ^ x);
    let r0 = right[0];
    let mut c = [0u64; 8];
    copy_into(&mut c, &a);
    swap(&mut c, 0, 7);
    reverse(&mut c);
    c[2..5].fill(k as u64);
    dot ^ l ^ r0.rotate_left(7) ^ checksum_u64(&c)
}

#[inline(never)]
fn checksum_u64(a: &[u64]) -> u64 {
    a.iter().enumerate().fold(17u64, |h, (i, x)| h.wrapping_mul(1_000_003) ^ x.wrapping_add(i as u64))
}

#[no_mangle]
pub extern "C" fn floats(seed: u32, f: f64) -> f64 {
    let mut a = [0f64; 12];
    let mut s = seed;
    for (i, x) in a.iter_mut().enumerate() {
        *x = (lcg(&mut s) % 1000) as f64 / 8.0 - 60.0 + i as f64;
    }
    a[5] = f;
    sort_by_key(&mut a, |x| *x);
    let mut acc = 0.0f64;
    for (i, x) in a.iter().enumerate() {
        acc += *x * (i as f64 + 0.5);
    }
    let mx = a.iter().fold(f64::NEG_INFINITY, |m, &x| m.max(x));
    let mn = a.iter().copied().fold(f64::INFINITY, f64::min);
    acc + mx * 2.0 - mn
}

#[derive(Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i16,
    tag: u8,
}

/// `idx >= 10` traps.
#[no_mangle]
pub extern "C" fn points(seed: u32, idx: u32) -> i64 {
    let mut ps = [Point { x: 0, y: 0, tag: 0 }; 10];
    let mut s = seed;
    for (i, p) in ps.iter_mut().enumerate() {
        let r = lcg(&mut s);
        *p = Point { x: (r % 200) as i32 - 100, y: (r >> 8) as i16, tag: i as u8 };
    }
    let picked = ps[idx as usize];
    sort_by_key(&mut ps, |p| (p.x, p.tag));
    let mut acc = 0i64;
    for p in ps.iter() {
        acc = acc * 3 + p.x as i64 + p.y as i64 * 5 + p.tag as i64;
        acc %= 1_000_000_007;
    }
    let at = ps.iter().position(|p| *p == picked).unwrap() as i64;
    sort_by_key(&mut ps, |p| p.y);
    let first_tag = ps[0].tag as i64;
    acc * 100 + at * 10 + first_tag
}

/// A 4x5 grid; `(r, c)` outside traps.
#[no_mangle]
pub extern "C" fn grid(seed: u32, r: u32, c: u32) -> u64 {
    let mut g = [[0u16; 5]; 4];
    let mut s = seed;
    for row in g.iter_mut() {
        for x in row.iter_mut() {
            *x = lcg(&mut s) as u16;
        }
    }
    let mut t = [[0u16; 4]; 5];
    for i in 0..4 {
        for j in 0..5 {
            t[j][i] = g[i][j];
        }
    }
    let mut acc = 0u64;
    for (j, row) in t.iter().enumerate() {
        let rs: u64 = row.iter().map(|&x| x as u64).sum();
        acc = acc.wrapping_mul(13).wrapping_add(rs ^ j as u64);
    }
    let diag = g[0][0] as u64 + g[1][1] as u64 + g[2][2] as u64 + g[3][3] as u64;
    let picked = g[r as usize][c as usize] as u64;
    acc ^ (diag << 20) ^ (picked << 40)
}

#[inline(never)]
fn classify(s: &[u32]) -> u32 {
    match s {
        [] => 1,
        [x] => 10 + x % 7,
        [a, b] => 100 + (a ^ b) % 11,
        [first, .., last] if first > last => 1000 + s.len() as u32,
        [a, b, rest @ ..] => {
            let mut t = (a % 5) * 10 + b % 5;
            for x in rest {
                t = t.wrapping_add(x % 3);
            }
            2000 + t
        }
    }
}

#[inline(never)]
fn ends(s: &[u32]) -> u32 {
    match s {
        [.., a, b, c] => a.wrapping_add(*b).wrapping_mul(*c) % 1000,
        [head @ .., tail] => head.len() as u32 * 100 + tail % 100,
        [] => 7,
    }
}

/// `n > 8` traps on the subslice.
#[no_mangle]
pub extern "C" fn patterns(seed: u32, n: u32) -> u32 {
    let mut a = [0u32; 8];
    fill_u32(&mut a, seed);
    let s = &a[..n as usize];
    let arr3 = [a[0], a[1], a[2]];
    let [p, q, r] = arr3;
    let w = match &a {
        [x, y, .., z] => x ^ y ^ z,
    };
    classify(s) * 1000 + ends(s) + (p % 3 + q % 5 + r % 7) * 1_000_000 + w % 9
}

/// windows(w) and chunks(c) over 16 values; `w == 0` or `c == 0` panics in core.
#[no_mangle]
pub extern "C" fn window_chunks(seed: u32, size: u32) -> u64 {
    let mut a = [0u32; 16];
    fill_u32(&mut a, seed);
    let w = (size % 20) as usize;
    let mut acc = 0u64;
    for win in a.windows(w) {
        let s: u64 = win.iter().map(|&x| x as u64).sum();
        acc = acc.wrapping_mul(7).wrapping_add(s);
    }
    let c = (size % 6) as usize;
    let mut n = 0u64;
    for ch in a.chunks(c) {
        n = n * 3 + ch.len() as u64 + ch[0] as u64 % 10;
    }
    for ch in a.chunks_exact(4) {
        n ^= ch[3] as u64;
    }
    acc ^ n
}

/// swap(i, j) and rotate within 12 elements; out of range traps.
#[no_mangle]
pub extern "C" fn reorder(seed: u32, i: u32, j: u32) -> u64 {
    let mut a = [0u32; 12];
    fill_u32(&mut a, seed);
    swap(&mut a, i as usize, j as usize);
    reverse(&mut a[..6]);
    rotate_left(&mut a, 5);
    let n = a[6..].len();
    rotate_left(&mut a[6..], n - 2);
    let (l, r) = a.split_at_mut(6);
    l[0] ^= r[5];
    r[0] = l[5].wrapping_add(r[1]);
    let mut b = [0u32; 6];
    copy_into(&mut b, &a[3..9]);
    checksum(&a) ^ checksum(&b).rotate_left(13)
}

/// The k-th smallest of 20 values (by sorting a copy: `select_nth_unstable` is not exported, see
/// the report); `k >= 20` traps.
#[no_mangle]
pub extern "C" fn nth(seed: u32, k: u32) -> u32 {
    let mut a = [0u32; 20];
    fill_u32(&mut a, seed);
    a[3] = a[11];
    let mut b = a;
    sort_by_key(&mut b, |&x| x);
    let m = b[k as usize];
    let below = a.iter().filter(|&&x| x < m).count() as u32;
    let upto = a.iter().filter(|&&x| x <= m).count() as u32;
    let lo_ok = b[..k as usize].iter().all(|&x| x <= m);
    let hi_ok = b[k as usize..].iter().all(|&x| x >= m);
    m ^ ((lo_ok as u32) << 30) ^ ((hi_ok as u32) << 31) ^ (below << 5) ^ (upto << 10)
}

#[no_mangle]
pub extern "C" fn stats(seed: u32, bias: i32) -> i64 {
    let mut a = [0i32; 24];
    let mut s = seed;
    for x in a.iter_mut() {
        *x = (lcg(&mut s) as i32 % 1000).wrapping_add(bias / 4);
    }
    let sum: i64 = a.iter().map(|&x| x as i64).sum();
    let prod = a[..5].iter().fold(1i64, |p, &x| p.wrapping_mul(x as i64 | 1));
    let mx = a.iter().max().copied().unwrap_or(0) as i64;
    let mn = a.iter().min().copied().unwrap_or(0) as i64;
    let first_big = a.iter().position(|&x| x > bias / 4 + 500).map(|p| p as i64).unwrap_or(-1);
    let last_neg = a.iter().rposition(|&x| x < 0).map(|p| p as i64).unwrap_or(-1);
    let evens = a.iter().filter(|&&x| x % 2 == 0).count() as i64;
    sum ^ prod ^ (mx << 20) ^ (mn << 40) ^ (first_big << 8) ^ (last_neg << 12) ^ (evens << 50)
}

// `get_unchecked(i)`: after inlining, `i` is read only by the `Index` projection of a place (no
// bounds check mentions it).
#[no_mangle]
pub extern "C" fn unchecked_index(x: u32) -> u32 {
    let mut iq: [i32; 20] = [0; 20];
    for i in 0..5usize {
        unsafe { *iq.get_unchecked_mut(i) = (x as i32).wrapping_add(i as i32) };
    }
    let mut k = 1;
    while unsafe { *iq.get_unchecked_mut(5 - k) == 0 } {
        k += 1;
        if k > 5 {
            break;
        }
    }
    (k as u32 * 1000).wrapping_add(iq[3] as u32)
}

#[no_mangle]
pub extern "C" fn unchecked_rev(x: u32) -> u32 {
    let mut iq: [i32; 20] = [0; 20];
    let mut i = 0i32;
    for j in (1..=4usize).rev() {
        unsafe { *iq.get_unchecked_mut(i as usize) = (x as usize).wrapping_mul(j) as i32 };
        i += 1;
    }
    let mut s = 0i32;
    for j in 0..5 {
        s = s.wrapping_mul(7).wrapping_add(iq[j]);
    }
    s as u32
}

// The distilling loop of libm's `rem_pio2_large`.
#[no_mangle]
pub extern "C" fn unchecked_distill(z0: f64) -> u32 {
    let x1p24 = f64::from_bits(0x4170000000000000);
    let x1p_24 = f64::from_bits(0x3e70000000000000);
    let q = [z0, z0 * 0.5, z0 * 0.25, 3.0, 7.0];
    let mut iq: [i32; 20] = [0; 20];
    let mut i = 0i32;
    let jz = 4usize;
    let mut z = unsafe { *q.get_unchecked(jz) };
    for j in (1..=jz).rev() {
        let fw = (x1p_24 * z) as i32 as f64;
        unsafe { *iq.get_unchecked_mut(i as usize) = (z - x1p24 * fw) as i32 };
        z = unsafe { *q.get_unchecked(j - 1) } + fw;
        i += 1;
    }
    let mut s = 0i32;
    for j in 0..5 {
        s = s.wrapping_mul(7).wrapping_add(iq[j]);
    }
    s as u32 ^ z as u32
}

// An array of zero-sized values with a const-generic length (tinyvec's `Array::default`): no
// bytes, nothing to write.
#[inline(never)]
fn make_array<const N: usize>(x: u32) -> [u32; N] {
    [(); N].map(|_| x)
}

#[no_mangle]
pub extern "C" fn zst_array_map(x: u32) -> u32 {
    let a: [u32; 48] = make_array(x);
    let units = [(); 7];
    let b: [u32; 3] = make_array(x ^ 1);
    a.iter().fold(0u32, |s, v| s.wrapping_mul(3).wrapping_add(*v)) ^ (units.len() as u32) ^ b[2]
}
