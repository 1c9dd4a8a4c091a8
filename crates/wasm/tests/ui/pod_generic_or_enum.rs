#[derive(Clone, Copy, wasm::Pod)]
#[repr(C)]
struct Wrapper<T: Copy> {
    value: T,
}

#[derive(Clone, Copy, wasm::Pod)]
#[repr(u8)]
enum Tag {
    A,
    B,
}

fn main() {}
