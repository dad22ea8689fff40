#!/usr/bin/env node
// `npm run bench`: NewsLens beside compromise and wink-nlp, in one Node process on the
// same inputs — throughput, cold start, download size, scaling and CoNLL entity quality.
// Prints tables and writes the figures to bench/results/<timestamp>.json.
// Run `node bench/run.mjs --help` for the flags.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { countWords, defaultCnndmPath, defaultConllPath, loadConll, loadSample, loadThroughputCorpus,
  repeatText, repoRoot } from './corpus.mjs';
import { peerIds, loadPeer } from './peers/index.mjs';
import { buildShape, exponent, measure, MiB, shapes } from './hostile.mjs';
import { paste } from './paste.mjs';
import { scoreEntities } from './quality.mjs';
import { measureSizes } from './size.mjs';
import { formatTable, fmtBytes, fmtInt, fmtMs } from './table.mjs';

const sections = ['throughput', 'cold', 'paste', 'size', 'scaling', 'quality', 'hostile'];
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    articles: { type: 'string' },
    runs: { type: 'string' },
    'cold-runs': { type: 'string' },
    sentences: { type: 'string' },
    scales: { type: 'string' },
    'hostile-base': { type: 'string' },
    'paste-runs': { type: 'string' },
    conll: { type: 'string', default: defaultConllPath },
    cnndm: { type: 'string', default: defaultCnndmPath },
    out: { type: 'string', default: path.join(repoRoot, 'bench/results') },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  process.stdout.write(`usage: node bench/run.mjs [flags]
  --quick            tiny inputs and few repetitions (smoke test; figures are not meaningful)
  --articles N       CNN dev articles added to the sample article for throughput (default 40; quick 2)
  --runs N           timed throughput runs after one warm-up, median reported (default 5; quick 2)
  --cold-runs N      fresh child processes per system for cold start (default 5; quick 1)
  --sentences N      first N CoNLL dev sentences for entity quality (default 0 = all 3,250; quick 20)
  --scales A,B,C     multiples of the sample article for scaling (default 1,10,100; quick 1,10)
  --hostile-base N   bytes of the 1× hostile input (default 262144, so 16× = 4 MiB; quick 16384;
                     1048576 runs the 16 MiB limit itself)
  --paste-runs N     fresh-instance analyses of the 10 MiB paste, median reported (default 3; quick 1 of 1 MiB)
  --conll PATH       CoNLL-2003 dev file (default ../shared/data/conll2003/valid.txt)
  --cnndm PATH       CNN/DM dev jsonl (default ../shared/data/cnndm/dev.jsonl)
  --out DIR          where the JSON goes (default bench/results; "-" writes none)
  --only LIST        comma-separated subset of ${sections.join(',')}
`);
  process.exit(0);
}

const int = (value, fallback) => (value === undefined ? fallback : Number.parseInt(value, 10));
const config = {
  quick: args.quick,
  articles: int(args.articles, args.quick ? 2 : 40),
  runs: int(args.runs, args.quick ? 2 : 5),
  coldRuns: int(args['cold-runs'], args.quick ? 1 : 5),
  sentences: int(args.sentences, args.quick ? 20 : 0) || Infinity, // 0: the whole file
  pasteRuns: int(args['paste-runs'], args.quick ? 1 : 3),
  pasteMiB: args.quick ? 1 : 10,
  hostileBase: int(args['hostile-base'], args.quick ? 16 * 1024 : 256 * 1024),
  scales: (args.scales ?? (args.quick ? '1,10' : '1,10,100')).split(',').map(Number),
  conll: path.resolve(args.conll),
  cnndm: path.resolve(args.cnndm),
  only: args.only ? args.only.split(',') : sections,
};
for (const s of config.only) if (!sections.includes(s)) throw new Error(`--only: unknown section ${s}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (line) => process.stderr.write(`bench: ${line}\n`);

// Wall time is what a user waits; CPU time (this process, all threads) is printed beside
// it because on a shared machine other jobs stretch wall time but not CPU time.
function timed(fn) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', parallelism: os.availableParallelism?.() ?? cpus.length,
    memoryBytes: os.totalmem(), node: process.version, v8: process.versions.v8,
    platform: `${os.type()} ${os.release()} ${os.arch()}`, loadAvgStart: os.loadavg(),
  };
}

async function createAll() {
  const peers = [];
  for (const id of peerIds) {
    const mod = await loadPeer(id);
    peers.push({ id, name: mod.name, what: mod.what, instance: await mod.create() });
  }
  return peers;
}

// Round-robin across systems, rotating who goes first, so load from other processes on a
// shared machine spreads over all of them instead of landing on one.
function throughput(peers, corpus) {
  const timeCorpus = (peer) => {
    const stages = {}; // NewsLens only: the core's own time per stage (timing.stages), summed over the corpus
    const t = timed(() => {
      let produced = 0;
      for (const doc of corpus.docs) {
        const result = peer.instance.run(doc.text);
        if (result) produced++;
        for (const [name, ms] of Object.entries(result?.timing?.stages ?? {})) stages[name] = (stages[name] ?? 0) + ms;
      }
      return produced;
    });
    if (t.value !== corpus.docs.length) throw new Error(`${peer.name} returned nothing for a document`);
    return { ...t, stages };
  };
  const times = Object.fromEntries(peers.map((p) => [p.id, []]));
  for (const peer of peers) timeCorpus(peer); // warm-up
  for (let r = 0; r < config.runs; r++) {
    for (let k = 0; k < peers.length; k++) {
      const peer = peers[(r + k) % peers.length];
      times[peer.id].push(timeCorpus(peer));
    }
  }
  const rows = peers.map((peer) => {
    const runs = times[peer.id];
    const ms = median(runs.map((t) => t.wallMs));
    const cpuMs = median(runs.map((t) => t.cpuMs));
    const stageNames = Object.keys(runs[0].stages);
    const stagesMs = stageNames.length ? Object.fromEntries(stageNames.map((n) => [n, median(runs.map((t) => t.stages[n]))])) : undefined;
    return { system: peer.name, what: peer.what, runsWallMs: runs.map((t) => t.wallMs), runsCpuMs: runs.map((t) => t.cpuMs),
      medianMs: ms, medianCpuMs: cpuMs, wordsPerSecond: corpus.words / (ms / 1000), wordsPerCpuSecond: corpus.words / (cpuMs / 1000),
      stagesMs };
  });
  for (const row of rows) {
    row.newsLensRatio = rows[0].wordsPerSecond / row.wordsPerSecond;
    row.newsLensRatioCpu = rows[0].wordsPerCpuSecond / row.wordsPerCpuSecond;
  }
  return rows;
}

function coldStart() {
  const script = path.join(repoRoot, 'bench/cold.mjs');
  const samples = Object.fromEntries(peerIds.map((id) => [id, []]));
  for (let r = 0; r < config.coldRuns; r++) {
    for (let k = 0; k < peerIds.length; k++) {
      const id = peerIds[(r + k) % peerIds.length];
      const t0 = performance.now();
      const child = spawnSync(process.execPath, [script, id], { cwd: repoRoot, encoding: 'utf8' });
      const processMs = performance.now() - t0;
      if (child.status !== 0) throw new Error(`cold start of ${id} failed: ${child.stderr}`);
      samples[id].push({ ...JSON.parse(child.stdout.trim().split('\n').at(-1)), processMs });
    }
  }
  return peerIds.map((id) => {
    const runs = samples[id];
    const med = (key) => median(runs.map((x) => x[key]));
    return { id, runs: runs.length, importMs: med('importMs'), createMs: med('createMs'), firstRunMs: med('firstRunMs'),
      totalMs: med('totalMs'), totalCpuMs: med('totalCpuMs'), nodeBootMs: med('nodeBootMs'), processMs: med('processMs'), samples: runs };
  });
}

// The same core built natively (build/native/newslens-bench-core) on the same corpus: its
// stage times beside the WASM build's, our distance from the machine's limit. Skipped
// when the native build is missing.
function nativeCore(corpus, wasmRow) {
  const binary = path.join(repoRoot, 'build/native/newslens-bench-core');
  if (!fs.existsSync(binary)) {
    log('no build/native/newslens-bench-core: native row skipped');
    return undefined;
  }
  const file = path.join(os.tmpdir(), `newslens-bench-corpus-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify({ docs: corpus.docs.map((d) => d.text) }));
  const child = spawnSync(binary, [file, '--runs', String(config.runs)], { encoding: 'utf8' });
  fs.rmSync(file, { force: true });
  if (child.status !== 0) throw new Error(`newslens-bench-core failed: ${child.stderr}`);
  const native = JSON.parse(child.stdout.trim());
  const sum = (stages) => Object.values(stages).reduce((a, b) => a + b, 0);
  const nativeCoreMs = sum(native.stagesMs);
  const wasmCoreMs = sum(wasmRow.stagesMs);
  return { ...native, nativeCoreMs, wasmCoreMs, ratio: wasmCoreMs / nativeCoreMs };
}

async function scaling(newslensModule) {
  const sample = loadSample();
  const rows = [];
  for (const scale of config.scales) {
    const text = repeatText(sample, scale);
    const words = countWords(text);
    const instance = await newslensModule.create(); // fresh memory per size: peak belongs to this size
    const heapBefore = instance.heapBytes();
    const repetitions = Math.max(config.quick ? 1 : 5, Math.round((config.quick ? 3 : 40) / scale));
    instance.run(text); // warm-up
    const runs = Array.from({ length: repetitions }, () => timed(() => instance.run(text)));
    const wallMs = median(runs.map((t) => t.wallMs));
    const minWallMs = Math.min(...runs.map((t) => t.wallMs));
    const cpuMs = median(runs.map((t) => t.cpuMs));
    const coreMs = median(runs.map((t) => t.value.timing.ms));
    const perWord = (ms) => (ms * 1000) / words;
    rows.push({ scale, chars: text.length, words, repetitions, wallMs, minWallMs, cpuMs, coreMs,
      usPerWordWall: perWord(wallMs), usPerWordMinWall: perWord(minWallMs), usPerWordCpu: perWord(cpuMs),
      usPerWordCore: perWord(coreMs), heapBytesBefore: heapBefore, heapBytesAfter: instance.heapBytes() });
    instance.analyzer.dispose();
  }
  return rows;
}

// Issue #18's shapes at 1×, 4×, 16×, each in a fresh instance: wall time, the core's
// time, WASM memory growth, and the growth exponents from 1× to 16× (1 = linear).
async function hostile() {
  const rows = [];
  for (const name of Object.keys(shapes)) {
    const runs = [];
    for (const scale of [1, 4, 16]) {
      const text = buildShape(name, config.hostileBase * scale);
      const m = await measure(text);
      log(`  ${name} ${scale}×: ${m.error ?? `${fmtMs(m.ms)} ms, peak +${fmtBytes(m.peakBytes)}`}`);
      runs.push({ scale, ...m });
    }
    const [a, , c] = runs;
    const ok = !a.error && !c.error;
    rows.push({ shape: name, what: shapes[name].what, runs,
      timeExponent: ok ? exponent(a.bytes, a.ms, c.bytes, c.ms) : NaN,
      heapExponent: ok ? exponent(a.bytes, a.peakBytes, c.bytes, c.peakBytes) : NaN });
  }
  return rows;
}

function quality(peers) {
  if (!fs.existsSync(config.conll)) {
    log(`no CoNLL file at ${config.conll}: quality skipped`);
    return [];
  }
  const sentences = loadConll(config.conll, config.sentences);
  return peers.map((peer) => (peer.instance.entities
    ? { system: peer.name, ...scoreEntities(sentences, peer.instance.entities) }
    : { system: peer.name, skipped: 'no PER/ORG/LOC/MISC entities in this model' }));
}

// ---------------------------------------------------------------------------------------
const report = { when: new Date().toISOString(), machine: machine(), config };
const t0 = performance.now();
const peers = await createAll();
const newslensModule = await loadPeer('newslens');
report.model = peers[0].instance.analyzer.modelInfo;
report.version = peers[0].instance.analyzer.version;

if (config.only.includes('throughput')) {
  const corpus = loadThroughputCorpus(config.cnndm, fs.existsSync(config.cnndm) ? config.articles : 0);
  report.corpus = { docs: corpus.docs.length, words: corpus.words, chars: corpus.chars,
    wordRule: 'whitespace-separated tokens holding a letter or digit' };
  log(`throughput: ${corpus.docs.length} documents, ${corpus.words} words, ${config.runs} runs`);
  report.throughput = throughput(peers, corpus);
  report.native = nativeCore(corpus, report.throughput[0]);
}
if (config.only.includes('cold')) {
  log(`cold start: ${config.coldRuns} fresh processes per system`);
  report.coldStart = coldStart();
}
if (config.only.includes('paste')) {
  log(`paste: ${config.pasteMiB} MiB of CNN dev articles, ${config.pasteRuns} fresh instance(s)`);
  report.paste = await paste(config.cnndm, config.pasteRuns, config.pasteMiB);
}
if (config.only.includes('size')) {
  log('size: esbuild bundles');
  report.size = await measureSizes();
}
if (config.only.includes('scaling')) {
  log(`scaling: ${config.scales.join('×, ')}× the sample article`);
  report.scaling = await scaling(newslensModule);
}
if (config.only.includes('quality')) {
  log(`quality: ${Number.isFinite(config.sentences) ? config.sentences : 'all'} CoNLL dev sentences`);
  report.quality = quality(peers);
}
if (config.only.includes('hostile')) {
  log(`hostile: ${Object.keys(shapes).length} shapes at 1×, 4×, 16× of ${fmtBytes(config.hostileBase)}`);
  report.hostile = await hostile();
}
report.machine.loadAvgEnd = os.loadavg();
report.elapsedSeconds = (performance.now() - t0) / 1000;
report.targets = targets(report);

process.stdout.write(render(report));
if (args.out !== '-') {
  fs.mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${report.when.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nJSON: ${path.relative(process.cwd(), file)}\n`);
}
for (const peer of peers) peer.instance.analyzer?.dispose();

// ---------------------------------------------------------------------------------------
function targets(r) {
  const out = [];
  const tp = r.throughput && Object.fromEntries(r.throughput.map((x) => [x.system, x]));
  if (tp) {
    out.push({ target: 'throughput ≥ 10× compromise (wall)', value: tp.compromise.newsLensRatio,
      cpuRatio: tp.compromise.newsLensRatioCpu, met: tp.compromise.newsLensRatio >= 10 });
  }
  if (tp) {
    out.push({ target: '#19: full analysis ≥ 1.0× wink-nlp (CPU words/s)', value: tp['wink-nlp'].newsLensRatioCpu,
      met: tp['wink-nlp'].newsLensRatioCpu >= 1 });
    out.push({ target: '#19: full analysis ≥ 25× compromise (CPU words/s)', value: tp.compromise.newsLensRatioCpu,
      met: tp.compromise.newsLensRatioCpu >= 25 });
  }
  if (r.native) {
    out.push({ target: '#19: WASM core ≤ 1.6× native core time (same corpus, timing.stages)', value: r.native.ratio,
      met: r.native.ratio <= 1.6 });
  }
  if (r.paste) {
    out.push({ target: `#19: ${r.config.pasteMiB} MiB paste ≤ 6 s (wall, all fields)`, value: r.paste.ms ?? NaN, ms: true,
      met: !r.paste.error && r.paste.ms <= 6000 });
  }
  if (r.size) {
    const ours = r.size.find((x) => x.system === 'NewsLens').gzip;
    const theirs = r.size.find((x) => x.system === 'compromise').gzip;
    out.push({ target: 'download (gzip) smaller than compromise + compromise-dates', value: ours / theirs, met: ours < theirs });
  }
  if (r.coldStart) {
    const { totalMs, totalCpuMs } = r.coldStart.find((x) => x.id === 'newslens');
    out.push({ target: 'cold start ≤ 100 ms in Node (import + instantiate + first analysis, wall)', value: totalMs,
      cpuMs: totalCpuMs, met: totalMs <= 100 });
  }
  return out;
}

function render(r) {
  const m = r.machine;
  const lines = [];
  lines.push(`NewsLens bench ${r.when}${r.config.quick ? '  (--quick: smoke-test sizes, figures not meaningful)' : ''}`);
  lines.push(`machine: ${m.cpus} × ${m.cpuModel} (${m.parallelism} usable), ${fmtBytes(m.memoryBytes)} RAM, ` +
    `Node ${m.node}, ${m.platform}; load avg ${m.loadAvgStart[0].toFixed(2)} at start, ${m.loadAvgEnd[0].toFixed(2)} at end ` +
    '(a shared machine: other jobs may run)');
  lines.push(`NewsLens ${r.version}, model: ${r.model}`);
  if (r.corpus) {
    lines.push(`throughput corpus: sample article + ${r.corpus.docs - 1} CNN dev articles = ${fmtInt(r.corpus.words)} words ` +
      `(${r.corpus.wordRule}); 1 warm-up then ${r.config.runs} timed runs, round-robin, median`);
  }
  const by = (list, key, value) => list?.find((x) => x[key] === value);
  const main = peerIds.map((id, i) => {
    const name = ['NewsLens', 'compromise', 'wink-nlp'][i];
    const tp = by(r.throughput, 'system', name);
    const cs = by(r.coldStart, 'id', id);
    const size = by(r.size, 'system', name);
    const q = by(r.quality, 'system', name);
    const f = (x) => (x ? (x.f1 * 100).toFixed(1) : '—');
    return [name,
      tp ? `${fmtInt(tp.wordsPerSecond)} (${fmtInt(tp.wordsPerCpuSecond)})` : '—',
      tp ? `${tp.newsLensRatio.toFixed(1)}× (${tp.newsLensRatioCpu.toFixed(1)}×)` : '—',
      cs ? `${fmtMs(cs.totalMs)} / ${fmtMs(cs.processMs)}` : '—',
      size ? `${fmtBytes(size.raw)} / ${fmtBytes(size.gzip)}` : '—',
      q && !q.skipped ? `${f(q.exact)} / ${f(q.exactPerOrgLoc)} / ${f(q.spanAnyType)}` : (q ? 'n/a' : '—')];
  });
  lines.push('', formatTable(['system', 'words/s wall (CPU)', 'NewsLens÷peer wall (CPU)', 'cold ms (in-proc / process)',
    'download raw / gzip', 'CoNLL F1 exact / PER·ORG·LOC / span'], main));
  if (r.throughput) {
    lines.push('', 'what each system does per document:');
    for (const x of r.throughput) lines.push(`  ${x.system}: ${x.what}`);
    for (const x of r.throughput.filter((t) => t.stagesMs)) {
      const total = Object.values(x.stagesMs).reduce((a, b) => a + b, 0);
      lines.push(`${x.system} core time per stage over the corpus (timing.stages, median of runs; ms, share, words/s):`);
      lines.push(formatTable(['stage', 'ms', 'share', 'words/s'], Object.entries(x.stagesMs).map(([name, ms]) =>
        [name, fmtMs(ms), `${total > 0 ? ((ms / total) * 100).toFixed(0) : 0}%`, ms > 0 ? fmtInt(r.corpus.words / (ms / 1000)) : '—'])));
    }
  }
  if (r.native) {
    lines.push('', `native vs WASM, the core on the same corpus (sum of timing.stages, median of ${r.config.runs} runs): ` +
      `native ${fmtMs(r.native.nativeCoreMs)} ms, WASM ${fmtMs(r.native.wasmCoreMs)} ms = ${r.native.ratio.toFixed(2)}× native ` +
      `(native wall ${fmtMs(r.native.medianMs)} ms, CPU ${fmtMs(r.native.medianCpuMs)} ms; ` +
      Object.entries(r.native.stagesMs).map(([n, ms]) => `${n} ${fmtMs(ms)}`).join(' · ') + ')');
  }
  if (r.coldStart) {
    lines.push('', `cold start, fresh \`node\` per run, median of ${r.config.coldRuns} (ms):`);
    lines.push(formatTable(['system', 'import', 'instantiate', 'first analysis', 'in-proc total', 'its CPU time', 'node boot',
      'whole process'],
    r.coldStart.map((c) => [c.id, fmtMs(c.importMs), fmtMs(c.createMs), fmtMs(c.firstRunMs), fmtMs(c.totalMs),
      fmtMs(c.totalCpuMs), fmtMs(c.nodeBootMs), fmtMs(c.processMs)])));
  }
  if (r.paste) {
    const p = r.paste;
    lines.push('', `paste: ${fmtBytes(p.bytes)} of CNN dev articles (cycled) in one analyze(), all fields, fresh instance, ` +
      `median of ${r.config.pasteRuns}: ` + (p.error ? `failed: ${p.error}` : `${fmtMs(p.ms)} ms wall, core ${fmtMs(p.coreMs)} ms (` +
      Object.entries(p.stages).map(([n, ms]) => `${n} ${fmtMs(ms)}`).join(' · ') + `), peak heap ${fmtBytes(p.peakBytes)}; ` +
      `runs ${p.runsMs.map(fmtMs).join(', ')} ms`));
  }
  if (r.size) {
    lines.push('', 'download size (esbuild --bundle --minify, ESM, platform browser; gzip -9 per file):');
    lines.push(formatTable(['system', 'what', 'raw', 'gzip', 'files'],
      r.size.map((s) => [s.system, s.variant, fmtBytes(s.raw), fmtBytes(s.gzip),
        s.parts.map((p) => `${p.file} ${fmtBytes(p.raw)}`).join(' + ')])));
  }
  if (r.scaling) {
    lines.push('', 'NewsLens scaling (sample article repeated; fresh instance per size; median):');
    lines.push(formatTable(['size', 'words', 'runs', 'ms', 'µs/word', 'µs/word min', 'µs/word CPU', 'µs/word core',
      'WASM memory after'],
      r.scaling.map((s) => [`${s.scale}×`, fmtInt(s.words), String(s.repetitions), fmtMs(s.wallMs),
        s.usPerWordWall.toFixed(3), s.usPerWordMinWall.toFixed(3), s.usPerWordCpu.toFixed(3), s.usPerWordCore.toFixed(3),
        fmtBytes(s.heapBytesAfter)])));
    lines.push('(ms, µs/word: wall time through the JS API incl. JSON; CPU: process CPU time; core: the timing.ms the WASM ' +
      'core reports)');
    const first = r.scaling[0];
    const last = r.scaling.at(-1);
    if (last !== first) {
      const ratio = (key) => (last[key] / first[key]).toFixed(2);
      lines.push(`cost per word at ${last.scale}× vs ${first.scale}×: ${ratio('usPerWordWall')}× wall median, ` +
        `${ratio('usPerWordMinWall')}× wall min, ${ratio('usPerWordCpu')}× CPU, ${ratio('usPerWordCore')}× core ` +
        `(≈1 is linear; a quadratic stage would give ≈${last.scale / first.scale}×)`);
    }
  }
  if (r.quality?.length) {
    const q0 = r.quality.find((q) => !q.skipped);
    lines.push('', `entity quality, ${fmtInt(q0?.sentences ?? 0)} CoNLL-2003 dev sentences (first ones; one sentence per text), ` +
      'micro P/R/F1 ×100, exact span+type:');
    const f = (x) => `${(x.precision * 100).toFixed(1)} / ${(x.recall * 100).toFixed(1)} / ${(x.f1 * 100).toFixed(1)}`;
    lines.push(formatTable(['system', 'all 4 types', 'PER·ORG·LOC only', 'span, any type', 'PER F1', 'ORG F1', 'LOC F1', 'MISC F1'],
      r.quality.map((q) => (q.skipped ? [q.system, q.skipped, '', '', '', '', '', ''] : [q.system, f(q.exact), f(q.exactPerOrgLoc),
        f(q.spanAnyType), ...['PER', 'ORG', 'LOC', 'MISC'].map((t) => (q.perType[t].f1 * 100).toFixed(1))]))));
    lines.push('types mapped: NewsLens PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE→MISC; ' +
      'compromise people→PER, organizations→ORG, places→LOC (it has no MISC)');
  }
  if (r.hostile) {
    lines.push('', 'hostile shapes (issue #18), a fresh instance per run: wall ms, and peak heap per MiB of input (the most ' +
      'malloc held above the warm instance: dlmalloc\'s max footprint); exponents from 1× to 16× (1 = linear, 2 = quadratic):');
    const cell = (x) => (x.error ? x.error.slice(0, 40) : `${fmtMs(x.ms)} ms, ${(x.peakPerMiB / MiB).toFixed(1)} MiB/MiB`);
    lines.push(formatTable(['shape', ...[1, 4, 16].map((k) => `${k}× (${fmtBytes(r.config.hostileBase * k)})`),
      'time exp.', 'heap exp.'],
    r.hostile.map((h) => [h.shape, ...h.runs.map(cell), h.timeExponent.toFixed(2), h.heapExponent.toFixed(2)])));
    const worst = r.hostile.flatMap((h) => h.runs.filter((x) => !x.error && x.scale === 16).map((x) => ({ shape: h.shape, ...x })))
      .sort((x, y) => y.peakPerMiB - x.peakPerMiB)[0];
    if (worst) {
      lines.push(`worst at 16×: ${worst.shape}, peak heap ${(worst.peakPerMiB / MiB).toFixed(1)} MiB per MiB of input ` +
        `(target ≤ 40), WASM memory grew ${fmtBytes(worst.memoryBytes)}`);
    }
    for (const h of r.hostile) lines.push(`  ${h.shape}: ${h.what}`);
  }
  if (r.targets.length) {
    lines.push('', 'targets (issues #8 and #19; reported, not enforced):');
    for (const t of r.targets) {
      let v = `${t.value.toFixed(2)}×`;
      if (t.cpuMs !== undefined) v = `${fmtMs(t.value)} ms (CPU ${fmtMs(t.cpuMs)} ms)`;
      if (t.ms) v = `${fmtMs(t.value)} ms`;
      if (t.cpuRatio !== undefined) v += ` (CPU ${t.cpuRatio.toFixed(2)}×)`;
      lines.push(`  ${t.met ? 'MET    ' : 'NOT MET'} ${t.target}: ${v}`);
    }
  }
  lines.push('', `elapsed ${r.elapsedSeconds.toFixed(1)} s`);
  return `${lines.join('\n')}\n`;
}
