# syntax messages (en-US). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
