// The pilot a slice at a time (src/engine/run/pilot-run.ts) gives what one call over all its paths
// gives: every outcome, timeline value, sample and count, with break-evens and samples inside it.
import { describe, expect, it } from 'vitest';
import { SERIES_COUNT } from '../../src/engine/kernel/checkpoints.js';
import { ChunkRunner } from '../../src/engine/run/chunk.js';
import { runPilot } from '../../src/engine/run/pilot-run.js';
import { randomNetworkSetup } from '../fixtures/random-network-setup.js';

describe('runPilot()', () => {
  it('gives one call’s result, bit for bit, over slices that end inside it and a last slice cut short', async () => {
    const s = await randomNetworkSetup({ failureRate: '20 %', samplePaths: 20, breakEvenPaths: 25 });
    const slots = SERIES_COUNT * s.checkpoints.length;
    for (const count of [5, 16, 40]) {
      const whole = new ChunkRunner(s).run(0, count, true);
      const sliced = await runPilot(new ChunkRunner(s), count, slots);
      expect(sliced).toEqual(whole);
      expect(Buffer.from(sliced.scalars.buffer)).toEqual(Buffer.from(whole.scalars.buffer));
      expect(Buffer.from(sliced.raw!.buffer)).toEqual(Buffer.from(whole.raw!.buffer));
    }
  });
});
