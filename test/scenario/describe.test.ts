// What `minesim validate` prints of a valid scenario, against what a run of it says.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cliMessages } from '../../src/messages/cli.js';
import { describeScenario, validatedFacts } from '../../src/scenario/describe.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

async function scenario(changes: Record<string, unknown>) {
  const v = await validateScenarioText(stringify({ ...scenarioDraft(), ...changes }), 'x.yaml');
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.scenario;
}

describe('describeScenario() and validatedFacts()', () => {
  it('describeScenario() says where a replay of the history stops before its horizon, as the run does (it said "+ 1826 days" alone)', async () => {
    // From 2023-01-01 the history (to 2025-11-14) holds 365 + 366 + 318 = 1,049 days; the 5-year
    // horizon is 1,826. The run's summary.json says days 1049, end and cutAt 2025-11-14.
    const s = await scenario({
      start: '2023-01-01',
      horizon: '5 years',
      price: { model: { type: 'historical' } },
    });
    expect(describeScenario(s)).toContain(
      `2023-01-01 + 1,826 days (5 years), ${cliMessages.replayCut('2025-11-14', 1049)}`,
    );
    expect(validatedFacts(s)).toMatchObject({ days: 1826, cutAt: '2025-11-14', simulatedDays: 1049 });
  });

  it('validatedFacts() adds nothing to a scenario that runs its horizon', async () => {
    const s = await scenario({ start: '2017-05-17', horizon: '2 years' });
    expect(describeScenario(s)).toMatch(/2017-05-17 \+ 731 days \(2 years\)$/);
    const facts = validatedFacts(s);
    expect(facts.cutAt).toBeUndefined();
    expect(facts.simulatedDays).toBeUndefined();
  });

  it('describeScenario() states the horizon as the assumptions table does, with its days and units grouped (it printed "1000 units" and "+ 1096 days (3.0 y)")', async () => {
    // A 3-year horizon is 1,096 days (3 x 365.25 rounded), never a multiple of 365: its years
    // were always printed with a decimal. The assumptions table says "3 years: ... (1,096 days)".
    const three = await scenario({ start: '2021-11-10', horizon: '3 years' });
    expect(describeScenario(three)).toMatch(/ \| 2021-11-10 \+ 1,096 days \(3 years\)$/);
    const months = await scenario({ start: '2021-11-10', horizon: '18 months', claims: [] });
    expect(describeScenario(months)).toMatch(/ \+ 548 days \(18 months\)$/);
    const many = await scenario({
      start: '2021-11-10',
      fleet: [{ ...(scenarioDraft().fleet as Record<string, unknown>[])[0], count: 1000 }],
    });
    expect(describeScenario(many)).toContain(' | 1,000 units, ');
  });
});
