// Child process for the cold-start measure: `node bench/cold.mjs <peer-id>` imports the
// peer, instantiates it and analyzes the sample article once, then prints one JSON line.
// Run in a fresh process each time so no module cache or JIT state carries over.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const id = process.argv[2];
const sample = fs.readFileSync(new URL('../web/samples/us-china-talks.txt', import.meta.url), 'utf8');

const t0 = performance.now(); // ms since this process started (Node's own boot before it)
const cpu0 = process.cpuUsage();
const peer = await import(`./peers/${id}.mjs`);
const t1 = performance.now();
const instance = await peer.create();
const t2 = performance.now();
const result = instance.run(sample);
const t3 = performance.now();
const cpu = process.cpuUsage(cpu0); // all threads, incl. V8's background compilers
if (!result) throw new Error(`${id} returned nothing`);
process.stdout.write(`${JSON.stringify({ id, nodeBootMs: t0, importMs: t1 - t0, createMs: t2 - t1,
  firstRunMs: t3 - t2, totalMs: t3 - t0, totalCpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
