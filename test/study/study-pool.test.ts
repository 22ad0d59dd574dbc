import { describe, expect, it } from 'vitest';
import { runCalibrationStudy } from '../../src/study/calibration.js';
import { BASELINE_MODELS, STUDY_MODELS } from '../../src/study/study-models.js';
import { startStudyPool } from '../../src/study/study-pool.js';

describe('study pool', () => {
  const options = {
    paths: 24,
    seed: 'pool',
    coins: ['bitcoin', 'monero'] as const,
    starts: { bitcoin: ['2021-03-01'], monero: ['2017-05-01'] },
    models: [STUDY_MODELS[1], BASELINE_MODELS[0]],
    horizons: [90, 365],
  };

  it('runCalibrationStudy() gives the same rows on two worker threads as on the calling thread', async () => {
    const inline = await runCalibrationStudy({ ...options, workers: 1 });
    const threaded = await runCalibrationStudy({ ...options, workers: 2 });
    expect(threaded).toEqual(inline);
    // 2 starts x 2 models x 2 horizons x 4 quantities; the 2021 start is held out.
    expect(inline).toHaveLength(2 * 2 * 2 * 4);
    expect(new Set(inline.map((r) => r.split))).toEqual(new Set(['tuning', 'held-out']));
  });

  it('startStudyPool() serves several studies on one set of threads, and reports each job', async () => {
    const pool = startStudyPool(2);
    try {
      let done = 0;
      const first = await runCalibrationStudy({ ...options, progress: () => done++ }, pool);
      const second = await runCalibrationStudy(options, pool);
      expect(second).toEqual(first);
      // One replay per start, then one forecast per start and model.
      expect(done).toBe(2 + 2 * 2);
    } finally {
      await pool.close();
    }
  });
});
