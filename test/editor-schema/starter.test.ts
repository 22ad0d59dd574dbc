// `minesim init`'s starter starts inside the shipped history; an analyst moving its start to today
// is told, in the file, the history's last day and what a start past it must give.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { starterScenario } from '../../src/scenario/template.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { simulate } from '../hostile/in-process.js';

describe("the starter and the history's end", () => {
  const last = loadHistory('bitcoin').lastDate;
  const starter = starterScenario('demo', '../schema/scenario.schema.json', last);

  it('names the last day of the history beside its start, and what a later start gives', () => {
    const start = starter.split('\n').findIndex((l) => l.startsWith('start:'));
    const near = starter
      .split('\n')
      .slice(start, start + 6)
      .join('\n');
    expect(near).toContain(last);
    for (const key of ['price.start', 'network.difficulty', 'fees.model', 'price.model', 'network.model'])
      expect(near).toContain(key);
  });

  it('still validates as written, and runs', async () => {
    const v = await validateScenarioText(starter, 'demo.yaml');
    expect(v.ok).toBe(true);
    const run = await simulate(v);
    expect(run.exit).toBe(0);
    expect(run.summary?.headline).toBeDefined();
  });
});
