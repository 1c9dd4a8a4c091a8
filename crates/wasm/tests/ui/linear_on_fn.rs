#[wasm::linear]
fn open() -> u32 {
    3
}

#[wasm::linear(strict)]
struct Handle(u32);

fn main() {}
