#!/usr/bin/env python3
"""Writes a large, valid WasmIR module to stdout: N functions (argv[1], default 2000), each a loop
with arithmetic, a switch, a checked op and a call, about 50 lines each. Deterministic."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
out = ["wasmir 0.1", ""]
for i in range(n):
    out.append(f'export "f{i}" fn @f{i}')
out.append("")
for i in range(n):
    callee = f"@f{i - 1}" if i > 0 else None
    out += [
        f"fn @f{i}(i32, i64) -> i64 {{",
        "^entry(%n: i32, %x: i64):",
        "    %zero = i32.const 0",
        f"    %seed = i64.const {i * 7919 % 1000003}",
        "    br ^head(%zero, %seed)",
        "^head(%k: i32, %acc: i64):",
        "    %done = i32.ge_u %k, %n",
        "    br_if %done, ^exit, ^body",
        "^body:",
        "    %k64 = i64.extend_i32_u %k",
        "    %a1 = i64.mul %acc, %x",
        "    %a2 = i64.add %a1, %k64",
        "    %c13 = i64.const 13",
        "    %a3 = i64.rotl %a2, %c13",
        "    %a4 = i64.xor %a3, %k64",
        "    %three = i32.const 3",
        "    %sel = i32.and %k, %three",
        "    switch %sel, ^s3, [0: ^s0, 1: ^s1, 2: ^s2]",
        "^s0:",
        "    %b0 = i64.const 1",
        "    %r0 = i64.add %a4, %b0",
        "    br ^join(%r0)",
        "^s1:",
        "    %r1 = i64.popcnt %a4",
        "    br ^join(%r1)",
        "^s2:",
        "    %sh = i64.const 3",
        "    %r2 = i64.shr_u %a4, %sh",
        "    br ^join(%r2)",
        "^s3:",
        "    %r3 = i64.clz %a4",
        "    br ^join(%r3)",
        "^join(%v: i64):",
        "    %one = i32.const 1",
        "    %k1 = i32.add_ovf_u %k, %one",
        "    %big = i64.const 1000000007",
        "    %m = i64.rem_u %v, %big",
        "    %lo = i32.wrap_i64 %m",
        "    %odd = i32.and %lo, %one",
        "    %pick = i64.select %odd, %m, %v",
        "    br ^head(%k1, %pick)",
        "^exit:",
    ]
    if callee:
        out += [
            "    %small = i32.const 2",
            f"    %rec = call {callee}(%small, %acc)",
            "    %res = i64.add %acc, %rec",
            "    return %res",
        ]
    else:
        out += ["    return %acc"]
    out.append("}")
    out.append("")
sys.stdout.write("\n".join(out))
