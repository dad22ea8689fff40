// Peak heap per MiB of input on the densest valid texts (issue #18), through the JS
// API on the real module, each in a fresh instance. Memory is deterministic (the
// most bytes malloc held, dlmalloc's max footprint), so it is asserted; time is only
// printed (bench/: `npm run bench -- --only hostile`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildShape, measure, MiB, shapes } from '../../bench/hostile.mjs';

// The ceiling every shape stays under, in MiB of peak heap per MiB of input: issue
// #18's target. The worst measure 35.7 (a quotation every 4 bytes) and 34.8 (a number
// mention every 2 bytes): README, "Input limits".
const CEILING_MIB_PER_MIB = 40;

test('the densest shapes at 1 MiB analyze within the peak-heap ceiling, linearly', async () => {
  for (const name of Object.keys(shapes)) {
    const small = await measure(buildShape(name, MiB / 4));
    const big = await measure(buildShape(name, MiB));
    assert.equal(big.error, undefined, `${name}: ${big.error}`);
    const perMiB = big.peakPerMiB / MiB;
    console.log(`${name}: ${(perMiB).toFixed(1)} MiB/MiB peak at 1 MiB (${(small.peakPerMiB / MiB).toFixed(1)} at ` +
      `256 KiB), ${big.ms.toFixed(0)} ms, ${JSON.stringify(big.counts)}`);
    assert.ok(big.counts.sentences + big.counts.mentions + big.counts.quotes > 10000, `${name}: the analysis did real work`);
    assert.ok(perMiB <= CEILING_MIB_PER_MIB, `${name}: ${perMiB.toFixed(1)} MiB of heap per MiB of input`);
    // Linear: four times the text needs at most ~four times the heap (+25% for steps).
    assert.ok(big.peakBytes <= 4 * 1.25 * small.peakBytes, `${name}: heap grows faster than the input`);
  }
});
