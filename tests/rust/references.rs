//! flags: -C overflow-checks=on
//! diff: count(u32) -> u64 ; inputs: 0 ; 1 ; 10 ; 1000
//! diff: swapped(i32, i32) -> i32 ; inputs: 3,4 ; -7,9 ; 0,0
//! diff: inclusive(u32) -> u32 ; inputs: 0 ; 1 ; 10 ; 2000
//! diff: inclusive_down(i16, i16) -> i32 ; inputs: -3,3 ; 5,2 ; -32768,-32760 ; 7,7
//! diff: mixed(u8, i16, f32, bool, u64) -> f64 ; inputs: 200,-300,1.5,true,18446744073709551615 ; 0,0,0.0,false,0 ; 255,32767,-2.25,true,7
//! diff: pick(u32, u32, bool) -> u32 ; inputs: 1,2,true ; 1,2,false
//! diff: twice_indirect(i64) -> i64 ; inputs: 5 ; -9223372036854775808 ; 0
//! diff: raw(u32) -> u32 ; inputs: 7 ; 4294967295
//! diff: overflow_in_method(u32, u32) -> u32 ; inputs: 1,2 ; 4294967295,1 ; 100,200
//! diff: same(bool) -> u32 ; inputs: true ; false
//! diff: holder(i32) -> i32 ; inputs: 1 ; -50 ; 0
//! diff: use_opt(u32, bool) -> u32 ; inputs: 5,true ; 5,false ; 4294967294,true
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

pub struct Counter {
    n: u32,
    total: u64,
    on: bool,
}

impl Counter {
    #[inline(never)]
    fn bump(&mut self, by: u32) {
        if self.on {
            self.n += 1;
            self.total += by as u64;
        }
    }

    #[inline(never)]
    fn read(&self) -> u64 {
        self.total * 10 + self.n as u64
    }
}

#[inline(never)]
fn swap(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

#[no_mangle]
pub extern "C" fn count(k: u32) -> u64 {
    let mut c = Counter { n: 0, total: 0, on: true };
    let mut i = 0;
    while i < k {
        c.bump(i);
        i += 1;
    }
    c.read()
}

#[no_mangle]
pub extern "C" fn swapped(x: i32, y: i32) -> i32 {
    let (mut a, mut b) = (x, y);
    swap(&mut a, &mut b);
    a * 1000 + b
}

#[no_mangle]
pub extern "C" fn inclusive(n: u32) -> u32 {
    let mut s = 0u32;
    for i in 0..=n {
        s = s.wrapping_add(i.wrapping_mul(i));
    }
    s
}

#[no_mangle]
pub extern "C" fn inclusive_down(a: i16, b: i16) -> i32 {
    let mut s = 0i32;
    for i in (a..=b).rev() {
        s = s * 3 + i as i32;
    }
    s
}

#[repr(C)]
pub struct Mixed {
    a: u8,
    b: i16,
    c: f32,
    d: bool,
    e: u64,
}

#[inline(never)]
fn fold(m: &Mixed) -> f64 {
    m.a as f64 + m.b as f64 * 2.0 + m.c as f64 * 3.0 + if m.d { 0.5 } else { 0.25 } + (m.e >> 40) as f64
}

#[inline(never)]
fn update(m: &mut Mixed) {
    m.a = m.a.wrapping_add(1);
    m.b = m.b.wrapping_sub(1);
    m.d = !m.d;
}

#[no_mangle]
pub extern "C" fn mixed(a: u8, b: i16, c: f32, d: bool, e: u64) -> f64 {
    let mut m = Mixed { a, b, c, d, e };
    update(&mut m);
    fold(&m)
}

#[inline(never)]
fn choose<'a>(x: &'a u32, y: &'a u32, first: bool) -> &'a u32 {
    if first { x } else { y }
}

#[no_mangle]
pub extern "C" fn pick(x: u32, y: u32, first: bool) -> u32 {
    *choose(&x, &y, first) + 10
}

#[inline(never)]
fn get(p: &&i64) -> i64 {
    **p
}

#[no_mangle]
pub extern "C" fn twice_indirect(v: i64) -> i64 {
    let r = &v;
    get(&r).wrapping_sub(1)
}

#[no_mangle]
pub extern "C" fn raw(v: u32) -> u32 {
    let mut x = v;
    let p = &raw mut x;
    unsafe {
        *p = (*p).wrapping_mul(3);
    }
    x
}

pub struct Acc {
    sum: u32,
}

impl Acc {
    #[inline(never)]
    fn add(&mut self, v: u32) {
        self.sum += v;
    }
}

#[no_mangle]
pub extern "C" fn overflow_in_method(a: u32, b: u32) -> u32 {
    let mut acc = Acc { sum: a };
    acc.add(b);
    acc.sum
}

#[inline(never)]
fn same_place(a: &u32, b: &u32) -> bool {
    core::ptr::eq(a, b)
}

#[no_mangle]
pub extern "C" fn same(alias: bool) -> u32 {
    let x = 1u32;
    let y = 2u32;
    let p = &x as *const u32;
    let r = if alias { &x } else { &y };
    (same_place(&x, r) as u32) * 10 + unsafe { *p }
}

pub struct Holder<'a> {
    r: &'a mut i32,
    k: i32,
}

/// Writes through a pointer held in a struct field: `(*((*h).r)) += (*h).k`.
#[inline(never)]
fn poke(h: &mut Holder) {
    *h.r += h.k;
    h.k -= 1;
}

#[no_mangle]
pub extern "C" fn holder(v: i32) -> i32 {
    let mut x = v;
    let mut h = Holder { r: &mut x, k: 5 };
    poke(&mut h);
    poke(&mut h);
    let k = h.k;
    x * 10 + k
}

#[inline(never)]
fn opt(o: Option<&u32>) -> u32 {
    match o {
        Some(v) => *v + 1,
        None => 0,
    }
}

#[no_mangle]
pub extern "C" fn use_opt(x: u32, some: bool) -> u32 {
    if some { opt(Some(&x)) } else { opt(None) }
}
