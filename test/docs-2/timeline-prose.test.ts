// README's row for timeline.csv quotes the loan scenario's weekly equity 10 % and 25 % on one date
// "as the timeline now reads them", the paths' own, and the width of the week's bin. The quoted
// figures had drifted from the committed output (-461,418 and -367,116 USD where timeline.csv holds
// -461,623 and -367,356; a bin of 175,231 USD where it is 175,229) and no test read them. These
// read them from the README and compare them with output/top-of-market-2021-11-10-loan/timeline.csv.
// The paths' own are the last week's (the horizon's quantiles are the paths' own): by that date the
// defaults have frozen the equities at the 10 % and 25 % (a run cut on that date gives the same).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const timeline = readFileSync(new URL('output/top-of-market-2021-11-10-loan/timeline.csv', root), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));

/** A README figure, `-461,623` or `+68,119`, as a number. */
const figure = (text: string) => Number(text.replaceAll(',', ''));
/** The equity's row of the timeline on `date` at `quantile`: [value, low, high]. */
function equity(date: string, quantile: string): [number, number, number] {
  const row = timeline.find((r) => r[0] === date && r[1] === 'equityNetUsd' && r[2] === quantile);
  if (!row) throw new Error(`timeline.csv has no equityNetUsd ${quantile} on ${date}`);
  return [Number(row[3]), Number(row[5]), Number(row[6])];
}

const NUMBER = '([-+]?[\\d,]+)';
const quoted = new RegExp(
  `now, on (\\d{4}-\\d\\d-\\d\\d), ${NUMBER} and ${NUMBER} USD against the paths' own ${NUMBER} and ${NUMBER}[^:]*: a quantile within the range is still up to a bin away, and a bin is still wide where the paths spread far \\(here ${NUMBER} USD, from ${NUMBER} to ${NUMBER} USD`,
).exec(readme);

describe("README's timeline.csv row: the loan scenario's equity quantiles", () => {
  it('is quoted', () => {
    expect(quoted).not.toBeNull();
  });

  it('the 10 % and 25 % on the quoted date are timeline.csv, to the dollar', () => {
    const [, date, p10, p25] = quoted!;
    expect(figure(p10)).toBe(Math.round(equity(date, '0.1')[0]));
    expect(figure(p25)).toBe(Math.round(equity(date, '0.25')[0]));
  });

  it("the paths' own are the horizon's, which the defaults froze", () => {
    const last = timeline.filter((r) => r[1] === 'equityNetUsd').at(-1)![0];
    const [, , , , own10, own25] = quoted!;
    expect(figure(own10)).toBe(Math.round(equity(last, '0.1')[0]));
    expect(figure(own25)).toBe(Math.round(equity(last, '0.25')[0]));
  });

  it("the bin is the 10 % and 25 %'s shared interval, its ends and its width", () => {
    const [, date, , , , , width, from, to] = quoted!;
    const [, low10, high10] = equity(date, '0.1');
    const [, low25, high25] = equity(date, '0.25');
    expect([low25, high25]).toEqual([low10, high10]);
    expect(figure(from)).toBe(Math.round(low10));
    expect(figure(to)).toBe(Math.round(high10));
    expect(figure(width)).toBe(Math.round(high10 - low10));
  });
});
