// The "Hedges vs production on the paths" line holds two figures measured over different spans: the
// share of paths on which the hedges together committed more coins than the path mined in at
// least one month (an option: its start to its expiry), and, on each path, the largest share they
// took of the coins mined over one hedge's whole term, its months added up. A forward of 0.3 BTC a
// month on the 2024 S21s read "on 100 % of the paths" beside "median 93.3 %", a reader could not
// tell which span each was over: each now says what it measures, and that a month over can sit in
// a term under.
import { describe, expect, it } from 'vitest';
import { hedgedProductionMessages as m } from '../../src/messages/hedges.js';

describe('the hedges beside each path’s coins, in words', () => {
  const line = m.onThePaths('100 %', '99 %', '100 %', '93.3 %', '71.3 %', '152 %');

  it('onThePaths() ties the share of paths over to a single month and the median to a whole term', () => {
    const [over, share] = line.split('; ');
    expect(over).toContain('in at least one month of one of them');
    expect(over).toContain('on 100 % of the paths (95 % interval 99 % to 100 %)');
    expect(share).toContain("over one hedge's whole term, its months added up");
    expect(share).toContain('median 93.3 % (p10 71.3 %, p90 152 %)');
  });

  it('onThePaths() says a path over in a month can be under over the term', () => {
    expect(line).toContain('a month over can sit in a term under');
  });
});
