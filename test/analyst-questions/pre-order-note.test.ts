// An Antminer S19 XP bought at the November 2021 peak (2021-11-10) and hashing from 2022-07-08,
// after a delivery of 240 days: the catalog dates the machine 2022-07 and says it was pre-sold in
// November and December 2021, yet validate and the assumptions table said "no one could buy it on
// that day: fine for a counterfactual". A purchase before the release month is a pre-order when
// the cohort first hashes in that month or later: the note now says so. One that hashes before the
// machine came out keeps the counterfactual's note.
import { describe, expect, it } from 'vitest';
import { catalogMessages as c } from '../../src/messages/catalog.js';
import { hardwareNotes } from '../../src/scenario/hardware-notes.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const peak = (delay: string) => `name: s19xp-peak
start: 2021-11-10
horizon: 3 years
fleet:
  - model: Antminer S19 XP
    count: 10
    unitPrice: 16695 USD
    deploymentDelay: ${delay}
power:
  price: 0.05 USD/kWh
network:
  model: { type: historical }
price:
  model: { type: historical }
fees:
  model: { type: historical }
`;

async function notesOf(text: string) {
  const v = await validateScenarioText(text, 's19xp.yaml');
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
  return hardwareNotes(v.scenario).filter((n) => n.label === 'fleet[0].model');
}

describe('a machine bought before its catalog release', () => {
  it('hardwareNotes() calls an S19 XP bought 2021-11-10 and hashing from 2022-07-08 a pre-order', async () => {
    const [note] = await notesOf(peak('240 days'));
    expect(note.value).toBe(c.preOrdered('Antminer S19 XP', '2022-07', '2021-11-10', '2022-07-08'));
    expect(note.note).toBe(c.preOrderedNote());
    expect(`${note.value} ${note.note}`).not.toContain('no one could buy it');
    expect(note.value).toContain('it hashes from 2022-07-08');
  });

  it('hardwareNotes() keeps the counterfactual note for one hashing before it came out (from 2021-11-10)', async () => {
    expect(await notesOf(peak('0 days'))).toEqual([
      {
        label: 'fleet[0].model',
        value: c.releasedAfterPurchase('Antminer S19 XP', '2022-07', '2021-11-10'),
        note: c.releasedAfterPurchaseNote(),
      },
    ]);
  });
});
