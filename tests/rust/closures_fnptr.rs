//! flags: -C overflow-checks=on
//! diff: capture_modes(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,3 ; 100,7 ; 4294967295,1 ; 65535,65535 ; 12345,0
//! diff: generic_calls(i32, i32) -> i64 ; inputs: 0,0 ; 1,2 ; -5,3 ; 2147483647,1 ; -2147483648,-1 ; 1000,-1000 ; 7,0
//! diff: returned(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 5,9 ; 4294967295,2 ; 77,4294967295 ; 3,100
//! diff: table(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,1 ; 4294967295,4294967295 ; 65536,3
//! diff: optional_fn(u32, bool) -> u32 ; inputs: 0,false ; 0,true ; 1,true ; 7,false ; 4294967295,true ; 100,true
//! diff: coerced(i64, u32) -> i64 ; inputs: 0,0 ; 1,1 ; -7,2 ; 9223372036854775807,3 ; -9223372036854775808,4 ; 55,5 ; 3,4294967295
//! diff: adaptors(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,5 ; 10,3 ; 4294967295,4294967295 ; 12345,17 ; 100,0 ; 7,64
//! diff: predicates(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,1000 ; 4294967295,0 ; 50,13 ; 16,16
//! diff: fold_closures(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 100 ; 4294967295 ; 2147483648
//! diff: overflow_in_closure(u32, u32) -> u32 ; inputs: 0,0 ; 1,2 ; 4294967295,1 ; 2147483648,2 ; 65536,65536 ; 3,5
//! diff: ctor_values(u64, i32) -> u64 ; inputs: 5,1 ; 5,0 ; 0,1 ; 18446744073709551615,1 ; 7,-3 ; 100,2
//! Closures capturing by reference, by mutable reference and by move, through `impl Fn`,
//! `&mut impl FnMut` and `impl FnOnce`; returned closures; tables of function pointers called by
//! index; `Option<fn>`; closures coerced to `fn`; iterator adaptors taking closures.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[inline(never)]
fn call_fn(f: impl Fn(u32) -> u32, x: u32) -> u32 {
    f(x).wrapping_add(f(x.wrapping_add(1)))
}

#[inline(never)]
fn call_mut(f: &mut impl FnMut(u32) -> u32, n: u32) -> u32 {
    let mut last = 0;
    for i in 0..n {
        last = f(i);
    }
    last
}

#[inline(never)]
fn call_once<T>(f: impl FnOnce() -> T) -> T {
    f()
}

#[derive(Clone, Copy)]
struct Big {
    a: u64,
    b: u64,
    c: u32,
    d: [u16; 3],
}

#[no_mangle]
pub extern "C" fn capture_modes(x: u32, y: u32) -> u64 {
    // by reference
    let base = x;
    let add = |v: u32| v.wrapping_add(base);
    let r1 = call_fn(add, y);
    // by mutable reference
    let mut count = 0u32;
    let mut total = 0u64;
    let mut tick = |i: u32| {
        count += 1;
        total += (i ^ y) as u64;
        count * 2
    };
    let r2 = call_mut(&mut tick, (x % 10) + 1);
    // by move: a struct larger than registers, moved into the closure
    let big = Big { a: x as u64 * 3, b: y as u64, c: x ^ y, d: [x as u16, y as u16, 7] };
    let consume = move || big.a ^ big.b.rotate_left(9) ^ big.c as u64 ^ big.d.iter().map(|&e| e as u64).sum::<u64>();
    let r3 = call_once(consume);
    // a move closure capturing an array and a counter, called several times
    let arr = [x, y, x.wrapping_mul(y)];
    let mut idx = 0usize;
    let mut next = move || {
        let v = arr[idx % 3];
        idx += 1;
        v
    };
    let r4 = next() as u64 + next() as u64 * 3 + next() as u64 * 5 + next() as u64 * 7;
    r1 as u64 ^ ((r2 as u64) << 32) ^ total ^ r3.wrapping_mul(11) ^ r4 ^ count as u64
}

#[inline(never)]
fn apply_n<F: Fn(i64) -> i64>(f: &F, n: u32, x: i64) -> i64 {
    let mut v = x;
    for _ in 0..n {
        v = f(v);
    }
    v
}

#[inline(never)]
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |a| g(f(a))
}

#[inline(never)]
fn by_dyn_free_generic<F>(fs: [F; 3], x: i64) -> i64
where
    F: Fn(i64) -> i64,
{
    fs.iter().fold(x, |acc, f| f(acc))
}

#[no_mangle]
pub extern "C" fn generic_calls(a: i32, b: i32) -> i64 {
    let k = b as i64;
    let step = |v: i64| v.wrapping_mul(3).wrapping_add(k);
    let r1 = apply_n(&step, 5, a as i64);
    let h = compose(|x: i32| x as i64 * 2, move |y: i64| y.wrapping_sub(k));
    let r2 = h(a);
    let shift = (b & 7) as u32;
    let fs = [move |v: i64| v.wrapping_shl(shift); 3];
    let r3 = by_dyn_free_generic(fs, a as i64);
    // a closure that returns a closure
    let mk = |m: i64| move |v: i64| v.wrapping_mul(m);
    let times = mk(k | 1);
    let r4 = times(a as i64);
    // checked division inside a closure: b == 0 gives None, not a trap
    let div = |p: i32, q: i32| p.checked_div(q).map(|r| r as i64).unwrap_or(-99);
    r1 ^ r2.rotate_left(7) ^ r3.rotate_left(17) ^ r4.rotate_left(29) ^ div(a, b)
}

#[inline(never)]
fn adder(n: u32) -> impl Fn(u32) -> u32 {
    move |x| x.wrapping_add(n)
}

#[inline(never)]
fn counter(start: u32) -> impl FnMut() -> u32 {
    let mut c = start;
    move || {
        c = c.wrapping_mul(5).wrapping_add(1);
        c
    }
}

#[inline(never)]
fn once_maker(v: [u32; 5]) -> impl FnOnce(u32) -> u32 {
    move |i| v[(i % 5) as usize] ^ v[4]
}

#[no_mangle]
pub extern "C" fn returned(a: u32, b: u32) -> u32 {
    let f = adder(a);
    let g = adder(b);
    let mut c = counter(a ^ b);
    let x = c();
    let y = c();
    let z = c();
    let o = once_maker([a, b, a ^ b, a.wrapping_add(b), 99]);
    f(g(1)) ^ x ^ y.rotate_left(8) ^ z.rotate_left(16) ^ o(b)
}

fn double(x: u32) -> u32 {
    x.wrapping_mul(2)
}
fn square(x: u32) -> u32 {
    x.wrapping_mul(x)
}
fn negate(x: u32) -> u32 {
    x.wrapping_neg()
}
fn checked_inc(x: u32) -> u32 {
    x + 1
}

static TABLE: [fn(u32) -> u32; 4] = [double, square, negate, checked_inc];

/// Index `i >= 4` traps; `checked_inc(u32::MAX)` traps (overflow checks on).
#[no_mangle]
pub extern "C" fn table(i: u32, x: u32) -> u32 {
    let local: [fn(u32) -> u32; 4] = [checked_inc, negate, square, double];
    let mut acc = 0u32;
    for (j, f) in local.iter().enumerate() {
        if j as u32 != 3 || x < 1000 {
            acc = acc.wrapping_mul(7).wrapping_add(f(x.wrapping_add(j as u32) % 1000));
        }
    }
    let picked = TABLE[i as usize];
    acc ^ picked(x)
}

fn hello() -> u32 {
    17
}

#[inline(never)]
fn maybe_call(f: Option<fn() -> u32>, g: Option<fn(u32) -> u32>, x: u32) -> u32 {
    let a = match f {
        Some(h) => h(),
        None => 1,
    };
    let b = g.map(|h| h(x)).unwrap_or(2);
    a.wrapping_mul(1000).wrapping_add(b)
}

#[no_mangle]
pub extern "C" fn optional_fn(x: u32, on: bool) -> u32 {
    let f: Option<fn() -> u32> = if on { Some(hello) } else { None };
    let g: Option<fn(u32) -> u32> = if x % 2 == 0 { Some(double) } else if on { Some(negate) } else { None };
    let same = match (f, g) {
        (Some(p), Some(q)) => (p as usize != 0) as u32 + (q as usize != 0) as u32,
        _ => 0,
    };
    maybe_call(f, g, x) ^ same
}

#[inline(never)]
fn run_ptr(f: fn(i64, u32) -> i64, x: i64, n: u32) -> i64 {
    f(x, n)
}

#[no_mangle]
pub extern "C" fn coerced(x: i64, k: u32) -> i64 {
    let fs: [fn(i64, u32) -> i64; 5] = [
        |a, n| a.wrapping_add(n as i64),
        |a, n| a.wrapping_mul(n as i64 + 1),
        |a, n| a.rotate_left(n),
        |a, _| a.wrapping_abs(),
        |a, n| if n % 2 == 0 { a / 3 } else { -a / 5 },
    ];
    let mut acc = 0i64;
    for f in fs.iter() {
        acc = acc.wrapping_mul(3).wrapping_add(run_ptr(*f, x, k));
    }
    let chosen = fs[(k % 5) as usize];
    let direct: fn(i64) -> i64 = |v| v ^ 0x5555;
    // `-x` overflows for i64::MIN with k % 5 == 4 and k odd: a trap on both sides
    acc ^ chosen(x, k + 1) ^ direct(x)
}

#[no_mangle]
pub extern "C" fn adaptors(seed: u32, n: u32) -> u64 {
    let mut a = [0u32; 16];
    let mut s = seed;
    for x in a.iter_mut() {
        s = s.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        *x = (s >> 16) % 100;
    }
    let lim = n % 100;
    let mapped: u64 = a.iter().map(|&x| x as u64 * 3).sum();
    let filtered: u64 = a.iter().filter(|&&x| x >= lim).map(|&x| x as u64).sum();
    let tw: u64 = a.iter().take_while(|&&x| x != lim).map(|&x| x as u64 + 1).sum();
    let sk: u64 = a.iter().skip((n % 20) as usize).map(|&x| x as u64).fold(0, |p, x| p * 3 + x);
    let sb: u64 = a.iter().step_by((n % 5) as usize + 1).map(|&x| x as u64).sum();
    let b = [lim, lim + 1, lim + 2];
    let ch: u64 = a.iter().chain(b.iter()).rev().take(5).map(|&x| x as u64).fold(0, |p, x| p * 101 + x);
    let pairs = [[seed, n], [n, 3], [7, seed ^ n]];
    let fm: u64 = pairs.iter().flat_map(|p| p.iter()).map(|&x| (x % 1000) as u64).sum();
    let sw: u64 = a.iter().skip_while(|&&x| x < 50).count() as u64;
    let mx = a.iter().map(|&x| x ^ lim).max().unwrap_or(0) as u64;
    let mn = a.iter().enumerate().min_by_key(|&(i, &x)| (x, i)).map(|(i, _)| i).unwrap_or(99) as u64;
    let fm2 = a.iter().filter_map(|&x| if x % 3 == 0 { Some(x as u64) } else { None }).sum::<u64>();
    let zipped: u64 = a.iter().zip(a.iter().skip(1)).map(|(p, q)| (*p as u64) * (*q as u64)).sum();
    let last = a.iter().rev().find(|&&x| x > lim).copied().unwrap_or(1000) as u64;
    mapped ^ (filtered << 8) ^ (tw << 16) ^ sk.rotate_left(24) ^ (sb << 32) ^ ch.rotate_left(40) ^ (fm << 44)
        ^ (sw << 50) ^ (mx << 54) ^ (mn << 58) ^ fm2 ^ zipped.rotate_left(3) ^ last
}

#[no_mangle]
pub extern "C" fn predicates(seed: u32, k: u32) -> u32 {
    let a = [seed % 7, seed % 11, seed % 13, k % 17, 5, (seed ^ k) % 19];
    let any_big = a.iter().any(|&x| x > 10) as u32;
    let all_small = a.iter().all(|&x| x < 15) as u32;
    let cnt = a.iter().filter(|&&x| x % 2 == 1).count() as u32;
    let found = a.iter().position(|&x| x == k % 7).map(|p| p as u32 + 1).unwrap_or(0);
    let r = (0..k % 50).filter(|i| i % 3 == 0).count() as u32;
    let s = (1..=k % 30).rev().step_by(2).map(|i| i * i).sum::<u32>();
    let evens = (0..20u32).filter(|x| x % 2 == 0).any(|x| x == k);
    any_big | (all_small << 1) | (cnt << 2) | (found << 6) | (r << 10) | (s << 16) ^ ((evens as u32) << 31)
}

#[inline(never)]
fn fold_with<F: FnMut(u64, u32) -> u64>(init: u64, xs: &[u32], mut f: F) -> u64 {
    let mut acc = init;
    for &x in xs {
        acc = f(acc, x);
    }
    acc
}

#[no_mangle]
pub extern "C" fn fold_closures(seed: u32) -> u64 {
    let xs = [seed, seed >> 3, seed.rotate_left(7), 1, 0, u32::MAX, seed ^ 0xdead_beef];
    let mut calls = 0u32;
    let h = fold_with(0xcbf2_9ce4_8422_2325, &xs, |h, x| {
        calls += 1;
        (h ^ x as u64).wrapping_mul(0x0100_0000_01b3)
    });
    let mx = fold_with(0, &xs, |m, x| if x as u64 > m { x as u64 } else { m });
    let weights = [1u64, 2, 3, 5, 8, 13, 21];
    let mut wi = weights.iter();
    let dot = fold_with(0, &xs, |a, x| a.wrapping_add(x as u64 * wi.next().copied().unwrap_or(0)));
    h ^ mx.rotate_left(20) ^ dot.rotate_left(40) ^ calls as u64
}

/// Overflow inside closures traps like everywhere else.
#[no_mangle]
pub extern "C" fn overflow_in_closure(a: u32, b: u32) -> u32 {
    let add = |x: u32, y: u32| x + y;
    let mul = move |x: u32| x * b;
    let s = add(a, b);
    let xs = [a, b, 1];
    let t: u32 = xs.iter().map(|&x| mul(x % 70_000)).fold(0u32, |p, q| p + q % 1000);
    s ^ t
}

#[derive(Clone, Copy)]
enum Tagged {
    A(i32),
    B,
}

#[derive(Clone, Copy)]
struct Wrapper(u64, bool);

#[inline(never)]
fn wrap_some(x: Result<u64, u32>) -> Result<Option<u64>, u32> {
    x.map(Some)
}

// Constructors as function values: core's `Some` and `Ok` (no MIR of their own in core's
// metadata), a local variant and a tuple struct.
#[no_mangle]
pub extern "C" fn ctor_values(a: u64, k: i32) -> u64 {
    let r = if k > 0 { Ok(a) } else { Err(7) };
    let x = match wrap_some(r) {
        Ok(Some(v)) => v.wrapping_add(1),
        Ok(None) => 0,
        Err(e) => e as u64 + 100,
    };
    let t = (if k > 0 { Some(k) } else { None }).map(Tagged::A).unwrap_or(Tagged::B);
    let y = match t {
        Tagged::A(v) => v as u64 * 2,
        Tagged::B => 9,
    };
    let w: [Wrapper; 2] = [a, a ^ 1].map(|v| (v, k % 2 == 0)).map(|(v, b)| Wrapper(v, b));
    let o: Option<Result<u64, ()>> = Some(a).map(Ok);
    x ^ y.rotate_left(7) ^ w[1].0.wrapping_mul(3) ^ (w[0].1 as u64) ^ o.map_or(1, |r| r.unwrap_or(2))
}
