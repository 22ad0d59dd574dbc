// README's "What drives it" bullets quote the committed outputs in prose, which
// test/output/readme-figures.test.ts reads only in the table above them: "a certain 26 % loss" for
// the July stop, whose back-test's ROI is -26.66 % (the table beside it prints -27 %), and "a median
// forecast of 15 months" for the flagship; and the default-model paragraph's drifts, "about +69 %
// a year in log" for the bootstrap's 2013-2017 returns, whose committed assumptions say 67.7 %,
// beside "the +100 % the GBM fits". Each is read here from the page and compared with the summary,
// rounded as the page prints it.
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

  it("the default paragraph's drifts are the bootstrap's returns and the GBM's fit, as their assumptions say", () => {
    const m =
      /returns it resamples \(about \+(\d+) % a year in log, against the \+(\d+) % the GBM fits on/.exec(
        readme,
      );
    expect(m).not.toBeNull();
    const note = (folder: string, label: RegExp) => {
      const rows = summary(folder).scenario.assumptions as { label: string; value: string; note: string }[];
      const row = rows.find((a) => label.test(a.label));
      return `${row?.value} ${row?.note}`;
    };
    const bootstrap = /mean of ([\d.]+) % a year \(log\)/.exec(
      note('north-korea-2017-s9-bootstrap', /^Price model$/),
    );
    const gbm = /^([\d.]+) % a year \(log\)/.exec(note('north-korea-2017-s9', /^Price drift$/));
    expect(Number(m![1])).toBe(Math.round(Number(bootstrap?.[1])));
    expect(Number(m![2])).toBe(Math.round(Number(gbm?.[1])));
  });
});
