// Sweep shards: each runs a range of grid points; merged, they give the single-machine sweep.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import yargs from 'yargs';
import { sweepCommand } from '../../src/cli/commands/sweep.js';
import { UsageError } from '../../src/cli/exit.js';
import { sealPart } from '../../src/engine/run/part-file.js';
import { historyInUse, partOrigin, thisMinesim } from '../../src/engine/run/part-origin.js';
import { shardRange } from '../../src/engine/run/shard.js';
import { shardMessages } from '../../src/messages/shards.js';
import { sha256Hex } from '../../src/report/manifest.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { buildSweepGrid, runSweep, runSweepPoints } from '../../src/study/sweep.js';
import {
  mergeSweepParts,
  type NamedSweepPart,
  SWEEP_PART_VERSION,
  type SweepPart,
} from '../../src/study/sweep-shard.js';
import { parseVaries } from '../../src/study/vary.js';
import { merge, partFiles, tamper } from '../fixtures/parts.js';
import { scenarioText } from '../fixtures/scenarios.js';

// Two years: the shortest horizon that judges P(payback <= 2 years), which a sweep maps.
const source = scenarioText().replace('horizon: 5 years', 'horizon: 2 years');
const options = { paths: 60, seed: 7, workers: 1 };

async function grid() {
  await loadUnits();
  const varies = parseVaries(['power.price=0.05,0.1,0.15', 'fleet[0].unitPrice=1500,3000']);
  if (!varies.ok) throw new Error('bad axes');
  const built = await buildSweepGrid(source, 'test.yaml', varies.axes);
  if (!built.ok) throw new Error('bad grid');
  return built.grid;
}

async function part(k: number, n: number): Promise<NamedSweepPart> {
  const g = await grid();
  const range = shardRange(g.points.length, { k, n });
  const run = await runSweepPoints(g, options, range);
  const scenario = {
    path: 'test.yaml',
    source,
    sha256: sha256Hex(source),
    sets: [],
    name: g.base.name,
    start: g.base.start,
  };
  const part: SweepPart = {
    version: SWEEP_PART_VERSION,
    kind: 'sweep',
    shard: { k, n },
    scenario,
    origin: await partOrigin(g.base.coin),
    paths: options.paths,
    seed: options.seed,
    axes: g.axes,
    ...range,
    total: g.points.length,
    ...run,
  };
  return { file: `sweep-part-${k}-of-${n}.json`, part: JSON.parse(JSON.stringify(part)) };
}

describe('sweep shards', () => {
  it('mergeSweepParts() of 3 shards equals runSweep() on one machine', async () => {
    const single = await runSweep(await grid(), options);
    const merged = mergeSweepParts([await part(2, 3), await part(0, 3), await part(1, 3)]);
    if (!merged.ok) throw new Error(merged.message);
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify(single));
  }, 60_000);

  it('mergeSweepParts() refuses a missing shard', async () => {
    const merged = mergeSweepParts([await part(0, 3), await part(2, 3)]);
    expect(merged).toEqual({ ok: false, message: shardMessages.missingPoints(2, 4) });
  }, 60_000);

  it('mergeSweepParts() refuses parts that read different user hardware catalogs, naming both', async () => {
    const [a, b] = [await part(0, 2), await part(1, 2)];
    const bPart = b.part as { scenario: object };
    const other = {
      ...b,
      part: { ...bPart, scenario: { ...bPart.scenario, catalog: { file: 'machines.csv', text: 'x' } } },
    };
    const label = (file: string, shard: string) => `${file} (sweep part ${shard})`;
    expect(mergeSweepParts([a, other])).toEqual({
      ok: false,
      message: shardMessages.notOneRun(
        label(a.file, '0/2'),
        label(b.file, '1/2'),
        'their user hardware catalogs',
        'null',
        '"machines.csv"',
      ),
    });
  }, 60_000);
});

/** The books' figures of a sweep point with financing, as a part carries them. */
const BOOKS: NonNullable<SweepPart['points'][number]['books']> = {
  marginCall: null,
  default: null,
  equityNoPayback: { p: 0.1, se: 0.01 },
  medianEquityNpvUsd: 1000,
  medianEquityIrr: 0.1,
  medianEquityIrrBound: null,
  medianAfterTaxNpvUsd: 900,
  medianHedgeNetUsd: null,
};

describe('minesim merge refuses damaged and tampered sweep parts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minesim-sweep-tamper-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let sealed: string[];
  let own: Awaited<ReturnType<typeof thisMinesim>>;
  const OTHER_CODE = 'ab'.repeat(32);
  const IMPORTED = {
    coin: 'bitcoin' as const,
    kind: 'imported' as const,
    file: '/data/history/btc-daily.csv',
    sha256: 'cd'.repeat(32),
    firstDate: '2025-11-15',
    lastDate: '2025-12-24',
  };
  beforeAll(async () => {
    own = await thisMinesim();
    sealed = [];
    for (let k = 0; k < 3; k++) sealed.push(sealPart((await part(k, 3)).part as SweepPart));
  }, 60_000);
  const label = (file: string, k: number) => `${file} (sweep part ${k}/3)`;
  const edit = (change: (p: SweepPart) => void, reseal = true) =>
    tamper<SweepPart>(sealed[1], change, reseal);

  const cases: [string, () => string[], (files: string[]) => string][] = [
    [
      'a point’s probability edited',
      () => [
        sealed[0],
        edit((p) => {
          p.points[0].paybackWithin2y.p = 0.99;
        }, false),
        sealed[2],
      ],
      (f) => shardMessages.badChecksum(f[1]),
    ],
    [
      'a probability of 1.5, checksum recomputed',
      () => [
        sealed[0],
        edit((p) => {
          p.points[0].paybackWithin2y.p = 1.5;
        }),
        sealed[2],
      ],
      (f) =>
        shardMessages.malformedPart(f[1], 'points.0.paybackWithin2y.p: Too big: expected number to be <=1'),
    ],
    // A merge runs no grid point again: a point's figures must be ones a run gives. A median
    // payback of -5 days was printed as "-5 d" (exit 0); one of 1e308 days ended as an internal
    // error ("SVG has an invalid size", exit 1); a median NPV of 1e308 USD printed a column of
    // 300 digits.
    ...(
      [
        ['a median payback of -5 days', 'medianPaybackDays', -5, 'median payback day', '-5'],
        ['a median payback of 1e308 days', 'medianPaybackDays', 1e308, 'median payback day', '1e+308'],
        ['a median NPV of 1e308 USD', 'medianNpvUsd', 1e308, 'median NPV', '1e+308'],
      ] as const
    ).map(([name, field, value, what, got]): [string, () => string[], (files: string[]) => string] => [
      `${name}, checksum recomputed`,
      () => [
        sealed[0],
        edit((p) => {
          p.points[0][field] = value;
        }),
        sealed[2],
      ],
      (f) => shardMessages.badPoint(f[1], 2, `has a ${what} no run gives (got ${got})`),
    ]),
    // The books' figures of a sweep without finance, on one point or with impossible medians, were
    // merged into sweep.json without a word.
    [
      'the books’ figures on one point of a sweep without them, checksum recomputed',
      () => [
        sealed[0],
        edit((p) => {
          p.points[0].books = BOOKS;
        }),
        sealed[2],
      ],
      (f) => shardMessages.badPoint(f[1], 3, 'has no books’ figures where grid point 2 has them'),
    ],
    [
      'a median equity NPV of 1e308 USD, checksum recomputed',
      () => [
        sealed[0],
        edit((p) => {
          for (const point of p.points) point.books = { ...BOOKS, medianEquityNpvUsd: 1e308 };
        }),
        sealed[2],
      ],
      (f) => shardMessages.badPoint(f[1], 2, 'has a median equity NPV no run gives (got 1e+308)'),
    ],
    [
      'from/to shifted, checksum recomputed',
      () => [
        sealed[0],
        edit((p) => {
          p.from = 1;
        }),
        sealed[2],
      ],
      (f) => shardMessages.partRange(f[1], '1/3', 1, 4, 2, 4),
    ],
    [
      'a point moved to another grid point, checksum recomputed',
      () => [
        sealed[0],
        edit((p) => {
          p.points.reverse();
        }),
        sealed[2],
      ],
      (f) => shardMessages.badPoint(f[1], 2, 'is at 0.1, 3000, not at 0.1, 1500'),
    ],
    [
      'the points duplicated, checksum recomputed',
      () => [
        sealed[0],
        edit((p) => {
          p.points.push(...p.points);
        }),
        sealed[2],
      ],
      (f) => shardMessages.partLength(f[1], 'points', 4, 2),
    ],
    [
      'the scenario edited',
      () => [
        sealed[0],
        edit((p) => {
          p.scenario.source += '# edited\n';
        }),
        sealed[2],
      ],
      (f) => shardMessages.scenarioEdited(f[1]),
    ],
    [
      'a part given twice',
      () => [sealed[0], sealed[1], sealed[1], sealed[2]],
      (f) => shardMessages.duplicatePart(label(f[1], 1), label(f[2], 1)),
    ],
    ['a missing part', () => [sealed[0], sealed[2]], () => shardMessages.missingPoints(2, 4)],
    [
      'a part of another build of the same version, checksum recomputed',
      () => [
        sealed[0],
        edit((p) => {
          p.origin.code = OTHER_CODE;
        }),
        sealed[2],
      ],
      (f) =>
        shardMessages.notOneRun(
          label(f[0], 0),
          label(f[1], 1),
          'the minesim builds that made them',
          shardMessages.minesimShown(own.minesim, own.code),
          shardMessages.minesimShown(own.minesim, OTHER_CODE),
        ),
    ],
    [
      'parts all of another build, checksum recomputed',
      () =>
        sealed.map((text) =>
          tamper<SweepPart>(
            text,
            (p) => {
              p.origin.code = OTHER_CODE;
            },
            true,
          ),
        ),
      (f) =>
        shardMessages.otherMinesim(
          label(f[0], 0),
          shardMessages.minesimShown(own.minesim, OTHER_CODE),
          shardMessages.minesimShown(own.minesim, own.code),
        ),
    ],
    [
      'parts all run on another history, checksum recomputed',
      () =>
        sealed.map((text) =>
          tamper<SweepPart>(
            text,
            (p) => {
              p.origin.data = [...p.origin.data, IMPORTED];
            },
            true,
          ),
        ),
      (f) =>
        shardMessages.otherHistory(
          label(f[0], 0),
          shardMessages.dataShown([...historyInUse('bitcoin'), IMPORTED]),
          shardMessages.dataShown(historyInUse('bitcoin')),
        ),
    ],
  ];

  it.each(cases)('refuses %s, naming the part', async (_, build, message) => {
    const files = partFiles(dir, build());
    const error = await merge(files, join(dir, 'never')).catch((e: unknown) => e);
    expect(error).toEqual(new UsageError(message(files)));
    expect(readdirSync(dir)).not.toContain('never');
  });

  it('sweep --shard refuses more shards than grid points', async () => {
    const scenario = join(dir, 'short.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(scenario, source);
    const error = await yargs([
      'sweep',
      scenario,
      '--vary',
      'power.price=0.05,0.1',
      '--shard',
      '0/3',
      '--out',
      join(dir, 'parts'),
    ])
      .command(sweepCommand)
      .fail((message, e) => {
        throw e ?? new Error(message);
      })
      .exitProcess(false)
      .parseAsync()
      .catch((e: unknown) => e);
    expect(error).toEqual(new UsageError(shardMessages.tooManySweepShards('0/3', 2)));
  });

  it('sweep --shard --json prints one JSON document naming the part', async () => {
    const scenario = join(dir, 'json.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(scenario, source);
    const out = join(dir, 'json-parts');
    let printed = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk);
      return true;
    });
    try {
      const argv = ['sweep', scenario, '--vary', 'power.price=0.05,0.1', '--paths', '20', '--shard', '1/2'];
      await yargs([...argv, '--out', out, '--json'])
        .command(sweepCommand)
        .fail((message, e) => {
          throw e ?? new Error(message);
        })
        .exitProcess(false)
        .parseAsync();
    } finally {
      write.mockRestore();
    }
    expect(JSON.parse(printed)).toEqual({
      part: join(out, 'sweep-part-1-of-2.json'),
      shard: { k: 1, n: 2 },
      from: 1,
      to: 2,
      points: 2,
    });
  }, 60_000);
});
