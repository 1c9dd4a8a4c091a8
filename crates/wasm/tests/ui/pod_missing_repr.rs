#[derive(Clone, Copy, wasm::Pod)]
struct RustLayout {
    a: u32,
    b: u32,
}

#[derive(Clone, Copy, wasm::Pod)]
#[repr(align(8))]
struct OnlyAlign {
    a: u32,
    b: u32,
}

fn main() {}
