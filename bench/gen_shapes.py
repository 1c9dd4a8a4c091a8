#!/usr/bin/env python3
"""Writes one big, valid WasmIR function of a given shape and size to stdout (issue 10's shapes):

  chain N      N blocks in a row, each passing two values to the next as block arguments
  diamonds N   N if/else diamonds in sequence, each merging into a block with a parameter
  loops N      N loops nested in each other, each counting to 2 (a deep loop nest)
  values N     N SSA values in one block, a chain of arithmetic
  live N       N values defined first and all read at the end: N values live at once

Usage: gen_shapes.py SHAPE N. Deterministic. The function is exported as "f"(i32) -> i32 and
terminates on any input.
"""
import sys


def chain(n):
    out = ["^entry(%x: i32):", "    %one = i32.const 1", "    br ^b0(%x, %one)"]
    for k in range(n):
        out += [
            f"^b{k}(%a{k}: i32, %c{k}: i32):",
            f"    %s{k} = i32.add %a{k}, %c{k}",
            f"    %t{k} = i32.xor %s{k}, %c{k}",
            f"    br ^b{k + 1}(%t{k}, %c{k})",
        ]
    out += [f"^b{n}(%r: i32, %u: i32):", "    return %r"]
    return out


def diamonds(n):
    out = ["^entry(%x: i32):", "    %one = i32.const 1", "    br ^d0(%x)"]
    for k in range(n):
        out += [
            f"^d{k}(%v{k}: i32):",
            f"    %c{k} = i32.and %v{k}, %one",
            f"    br_if %c{k}, ^t{k}, ^e{k}",
            f"^t{k}:",
            f"    %p{k} = i32.shr_u %v{k}, %one",
            f"    br ^d{k + 1}(%p{k})",
            f"^e{k}:",
            f"    %q{k} = i32.add %v{k}, %one",
            f"    br ^d{k + 1}(%q{k})",
        ]
    out += [f"^d{n}(%r: i32):", "    return %r"]
    return out


def loops(n):
    # Loop k: ^h{k}(%i{k}) runs its body (loop k+1) twice; the innermost adds to nothing but its
    # counter. Every loop exits to the latch of the enclosing one.
    out = ["^entry(%x: i32):", "    %zero = i32.const 0", "    %one = i32.const 1", "    %two = i32.const 2",
           "    br ^h0(%zero)"]
    for k in range(n):
        out += [f"^h{k}(%i{k}: i32):", f"    %d{k} = i32.ge_u %i{k}, %one", f"    br_if %d{k}, ^x{k}, ^in{k}",
                f"^in{k}:"]
        if k + 1 < n:
            out.append(f"    br ^h{k + 1}(%zero)")
        else:
            out.append(f"    br ^l{k}")
    for k in reversed(range(n)):
        out += [f"^l{k}:", f"    %j{k} = i32.add %i{k}, %one", f"    br ^h{k}(%j{k})", f"^x{k}:"]
        if k > 0:
            out.append(f"    br ^l{k - 1}")
        else:
            out.append("    return %x")
    return out


def values(n):
    out = ["^entry(%x: i32):", "    %v0 = i32.add %x, %x"]
    for k in range(1, n):
        op = ("add", "xor", "mul", "sub")[k % 4]
        out.append(f"    %v{k} = i32.{op} %v{k - 1}, %x")
    out.append(f"    return %v{n - 1}")
    return out


def live(n):
    out = ["^entry(%x: i32):"]
    for k in range(n):
        out.append(f"    %v{k} = i32.add %x, %x" if k == 0 else f"    %v{k} = i32.add %v{k - 1}, %x")
    # Read them back in reverse, so every one is live until the end.
    out.append(f"    %s{n - 1} = i32.xor %v{n - 1}, %x")
    for k in reversed(range(n - 1)):
        out.append(f"    %s{k} = i32.xor %s{k + 1}, %v{k}")
    out.append("    return %s0")
    return out


SHAPES = {"chain": chain, "diamonds": diamonds, "loops": loops, "values": values, "live": live}

if __name__ == "__main__":
    shape, n = sys.argv[1], int(sys.argv[2])
    body = SHAPES[shape](n)
    print("wasmir 0.1\n\nexport \"f\" fn @f\n\nfn @f(i32) -> i32 {")
    print("\n".join(body))
    print("}")
