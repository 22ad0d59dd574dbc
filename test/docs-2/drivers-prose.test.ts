// README's "What drives it" bullets quote the committed outputs in prose, which
// test/output/readme-figures.test.ts reads only in the table above them: "a certain 26 % loss" for
// the July stop, whose back-test's ROI is -26.66 % (the table beside it prints -27 %), and "a median
// forecast of 15 months" for the flagship. Each is read here from the bullet and compared with
// the summary, rounded as the bullet prints it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8').replace(/\s*\n\s*/g, ' ');
const summary = (folder: string) =>
  JSON.parse(readFileSync(new URL(`output/${folder}/summary.json`, root), 'utf8'));

describe("README's drivers in prose", () => {
  it("the July stop's certain loss is its back-test's ROI", () => {
    const m = /\*\*Stopping in July\*\* turns a seven-month payback into a certain (\d+) % loss/.exec(readme);
    expect(m).not.toBeNull();
    const roi = summary('north-korea-2017-s9-july-stop-backtest').headline.roiAtHorizon.mean;
    expect(Number(m![1])).toBe(Math.round(-roi * 100));
  });

  it("the flagship's median forecast is its median payback, in months", () => {
    const m = /against a median forecast of (\d+) months/.exec(readme);
    expect(m).not.toBeNull();
    const days = summary('north-korea-2017-s9').headline.paybackDays.quantiles.p50;
    expect(Number(m![1])).toBe(Math.round(days / 30.4375));
  });
});
