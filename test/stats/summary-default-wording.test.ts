// What summary.json says of a back-test's equity after a default (stats/summary-schema.ts): the
// owners' hedges settle on to their terms (engine/kernel/books.ts), so the back-test's hedges' net
// and the equity's payback count what they pay after it. The loan case with a hashprice swap of
// 5 PH/s at 250 USD/PH/day for 24 months defaults on 2022-01-09; its back-test's hedgeNetUsd is
// 539,658 USD, of which the months after the default are most (checked by hand from daily.csv's
// hashprice: sum over the 24 months of 5 x (250 x days - the month's hashprices)), and the
// equity, left with -465,826 USD by the default, is back at zero on 2023-09-10 by the swap's
// settlements alone. The descriptions said both stopped at a default.
import { describe, expect, it } from 'vitest';
import { summaryJsonSchema } from '../../src/stats/summary-schema.js';

type Node = { description?: string; properties?: Record<string, Node>; anyOf?: Node[] };

function property(path: string[]): Node {
  let node = summaryJsonSchema() as Node;
  for (const key of path) {
    const holder: Node | undefined = node.properties
      ? node
      : node.anyOf?.find((n) => n.properties !== undefined);
    node = holder!.properties![key];
  }
  return node;
}

describe('summary.json on a back-test after a default', () => {
  it('summaryJsonSchema() says actual.equity.hedgeNetUsd runs to the horizon, a default not ending the hedges', () => {
    const d = property(['actual', 'equity', 'hedgeNetUsd']).description!;
    expect(d).not.toContain('or a default');
    expect(d).toContain('a default does not end them');
  });

  it('summaryJsonSchema() says the equity may pay back after a default, by its hedges', () => {
    const d = property(['actual', 'equity', 'paybackDate']).description!;
    expect(d).not.toContain('by the horizon or a default');
    expect(d).toContain('after a default');
  });
});
