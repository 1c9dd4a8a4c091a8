# syntax messages (en-US). One message per code; see crates/wasmir-syntax/src/diag/mod.rs.
# E00xx: lexing and parsing (crate::lexer, crate::parse). E01xx: name resolution (crate::resolve).

e0001 = unexpected character `{$char}`
    .label = no token starts with this character
    .hint = names with other characters are written quoted, as in `@"core::fmt"`; comments start with `;`
e0002 = unexpected `{$found}`, expected one of {$expected}
    .label = unexpected here
    .hint = the grammar of every construct is in the text format chapter (spec §2.2)
e0003 = unexpected end of file, expected one of {$expected}
    .label = the file ends here
    .hint = the file may be truncated, or a closing `{"}"}` may be missing
e0004 = unterminated string
    .label = no closing `"` on this line
    .hint = close the string with `"`; write a line break inside a string as `\n`
e0005 = `{$word}` is a reserved word
    .label = reserved for a later version of WasmIR
    .hint = reserved words (spec §9) cannot be used as operators or keywords in version 0.1; quote a name that needs it, as in `%"{$word}"`
e0006 = invalid escape `{$escape}`
    .label = unknown escape sequence
    .hint = strings and quoted names accept `\\`, `\"`, `\n`, `\t` and `\u{"{"}HEX{"}"}` with a Unicode scalar value
e0007 = malformed name `{$name}`
    .label = neither an identifier nor a number
    .hint = after `%` and `^` write an identifier (`[A-Za-z_][A-Za-z0-9_.$]*`) or digits, after `@` an identifier; quote any other name, as in `%"3x"`

e0100 = missing `wasmir` header
    .label = the module should start here
    .hint = start the file with the line `wasmir {$supported}` (spec §8)
e0101 = unsupported WasmIR version {$found}
    .label = this build reads version {$supported}
    .hint = this build reads versions {$major}.0 to {$supported}; rewrite the module for one of them, or use a toolchain that reads {$found}
e0102 = malformed version `{$found}`
    .label = expected `MAJOR.MINOR`
    .hint = write the header as `wasmir {$supported}`
e0103 = unknown operator `{$op}`
    .label = not an operator
    .hint = { $suggestion ->
        [none] the operators are listed in spec §4; an operator name starts with its type, as in `i32.add`
       *[other] did you mean `{$suggestion}`?
    }
e0104 = unknown value `{$name}`
    .label = no value of this name in `{$func}`
    .hint = define it as a block parameter or an instruction result of this function; values are local to their function
e0105 = unknown block `{$name}`
    .label = no block of this label in `{$func}`
    .hint = a branch targets a block of its own function; check the label's spelling
e0106 = unknown function `{$name}`
    .label = no function of this name in the module
    .hint = define it with `fn {$name}(...)` or declare it with `import "module" "field" fn {$name}(...)`
e0107 = value `{$name}` is defined twice
    .label = defined again here
    .first = first defined here
    .hint = each value of a function has its own name; rename one of them
e0108 = block `{$name}` is defined twice
    .label = defined again here
    .first = first defined here
    .hint = each block of a function has its own label; rename one of them
e0109 = function `{$name}` is defined twice
    .label = defined again here
    .first = first defined here
    .hint = imports and functions share one namespace; rename one of them
e0110 = literal `{$literal}` is out of range for `{$ty}`
    .label = does not fit in `{$ty}`
    .hint = { $kind ->
        [payload] a NaN payload of `{$ty}` is between {$min} and {$max}; plain `nan` is the canonical NaN
        [float] a finite `{$ty}` is between {$min} and {$max}; write `inf` or `-inf` for the infinities
       *[other] `{$ty}` accepts integers from {$min} to {$max} (its signed or unsigned range)
    }
e0111 = wrong number of results for `{$inst}`: expected {$expected}, found {$found}
    .label = {$found} written here
    .hint = write one name per result before `=`, and no `=` for an instruction without results (terminators, `trapz`, `trapnz`, calls of functions that return nothing)
e0112 = float literal `{$literal}` for integer type `{$ty}`
    .label = a float literal
    .hint = write an integer, or use a float constant and a conversion such as `{$ty}.trunc_f64_s`

e0113 = unknown `{$name}`
    .label = no memory, global, table, type or data item of this name
    .hint = declare it at module level, as in `memory {$name} 1` or `global {$name}: i32 = 0` (spec §12)
e0114 = `{$name}` is defined twice
    .label = defined again here
    .first = first defined here
    .hint = memories, globals, tables, types and data items share one namespace of `$` names; rename one of them
e0115 = `{$name}` is a `{$found}`, not a `{$expected}`
    .label = expected a `{$expected}` here
    .hint = this position names a `{$expected}`; check the order of the immediates, which is fixed by the operator's format
e0116 = wrong immediates for `{$op}`
    .label = {$problem ->
        [missing] immediates missing
        [unexpected] takes no immediates
        [duplicate] written twice
        [unknown] unknown immediate
       *[other] not expected here
    }
    .hint = `{$op}` is written `{$form}` (spec §2.3)
e0117 = unknown slot `{$name}`
    .label = no slot of this name in `{$func}`
    .hint = declare it before the first block, as in `slot {$name}: 8 align 4`
e0118 = slot `{$name}` is defined twice
    .label = defined again here
    .first = first defined here
    .hint = each slot of a function has its own name; rename one of them
e0119 = malformed byte string `{$text}`
    .label = not pairs of hex digits
    .hint = write two hex digits per byte, as in `x"00ff"`
e0120 = {$imported ->
        [yes] an imported global has no initial value
       *[no] global `{$name}` needs an initial value
    }
    .label = {$imported ->
        [yes] the host provides the value
       *[no] no `=` value
    }
    .hint = {$imported ->
        [yes] remove `= ...`; the host gives the value when it instantiates the module
       *[no] write its value after `=`, as in `global {$name}: i32 = 0`
    }
e0121 = instruction location without a file
    .label = no file here, and the function has no `loc`
    .hint = name the file, as in `loc "src/lib.rs" 12:5`, or give the function a `loc "file" line:col`
