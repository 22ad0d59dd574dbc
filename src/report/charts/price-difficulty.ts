// Price and difficulty: the two market inputs behind revenue, stacked on one time axis. Each panel
// has quantile bands, a few sample paths as thin lines (what single paths look like, which bands
// hide), and the actual history when the run is a back-test. Both use log scales: the coin price
// and the difficulty move by orders of magnitude over a multi-year run. Each panel's domain holds
// every value drawn, sample paths included, and its ticks sit at powers of ten (scale-ticks.ts).

import type { TopLevelSpec } from 'vega-lite';
import { coinProtocol } from '../../model/coins/index.js';
import type { Bands, RunSummary } from '../../stats/summary.js';
import { bandsError } from '../bands-error.js';
import { marketAllTheSame } from '../distribution-table.js';
import { formatCoinPrice, formatPaths } from '../format.js';
import { figureAxis, figureTooltip } from './figure-labels.js';
import { hoverRule } from './hover-rule.js';
import { bandLayer, eventMarks, lineLayer, overDates } from './marks.js';
import { oneOutcomeName } from './one-path.js';
import { logDomain, logTicks } from './scale-ticks.js';
import { chartFrame, HEIGHT, LEGEND, legendScale, PALETTE, round, WIDTH } from './theme.js';
import { DATE_TOOLTIP, dateX } from './time-axes.js';

/** Sample paths drawn per panel: enough to show path shapes without hiding the bands. */
const MAX_SAMPLE_PATHS = 5;

const BAND90 = '5–95 % of paths';
const BAND50 = '25–75 % of paths';
// Each week's median over the paths: no one path, unlike the sample paths beside it.
const MEDIAN = 'median (each week)';
const SAMPLE = 'sample paths';
const ACTUAL = 'actual history';
/**
 * The one market path of a Monte Carlo run of one path, or of paths that all came out the same on
 * a market that is the same on every path (a fixed price, a network that draws nothing), as the
 * charts name it (theme.ts oneOutcomeName()); null where the run's market has paths to spread.
 */
export function oneMarketName(summary: RunSummary): string | null {
  const name = oneOutcomeName(summary);
  if (name === null || summary.run.paths === 1) return name;
  return marketAllTheSame(summary) ? name : null;
}

interface Panel {
  title: string;
  axisTitle: string;
  /** The unit its tooltip's figures are in, named in each line's title as the fan's and revenue's are. */
  unit: string;
  format: string;
  /** The tooltip's numbers: a d3 format, or text as the tables print the value (a coin's price). */
  tooltipFormat: string | ((value: number | null) => string);
  bands: Bands;
  samples: number[][];
  actual?: number[];
}

/** One panel, and the named datasets it reads (datasets live at the top level of a vconcat). */
function panelSpec(summary: RunSummary, name: string, panel: Panel) {
  const { dates } = summary.timeline;
  const actual = summary.actual;
  const text = typeof panel.tooltipFormat === 'function' ? panel.tooltipFormat : null;
  const rows = dates.map((date, i) => ({
    date,
    p5: round(panel.bands.p5[i]),
    p25: round(panel.bands.p25[i]),
    p50: round(panel.bands.p50[i]),
    p75: round(panel.bands.p75[i]),
    p95: round(panel.bands.p95[i]),
    ...(text
      ? {
          p5Text: text(panel.bands.p5[i]),
          p50Text: text(panel.bands.p50[i]),
          p95Text: text(panel.bands.p95[i]),
        }
      : {}),
  }));
  // A back-test is one observed path: the actual history, no bands over paths, median or samples.
  // A Monte Carlo run of one path is that path: its line, with no bands, median or sample path
  // (the one sample path is the same path again).
  const backtest = summary.kind === 'backtest';
  const oneName = oneMarketName(summary);
  const onePath = oneName !== null;
  const ONE_PATH = oneName ?? '';
  const sampleRows = (backtest || onePath ? [] : panel.samples).flatMap((values, path) =>
    values.map((value, i) => ({ path, date: dates[i], value: round(value) })),
  );
  const actualRows =
    actual && panel.actual ? actual.dates.map((date, i) => ({ date, value: round(panel.actual?.[i]) })) : [];
  const scale = legendScale([
    ...(backtest
      ? actualRows.length > 0
        ? []
        : [{ label: ACTUAL, color: PALETTE.actual }]
      : onePath
        ? [{ label: ONE_PATH, color: PALETTE.median }]
        : [
            { label: BAND90, color: PALETTE.band90 },
            { label: BAND50, color: PALETTE.band50 },
            { label: MEDIAN, color: PALETTE.median },
          ]),
    ...(sampleRows.length > 0 ? [{ label: SAMPLE, color: PALETTE.sample }] : []),
    ...(actualRows.length > 0 ? [{ label: ACTUAL, color: PALETTE.actual }] : []),
  ]);
  const quantity = (field: string, name: string) => {
    const title = `${name} (${panel.unit})`;
    return typeof panel.tooltipFormat === 'function'
      ? { field: `${field}Text`, title }
      : figureTooltip(field, title, panel.tooltipFormat, panel.tooltipFormat.endsWith('s') ? 1e27 : 1e15);
  };
  const datasets = { [`${name}Bands`]: rows, [`${name}Samples`]: sampleRows, [`${name}Actual`]: actualRows };
  const domain = logDomain([
    ...panel.bands.p5,
    ...panel.bands.p95,
    ...panel.samples.flat(),
    ...(panel.actual && actualRows.length > 0 ? panel.actual : []),
  ]);
  const yScale = domain
    ? { type: 'log' as const, domain: domain.map((v) => round(v)), nice: false }
    : { type: 'log' as const };
  const spec = {
    title: panel.title,
    width: WIDTH,
    height: Math.round(HEIGHT * 0.8),
    encoding: {
      x: dateX(dates),
      y: {
        type: 'quantitative' as const,
        title: panel.axisTitle,
        scale: yScale,
        axis: {
          ...figureAxis(panel.format, panel.format.endsWith('s') ? 1e27 : 1e15),
          ...(domain ? { values: logTicks(domain) } : {}),
        },
      },
    },
    layer: [
      ...(backtest || onePath
        ? []
        : [
            bandLayer(`${name}Bands`, 'p5', 'p95', BAND90, scale),
            bandLayer(`${name}Bands`, 'p25', 'p75', BAND50, scale),
          ]),
      ...eventMarks(summary),
      // Layers over no rows are left out: vega warns of an infinite extent for the date scale.
      ...(sampleRows.length > 0
        ? [
            {
              data: { name: `${name}Samples` },
              mark: { type: 'line' as const, strokeWidth: 0.8, strokeOpacity: 0.8 },
              encoding: {
                x: { field: 'date', type: 'temporal' as const },
                y: { field: 'value', type: 'quantitative' as const },
                detail: { field: 'path', type: 'nominal' as const },
                color: { datum: SAMPLE, scale, legend: LEGEND },
              },
            },
          ]
        : []),
      ...(backtest
        ? actualRows.length > 0
          ? []
          : [lineLayer(`${name}Bands`, 'p50', ACTUAL, scale)]
        : [lineLayer(`${name}Bands`, 'p50', onePath ? ONE_PATH : MEDIAN, scale)]),
      ...(actualRows.length > 0 ? [lineLayer(`${name}Actual`, 'value', ACTUAL, scale)] : []),
      hoverRule(
        `${name}Bands`,
        backtest
          ? [DATE_TOOLTIP, quantity('p50', 'Actual')]
          : onePath
            ? [DATE_TOOLTIP, quantity('p50', summary.run.paths === 1 ? 'The one path' : 'Every path')]
            : [
                DATE_TOOLTIP,
                quantity('p5', '5 % of paths below'),
                quantity('p50', 'Median'),
                quantity('p95', '95 % below'),
              ],
      ),
    ],
  };
  // A timeline of one date (a 1-day horizon) draws its lines as points and its bands as bars.
  return { spec: { ...spec, layer: overDates(spec.layer, dates) }, datasets };
}

/** A name at the head of a sentence. */
const capitalize = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

export function priceDifficultySpec(summary: RunSummary): TopLevelSpec {
  const { timeline, samplePaths, actual } = summary;
  const samples = samplePaths.slice(0, MAX_SAMPLE_PATHS);
  const protocol = coinProtocol(summary.scenario.coin);
  const coin = protocol.ticker;
  const price = panelSpec(summary, 'price', {
    title: `${coin} price`,
    axisTitle: `Price (USD/${coin}, log scale)`,
    unit: `USD/${coin}`,
    // Ticks at powers of ten: 0.1 and 0.01 for a coin under a dollar (Monero before 2016), which
    // ',.0f' printed as 0; 4 significant digits print each tick as it is (0.1, 10,000).
    format: ',.4~r',
    // As the tables print a coin's price (formatCoinPrice): 0.4284, 26.82, 94,503.
    tooltipFormat: formatCoinPrice,
    bands: timeline.priceUsd,
    samples: samples.map((s) => s.price),
    actual: actual?.priceUsd,
  });
  const difficulty = panelSpec(summary, 'difficulty', {
    title: 'Network difficulty',
    axisTitle: `Difficulty (${protocol.difficultyHashes}, log scale)`,
    unit: protocol.difficultyHashes,
    format: '.2~s',
    tooltipFormat: '.3~s',
    bands: timeline.difficulty,
    samples: samples.map((s) => s.difficulty),
    actual: actual?.difficulty,
  });
  return {
    ...chartFrame(
      'Market paths: price and difficulty',
      summary.kind === 'backtest'
        ? 'The actual history the back-test replays.'
        : oneMarketName(summary) !== null
          ? `${capitalize(oneMarketName(summary)!)}${actual ? ', with the actual history.' : '.'}`
          : [
              `Quantile bands over ${formatPaths(summary.run.paths)}` +
                (samples.length > 0
                  ? `, with ${samples.length} sample ${samples.length === 1 ? 'path' : 'paths'} as thin lines.`
                  : '.'),
              bandsError(summary, [
                { key: 'priceUsd', name: 'price', unit: `USD/${coin}` },
                { key: 'difficulty', name: 'difficulty', unit: protocol.difficultyHashes, compact: true },
              ]),
            ],
    ),
    datasets: { ...price.datasets, ...difficulty.datasets },
    vconcat: [price.spec, difficulty.spec],
    resolve: { scale: { color: 'shared' } },
  };
}
