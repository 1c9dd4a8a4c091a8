// No padding (1 + 3 + 4 bytes), but `bool` and `char` have invalid bit patterns.
#[derive(Clone, Copy, wasm::Pod)]
#[repr(C)]
struct Flags {
    a: bool,
    c: [u8; 3],
    b: [char; 1],
}

fn main() {}
