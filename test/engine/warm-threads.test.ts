// A run's worker threads are kept, idle, for the process's next run (engine/run/pool.ts): a sweep
// or a batch starts its threads once. A thread goes back only when its run finished with it; one
// a failed run leaves (chunks perhaps in flight) is terminated. Starts worker threads from dist/
// (`npm test` builds first through `pretest`).
import { afterAll, describe, expect, it } from 'vitest';
import { idleWorkers, startWorkers, stopWorkers } from '../../src/engine/run/pool.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { validateScenarioFile } from '../../src/scenario/validate.js';

afterAll(async () => {
  // Leave no idle thread to the next file of this process.
  await stopWorkers(startWorkers(idleWorkers()));
});

describe('warm worker threads', () => {
  it('stopWorkers(threads, true) keeps a thread for the next startWorkers; stopWorkers(threads) ends it', async () => {
    await stopWorkers(startWorkers(idleWorkers()));
    const [first] = startWorkers(1);
    await stopWorkers([first], true);
    expect(idleWorkers()).toBe(1);
    const [again] = startWorkers(1);
    expect(again).toBe(first);
    expect(again.threadId).toBeGreaterThan(0);
    expect(idleWorkers()).toBe(0);
    await stopWorkers([again]);
    expect(again.threadId).toBe(-1);
    const [fresh] = startWorkers(1);
    expect(fresh).not.toBe(first);
    await stopWorkers([fresh]);
  });

  it('a thread that exits while idle leaves the list', async () => {
    const [t] = startWorkers(1);
    await stopWorkers([t], true);
    expect(idleWorkers()).toBe(1);
    await t.terminate();
    await new Promise((resolve) => setImmediate(resolve));
    expect(idleWorkers()).toBe(0);
  });

  it("runMonteCarlo() twice on 2 workers: the second takes the first one's thread, and both equal a run on 1 worker to the bit", async () => {
    const v = await validateScenarioFile('scenarios/north-korea-2017-s9.yaml');
    if (!v.ok) throw new Error('the flagship does not validate');
    const options = { paths: 1200, breakEvenPaths: 0, withBacktest: false, keepWorkers: true };
    const alone = await runMonteCarlo(v.scenario, { ...options, workers: 1 });
    await stopWorkers(startWorkers(idleWorkers()));
    const cold = await runMonteCarlo(v.scenario, { ...options, workers: 2 });
    expect(idleWorkers()).toBe(1);
    const warm = await runMonteCarlo(v.scenario, { ...options, workers: 2 });
    expect(idleWorkers()).toBe(1);
    expect(JSON.stringify(cold.summary)).toBe(JSON.stringify(alone.summary));
    expect(JSON.stringify(warm.summary)).toBe(JSON.stringify(alone.summary));
  }, 60_000);

  it('runMonteCarlo() without keepWorkers ends its threads with the run (an idle thread keeps its heap)', async () => {
    const v = await validateScenarioFile('scenarios/north-korea-2017-s9.yaml');
    if (!v.ok) throw new Error('the flagship does not validate');
    await stopWorkers(startWorkers(idleWorkers()));
    await runMonteCarlo(v.scenario, { paths: 1200, breakEvenPaths: 0, withBacktest: false, workers: 2 });
    expect(idleWorkers()).toBe(0);
  }, 60_000);
});
