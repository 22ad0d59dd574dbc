// The calibration study's page for a reader (coverage.md): the design, the choice of the default
// model, the goals, the score tables by quantity, and minesim against published forecasts (their
// tables and files in calibration-published.ts). Pure: the study's results in, text out.

import { calibrationMessages as m } from '../messages/calibration.js';
import { DEFAULT_MODEL_LABEL, DEFAULT_STUDY_MODEL, EARLY_STUDY_MODEL } from '../model/market/defaults.js';
import type { CalibrationRow } from '../study/calibration-row.js';
import { CHOICE_RULE, type Choice, shippedDefaultScores } from '../study/choose.js';
import { QUANTITIES, type Quantity } from '../study/forecast-task.js';
import type { Goal } from '../study/goals.js';
import type { PublishedScore } from '../study/published.js';
import type { PublishedBandScore } from '../study/published-band.js';
import { BASELINE_MODELS, isBaseline, modelLabel, STUDY_MODELS } from '../study/study-models.js';
import type { ScoreRow } from '../study/study-scores.js';
import {
  RELEASE_LAG_MONTHS,
  REVENUE_DAYS_PER_UNIT_PRICE,
  STUDY_COINS,
  TARIFF_USD_PER_KWH,
  TUNING_LAST_START,
} from '../study/walk-forward.js';
import { beside } from './bound-digits.js';
import { publishedBandIntro, publishedBandLines, publishedLines } from './calibration-published.js';
import { horizonLabel } from './calibration-tables.js';
import { escapeMarkdown, markdownTableLines } from './table-render.js';

/** What the study found: its rows, scores, the choice of the default models, the goals, the published forecasts. */
export interface StudyResult {
  rows: readonly CalibrationRow[];
  scores: readonly ScoreRow[];
  choice: Choice;
  goals: readonly Goal[];
  published: readonly PublishedScore[];
  /** The published interval forecast (the 2012-13 weekly hashrate band), week by week and summed up. */
  publishedBand: PublishedBandScore;
}

export interface StudyRecord {
  paths: number;
  seed: string | number;
  /** First and last start per coin. */
  starts: Record<string, [string, string]>;
  /** The last day of each coin's shipped history (says why a coin has no held-out starts). */
  historyEnds?: Record<string, string>;
}

/** Why a coin of the study has no held-out rows, one bullet each (none when every coin has some). */
function heldOutLines(r: StudyResult, record: StudyRecord): string[] {
  return Object.keys(record.starts)
    .filter((coin) => !r.rows.some((row) => row.coin === coin && row.split === 'held-out'))
    .map(
      (coin) =>
        `- **No held-out starts for ${coin}**: its shipped daily history ends ${record.historyEnds?.[coin] ?? 'before the held-out period'}, ` +
        `so no start after ${TUNING_LAST_START} has even its shortest horizon inside the history. Its rows below are all ` +
        'tuning starts, it counts in the choice of the default model, and the goals are measured on Bitcoin only.',
    );
}

/** The mixtures' later first starts, one bullet (none when every model starts with its coin). */
function laterStartLines(): string[] {
  const late = STUDY_MODELS.filter((m) => m.firstStart !== undefined);
  if (late.length === 0) return [];
  const each = late.map(
    (m) =>
      `${escapeMarkdown(m.label)} from ${Object.entries(m.firstStart ?? {})
        .map(([coin, start]) => `${start} (${coin})`)
        .join(', ')}`,
  );
  return [
    '- **Mixtures weighted by score** re-run each of their models as of starts up to 2 years earlier, so they ' +
      `start where every model can be calibrated there: ${each.join('; ')}. Their tables count fewer starts than ` +
      'the single models’.',
  ];
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const interval = ([low, high]: [number, number]) => `${f2(low)}–${f2(high)}`;
const QUANTITY_TITLE: Record<Quantity, string> = {
  price: 'Price (scores per unit of the start price)',
  hashrate: 'Network hashrate (scores per unit of the start hashrate)',
  hashprice: 'Hashprice (scores per unit of the start hashprice)',
  net: 'Cumulative net position (scores per unit of capex)',
};

/** The table of one quantity: a row per coin, split, model and horizon. */
function quantityTable(scores: readonly ScoreRow[], quantity: Quantity): string[] {
  const header = ['coin', 'split', 'model', 'horizon', 'starts', 'in 50 %', '50 % serial-adj.'];
  header.push('in 90 %', '90 % serial-adj.');
  header.push('mean PIT', 'CRPS', 'IS 50 %', 'IS 90 %', ...BASELINE_MODELS.map((b) => `skill vs ${b.id}`));
  const rows = scores
    .filter((s) => s.quantity === quantity)
    .map((s) => [
      s.coin,
      s.split,
      escapeMarkdown(modelLabel(s.model)),
      horizonLabel(s.horizonDays),
      String(s.starts),
      // A baseline is a point forecast (its paths differ by fleet failures only): it has no bands.
      ...(isBaseline(s.model)
        ? ['–', '–', '–', '–']
        : [
            f2(s.band50.share),
            interval(s.band50.intervalEffective),
            f2(s.band90.share),
            interval(s.band90.intervalEffective),
          ]),
      f2(s.meanPit),
      f3(s.crps),
      f3(s.is50),
      f3(s.is90),
      ...BASELINE_MODELS.map((b) => f2(s.skill[b.id] ?? Number.NaN)),
    ]);
  return markdownTableLines(header, (i) => (i < 4 ? 'left' : 'right'), rows);
}

function choiceLines(choice: Choice, forecasts: readonly CalibrationRow[]): string[] {
  const header = [
    'model',
    'tuning forecasts',
    ...CHOICE_RULE.horizonsDays.map((h) => `in 90 % at ${horizonLabel(h)}`),
  ];
  header.push('mean CRPS', `mean CRPS, the ${choice.shared} shared`, 'chosen');
  const rows = choice.candidates.map((c) => [
    escapeMarkdown(modelLabel(c.model)),
    String(c.starts),
    ...c.coverage90.map((x) => beside(x, CHOICE_RULE.band90)),
    f3(c.crps),
    f3(c.crpsShared),
    c.model === choice.model ? 'yes' : '',
  ]);
  return [
    `Rule (src/study/choose.ts): on the tuning starts (up to ${TUNING_LAST_START}, every coin), among the tested ` +
      `models whose 90 % band holds ${CHOICE_RULE.band90[0]}–${CHOICE_RULE.band90[1]} of the net positions at ` +
      `${CHOICE_RULE.horizonsDays.map(horizonLabel).join(' and ')}, the lowest mean CRPS of the net position over ` +
      'those horizons; if none qualifies, the one nearest the band, then the lowest CRPS. The CRPS is compared on ' +
      `the ${choice.shared} forecasts (start and horizon) every model has ("shared"): the mixtures start later, ` +
      'without the hardest early starts.',
    '',
    `Chosen: **${escapeMarkdown(modelLabel(choice.model))}**${choice.fallback ? ' (no model met the coverage condition: the nearest was taken)' : ''}.`,
    ...(choice.model === DEFAULT_STUDY_MODEL
      ? []
      : ['', `${escapeMarkdown(m.shippedDefault(DEFAULT_MODEL_LABEL, modelLabel(choice.model)))}.`]),
    ...shippedLines(forecasts),
    '',
    ...markdownTableLines(header, (i) => (i < 1 ? 'left' : 'right'), rows),
  ];
}

/** The default as shipped (the choice where it runs, the early pair before it), on every tuning start. */
export function shippedLine(rows: readonly CalibrationRow[]): string | null {
  const shipped = STUDY_MODELS.find((x) => x.id === DEFAULT_STUDY_MODEL);
  const firsts = Object.entries(shipped?.firstStart ?? {})
    .map(([coin, date]) => `${coin} ${date}`)
    .join(', ');
  const scores = shippedDefaultScores(rows, DEFAULT_STUDY_MODEL, EARLY_STUDY_MODEL);
  if (scores === null) return null;
  return m.shippedScores(
    modelLabel(DEFAULT_STUDY_MODEL),
    modelLabel(EARLY_STUDY_MODEL),
    firsts,
    scores.forecasts,
    scores.coverage90.map((c, i) => `${f2(c)} at ${horizonLabel(CHOICE_RULE.horizonsDays[i])}`).join(' and '),
    f3(scores.crps),
  );
}

const shippedLines = (rows: readonly CalibrationRow[]) => {
  const line = shippedLine(rows);
  return line === null ? [] : ['', `${escapeMarkdown(line)}.`];
};

export function goalLines(goals: readonly Goal[]): string[] {
  const rows = goals.map((g) => [
    g.what,
    beside(g.value, g.bounds),
    g.interval === undefined ? '–' : interval(g.interval),
    g.target,
    g.met ? 'met' : `missed by ${beside(g.miss, [0])}`,
  ]);
  return markdownTableLines(
    ['goal (held-out Bitcoin starts)', 'measured', '95 % serial-adj.', 'target', 'result'],
    (i) => (i < 1 ? 'left' : 'right'),
    rows,
  );
}

export function coverageMarkdown(r: StudyResult, record: StudyRecord): string {
  const starts = Object.entries(record.starts)
    .map(([coin, [first, last]]) => `${coin} ${first} to ${last}`)
    .join(', ');
  const fleets = Object.entries(STUDY_COINS)
    .map(([coin, c]) => `${c.units} machines for ${coin}`)
    .join(', ');
  return `${[
    '# How well calibrated are minesim’s forecasts?',
    `A walk-forward study. Every month (${starts}), a fleet of the then-current machine (${fleets}) is bought ` +
      `and run at ${TARIFF_USD_PER_KWH} USD/kWh, always on, coins sold daily. Each market model is calibrated only ` +
      `on history strictly before the start; its Monte Carlo forecast (${record.paths} paths, seed ${record.seed}) of ` +
      'price, network hashrate, hashprice and the cumulative net position at 90, 180, 365 and 730 days is compared ' +
      'with the replay of the same fleet on the actual history, at every horizon the history covers.',
    [
      `- **Split**: starts up to ${TUNING_LAST_START} are the tuning set (the default model is chosen on them only); ` +
        'later starts are the held-out test, reported separately in the same tables.',
      `- **Machine**: the most efficient in the catalog released at least ${RELEASE_LAG_MONTHS} months before the ` +
        'start (Bitcoin ASICs; Monero CPUs of the proof of work of the day); before any qualifies, the earliest stands in.',
      `- **Unit price**: the catalog launch price, or ${REVENUE_DAYS_PER_UNIT_PRICE} days of the machine's revenue at the start day's hashprice.`,
      '- **Coverage**: the share of outcomes inside the central 50 % (25–75 % of paths) and 90 % (5–95 %) bands; ' +
        'the serially adjusted 95 % interval (serial-adj.) is Wilson’s over an effective number of independent ' +
        'forecasts: at most starts x 1 month / horizon, as monthly windows share most of their history, and fewer ' +
        'where the hits of consecutive starts cluster (a two-state Markov chain fitted to the hits in start order, ' +
        'or their autocorrelations summed, whichever counts fewer; then at Student’s t). Simulated, it covers a ' +
        'Markov chain of hits at its 95 %; a longer regime it under-states (src/stats/serial-share.ts).',
      '- **CRPS** (continuous ranked probability score, from the paths) and **IS** (interval or Winkler score of ' +
        'the 50 % and 90 % bands): proper scores, lower is better; each forecast’s is divided by a number known at ' +
        'its start (the capex, or the start day’s value) so that starts of very different size weigh alike.',
      `- **Skill** against a naive baseline: 1 - CRPS / the baseline's CRPS on the same starts (above 0 beats it). ` +
        'Baselines: no change (price and hashrate held), and last year’s growth carried forward; they are ' +
        'point forecasts, so their bands are shown as –.',
      ...laterStartLines(),
      ...heldOutLines(r, record),
    ].join('\n'),
    ['## The default model', '', ...choiceLines(r.choice, r.rows)].join('\n'),
    ['## Goals', '', ...goalLines(r.goals)].join('\n'),
    [
      '## minesim versus published forecasts',
      '',
      ...publishedLines(r.published),
      '',
      ...publishedBandIntro(r.publishedBand),
      '',
      ...publishedBandLines(r.publishedBand),
    ].join('\n'),
    ...QUANTITIES.map((q) => [`## ${QUANTITY_TITLE[q]}`, '', ...quantityTable(r.scores, q)].join('\n')),
    'Files: calibration.csv (every scored forecast), scores.csv (these tables at full precision, with Wilson ' +
      'intervals as if the starts were independent and serially adjusted, the effective forecasts each counts, and KS ' +
      'distances with their 5 % bounds, as if the starts were independent and serially adjusted: over the fewest of the ' +
      'coverages’ effective forecasts and of what the PITs’ own autocorrelations leave, none below 1 forecast), ' +
      'published.csv, published-band.csv, charts/ (Bitcoin net position: PIT histograms, held-out coverage, outcomes against the ' +
      'forecast bands), each as .vl.json, .svg and .png.',
  ].join('\n\n')}\n`;
}
