#!/usr/bin/env python3
"""Quick self-check for mir-export (not the project's differential harness).

For each tests/rust/*.rs: runs the program natively (rustc, std) on the inputs of its `//! diff:`
lines, exports it with mir-export, interprets the .wir with the tiny interpreter below, compares.
Usage: tools/selfcheck.py [MIR_EXPORT] [FILES...]
"""
import os, re, subprocess, sys, tempfile

M32, M64 = (1 << 32) - 1, (1 << 64) - 1

class Trap(Exception):
    pass

def sx(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v

def parse(text):
    funcs = {}
    cur = None
    for line in text.splitlines():
        line = line.split(';')[0].rstrip() if not line.lstrip().startswith('import') else line
        s = line.strip()
        if not s:
            continue
        m = re.match(r'fn @"?([^"(]+)"?\((.*?)\)', s)
        if s.startswith('fn ') and m:
            cur = {'blocks': {}, 'order': []}
            funcs[m.group(1)] = cur
            continue
        if s == '}':
            cur = None
            continue
        if cur is None:
            continue
        m = re.match(r'\^(\w+)(\((.*)\))?:$', s)
        if m:
            params = [p.split(':')[0].strip() for p in m.group(3).split(',')] if m.group(3) else []
            blk = {'params': params, 'insts': []}
            cur['blocks'][m.group(1)] = blk
            cur['order'].append(m.group(1))
            continue
        cur['blocks'][cur['order'][-1]]['insts'].append(s)
    return funcs

def targets(s):
    # "^bb1(%a, %b)" -> (label, [args])
    m = re.match(r'\^(\w+)(?:\(([^)]*)\))?', s.strip())
    args = [a.strip() for a in m.group(2).split(',')] if m.group(2) else []
    return m.group(1), args

def split_targets(s):
    out, depth, cur = [], 0, ''
    for c in s:
        if c in '([':
            depth += 1
        if c in ')]':
            depth -= 1
        if c == ',' and depth == 0:
            out.append(cur); cur = ''
        else:
            cur += c
    out.append(cur)
    return [o.strip() for o in out]

def binop(op, a, b):
    t, name = op.split('.', 1)
    bits = 32 if t == 'i32' else 64
    mask = (1 << bits) - 1
    ua, ub = a & mask, b & mask
    sa, sb = sx(a, bits), sx(b, bits)
    def ovf(v, signed):
        if signed and not (-(1 << (bits - 1)) <= v < (1 << (bits - 1))):
            raise Trap()
        if not signed and not (0 <= v <= mask):
            raise Trap()
        return v & mask
    r = {
        'add': lambda: ua + ub, 'sub': lambda: ua - ub, 'mul': lambda: ua * ub,
        'and': lambda: ua & ub, 'or': lambda: ua | ub, 'xor': lambda: ua ^ ub,
        'shl': lambda: ua << (ub % bits), 'shr_u': lambda: ua >> (ub % bits),
        'shr_s': lambda: sa >> (ub % bits),
        'rotl': lambda: ((ua << (ub % bits)) | (ua >> ((bits - ub % bits) % bits))),
        'rotr': lambda: ((ua >> (ub % bits)) | (ua << ((bits - ub % bits) % bits))),
        'eq': lambda: int(ua == ub), 'ne': lambda: int(ua != ub),
        'lt_s': lambda: int(sa < sb), 'lt_u': lambda: int(ua < ub),
        'gt_s': lambda: int(sa > sb), 'gt_u': lambda: int(ua > ub),
        'le_s': lambda: int(sa <= sb), 'le_u': lambda: int(ua <= ub),
        'ge_s': lambda: int(sa >= sb), 'ge_u': lambda: int(ua >= ub),
    }
    if name in r:
        return r[name]() & mask
    if name in ('div_s', 'rem_s'):
        if sb == 0 or (name == 'div_s' and sa == -(1 << (bits - 1)) and sb == -1):
            raise Trap()
        q = abs(sa) // abs(sb) * (1 if (sa < 0) == (sb < 0) else -1)
        return (q if name == 'div_s' else sa - q * sb) & mask
    if name in ('div_u', 'rem_u'):
        if ub == 0:
            raise Trap()
        return (ua // ub if name == 'div_u' else ua % ub) & mask
    if name.endswith('_ovf_s') or name.endswith('_ovf_u'):
        base, signed = name[:3], name.endswith('_s')
        x, y = (sa, sb) if signed else (ua, ub)
        return ovf({'add': x + y, 'sub': x - y, 'mul': x * y}[base], signed)
    raise Exception('unknown op ' + op)

def unop(op, a):
    t, name = op.split('.', 1)
    bits = 32 if t == 'i32' else 64
    if op == 'i32.wrap_i64': return a & M32
    if op == 'i64.extend_i32_s': return sx(a, 32) & M64
    if op == 'i64.extend_i32_u': return a & M32
    if op == 'i64.extend32_s': return sx(a, 32) & M64
    mask = (1 << bits) - 1
    a &= mask
    if name == 'eqz': return int(a == 0)
    if name == 'clz': return bits - a.bit_length()
    if name == 'ctz': return bits if a == 0 else (a & -a).bit_length() - 1
    if name == 'popcnt': return bin(a).count('1')
    if name == 'extend8_s': return sx(a, 8) & mask
    if name == 'extend16_s': return sx(a, 16) & mask
    raise Exception('unknown op ' + op)

def run(funcs, name, args, depth=0):
    if depth > 2000:
        raise Exception('too deep')
    f = funcs[name]
    env = {}
    label = f['order'][0]
    vals = args
    steps = 0
    while True:
        blk = f['blocks'][label]
        for p, v in zip(blk['params'], vals):
            env[p] = v
        nxt = None
        for s in blk['insts']:
            steps += 1
            if steps > 50_000_000:
                raise Exception('too many steps')
            m = re.match(r'(.*?)=\s*(.*)$', s) if '=' in s.split('(')[0] else None
            lhs = [x.strip() for x in m.group(1).split(',')] if m else []
            rhs = m.group(2).strip() if m else s
            w = rhs.split(None, 1)
            opn, rest = w[0], (w[1] if len(w) > 1 else '')
            if opn.endswith('.const'):
                bits = 32 if opn.startswith('i32') else 64
                env[lhs[0]] = int(rest, 0) & ((1 << bits) - 1)
            elif opn == 'call':
                cm = re.match(r'@"?([^"(]+)"?\((.*)\)', rest)
                cargs = [env[a.strip()] for a in cm.group(2).split(',') if a.strip()]
                if cm.group(1) not in funcs:
                    raise Exception('call to import ' + cm.group(1))
                res = run(funcs, cm.group(1), cargs, depth + 1)
                for l, v in zip(lhs, res):
                    env[l] = v
            elif opn == 'trapz':
                if env[rest.strip()] == 0: raise Trap()
            elif opn == 'trapnz':
                if env[rest.strip()] != 0: raise Trap()
            elif opn == 'trap':
                raise Trap()
            elif opn == 'return':
                return [env[a.strip()] for a in rest.split(',') if a.strip()]
            elif opn == 'br':
                nxt = targets(rest)
            elif opn == 'br_if':
                c, a, b = split_targets(rest)
                nxt = targets(a) if env[c] != 0 else targets(b)
            elif opn == 'switch':
                parts = split_targets(rest)
                v, d = env[parts[0]], parts[1]
                cases = parts[2].strip()[1:-1]
                nxt = targets(d)
                bits = 32 if v <= M32 else 64
                for c in split_targets(cases):
                    if not c: continue
                    k, t = c.split(':', 1)
                    kk = int(k) & (M64 if int(k) > M32 or v > M32 else M32)
                    if kk == v or (int(k) & M64) == v:
                        nxt = targets(t)
                        break
            else:
                ops = [env[a.strip()] for a in rest.split(',')]
                if opn.endswith('.select'):
                    env[lhs[0]] = ops[1] if ops[0] != 0 else ops[2]
                elif len(ops) == 2:
                    env[lhs[0]] = binop(opn, ops[0], ops[1])
                else:
                    env[lhs[0]] = unop(opn, ops[0])
            if nxt:
                break
        label, names = nxt
        vals = [env[a] for a in names]

TYPES = {'u8': (8, False), 'u16': (16, False), 'u32': (32, False), 'u64': (64, False),
         'i8': (8, True), 'i16': (16, True), 'i32': (32, True), 'i64': (64, True),
         'usize': (32, False), 'isize': (32, True), 'bool': (1, False)}

def to_wasm(ty, text):
    if ty == 'bool':
        return 1 if text == 'true' else 0
    bits, signed = TYPES[ty]
    v = int(text)
    return v & (M64 if bits == 64 else M32)

def from_wasm(ty, v):
    if ty == 'bool':
        return 'true' if v else 'false'
    bits, signed = TYPES[ty]
    v &= (1 << bits) - 1
    return str(sx(v, bits) if signed else v)

def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else 'target/release/mir-export'
    files = sys.argv[2:] or sorted(
        os.path.join('tests/rust', f) for f in os.listdir('tests/rust') if f.endswith('.rs'))
    fails = 0
    tmp = tempfile.mkdtemp()
    for path in files:
        src = open(path).read()
        flags = []
        specs = []
        for line in src.splitlines():
            if line.startswith('//! flags:'):
                flags = line[len('//! flags:'):].split()
            m = re.match(r'//! diff: (\w+)\((.*?)\)(?: -> (\w+))? ; inputs: (.*)$', line)
            if m:
                tys = [t.strip() for t in m.group(2).split(',') if t.strip()]
                inputs = [[a.strip() for a in t.split(',')] for t in m.group(4).split(';')]
                specs.append((m.group(1), tys, m.group(3), inputs))
        base = os.path.join(tmp, os.path.basename(path)[:-3])
        # Native run.
        # Native run: one process per call (extern "C" panics abort).
        main_rs = src + '\nfn main() {\n    let i: usize = std::env::args().nth(1).unwrap().parse().unwrap();\n    match i {\n'
        k = 0
        for name, tys, ret, inputs in specs:
            for inp in inputs:
                call = f'{name}({", ".join(f"{a} as {t}" if t != "bool" else a for a, t in zip(inp, tys))})'
                main_rs += f'        {k} => println!("{{:?}}", {call}),\n'
                k += 1
        main_rs += '        _ => {}\n    }\n}\n'
        main_rs = main_rs.replace('#![cfg_attr(target_arch = "wasm32", no_std)]', '#![allow(overflowing_literals, unconditional_panic, arithmetic_overflow)]')
        open(base + '_native.rs', 'w').write(main_rs)
        r = subprocess.run(['rustc', '+nightly', '--edition=2021', '-O', *flags, base + '_native.rs',
                            '-o', base + '_native'], capture_output=True, text=True)
        if r.returncode != 0:
            print(f'{path}: native build failed\n{r.stderr}')
            fails += 1
            continue
        native = []
        for j in range(k):
            pr = subprocess.run([base + '_native', str(j)], capture_output=True, text=True)
            native.append(pr.stdout.strip() if pr.returncode == 0 else 'trap')
        r = subprocess.run([exe, path, '-o', base + '.wir', *flags], capture_output=True, text=True)
        if r.returncode != 0:
            print(f'{path}: mir-export failed\n{r.stderr}')
            fails += 1
            continue
        funcs = parse(open(base + '.wir').read())
        i = 0
        for name, tys, ret, inputs in specs:
            for inp in inputs:
                try:
                    res = run(funcs, name, [to_wasm(t, a) for t, a in zip(tys, inp)])
                    got = from_wasm(ret, res[0]) if ret else ''
                except Trap:
                    got = 'trap'
                want = native[i]
                i += 1
                if got != want:
                    fails += 1
                    print(f'{path}: {name}({", ".join(inp)}) = {got}, native {want}')
        print(f'{path}: checked {i} calls')
    print('FAILURES:', fails)
    sys.exit(1 if fails else 0)

main()
