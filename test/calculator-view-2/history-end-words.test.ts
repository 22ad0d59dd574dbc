// A payback not reached by the end of the history reads in the same words in the batch index's
// cells as in a report's rows and the back-test's messages: "(the end of the history)".
import { describe, expect, it } from 'vitest';
import { backtestMessages } from '../../src/messages/backtest.js';
import { paidBackOn } from '../../src/report/headline-definitions.js';

describe('a payback not by the end of the history', () => {
  it('reads the same in an index cell as in a row', () => {
    const cell = paidBackOn('2022-11-14', null, '2025-11-14', null, 'cell');
    const row = paidBackOn('2022-11-14', null, '2025-11-14', null, 'row');
    expect(cell).toBe('not by 2025-11-14 (the end of the history)');
    expect(cell).toBe(row);
    expect(cell).toBe(backtestMessages.noPaybackByCut('2025-11-14'));
  });
});
