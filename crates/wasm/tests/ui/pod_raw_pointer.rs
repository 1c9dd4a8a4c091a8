#[derive(Clone, Copy, wasm::Pod)]
#[repr(C)]
struct Buffer {
    len: usize,
    data: [*const u8; 2],
}

fn main() {}
