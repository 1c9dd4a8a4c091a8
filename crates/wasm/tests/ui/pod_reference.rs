#[derive(Clone, Copy, wasm::Pod)]
#[repr(C)]
struct Named {
    len: u32,
    name: &'static str,
}

fn main() {}
