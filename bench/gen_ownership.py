#!/usr/bin/env python3
"""Writes one big WasmIR function with ownership (issue 8) of a given shape and about N blocks to
stdout, valid for the ownership checker (spec §6.10):

  diamonds N   one linear value threaded through N/3 if/else diamonds, read (copy) on one arm
               and lent (borrow position) on the other, consumed after the last join
  values N     a chain of N blocks; each mints an owned value, lends it to a call and drops it in
               the next block: N short-lived values
  loops N      N/4 loops nested in each other, each header carrying a linear block parameter
               that the latch consumes and re-mints (`@cycle`)
  borrows N    one owner and N/2 borrows of it in sequence, each living over two blocks; every
               tenth is exclusive

Usage: gen_ownership.py SHAPE N [--plain]. With --plain, the same function without ownership:
every kind dropped, and each ownership instruction replaced by one ordinary instruction of the
same operands, so that the two files differ only in what the ownership checker has to do (the
baseline of bench/ownership.py). Deterministic. Exports "f"(i32) -> i32.
"""
import sys

PLAIN = "--plain" in sys.argv


def k(kind):
    return "" if PLAIN else kind + " "


def mint(dst, kind, src):
    return f"    {dst} = i32.or {src}, {src}" if PLAIN else f"    {dst} = {kind} {src}"


def end(op, v, tag):
    # `drop`/`end_borrow` have no result; the plain twin reads the value once.
    return f"    %z{tag} = i32.eqz {v}" if PLAIN else f"    {op} {v}"


def prelude():
    return [
        "wasmir 0.3",
        'export "f" fn @f',
        f"fn @eat(i32) -> i32 {{",
        "^entry(%x: i32):",
        "    return %x",
        "}",
    ]


def helpers():
    # Defined functions (no imports), so that the module also compiles and runs.
    return [
        f"fn @consume({k('linear')}i32) -> i32 {{",
        f"^entry(%h: {k('linear')}i32):",
        "    %r = i32.add %h, %h",
        end("drop", "%h", "c"),
        "    return %r",
        "}",
        f"fn @peek({k('borrow')}i32) -> i32 {{",
        f"^entry(%b: {k('borrow')}i32):",
        "    %r = i32.xor %b, %b",
        "    return %r",
        "}",
        f"fn @cycle({k('linear')}i32) -> {k('linear')}i32 {{",
        f"^entry(%h: {k('linear')}i32):",
        "    %one = i32.const 1",
        "    %n = i32.add %h, %one",
        end("drop", "%h", "y"),
        mint("%m", "linear", "%n"),
        "    return %m",
        "}",
    ]


def diamonds(n):
    out = ["^entry(%x: i32):", "    %one = i32.const 1", mint("%h", "linear", "%x"), "    br ^d0(%x)"]
    for j in range(n // 3):
        out += [
            f"^d{j}(%v{j}: i32):",
            f"    %c{j} = i32.and %v{j}, %one",
            f"    br_if %c{j}, ^t{j}, ^e{j}",
            f"^t{j}:",
            f"    %p{j} = i32.add %v{j}, %h",
            f"    br ^d{j + 1}(%p{j})",
            f"^e{j}:",
            f"    %q{j} = call @peek(%h)",
            f"    %s{j} = i32.add %v{j}, %q{j}",
            f"    br ^d{j + 1}(%s{j})",
        ]
    m = n // 3
    out += [f"^d{m}(%r: i32):", "    %g = call @consume(%h)", "    %out = i32.add %r, %g", "    return %out"]
    return out


def values(n):
    out = ["^entry(%x: i32):", mint("%o0", "own", "%x"), "    br ^b0(%x)"]
    for j in range(n):
        out += [
            f"^b{j}(%a{j}: i32):",
            f"    %r{j} = call @peek(%o{j})",
            f"    %s{j} = i32.add %a{j}, %r{j}",
            mint(f"%o{j + 1}", "own", f"%s{j}"),
            f"    br ^c{j}",
            f"^c{j}:",
            end("drop", f"%o{j}", f"d{j}"),
            f"    br ^b{j + 1}(%s{j})",
        ] if j % 2 == 0 else [
            f"^b{j}(%a{j}: i32):",
            f"    %r{j} = call @peek(%o{j})",
            f"    %s{j} = i32.add %a{j}, %r{j}",
            mint(f"%o{j + 1}", "own", f"%s{j}"),
            end("drop", f"%o{j}", f"d{j}"),
            f"    br ^b{j + 1}(%s{j})",
        ]
    out += [f"^b{n}(%a{n}: i32):", end("drop", f"%o{n}", "last"), f"    return %a{n}"]
    return out


def loops(n):
    depth = max(1, n // 4)
    lin = k("linear")
    out = ["^entry(%x: i32):", "    %zero = i32.const 0", "    %one = i32.const 1", mint("%h", "linear", "%x"),
           "    br ^h0(%h, %zero)"]
    for j in range(depth):
        out += [
            f"^h{j}(%hh{j}: {lin}i32, %i{j}: i32):",
            f"    %d{j} = i32.ge_u %i{j}, %one",
            f"    br_if %d{j}, ^x{j}(%hh{j}), ^in{j}(%hh{j})",
            f"^in{j}(%g{j}: {lin}i32):",
            f"    br ^h{j + 1}(%g{j}, %zero)" if j + 1 < depth else f"    br ^l{j}(%g{j})",
        ]
    for j in reversed(range(depth)):
        out += [
            f"^l{j}(%m{j}: {lin}i32):",
            f"    %j{j} = i32.add %i{j}, %one",
            f"    %n{j} = call @cycle(%m{j})",
            f"    br ^h{j}(%n{j}, %j{j})",
            f"^x{j}(%e{j}: {lin}i32):",
            f"    br ^l{j - 1}(%e{j})" if j > 0 else "    %r = call @consume(%e0)",
        ]
    out.append("    return %r")
    return out


def borrows(n):
    out = ["^entry(%x: i32):", mint("%o", "own", "%x"), "    br ^b0(%x)"]
    for j in range(n // 2):
        kind = "borrow mut" if j % 10 == 9 else "borrow"
        out += [
            f"^b{j}(%a{j}: i32):",
            mint(f"%l{j}", kind, "%o"),
            f"    %r{j} = call @peek(%l{j})",
            f"    br ^c{j}",
            f"^c{j}:",
            f"    %s{j} = i32.add %a{j}, %r{j}",
            end("end_borrow", f"%l{j}", f"e{j}"),
            f"    br ^b{j + 1}(%s{j})",
        ]
    m = n // 2
    out += [f"^b{m}(%a{m}: i32):", "    %t = call @peek(%o)", end("drop", "%o", "last"), f"    %u = i32.add %a{m}, %t",
            f"    return %u"]
    return out


SHAPES = {"diamonds": diamonds, "values": values, "loops": loops, "borrows": borrows}


def main():
    args = [a for a in sys.argv[1:] if a != "--plain"]
    if len(args) != 2 or args[0] not in SHAPES:
        sys.exit(__doc__)
    body = SHAPES[args[0]](int(args[1]))
    print("\n".join(prelude() + helpers() + ["fn @f(i32) -> i32 {"] + body + ["}"]))


main()
