// README's hosting block is written to be pasted into a scenario, its commented lines being the
// other contracts to write in its place. Each is validated here in the flagship, as the page gives
// it (the all-in rate with `power.price: 0`, as its comment says), so that a key renamed or a
// rule tightened shows here rather than to an analyst.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```yaml\n([^`]*)```/g)].map((m) => m[1]);
const hosting = blocks.find((b) => /^power:\n {2}price: .*\n {2}hosting:/.test(b));

/** The block as written, and with each commented `hosting:` line in place of its own. */
function variants(block: string): { name: string; power: Record<string, unknown> }[] {
  const written = parseYaml(block).power as Record<string, unknown>;
  const out = [{ name: 'as written', power: written }];
  for (const m of block.matchAll(/^ {2}# hosting: (\{.*\})\s+#\s*(.*)$/gm)) {
    const power: Record<string, unknown> = { ...written, hosting: parseYaml(m[1]) };
    if (/power\.price must be 0/.test(m[2])) power.price = '0 USD/kWh';
    out.push({ name: m[1], power });
  }
  return out;
}

describe("README's hosting block", () => {
  it('is there, with its alternatives', () => {
    expect(hosting).toBeDefined();
    expect(variants(hosting!).length).toBe(4);
  });

  it.each(variants(hosting ?? 'power: {}'))('$name is accepted in the flagship', async ({ power }) => {
    const d = scenarioDraft('north-korea-2017-s9');
    d.power = power;
    const v = await validateScenarioText(stringify(d), 'readme.yaml');
    expect(v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });
});
