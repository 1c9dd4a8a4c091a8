//! The `wasmir.locs` custom section (spec §7.9): where each piece of code came from, so that a
//! trap in the wasm module can name the source location of the IR instruction that raised it.
//!
//! The section maps *module offsets* (byte offsets from the start of the module binary, what
//! wasmtime's `FrameInfo::module_offset` reports for a frame) to the instruction locations of
//! design D9. Every field is an unsigned LEB128 `u32`:
//!
//! ```text
//! version    1
//! files      count, then per file: byte length, UTF-8 bytes       (Module::files, in order)
//! entries    count, then per entry: offset delta, file, line, col
//! ```
//!
//! An entry says that the code from its offset up to the next entry's offset comes from `file`
//! (an index into the file table), `line`, `col` (1-based); an entry whose line is 0 (file and
//! column 0 too) says that code has no location. Offsets are delta-encoded (the first from 0)
//! and strictly increasing; two consecutive entries never carry the same location, so an entry
//! exists only where the location changes. The location of an offset is the one of the last
//! entry at or before it; before the first entry there is none. A module without any
//! instruction location gets no section.

use std::fmt;
use wasmir_syntax::ir::InstLoc;

/// The custom section's name.
pub const SECTION_NAME: &str = "wasmir.locs";

/// The format version this crate writes and reads.
pub const VERSION: u32 = 1;

/// One run of code: from `offset` to the next entry, the location `loc` (`None`: none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocEntry {
    /// Module offset of the first byte of the run.
    pub offset: u32,
    /// Its location.
    pub loc: Option<InstLoc>,
}

/// The contents of a `wasmir.locs` section.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocTable {
    /// File names, indexed by [`InstLoc::file`].
    pub files: Vec<String>,
    /// Runs, by strictly increasing offset, each with another location than the previous one.
    pub entries: Vec<LocEntry>,
}

/// Why a section's bytes do not decode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes end in the middle of a field.
    Truncated,
    /// A LEB128 number is over 5 bytes or over `u32::MAX`.
    BadNumber,
    /// Another version than [`VERSION`].
    Version(u32),
    /// A file name that is not UTF-8.
    BadFileName,
    /// An entry names a file past the table, or has line 0 with a file or column.
    BadEntry,
    /// Offsets that do not increase, or two consecutive entries with the same location.
    NotSorted,
    /// Bytes after the last entry.
    TrailingBytes,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Truncated => write!(f, "truncated"),
            DecodeError::BadNumber => write!(f, "malformed LEB128 number"),
            DecodeError::Version(v) => write!(f, "unknown version {v}"),
            DecodeError::BadFileName => write!(f, "file name is not UTF-8"),
            DecodeError::BadEntry => write!(f, "malformed entry"),
            DecodeError::NotSorted => write!(f, "entries not sorted"),
            DecodeError::TrailingBytes => write!(f, "trailing bytes"),
        }
    }
}

impl std::error::Error for DecodeError {}

impl LocTable {
    /// Appends a run at `offset` with `loc`, unless the last run already has `loc` (or `offset`
    /// is not past the last run's, which then takes `loc`). A location on line 0 (`loc 0:0`, which
    /// producers write for code of no source line) is no location: the wire format spells "none"
    /// with line 0, and two runs in a row must differ.
    pub fn push(&mut self, offset: u32, loc: Option<InstLoc>) {
        let loc = loc.filter(|l| l.line != 0);
        if let Some(last) = self.entries.last_mut() {
            if last.loc == loc {
                return;
            }
            if offset <= last.offset {
                last.loc = loc;
                self.dedup_tail();
                return;
            }
        } else if loc.is_none() {
            // Before the first entry there is no location anyway.
            return;
        }
        self.entries.push(LocEntry { offset, loc });
    }

    /// Removes the last entry if it repeats the one before (after `push` overwrote it).
    fn dedup_tail(&mut self) {
        let n = self.entries.len();
        let repeats = n >= 2 && self.entries[n - 1].loc == self.entries[n - 2].loc;
        if repeats || (n == 1 && self.entries[0].loc.is_none()) {
            self.entries.pop();
        }
    }

    /// Whether any code has a location.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The section's contents (without the name), in the format of the module docs.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        leb(&mut out, VERSION);
        leb(&mut out, self.files.len() as u32);
        for f in &self.files {
            leb(&mut out, f.len() as u32);
            out.extend_from_slice(f.as_bytes());
        }
        leb(&mut out, self.entries.len() as u32);
        let mut prev = 0u32;
        for e in &self.entries {
            leb(&mut out, e.offset.wrapping_sub(prev));
            prev = e.offset;
            let (file, line, col) = e.loc.map_or((0, 0, 0), |l| (l.file, l.line, l.col));
            for x in [file, line, col] {
                leb(&mut out, x);
            }
        }
        out
    }

    /// Reads a section's contents (without the name). Every rule of the module docs is checked.
    pub fn decode(data: &[u8]) -> Result<LocTable, DecodeError> {
        let mut r = Reader { data, pos: 0 };
        let version = r.u32()?;
        if version != VERSION {
            return Err(DecodeError::Version(version));
        }
        let nfiles = r.u32()?;
        let mut files = Vec::new();
        for _ in 0..nfiles {
            let len = r.u32()? as usize;
            let bytes = r.bytes(len)?;
            files.push(String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError::BadFileName)?);
        }
        let nentries = r.u32()?;
        let mut entries: Vec<LocEntry> = Vec::new();
        let mut offset = 0u32;
        for _ in 0..nentries {
            let delta = r.u32()?;
            let (file, line, col) = (r.u32()?, r.u32()?, r.u32()?);
            let loc = match line {
                0 if file == 0 && col == 0 => None,
                0 => return Err(DecodeError::BadEntry),
                _ if file >= nfiles => return Err(DecodeError::BadEntry),
                _ => Some(InstLoc { file, line, col }),
            };
            if let Some(last) = entries.last() {
                if delta == 0 || last.loc == loc {
                    return Err(DecodeError::NotSorted);
                }
            }
            offset = offset.checked_add(delta).ok_or(DecodeError::NotSorted)?;
            entries.push(LocEntry { offset, loc });
        }
        if r.pos != data.len() {
            return Err(DecodeError::TrailingBytes);
        }
        Ok(LocTable { files, entries })
    }

    /// The location of the code at module offset `offset`: the last entry at or before it.
    pub fn lookup(&self, offset: u32) -> Option<InstLoc> {
        let after = self.entries.partition_point(|e| e.offset <= offset);
        self.entries.get(after.checked_sub(1)?)?.loc
    }

    /// [`lookup`](Self::lookup) as `file:line:col`.
    pub fn describe(&self, offset: u32) -> Option<String> {
        let l = self.lookup(offset)?;
        let file = self.files.get(l.file as usize)?;
        Some(format!("{file}:{}:{}", l.line, l.col))
    }

    /// The table of the first `wasmir.locs` section of the wasm module `wasm`: `None` when it has
    /// none (or is no wasm module), else the section decoded.
    pub fn from_module(wasm: &[u8]) -> Option<Result<LocTable, DecodeError>> {
        let mut r = Reader { data: wasm, pos: 0 };
        if r.bytes(8).ok()?.get(..4) != Some(b"\0asm".as_slice()) {
            return None;
        }
        while r.pos < wasm.len() {
            let id = r.bytes(1).ok()?[0];
            let len = r.u32().ok()? as usize;
            let contents = r.bytes(len).ok()?;
            if id != 0 {
                continue;
            }
            let mut c = Reader { data: contents, pos: 0 };
            let name_len = c.u32().ok()? as usize;
            if c.bytes(name_len).ok()? == SECTION_NAME.as_bytes() {
                return Some(LocTable::decode(&contents[c.pos..]));
            }
        }
        None
    }
}

/// Appends `v` as unsigned LEB128.
fn leb(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn u32(&mut self) -> Result<u32, DecodeError> {
        let mut v: u64 = 0;
        for i in 0..5 {
            let byte = *self.data.get(self.pos).ok_or(DecodeError::Truncated)?;
            self.pos += 1;
            v |= u64::from(byte & 0x7f) << (7 * i);
            if byte & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| DecodeError::BadNumber);
            }
        }
        Err(DecodeError::BadNumber)
    }

    fn bytes(&mut self, len: usize) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(len).filter(|&e| e <= self.data.len()).ok_or(DecodeError::Truncated)?;
        let b = &self.data[self.pos..end];
        self.pos = end;
        Ok(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(file: u32, line: u32, col: u32) -> Option<InstLoc> {
        Some(InstLoc { file, line, col })
    }

    fn table() -> LocTable {
        let mut t = LocTable { files: vec!["src/lib.rs".into(), "src/é.rs".into()], entries: Vec::new() };
        t.push(40, None);
        t.push(41, at(0, 7, 13));
        t.push(45, at(0, 7, 13));
        t.push(47, None);
        t.push(300, at(1, 1, 200));
        t.push(70_000, at(0, 2, 1));
        t
    }

    #[test]
    fn push_keeps_only_changes() {
        let t = table();
        let offsets: Vec<u32> = t.entries.iter().map(|e| e.offset).collect();
        assert_eq!(offsets, [41, 47, 300, 70_000]);
        let mut u = t.clone();
        u.push(70_000, at(1, 1, 200));
        assert_eq!(u.entries.len(), 3, "an overwritten run equal to the one before merges");
    }

    #[test]
    fn round_trip() {
        let t = table();
        let bytes = t.encode();
        assert_eq!(LocTable::decode(&bytes), Ok(t.clone()));
        assert_eq!(LocTable::decode(&LocTable::default().encode()), Ok(LocTable::default()));
        // Deterministic and compact: version, 2 files, 4 entries of deltas and small numbers.
        assert_eq!(bytes, t.encode());
        assert_eq!(bytes[..3], [1, 2, 10]);
    }

    #[test]
    fn lookup_takes_the_last_entry_at_or_before() {
        let t = table();
        assert_eq!(t.lookup(0), None);
        assert_eq!(t.lookup(40), None);
        assert_eq!(t.lookup(41), at(0, 7, 13));
        assert_eq!(t.lookup(46), at(0, 7, 13));
        assert_eq!(t.lookup(47), None);
        assert_eq!(t.lookup(299), None);
        assert_eq!(t.describe(300).as_deref(), Some("src/é.rs:1:200"));
        assert_eq!(t.describe(u32::MAX).as_deref(), Some("src/lib.rs:2:1"));
    }

    #[test]
    fn malformed_sections_are_errors() {
        let good = table().encode();
        for n in 0..good.len() {
            assert!(LocTable::decode(&good[..n]).is_err(), "prefix of {n} bytes");
        }
        let mut extra = good.clone();
        extra.push(0);
        assert_eq!(LocTable::decode(&extra), Err(DecodeError::TrailingBytes));
        let mut v2 = good.clone();
        v2[0] = 2;
        assert_eq!(LocTable::decode(&v2), Err(DecodeError::Version(2)));
        let bad = |entries: &[[u32; 4]]| {
            let mut out = Vec::new();
            for x in [1, 1, 1, u32::from(b'a'), entries.len() as u32] {
                leb(&mut out, x);
            }
            for e in entries {
                for &x in e {
                    leb(&mut out, x);
                }
            }
            LocTable::decode(&out)
        };
        assert!(bad(&[[5, 0, 1, 1]]).is_ok());
        assert_eq!(bad(&[[5, 1, 1, 1]]), Err(DecodeError::BadEntry));
        assert_eq!(bad(&[[5, 0, 0, 3]]), Err(DecodeError::BadEntry));
        assert_eq!(bad(&[[5, 0, 1, 1], [0, 0, 2, 1]]), Err(DecodeError::NotSorted));
        assert_eq!(bad(&[[5, 0, 1, 1], [3, 0, 1, 1]]), Err(DecodeError::NotSorted));
        assert_eq!(LocTable::decode(&[0x80, 0x80, 0x80, 0x80, 0x80, 0]), Err(DecodeError::BadNumber));
        assert_eq!(LocTable::decode(&[0xff, 0xff, 0xff, 0xff, 0x1f]), Err(DecodeError::BadNumber));
    }

    #[test]
    fn leb_round_trip() {
        for (v, len) in [(0, 1), (1, 1), (127, 1), (128, 2), (16_383, 2), (16_384, 3), (u32::MAX, 5)] {
            let mut out = Vec::new();
            leb(&mut out, v);
            assert_eq!(out.len(), len, "{v}");
            assert_eq!(Reader { data: &out, pos: 0 }.u32(), Ok(v));
        }
    }

    #[test]
    fn found_in_a_module() {
        let t = table();
        let mut m = wasm_encoder::Module::new();
        m.section(&wasm_encoder::CustomSection { name: "other".into(), data: [1, 2, 3].as_slice().into() });
        m.section(&wasm_encoder::CustomSection { name: SECTION_NAME.into(), data: t.encode().into() });
        let bytes = m.finish();
        assert_eq!(LocTable::from_module(&bytes), Some(Ok(t)));
        assert_eq!(LocTable::from_module(&wasm_encoder::Module::new().finish()), None);
        assert_eq!(LocTable::from_module(b"not wasm"), None);
    }
}
