// The bench's books part (section 1b of bench/run.mjs; alone: `npm run build && node bench/books.mjs`):
// the flagship 40 % on a two-year amortizing ASIC-backed loan with a covenant (the path meets it:
// no default cuts the equity's flows short), taxed at 21 % with bonus depreciation, against the same
// kernel without them, timed in turns so both see the same machine, best of `rounds` each.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** The flagship with the bench's loan and tax. */
export function bookedScenario(scenario) {
  return {
    ...scenario,
    finance: {
      loans: [
        {
          loanToValue: 0.4,
          rate: 0.128,
          term: 730.5,
          repayment: 'amortizing',
          fee: 0.01,
          balloonAtHorizon: false,
          marginCall: { loanToValue: 0.9, restoreTo: 0.75, topUp: 0 },
        },
      ],
      leases: [],
      hedges: [],
      tax: {
        rate: 0.21,
        depreciation: { method: 'bonus', lifeYears: 5, factor: 2, bonus: 1 },
        lossCarryForward: true,
        lossOffsetLimit: 0.8,
        yearEnd: '12-31',
        coinBasis: false,
      },
    },
  };
}

/** Nanoseconds per path-day of the kernel with debt and tax off and on, and their ratio. */
export async function benchBooks({ load, report, rounds = 5, n = 4000 }) {
  const { validateScenarioFile } = await load('scenario/validate.js');
  const { compilePlan } = await load('engine/compile/compile.js');
  const { compileMarket } = await load('engine/compile/market-plan.js');
  const { loadCompileInputs } = await load('engine/compile/inputs.js');
  const { createMarketWorkspace, fillMarketPath } = await load('engine/kernel/market-path.js');
  const { simulatePath } = await load('engine/kernel/kernel.js');
  const { createKernelWorkspace } = await load('engine/kernel/workspace.js');
  const { Rng, runKey } = await load('engine/random/rng.js');
  const file = fileURLToPath(new URL('../scenarios/north-korea-2017-s9.yaml', import.meta.url));
  const validation = await validateScenarioFile(file);
  if (!validation.ok) throw new Error('flagship scenario does not validate');
  const scenario = validation.scenario;
  const inputs = await loadCompileInputs(scenario);
  const plan = compilePlan(scenario, inputs);
  const planOn = compilePlan(bookedScenario(scenario), inputs);
  const market = compileMarket(scenario, plan, inputs);
  const days = plan.days;
  const mw = createMarketWorkspace(market);
  const key = runKey(1);
  const [a, b, c, f] = [new Rng(), new Rng(), new Rng(), new Rng()];
  fillMarketPath(market, mw, a, b, c);
  const time = (p, ws) => {
    simulatePath(p, mw.path, ws, f);
    const t = performance.now();
    for (let k = 0; k < n; k++) {
      f.reset(key, k, 4);
      simulatePath(p, mw.path, ws, f, true);
    }
    return performance.now() - t;
  };
  const wsOff = createKernelWorkspace(plan);
  const wsOn = createKernelWorkspace(planOn);
  let off = Number.POSITIVE_INFINITY;
  let on = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    off = Math.min(off, time(plan, wsOff));
    on = Math.min(on, time(planOn, wsOn));
  }
  const per = (ms) => ((ms * 1e6) / (n * days)).toFixed(1);
  report('kernel, debt and tax off (in turns)', per(off), 'ns/path-day');
  report('kernel, debt and tax on (in turns)', per(on), 'ns/path-day', 'loan with covenant, tax');
  report('kernel with debt and tax / without', (on / off).toFixed(2), 'x', 'goal: <= 1.3x');
  // What the books themselves cost a path-day, beside the ratio: the ratio's denominator is the
  // kernel without them, which each faster release of the kernel makes smaller.
  report('  the books alone (on less off)', per(on - off), 'ns/path-day');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = new URL('../dist/', import.meta.url);
  const load = (path) => import(new URL(path, dist).href);
  const report = (name, value, unit, note = '') =>
    console.log(`${name.padEnd(46)} ${String(value).padStart(10)} ${unit.padEnd(14)} ${note}`.trimEnd());
  await benchBooks({ load, report });
}
