// Messages of sweeps (`minesim sweep`, a scenario's sweep block). One function a message; see
// shown.ts.
import { shown, shownFile, shownText } from './shown.js';

export const sweepMessages = {
  /** A sweep chart's band, by whether its points are of one outcome (none, some or all: point-figures.ts bandNote). */
  bandCaption: (points: 'none' | 'some' | 'all') =>
    points === 'all'
      ? 'No band: each point one outcome, exact'
      : `Band: 95 % Monte Carlo interval${points === 'some' ? ' (none at a point of one outcome, exact)' : ''}`,
  horizonTooShort: (days: number) =>
    `a sweep maps P(payback <= 2 years) and where it crosses 0.5, which a run of ${days.toLocaleString('en-US')} days cannot judge (a path not paid back by its end may pay back within 2 years or not); lengthen \`horizon\` to at least 2 years`,
  replayCutTooShort: (days: number, lastDate: string) =>
    `a sweep maps P(payback <= 2 years) and where it crosses 0.5, which this run, a replay cut after ${days.toLocaleString('en-US')} days where the history ends (${lastDate}), cannot judge; start at least 2 years before ${lastDate}, or simulate the market instead of replaying it`,
  noAxes: () => 'give at least one --vary key.path=a..b:n, or a sweep: block with vary: in the scenario',
  noEquals: () =>
    'expected key.path=values, like power.price=0.02..0.12:6, power.price=0.02 USD/kWh..0.12 USD/kWh:6 or fleet[0].unitPrice=1000,2000,4000',
  notANumber: (item: string) =>
    `expected a number, optionally with a unit as in a scenario, like 0.05 or 0.05 USD/kWh (got ${shown(item)}); only numeric values can be swept`,
  /**
   * A value a double does not hold: nearer 0 than the smallest normal (`tooSmall`), with `least`
   * the least the field takes where it refuses 0 (`at least 1`), or past the largest.
   */
  outOfRange: (item: string, tooSmall: boolean, least?: string) =>
    tooSmall
      ? `a value nearer 0 than 2.2e-308, which minesim would read as 0 or with its digits lost; ${least === undefined ? 'give 0 if none is meant' : `give a figure ${least}`} (got ${shown(item)})`
      : `a value past 1.8e308, the largest minesim holds, which it would read as Infinity; give a finite figure (got ${shown(item)})`,
  dateNotSwept: (item: string) =>
    `a date cannot be swept, only numbers can (got ${shown(item)}): for several start dates, write one scenario a date and compare them with minesim batch`,
  /**
   * A range over a whole-number field whose whole ends it steps between by `step` (as printed), no
   * whole number; `counts`: numbers of values near the one asked for that step by whole numbers.
   */
  notWholeSteps: (key: string, spec: string, step: string, counts: readonly number[]) => {
    const ends = spec.slice(0, spec.lastIndexOf(':'));
    const like = counts.map((c) => `${ends}:${c}`);
    const listed =
      like.length === 1 ? like[0] : `${like.slice(0, -1).join(', ')} or ${like[like.length - 1]}`;
    return `${key} takes whole numbers, as in a scenario, but ${spec} steps by ${step}: give a number of values whose steps are whole, like ${listed} (got ${shown(spec)})`;
  },
  /** A list whose values are written in thousands (`1,000,2,000`): its commas separate values. */
  listThousands: (spec: string) =>
    `a list's commas separate its values, so its values take no thousands separators: write them without, like 1000,2000 USD, or give a range, whose ends may have them, like 1,000 USD..2,500 USD:4 (got ${shown(spec)})`,
  emptyValue: () => 'a value is missing (two commas in a row, or one at an end)',
  rangeCount: (got: string, max: number) =>
    `a range ends with its number of values, a whole number from 2 to ${max.toLocaleString('en-US')}, like 0.02..0.12:6 (got ${got === '' ? 'none' : shown(got)})`,
  /** A range's unit written after its number of values (`0.02..0.12:6 USD/kWh`); `meant` as it reads. */
  unitAfterCount: (got: string, meant: string) =>
    `a range ends with its number of values, and its unit goes with its ends, before the colon: write ${meant} (got ${shown(got)})`,
  mixedUnits: (units: readonly string[]) =>
    `every value of an axis takes the same unit, or none (got ${units.map((u) => JSON.stringify(u)).join(' and ')}); write them in one unit`,
  duplicateValue: (value: number) => `the value ${value} appears twice`,
  /** A range `a..a:n`: its n values would all be a. */
  rangeSameEnds: (end: string, count: number) =>
    `the range begins and ends at ${end}, so its ${count} values would all be ${end}; give two different ends, like 0.02..0.12:6`,
  notAnAxis: (key: string) =>
    `${key} cannot be swept: the sweep sets paths and seed itself (--paths, --seed), and outputs change no result`,
  duplicateAxis: (key: string) => `${key} is varied twice; give each key one --vary`,
  /**
   * A first axis of one value beside other axes: the boundaries are looked for along the first
   * axis, so none would be found; `next` is the first axis of more values.
   */
  firstAxisOneValue: (key: string, value: string, next: string) =>
    `${key} has one value (${value}) and comes first, but a sweep looks for where its shares cross their thresholds along its first axis, so it would find no crossing along ${next}; give ${next} first, give ${key} more values, or give ${key}=${value} with --set`,
  setAndVaried: (key: string) => `${key} is both set (--set) and varied (--vary); drop one`,
  tooManyPoints: (points: number, max: number) =>
    `the grid has ${points.toLocaleString('en-US')} points and a sweep runs at most ${max.toLocaleString('en-US')}; use fewer values or split the sweep`,
  /** Within the `(got ...)` of an axis's problem that `more` of its other values share, the last `last`. */
  alikeValues: (more: number, last: string) =>
    `, and ${more} more of the axis's values alike, the last ${last}`,
  /** Appended to a problem that no single --vary or --set explains: a combination of them. */
  atPoint: (assignments: string) => `(at the grid point ${assignments})`,
  tableTitle: (name: string, points: number, paths: number, seed: string | number) =>
    `${shownText(name)}: sweep of ${points} grid ${points === 1 ? 'point' : 'points'}, ${paths.toLocaleString('en-US')} ${paths === 1 ? 'path' : 'paths'} each, seed ${seed} (the same random numbers at every point)`,
  /**
   * `at`: `power.price = 0.113 USD/kWh`; `when`: the other axes' values, or empty; `between`: the
   * grid values `at` was interpolated between (linearly: the crossing may lie anywhere between
   * them), or null where it is a grid value.
   */
  boundary: (at: string, when: string, between: { low: string; high: string } | null = null) =>
    `P(payback <= 2 years) = 0.5 at ${at}${when ? ` when ${when}` : ''}${between === null ? '' : ` (interpolated between the grid values ${between.low} and ${between.high})`}`,
  /**
   * A crossing between two points of one outcome each (`from`: `power.price = 0.02 USD/kWh`, `to`:
   * `0.03 USD/kWh`): the share is 0 or 1 at each, so it steps between them and is 0.5 at none.
   */
  boundaryStep: (from: string, to: string, shares: [number, number], when: string) =>
    `P(payback <= 2 years) steps from ${shares[0]} to ${shares[1]} between ${from} and ${to}${when ? ` when ${when}` : ''}: one outcome at each point, which pays back within 2 years or does not, so the share is 0.5 at no value between them; a finer grid narrows the step`,
  /** A sweep of one value (`at`: `power.price = 0.1 USD/kWh`): no boundary to look for along it. */
  oneValue: (at: string, above: boolean) =>
    `P(payback <= 2 years) is ${above ? 'above' : 'below'} 0.5 at ${at}, the one value swept; sweep two or more values to see where it crosses 0.5`,
  /** As oneValue(), for one of the scenario's claims. */
  claimOneValue: (claim: string, probability: number, at: string, above: boolean) =>
    `claim “${claim}”: its share is ${above ? 'above' : 'below'} ${probability} at ${at}, the one value swept`,
  noBoundary: (along: string, above: boolean, when: string) =>
    `P(payback <= 2 years) stays ${above ? 'above' : 'below'} 0.5 all along ${along}${when ? ` when ${when}` : ''}`,
  /** As boundary(), for one of the scenario's claims: where its share crosses the probability it claims. */
  claimBoundary: (
    claim: string,
    probability: number,
    at: string,
    when: string,
    between: { low: string; high: string } | null = null,
  ) =>
    `claim “${claim}”: its share = ${probability} at ${at}${when ? ` when ${when}` : ''}${between === null ? '' : ` (interpolated between the grid values ${between.low} and ${between.high})`}`,
  /** As boundaryStep(), for one of the scenario's claims. */
  claimBoundaryStep: (
    claim: string,
    probability: number,
    from: string,
    to: string,
    shares: [number, number],
    when: string,
  ) =>
    `claim “${claim}”: its share steps from ${shares[0]} to ${shares[1]} between ${from} and ${to}${when ? ` when ${when}` : ''}: one outcome at each point, on which the claim holds or does not, so its share is ${probability} at no value between them; a finer grid narrows the step`,
  claimNoBoundary: (claim: string, probability: number, along: string, above: boolean, when: string) =>
    `claim “${claim}”: its share stays ${above ? 'above' : 'below'} ${probability} all along ${along}${when ? ` when ${when}` : ''}`,
  /** A claim whose share is not known at some points (cut before its payback time, or over no path). */
  claimUnknown: (claim: string, unknown: number, points: number, along: string) =>
    `claim “${claim}”: its share is not known at ${unknown} of the ${points} points along ${along} (a run stopped where the history ends before the claim’s payback time, or no path to judge it on): their verdicts say what is known`,
  /**
   * Points whose run replays the history and stops where it ends, before the horizon: `points` says
   * which (cutPoints or cutCount), or is null when every point is cut.
   */
  cutNote: (cutAt: string, points: string | null) =>
    points === null
      ? `note: every point replays the history and stops at ${cutAt}, where it ends, before its horizon: its figures are of the days up to then`
      : `note: ${points} replay the history and stop at ${cutAt}, where it ends, before their horizon: their figures are of the days up to then`,
  /**
   * Points whose random network fell below the fleet and was held at it on some paths (a run's
   * "network held at the fleet" line): `points` as cutNote's, null when every point did; the largest
   * share of paths and of path-days any of them had so held, as shown ("76.4 %").
   */
  fleetNote: (points: string | null, paths: string, pathDays: string) =>
    `note: at ${points ?? 'every point'} the network model fell below the fleet's own hashrate on some paths (up to ${paths} of the paths and ${pathDays} of the path-days at a point): there the blocks and retargets follow the fleet's (it earns every block). A fleet this large moves the network, which minesim does not model: read those points as a bound (sweep.csv's network_at_fleet columns say how much at each)`,
  /** cutNote's points, named: `horizon=4 years, horizon=5 years`. */
  cutPoints: (names: string) => `the points ${names}`,
  /** cutNote's points, counted when there are many. */
  cutCount: (cut: number, points: number) => `${cut} of the ${points} points`,
  noCharts: (axes: number) =>
    `note: charts are drawn for one or two axes; this sweep has ${axes}, so only the tables are written`,
  wroteOutput: (dir: string, charts: boolean) =>
    `wrote ${shownFile(dir)}/ (sweep.csv, sweep.json${charts ? ', charts' : ''}, manifest.json)`,
};
