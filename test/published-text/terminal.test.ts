// What every command prints of a scenario's own words: its name, its cohorts', loans' and hedges'
// names, its file's name. A control character in them is shown as its escape (`\u001b`), never sent
// to the terminal (`\x1b[2J` clears the analyst's screen), and a line break in a name is shown as
// `\n`, so a name cannot print a line that passes for one of minesim's. Runs the built command
// (`npm run build` first).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, runNode } from '../fixtures/node-process.js';

/** A line a name tries to print as if minesim had computed it. */
const FORGED = 'P(payback within 2 years) 0.99';

// One chart of five (drawing them is most of a run's time: the claim is what the terminal shows), and
// the tests run together, each command on its own output folder.

/** Names with an erase, a colour, a C1 control sequence introducer, a right-to-left override and a forged line. */
const NAME = `north \\e[2J\\e[31mred\\u009b2J \\u202eevil\\nFORGED`;

const SCENARIO = `name: "${NAME}"
start: 2017-05-17
horizon: 1 year
fleet:
  - name: "cohort \\e[2J\\nFORGED"
    model: Antminer S9
    count: 10
    unitPrice: 2400 USD
power:
  price: 0.05 USD/kWh
network:
  difficulty: 5.5e11
  hashrate: 4 EH/s
  model: { type: growth, rate: 50 % }
fees:
  model: { type: per-block, amount: 0.5 }
price:
  start: 1800 USD
  model: { type: gbm, drift: 40 %, volatility: 80 % }
finance:
  loans:
    - name: "loan \\e[2J\\nFORGED"
      loanToValue: 50 %
      rate: 10 %
      term: 6 months
  hedges:
    - name: "hedge \\e[2J\\nFORGED"
      type: put
      coins: 20
      strike: 1500 USD
      premium: 100 USD
      expiry: 2017-12-31
monteCarlo:
  paths: 16
outputs:
  samplePaths: 2
  charts: [payback-cdf]
`.replaceAll('FORGED', FORGED);

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minesim-terminal-'));
  file = join(dir, 'hostile.yaml');
  writeFileSync(file, SCENARIO);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function minesim(...args: string[]): Promise<Run> {
  return runNode(['bin/minesim.mjs', ...args]);
}

/** The characters of `text` a terminal would obey rather than show: controls but the line break, C1, bidi. */
function obeyed(text: string): string[] {
  return [...text].filter((c) => {
    const code = c.charCodeAt(0);
    return (
      (code < 0x20 && c !== '\n') || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e)
    );
  });
}

function expectShown(run: Run) {
  const text = run.stdout + run.stderr;
  expect(obeyed(text)).toEqual([]);
  expect(text.split('\n').filter((line) => line.startsWith(FORGED))).toEqual([]);
}

describe.concurrent('the terminal shows a scenario’s words, it does not obey them', () => {
  it('minesim validate: the name and the hedge’s note on one line each, escapes shown', async () => {
    const run = await minesim('validate', file);
    expect(run.code).toBe(0);
    expectShown(run);
    expect(run.stdout).toContain(
      'north \\u001b[2J\\u001b[31mred\\u009b2J \\u202eevil\\nP(payback within 2 years) 0.99',
    );
  });

  it('minesim validate --json: the controls written as JSON escapes, the document still JSON', async () => {
    const run = await minesim('validate', file, '--json');
    expect(run.code).toBe(0);
    expectShown(run);
    const text = JSON.stringify(JSON.parse(run.stdout));
    expect(text).toContain(
      JSON.stringify(`north \x1b[2J\x1b[31mred\x9b2J \u202eevil\n${FORGED}`).slice(1, -1),
    );
  });

  it('minesim run: the headline’s title and the calculator’s cohort column', async () => {
    const run = await minesim('run', file, '--out', join(dir, 'run'), '--no-explorer');
    expect(run.code).toBe(0);
    expectShown(run);
    expect(run.stdout).toContain(`north \\u001b[2J\\u001b[31mred\\u009b2J \\u202eevil\\n${FORGED}: 16 paths`);
    expect(run.stdout).toContain(`cohort \\u001b[2J\\n${FORGED}`);
  });

  it('minesim backtest and sweep', async () => {
    const [backtest, sweep] = await Promise.all([
      minesim('backtest', file, '--out', join(dir, 'backtest')),
      minesim(
        'sweep',
        file,
        '--set',
        'horizon=2 years',
        '--vary',
        'power.price=0.04,0.06',
        '--paths',
        '8',
        '--out',
        join(dir, 'sweep'),
      ),
    ]);
    expect(backtest.code).toBe(0);
    expectShown(backtest);
    expect(sweep.code).toBe(0);
    expectShown(sweep);
  });

  it('a positioned error names a key with a line break, and a value with controls, on one line', async () => {
    const bad = join(dir, 'bad-key.yaml');
    writeFileSync(bad, `${SCENARIO}"x\\e[2J\\n${FORGED}": 1\n`);
    const run = await minesim('validate', bad);
    expect(run.code).toBe(2);
    expectShown(run);
  });

  it('minesim quote: a value refused with a C1 control sequence introducer shows it as an escape', async () => {
    const run = await minesim('quote', '--machine', 'S9', '--tariff', '\x9b2J\u202e0.06');
    expect(run.code).toBe(2);
    expectShown(run);
    expect(run.stderr).toContain('(got "\\u009b2J\\u202e0.06")');
  });

  it('a batch over a file whose name holds a line break and an escape', async () => {
    const odd = join(dir, `odd \x1b[2J\n${FORGED}.yaml`);
    writeFileSync(odd, SCENARIO);
    const run = await minesim('batch', odd, '--paths', '8', '--out', join(dir, 'batch'));
    expect(run.code).toBe(0);
    expectShown(run);
  });
});
