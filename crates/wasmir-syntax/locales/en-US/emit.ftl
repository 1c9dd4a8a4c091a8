# emit messages (en-US). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
# Codes and rules: crates/wasmir-emit/src/error.rs and wasmir-spec/07-lowering.md.

e0301 = irreducible control flow in `{$func}`: this branch enters the loop at `{$block}` without passing through its header
    .label = branches back to `{$block}`, which does not dominate this branch
    .hint = WebAssembly only has structured loops, entered at one header: make every loop have a single entry block that dominates the loop's blocks (for example, route all entries through a new header block that dispatches with `switch`)
    .entry = would-be loop entry

e0302 = operator `{$op}` in `{$func}` cannot be compiled to WebAssembly by this emitter
    .label = no lowering for this operator
    .hint = the IR is newer than the emitter: update wasmir-emit, or rewrite the operator with older ones

e0303 = { $what ->
        [invalid-ir] the module cannot be emitted: it is not valid IR (the verifier reports {$code} here)
       *[other] `{$func}` cannot be emitted: { $what ->
            [no-block] the function has no block
            [early-terminator] a terminator in the middle of a block
            [no-terminator] a block has no terminator
            [arity] wrong number of operands or results
            [missing-target] a branch target is missing
            [no-enclosing-construct] a branch target has no enclosing construct
            [undefined-value] value {$entity} is read but never defined
            [switch-without-cases] a switch without cases
            [switch-mismatch] a switch item for another instruction
            [no-export-target] the exported entity does not exist
            [bad-immediate] the immediates do not fit the operator
            [dangling-entity] an immediate names a memory, global, table, signature, data item, slot or function that does not exist
            [no-memory] the module has stack slots or data but no memory
            [global-init] a defined global has no initial value of its type
            [memory-limits] the memory's sizes are over 65536 pages, or its minimum is over its maximum
           *[other] the module breaks a guarantee of the verifier
            }
    }
    .label = here
    .hint = { $what ->
        [invalid-ir] the emitter only takes modules the verifier accepts: `wirc check` explains {$code} (spec chapter 6); if `wirc check` accepts the source file, an optimization pass broke the IR, please report it (`-O0` avoids the passes)
       *[other] the verifier accepted this module, but it breaks a guarantee the emitter relies on: the verifier misses a rule, please report it with this .wir file
    }

e0304 = `{$func}` needs {$count} locals, its {$params} parameters included, over WebAssembly's limit of {$limit}
    .label = in this function
    .hint = engines reject a function with more than {$limit} locals; values share a local when their live ranges do not overlap, so split the function, or keep fewer values live at the same time

e0305 = the code of `{$func}` is {$bytes} bytes, over WebAssembly's limit of {$limit} bytes per function
    .label = in this function
    .hint = engines reject a function body larger than {$limit} bytes: split the function into several smaller ones

e0306 = a `switch` in `{$func}` needs a jump table (`br_table`) of {$entries} entries, over V8's limit of {$limit}
    .label = this switch
    .hint = a dense switch becomes one `br_table` covering every value from its smallest case to its largest: split it into switches over smaller ranges (for example, first branch on whether the value is below the middle case)

e0307 = the module is {$bytes} bytes, over WebAssembly's limit of {$limit} bytes
    .label = in this module
    .hint = engines reject a module larger than {$limit} bytes: split it into several modules

e0308 = memory `{$mem}` needs {$needed} pages for the shadow stack and the data, over its maximum of {$max} pages
    .label = this memory
    .hint = the shadow stack (1 MiB by default, when a function has slots) and every data item are placed in this memory when the module starts: raise its `max`, make the data smaller, or choose a smaller stack size

e0309 = `{$item}` has 128-bit integers, which wasm does not have
    .label = `i128` here
    .hint = the `legalize-i128` pass splits every `i128` into two `i64` before emission; `wirc` runs it at every `-O` level, so a caller of the emitter that skips the optimizer runs `wasmir_opt::legalize_i128::run` first

e0310 = `{$item}` still has ownership, which the emitter does not see
    .label = ownership here
    .hint = the `strip-ownership` pass erases kinds, borrows and drops before emission; `wirc` runs it first at every `-O` level, so a caller of the emitter that skips the optimizer runs `wasmir_opt::strip_ownership::run` first
