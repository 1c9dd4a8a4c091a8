// wasm::ExternRef from JavaScript (issue 8). Usage: node externref.mjs MODULE.wasm [--bench N]
//
// Without --bench: passes objects in, stores them, reads them back (the very same objects),
// hands them to an import and keeps what it returns, keeps objects an import makes, releases
// them, many times, and checks that nothing leaks: the store ends empty, every slot of
// the module's externref table (exported as `__wasmrust_refs`) is null again, and the table
// stays as small as the most objects alive at once allows (slots are reused). Prints one JSON
// line; exits 1 on the first failed check.
// With --bench N: N calls of `noop_i32` and N calls of `noop_ref` (an ExternRef argument: a slot
// taken and freed per call), best of 5 rounds each, interleaved, printed side by side in ns/call.
import { readFileSync } from 'node:fs';

const [file, flag, count] = process.argv.slice(2);
// The imports the module calls with and for `ExternRef`s (`host.wrap`, `host.make`).
const host = { wrap: (obj) => ({ inner: obj }), make: (n) => ({ made: n }) };
const { instance } = await WebAssembly.instantiate(readFileSync(file), { host });
const e = instance.exports;
const table = e.__wasmrust_refs;

function check(cond, what) {
  if (!cond) {
    console.log(JSON.stringify({ ok: false, failed: what }));
    process.exit(1);
  }
}

if (flag === '--bench') {
  const n = Number(count || 1000000);
  const obj = { name: 'bench' };
  const time = (f) => {
    const t0 = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t0) / n;
  };
  const plain = () => { let s = 0; for (let i = 0; i < n; i++) s += e.noop_i32(i); return s; };
  const withRef = () => { let s = 0; for (let i = 0; i < n; i++) s += e.noop_ref(obj); return s; };
  let bestPlain = Infinity;
  let bestRef = Infinity;
  for (let round = 0; round < 5; round++) {
    bestPlain = Math.min(bestPlain, time(plain));
    bestRef = Math.min(bestRef, time(withRef));
  }
  console.log(JSON.stringify({
    calls: n,
    i32_ns: +bestPlain.toFixed(2),
    externref_ns: +bestRef.toFixed(2),
    ratio: +(bestRef / bestPlain).toFixed(2),
    table_length: table.length,
  }));
  process.exit(0);
}

// One object at a time, many times.
const rounds = 10000;
for (let r = 0; r < rounds; r++) {
  const obj = { r };
  const k = e.store(obj);
  check(k >= 1 && k <= 64, `store returned ${k}`);
  check(e.fetch(k) === obj, `fetch(${k}) is not the stored object`);
  check(e.echo(obj) === obj, 'echo did not return the same object');
  check(e.rewrap(k) === 1, `rewrap(${k})`);
  check(e.fetch(k).inner === obj, 'the host did not get the stored object');
  check(e.release(k) === 1, `release(${k})`);
  const m = e.adopt(r);
  check(e.fetch(m).made === r, 'adopt did not keep the object the host made');
  check(e.release(m) === 1, `release(${m})`);
}
check(e.live() === 0, `${e.live()} objects left after single rounds`);
const afterSingles = table.length;

// Up to 48 alive at once, released in another order, many times.
let peak = 0;
for (let r = 0; r < 500; r++) {
  const n = 1 + (r % 48);
  const objs = Array.from({ length: n }, (_, i) => ({ r, i }));
  const keys = objs.map((o) => e.store(o));
  keys.forEach((k, i) => check(e.fetch(k) === objs[i], `fetch after a batch of ${n}`));
  peak = Math.max(peak, table.length);
  for (let i = keys.length - 1; i >= 0; i -= 2) check(e.release(keys[i]) === 1, 'release odd');
  for (let i = keys.length - 2; i >= 0; i -= 2) check(e.release(keys[i]) === 1, 'release even');
  check(e.live() === 0, 'objects left after a batch');
}
let nonNull = 0;
for (let i = 0; i < table.length; i++) if (table.get(i) !== null) nonNull++;
check(nonNull === 0, `${nonNull} table slots still hold objects`);
// Slots are reused: a batch of 48 needs 48 slots (+ slot 0, + a fetched clone), and the table
// grows by doubling, so it never needs more than 2 * 50 + 2.
check(afterSingles <= 8, `table grew to ${afterSingles} with one object alive at a time`);
check(peak <= 102, `table grew to ${peak} with at most 48 objects alive`);
console.log(JSON.stringify({ ok: true, rounds, table_after_singles: afterSingles, table_peak: peak }));
