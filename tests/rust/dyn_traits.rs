//! flags: -C overflow-checks=on
//! diff: shapes(u32, u32) -> u64 ; inputs: 0,0 ; 1,1 ; 2,3 ; 7,100 ; 65535,2 ; 4294967295,4294967295 ; 12,0
//! diff: table_of_dyn(u32, i32) -> i64 ; inputs: 0,0 ; 1,5 ; 2,-5 ; 3,2147483647 ; 4,-2147483648 ; 100,7
//! diff: dyn_fn(u32, u32) -> u32 ; inputs: 0,0 ; 1,1 ; 2,10 ; 3,4294967295 ; 4,77 ; 9,9
//! diff: dyn_fnmut(u32) -> u32 ; inputs: 0 ; 1 ; 5 ; 100 ; 1000
//! diff: sizes(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 3
//! diff: default_and_super(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 3 ; 4294967295
//! diff: static_dyn(u32) -> u32 ; inputs: 0 ; 1 ; 2 ; 3 ; 4 ; 5
//! diff: overflow_in_method(u32) -> u32 ; inputs: 0 ; 1 ; 2147483647 ; 4294967295
//! diff: generic_dyn(u32, u32) -> u64 ; inputs: 0,0 ; 1,2 ; 3,4 ; 4294967295,1 ; 100,200
//! diff: dyn_drop(u32) -> u32 ; inputs: 0 ; 1 ; 7 ; 19 ; 4294967295
//! Trait objects: `&dyn Trait` and `&mut dyn Trait` made from structs, enums, arrays and
//! closures; virtual calls through rustc's vtables, with default methods, supertraits, methods
//! taking and returning aggregates; `dyn Fn`/`dyn FnMut`; `size_of_val`/`align_of_val` of a
//! `dyn`; trait objects in statics and in arrays; dropping a `dyn` in place (its vtable's drop
//! glue, or none).
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

trait Shape {
    fn area(&self) -> u64;
    fn scale(&mut self, k: u32);
    fn name_len(&self) -> usize {
        0
    }
    /// An aggregate through a virtual call (a memory-form return).
    fn bounds(&self) -> [u32; 4];
}

struct Rect {
    w: u32,
    h: u32,
}

struct Square(u16);

enum Blob {
    Dot,
    Line(u32),
    Poly([u8; 5]),
}

impl Shape for Rect {
    fn area(&self) -> u64 {
        self.w as u64 * self.h as u64
    }
    fn scale(&mut self, k: u32) {
        self.w = self.w.wrapping_mul(k);
        self.h = self.h.wrapping_add(k);
    }
    fn name_len(&self) -> usize {
        4
    }
    fn bounds(&self) -> [u32; 4] {
        [0, 0, self.w, self.h]
    }
}

impl Shape for Square {
    fn area(&self) -> u64 {
        self.0 as u64 * self.0 as u64
    }
    fn scale(&mut self, k: u32) {
        self.0 = self.0.wrapping_mul(k as u16);
    }
    fn bounds(&self) -> [u32; 4] {
        [1, 1, self.0 as u32, self.0 as u32]
    }
}

impl Shape for Blob {
    fn area(&self) -> u64 {
        match self {
            Blob::Dot => 1,
            Blob::Line(n) => *n as u64,
            Blob::Poly(p) => p.iter().map(|x| *x as u64).sum(),
        }
    }
    fn scale(&mut self, k: u32) {
        match self {
            Blob::Dot => *self = Blob::Line(k),
            Blob::Line(n) => *n = n.wrapping_mul(k),
            Blob::Poly(p) => p.iter_mut().for_each(|x| *x = x.wrapping_add(k as u8)),
        }
    }
    fn name_len(&self) -> usize {
        match self {
            Blob::Dot => 3,
            _ => 4,
        }
    }
    fn bounds(&self) -> [u32; 4] {
        [2, 2, self.area() as u32, 0]
    }
}

#[inline(never)]
fn total(shapes: &[&dyn Shape]) -> u64 {
    shapes.iter().map(|s| s.area().wrapping_add(s.name_len() as u64)).fold(0u64, |a, b| a.wrapping_add(b))
}

#[inline(never)]
fn grow(s: &mut dyn Shape, k: u32) -> u64 {
    s.scale(k);
    let b = s.bounds();
    s.area() ^ (b[2] as u64) << 1 ^ b[3] as u64
}

#[no_mangle]
pub extern "C" fn shapes(a: u32, b: u32) -> u64 {
    let mut r = Rect { w: a, h: b };
    let mut q = Square(a as u16);
    let mut d = Blob::Dot;
    let mut p = Blob::Poly([a as u8, b as u8, 1, 2, 3]);
    let t = total(&[&r, &q, &d, &p]);
    let g = grow(&mut r, b) ^ grow(&mut q, a) ^ grow(&mut d, a) ^ grow(&mut p, b);
    t.wrapping_mul(31) ^ g ^ total(&[&p, &d])
}

trait Op {
    fn apply(&self, x: i32) -> i64;
}

struct Add(i32);
struct Mul(i32);
struct Neg;
struct Chain<'a>(&'a dyn Op, &'a dyn Op);

impl Op for Add {
    fn apply(&self, x: i32) -> i64 {
        x as i64 + self.0 as i64
    }
}
impl Op for Mul {
    fn apply(&self, x: i32) -> i64 {
        x as i64 * self.0 as i64
    }
}
impl Op for Neg {
    fn apply(&self, x: i32) -> i64 {
        -(x as i64)
    }
}
impl Op for Chain<'_> {
    fn apply(&self, x: i32) -> i64 {
        let y = self.0.apply(x);
        self.1.apply(y as i32)
    }
}

#[no_mangle]
pub extern "C" fn table_of_dyn(i: u32, x: i32) -> i64 {
    let (a, m, n) = (Add(3), Mul(-7), Neg);
    let c = Chain(&a, &m);
    let cc = Chain(&c, &n);
    let ops: [&dyn Op; 5] = [&a, &m, &n, &c, &cc];
    let op = ops[i as usize % ops.len()];
    op.apply(x).wrapping_add(ops[(i as usize + 1) % 5].apply(x / 2))
}

#[inline(never)]
fn call_dyn(f: &dyn Fn(u32) -> u32, x: u32) -> u32 {
    f(x).wrapping_add(f(x ^ 1))
}

#[no_mangle]
pub extern "C" fn dyn_fn(k: u32, x: u32) -> u32 {
    let base = [5u32, 6, 7];
    let add = move |v: u32| v.wrapping_add(k);
    let idx = |v: u32| base[v as usize % 3].wrapping_mul(v);
    let fns: [&dyn Fn(u32) -> u32; 3] = [&add, &idx, &|v| v.rotate_left(k)];
    call_dyn(fns[k as usize % 3], x)
}

#[inline(never)]
fn drive(f: &mut dyn FnMut(u32), n: u32) {
    for i in 0..n {
        f(i);
    }
}

#[no_mangle]
pub extern "C" fn dyn_fnmut(n: u32) -> u32 {
    let mut acc = 0u32;
    let mut hist = [0u32; 4];
    drive(
        &mut |i| {
            acc = acc.wrapping_mul(31).wrapping_add(i);
            hist[i as usize % 4] += 1;
        },
        n,
    );
    acc ^ hist[0] ^ (hist[3] << 8)
}

#[no_mangle]
pub extern "C" fn sizes(i: u32) -> u32 {
    let r = Rect { w: 1, h: 2 };
    let q = Square(3);
    let p = Blob::Poly([1; 5]);
    let arr = [1u64, 2, 3];
    let objs: [&dyn Shape; 3] = [&r, &q, &p];
    let o = objs[i as usize % 3];
    let s: &dyn core::fmt::Debug = &arr;
    (core::mem::size_of_val(o) * 100 + core::mem::align_of_val(o) * 10) as u32
        + core::mem::size_of_val(s) as u32 * 1000
        + core::mem::align_of_val(s) as u32
}

trait Named {
    fn id(&self) -> u32;
}
trait Greeter: Named {
    fn greet(&self) -> u32 {
        self.id().wrapping_mul(3).wrapping_add(self.extra())
    }
    fn extra(&self) -> u32;
}

struct Person(u32);
impl Named for Person {
    fn id(&self) -> u32 {
        self.0
    }
}
impl Greeter for Person {
    fn extra(&self) -> u32 {
        17
    }
}
struct Robot;
impl Named for Robot {
    fn id(&self) -> u32 {
        1000
    }
}
impl Greeter for Robot {
    fn greet(&self) -> u32 {
        42
    }
    fn extra(&self) -> u32 {
        0
    }
}

#[no_mangle]
pub extern "C" fn default_and_super(x: u32) -> u32 {
    let p = Person(x);
    let gs: [&dyn Greeter; 2] = [&p, &Robot];
    gs.iter().map(|g| g.greet() ^ g.id()).fold(0, u32::wrapping_add)
}

static OPS: [&(dyn Op + Sync); 3] = [&Add(10), &Mul(3), &Neg];
static NAMED: &(dyn Named + Sync) = &Person(9);

#[no_mangle]
pub extern "C" fn static_dyn(i: u32) -> u32 {
    let o = OPS[i as usize % 3];
    (o.apply(i as i32) as u32).wrapping_add(NAMED.id())
}

trait Counter {
    fn bump(&self, x: u32) -> u32;
}
struct Big;
impl Counter for Big {
    fn bump(&self, x: u32) -> u32 {
        x + 1
    }
}

#[no_mangle]
pub extern "C" fn overflow_in_method(x: u32) -> u32 {
    let c: &dyn Counter = &Big;
    c.bump(x)
}

#[inline(never)]
fn sum_generic<T: Op + ?Sized>(t: &T, a: i32, b: i32) -> i64 {
    t.apply(a).wrapping_add(t.apply(b))
}

#[no_mangle]
pub extern "C" fn generic_dyn(a: u32, b: u32) -> u64 {
    let m = Mul(a as i32);
    let d: &dyn Op = &m;
    let x = sum_generic(d, a as i32, b as i32);
    let y = sum_generic(&Add(b as i32), a as i32, 1);
    (x as u64) ^ (y as u64).rotate_left(17)
}

static mut DROPS: u32 = 0;

struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        unsafe { DROPS = DROPS.wrapping_mul(10).wrapping_add(self.0) };
    }
}

impl Op for Loud {
    fn apply(&self, x: i32) -> i64 {
        x as i64 * 100 + self.0 as i64
    }
}

#[no_mangle]
pub extern "C" fn dyn_drop(x: u32) -> u32 {
    let mut a = core::mem::ManuallyDrop::new(Loud(x % 10));
    let mut b = core::mem::ManuallyDrop::new(Add(3));
    let mut c = core::mem::ManuallyDrop::new(Loud(x % 7 + 1));
    let pa: &mut dyn Op = &mut *a;
    let pb: &mut dyn Op = &mut *b;
    let pc: &mut dyn Op = &mut *c;
    let r = pa.apply(1) + pb.apply(2) + pc.apply(3);
    // Through the vtables: `Loud`'s drop glue twice, none for `Add`.
    unsafe {
        core::ptr::drop_in_place(pa as *mut dyn Op);
        core::ptr::drop_in_place(pb as *mut dyn Op);
        core::ptr::drop_in_place(pc as *mut dyn Op);
    }
    unsafe { DROPS }.wrapping_mul(1000).wrapping_add(r as u32)
}
