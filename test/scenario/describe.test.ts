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
      `2023-01-01 + 1826 days (5.0 y), ${cliMessages.replayCut('2025-11-14', 1049)}`,
    );
    expect(validatedFacts(s)).toMatchObject({ days: 1826, cutAt: '2025-11-14', simulatedDays: 1049 });
  });

  it('validatedFacts() adds nothing to a scenario that runs its horizon', async () => {
    const s = await scenario({ start: '2017-05-17', horizon: '2 years' });
    expect(describeScenario(s)).toMatch(/2017-05-17 \+ 731 days \(2\.0 y\)$/);
    const facts = validatedFacts(s);
    expect(facts.cutAt).toBeUndefined();
    expect(facts.simulatedDays).toBeUndefined();
  });
});
