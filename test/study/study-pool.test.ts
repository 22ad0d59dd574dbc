import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { loadHistory, useDataFolder } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { runCalibrationStudy } from '../../src/study/calibration.js';
import { BASELINE_MODELS, STUDY_MODELS } from '../../src/study/study-models.js';
import { startStudyPool } from '../../src/study/study-pool.js';
import { btc, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';

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

  it('runCalibrationStudy() on worker threads reads the imported days of the data folder in use, as on the calling thread', async () => {
    // 120 made-up days after the shipped history's end (2025-11-14): a start whose 1-year outcome
    // lies in them is scored only where the threads see those days too (they read the shipped
    // history alone, and the replay of the start was cut: an internal error).
    const dir = tempFolder();
    try {
      await importDailyText(simpleCsv(series(btc(), '2025-11-08', 120)), 'later.csv', { folder: dir });
      useDataFolder(dir);
      const start = '2025-01-01';
      expect(addDays(start, 364) > btc().lastDate).toBe(true);
      expect(addDays(start, 364) <= loadHistory('bitcoin').lastDate).toBe(true);
      const study = {
        ...options,
        coins: ['bitcoin'] as const,
        starts: { bitcoin: [start] },
        horizons: [365],
      };
      const inline = await runCalibrationStudy({ ...study, workers: 1 });
      const threaded = await runCalibrationStudy({ ...study, workers: 2 });
      expect(inline).toHaveLength(2 * 4);
      expect(threaded).toEqual(inline);
    } finally {
      useDataFolder(null);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
