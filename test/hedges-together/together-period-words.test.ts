// The hedges together are judged on one hedge's period: the back-test of
// scenarios/hashprice-hedge-2024-05 read "3 BTC committed from 2024-05-01 to 2024-12-31 (a period of
// put on 3 BTC)", the hedge's name run into the sentence. The period now says whose it is and what
// it is: an option's term (its start to its expiry), a swap's month, the name set off in quotes.
import { describe, expect, it } from 'vitest';
import { hedgedProductionMessages as m } from '../../src/messages/hedges.js';

describe('the hedges together name whose period they are judged on', () => {
  it('together(): a put named "put on 3 BTC" reads as its term', () => {
    const line = m.together(
      '3',
      'BTC',
      '97.9 %',
      'the fleet',
      '3.064',
      '2024-05-01',
      '2024-12-31',
      'put on 3 BTC',
      true,
      ['call sold on 3 BTC'],
      true,
      '2024-05-01',
    );
    expect(line).toMatch(
      /^3 BTC committed from 2024-05-01 to 2024-12-31 \(the term of hedge “put on 3 BTC”, its start to its expiry\), /,
    );
    expect(line).not.toContain('a period of');
  });

  it('togetherAtStart(): a forward reads as a month of it', () => {
    const line = m.togetherAtStart(
      '0.12',
      'BTC',
      '40 %',
      '2024-06-01',
      '0.3',
      '2024-06-01',
      '2024-06-30',
      'forward a',
      false,
      ['forward a', 'forward b'],
      '',
    );
    expect(line).toMatch(
      /^0\.12 BTC committed from 2024-06-01 to 2024-06-30 \(a month of hedge “forward a”\), /,
    );
  });
});
