//! flags: -C overflow-checks=on
//! diff: scope_order(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 9 ; 255 ; 4294967295
//! diff: in_option(u32, bool) -> u64 ; inputs: 0,false ; 0,true ; 1,true ; 2,false ; 7,true ; 4294967295,true ; 100,false
//! diff: in_array(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 9,4 ; 4294967295,2 ; 5,4294967295
//! diff: moved(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,2 ; 3,3 ; 4,4 ; 4294967295,1 ; 77,5
//! diff: forget_and_drop(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 4 ; 4294967295
//! diff: early_exit(u32, u32) -> u64 ; inputs: 0,0 ; 1,0 ; 2,1 ; 3,2 ; 4,3 ; 5,9 ; 4294967295,4294967295
//! diff: drop_on_trap(u32, u32) -> u32 ; inputs: 1,1 ; 2,0 ; 4294967295,1 ; 10,3
//! diff: big_by_value(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,3 ; 100,7 ; 4294967295,4294967295 ; 65535,2 ; 12345,0
//! diff: big_compare(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 1,2 ; 7,7 ; 4294967295,4294967295 ; 4294967295,0 ; 300,301
//! diff: nested_drops(u32) -> u64 ; inputs: 0 ; 1 ; 2 ; 3 ; 6 ; 4294967295
//! diff: replace_guard(u32, u32) -> u64 ; inputs: 0,0 ; 1,2 ; 3,4 ; 4294967295,1 ; 9,9
//! `Drop` impls logging to a `static mut` (dropped in scope order, in `Option`, in arrays, moved
//! into functions, forgotten, dropped explicitly, on early return), and large structs passed and
//! returned by value through several functions, compared with derived `PartialEq`.
//! The guards hold an array: a `Drop` type kept in registers (scalar or pair form) makes mir-export
//! fail (E0503 "dropped value not in memory"), see /tmp/diffbugs/REPORT.md.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

static mut DROPS: u32 = 0;
static mut SUM: u64 = 0;
static mut ORDER: u64 = 0;

struct Guard {
    id: u32,
    extra: [u8; 4],
}

impl Guard {
    fn new(id: u32) -> Guard {
        Guard { id, extra: [id as u8, 0, 0, 1] }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        unsafe {
            DROPS += 1;
            SUM = SUM.wrapping_add(self.id as u64 + self.extra[3] as u64);
            ORDER = ORDER.wrapping_mul(16).wrapping_add((self.id & 15) as u64);
        }
    }
}

#[inline(never)]
fn log() -> u64 {
    unsafe { (DROPS as u64) << 56 ^ SUM << 28 ^ ORDER }
}

#[no_mangle]
pub extern "C" fn scope_order(x: u32) -> u64 {
    {
        let _a = Guard::new(x);
        let _b = Guard::new(x.wrapping_add(1));
        {
            let _c = Guard::new(x.wrapping_add(2));
        }
        let _d = Guard::new(x.wrapping_add(3));
        // temporaries drop at the end of the statement
        let n = Guard::new(x.wrapping_add(4)).id;
        let _e = Guard::new(n.wrapping_add(1));
    }
    log()
}

#[no_mangle]
pub extern "C" fn in_option(x: u32, some: bool) -> u64 {
    {
        let o = if some { Some(Guard::new(x)) } else { None };
        let p: Option<Guard> = None;
        let q = Some(Guard::new(x ^ 5));
        let seen = match &o {
            Some(g) => g.id as u64,
            None => 99,
        };
        unsafe { SUM = SUM.wrapping_add(seen * 1000) };
        drop(p);
        let _keep = q;
    }
    log()
}

/// `[Guard; 3]` dropped in index order; `idx >= 3` traps (guards created before the trap are not
/// observed: the trap ends the instance).
#[no_mangle]
pub extern "C" fn in_array(x: u32, idx: u32) -> u64 {
    {
        let arr = [Guard::new(x), Guard::new(x.wrapping_add(1)), Guard::new(x.wrapping_add(2))];
        let picked = arr[idx as usize].id;
        unsafe { SUM = SUM.wrapping_add(picked as u64 * 7) };
        let _pair = [Guard::new(10), Guard::new(11)];
    }
    log()
}

#[inline(never)]
fn consume(g: Guard) -> u32 {
    g.id.wrapping_mul(3)
}

#[inline(never)]
fn pass_through(g: Guard) -> Guard {
    g
}

#[inline(never)]
fn pick(a: Guard, b: Guard, first: bool) -> Guard {
    if first { a } else { b }
}

#[no_mangle]
pub extern "C" fn moved(x: u32, k: u32) -> u64 {
    let mut acc = 0u64;
    {
        let a = Guard::new(x);
        acc += consume(a) as u64;
        let b = pass_through(Guard::new(x.wrapping_add(1)));
        let c = pick(Guard::new(k), Guard::new(k.wrapping_add(1)), k % 2 == 0);
        acc += c.id as u64 * 5;
        let v = [b];
        let [inner] = v;
        acc += inner.id as u64;
    }
    acc ^ log()
}

#[no_mangle]
pub extern "C" fn forget_and_drop(x: u32) -> u64 {
    {
        let a = Guard::new(x);
        let b = Guard::new(x.wrapping_add(1));
        let c = Guard::new(x.wrapping_add(2));
        core::mem::forget(a);
        drop(c);
        let d = core::mem::ManuallyDrop::new(Guard::new(x.wrapping_add(3)));
        let id = d.id;
        unsafe { SUM = SUM.wrapping_add(id as u64 * 11) };
        let _ = b;
    }
    log()
}

#[inline(never)]
fn search(x: u32, stop: u32) -> u32 {
    let _outer = Guard::new(100);
    for i in 0..5 {
        let g = Guard::new(i);
        if i == stop {
            return g.id + x;
        }
        if i == 3 {
            break;
        }
    }
    let _tail = Guard::new(200);
    1000
}

#[no_mangle]
pub extern "C" fn early_exit(x: u32, stop: u32) -> u64 {
    let r = search(x % 1000, stop);
    (r as u64) << 40 ^ log()
}

#[inline(never)]
fn checked_step(g: &Guard, d: u32) -> u32 {
    g.id / d
}

/// A division by zero while guards are alive traps: no drop glue runs on either side.
#[no_mangle]
pub extern "C" fn drop_on_trap(x: u32, d: u32) -> u32 {
    let r;
    {
        let g = Guard::new(x);
        r = checked_step(&g, d) + 1;
    }
    r + unsafe { DROPS }
}

#[derive(Clone, Copy, PartialEq, Debug)]
struct Big {
    a: u64,
    b: i32,
    c: u8,
    d: [u16; 4],
    e: f64,
    f: bool,
    g: (u32, i8),
}

#[inline(never)]
fn make_big(x: u32, y: u32) -> Big {
    Big {
        a: (x as u64) << 32 | y as u64,
        b: x as i32 ^ y as i32,
        c: (x % 251) as u8,
        d: [x as u16, y as u16, (x >> 16) as u16, (y >> 16) as u16 ^ 7],
        e: x as f64 / 3.0 - y as f64,
        f: x > y,
        g: (x.wrapping_add(y), (y % 100) as i8 - 50),
    }
}

#[inline(never)]
fn twist(mut b: Big, k: u32) -> Big {
    b.a = b.a.rotate_left(k % 64);
    b.d.reverse_free(k);
    b.e *= 0.5;
    b.f = !b.f;
    b.g.1 = b.g.1.wrapping_neg();
    b
}

trait ReverseFree {
    fn reverse_free(&mut self, k: u32);
}

/// A reversal by hand: core's `reverse` goes through `mem::swap` (see the report).
impl ReverseFree for [u16; 4] {
    fn reverse_free(&mut self, k: u32) {
        let n = self.len();
        for i in 0..n / 2 {
            let t = self[i];
            self[i] = self[n - 1 - i];
            self[n - 1 - i] = t;
        }
        self[(k % 4) as usize] ^= 0x5a5a;
    }
}

#[inline(never)]
fn combine(p: Big, q: Big) -> Big {
    Big {
        a: p.a ^ q.a,
        b: p.b.wrapping_sub(q.b),
        c: p.c.wrapping_add(q.c),
        d: [p.d[0] ^ q.d[3], p.d[1] ^ q.d[2], q.d[1], p.d[3].wrapping_add(q.d[0])],
        e: p.e + q.e,
        f: p.f & q.f,
        g: (p.g.0 ^ q.g.0, p.g.1.wrapping_add(q.g.1)),
    }
}

#[inline(never)]
fn digest(b: &Big) -> u64 {
    let mut h = b.a ^ (b.b as u64) << 7 ^ (b.c as u64) << 50 ^ b.e.to_bits().rotate_left(13) ^ (b.f as u64) << 63;
    for &x in b.d.iter() {
        h = h.wrapping_mul(31).wrapping_add(x as u64);
    }
    h ^ (b.g.0 as u64) << 20 ^ (b.g.1 as u8 as u64)
}

#[inline(never)]
fn chain3(x: u32, y: u32) -> Big {
    let a = make_big(x, y);
    let b = twist(a, y);
    let c = twist(b, x);
    combine(combine(a, c), b)
}

#[no_mangle]
pub extern "C" fn big_by_value(x: u32, y: u32) -> u64 {
    let r = chain3(x, y);
    let arr = [r, make_big(y, x), twist(r, 3)];
    let mut acc = 0u64;
    for b in arr.iter() {
        acc = acc.wrapping_mul(1_000_003) ^ digest(b);
    }
    acc
}

#[no_mangle]
pub extern "C" fn big_compare(x: u32, y: u32) -> u32 {
    let p = make_big(x, y);
    let q = make_big(y, x);
    let r = p;
    let t = twist(twist(p, 0), 0);
    let mut same_d = p;
    same_d.d[2] = same_d.d[2];
    let changed = Big { e: p.e + 1.0, ..p };
    // `e` of NaN never happens here: all inputs give finite values. `d` is `[u16; 4]`: `==` on
    // `[u16; 5]` goes through `intrinsics::raw_eq`, which mir-export does not lower yet.
    (p == q) as u32 | ((p == r) as u32) << 1 | ((p != t) as u32) << 2 | ((p == same_d) as u32) << 3
        | ((p == changed) as u32) << 4 | ((p.g == q.g) as u32) << 5 | ((p.d == q.d) as u32) << 6
}

struct Pair {
    left: Guard,
    right: Guard,
    tag: u32,
}

impl Drop for Pair {
    fn drop(&mut self) {
        unsafe {
            ORDER = ORDER.wrapping_mul(16).wrapping_add(15);
            SUM = SUM.wrapping_add(self.tag as u64 * 1000);
        }
    }
}

struct Holder {
    items: [Option<Guard>; 2],
    pair: Option<Pair>,
}

#[no_mangle]
pub extern "C" fn nested_drops(x: u32) -> u64 {
    {
        // `Pair::drop` runs first, then its fields in declaration order
        let _p = Pair { left: Guard::new(x), right: Guard::new(x.wrapping_add(1)), tag: x % 10 };
        unsafe { SUM = SUM.wrapping_add((_p.left.id ^ _p.right.id) as u64) };
        let h = Holder {
            items: [Some(Guard::new(5)), if x % 2 == 0 { Some(Guard::new(6)) } else { None }],
            pair: if x % 3 == 0 { Some(Pair { left: Guard::new(7), right: Guard::new(8), tag: 9 }) } else { None },
        };
        let Holder { items, pair } = h;
        drop(pair);
        let [first, _second] = items;
        drop(first);
    }
    log()
}

#[no_mangle]
pub extern "C" fn replace_guard(x: u32, y: u32) -> u64 {
    {
        let mut g = Guard::new(x);
        let old = core::mem::replace(&mut g, Guard::new(y));
        unsafe { SUM = SUM.wrapping_add(old.id as u64 * 3) };
        drop(old);
        let mut o = Some(Guard::new(x ^ y));
        let t = o.take();
        o = Some(Guard::new(1));
        let _ = (&o, &t);
        g = Guard::new(2);
        let _ = &g;
    }
    log()
}
