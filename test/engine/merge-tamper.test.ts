// `minesim merge` against tampered parts: every case is refused with a message naming the part (a
// UsageError: exit 2), and nothing is written. The parts are three shards of a 300-path run of the
// flagship cut to one year. The `resealed` cases recompute the checksum, as a careful tamperer
// would, so the merge's own checks of the numbers must catch them.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import { SERIES_COUNT } from '../../src/engine/kernel/checkpoints.js';
import { shardMessages as m } from '../../src/messages/shards.js';
import { OUTCOME, OUTCOME_COUNT } from '../../src/stats/outcomes.js';
import type { SamplePath as Sample } from '../../src/stats/summary.js';
import { counts, flagshipParts, floats, merge, partFiles, retouch, sealedPart } from '../fixtures/parts.js';
import { scenarioText } from '../fixtures/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-tamper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const label = (file: string, shard: string) => `${file} (part ${shard})`;
let parts: Awaited<ReturnType<typeof flagshipParts>>;
beforeAll(async () => {
  parts = await flagshipParts();
}, 60_000);

const SCALARS = 'accumulation.scalars';
const COUNTS = 'accumulation.histograms.counts';
const SAMPLES = 'accumulation.samples';
const RATIO = 'accumulation.histograms.ratio';
/** A base64 buffer of bytes, changed by `change`. */
const bytes = (change: (v: Uint8Array) => Uint8Array) => (text: string) =>
  Buffer.from(change(new Uint8Array(Buffer.from(text, 'base64')))).toString('base64');
/** The flags with the first slot binned by ratio binned by value instead. */
const flipFirstRatio = (v: Uint8Array) => v.with(v.indexOf(1), 0);
/** The parts' ratio flags, one a histogram slot (series x weeks). */
const ratioFlags = () => {
  let flags = new Uint8Array(0);
  retouch(
    parts.shards[0],
    RATIO,
    (text: string) => (flags = new Uint8Array(Buffer.from(text, 'base64'))),
    false,
  );
  return flags;
};
const slots = () => ratioFlags().length;
const firstRatio = () => ratioFlags().indexOf(1);
const resealed = true;
const times = <T>(n: number, list: T[]) => Array.from({ length: n }, () => list).flat();
/** The line of the flagship's tariff, from 0. */
const tariffLine = () => parts.source.split('\n').findIndex((l) => l.includes('0.10 USD/kWh'));

type Case = [string, () => string[], (files: string[]) => string];
const CASES: Case[] = [
  [
    'a per-path value edited',
    () => [
      retouch(
        parts.shards[0],
        SCALARS,
        floats((v) => v.with(1, v[1] * 10)),
        false,
      ),
    ],
    (f) => m.badChecksum(f[0]),
  ],
  [
    'the NPV of path 5, inside the pilot, edited, resealed',
    () => [
      retouch(
        parts.shards[0],
        SCALARS,
        floats((v) => v.with(5 * OUTCOME_COUNT + OUTCOME.npvUsd, v[5 * OUTCOME_COUNT + OUTCOME.npvUsd] + 1)),
        resealed,
      ),
      ...parts.shards.slice(1),
    ],
    (f) => m.pilotPath(label(f[0], '0/3'), 5),
  ],
  [
    'the price of sample path 13 edited, resealed',
    () => [
      retouch(
        parts.shards[0],
        SAMPLES,
        (s: Sample[]) => s.with(13, { ...s[13], price: s[13].price.with(4, 1) }),
        resealed,
      ),
      ...parts.shards.slice(1),
    ],
    (f) => m.pilotPath(label(f[0], '0/3'), 13),
  ],
  [
    'the seed edited in every part, resealed',
    () => parts.shards.map((text) => retouch(text, 'accumulation.seed', () => 99, resealed)),
    (f) => m.pilotRanges(label(f[0], '0/3')),
  ],
  [
    'antithetic paths claimed in every part, resealed',
    () => parts.shards.map((text) => retouch(text, 'accumulation.antithetic', () => true, resealed)),
    (f) => m.pilotRanges(label(f[0], '0/3')),
  ],
  [
    'a payback day moved past the horizon, resealed',
    () => [
      retouch(
        parts.shards[0],
        SCALARS,
        floats((v) => v.with(0, 1e6)),
        resealed,
      ),
    ],
    (f) => m.badPathValue(f[0], 0, 'payback day'),
  ],
  // Paths past the pilot's 256 are not run again: the part's own values must still be ones a
  // run can give. Each of these ended the merge as an internal error, a stack trace and exit 1
  // ("the summary fails its schema"), or was merged into the figures without a word.
  ...(
    [
      ['the NPV of path 290 made infinite', OUTCOME.npvUsd, Infinity, 'npvUsd', 'Infinity'],
      ['the NPV of path 290 made missing (NaN)', OUTCOME.npvUsd, Number.NaN, 'npvUsd', 'NaN'],
      ['the net position of path 290 at 1e308', OUTCOME.netAtHorizonUsd, 1e308, 'netAtHorizonUsd', '1e+308'],
      ['the coins mined on path 290 made negative', OUTCOME.coinsMined, -1, 'coinsMined', '-1'],
      ['the IRR of path 290 made infinite', OUTCOME.irr, -Infinity, 'irr', '-Infinity'],
    ] as const
  ).map(
    ([name, slot, value, outcome, got]): Case => [
      `${name}, past the pilot, resealed`,
      () => [
        ...parts.shards.slice(0, 2),
        retouch(
          parts.shards[2],
          SCALARS,
          floats((v) => v.with(90 * OUTCOME_COUNT + slot, value)),
          resealed,
        ),
      ],
      (f) => m.badPathOutcome(f[2], 290, outcome, got),
    ],
  ),
  [
    'a histogram count +500',
    () => [
      retouch(
        parts.shards[0],
        COUNTS,
        counts((c) => c.with(600, c[600] + 500)),
        false,
      ),
    ],
    (f) => m.badChecksum(f[0]),
  ],
  [
    'a histogram count +500, resealed',
    () => [
      retouch(
        parts.shards[0],
        COUNTS,
        counts((c) => c.with(600, c[600] + 500)),
        resealed,
      ),
    ],
    (f) => m.histogramTotal(f[0], 0, 600, 100),
  ],
  [
    'a histogram minimum edited, resealed',
    () => [
      retouch(
        parts.shards[0],
        'accumulation.histograms.min',
        floats((v) => v.with(3, v[3] - 1e9)),
        resealed,
      ),
    ],
    (f) => m.histogramExtremes(f[0], 3),
  ],
  // Which slots are binned by ratio is part of the ranges the pilot fixed (src/stats/log-bins.ts).
  [
    'a slot binned by ratio said to be binned by value in one part, resealed',
    () => [retouch(parts.shards[0], RATIO, bytes(flipFirstRatio), resealed), ...parts.shards.slice(1)],
    // Its counts no longer fit the range read by value: the part's own check finds it.
    (f) => m.histogramExtremes(f[0], firstRatio()),
  ],
  [
    'the ratio flags one byte short, resealed',
    () => [
      retouch(
        parts.shards[0],
        RATIO,
        bytes((v) => v.subarray(1)),
        resealed,
      ),
    ],
    (f) => m.partLength(f[0], 'histograms.ratio', slots() - 1, slots()),
  ],
  [
    'from/to shifted so the ranges still tile, resealed',
    () => [
      retouch(parts.shards[0], 'accumulation.to', () => 90, resealed),
      retouch(parts.shards[1], 'accumulation.from', () => 90, resealed),
      parts.shards[2],
    ],
    (f) => m.partRange(f[0], '0/3', 0, 90, 0, 100),
  ],
  [
    'a tariff edited in the embedded scenario',
    () => [
      retouch(
        parts.shards[0],
        'scenario.source',
        (s: string) => s.replace('0.10 USD/kWh', '0.01 USD/kWh'),
        true,
      ),
    ],
    (f) => m.scenarioEdited(f[0]),
  ],
  [
    'a tariff edited in the embedded scenario, its SHA-256 recomputed',
    () => [parts.shards[0], parts.shards[1], parts.otherScenario],
    (f) =>
      m.otherScenario(label(f[0], '0/3'), label(f[2], '2/3'), {
        line: tariffLine() + 1,
        a: parts.source.split('\n')[tariffLine()],
        b: parts.source.split('\n')[tariffLine()].replace('0.10 USD/kWh', '0.12 USD/kWh'),
      }),
  ],
  [
    'a sample list duplicated 50 times',
    () => [retouch(parts.shards[0], SAMPLES, (s: Sample[]) => times(50, s), false)],
    (f) => m.badChecksum(f[0]),
  ],
  [
    'a sample list duplicated 50 times, resealed',
    () => [retouch(parts.shards[0], SAMPLES, (s: Sample[]) => times(50, s), resealed)],
    (f) => m.badSamples(f[0], 'repeat a path or are out of order'),
  ],
  [
    'a sample path removed, resealed',
    () => [
      retouch(parts.shards[0], SAMPLES, (s: Sample[]) => s.toSpliced(2, 1), resealed),
      ...parts.shards.slice(1),
    ],
    (f) => m.samplesGap(label(f[0], '0/3'), 2),
  ],
  [
    'the last sample path removed, resealed',
    () => [
      retouch(parts.shards[0], SAMPLES, (s: Sample[]) => s.slice(0, -1), resealed),
      ...parts.shards.slice(1),
    ],
    (f) => m.samplesMissing(label(f[0], '0/3'), 20, 19),
  ],
  [
    'a part of another seed',
    () => [parts.shards[0], parts.shards[1], parts.seed99],
    (f) => m.notOneRun(label(f[0], '0/3'), label(f[2], '2/3'), 'their seeds', '2017', '99'),
  ],
  [
    'a part of a run with more paths',
    () => [parts.shards[0], parts.shards[1], parts.morePaths],
    (f) => m.notOneRun(label(f[0], '0/3'), label(f[2], '2/3'), 'their paths', '300', '400'),
  ],
  [
    'overlapping ranges',
    () => [parts.shards[0], parts.shards[1], parts.half],
    (f) => m.overlappingParts(label(f[1], '1/3'), label(f[2], '1/2')),
  ],
  ['a missing part', () => [parts.shards[0], parts.shards[2]], () => m.missingPaths(100, 200, ['1/3'])],
  [
    'the same part twice',
    () => [parts.shards[0], parts.shards[1], parts.shards[1], parts.shards[2]],
    (f) => m.duplicatePart(label(f[1], '1/3'), label(f[2], '1/3')),
  ],
  [
    'scalars shorter than the range, resealed',
    () => [retouch(parts.shards[0], SCALARS, (s: string) => s.slice(0, 384), resealed)],
    // The first shard holds 100 paths of OUTCOME_COUNT outcomes each.
    (f) => m.partLength(f[0], 'scalars', 36, 100 * OUTCOME_COUNT),
  ],
  [
    'a shard number past its count, resealed',
    () => [retouch(parts.shards[0], 'shard', () => ({ k: 3, n: 3 }), resealed)],
    (f) => m.malformedPart(f[0], 'the shard 3/3 is not k/n with k < n'),
  ],
  [
    'more shards than paths, resealed',
    () => [retouch(parts.shards[0], 'shard', () => ({ k: 0, n: 400 }), resealed)],
    (f) => m.malformedPart(f[0], '400 shards of 300 paths'),
  ],
  [
    'the days edited in every part, resealed',
    () => parts.shards.map((text) => retouch(text, 'accumulation.days', () => 400, resealed)),
    (f) => m.malformedPart(f[0], `histograms for ${SERIES_COUNT} x 53 slots`),
  ],
];

describe('minesim merge refuses tampered parts', () => {
  it.each(CASES)('refuses %s, naming the part, and writes nothing', async (_, build, message) => {
    const files = partFiles(dir, build());
    const error = await merge(files, join(dir, 'never')).catch((e: unknown) => e);
    expect(error).toEqual(new UsageError(message(files)));
    expect(readdirSync(dir)).not.toContain('never');
  });
});

describe('minesim merge refuses tampered parts of a run with books', () => {
  // Three shards of the loan scenario: each part says it keeps the books' outcomes.
  let loan: string[];
  beforeAll(async () => {
    const source = scenarioText('top-of-market-2021-11-10-loan');
    loan = [];
    for (let k = 0; k < 3; k++) loan.push(await sealedPart(source, 300, { k, n: 3 }, 20211110));
  }, 120_000);
  const noBooks = (text: string) => retouch(text, 'accumulation.books', () => false, resealed);

  it.each([
    [
      'the books dropped from one part, resealed',
      () => [loan[0], noBooks(loan[1]), loan[2]],
      (f: string[]) =>
        m.notOneRun(
          label(f[0], '0/3'),
          label(f[1], '1/3'),
          "whether they keep the books' outcomes",
          'true',
          'false',
        ),
    ],
    [
      'the books dropped from every part, resealed',
      () => loan.map(noBooks),
      (f: string[]) => m.partBooks(label(f[0], '0/3'), false, true),
    ],
  ])('refuses %s, naming what differs', async (_, build, message) => {
    const files = partFiles(dir, build());
    const error = await merge(files, join(dir, 'never')).catch((e: unknown) => e);
    expect(error).toEqual(new UsageError(message(files)));
    expect(readdirSync(dir)).not.toContain('never');
  });
});
