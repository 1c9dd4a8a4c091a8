// A u8 then a u32: three padding bytes after `tag`.
#[derive(Clone, Copy, wasm::Pod)]
#[repr(C)]
struct Padded {
    tag: u8,
    value: u32,
}

fn main() {}
