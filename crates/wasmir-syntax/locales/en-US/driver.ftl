# driver messages (en-US). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.

e0401 = cannot read `{$path}`: {$detail}
    .hint = check that the file exists and is readable
e0402 = `{$path}` is not UTF-8 text
    .hint = .wir files are UTF-8; pass a .wasm file only to `wirc run`
e0403 = cannot write `{$path}`: {$detail}
    .hint = check that the output directory exists and is writable
e0420 = wasmtime cannot load the module: {$detail}
    .hint = validate the module with `wasm-tools validate`, or recompile it with `wirc`
e0421 = the module exports no function named `{$name}`
    .hint = { $listed ->
        [none] the module exports no function at all
       *[some] exported functions: {$exports}
    }
e0422 = `{$name}` takes {$expected} argument(s) but {$got} were given
    .hint = pass one argument per parameter after `--invoke {$name}`
e0423 = the module imports `{$module}`.`{$field}`, and `wirc run` provides no host functions
    .hint = run modules with imports in a host that provides them, or remove the import
e0424 = `{$name}` trapped: { $trap ->
        [unreachable] unreachable
        [divide-by-zero] integer divide by zero
        [integer-overflow] integer overflow
        [invalid-conversion] invalid conversion to integer
        [checked-overflow] arithmetic overflow
        [stack-overflow] call stack exhausted
        [memory-out-of-bounds] out of bounds memory access
        [undefined-element] undefined element
        [table-out-of-bounds] out of bounds table access
        [indirect-call-type-mismatch] indirect call type mismatch
        [out-of-fuel] out of fuel
        [unknown-import] call of an unknown import
        [invalid-ir] invalid IR
       *[other] {$detail}
    }{ $func ->
        [none] {""}
       *[other] {" "}in {$func}
    }{ $at ->
        [none] {""}
       *[other] {" "}at {$at}
    }
    .hint = a trap is the wasm form of a Rust panic or an undefined operation (division by zero, overflow in a checked operation, `trap`)
e0425 = argument {$index} (`{$text}`) is not a valid {$ty}
    .hint = integers accept the signed or unsigned range of their width; floats accept decimals, `inf` and `nan`
e0426 = { $backend ->
        [native] the native backend
       *[interp] the interpreter
    } runs WasmIR, and `{$path}` is a wasm binary
    .hint = pass the .wir file to `wirc run --backend {$backend}`, or run the .wasm file with `--backend wasmtime`
e0427 = unknown pass `{$pass}`
    .hint = `wirc passes` lists the passes: {$passes}
e0428 = no diagnostic code `{$code}`
    .hint = codes are written like `E0203`; copy one from an `error[...]` line
e0429 = internal compiler error: the native backend cannot compile the module: {$detail}
    .hint = this is a bug in wirc; please report it with this .wir file; `--backend wasmtime` or `--backend interp` runs the module meanwhile
e0498 = internal compiler error: the emitted module does not validate: {$detail}
    .label = while compiling this module
    .hint = this is a bug in wirc; please report it with this .wir file
e0499 = internal compiler error: pass `{$pass}` broke the IR (verifier errors: {$count}, the first {$first})
    .label = while compiling this module
    .hint = this is a bug in wirc; please report it with this .wir file; `-O0` avoids the pass

# Not a code: the closing line when a file has more diagnostics than are printed (the cap is
# `MAX_RENDERED` in crates/wasmir-syntax/src/diag/render.rs). `$count` is a number, >= 1.
more-errors =
    { $count ->
        [one] { $count } more error not shown
       *[other] { $count } more errors not shown
    }
    .hint = fix the errors above and run again to see the rest; later errors are often consequences of earlier ones
