//! `#[derive(Pod)]` on structs that are plain old data, the primitive impls, and `SharedSlice`
//! over them.

use std::mem::{align_of, size_of};
use wasm::{Pod, SharedSlice};

#[derive(Clone, Copy, Debug, PartialEq, Pod)]
#[repr(C)]
struct Point {
    x: f32,
    y: f32,
}

/// Fields ordered largest first: no padding.
#[derive(Clone, Copy, Debug, PartialEq, Pod)]
#[repr(C)]
struct Header {
    offset: u64,
    len: u32,
    tag: [u8; 2],
    flags: i16,
}

#[derive(Clone, Copy, Debug, PartialEq, Pod)]
#[repr(transparent)]
struct Meters(f64);

/// Nested derived structs, arrays of them, and an explicit padding field.
#[derive(Clone, Copy, Debug, PartialEq, Pod)]
#[repr(C)]
struct Segment {
    ends: [Point; 2],
    width: Meters,
    kind: u8,
    _pad: [u8; 7],
}

/// `align` next to `C` is accepted; the padding check still applies (here there is none).
#[derive(Clone, Copy, Pod)]
#[repr(C, align(8))]
struct Aligned {
    a: u32,
    b: u32,
}

#[derive(Clone, Copy, Pod)]
#[repr(C)]
struct Unit;

fn assert_pod<T: Pod>() {}

#[test]
fn primitives_arrays_and_derived_structs_are_pod() {
    assert_pod::<u8>();
    assert_pod::<i128>();
    assert_pod::<usize>();
    assert_pod::<f64>();
    assert_pod::<()>();
    assert_pod::<[[u16; 3]; 4]>();
    assert_pod::<Point>();
    assert_pod::<Header>();
    assert_pod::<Meters>();
    assert_pod::<Segment>();
    assert_pod::<Aligned>();
    assert_pod::<Unit>();
    assert_pod::<[Segment; 3]>();
    assert_eq!(size_of::<Header>(), 16);
    assert_eq!(size_of::<Segment>(), 32);
    assert_eq!(align_of::<Aligned>(), 8);
}

#[test]
fn shared_slice_round_trips() {
    let points = [Point { x: 1.0, y: 2.0 }, Point { x: -3.5, y: 0.25 }, Point { x: 0.0, y: f32::MAX }];
    let s = SharedSlice::from_slice(&points);
    assert_eq!(s.len(), 3);
    assert!(!s.is_empty());
    assert_eq!(s.as_slice(), &points);
    assert_eq!(s.get(1), Some(&points[1]));
    assert_eq!(s.get(3), None);
    assert_eq!(s.iter().copied().collect::<Vec<_>>(), points);
    // Deref to [T]: slice methods directly.
    assert_eq!(s.first(), Some(&points[0]));
    assert_eq!(s[2].y, f32::MAX);
    // Copy: both views borrow the same data.
    let t = s;
    assert_eq!(t.as_slice().as_ptr(), s.as_slice().as_ptr());
    assert_eq!(format!("{s:?}"), format!("{points:?}"));
    assert_eq!(s.into_iter().count(), 3);
}

#[test]
fn shared_slice_from_raw_parts() {
    let words = [1u32, 2, 3, 4];
    // SAFETY: the pointer and length describe `words`, which is not written while `s` lives.
    let s = unsafe { SharedSlice::from_raw_parts(words.as_ptr(), words.len()) };
    assert_eq!(s.as_slice(), &words);
    // A host's (0, 0) is an empty view, never dereferenced.
    // SAFETY: a zero length accepts any pointer, null included.
    let empty = unsafe { SharedSlice::<u32>::from_raw_parts(std::ptr::null(), 0) };
    assert!(empty.is_empty());
    assert_eq!(empty.as_slice(), &[] as &[u32]);
    assert_eq!(empty.as_bytes(), &[] as &[u8]);
    assert!(SharedSlice::<Point>::default().is_empty());
}

#[test]
fn as_bytes_has_len_times_size_bytes() {
    let headers = [
        Header { offset: 0x0102_0304_0506_0708, len: 9, tag: *b"ab", flags: -1 },
        Header { offset: 1, len: 2, tag: [3, 4], flags: 5 },
    ];
    let s = SharedSlice::from_slice(&headers);
    let bytes = s.as_bytes();
    assert_eq!(bytes.len(), s.len() * size_of::<Header>());
    assert_eq!(bytes.as_ptr(), headers.as_ptr().cast::<u8>());
    // Field bytes in memory order (native endianness).
    assert_eq!(&bytes[0..8], &0x0102_0304_0506_0708u64.to_ne_bytes());
    assert_eq!(&bytes[8..12], &9u32.to_ne_bytes());
    assert_eq!(&bytes[12..14], b"ab");
    assert_eq!(&bytes[14..16], &(-1i16).to_ne_bytes());
    assert_eq!(&bytes[16..24], &1u64.to_ne_bytes());

    let segments = [Segment {
        ends: [Point { x: 1.0, y: 2.0 }, Point { x: 3.0, y: 4.0 }],
        width: Meters(0.5),
        kind: 7,
        _pad: [0; 7],
    }; 5];
    let s = SharedSlice::from_slice(&segments);
    assert_eq!(s.as_bytes().len(), 5 * size_of::<Segment>());
    assert_eq!(SharedSlice::from_slice(&[0u8; 0]).as_bytes().len(), 0);
    assert_eq!(SharedSlice::from_slice(&[7u128; 3]).as_bytes().len(), 48);
}

#[test]
fn shared_slice_layout_is_ptr_then_len() {
    // (ptr, len): two words, what crosses the boundary (two i32 on wasm32).
    assert_eq!(size_of::<SharedSlice<'_, u64>>(), 2 * size_of::<usize>());
    assert_eq!(align_of::<SharedSlice<'_, u8>>(), align_of::<usize>());
}

#[test]
fn shared_slice_is_send_and_sync_like_a_slice() {
    fn send_sync<T: Send + Sync>(_: T) {}
    send_sync(SharedSlice::from_slice(&[1u8, 2]));
}
