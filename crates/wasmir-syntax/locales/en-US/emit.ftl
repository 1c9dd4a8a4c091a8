# emit messages (en-US). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
# Codes and rules: crates/wasmir-emit/src/error.rs and wasmir-spec/07-lowering.md.

e0301 = irreducible control flow in `{$func}`: this branch enters the loop at `{$block}` without passing through its header
    .label = branches back to `{$block}`, which does not dominate this branch
    .hint = WebAssembly only has structured loops, entered at one header: make every loop have a single entry block that dominates the loop's blocks (for example, route all entries through a new header block that dispatches with `switch`)
    .entry = would-be loop entry

e0302 = operator `{$op}` in `{$func}` cannot be compiled to WebAssembly by this emitter
    .label = no lowering for this operator
    .hint = the IR is newer than the emitter: update wasmir-emit, or rewrite the operator with older ones

e0303 = `{$func}` cannot be emitted: {$what}
    .label = here
    .hint = the emitter expects a verified module: run the verifier (`wirc verify`) first; if it accepted this module, the verifier misses a rule, please report it
