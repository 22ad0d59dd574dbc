import { it } from 'vitest';
import { stringify } from 'yaml';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

async function probe(label: string, edit: (d: any) => void) {
  const d = scenarioDraft('s21-fleet-2026');
  d.claims = [];
  d.fleet[0].name = 'A';
  edit(d);
  const v = await validateScenarioText(stringify(d), 'x.yaml');
  console.log(label, v.ok ? 'OK' : v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
}

it('probes', async () => {
  await probe('staged covenant', (d) => {
    d.fleet.push({ ...d.fleet[0], name: 'B', purchased: '2026-08-01' });
    d.finance = {
      loans: [{ loanToValue: '30 %', rate: '10 %', term: '12 months', marginCall: { loanToValue: '90 %' } }],
    };
  });
  await probe('staged no covenant', (d) => {
    d.fleet.push({ ...d.fleet[0], name: 'B', purchased: '2026-08-01' });
    d.finance = { loans: [{ loanToValue: '30 %', rate: '10 %', term: '12 months' }] };
  });
  await probe('cohort after horizon', (d) => {
    d.horizon = '1 year';
    d.fleet.push({ ...d.fleet[0], name: 'B', purchased: '2027-08-01' });
  });
  await probe('purchased before start + lease', (d) => {
    d.fleet[0].purchased = '2025-06-01';
    d.finance = { leases: [{ cohort: 'A', payment: '10000 USD/month', term: '12 months' }] };
  });
});
