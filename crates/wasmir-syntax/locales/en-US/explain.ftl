# Long explanations of the diagnostic codes, shown by `wirc explain CODE` (en-US).
# One message `eNNNN-explain` per code, in the style of rustc's error index. No variables:
# braces in examples are written as the string literals {"{"} and {"}"}.

e0001-explain =
    A character that starts no token.
    The lexer knows sigils (`@ % ^ $ #`), identifiers, numbers, strings, `x"..."` byte strings, punctuation and `;` comments (wasmir-spec/02-text-format.md §2.1); anything else is rejected, and the file is not parsed.

    Erroneous example:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return // done
    {"    }"}

    Fix: write comments with `;` (`return ; done`), and quote names with other characters, as in `@"core::fmt"`.

e0002-explain =
    A token that the grammar does not allow at this place.
    The message lists the tokens that could have come instead (grammar: wasmir-spec/02-text-format.md §2.2). After the error the parser skips to the next statement or item, so one run reports several mistakes.

    Erroneous example:

        wasmir 0.2
        fn @f(i32 -> i32 {"{"}
        ^entry(%x: i32):
            return %x
    {"    }"}

    Fix: write what the message expects; here close the parameter list: `fn @f(i32) -> i32 {"{"}`.

e0003-explain =
    The file ends in the middle of a construct (wasmir-spec/02-text-format.md §2.2).
    Usually a function body lacks its closing brace, or the file was truncated.

    Erroneous example:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return

    Fix: complete the construct; here add the closing `{"}"}` after `return`.

e0004-explain =
    A string without its closing quote on the same line.
    Strings and quoted names are on one line (wasmir-spec/02-text-format.md §2.1), so that a missing quote cannot swallow the rest of the file.

    Erroneous example:

        wasmir 0.2
        export "f fn @f
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Fix: close the string: `export "f" fn @f`. Write a line break inside a string as `\n`.

e0005-explain =
    A word reserved for a later version of WasmIR is used as a bare word.
    `load`, `store`, `own`, `linear`, `borrow`, `drop`, `externref`, `shared`, `atomic`, `component`, `v128` and `ptr64` are reserved (wasmir-spec/02-text-format.md §2.1, wasmir-spec/09-reserved.md), so that later versions can give them a meaning without breaking existing files.

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = load %p
            return %v
    {"    }"}

    Fix: use the operator of the current version (`i32.load[$heap] %p`). As names the words are ordinary: `%load`, `^drop`, `@store` are allowed.

e0006-explain =
    An unknown escape in a string or quoted name, or a `\u{"{"}...{"}"}` that is not a Unicode scalar value.
    Strings accept only `\\`, `\"`, `\n`, `\t` and `\u{"{"}HEX{"}"}` (wasmir-spec/02-text-format.md §2.1), so that every string has one meaning.

    Erroneous example:

        wasmir 0.2
        import "env" "log\q" fn @log(i32)

    Fix: remove the backslash, or use one of the accepted escapes, as in `"log\u{"{"}2D{"}"}x"`. Surrogates such as `\u{"{"}D800{"}"}` are not scalar values.

e0007-explain =
    A sigil followed by neither an identifier nor, where allowed, digits.
    After `%`, `^` and `#` comes an identifier or digits, after `@` and `$` an identifier (wasmir-spec/02-text-format.md §2.1). Function and entity names are never anonymous, so `@12` and `$0` are malformed, as are `%3x` and a lone `%`.

    Erroneous example:

        wasmir 0.2
        fn @12() {"{"}
        ^entry:
            return
    {"    }"}

    Fix: use an identifier (`@f12`), or quote the name: `@"12"`.

e0100-explain =
    The file does not start with the `wasmir` header.
    Every module starts with `wasmir MAJOR.MINOR`, so that a reader knows which version of the format it reads (wasmir-spec/02-text-format.md §2.2, wasmir-spec/08-versioning.md).

    Erroneous example:

        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Fix: add the header line as the first item: `wasmir 0.2`. Comments may come before it.

e0101-explain =
    The header names a version that this build does not read.
    A reader accepts a module of its own major version and a minor version up to its own; it never guesses the meaning of another version (wasmir-spec/08-versioning.md). The message names the versions this build reads.

    Erroneous example:

        wasmir 1.0
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Fix: write a version this build reads (`wasmir 0.2`), after checking that the module uses only its features, or use a toolchain that reads the newer version.

e0102-explain =
    The header's version is not of the form `MAJOR.MINOR` (wasmir-spec/08-versioning.md).
    Both parts are decimal numbers separated by one dot.

    Erroneous example:

        wasmir 2
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Fix: write both numbers: `wasmir 0.2`.

e0103-explain =
    An operator name that is not in the operator table.
    The operators are those of wasmir-spec/04-instructions.md (name resolution: wasmir-spec/02-text-format.md §2.3); an operator name starts with its type, as in `i32.add` or `ptr.add`. The hint suggests a close name when there is one.

    Erroneous example:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %y = i32.plus %x, %x
            return %y
    {"    }"}

    Fix: use an operator of the table: `%y = i32.add %x, %x`.

e0104-explain =
    A `%value` that no block parameter or instruction result of the function defines.
    Values are local to their function and are defined only as block parameters or results (wasmir-spec/02-text-format.md §2.3). A definition may come later in the text: whether it dominates the use is the verifier's rule (E0223).

    Erroneous example:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            return %y
    {"    }"}

    Fix: define the value, or correct its spelling: `return %x`.

e0105-explain =
    A `^block` that is not a block of the function.
    A branch targets a block of its own function (wasmir-spec/02-text-format.md §2.3, wasmir-spec/05-control-flow.md).

    Erroneous example:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            br ^exit
    {"    }"}

    Fix: define the block, or correct the label:

        ^entry:
            br ^exit
        ^exit:
            return

e0106-explain =
    An `@function` that the module neither defines nor imports.
    Calls, exports and `fn.index` name functions of the module; names are resolved over the whole module first, so a function may be defined after its use (wasmir-spec/02-text-format.md §2.3).

    Erroneous example:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            call @g()
            return
    {"    }"}

    Fix: define `@g` (`fn @g() {"{"}...{"}"}`) or import it: `import "env" "g" fn @g()`.

e0107-explain =
    A value name defined twice in one function.
    Each block parameter and instruction result has its own name, anonymous names such as `%3` included (wasmir-spec/02-text-format.md §2.3): WasmIR is in SSA form, one definition per value.

    Erroneous example:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %x = i32.add %x, %x
            return %x
    {"    }"}

    Fix: give the new value a new name: `%y = i32.add %x, %x` and `return %y`.

e0108-explain =
    A block label defined twice in one function.
    A branch names its target by label, so each label denotes one block (wasmir-spec/02-text-format.md §2.3).

    Erroneous example:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            br ^a
        ^a:
            br ^a
        ^a:
            return
    {"    }"}

    Fix: rename one of the blocks and its branches.

e0109-explain =
    A function name defined twice in the module.
    Imported and defined functions share one namespace, since calls and exports name a function by its name (wasmir-spec/02-text-format.md §2.3, wasmir-spec/06-verifier.md §6.1.1).

    Erroneous example:

        wasmir 0.2
        import "env" "f" fn @f()
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Fix: rename one of them, for example the import to `@env_f`.

e0110-explain =
    A literal that does not fit its type.
    `iN.const` takes an integer of the signed or unsigned range of N bits, `ptr` 32 bits; pages, sizes, alignments, offsets and addends are 0 to 2^32-1; a float must be finite in its type, `inf` or a `nan` with a valid payload; a `switch` case has the operand's type (wasmir-spec/02-text-format.md §2.3, wasmir-spec/03-module-and-types.md §3.5).

    Erroneous example:

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 5000000000
            return %x
    {"    }"}

    Fix: use a literal in range, or a wider type (`i64.const 5000000000`).

e0111-explain =
    The statement names more or fewer results than its instruction has.
    Each instruction defines exactly as many values as it has results: one for constants and most operators, the callee's result count for `call`, none for stores, `global.set`, `trapz`, `trapnz` and terminators (wasmir-spec/02-text-format.md §2.3).

    Erroneous example:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %a, %b = i32.add %x, %x
            return %a
    {"    }"}

    Fix: write one name per result (`%a = i32.add %x, %x`), and no `=` for an instruction without results.

e0112-explain =
    A float literal where an integer type is expected.
    WasmIR has no implicit conversions (wasmir-spec/02-text-format.md §2.3): `iN.const`, `ptr.const`, integer globals and `switch` cases take integers.

    Erroneous example:

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 1.5
            return %x
    {"    }"}

    Fix: write an integer (`i32.const 1`), or a float constant and a conversion such as `i32.trunc_f64_s`.

e0113-explain =
    A `$name` that no memory, global, table, signature or data item of the module has.
    Entities are declared at module level and may be declared after their use (wasmir-spec/02-text-format.md §2.3, wasmir-spec/12-memory-and-module-entities.md).

    Erroneous example:

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get[$count]
            return %v
    {"    }"}

    Fix: declare the entity, here `global $count: i32 mut = 0`, or correct the name.

e0114-explain =
    A `$name` declared twice in the module.
    Memories, globals, tables, signatures and data items share one namespace, because an immediate names its entity by name alone (wasmir-spec/02-text-format.md §2.3, wasmir-spec/06-verifier.md §6.1.4).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        global $heap: i32 = 0

    Fix: rename one of them, for example `global $heap_base: i32 = 0`.

e0115-explain =
    A `$name` of another kind than its position expects, such as a global where a memory goes.
    An operator's format fixes the kind and the order of its immediates (wasmir-spec/02-text-format.md §2.2, wasmir-spec/04-instructions.md).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        global $g: i32 = 0
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load[$g] %p
            return %v
    {"    }"}

    Fix: name an entity of the right kind: `i32.load[$heap] %p`.

e0116-explain =
    The immediates in brackets do not match the operator's format: missing, unexpected, repeated or unknown.
    Each operator has one format: loads and stores take `[$mem, offset=N, align=A, notrap, aligned]`, `global.get` a global, `slot.addr` a slot, `data.addr` `[$data, addend=N]`, `fn.index` `[$table, @f]`; other operators take none (wasmir-spec/02-text-format.md §2.2). The hint shows the operator's form.

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load %p
            return %v
    {"    }"}

    Fix: write the immediates the format requires: `i32.load[$heap] %p`.

e0117-explain =
    A `#slot` that the function does not declare.
    Stack slots are local to their function and are declared before its first block (wasmir-spec/12-memory-and-module-entities.md §12.3.1).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Fix: declare the slot at the top of the body: `slot #buf: 8 align 4`.

e0118-explain =
    A stack slot declared twice in one function.
    `slot.addr` names a slot by name, so each slot of a function has its own name (wasmir-spec/12-memory-and-module-entities.md §12.3.1).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        fn @f() {"{"}
            slot #buf: 8
            slot #buf: 16
        ^entry:
            return
    {"    }"}

    Fix: rename one of the slots, or remove the repeated declaration.

e0119-explain =
    An `x"..."` byte string with a character that is not a hex digit, or an odd number of digits.
    Byte strings write each byte as two hex digits (wasmir-spec/02-text-format.md §2.1, wasmir-spec/12-memory-and-module-entities.md §12.5).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        data $d = x"abc"

    Fix: write two digits per byte: `x"0abc"` (or `x"abc0"`, whichever bytes were meant).

e0120-explain =
    A defined global without an initial value, or an imported global with one.
    A defined global starts with the value written after `=`; an imported one gets its value from the host (wasmir-spec/12-memory-and-module-entities.md §12.4).

    Erroneous example:

        wasmir 0.2
        global $count: i32 mut

    Fix: give the defined global a value (`global $count: i32 mut = 0`); remove `= ...` from an imported global.

e0121-explain =
    An instruction location without a file, in a function that has no `loc`.
    `loc LINE:COL` means a place in the function's own file, which the function's `loc "file" LINE:COL` names (wasmir-spec/02-text-format.md §2.2).

    Erroneous example:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return loc 3:5
    {"    }"}

    Fix: name the file (`return loc "src/lib.rs" 3:5`), or give the function a location: `fn @f() loc "src/lib.rs" 1:1 {"{"}`.

e0200-explain =
    A defined function has no block.
    A function with a body starts executing at its first block, the entry block (wasmir-spec/06-verifier.md §6.2.1). Text cannot break this rule (the parser or name resolution rejects the mistake first), so it comes from IR built in memory: an optimization pass (then wirc reports E0499) or a producer such as mir-export (E0513).

    Erroneous example (IR built in memory, printed):

        fn @f() {"{"}
    {"    }"}

    Fix: give the function an entry block that ends with a terminator, as in `^entry:` followed by `return`. If a pass produced it, report the bug with the input .wir file.

e0201-explain =
    Two functions, imported or defined, have the same name.
    Calls and exports name a function by its name, so a name must denote one function (wasmir-spec/06-verifier.md §6.1.1). In text, name resolution reports a repeated `@name` first as E0109; this code is for IR built in memory.

    Erroneous example (as text, reported as E0109):

        wasmir 0.2
        import "env" "f" fn @f()
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Fix: rename one of the functions (a producer should make names unique).

e0202-explain =
    Two exports have the same name string.
    The host looks exports up by name, and a wasm module with two exports of one name is invalid (wasmir-spec/06-verifier.md §6.1.2). One function may be exported under several names.

    Erroneous example:

        wasmir 0.2
        export "run" fn @f
        export "run" fn @f
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Fix: remove the repeated export, or give it another name: `export "run2" fn @f`.

e0203-explain =
    An export names a function, memory, global or table that does not exist.
    An export makes an entity of the module visible to the host, so the entity must exist; re-exporting an import is allowed (wasmir-spec/06-verifier.md §6.1.3). In text an unknown name is reported first as E0106 or E0113; this code is for IR built in memory.

    Erroneous example (as text, reported as E0106):

        wasmir 0.2
        export "main" fn @main

    Fix: define or import the exported entity (`fn @main() {"{"}...{"}"}`), or remove the export.

e0204-explain =
    The entry block's parameters differ from the function's signature.
    On entry the entry block's parameters hold the function's arguments, so they have exactly the signature's parameter types, in order (wasmir-spec/06-verifier.md §6.2.2).

    Erroneous example:

        wasmir 0.2
        fn @f(i64) -> i64 {"{"}
        ^entry(%x: i32):
            trap
    {"    }"}

    Fix: declare one parameter per signature parameter, with its type: `^entry(%x: i64):`.

e0205-explain =
    A branch targets the entry block.
    The entry block has no predecessors: its parameters are the function's arguments, and a wasm function body cannot jump back to its start (wasmir-spec/06-verifier.md §6.2.3).

    Erroneous example:

        wasmir 0.2
        fn @spin() {"{"}
        ^entry:
            br ^entry
    {"    }"}

    Fix: start the loop at a second block (wasmir-spec/05-control-flow.md §5.3):

        ^entry:
            br ^loop
        ^loop:
            br ^loop

e0206-explain =
    A block does not end with a terminator.
    The last instruction of every block is `br`, `br_if`, `switch`, `return` or `trap`: control never falls into the next block, so passes may reorder blocks freely (wasmir-spec/06-verifier.md §6.3.1).

    Erroneous example:

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 1
    {"    }"}

    Fix: end the block with a terminator, here `return %x`.

e0207-explain =
    A terminator is followed by more instructions in its block.
    A terminator ends its block; instructions after it could never run (wasmir-spec/06-verifier.md §6.3.2).

    Erroneous example:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return
            trap
    {"    }"}

    Fix: remove the unreachable instructions, or move them into a block of their own that a branch reaches.

e0208-explain =
    A block appears more than once in the function's layout.
    The layout is the list of a function's blocks; each block has one place in it (wasmir-spec/06-verifier.md §6.3.3). Text cannot break this rule (the parser or name resolution rejects the mistake first), so it comes from IR built in memory: an optimization pass (then wirc reports E0499) or a producer such as mir-export (E0513).

    Erroneous example (IR built in memory): a pass appends `^loop` to the layout again instead of moving it, so the printed function would list `^loop:` twice.

    Fix: a block is inserted into the layout once; remove it before inserting it elsewhere. Report the pass or producer that built it.

e0209-explain =
    An instruction is listed more than once in the laid-out blocks.
    An instruction belongs to one block at one position, where its results are defined (wasmir-spec/06-verifier.md §6.3.4). Text cannot break this rule (the parser or name resolution rejects the mistake first), so it comes from IR built in memory: an optimization pass (then wirc reports E0499) or a producer such as mir-export (E0513).

    Erroneous example (IR built in memory): a pass copies `%x = i32.add %a, %b` into another block without removing it from the first, so the same instruction, with the same result `%x`, is in both blocks.

    Fix: remove the instruction from its old block when moving it, or create a new instruction with new results. Report the pass or producer that built it.

e0210-explain =
    The IR names a block, instruction, value or branch target that does not exist in the function.
    Every laid-out block, its parameters, its instructions, their results and every branch target exist in the function's arenas (wasmir-spec/06-verifier.md §6.3.5). Text cannot break this rule (the parser or name resolution rejects the mistake first), so it comes from IR built in memory: an optimization pass (then wirc reports E0499) or a producer such as mir-export (E0513).

    Erroneous example (IR built in memory): a producer lays out a block index taken from another function, or an instruction index past the end of the arena.

    Fix: build the function's entities through the builder of that function only. Report the pass or producer that built it.

e0211-explain =
    A branch targets a block that is not in the layout.
    A block outside the layout has no code and no place in the emitted function (wasmir-spec/06-verifier.md §6.3.6). Text cannot break this rule (the parser or name resolution rejects the mistake first), so it comes from IR built in memory: an optimization pass (then wirc reports E0499) or a producer such as mir-export (E0513).

    Erroneous example (IR built in memory): a pass removes block `^exit` from the layout but leaves `br ^exit` in another block.

    Fix: redirect or remove every branch to a block before removing the block. Report the pass or producer that built it.

e0212-explain =
    An instruction has the wrong number of operands.
    Each operator takes as many operands as its row in the operator table says (wasmir-spec/04-instructions.md); a `call` as many as the callee's parameters, a `return` as many as the function's results (wasmir-spec/06-verifier.md §6.4.1).

    Erroneous example:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %y = i32.add %x
            return %y
    {"    }"}

    Fix: pass every operand: `%y = i32.add %x, %x`.

e0213-explain =
    An operand has the wrong type.
    WasmIR has no implicit conversions: `i32` and `i64` are different types, and so are integers and floats of one width. `br_if`, `trapz` and `trapnz` take an `i32` condition (wasmir-spec/06-verifier.md §6.4.2).

    Erroneous example:

        wasmir 0.2
        fn @f(i64) -> i64 {"{"}
        ^entry(%x: i64):
            %one = i32.const 1
            %y = i64.add %x, %one
            return %y
    {"    }"}

    Fix: use an operand of the right type (`%one = i64.const 1`), or convert it first (`i64.extend_i32_s`); compare a wide condition first (`i64.ne`).

e0214-explain =
    An instruction has the wrong number of results.
    Constants and operators have one result, a `call` as many as its callee returns, `trapz`, `trapnz` and terminators none (wasmir-spec/06-verifier.md §6.4.3). In text, the number of names before `=` is checked first (E0111); this code is for IR built in memory.

    Erroneous example (as text, reported as E0111):

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %a, %b = i32.add %x, %x
            return %a
    {"    }"}

    Fix: give the instruction exactly its results (`%a = i32.add %x, %x`).

e0215-explain =
    A result has the wrong type.
    The instruction fixes its result types; text never writes them, so only IR built in memory can break this rule: a pass that replaces an instruction by one of another type without retyping its results (wasmir-spec/06-verifier.md §6.4.4).

    Erroneous example (IR built in memory): a pass rewrites `%y = i32.add %a, %b` into `%y = i64.add %c, %d` but leaves `%y` typed `i32`.

    Fix: create the new instruction with new results, or retype the results with it. Report the pass or producer that built it.

e0216-explain =
    A `call` names a function that does not exist.
    A callee is a function of the module, defined or imported (wasmir-spec/06-verifier.md §6.4.5). In text an unknown `@name` is reported first as E0106; this code is for IR built in memory.

    Erroneous example (as text, reported as E0106):

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            call @missing()
            return
    {"    }"}

    Fix: define or import the callee, or call an existing function.

e0217-explain =
    A branch passes the wrong number of arguments to its target.
    A branch passes one argument per parameter of its target block: that is how values flow into a block (wasmir-spec/05-control-flow.md §5.1, wasmir-spec/06-verifier.md §6.4.6).

    Erroneous example:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            br ^exit
        ^exit(%r: i32):
            return %r
    {"    }"}

    Fix: pass one argument per parameter: `br ^exit(%x)`.

e0218-explain =
    A branch argument's type differs from the type of the target's parameter.
    WasmIR has no implicit conversions (wasmir-spec/06-verifier.md §6.4.7).

    Erroneous example:

        wasmir 0.2
        fn @f(i32) -> i64 {"{"}
        ^entry(%x: i32):
            br ^exit(%x)
        ^exit(%r: i64):
            return %r
    {"    }"}

    Fix: convert the argument first (`%w = i64.extend_i32_u %x` and `br ^exit(%w)`), or change the parameter's type.

e0219-explain =
    The operand of a `switch` is not an integer.
    A `switch` becomes a wasm `br_table` index or a chain of comparisons, so its operand is an `i32` or an `i64` (wasmir-spec/06-verifier.md §6.4.8).

    Erroneous example:

        wasmir 0.2
        fn @f(f64) {"{"}
        ^entry(%x: f64):
            switch %x, ^d, [0: ^d]
        ^d:
            return
    {"    }"}

    Fix: convert the operand to an integer first, for example with `i32.trunc_f64_s`, or compare floats with `f64.eq` and `br_if`.

e0220-explain =
    Two cases of one `switch` have the same value.
    Otherwise which target a value takes would depend on case order. Cases are compared as bit patterns of the operand's type, so in a switch on `i32`, `-1` and `4294967295` are the same case (wasmir-spec/06-verifier.md §6.4.9).

    Erroneous example:

        wasmir 0.2
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            switch %x, ^d, [1: ^d, 1: ^d]
        ^d:
            return
    {"    }"}

    Fix: remove the repeated case, or correct its value.

e0221-explain =
    A `switch` case value does not fit the operand's type.
    In a switch on `i32`, cases are 32-bit patterns; a larger case could never match (wasmir-spec/06-verifier.md §6.4.10). In text, case literals are read with the operand's type and a case out of range is reported first as E0110; this code is for IR built in memory.

    Erroneous example (as text, reported as E0110):

        wasmir 0.2
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            switch %x, ^d, [4294967296: ^d]
        ^d:
            return
    {"    }"}

    Fix: remove the case, or switch on an `i64`.

e0222-explain =
    An operand or branch argument is not defined in the function's layout.
    Every use is a value defined in a laid-out block of the same function; a value of a block the layout no longer lists is undefined (wasmir-spec/06-verifier.md §6.5.1). In text an unknown `%name` is reported first as E0104; this code is for IR built in memory.

    Erroneous example (IR built in memory): a pass removes block `^a`, which defines `%x`, but `^b` still uses `%x`.

    Fix: replace the uses of a value before removing its definition. Report the pass or producer that built it.

e0223-explain =
    A value is used where its definition has not necessarily run.
    A use in the defining block comes after the definition; a use in another block is dominated by the defining block: every path from the entry passes through it (wasmir-spec/06-verifier.md §6.5.2). That is what makes a value available without a block parameter.

    Erroneous example:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%c: i32):
            br_if %c, ^a, ^b
        ^a:
            %x = i32.const 1
            br ^b
        ^b:
            return %x
    {"    }"}

    Fix: pass the value as a block argument on every path (`^b(%r: i32)`, `br ^b(%x)` and a value from `^entry`), or define it in a dominating block.

e0224-explain =
    A value is defined more than once.
    A value is one block parameter or one instruction result, not two (wasmir-spec/06-verifier.md §6.5.3). In text a repeated `%name` is reported first as E0107; this code is for IR built in memory.

    Erroneous example (as text, reported as E0107):

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %x = i32.add %x, %x
            return %x
    {"    }"}

    Fix: give each definition its own value.

e0225-explain =
    A value's definition record disagrees with where the layout defines it.
    Each value records where it is defined (parameter k of a block, or result k of an instruction); passes read the record to find a definition without a search (wasmir-spec/06-verifier.md §6.5.4). Text cannot break this rule (the parser or name resolution rejects the mistake first), so it comes from IR built in memory: an optimization pass (then wirc reports E0499) or a producer such as mir-export (E0513).

    Erroneous example (IR built in memory): a pass moves `%x` from the results of one instruction to another's without updating its record.

    Fix: update a value's definition through the IR's API, which keeps the record. Report the pass or producer that built it.

e0226-explain =
    An import's module or field name, or an export's name, is longer than 100,000 bytes.
    Engines reject wasm names over 100,000 bytes of UTF-8 (the JS API's implementation limits, V8, wasmparser), so WasmIR rejects them first (wasmir-spec/06-verifier.md §6.7.1). Bytes are counted, not characters.

    Erroneous example (abridged):

        wasmir 0.2
        export "aaaa...a (100,001 bytes)" fn @f

    Fix: use a shorter name.

e0227-explain =
    A signature has more than 1,000 parameters.
    Engines reject functions with more than 1,000 parameters (wasmir-spec/06-verifier.md §6.7.2).

    Erroneous example (abridged):

        wasmir 0.2
        import "env" "f" fn @f(i32, i32, ..., i32)   ; 1,001 parameters

    Fix: pass the arguments in memory (a pointer to a struct or an array) instead.

e0228-explain =
    A signature has more than 1,000 results.
    Engines reject functions with more than 1,000 results (wasmir-spec/06-verifier.md §6.7.3).

    Erroneous example (abridged):

        wasmir 0.2
        fn @f() -> (i32, i32, ..., i32)   ; 1,001 results

    Fix: return the values through memory: take a pointer to an output buffer.

e0229-explain =
    The module has more than 1,000,000 functions, imported and defined together.
    Engines reject modules with more functions (wasmir-spec/06-verifier.md §6.7.4). The diagnostic is reported once, at the 1,000,001st function.

    Erroneous example: a generated module with `fn @f0` ... `fn @f1000000`.

    Fix: split the program into several modules, or let `dead-funcs` (at -O1 and -O2) remove the functions nothing reaches.

e0230-explain =
    The module has more than 100,000 imports.
    Engines reject modules with more imports (V8's limit, wasmir-spec/06-verifier.md §6.7.5). The diagnostic is reported once, at the 100,001st import.

    Erroneous example: a generated module with `import "env" "f0" fn @f0()` ... `import "env" "f100000" fn @f100000()`.

    Fix: import fewer functions, for example one that dispatches on an argument.

e0231-explain =
    The module has more than 100,000 exports.
    Engines reject modules with more exports (V8's limit, wasmir-spec/06-verifier.md §6.7.6). The diagnostic is reported once, at the 100,001st export.

    Erroneous example: a generated module with `export "f0" fn @f0` ... `export "f100000" fn @f100000`.

    Fix: export fewer functions, for example one that dispatches on an argument, or split the module.

e0232-explain =
    An operator that carries immediates is written without them.
    Loads, stores, `memory.*`, `global.get`/`global.set`, `slot.addr`, `data.addr` and `fn.index` name their entities in immediates (wasmir-spec/06-verifier.md §6.8.1). In text the missing brackets are reported first as E0116; this code is for IR built in memory.

    Erroneous example (as text, reported as E0116):

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get
            return %v
    {"    }"}

    Fix: give the instruction the immediates of its format: `global.get[$g]`.

e0233-explain =
    An instruction's immediates are not those of its operator's format.
    A load takes a memory argument, `global.get` a global, `slot.addr` a slot, and so on; without the right immediates the instruction has no types to check (wasmir-spec/06-verifier.md §6.8.1). In text the mistake is reported first as E0116 or E0115; this code is for IR built in memory.

    Erroneous example (IR built in memory): `global.get` built with the immediates of a load, a memory argument instead of a global.

    Fix: build each instruction with the immediates of its operator's format. Report the pass or producer that built it.

e0234-explain =
    An immediate names a memory that does not exist.
    The memory argument of a load or store, and the memory of `memory.size`, `memory.grow`, `memory.copy` and `memory.fill`, is a memory of the module (wasmir-spec/06-verifier.md §6.8.2). In text an unknown `$name` is reported first as E0113; this code is for IR built in memory, such as an access naming memory 1 in a module with one memory.

    Erroneous example (as text, reported as E0113):

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %n = memory.size[$heap]
            return %n
    {"    }"}

    Fix: declare the memory (`memory $heap 1`) or name the module's memory.

e0235-explain =
    `global.get` or `global.set` names a global that does not exist.
    The global gives the instruction its type, so it must exist (wasmir-spec/06-verifier.md §6.8.2). In text an unknown `$name` is reported first as E0113; this code is for IR built in memory.

    Erroneous example (as text, reported as E0113):

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get[$count]
            return %v
    {"    }"}

    Fix: declare the global (`global $count: i32 mut = 0`) or name an existing one.

e0236-explain =
    `slot.addr` names a slot that its function does not declare.
    Slots are local to their function: a slot of another function is not in this one's frame (wasmir-spec/06-verifier.md §6.8.2, wasmir-spec/12-memory-and-module-entities.md §12.3.1). In text an unknown `#slot` is reported first as E0117; this code is for IR built in memory.

    Erroneous example (as text, reported as E0117):

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Fix: declare the slot in this function: `slot #buf: 8`.

e0237-explain =
    `data.addr`, as an instruction or a data part, names a data item that does not exist (wasmir-spec/06-verifier.md §6.8.2).
    In text an unknown `$name` is reported first as E0113; this code is for IR built in memory.

    Erroneous example (as text, reported as E0113):

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = data.addr[$msg]
            return %p
    {"    }"}

    Fix: declare the data item (`data $msg = "hello"`) or name an existing one.

e0238-explain =
    `fn.index` or `call_indirect`, or a data part, names a table that does not exist (wasmir-spec/06-verifier.md §6.8.2).
    In text an unknown `$name` is reported first as E0113; this code is for IR built in memory.

    Erroneous example (as text, reported as E0113):

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$fns, @f]
            return %i
    {"    }"}

    Fix: declare the table (`table $fns: funcref`) or name an existing one.

e0239-explain =
    `call_indirect` names a signature that does not exist.
    The signature gives the call its argument and result types, and is checked against the callee at run time (wasmir-spec/06-verifier.md §6.8.2, wasmir-spec/12-memory-and-module-entities.md §12.6). In text an unknown `$name` is reported first as E0113; this code is for IR built in memory.

    Erroneous example (as text, reported as E0113):

        wasmir 0.2
        table $fns: funcref
        fn @f(i32) {"{"}
        ^entry(%i: i32):
            call_indirect[$fns, $sig] %i()
            return
    {"    }"}

    Fix: declare the signature (`type $sig = fn()`) or name an existing one.

e0240-explain =
    `fn.index`, as an instruction or a data part, names a function that does not exist (wasmir-spec/06-verifier.md §6.8.2).
    In text an unknown `@name` is reported first as E0106; this code is for IR built in memory.

    Erroneous example (as text, reported as E0106):

        wasmir 0.2
        table $fns: funcref
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$fns, @g]
            return %i
    {"    }"}

    Fix: define or import the function, or name an existing one.

e0241-explain =
    A load's or store's `align` is not a power of two no larger than the bytes it accesses.
    wasm requires its alignment hint to be a power of two at most the access width: 1 for `i32.load8_u`, 8 for `i64.load` (wasmir-spec/06-verifier.md §6.8.3).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load[$heap, align=8] %p
            return %v
    {"    }"}

    Fix: use an alignment of at most the width (`align=4`), or leave it out (the default is the width).

e0242-explain =
    `global.set` writes a global declared without `mut`.
    An immutable global keeps its initial value, as in wasm (wasmir-spec/06-verifier.md §6.8.4).

    Erroneous example:

        wasmir 0.2
        global $step: i32 = 3
        fn @f() {"{"}
        ^entry:
            %x = i32.const 1
            global.set[$step] %x
            return
    {"    }"}

    Fix: declare the global mutable (`global $step: i32 mut = 3`), or do not write it.

e0243-explain =
    The module uses memory but declares none.
    Loads, stores, `memory.*` operators, stack slots (they live in the shadow stack) and data items all need the module's memory (wasmir-spec/06-verifier.md §6.8.5).

    Erroneous example:

        wasmir 0.2
        data $msg = "hello"

    Fix: declare a memory, `memory $heap 1`, or import one: `import "env" "memory" memory $heap 1`.

e0244-explain =
    The module declares more than one memory.
    WasmIR 0.2 allows one memory, imported or defined; multiple memories are deferred, though every access already names its memory (wasmir-spec/06-verifier.md §6.9.1).

    Erroneous example:

        wasmir 0.2
        memory $a 1
        memory $b 1

    Fix: keep one memory and place all data in it.

e0245-explain =
    A memory's limits are not `min <= max <= 65536` pages.
    A page is 64 KiB, and 65,536 pages are the 4 GiB that `i32` addresses reach (wasmir-spec/06-verifier.md §6.9.2).

    Erroneous example:

        wasmir 0.2
        memory $heap 2 max 1

    Fix: make the minimum at most the maximum (`memory $heap 1 max 2`), both at most 65536.

e0246-explain =
    A global's initial value has another type than the global.
    The initial value is the global's value before any write, so it has the global's type (wasmir-spec/06-verifier.md §6.9.3). Text reads the literal with the global's type, so only IR built in memory can break this rule.

    Erroneous example (IR built in memory): `global $g: i64 = 0` whose initial constant was built as an `i32.const 0`.

    Fix: build the initial constant with the global's type. Report the producer that built it.

e0247-explain =
    An imported global has an initial value.
    The host provides an imported global's value when it instantiates the module (wasmir-spec/06-verifier.md §6.9.4). In text this is reported first as E0120; this code is for IR built in memory.

    Erroneous example (as text, reported as E0120):

        wasmir 0.2
        import "env" "g" global $g: i32 = 0

    Fix: remove the initial value: `import "env" "g" global $g: i32`.

e0248-explain =
    A defined global has no initial value.
    A global's value before any write is its initial value (wasmir-spec/06-verifier.md §6.9.4). In text this is reported first as E0120; this code is for IR built in memory.

    Erroneous example (as text, reported as E0120):

        wasmir 0.2
        global $count: i32 mut

    Fix: give the global an initial value: `global $count: i32 mut = 0`.

e0249-explain =
    A data item's alignment is not a power of two of at most 65,536.
    Data items are placed in memory at an address that is a multiple of their alignment (wasmir-spec/06-verifier.md §6.9.5, wasmir-spec/12-memory-and-module-entities.md §12.5).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        data $d align 3 = "abc"

    Fix: use a power of two: `data $d align 4 = "abc"`.

e0250-explain =
    A stack slot's alignment is not a power of two of at most 65,536.
    Slots are placed in the function's frame on the shadow stack at a multiple of their alignment (wasmir-spec/06-verifier.md §6.9.6, wasmir-spec/12-memory-and-module-entities.md §12.3).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
            slot #buf: 8 align 3
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Fix: use a power of two: `slot #buf: 8 align 4`.

e0251-explain =
    A stack slot is larger than 2^31 bytes.
    Every offset in a frame fits in an `i32` (wasmir-spec/06-verifier.md §6.9.6).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
            slot #buf: 2147483649
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Fix: keep large buffers in a data item or in memory obtained with `memory.grow`, not on the stack.

e0252-explain =
    A data item is larger than 2^32 - 1 bytes.
    A data item fits in a 32-bit memory, with its address and size in `i32` (wasmir-spec/06-verifier.md §6.9.5).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        data $big = [zero 4294967295, zero 1]

    Fix: make the item smaller; large zeroed buffers can be obtained at run time with `memory.grow`.

e0253-explain =
    A data address's `addend` points past the end of its item.
    A `data.addr`, as an instruction or a data part, may point into its item or one past its end, as for any Rust object, but no further (wasmir-spec/06-verifier.md §6.9.7).

    Erroneous example:

        wasmir 0.2
        memory $heap 1
        data $msg = "abc"
        data $p align 4 = [data.addr[$msg, addend=4]]

    Fix: use an addend of at most the item's size (here 3).

e0254-explain =
    Two module-level `$` entities share a name.
    Memories, globals, tables, signatures and data items share one namespace, since an immediate names its entity by name alone (wasmir-spec/06-verifier.md §6.1.4). In text a repeated `$name` is reported first as E0114; this code is for IR built in memory.

    Erroneous example (as text, reported as E0114):

        wasmir 0.2
        memory $heap 1
        global $heap: i32 = 0

    Fix: rename one of the entities.

e0255-explain =
    A global has type `i128`.
    wasm globals hold at most 64 bits; `legalize-i128` splits `i128` values into two `i64`, but not globals, which the host sees as one wasm global (wasmir-spec/06-verifier.md §6.9.8, wasmir-spec/03-module-and-types.md §3.4.1).

    Erroneous example:

        wasmir 0.2
        global $total: i128 mut = 0

    Fix: keep a 128-bit value in memory (a data item of 16 bytes, read with two `i64.load`), as rustc does for a 128-bit static.

e0256-explain =
    A value is used after it was moved.
    A consuming use ends an `own` or `linear` value: a call that takes it as `own` or `linear`, a branch argument passed to an owning block parameter, `return`, or `drop`. On that path the value no longer exists, and any later use of it, even a read of its bits or a borrow, is an error; so is a use that a move reaches on only some of the paths leading to it (wasmir-spec/06-verifier.md §6.10). As in Swift SIL's ownership SSA, the kind is a property of the value, and each position says whether it consumes it.

    Erroneous example:

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        import "env" "look" fn @look(borrow i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            call @eat(%h)
            call @look(%h)
            return
    {"    }"}

    Fix: use the value before the move (`call @look(%h)`, then `call @eat(%h)`), or let the consuming function give a new value back and use that one.

e0257-explain =
    An `own` or `linear` value is consumed twice.
    An obligation is discharged at most once on every path: after a consuming use (a call that takes `own` or `linear`, a branch argument passed to an owning parameter, `return`, `drop`) the value is gone, and a second consume on the same path is an error. A consume inside a loop of a value defined before the loop happens again on the next iteration (wasmir-spec/06-verifier.md §6.10).

    Erroneous example:

        wasmir 0.3
        import "env" "keep" fn @keep(own i32)
        fn @f(own i32, i32) {"{"}
        ^entry(%o: own i32, %n: i32):
            br ^head(%n)
        ^head(%i: i32):
            br_if %i, ^body, ^exit
        ^body:
            call @keep(%o)
            %one = i32.const 1
            %i1 = i32.sub %i, %one
            br ^head(%i1)
        ^exit:
            return
    {"    }"}

    Fix: consume the value once, for example after the loop in `^exit`; to consume one value per iteration, carry it into the loop as a block parameter of `^head` and pass a fresh value (returned by a call, for example) on the back edge.

e0258-explain =
    A `linear` value is never consumed.
    A `linear` value is consumed exactly once on every path that returns normally: passed to a function or block parameter that takes it, returned, or ended with `drop`. WasmIR never drops a value implicitly; a linear value with no consuming use at all is reported at its definition (wasmir-spec/06-verifier.md §6.10). An `own` value, by contrast, is affine: consumed at most once, it may be left unconsumed. A path that ends in `trap` owes nothing.

    Erroneous example:

        wasmir 0.3
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            return
    {"    }"}

    Fix: consume the value: pass it to a function that takes it (`call @eat(%h)`, with `import "env" "eat" fn @eat(linear i32)`), return it, or end it with `drop %h` after calling its destructor. If leaving it unconsumed is correct, declare it `own` instead.

e0259-explain =
    A `linear` value is not consumed on a path that returns.
    The linear rule holds on every path that returns normally: a `return` reached while the value is still live leaks its obligation, even if other paths consume it. A path that ends in `trap` is exempt, since a trap aborts the whole call and discharges every obligation (wasmir-spec/06-verifier.md §6.10).

    Erroneous example:

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(linear i32, i32) {"{"}
        ^entry(%h: linear i32, %c: i32):
            br_if %c, ^a, ^b
        ^a:
            call @eat(%h)
            return
        ^b:
            return
    {"    }"}

    Fix: consume the value on that path too (`drop %h` or a call that takes it, before the `return` of `^b`), or end the path with `trap` if it must not return.

e0260-explain =
    A `linear` value or a borrow is consumed on some paths into a block and not on others.
    Where paths meet, the checker must know whether the value is still live. For an `own` value a possible move only forbids later uses, but a `linear` value or a borrow is consumed either on every path into the block or on none (wasmir-spec/06-verifier.md §6.10). As in Swift SIL's ownership SSA, an obligation that differs between paths crosses a join only as a block argument.

    Erroneous example:

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(linear i32, i32) {"{"}
        ^entry(%h: linear i32, %c: i32):
            br_if %c, ^a, ^j
        ^a:
            call @eat(%h)
            br ^j
        ^j:
            return
    {"    }"}

    Fix: consume the value on the other path too (`br_if %c, ^a, ^b` with a block `^b` that does `drop %h` and `br ^j`), or consume it once after the join, in `^j`, instead of in `^a`.

e0261-explain =
    A value's ownership kind does not match the position that uses it.
    Kinds match exactly at consuming positions: a parameter, block parameter or result declared `own` takes an `own` value, one declared `linear` a `linear` value. A trivial value (a constant, the result of arithmetic) becomes an obligation only through an explicit mint, `%v = own %x` or `%v = linear %x`, whose operand is trivial. Likewise `drop` takes an `own` or `linear` value, `end_borrow` a borrow opened in the same function, and a borrow never goes where an owner is expected (wasmir-spec/06-verifier.md §6.10).

    Erroneous example:

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            call @eat(%x)
            return
    {"    }"}

    Fix: mint the obligation explicitly and pass the new value: `%l = linear %x`, then `call @eat(%l)`.

e0262-explain =
    A value is moved while it is borrowed.
    `%b = borrow %h` and `%b = borrow mut %h` open a borrow scope, which `end_borrow %b` closes. While the borrow is live, its owner `%h` cannot be consumed (passed to an `own` or `linear` position, as a branch argument, or by `return`): the borrow would refer to a value that is gone (wasmir-spec/06-verifier.md §6.10). Rust reports the same mistake as E0505.

    Erroneous example:

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        import "env" "look" fn @look(borrow i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %b = borrow %h
            call @look(%b)
            call @eat(%h)
            end_borrow %b
            return
    {"    }"}

    Fix: end the borrow before the move: `end_borrow %b`, then `call @eat(%h)`.

e0263-explain =
    A borrow is still live when its owner is ended.
    Every borrow of a value ends before the value itself: `drop` of the owner, or `end_borrow` of an owner that is itself a borrow, while a borrow of it is live would leave that borrow referring to nothing. Borrow scopes are therefore properly nested on every path (wasmir-spec/06-verifier.md §6.10). Rust reports the same mistake as E0597.

    Erroneous example:

        wasmir 0.3
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %b = borrow %h
            drop %h
            end_borrow %b
            return
    {"    }"}

    Fix: end the borrow first: `end_borrow %b`, then `drop %h`.

e0264-explain =
    An owner is accessed in a way that conflicts with a live borrow of it.
    An exclusive borrow (`borrow mut`) excludes every other access to its owner until its `end_borrow`: reading the owner, passing it to a `borrow` parameter and borrowing it again are all errors. A shared borrow (`borrow`) allows reads and other shared borrows, but no exclusive borrow of the same owner (wasmir-spec/06-verifier.md §6.10).

    Erroneous example:

        wasmir 0.3
        import "env" "look" fn @look(borrow i32)
        import "env" "poke" fn @poke(borrow mut i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %m = borrow mut %h
            call @look(%h)
            call @poke(%m)
            end_borrow %m
            drop %h
            return
    {"    }"}

    Fix: end the exclusive borrow before the other access (move `call @look(%h)` after `end_borrow %m`, or before `%m = borrow mut %h`), or do the access through the borrow itself.

e0265-explain =
    A borrow is not ended on a path that returns.
    A borrow opened in a function body is checked like a `linear` value whose only consuming use is `end_borrow`: its scope is closed on every path that returns normally, even when the owner is `own` and may itself be left unconsumed. A borrowed parameter is the exception (its scope is the whole call), and a path that ends in `trap` is exempt (wasmir-spec/06-verifier.md §6.10).

    Erroneous example:

        wasmir 0.3
        fn @f(own i32, i32) {"{"}
        ^entry(%o: own i32, %c: i32):
            %r = borrow %o
            br_if %c, ^a, ^b
        ^a:
            end_borrow %r
            return
        ^b:
            return
    {"    }"}

    Fix: close the scope on that path too (`end_borrow %r` before the `return` of `^b`), or close it once in `^entry`, before the `br_if`, if neither branch uses the borrow.

e0266-explain =
    A `linear` value is written to memory or to a global.
    Obligations live only where the verifier can follow them: in SSA values and owning tables. Memory and globals hold only bits, and any pointer may alias memory, so a `linear` value (or a borrow of one) cannot be the value written by a store or by `global.set`. An `own` value may be stored: that only reads its bits, and the SSA value stays owned (wasmir-spec/06-verifier.md §6.10).

    Erroneous example:

        wasmir 0.3
        memory $mem 1
        fn @f(linear i32, ptr) {"{"}
        ^entry(%h: linear i32, %p: ptr):
            i32.store[$mem] %p, %h
            drop %h
            return
    {"    }"}

    Fix: keep the value in SSA form (pass it along as a block argument, or to a function that takes it), and store only trivial values in memory and globals.

e0267-explain =
    An ownership qualifier is written where it is not allowed.
    `own` and `linear` qualify function parameters, function results and block parameters. A borrow (`borrow`, `borrow mut`) lives inside one function body and never crosses a branch or a return, so it qualifies only function parameters (and the entry block's parameters, which repeat them): not results, and not the parameters of other blocks (wasmir-spec/06-verifier.md §6.10).

    Erroneous example:

        wasmir 0.3
        fn @f(borrow i32) -> borrow i32 {"{"}
        ^entry(%b: borrow i32):
            return %b
    {"    }"}

    Fix: return an owner instead (`-> own i32` or `-> linear i32`, with a value of that kind), or a trivial `i32` if the caller only needs the bits. For a block parameter, pass the owner to the block and borrow it again there.

e0268-explain =
    A table's element type is not a reference type.
    A table holds references, not numbers: `funcref` for the functions `call_indirect` calls and `fn.index` numbers, `externref` for values the host passes in (wasmir-spec/06-verifier.md §6.9, wasmir-spec/12-memory-and-module-entities.md §12.6).

    Erroneous example:

        wasmir 0.3
        table $t: i32

    Fix: declare `table $t: funcref` or `table $t: externref`. To keep numbers, use memory (a data item) instead.

e0269-explain =
    A reference type is used where WasmIR 0.3 allows none: as a global's type, in a data item, or as a constant.
    References are opaque: they live in SSA values (block parameters, call arguments and results) and in tables, never in linear memory, and they have no literals (wasmir-spec/03-module-and-types.md §3.4.2, wasmir-spec/06-verifier.md §6.9). Reference globals are left to a later version.

    Erroneous example:

        wasmir 0.3
        global $g: externref mut = 0

    Fix: keep the reference in a table (`table.set[$t] %i, %r`, read back with `table.get`), and make a null reference with `externref.null` or `funcref.null`.

e0270-explain =
    `call_indirect` or `fn.index` names a table whose elements are not `funcref`.
    Only a `funcref` table holds functions: `fn.index` places a function in it, and `call_indirect` calls what it holds (wasmir-spec/12-memory-and-module-entities.md §12.6).

    Erroneous example:

        wasmir 0.3
        table $t: externref
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$t, @f]
            return %i
    {"    }"}

    Fix: declare a `funcref` table (`table $fns: funcref`) and name it in `fn.index` and `call_indirect`.

e0301-explain =
    Irreducible control flow: a loop entered at more than one block.
    wasm has only structured loops, entered at their header; a branch back to a block that does not dominate its source has no wasm form without duplicating code (wasmir-spec/07-lowering.md §7.3). The verifier accepts such IR; the emitter cannot lower it.

    Erroneous example (`wirc build -O0`; the optimizer may remove so small a loop):

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%n: i32):
            br_if %n, ^a, ^b
        ^a:
            br_if %n, ^b, ^out
        ^b:
            br ^a
        ^out:
            return %n
    {"    }"}

    Fix: give the loop a single entry block that dominates it, for example a new header that every entry branches to and that dispatches with `switch`.

e0302-explain =
    An operator that this emitter has no lowering for.
    The IR is newer than the emitter: a minor version may add operators (wasmir-spec/08-versioning.md, wasmir-spec/07-lowering.md §7.4). wirc's own parser and emitter agree, so the code comes from a newer IR library linked with an older wasmir-emit.

    Erroneous example: a module built with a newer wasmir-syntax that uses an operator added after this emitter was released, given to this version of `wasmir_emit`.

    Fix: update wasmir-emit to the version of the IR, or rewrite the operator with older ones.

e0303-explain =
    The module breaks an invariant the verifier guarantees, and the emitter cannot lower it.
    The emitter only takes valid modules (wasmir-spec/07-lowering.md, chapter 6 for validity); it reports this code instead of panicking. With `invalid-ir` the module was not verified: `wirc check` explains the verifier code named in the message. Otherwise the verifier accepted a module it should not have: a bug.

    Erroneous example: a program that builds IR in memory (without a block, or with a block lacking its terminator) and calls the emitter without verifying.

    Fix: verify the module before emitting it and fix the verifier's errors; if `wirc check` accepts the .wir file, please report the bug with that file (`-O0` avoids the optimization passes).

e0304-explain =
    A function needs more than 50,000 locals, its parameters included.
    Engines reject such functions (the JS API's implementation limits; wasmir-spec/07-lowering.md §7.8, wasmir-spec/06-verifier.md §6.7). Values share a local when their live ranges do not overlap, so the count is that of values live at the same time, plus scratch locals.

    Erroneous example: a generated function that computes 60,000 values first and uses them all at the end:

        %v0 = i32.const 0
        ; %v1 to %v59998 likewise
        %v59999 = i32.const 59999

    Fix: split the function, or keep fewer values live at the same time.

e0305-explain =
    A function's code is larger than 7,654,321 bytes.
    Engines reject a function body over that size, local declarations included (wasmir-spec/07-lowering.md §7.8).

    Erroneous example: a generated function with millions of instructions in straight-line code, such as a fully unrolled loop.

    Fix: split the function into several smaller ones, or keep the loop instead of unrolling it.

e0306-explain =
    A `switch` would need a `br_table` with more than 65,520 entries.
    V8 accepts at most 65,520 `br_table` entries (wasmir-spec/07-lowering.md §7.6, §7.8). The lowering of `switch` takes the sparse form for such ranges, so this code is the emitter's last line of defence and should not arise from a `switch`.

    Erroneous example: a future lowering that writes a dense `br_table` for cases spread over 100,000 values.

    Fix: split the switch into switches over smaller ranges (first branch on whether the value is below the middle case); if the message comes from plain `wirc build`, please report it.

e0307-explain =
    The whole module is larger than 1 GiB.
    Engines reject a module over 1,073,741,824 bytes (wasmir-spec/07-lowering.md §7.8).

    Erroneous example: a module with several GiB of code or data items, such as `data $big = [zero 1200000000]` with a matching memory.

    Fix: split the program into several modules, and create large zeroed buffers at run time (`memory.grow`) instead of writing them into the module.

e0308-explain =
    The memory is too small for the shadow stack and the data items.
    When the module starts, the shadow stack (1 MiB by default, when a function has stack slots) and every data item are placed in the memory, which must allow enough pages (wasmir-spec/12-memory-and-module-entities.md §12.3.3, §12.5).

    Erroneous example:

        wasmir 0.2
        memory $heap 1 max 1
        export "f" fn @f
        fn @f() -> ptr {"{"}
            slot #buf: 8
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Fix: raise the memory's `max` (or remove it), make the data smaller, or choose a smaller stack size.

e0309-explain =
    The module still has `i128` values when it reaches the emitter.
    wasm has no 128-bit integers: the `legalize-i128` pass splits every `i128` into two `i64` before emission (wasmir-spec/03-module-and-types.md §3.4.1, wasmir-spec/11-optimizations.md §11.2). wirc runs it at every `-O` level, so the code comes from programs that call the emitter directly.

    Erroneous example: a program that parses a module using `i128.add` and calls `wasmir_emit` without running the optimizer.

    Fix: run `wasmir_opt::legalize_i128::run` on the module before emitting it.

e0310-explain =
    The module still has ownership when it reaches the emitter.
    wasm has no ownership: the `strip-ownership` pass erases kinds, mints, borrows, `end_borrow` and `drop` before emission, so that no optimization pass and no backend sees them (wasmir-spec/11-optimizations.md §11.2). wirc runs it first, at every `-O` level, so the code comes from programs that call the emitter directly.

    Erroneous example: a program that parses a module using `drop` and calls `wasmir_emit` without running the optimizer.

    Fix: run `wasmir_opt::strip_ownership::run` on the module before emitting it.

e0401-explain =
    An input file cannot be read. The message gives the operating system's error.

    Erroneous example:

        wirc build missing.wir

    Fix: check that the file exists, that the path is right, and that it is readable.

e0402-explain =
    A `.wir` input is not UTF-8 text.
    The text format is UTF-8 (wasmir-spec/02-text-format.md §2.1). A wasm binary is accepted only by `wirc run`.

    Erroneous example:

        wirc check module.wasm

    Fix: pass the `.wir` file, convert the file to UTF-8, or run the binary with `wirc run module.wasm --invoke f`.

e0403-explain =
    An output cannot be written. The message gives the operating system's error; no partial file is left behind.

    Erroneous example:

        wirc build f.wir -o /no/such/dir/f.wasm

    Fix: check that the output directory exists and is writable, and that the disk is not full.

e0420-explain =
    wasmtime cannot load the module given to `wirc run`.
    wirc validates what it emits, so this comes from a `.wasm` file built by another tool, or damaged.

    Erroneous example:

        wirc run broken.wasm --invoke main

    Fix: validate the module with `wasm-tools validate`, or recompile it from its `.wir` with `wirc`.

e0421-explain =
    `wirc run --invoke` names no exported function of the module.
    Only exported functions can be called from outside (wasmir-spec/03-module-and-types.md §3.3); the hint lists the exported functions.

    Erroneous example:

        wirc run fib.wir --invoke fibonacci

    Fix: invoke an exported name (`--invoke fib`), or add `export "fibonacci" fn @fib` to the module.

e0422-explain =
    `wirc run` was given the wrong number of arguments for the invoked function.
    Each parameter of the function takes one argument on the command line, after the options.

    Erroneous example (`@fib` takes one `i64`):

        wirc run fib.wir --invoke fib 10 20

    Fix: pass one argument per parameter: `wirc run fib.wir --invoke fib 10`.

e0423-explain =
    The module imports functions, and `wirc run` provides no host functions.
    Instantiating a module requires every import (wasmir-spec/12-memory-and-module-entities.md §12.7); `wirc run` provides none, except the panic message import of mir-export.

    Erroneous example (`wirc run m.wir --invoke log 1`):

        wasmir 0.2
        import "env" "log" fn @log(i32)
        export "log" fn @log

    Fix: run the module in a host that provides the imports, or remove the import (a module made for `wirc run` computes and returns).

e0424-explain =
    The invoked function trapped.
    A trap is the wasm form of a Rust panic or an undefined operation: `trap`, division by zero, overflow in checked arithmetic, an out-of-bounds access, ... (wasmir-spec/01-overview.md §1.3). The message names the trap kind, and the location when the module has them.

    Erroneous example (`wirc run f.wir --invoke f 0`):

        wasmir 0.2
        export "f" fn @f
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %one = i32.const 1
            %q = i32.div_u %one, %x
            return %q
    {"    }"}

    Fix: pass arguments for which the function does not trap, or guard the operation (compare with zero and branch).

e0425-explain =
    An argument of `wirc run` does not parse as its parameter's type.
    Integers accept the signed or unsigned range of their width; floats accept decimals, `inf` and `nan`.

    Erroneous example (`@fib` takes an `i64`):

        wirc run fib.wir --invoke fib ten

    Fix: write a number of the parameter's type: `wirc run fib.wir --invoke fib 10`.

e0426-explain =
    `wirc run --backend interp` or `--backend native` was given a wasm binary.
    The reference interpreter and the native backend (Cranelift) run WasmIR, not wasm.

    Erroneous example:

        wirc run fib.wasm --backend interp --invoke fib 10

    Fix: pass the `.wir` file to the interpreter, or run the `.wasm` file with `--backend wasmtime` (the default).

e0427-explain =
    `--passes` or `--print-after` names a pass that is not registered.
    `wirc passes` lists the passes and the default pipeline (wasmir-spec/11-optimizations.md §11.2).

    Erroneous example:

        wirc build f.wir --passes=const-fold,inline

    Fix: use registered names, for example `--passes=const-fold,dce`.

e0428-explain =
    `wirc explain` was given a code that has no explanation.
    Codes are written `E` and four digits (`E0203`, `e0203` or `0203` are accepted), and each stage has its own range: E00xx/E01xx text, E02xx verifier, E03xx emitter, E04xx wirc, E05xx mir-export.

    Erroneous example:

        wirc explain E9999

    Fix: copy the code from a diagnostic, as in `error[E0203]`, and run `wirc explain E0203`.

e0429-explain =
    Internal compiler error: the native backend (`wirc run --backend native`, Cranelift in process) could not compile the module.
    Every module the verifier accepts should compile; this is a bug of the backend, and the message says what Cranelift reported.

    Fix: report the bug with the `.wir` file; meanwhile run the module with `--backend wasmtime` (the default) or `--backend interp`.

e0498-explain =
    Internal compiler error: the emitted module does not validate.
    Every module the emitter returns is valid wasm (wasmir-spec/07-lowering.md); wirc validates it anyway, and reports this code instead of writing an invalid file.

    Erroneous example: any input for which it happens is a bug in wirc, not in the input.

    Fix: please report it with the .wir file; meanwhile `-O0` may avoid the problem when an optimization is involved.

e0499-explain =
    Internal compiler error: an optimization pass broke valid IR.
    Every pass maps valid IR to valid IR (wasmir-spec/11-optimizations.md §11.1); wirc verifies after each pass and reports this code, with the pass and the verifier's first error, instead of emitting wrong code.

    Erroneous example: any input for which it happens is a bug in the named pass, not in the input.

    Fix: please report it with the .wir file; `-O0`, or `--passes` without the named pass, avoids it meanwhile.

e0500-explain =
    mir-export's driver could not run: a bad command line, an unknown panic mode, a failed rustc compilation, a failed build of the MIR sysroot, or an output that cannot be written (crates/mir-export/README.md).

    Erroneous example:

        mir-export src/lib.rs --panic=unwind

    Fix: follow the message; here use `--panic=trap` (the default) or `--panic=message`. When rustc itself failed, fix the errors it printed above.

e0501-explain =
    A MIR rvalue outside the subset mir-export lowers: thread locals (`ThreadLocalRef`), `Reborrow`, or an `Aggregate` of a coroutine with fields (wasmir-spec/10-from-rust.md §10.5).

    Erroneous example:

        thread_local!(static N: core::cell::Cell<u32> = const {"{"} core::cell::Cell::new(0) {"}"});
        #[no_mangle]
        pub extern "C" fn bump() -> u32 {"{"} N.with(|n| {"{"} n.set(n.get() + 1); n.get() {"}"}) {"}"}

    Fix: use a `static` (an atomic, or a `static mut` behind a safe wrapper) instead of a thread local: wasm32 without threads has one thread.

e0502-explain =
    A MIR statement mir-export does not lower (wasmir-spec/10-from-rust.md §10.5). No statement kind is rejected today; it is raised only for a `CopyNonOverlapping` whose pointee type has no layout mir-export can copy.

    Erroneous example:

        unsafe {"{"} core::ptr::copy_nonoverlapping(src, dst, n) {"}"}   // with an unusual pointee type

    Fix: copy through a byte pointer (`*const u8`) with the size in bytes, and report the construct if it should be supported.

e0503-explain =
    A MIR terminator mir-export does not lower: `Resume` (unwinding) or `InlineAsm` (wasmir-spec/10-from-rust.md §10.5).
    Panics abort: the driver adds `-C panic=abort`, so `Resume` appears only when a flag asks for unwinding.

    Erroneous example:

        #[no_mangle]
        pub extern "C" fn f() {"{"} unsafe {"{"} core::arch::asm!("nop") {"}"} {"}"}

    Fix: remove inline assembly, and do not pass `-C panic=unwind`.

e0504-explain =
    A type outside the subset: `f16`, `f128`, SIMD vectors, an unsized local, a type over 4 GiB or nested over 24 levels (wasmir-spec/10-from-rust.md §10.2, §10.5).
    WasmIR has no type for them yet, and no SIMD lowering.

    Erroneous example:

        #[no_mangle]
        pub extern "C" fn half(x: f32) -> f32 {"{"} (x as f16 / 2.0) as f32 {"}"}

    Fix: compute in `f32` or `f64`; use plain arrays instead of SIMD vectors.

e0505-explain =
    A place projection mir-export does not lower: `Index`, `ConstantIndex` or `Subslice` on a value kept in SSA, or a `Deref` of a non-pointer (wasmir-spec/10-from-rust.md §10.3, §10.5).
    rustc's MIR does not produce these today (arrays live in memory), so the code points at an unusual MIR or a bug.

    Erroneous example: MIR produced by a newer rustc that projects into an SSA value.

    Fix: please report it with the Rust source; rewriting the expression (index through a reference, as in `(&arr)[i]`) may avoid it.

e0506-explain =
    A constant mir-export does not lower: a constant of kind `Ty`, `Unevaluated` or `Param`, a non-zero-sized `ZeroSized`, or a static whose initializer fails to evaluate (wasmir-spec/10-from-rust.md §10.5).

    Erroneous example: a generic constant that is still unevaluated after monomorphization:

        fn f<const N: usize>() -> usize {"{"} N {"}"}

    Fix: make the constant concrete where it is used (a `const` item or a literal), or report the construct with its Rust source.

e0507-explain =
    An intrinsic that mir-export neither lowers natively nor through a fallback body in core: libm-style float intrinsics (`fmaf64`, `powif64`, `sinf64`, ...), or `size_of_val` of unsized types other than slices, `str` and `dyn` (wasmir-spec/10-from-rust.md §10.5).

    Erroneous example:

        #[no_mangle]
        pub extern "C" fn f(x: f64) -> f64 {"{"} x.sin() {"}"}

    Fix: use a pure-Rust implementation (for example the `libm` crate), which compiles through WasmIR like the rest of the program.

e0508-explain =
    A callee mir-export cannot call: a function without a MIR body (not foreign, not a shim with a body), a call through a value that is neither a function item nor a function pointer, or a virtual call whose receiver is not a fat pointer (wasmir-spec/10-from-rust.md §10.1, §10.5).

    Erroneous example: a call of a function of a dependency compiled without MIR (an rlib built outside mir-export).

    Fix: build dependencies through mir-export (`mir-export cargo build`, whose MIR sysroot has every body), or declare the function as an import (`extern "C"`).

e0509-explain =
    A cast mir-export does not lower: trait upcasting (`dyn B` to `dyn A`), other unsizings, a transmute between types of different sizes, or a pointer cast that would invent metadata (wasmir-spec/10-from-rust.md §10.5).

    Erroneous example:

        trait A {"{"}{"}"}
        trait B: A {"{"}{"}"}
        fn up(b: &dyn B) -> &dyn A {"{"} b {"}"}

    Fix: call through `dyn B` directly, or add a method to `B` that returns `&dyn A`.

e0510-explain =
    A MIR operator mir-export does not lower: a non-arithmetic binary operator on floats, or a checked operator other than `Add`, `Sub` and `Mul` (wasmir-spec/10-from-rust.md §10.4, §10.5).

    Erroneous example: MIR with a checked shift or a bitwise operator on floats, which some compiler versions or intrinsics produce.

    Fix: rewrite the operation with supported operators (for example the wrapping methods and an explicit check), and report the construct with its Rust source.

e0511-explain =
    An exported or imported function whose signature is not made of scalars.
    Exported and imported functions cross the wasm boundary, where only numbers exist: each parameter is an integer, float, `bool`, `char` or thin pointer, the result a scalar or `()` (wasmir-spec/10-from-rust.md §10.1, crates/mir-export/README.md).

    Erroneous example:

        #[no_mangle]
        pub extern "C" fn sum(xs: &[u32]) -> u32 {"{"} xs.iter().sum() {"}"}

    Fix: pass a slice as a pointer and a length: `sum(ptr: *const u32, len: usize)`, and return structs through an out pointer.

e0512-explain =
    The crate is not compiled for `wasm32`.
    WasmIR's pointers are 32 bits wide, and the layouts mir-export reads come from the target (wasmir-spec/10-from-rust.md §10.2); the driver adds `--target=wasm32-unknown-unknown` unless the command line sets another target.

    Erroneous example:

        mir-export src/lib.rs --target=x86_64-unknown-linux-gnu

    Fix: remove the `--target` flag, or pass `--target=wasm32-unknown-unknown`.

e0513-explain =
    Internal error: an invariant of mir-export does not hold, or the module it built does not verify (the message names the verifier's code). It is reported instead of a panic, and nothing is written.

    Erroneous example: any Rust input for which it happens is a bug in mir-export, not in the input.

    Fix: please report it with the Rust source and the message; rewriting the construct the diagnostic points at may avoid it meanwhile.

e0514-explain =
    A value of a `#[wasm::linear]` type is held where the WasmIR verifier cannot follow its obligation: in memory (a local whose address is taken, a value too large for registers), or inside an enum, union, closure or array. Linear values must live in SSA values (wasmir-spec/13-ownership.md §13.6; design record O11).

    Erroneous example: `let h = Handle::new(1); let r = &h;` (the reference puts `h` in memory), or `let o: Option<Handle> = Some(h);`.

    Fix: keep linear values in local variables and structs passed by value, pass the value itself rather than a reference, and match an enum holding one into its variants before the value crosses into WasmIR.

