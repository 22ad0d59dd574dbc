// scenarios/s21-fleet-2026.yaml tells its reader which of its lines can go once newer days are
// imported: done as it says, on days imported past the shipped history, the scenario must
// validate. Its header named the `fees.model.share` line; without its share, `model: { type:
// share-of-subsidy }` is refused ("needs `share` ..."), and without the whole line `fees:` is
// null ("expected a mapping"): the `fees` block must go, and its default then calibrates.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { useDataFolder } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { btc, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';
import { scenarioDraft, scenarioText } from '../fixtures/scenarios.js';

const dir = tempFolder();
afterAll(() => {
  useDataFolder(null);
  rmSync(dir, { recursive: true, force: true });
});

describe('scenarios/s21-fleet-2026.yaml', () => {
  it('validates on imported days with the lines its header says can go left out', async () => {
    // The shipped days from 2025-11-01, then 80 made-up days to 2026-02-02, past the start.
    await importDailyText(simpleCsv(series(btc(), '2025-11-01', 80)), 'newer.csv', { folder: dir });
    useDataFolder(dir);
    const header = /With newer data imported[\s\S]*?can go: the/.exec(scenarioText('s21-fleet-2026'))![0];
    const lines = [...header.matchAll(/`(\w+\.\w+)`/g)].map((m) => m[1]);
    expect(lines).toEqual(['network.height', 'network.difficulty', 'price.start']);
    expect(header).toMatch(/and the `fees` block can go/);
    const d = scenarioDraft('s21-fleet-2026');
    for (const line of lines) {
      const [block, key] = line.split('.');
      delete d[block][key];
    }
    delete d.fees;
    const v = await validateScenarioText(stringify(d), 's21.yaml');
    expect(v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });
});
