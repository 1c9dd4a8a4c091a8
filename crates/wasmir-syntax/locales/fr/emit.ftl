# emit messages (fr). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
