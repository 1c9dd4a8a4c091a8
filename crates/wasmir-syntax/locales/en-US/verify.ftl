# verify messages (en-US). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
# Codes and rules: crates/wasmir-verify/src/codes.rs and wasmir-spec/06-verifier.md.

e0200 = function `{$func}` has no blocks
    .label = defined here without a body
    .hint = a defined function needs at least an entry block that ends with a terminator, such as `^entry: trap`

e0201 = function name `{$func}` is used more than once
    .label = defined again here
    .hint = function names are unique in a module: rename one of them
    .first = first defined here

e0202 = export name {$name} is used more than once
    .label = exported again here
    .hint = export names are unique in a module: rename or remove one of the exports
    .first = first exported here

e0203 = { $kind ->
        [memory] export {$name} refers to a memory that does not exist ({$func})
        [global] export {$name} refers to a global that does not exist ({$func})
        [table] export {$name} refers to a table that does not exist ({$func})
       *[fn] export {$name} refers to a function that does not exist ({$func})
    }
    .label = exported here
    .hint = export an entity that the module defines or imports

e0204 = entry block `{$block}` takes {$found}, but `{$func}` has parameters {$expected}
    .label = entry block parameters
    .hint = the entry block receives the function's arguments: give it one parameter per signature parameter, with the same types, in order
    .sig = signature declared here

e0205 = branch to the entry block `{$block}`
    .label = branches to the entry block
    .hint = the entry block runs once, on function entry, and has no predecessors: move its body into a new block and branch there
    .entry = entry block declared here

e0206 = block `{$block}` does not end with a terminator
    .label = the block ends here
    .hint = end the block with `br`, `br_if`, `switch`, `return` or `trap`
    .block = block declared here

e0207 = terminator `{$inst}` is not the last instruction of block `{$block}`
    .label = ends the block early
    .hint = remove the instructions after it, or move them into a new block
    .block = block declared here

e0208 = block `{$block}` appears more than once in the layout
    .label = laid out again
    .hint = each block is laid out once; the pass or producer that built this IR has a bug

e0209 = instruction `{$inst}` is listed more than once in the layout
    .label = listed again here
    .hint = an instruction belongs to one block, once; the pass or producer that built this IR has a bug

e0210 = { $kind ->
        [block] block `{$entity}` does not exist
        [inst] instruction `{$entity}` does not exist
       *[value] value `{$entity}` does not exist
    }
    .label = named here
    .hint = the function's arenas have no such entity; the pass or producer that built this IR has a bug

e0211 = branch target `{$block}` is not a block of `{$func}`'s layout
    .label = branches here
    .hint = branch to a laid-out block, or add the block to the layout

e0212 = wrong number of operands for `{$inst}`: expected {$expected}, found {$found}
    .label = this instruction
    .hint = `{$inst}` takes operands of types {$types}
    .sig = signature declared here

e0213 = mismatched operand type for `{$inst}`: expected {$expected}, found {$found}
    .label = operand {$index} has type {$found}
    .hint = operand {$index} of `{$inst}` must have type {$expected}, and WasmIR has no implicit conversions: convert `{$value}` to {$expected} first
    .def = `{$value}` defined here
    .sig = signature declared here

e0214 = wrong number of results for `{$inst}`: expected {$expected}, found {$found}
    .label = this instruction
    .hint = `{$inst}` defines results of types {$types}
    .sig = signature declared here

e0215 = mismatched result type for `{$inst}`: expected {$expected}, found {$found}
    .label = result {$index} has type {$found}
    .hint = result {$index} of `{$inst}` has type {$expected}; a result's type is fixed by its instruction
    .sig = signature declared here

e0216 = call to a function that does not exist ({$func})
    .label = this call
    .hint = call a function that the module defines or imports

e0217 = wrong number of arguments for block `{$block}`: expected {$expected}, found {$found}
    .label = this branch
    .hint = pass one argument per parameter of `{$block}`, of types {$types}
    .block = block declared here

e0218 = mismatched argument type for block `{$block}`: expected {$expected}, found {$found}
    .label = argument {$index} (`{$value}`) has type {$found}
    .hint = argument {$index} becomes a parameter of type {$expected}: convert `{$value}` first, or change the parameter's type
    .param = parameter declared here

e0219 = `switch` operand has type {$found}, expected i32 or i64
    .label = not an integer
    .hint = switch on an integer: compare floats with `f64.lt` etc. and use `br_if`
    .def = `{$value}` defined here

e0220 = duplicate `switch` case {$value}
    .label = case repeated here
    .hint = each case value appears once; remove this case or merge the two targets
    .first = first case with this value

e0221 = `switch` case {$value} does not fit in {$ty}
    .label = case out of range
    .hint = case values of a switch on {$ty} range over the type's bit patterns (-2147483648 to 4294967295 as written)

e0222 = value `{$value}` is used but never defined
    .label = undefined value
    .hint = define it as a block parameter or an instruction result in a block of the function's layout

e0223 = use of `{$value}` is not dominated by its definition
    .label = used here
    .hint = { $where ->
        [same] inside `{$block}`, `{$value}` is visible only after its definition: move the definition up
       *[other] a value is visible after its definition in `{$block}` and in the blocks that `{$block}` dominates; pass it as a block argument instead
    }
    .def = defined here

e0224 = value `{$value}` is defined more than once
    .label = defined again here
    .hint = SSA values have one definition; the pass or producer that built this IR has a bug
    .first = first defined here

e0225 = value `{$value}` is recorded as {$recorded} but defined as {$actual}
    .label = defined here
    .hint = `ValueData::def` must name the block parameter or instruction result that defines the value; the pass or producer that built this IR has a bug

e0226 = { $kind ->
        [module] import module name {$name} is {$bytes} bytes long, over WebAssembly's limit of {$limit} bytes
        [field] import field name {$name} is {$bytes} bytes long, over WebAssembly's limit of {$limit} bytes
       *[export] export name {$name} is {$bytes} bytes long, over WebAssembly's limit of {$limit} bytes
    }
    .label = name too long
    .hint = engines reject a module with a name longer than {$limit} bytes of UTF-8: use a shorter name (for an import, the host must provide the function under that name)

e0227 = function `{$func}` has {$count} parameters, over WebAssembly's limit of {$limit}
    .label = parameters from here on are past the limit
    .hint = engines reject a function type with more than {$limit} parameters: pass the rest in fewer values (pack small integers into an i64, for example), or split the function

e0228 = function `{$func}` has {$count} results, over WebAssembly's limit of {$limit}
    .label = results from here on are past the limit
    .hint = engines reject a function type with more than {$limit} results: return fewer values (pack small integers into an i64, for example), or split the function

e0229 = the module has {$count} functions, over WebAssembly's limit of {$limit}
    .label = the first function past the limit
    .hint = engines reject a module with more than {$limit} functions, imported ones included: split the module into several

e0230 = the module imports {$count} functions, over WebAssembly's limit of {$limit} imports
    .label = the first import past the limit
    .hint = engines reject a module with more than {$limit} imports: import fewer functions, for example one that dispatches on an argument

e0231 = the module has {$count} exports, over WebAssembly's limit of {$limit}
    .label = the first export past the limit
    .hint = engines reject a module with more than {$limit} exports: export fewer functions, or split the module into several

e0232 = `{$inst}` is written without immediates
    .label = immediates missing
    .hint = `{$inst}` takes immediates {$expected} after its name, as in `{$inst}{$expected}`

e0233 = { $expected ->
        [none] `{$inst}` takes no immediates, found {$found}
       *[other] `{$inst}` takes immediates {$expected}, found {$found}
    }
    .label = wrong immediates
    .hint = { $expected ->
        [none] remove the brackets after `{$inst}`
       *[other] write the immediates of `{$inst}` as {$expected}
    }

e0234 = `{$inst}` accesses memory `{$memory}`, which does not exist
    .label = unknown memory
    .hint = name the module's memory, declared with `memory $heap 1`

e0235 = `{$inst}` names global `{$global}`, which does not exist
    .label = unknown global
    .hint = declare the global, as in `global $g: i32 mut = 0`, or name an existing one

e0236 = slot `{$slot}` is not a slot of `{$func}`
    .label = unknown slot
    .hint = declare the slot at the top of the function's body, as in `slot #buf: 16 align 8`

e0237 = data item `{$data}` does not exist
    .label = unknown data item
    .hint = declare the data item, as in `data $msg = "hello"`, or name an existing one

e0238 = `{$inst}` names table `{$table}`, which does not exist
    .label = unknown table
    .hint = declare the table, as in `table $fns: funcref`, or name an existing one

e0239 = `call_indirect` names signature `{$sig}`, which does not exist
    .label = unknown signature
    .hint = declare the signature, as in `type $sig = fn(i32) -> i32`, or name an existing one

e0240 = `fn.index` names function `{$func}`, which does not exist
    .label = unknown function
    .hint = take the index of a function the module defines or imports

e0241 = `{$inst}` has alignment {$align}, but it accesses {$width} bytes
    .label = invalid alignment
    .hint = `align` is a power of two no larger than the access width ({$width} bytes); leave it out to use the access width

e0242 = `global.set` writes immutable global `{$global}`
    .label = the global is not `mut`
    .hint = declare the global mutable, as in `global $g: i32 mut = 0`, or do not write it
    .decl = declared here

e0243 = { $kind ->
        [slot] function `{$func}` declares stack slot `{$what}`, but the module declares no memory
        [data] data item `{$what}` needs a memory, but the module declares none
       *[inst] `{$what}` in `{$func}` uses memory, but the module declares none
    }
    .label = uses memory
    .hint = declare `memory $heap 1` (stack slots and data items live in the module's memory)

e0244 = the module declares {$count} memories, but WasmIR 0.2 allows {$limit}
    .label = memory `{$memory}` is one too many
    .hint = use a single memory: multiple memories are deferred past WasmIR 0.2

e0245 = { $problem ->
        [min] memory `{$memory}` starts with {$min} pages, over the limit of {$limit}
        [max] memory `{$memory}` may grow to {$max} pages, over the limit of {$limit}
       *[order] memory `{$memory}` starts with {$min} pages, more than its maximum of {$max}
    }
    .label = invalid limits
    .hint = a memory's limits satisfy min <= max <= {$limit} pages of 64 KiB (4 GiB with `i32` addresses)

e0246 = global `{$global}` has type {$expected}, but its initial value has type {$found}
    .label = mismatched initial value
    .hint = give the global an initial literal of type {$expected}

e0247 = imported global `{$global}` has an initial value
    .label = imported with a value
    .hint = the host provides an imported global's value: remove the `= literal`

e0248 = global `{$global}` has no initial value
    .label = defined without a value
    .hint = a global defined by the module needs an initial literal, as in `= 0` for {$ty}

e0249 = data item `{$data}` has alignment {$align}, which is not a power of two of at most {$limit}
    .label = invalid alignment
    .hint = use `align 1`, `align 2`, `align 4`, ... up to `align {$limit}`

e0250 = stack slot `{$slot}` has alignment {$align}, which is not a power of two of at most {$limit}
    .label = invalid alignment
    .hint = use `align 1`, `align 2`, `align 4`, ... up to `align {$limit}`

e0251 = stack slot `{$slot}` has {$size} bytes, over the limit of {$limit}
    .label = slot too large
    .hint = a stack slot holds at most {$limit} bytes: allocate large objects in memory, for example in a data item

e0252 = data item `{$data}` has {$size} bytes, over the limit of {$limit}
    .label = data item too large
    .hint = a data item holds at most {$limit} bytes, the size of a 32-bit memory: split it or make it smaller

e0253 = address `{$data}` + {$addend} is past the end of `{$data}`, which has {$size} bytes
    .label = addend too large
    .hint = an address into a data item may point at most one byte past its end: use an addend of at most {$size}
    .decl = data item declared here

e0254 = `{$name}` is declared more than once
    .label = declared again here ({$kind})
    .hint = memories, globals, tables, types and data items share one namespace of `$` names: rename one of them
    .first = first declared here ({$first_kind})

e0255 = global `{$global}` has type i128
    .label = an i128 global
    .hint = wasm globals hold at most 64 bits: keep the value in memory (a data item or a slot), or in two i64 globals

e0256 = use of moved value `{$value}`
    .label = value used here after it was moved
    .moved = value moved here
    .maybe = value moved here, on some path to the use
    .hint = a consuming use (a call taking `own`/`linear`, a branch argument to an owning parameter, `return`, `drop`) ends the value: use it before the move, or pass it on and use what comes back

e0257 = value `{$value}` moved twice
    .label = value moved again here
    .first = first moved here
    .loop = moved here, in the previous iteration of the loop
    .hint = an `own` or `linear` value is consumed at most once on every path: consume it once, or carry a fresh value into each iteration as a block parameter

e0258 = linear value `{$value}` is never consumed
    .label = linear value defined here
    .exit = dropped implicitly when the function returns here
    .hint = a `linear` value is consumed exactly once on every path that returns: pass it to a function that takes it, return it, or end it with `drop` after calling its destructor

e0259 = linear value `{$value}` is not consumed on a path that returns
    .label = returns without consuming `{$value}`
    .def = linear value defined here
    .other = consumed here, on another path
    .hint = consume the value on this path too (a call that takes it, `return`, or `drop`), or make the path end in `trap`

e0260 = `{$value}` is consumed on some paths into block `{$block}` and not on others
    .label = the paths meet here
    .moved = consumed here
    .hint = after a join a `linear` value or a borrow must be either consumed on every incoming path or on none: consume it on the other path too, or pass it to the block as a block argument

e0261 = `{$value}` is {$found}, but this position takes {$expected}
    .label = {$expected} expected here
    .def = `{$value}` defined here
    .hint = { $fix ->
        [mint] make an obligation from trivial bits explicitly: `%v = own %x` or `%v = linear %x`
        [borrow] borrow the owner for the call: pass the `own` or `linear` value itself, or `%b = borrow %x` and `end_borrow %b` after the use
        [end] `end_borrow` ends a scope opened by `borrow` or `borrow mut` in this function; a borrowed parameter stays borrowed for the whole call
       *[other] ownership kinds match exactly at consuming positions: an `own` value goes where `own` is expected, a `linear` value where `linear` is
    }

e0262 = cannot move out of `{$value}` because it is borrowed
    .label = move out of `{$value}` while it is borrowed
    .borrow = borrow of `{$value}` begins here
    .hint = end the borrow (`end_borrow`) before the move, or move the value after the last use of the borrow

e0263 = borrow `{$borrow}` outlives its owner `{$value}`
    .label = `{$value}` is ended here while still borrowed
    .borrow = borrow begins here
    .hint = end every borrow of a value before the value itself is dropped or ended: move the `end_borrow` of the borrow before this instruction

e0264 = conflicting access to `{$value}` during { $flavour ->
        [mut] an exclusive borrow
       *[shared] a shared borrow
    }
    .label = { $flavour ->
        [mut] `{$value}` used here while it is exclusively borrowed
       *[shared] `{$value}` exclusively borrowed here while a shared borrow is live
    }
    .borrow = { $flavour ->
        [mut] exclusive borrow begins here
       *[shared] shared borrow begins here
    }
    .hint = an exclusive borrow (`borrow mut`) excludes every other access to its owner until its `end_borrow`: end it first, or use the borrow instead of the owner

e0265 = borrow `{$borrow}` is not ended on a path that returns
    .label = returns while `{$borrow}` is live
    .borrow = borrow begins here
    .hint = close every borrow scope with `end_borrow` on every path that returns

e0266 = linear value `{$value}` is written to { $place ->
        [global] a global
        [table] a table of trivial references
       *[memory] memory
    }
    .label = the verifier cannot follow a linear value stored here
    .def = linear value defined here
    .hint = linear values live only in SSA values and owning tables: pass the value along as a block argument or to a function that takes it, and store only trivial bits

e0267 = `{$kind}` is not allowed on { $place ->
        [result] a function result
       *[param] the parameter of a block other than the entry block
    }
    .label = `{$kind}` here
    .hint = a borrow lives inside one function body and never crosses a branch or a return: pass the owner instead, or end the borrow and borrow again in the other block

e0268 = table `{$table}` has element type `{$ty}`, which is not a reference type
    .label = not a reference type
    .hint = a table holds references: declare it `funcref` (functions, for `call_indirect`) or `externref` (host values)

e0269 = a reference type `{$ty}` is not allowed { $place ->
        [global] as the type of global `{$what}`
        [data] in data item `{$what}`
       *[const] in a constant (`{$what}`)
    }
    .label = reference type here
    .hint = references live in SSA values and tables only: keep the reference in a table (`table.set`), or make a null one with `externref.null`/`funcref.null`

e0270 = `{$inst}` needs a `funcref` table, but `{$table}` holds `{$ty}`
    .label = table of `{$ty}`
    .decl = table declared here
    .hint = functions are called and indexed through a `funcref` table: declare one, as in `table $fns: funcref`, and name it here

# Added to a diagnostic whose instruction carries a source location (`loc`, spec §2.2 D9).
note-source = from {$loc}
