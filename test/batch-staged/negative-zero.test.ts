// A scenario's `count: -0` was refused as "must be at least 1 (got 0)": JSON and String() write -0
// as 0, so the message showed a value the user did not write. Now it says (got -0).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { shown } from '../../src/messages/shown.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const base = await readFile(new URL('../hostile/base.yaml', import.meta.url), 'utf8');

describe('-0 as the user wrote it', () => {
  it('shown(-0) is -0, and 0 stays 0', () => {
    expect(shown(-0)).toBe('-0');
    expect(shown(0)).toBe('0');
  });

  it('a fleet count of -0 is refused with (got -0)', async () => {
    const v = await validateScenarioText(base.replace('count: 10', 'count: -0'), 's.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => p.message)).toEqual(['must be at least 1 (got -0)']);
  });
});
