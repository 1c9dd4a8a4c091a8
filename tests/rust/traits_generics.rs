//! flags: -C overflow-checks=on
//! diff: num_generic(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,3 ; 255,2 ; 256,7 ; 65535,65535 ; 4294967295,4294967295 ; 2147483648,31 ; 12345,100 ; 7,0
//! diff: assoc_items(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 7,100 ; 4294967295,4294967295 ; 65536,9 ; 31,6
//! diff: impl_trait(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,5 ; 10,3 ; 100,17 ; 4294967295,4294967295 ; 65535,2 ; 33,64 ; 7,1
//! diff: custom_iters(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 5,3 ; 10,10 ; 20,7 ; 50,1 ; 93,93 ; 200,4294967295 ; 4294967295,0 ; 64,64 ; 90,3 ; 91,8
//! diff: arrays_map(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,3 ; 255,255 ; 256,1 ; 65535,7 ; 4294967295,4294967295 ; 1000,9 ; 42,13
//! diff: dyn_generic(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,9 ; 100,5 ; 4294967295,1 ; 65536,65536 ; 17,4294967295
//! diff: opt_res(i32, i32) -> i64 ; inputs: 0,0 ; 1,1 ; -1,1 ; 5,0 ; 100,7 ; 2147483647,1 ; -2147483648,-1 ; -2147483648,2 ; 46341,46341 ; 65536,-65536 ; 12,-3 ; 999,1000
//! diff: question_mark(u32, u32, u32) -> u32 ; inputs: 0,0,0 ; 1,2,3 ; 10,0,5 ; 4294967295,1,1 ; 100,100,100 ; 7,8,0 ; 255,256,257 ; 65535,65536,2 ; 3,3,4294967295
//! diff: wide_generic(u64, u64) -> u128 ; inputs: 0,0 ; 1,1 ; 2,3 ; 18446744073709551615,18446744073709551615 ; 18446744073709551615,2 ; 4294967296,4294967295 ; 12345678901234567,987654321 ; 7,18446744073709551614 ; 1,0
//! diff: ordering_derives(u32, u32) -> u32 ; inputs: 0,0 ; 1,0 ; 0,1 ; 5,5 ; 6,7 ; 255,256 ; 4294967295,0 ; 65536,65537 ; 12,300 ; 1000,999 ; 2147483648,2147483647
//! diff: defaults(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 7 ; 255 ; 65535 ; 4294967295
//! diff: hashing(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,3 ; 255,256 ; 65535,65536 ; 4294967295,4294967295 ; 12345,678 ; 7,4294967294 ; 100,5
//! diff: cells_dyn_iter(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,7 ; 5,100 ; 4294967295,1 ; 65536,9 ; 17,4294967295
//! diff: refcell_conflict(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 3 ; 5 ; 4294967295 ; 10 ; 100 ; 4294967294
//! diff: any_typeid(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 5,5 ; 6,6 ; 7,7 ; 8,8 ; 9,9 ; 10,10 ; 4294967295,4294967295 ; 65536,7 ; 21,100
//! Generic code in core style: traits with associated types and consts, generic functions with
//! bounds (including `u128` and const generics), `impl Trait` in argument and return position,
//! generic traits behind `dyn`, hand-written `Iterator`/`DoubleEndedIterator`/`ExactSizeIterator`
//! impls driven through `zip`, `map`, `filter`, `rev`, `chain`, `step_by`, `sum`, `fold`;
//! collecting into arrays with `array::from_fn` and `[T; N]::map`; `Option`/`Result` combinators
//! and `?`; derived `PartialEq`/`PartialOrd`/`Ord`/`Default` on structs and enums.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

use core::cmp::Ordering;
use core::ops::{Add, Mul, Rem, Sub};

#[inline(never)]
fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(0x0000_0100_0000_01B3).rotate_left(7)
}

// ---------------------------------------------------------------- numeric trait

trait Num: Copy + PartialOrd + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Rem<Output = Self> {
    const ZERO: Self;
    const ONE: Self;
    const BITS: u32;
    type Wide: Num;
    fn widen(self) -> Self::Wide;
    fn from_u32(v: u32) -> Self;
    fn to_u64(self) -> u64;
    fn wadd(self, o: Self) -> Self;
    fn wmul(self, o: Self) -> Self;
}

macro_rules! num_impl {
    ($t:ty, $w:ty) => {
        impl Num for $t {
            const ZERO: Self = 0;
            const ONE: Self = 1;
            const BITS: u32 = <$t>::BITS;
            type Wide = $w;
            fn widen(self) -> $w {
                self as $w
            }
            fn from_u32(v: u32) -> Self {
                v as $t
            }
            fn to_u64(self) -> u64 {
                self as u64
            }
            fn wadd(self, o: Self) -> Self {
                self.wrapping_add(o)
            }
            fn wmul(self, o: Self) -> Self {
                self.wrapping_mul(o)
            }
        }
    };
}
num_impl!(u8, u16);
num_impl!(u16, u32);
num_impl!(i32, i64);
num_impl!(u32, u64);
num_impl!(u64, u128);
num_impl!(i64, i128);
num_impl!(u128, u128);
num_impl!(i128, i128);

/// Wrapping polynomial evaluation in T; the same in T::Wide (exact for small degree).
#[inline(never)]
fn poly<T: Num>(x: T, n: u32) -> (T, T::Wide) {
    let mut acc = T::ZERO;
    let mut accw = <T::Wide as Num>::ZERO;
    let xw = x.widen();
    for i in 0..(n % 5) {
        acc = acc.wmul(x).wadd(T::from_u32(i + 1));
        accw = accw.wmul(xw).wadd(<T::Wide as Num>::from_u32(i + 1));
    }
    (acc, accw)
}

fn gcd<T: Num>(mut a: T, mut b: T) -> T {
    while b != T::ZERO {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn max_of<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter();
    let mut m = *it.next()?;
    for &x in it {
        if x > m {
            m = x;
        }
    }
    Some(m)
}

#[no_mangle]
pub extern "C" fn num_generic(x: u32, y: u32) -> u64 {
    let mut h = 0u64;
    let (a, b) = poly(x as u8, y);
    h = mix(h, a.to_u64());
    h = mix(h, b.to_u64());
    let (a, b) = poly(x as u16, y);
    h = mix(h, a.to_u64() ^ b.to_u64());
    let (a, b) = poly(x as i32, y);
    h = mix(h, a.to_u64() ^ b.to_u64());
    let (a, b) = poly(x as u64 * 0x1_0000_0001, y);
    h = mix(h, a.to_u64());
    h = mix(h, (b >> 64) as u64 ^ b as u64);
    let (a, b) = poly(x as i128 - 77, y);
    h = mix(h, a as u64 ^ (a >> 64) as u64 ^ b as u64);
    h = mix(h, gcd(x, y) as u64);
    h = mix(h, gcd(x as u64 * 6, y as u64 * 4 + 2));
    h = mix(h, gcd(x as u128 * 1_000_000_007, y as u128 + 1) as u64);
    h = mix(h, <u8 as Num>::BITS as u64 + <i128 as Num>::BITS as u64 * 1000);
    h = mix(h, max_of(&[x as i32, y as i32, 0]).unwrap() as u64);
    h = mix(h, max_of::<u8>(&[]).map_or(999, |v| v as u64));
    h = mix(h, max_of(&[(x % 3, y), (x % 3, y / 2), (1, 1)]).map_or(0, |(p, q)| (p as u64) << 32 | q as u64));
    h
}

// ---------------------------------------------------------------- associated items

trait Container {
    type Item: Copy;
    const CAP: usize;
    const NAME: u8 = b'?';
    fn get(&self, i: usize) -> Option<Self::Item>;
    fn first(&self) -> Option<Self::Item> {
        self.get(0)
    }
    fn count_some(&self) -> usize {
        (0..Self::CAP).filter(|&i| self.get(i).is_some()).count()
    }
}

struct Stack<T, const N: usize> {
    items: [T; N],
    len: usize,
}

impl<T: Copy + Default, const N: usize> Stack<T, N> {
    fn new() -> Self {
        Stack { items: [T::default(); N], len: 0 }
    }
    fn push(&mut self, v: T) -> Result<(), T> {
        if self.len == N {
            return Err(v);
        }
        self.items[self.len] = v;
        self.len += 1;
        Ok(())
    }
    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(self.items[self.len])
        }
    }
}

impl<T: Copy, const N: usize> Container for Stack<T, N> {
    type Item = T;
    const CAP: usize = N;
    const NAME: u8 = b'S';
    fn get(&self, i: usize) -> Option<T> {
        if i < self.len {
            Some(self.items[i])
        } else {
            None
        }
    }
}

struct Bits(u32);

impl Container for Bits {
    type Item = bool;
    const CAP: usize = 32;
    fn get(&self, i: usize) -> Option<bool> {
        if self.0 >> i & 1 == 1 {
            Some(true)
        } else {
            None
        }
    }
}

#[inline(never)]
fn describe<C: Container>(c: &C) -> u64
where
    C::Item: Into<u64>,
{
    let mut s = C::CAP as u64 * 1000 + C::NAME as u64;
    for i in 0..C::CAP {
        s = mix(s, c.get(i).map_or(7, Into::into));
    }
    mix(s, c.count_some() as u64 + c.first().map_or(0, Into::into))
}

#[no_mangle]
pub extern "C" fn assoc_items(x: u32, y: u32) -> u64 {
    let mut st: Stack<u16, 5> = Stack::new();
    let mut rejected = 0u64;
    for i in 0..(y % 8) {
        if let Err(v) = st.push((x as u16).wrapping_add(i as u16)) {
            rejected += v as u64;
        }
    }
    let mut h = describe(&st);
    h = mix(h, rejected);
    h = mix(h, st.pop().map_or(1 << 20, |v| v as u64));
    let mut big: Stack<u64, 9> = Stack::new();
    for i in 0..(x % 12) {
        let _ = big.push((y as u64) << i);
    }
    h = mix(h, describe(&big));
    h = mix(h, describe(&Bits(x ^ y)));
    h = mix(h, <Bits as Container>::NAME as u64);
    h
}

// ---------------------------------------------------------------- impl Trait

fn make_affine(a: u32, b: u32) -> impl Fn(u32) -> u32 {
    move |v| v.wrapping_mul(a).wrapping_add(b)
}

fn evens(n: u32) -> impl Iterator<Item = u32> + Clone {
    (0..n).filter(|v| v % 2 == 0)
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

#[inline(never)]
fn total(it: impl Iterator<Item = u32>) -> u64 {
    it.map(|v| v as u64).sum()
}

fn pick(flag: bool) -> impl core::fmt::Debug + PartialEq + Copy {
    if flag {
        (1u8, 2i16)
    } else {
        (3u8, -4i16)
    }
}

#[no_mangle]
pub extern "C" fn impl_trait(x: u32, y: u32) -> u64 {
    let f = make_affine(x, y);
    let g = compose(f, |v: u32| (v as u64) << 1);
    let k = compose(&g, |v: u64| v.count_ones());
    let mut h = mix(0, g(7));
    h = mix(h, k(x) as u64);
    let n = y % 200;
    h = mix(h, total(evens(n)));
    let e = evens(n);
    h = mix(h, total(e.clone().map(make_affine(3, x))));
    h = mix(h, e.clone().count() as u64);
    h = mix(h, total(e.zip(evens(n / 2)).map(|(a, b)| a ^ b)));
    h = mix(h, (pick(x % 2 == 0) == pick(y % 2 == 0)) as u64);
    h
}

// ---------------------------------------------------------------- custom iterators

/// Wrapping Fibonacci numbers, `n` of them.
struct Fib {
    a: u64,
    b: u64,
    left: u32,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let r = self.a;
        self.a = self.b;
        self.b = r.wrapping_add(self.b);
        Some(r)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left as usize, Some(self.left as usize))
    }
}

impl ExactSizeIterator for Fib {}

/// A double-ended range over u32 with a stride.
#[derive(Clone)]
struct Strided {
    lo: u32,
    hi: u32,
    step: u32,
}

impl Iterator for Strided {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.lo >= self.hi {
            return None;
        }
        let r = self.lo;
        self.lo = self.lo.saturating_add(self.step);
        Some(r)
    }
}

impl DoubleEndedIterator for Strided {
    fn next_back(&mut self) -> Option<u32> {
        if self.lo >= self.hi {
            return None;
        }
        // last element lo + k*step < hi
        let k = (self.hi - 1 - self.lo) / self.step;
        let r = self.lo + k * self.step;
        self.hi = r;
        Some(r)
    }
}

#[no_mangle]
pub extern "C" fn custom_iters(n: u32, s: u32) -> u64 {
    let fib = Fib { a: 0, b: 1, left: n % 100 };
    let mut h = mix(0, fib.len() as u64);
    h = mix(h, fib.sum::<u64>());
    let fib = || Fib { a: 0, b: 1, left: n % 100 };
    h = mix(h, fib().filter(|v| v % 3 == 0).count() as u64);
    h = mix(h, fib().map(|v| v & 0xff).fold(0u64, |a, v| a.wrapping_mul(31).wrapping_add(v)));
    h = mix(h, fib().last().unwrap_or(u64::MAX));
    h = mix(h, fib().position(|v| v > 1000).map_or(999, |p| p as u64));
    h = mix(h, fib().skip(3).step_by(2).take(10).fold(0u64, |a, v| a ^ v));
    let st = Strided { lo: n % 50, hi: 200, step: s % 9 + 1 };
    h = mix(h, st.clone().count() as u64);
    for v in st.clone().rev().take(5) {
        h = mix(h, v as u64);
    }
    let mut both = st.clone();
    let mut k = 0u64;
    loop {
        match (both.next(), both.next_back()) {
            (Some(a), Some(b)) => k = mix(k, (a as u64) << 32 | b as u64),
            (Some(a), None) => k = mix(k, a as u64),
            _ => break,
        }
    }
    h = mix(h, k);
    let z: u64 = st
        .clone()
        .zip(fib())
        .map(|(a, b)| a as u64 * (b % 1000))
        .sum();
    h = mix(h, z);
    let ch: u64 = st.clone().chain(fib().map(|v| v as u32)).take(40).map(|v| v as u64).sum();
    h = mix(h, ch);
    h = mix(h, st.clone().max().unwrap_or(0) as u64);
    h = mix(h, st.min_by_key(|v| v % 7).unwrap_or(0) as u64);
    // collect into an array with from_fn and a shared iterator
    let mut it = fib().skip(2);
    let arr: [u64; 6] = core::array::from_fn(|_| it.next().unwrap_or(0));
    for v in arr {
        h = mix(h, v);
    }
    let ex = fib().rev_sum_check();
    mix(h, ex)
}

trait SumCheck: Iterator<Item = u64> + Sized {
    fn rev_sum_check(self) -> u64 {
        let mut buf = [0u64; 100];
        let mut n = 0;
        for v in self {
            buf[n] = v;
            n += 1;
        }
        buf[..n].iter().rev().fold(0u64, |a, v| a.wrapping_mul(3).wrapping_add(*v))
    }
}

impl<I: Iterator<Item = u64>> SumCheck for I {}

// ---------------------------------------------------------------- arrays

#[derive(Clone, Copy, Debug, PartialEq, Default)]
struct Cell {
    v: u16,
    w: i8,
}

#[no_mangle]
pub extern "C" fn arrays_map(x: u32, y: u32) -> u64 {
    let base: [u32; 8] = core::array::from_fn(|i| x.wrapping_mul(i as u32 + 1) ^ y);
    let bytes = base.map(|v| v as u8);
    let cells = bytes.map(|b| Cell { v: b as u16 * 3, w: b as i8 });
    let wide = cells.map(|c| (c.v as u64) << 8 | c.w as u8 as u64);
    let mut h = 0u64;
    for w in wide {
        h = mix(h, w);
    }
    let pairs: [(u8, Cell); 8] = core::array::from_fn(|i| (bytes[7 - i], cells[i]));
    for (b, c) in pairs.iter() {
        h = mix(h, *b as u64 ^ c.v as u64);
    }
    let sums: [u64; 4] = core::array::from_fn(|i| base[2 * i] as u64 + base[2 * i + 1] as u64);
    h = mix(h, sums.iter().sum());
    let nested: [[u8; 3]; 4] = core::array::from_fn(|i| core::array::from_fn(|j| bytes[i + j]));
    h = mix(h, nested.map(|r| r.iter().map(|&b| b as u64).sum::<u64>()).iter().fold(0, |a, s| a * 1000 + s));
    let d: [Cell; 3] = Default::default();
    h = mix(h, (d == [Cell::default(); 3]) as u64);
    h = mix(h, (cells == cells.map(|c| c)) as u64);
    let opts = bytes.map(|b| if b % 3 == 0 { None } else { Some(b) });
    h = mix(h, opts.iter().flatten().map(|&b| b as u64).sum());
    let zipped = base.iter().zip(bytes.iter().rev()).map(|(a, b)| *a as u64 * *b as u64).sum::<u64>();
    mix(h, zipped)
}

// ---------------------------------------------------------------- dyn with generics

trait Reducer<T> {
    fn feed(&mut self, v: T);
    fn result(&self) -> u64;
}

struct SumR<T>(T);
struct MaxR<T> {
    best: Option<T>,
}
struct CountIf<F> {
    pred: F,
    n: u64,
}

impl<T: Copy + Add<Output = T> + Into<u64>> Reducer<T> for SumR<T> {
    fn feed(&mut self, v: T) {
        self.0 = self.0 + v;
    }
    fn result(&self) -> u64 {
        self.0.into()
    }
}

impl<T: Copy + Ord + Into<u64>> Reducer<T> for MaxR<T> {
    fn feed(&mut self, v: T) {
        self.best = Some(match self.best {
            Some(b) => core::cmp::max(b, v),
            None => v,
        });
    }
    fn result(&self) -> u64 {
        self.best.map_or(u64::MAX, Into::into)
    }
}

impl<T: Copy, F: Fn(T) -> bool> Reducer<T> for CountIf<F> {
    fn feed(&mut self, v: T) {
        self.n += (self.pred)(v) as u64;
    }
    fn result(&self) -> u64 {
        self.n
    }
}

#[inline(never)]
fn run_all<T: Copy>(rs: &mut [&mut dyn Reducer<T>], data: &[T]) -> u64 {
    for &d in data {
        for r in rs.iter_mut() {
            r.feed(d);
        }
    }
    rs.iter().fold(0u64, |h, r| mix(h, r.result()))
}

fn boxed_like<'a, T>(which: u32, a: &'a mut SumR<T>, b: &'a mut MaxR<T>) -> &'a mut dyn Reducer<T>
where
    SumR<T>: Reducer<T>,
    MaxR<T>: Reducer<T>,
{
    if which % 2 == 0 {
        a
    } else {
        b
    }
}

#[no_mangle]
pub extern "C" fn dyn_generic(x: u32, y: u32) -> u64 {
    let data32: [u32; 6] = core::array::from_fn(|i| (x >> i) ^ (y << i));
    let data16: [u16; 5] = core::array::from_fn(|i| (x as u16).wrapping_mul(i as u16 + 3));
    let mut s = SumR(0u64);
    let mut m = MaxR { best: None };
    let thr = y;
    let mut c = CountIf { pred: move |v: u32| v > thr, n: 0 };
    let wide: [u64; 6] = data32.map(|v| v as u64);
    let mut m32 = MaxR { best: None };
    let mut h = run_all::<u64>(&mut [&mut s, &mut m], &wide);
    h = mix(h, run_all::<u32>(&mut [&mut c, &mut m32], &data32));
    let mut s16 = SumR(0u32);
    let mut m16 = MaxR { best: None::<u32> };
    let d16w = data16.map(|v| v as u32);
    {
        let r = boxed_like(x, &mut s16, &mut m16);
        for v in d16w {
            r.feed(v);
        }
        h = mix(h, r.result());
    }
    h = mix(h, s16.result() ^ m16.result());
    let mut empty = MaxR::<u8> { best: None };
    h = mix(h, run_all::<u8>(&mut [&mut empty], &[]));
    h
}

// ---------------------------------------------------------------- Option / Result

#[derive(Debug, PartialEq, Clone, Copy)]
enum CalcErr {
    Overflow,
    DivZero,
    Negative(i32),
}

fn step_add(a: i32, b: i32) -> Result<i32, CalcErr> {
    a.checked_add(b).ok_or(CalcErr::Overflow)
}

fn step_div(a: i32, b: i32) -> Result<i32, CalcErr> {
    if b == 0 {
        Err(CalcErr::DivZero)
    } else {
        a.checked_div(b).ok_or(CalcErr::Overflow)
    }
}

fn step_sqrt(a: i32) -> Result<i32, CalcErr> {
    if a < 0 {
        return Err(CalcErr::Negative(a));
    }
    let mut r = 0i32;
    while (r + 1) as i64 * (r + 1) as i64 <= a as i64 {
        r += 1;
    }
    Ok(r)
}

#[inline(never)]
fn pipeline(a: i32, b: i32) -> Result<i32, CalcErr> {
    let s = step_add(a, b)?;
    let q = step_div(s, b)?;
    let m = q.checked_mul(q).ok_or(CalcErr::Overflow)?;
    step_sqrt(m.min(1 << 20))
}

fn err_code(e: CalcErr) -> i64 {
    match e {
        CalcErr::Overflow => -1,
        CalcErr::DivZero => -2,
        CalcErr::Negative(v) => -1000 + v as i64 % 100,
    }
}

#[no_mangle]
pub extern "C" fn opt_res(a: i32, b: i32) -> i64 {
    let mut acc = pipeline(a, b).map_or_else(err_code, |v| v as i64);
    let o = a.checked_mul(b);
    acc = acc.wrapping_mul(31).wrapping_add(o.map(|v| v as i64 / 3).unwrap_or(-5));
    acc = acc
        .wrapping_mul(31)
        .wrapping_add(o.and_then(|v| v.checked_sub(b)).filter(|v| v % 2 == 0).map_or(-6, |v| v as i64));
    let r: Result<i32, CalcErr> = o.ok_or(CalcErr::Overflow);
    acc = acc.wrapping_mul(31).wrapping_add(
        r.and_then(|v| step_div(v, a))
            .map(|v| v as i64)
            .map_err(err_code)
            .unwrap_or_else(|e| e * 10),
    );
    acc = acc.wrapping_mul(31).wrapping_add(r.is_ok_and(|v| v > 0) as i64);
    let z = Some(a).zip(b.checked_neg());
    acc = acc.wrapping_mul(31).wrapping_add(z.map_or(-7, |(p, q)| p as i64 - q as i64));
    acc = acc.wrapping_mul(3).wrapping_add(Some(a).xor(o).is_some() as i64);
    let mut slot: Option<i32> = if b > 0 { Some(b) } else { None };
    let got = *slot.get_or_insert_with(|| a / 2);
    acc = acc.wrapping_mul(31).wrapping_add(got as i64);
    let old = slot.replace(7);
    acc = acc.wrapping_mul(31).wrapping_add(old.unwrap_or(0) as i64);
    acc = acc.wrapping_mul(31).wrapping_add(slot.take().unwrap_or(0) as i64 + slot.is_none() as i64);
    // summing Options / Results short-circuits
    let vals = [a, b, a.wrapping_sub(b), 3];
    let so: Option<i32> = vals.iter().map(|&v| v.checked_mul(2)).sum();
    acc = acc.wrapping_mul(31).wrapping_add(so.map_or(-9, |v| v as i64));
    let sr: Result<i64, CalcErr> = vals.iter().map(|&v| step_div(1000, v).map(|q| q as i64)).sum();
    acc = acc.wrapping_mul(31).wrapping_add(sr.unwrap_or_else(err_code));
    let first_err = vals.iter().map(|&v| step_sqrt(v)).find(|r| r.is_err());
    acc = acc.wrapping_mul(31).wrapping_add(match first_err {
        Some(Err(e)) => err_code(e),
        _ => 1,
    });
    acc
}

fn parse_digit(b: u32) -> Option<u32> {
    if b < 10 {
        Some(b)
    } else {
        None
    }
}

#[inline(never)]
fn combine(a: u32, b: u32, c: u32) -> Option<u32> {
    let x = parse_digit(a % 16)?;
    let y = parse_digit(b % 16)?;
    let z = c.checked_mul(x)?.checked_add(y)?;
    Some(z.checked_sub(1)?)
}

fn res_chain(a: u32, b: u32) -> Result<u32, u8> {
    let q = a.checked_div(b).ok_or(1u8)?;
    let r: u8 = u8::try_from(q).map_err(|_| 2u8)?;
    Ok(u32::from(r) + 1)
}

#[no_mangle]
pub extern "C" fn question_mark(a: u32, b: u32, c: u32) -> u32 {
    let mut r = combine(a, b, c).unwrap_or(u32::MAX);
    r = r.wrapping_mul(7).wrapping_add(match res_chain(a, b) {
        Ok(v) => v,
        Err(e) => 1000 + e as u32,
    });
    r = r.wrapping_mul(7).wrapping_add(res_chain(c, a).ok().unwrap_or(3));
    r = r.wrapping_mul(7).wrapping_add(res_chain(b, c).err().map_or(5, |e| e as u32));
    r = r
        .wrapping_mul(7)
        .wrapping_add(combine(c, a, b).map_or_else(|| 11, |v| v.rotate_left(3)));
    r
}

// ---------------------------------------------------------------- u128 in generics

fn pow_mod<T>(mut base: T, mut exp: u32, m: T) -> T
where
    T: Num,
{
    let mut r = T::ONE % m;
    base = base % m;
    while exp > 0 {
        if exp & 1 == 1 {
            r = r * base % m;
        }
        base = base * base % m;
        exp >>= 1;
    }
    r
}

fn widening<T: Num>(a: T, b: T) -> T::Wide {
    a.widen() * b.widen()
}

#[no_mangle]
pub extern "C" fn wide_generic(a: u64, b: u64) -> u128 {
    // modulus below 2^64 so products fit in u128
    let m: u128 = (b as u128 | 1) % 0xFFFF_FFFF_FFFF_FFC5 + 2;
    let p = pow_mod(a as u128, (b % 97) as u32 + 3, m);
    let w = widening(a, b);
    let w2 = widening(a as u32, b as u32) as u128;
    let w3 = widening(a as u8, b as u8) as u128;
    let g = gcd(w | 1, m);
    let sh = w.rotate_left((a % 128) as u32) ^ (w >> 3) ^ (w << 5);
    let lz = w.leading_zeros() as u128 + (w.trailing_zeros() as u128) * 256;
    let dv = if b != 0 { w / (b as u128 | 0x1_0000_0000) + w % (a as u128 | 1) } else { 12345 };
    p ^ sh.wrapping_add(w2) ^ (w3 << 100) ^ (g << 64) ^ lz ^ dv.wrapping_mul(0x1_0000_0000_0001)
}

// ---------------------------------------------------------------- ordering derives

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Level {
    #[default]
    Low,
    Mid(u8),
    High { a: u16, b: i8 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Key {
    major: u16,
    level: Level,
    minor: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Fuzzy {
    w: f32,
    id: u8,
}

fn level_of(v: u32) -> Level {
    match v % 5 {
        0 => Level::Low,
        1 => Level::Mid(v as u8),
        2 => Level::Mid((v >> 8) as u8),
        3 => Level::High { a: (v >> 3) as u16, b: v as i8 },
        _ => Level::High { a: 1, b: -(v as i8 & 0x7f) },
    }
}

fn ord3(o: Ordering) -> u32 {
    (o as i8 + 1) as u32
}

#[no_mangle]
pub extern "C" fn ordering_derives(x: u32, y: u32) -> u32 {
    let lx = level_of(x);
    let ly = level_of(y);
    let kx = Key { major: (x % 3) as u16, level: lx, minor: x as i32 };
    let ky = Key { major: (y % 3) as u16, level: ly, minor: y as i32 };
    let mut r = ord3(lx.cmp(&ly));
    r = r * 3 + ord3(kx.cmp(&ky));
    r = r * 2 + (kx < ky) as u32;
    r = r * 2 + (kx >= ky) as u32;
    r = r * 2 + (lx == ly) as u32;
    let mx = core::cmp::max(kx, ky);
    r = r * 2 + (mx == kx) as u32;
    let cl = lx.clamp(Level::Mid(10), Level::High { a: 5, b: 0 });
    r = r * 5 + match cl {
        Level::Low => 0,
        Level::Mid(v) => 1 + (v > 100) as u32,
        Level::High { a, .. } => 3 + (a > 4) as u32,
    };
    let fx = Fuzzy { w: if x % 7 == 0 { f32::NAN } else { (x % 10) as f32 }, id: x as u8 };
    let fy = Fuzzy { w: (y % 10) as f32, id: y as u8 };
    r = r * 4 + fx.partial_cmp(&fy).map_or(3, ord3);
    r = r * 2 + (fx == fy) as u32;
    r = r * 2 + (fx < fy || fx > fy) as u32;
    let tx = (lx, x % 2 == 0, [x as u8, 1]);
    let ty = (ly, y % 2 == 0, [y as u8, 2]);
    r = r.wrapping_mul(3) + ord3(tx.cmp(&ty));
    let mut ks = [kx, ky, Key::default(), Key { major: 1, level: Level::Mid(3), minor: -1 }];
    ks.sort_unstable();
    r = r.wrapping_mul(5) + ks.iter().position(|k| *k == kx).unwrap() as u32;
    r = r.wrapping_mul(3) + ord3(ks[..].cmp(&[ky, kx][..]));
    r
}

// ---------------------------------------------------------------- Default derives

#[derive(Default, Debug, PartialEq, Clone, Copy)]
struct Config {
    level: Level,
    retries: u8,
    ratio: f64,
    limits: [u32; 3],
    name: Option<u16>,
    inner: Inner,
}

#[derive(Debug, PartialEq, Clone, Copy)]
struct Inner {
    on: bool,
    scale: i64,
}

impl Default for Inner {
    fn default() -> Self {
        Inner { on: true, scale: -3 }
    }
}

#[inline(never)]
fn make_default<T: Default>() -> T {
    T::default()
}

#[no_mangle]
pub extern "C" fn defaults(x: u32) -> u64 {
    let d: Config = make_default();
    let c = Config { retries: x as u8, limits: [x, 0, x >> 16], ..Default::default() };
    let mut h = mix(0, (d == c) as u64);
    h = mix(h, c.inner.scale as u64);
    h = mix(h, c.inner.on as u64);
    h = mix(h, c.ratio.to_bits());
    h = mix(h, (c.level == Level::Low) as u64);
    h = mix(h, c.name.is_none() as u64);
    h = mix(h, c.limits.iter().map(|&v| v as u64).sum());
    let t: (u8, Option<i32>, [i16; 4], bool) = make_default();
    h = mix(h, (t == (0, None, [0; 4], false)) as u64);
    let k: Key = make_default();
    h = mix(h, (k == Key { major: 0, level: Level::Low, minor: 0 }) as u64);
    let s: Stack<u8, 3> = Stack::new();
    h = mix(h, s.count_some() as u64 + s.items.iter().map(|&v| v as u64).sum::<u64>());
    let mut cfgs = [Config::default(); 2];
    cfgs[x as usize % 2].retries = 9;
    h = mix(h, (cfgs[0] == cfgs[1]) as u64 * 100 + cfgs[0].retries as u64);
    h
}

// ---------------------------------------------------------------- Hash / Cell / dyn Iterator

use core::hash::{Hash, Hasher};

/// FNV-1a; lengths (`write_usize`) are widened to u64 so 32- and 64-bit targets agree.
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01B3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_isize(&mut self, n: isize) {
        self.write_i64(n as i64);
    }
}

#[derive(Hash, PartialEq, Eq, Clone, Copy)]
enum Shape2 {
    Unit,
    Pair(u8, i16),
    Named { id: u32, tag: [u8; 3] },
}

#[derive(Hash)]
struct Rec2<'a> {
    name: &'a str,
    shape: Shape2,
    vals: &'a [u16],
    opt: Option<i64>,
    pair: (bool, char),
    big: u128,
}

fn hash_of<T: Hash + ?Sized>(t: &T) -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    t.hash(&mut h);
    h.finish()
}

#[no_mangle]
pub extern "C" fn hashing(x: u32, y: u32) -> u64 {
    let shapes = [
        Shape2::Unit,
        Shape2::Pair(x as u8, y as i16),
        Shape2::Named { id: x ^ y, tag: [1, 2, y as u8] },
    ];
    let vals = [x as u16, y as u16, 7];
    let names = ["", "abc", "straße"];
    let mut h = 0u64;
    for (i, sh) in shapes.iter().enumerate() {
        h = mix(h, hash_of(sh));
        let r = Rec2 {
            name: names[((x % 3) as usize + i) % 3],
            shape: *sh,
            vals: &vals[..((y % 4) as usize + i) % 4],
            opt: if i == 1 { None } else { Some(x as i64 - y as i64) },
            pair: (i % 2 == 0, char::from_u32(0x41 + (x % 26)).unwrap()),
            big: (x as u128) << 100 | y as u128,
        };
        h = mix(h, hash_of(&r));
    }
    h = mix(h, hash_of("abc") ^ hash_of(&[1u8, 2, 3][..]));
    h = mix(h, hash_of(&(x, y as u8, -(x as i32))));
    h = mix(h, (hash_of(&shapes[0]) == hash_of(&Shape2::Unit)) as u64);
    h
}

use core::cell::{Cell as StdCell, RefCell};

struct Counter<T> {
    hits: StdCell<u32>,
    log: RefCell<[T; 4]>,
}

impl<T: Copy + Default> Counter<T> {
    fn new() -> Self {
        Counter { hits: StdCell::new(0), log: RefCell::new([T::default(); 4]) }
    }
    fn record(&self, v: T) {
        let n = self.hits.get();
        self.hits.set(n + 1);
        self.log.borrow_mut()[n as usize % 4] = v;
    }
}

#[inline(never)]
fn drain_dyn(it: &mut dyn Iterator<Item = u32>, n: usize) -> u64 {
    (&mut *it).take(n).map(|v| v as u64).sum()
}

#[no_mangle]
pub extern "C" fn cells_dyn_iter(x: u32, y: u32) -> u64 {
    let c: Counter<u8> = Counter::new();
    for i in 0..(y % 11) {
        c.record((x as u8).wrapping_add(i as u8));
    }
    // (`dyn Any` downcasts and TypeId comparisons are in `any_typeid`)
    let mut h = mix(0, c.hits.get() as u64);
    h = mix(h, c.log.borrow().iter().map(|&b| b as u64).sum());
    {
        let b1 = c.log.borrow();
        h = mix(h, c.log.try_borrow_mut().is_err() as u64);
        h = mix(h, b1[0] as u64);
    }
    h = mix(h, c.log.try_borrow_mut().is_ok() as u64);
    let cell = StdCell::new((x, y as u16));
    let old = cell.replace((y, x as u16));
    h = mix(h, old.0 as u64 ^ cell.get().1 as u64);
    let taken = cell.take();
    h = mix(h, taken.0 as u64 + cell.get().0 as u64);
    let mut src = (x % 50..200).step_by((y % 4) as usize + 1);
    let first = drain_dyn(&mut src, 3);
    let rest = drain_dyn(&mut src, 1000);
    h = mix(h, first);
    h = mix(h, rest);
    h
}

/// Borrowing a RefCell mutably twice panics (a trap on wasm) for odd inputs.
#[no_mangle]
pub extern "C" fn refcell_conflict(x: u32) -> u32 {
    let c = RefCell::new([x; 3]);
    let a = c.borrow();
    let r = if x % 2 == 1 {
        let mut b = c.borrow_mut();
        b[0] += 1;
        b[0]
    } else {
        a[1] / 2
    };
    r + a[2] % 7
}

use core::any::{Any, TypeId};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Wrap<T>(T);

/// Tags a `&dyn Any` by trying a downcast to each known type in turn.
#[inline(never)]
fn any_tag(a: &dyn Any) -> u64 {
    if let Some(v) = a.downcast_ref::<u32>() {
        1000 + *v as u64
    } else if let Some(v) = a.downcast_ref::<i64>() {
        2000 + (*v as u64 & 0xffff)
    } else if let Some(v) = a.downcast_ref::<u8>() {
        3000 + *v as u64
    } else if let Some(s) = a.downcast_ref::<&'static str>() {
        4000 + s.len() as u64
    } else if let Some(m) = a.downcast_ref::<Meters>() {
        5000 + m.0 as u64
    } else if let Some(w) = a.downcast_ref::<Wrap<u32>>() {
        6000 + w.0 as u64
    } else if let Some(w) = a.downcast_ref::<Wrap<u8>>() {
        7000 + w.0 as u64
    } else if let Some(arr) = a.downcast_ref::<[u16; 3]>() {
        8000 + arr.iter().map(|&v| v as u64).sum::<u64>()
    } else if a.is::<()>() {
        9000
    } else if let Some(o) = a.downcast_ref::<Option<u32>>() {
        10000 + o.map_or(1, |v| v as u64 + 2)
    } else {
        99
    }
}

/// Bitmask of `is::<T>()` tests.
#[inline(never)]
fn any_is_mask(a: &dyn Any) -> u64 {
    let mut m = 0u64;
    m |= a.is::<u32>() as u64;
    m |= (a.is::<i32>() as u64) << 1;
    m |= (a.is::<u64>() as u64) << 2;
    m |= (a.is::<Wrap<u32>>() as u64) << 3;
    m |= (a.is::<Wrap<i32>>() as u64) << 4;
    m |= (a.is::<&'static str>() as u64) << 5;
    m |= (a.is::<[u16; 3]>() as u64) << 6;
    m |= (a.is::<[u16; 4]>() as u64) << 7;
    m |= (a.is::<Meters>() as u64) << 8;
    m
}

fn tid_of<T: Any>(_: &T) -> TypeId {
    TypeId::of::<T>()
}

fn same_type<A: 'static, B: 'static>() -> bool {
    TypeId::of::<A>() == TypeId::of::<B>()
}

trait Named: Any {
    fn name_len(&self) -> u32;
    fn as_any(&self) -> &dyn Any;
}

impl Named for u32 {
    fn name_len(&self) -> u32 {
        3
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl<T: 'static + Copy + Into<u64>> Named for Wrap<T> {
    fn name_len(&self) -> u32 {
        4 + core::mem::size_of::<T>() as u32
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `downcast_ref` / `is` on `&dyn Any` of several types (selected by `x`), `downcast_mut`,
/// `TypeId::of` equality across generic instantiations, `&dyn Any` via a supertrait method.
#[no_mangle]
pub extern "C" fn any_typeid(x: u32, y: u32) -> u64 {
    let s: &'static str = ["", "any", "type_id"][(y % 3) as usize];
    let m = Meters(y as f64 * 0.5);
    let w32 = Wrap(y);
    let w8 = Wrap(y as u8);
    let arr = [x as u16, y as u16, 7];
    let unit = ();
    let opt = if y % 2 == 0 { None } else { Some(x) };
    let neg = -(y as i64);
    let b = x as u8;
    let f = 1.5f32;
    let items: [&dyn Any; 11] = [&y, &neg, &b, &s, &m, &w32, &w8, &arr, &unit, &opt, &f];
    let k = (x % 11) as usize;
    let mut h = mix(0, any_tag(items[k]));
    h = mix(h, any_is_mask(items[k]));
    h = mix(h, any_tag(items[(k + y as usize % 11) % 11]));
    for it in items.iter() {
        h = mix(h, any_is_mask(*it));
    }
    // TypeId equality
    let ids = [
        TypeId::of::<u32>(),
        TypeId::of::<Wrap<u32>>(),
        TypeId::of::<Wrap<u8>>(),
        TypeId::of::<[u16; 3]>(),
        TypeId::of::<&'static str>(),
        TypeId::of::<Option<u32>>(),
        tid_of(&y),
        tid_of(&w32),
        tid_of(&opt),
        items[k].type_id(),
    ];
    let mut eq = 0u64;
    for i in 0..ids.len() {
        for j in 0..ids.len() {
            eq = eq * 2 % 0x7fff_ffff_ffff + (ids[i] == ids[j]) as u64;
        }
    }
    h = mix(h, eq);
    let mut s2 = 0u64;
    s2 = s2 * 2 + same_type::<u32, u32>() as u64;
    s2 = s2 * 2 + same_type::<u32, i32>() as u64;
    s2 = s2 * 2 + same_type::<Wrap<u8>, Wrap<u8>>() as u64;
    s2 = s2 * 2 + same_type::<Wrap<u8>, Wrap<u16>>() as u64;
    s2 = s2 * 2 + same_type::<[u8; 2], [u8; 3]>() as u64;
    s2 = s2 * 2 + same_type::<&'static str, &'static [u8]>() as u64;
    s2 = s2 * 2 + same_type::<fn(u32) -> u32, fn(u32) -> u32>() as u64;
    s2 = s2 * 2 + same_type::<(u8, u16), (u16, u8)>() as u64;
    s2 = s2 * 2 + same_type::<Stack<u32, 4>, Stack<u32, 5>>() as u64;
    s2 = s2 * 2 + same_type::<Stack<u32, 4>, Stack<u32, 4>>() as u64;
    h = mix(h, s2);
    // downcast_mut
    let mut cnt: u32 = x;
    {
        let am: &mut dyn Any = &mut cnt;
        if let Some(c) = am.downcast_mut::<u32>() {
            *c = c.wrapping_mul(3).wrapping_add(y);
        }
        h = mix(h, am.downcast_mut::<i32>().is_none() as u64);
    }
    h = mix(h, cnt as u64);
    // through a supertrait's as_any
    let named: [&dyn Named; 3] = [&y, &w32, &w8];
    let n = &named[(y % 3) as usize];
    h = mix(h, n.name_len() as u64);
    h = mix(h, any_tag(n.as_any()));
    h = mix(h, n.as_any().downcast_ref::<Wrap<u8>>().map_or(500, |w| w.0 as u64));
    h
}
