// Messages of the sensitivity study. One function a message; see shown.ts.
import { shown, shownFile, shownText } from './shown.js';

export const sensitivityMessages = {
  horizonTooShort: (days: number) =>
    `a sensitivity charts what moves P(payback <= 2 years), which a run of ${days.toLocaleString('en-US')} days cannot judge (a path not paid back by its end may pay back within 2 years or not); lengthen \`horizon\` to at least 2 years`,
  replayCutTooShort: (days: number, lastDate: string) =>
    `a sensitivity charts what moves P(payback <= 2 years), which this run, a replay cut after ${days.toLocaleString('en-US')} days where the history ends (${lastDate}), cannot judge; start at least 2 years before ${lastDate}, or simulate the market instead of replaying it`,
  noRange: () =>
    'expected key.path=LOW..HIGH, like power.price=0.05..0.15 or fleet[0].unitPrice=1,500 USD..2,500 USD, or a key alone to move it by --by',
  sameEnds: () => 'LOW and HIGH are the same; give two different values',
  duplicateInput: (key: string) => `${key} is given twice; give each input one --input`,
  noBase: (key: string, got: unknown) =>
    `the scenario has no number at ${key} to move from (it is ${shown(got)}); only a numeric value can be an input`,
  byNeedsUnit: (key: string) =>
    `${key} reads a bare number in another unit than minesim holds it in, so it cannot be moved by --by; give a range with units, as in a scenario: --input ${key}=LOW..HIGH`,
  /** An input --by moves to nothing but its own value: kept whole (a count of 2) or at its field's bounds. */
  noMove: (key: string, by: string) =>
    `${key} moved ${by} stays at its own value (a count kept whole, or a value at the bounds its field allows); give a range with --input ${key}=LOW..HIGH`,
  zeroBase: (key: string, by: string) =>
    `${key} is 0, and ${by} of 0 is no change; give a range with --input ${key}=LOW..HIGH`,
  byBareFraction: (got: string, value: number) =>
    `--by reads a bare number as a percentage, so ${shown(got)} would move each input by ${value} %, not by ${Number((value * 100).toPrecision(6))} % as a scenario reads ${value}; write ${Number((value * 100).toPrecision(6))}% or ${value}% (got ${shown(got)})`,
  badBy: (got: unknown) => `--by must be a percentage above 0 and below 100, like 20% (got ${shown(got)})`,
  notConstantTariff: (kind: string) =>
    `the electricity price is ${kind}, not a constant, so it has no one base value to move`,
  noPriceParameters: (model: string) => `the ${model} price model has no drift or volatility to move`,
  noGrowthRate: (model: string) => `the ${model} network model has no growth rate to move`,
  driftWithStandardError: () =>
    "the network's drift spread is its calibrated drift's standard error, which a given drift does not have; to move the drift, give the spread as a rate (`driftSpread: 20 %`)",
  noInputs: () =>
    'the scenario has none of the default inputs to move; name some with --input key.path=LOW..HIGH',
  tableTitle: (name: string, inputs: number, by: string, paths: number, seed: string | number) =>
    `${shownText(name)}: ${inputs} input${inputs === 1 ? '' : 's'} moved one at a time (${by} unless a range is given), ${paths.toLocaleString('en-US')} ${paths === 1 ? 'path' : 'paths'} a point, seed ${seed} (the same random numbers at every point); widest effect on P(payback <= 2 years) first`,
  baseLine: (payback: string, p2y: string, npv: string) =>
    `base: median payback ${payback}, P(payback <= 2 years) ${p2y}, median NPV ${npv}`,
  /** After baseLine, with `finance`: the books at the base. */
  baseBooks: (pDefault: string, equityNpv: string) =>
    `, P(default) ${pDefault}, median equity NPV ${equityNpv}`,
  calibratedNote: () =>
    '* moved around the value calibrated on history before the start (or the history on the start date)',
  /**
   * Points whose run replays the history and stops where it ends, before the horizon: `points` lists
   * them (`horizon high`), or is null when every point (the base included) is cut.
   */
  cutNote: (cutAt: string, points: string | null) =>
    points === null
      ? `note: every point, the base included, replays the history and stops at ${cutAt}, where it ends, before its horizon: its figures are of the days up to then`
      : `note: ${points} replay the history and stop at ${cutAt}, where it ends, before their horizon: their figures are of the days up to then`,
  /**
   * Points whose random network fell below the fleet and was held at it on some paths: `points` as
   * cutNote's; the largest share of paths and of path-days any of them had so held, as shown.
   */
  fleetNote: (points: string | null, paths: string, pathDays: string) =>
    `note: at ${points ?? 'every point, the base included,'} the network model fell below the fleet's own hashrate on some paths (up to ${paths} of the paths and ${pathDays} of the path-days at a point): there the blocks and retargets follow the fleet's (it earns every block). A fleet this large moves the network, which minesim does not model: read those points as a bound (sensitivity.json's networkAtFleet says how much at each)`,
  /** An end --by moved past the input's bound, cut to it: `to` the bound, `wanted` where --by went. */
  boundNote: (key: string, side: 'low' | 'high', by: string, wanted: string, to: string) =>
    `note: ${key} moved ${by} would reach ${wanted}, past the ${side === 'high' ? 'most' : 'least'} it takes; its ${side} is cut to ${to}`,
  /** An end --by moved to that the scenario's rules refuse, kept at the base (`to`). */
  refusedNote: (key: string, side: 'low' | 'high', by: string, wanted: string, to: string, reason: string) =>
    `note: ${key} moved ${by} would reach ${wanted}, which the scenario refuses (${reason}); its ${side} stays at the base, ${to}`,
  /** Both ends --by moves an input to are refused by the scenario's rules. */
  byRefused: (key: string, by: string, low: string, high: string, reasons: string) =>
    `${key} moved ${by} reaches ${low} and ${high}, both of which the scenario refuses (${reasons}); give a range it takes with --input ${key}=LOW..HIGH`,
  skipped: (key: string, reason: string) => `skipped ${key}: ${reason}`,
  wroteOutput: (dir: string) =>
    `wrote ${shownFile(dir)}/ (sensitivity.csv, sensitivity.json, charts, manifest.json)`,
};
