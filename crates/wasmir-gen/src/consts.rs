//! Constants: interesting bit patterns of each number type (extremes, signed zeros, infinities,
//! NaNs with payloads, small numbers), for instructions, globals, data and call arguments.

use crate::Choices;
use wasmir_syntax::ir::{Constant, Type};

/// A constant of number type `ty` (`ptr` gives a small address-like number; references have no
/// constants and give 0 bits).
pub(crate) fn constant(c: &mut Choices<'_, '_>, ty: Type) -> Constant {
    let bits: u128 = match ty {
        Type::I32 => int_bits(c, 32),
        Type::I64 => int_bits(c, 64),
        Type::I128 => int_bits(c, 128),
        Type::Ptr => c.range(0, 1 << 16) as u128,
        Type::F32 => {
            let special: [u32; 12] = [
                0,
                0x8000_0000,
                0x3f80_0000,
                0xbf80_0000,
                0x7f80_0000,
                0xff80_0000,
                0x7fc0_0000,
                0x7fa0_0001,
                0x0000_0001,
                0x7f7f_ffff,
                0x4f00_0000, // 2^31
                0x5f00_0000, // 2^63
            ];
            u128::from(match c.below(3) {
                0 => c.pick(&special),
                1 => (c.range(0, 200) as f32 - 100.0).to_bits(),
                _ => c.bits() as u32,
            })
        }
        Type::F64 => {
            let special: [u64; 12] = [
                0,
                0x8000_0000_0000_0000,
                0x3ff0_0000_0000_0000,
                0xbff0_0000_0000_0000,
                0x7ff0_0000_0000_0000,
                0xfff0_0000_0000_0000,
                0x7ff8_0000_0000_0000,
                0x7ff4_0000_0000_0001,
                1,
                0x7fef_ffff_ffff_ffff,
                0x41e0_0000_0000_0000, // 2^31
                0x43e0_0000_0000_0000, // 2^63
            ];
            u128::from(match c.below(3) {
                0 => c.pick(&special),
                1 => ((c.range(0, 2000) as f64 - 1000.0) / 8.0).to_bits(),
                _ => c.bits(),
            })
        }
        Type::ExternRef | Type::FuncRef => 0,
    };
    Constant { ty, bits }
}

/// Integer bits of width `w`: small numbers, extremes, or anything.
fn int_bits(c: &mut Choices<'_, '_>, w: u32) -> u128 {
    let mask = if w == 128 { u128::MAX } else { (1u128 << w) - 1 };
    let v: u128 = match c.below(4) {
        0 => c.range(0, 16) as u128,
        1 => (c.range(0, 16) as u128).wrapping_neg(),
        2 => {
            let top = 1u128 << (w - 1);
            c.pick(&[top, top - 1, top.wrapping_add(1), mask, 1 << (w / 2), (1 << (w / 2)) - 1])
        }
        _ => {
            let lo = c.bits() as u128;
            let hi = c.bits() as u128;
            hi << 64 | lo
        }
    };
    v & mask
}
