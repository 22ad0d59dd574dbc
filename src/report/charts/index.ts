// Every chart of a run, in report order. `name` is the file stem under charts/ and the id of the
// chart's container in report.html, so it stays a lowercase slug; a scenario's outputs.charts
// names each chart by the key it has here.

import type { TopLevelSpec } from 'vega-lite';
import { shownText } from '../../messages/shown.js';
import type { CHARTS } from '../../scenario/schema/scenario.js';
import type { RunSummary } from '../../stats/summary.js';
import { paybackUndecidedAtCut } from '../staged-fleet.js';
import { onePathName } from './one-path.js';
import { cdfMarks, paybackCdfSpec } from './payback-cdf.js';
import { paybackHistogramSpec } from './payback-histogram.js';
import { oneMarketName, priceDifficultySpec } from './price-difficulty.js';
import { revenueCostSpec } from './revenue-cost.js';
import { roiFanSpec } from './roi-fan.js';
import { scenarioTitleLines } from './title-lines.js';

export interface ChartEntry {
  name: string;
  /** One sentence for the report: what the chart answers. */
  caption: string;
  spec: TopLevelSpec;
}

/** A chart as a scenario's outputs.charts names it. */
export type ChartChoice = (typeof CHARTS)[number];

interface ChartRecipe {
  name: string;
  caption(summary: RunSummary): string;
  spec(summary: RunSummary): TopLevelSpec;
}

/** Where the payback charts stop: the horizon, or the end of the history a run is cut at. */
function notPaidBackBy(summary: RunSummary): string {
  const cutAt = summary.scenario.cutAt;
  return cutAt === undefined ? 'within the horizon' : `by ${cutAt}, the end of the history,`;
}

/** Each chart by its name in outputs.charts, in report order (the keys' order). */
const RECIPES: Record<ChartChoice, ChartRecipe> = {
  fan: {
    name: 'roi-fan',
    caption: (s) => {
      const one = onePathName(s);
      return one === null
        ? 'How the cumulative net position spreads over time, and when it crosses zero.'
        : `How the cumulative net position moves over time on ${one}, and when it crosses zero.`;
    },
    spec: roiFanSpec,
  },
  'payback-cdf': {
    name: 'payback-cdf',
    caption: (s) => {
      const one = onePathName(s);
      // Read at the marks the chart draws: none past the horizon.
      const years = cdfMarks(s).map((m) => m.years);
      const read =
        years.length === 0 ? '' : `, read at ${years.join(' and ')} ${years.at(-1) === 1 ? 'year' : 'years'}`;
      return one === null
        ? `The probability of having paid back by each time since the start${read}.`
        : s.headline.noPayback.p === 1 && paybackUndecidedAtCut(s) === null
          ? `Whether the fleet has paid back on ${one} by each time since the start: it does not by ${s.scenario.end}, so 0 % throughout${read}.`
          : `Whether the fleet has paid back on ${one} by each time since the start (0 % before its payback day, 100 % from it)${read}.`;
    },
    spec: paybackCdfSpec,
  },
  'payback-histogram': {
    name: 'payback-histogram',
    caption: (s) => {
      const one = onePathName(s);
      return one === null
        ? `How payback times spread, with the paths not paid back ${notPaidBackBy(s)} as their own bar.`
        : `When the fleet pays back on ${one}: one bar in the period of its payback day, or, where it does not pay back ${notPaidBackBy(s).replace(/,$/, '')}, the last bar.`;
    },
    spec: paybackHistogramSpec,
  },
  'revenue-vs-power': {
    name: 'revenue-cost',
    caption: () =>
      'Daily revenue against the power bill, and when the fleet shuts down because it loses money.',
    spec: revenueCostSpec,
  },
  market: {
    name: 'price-difficulty',
    caption: (s) =>
      s.kind === 'backtest'
        ? 'The actual history behind revenue: coin price and network difficulty.'
        : oneMarketName(s) !== null
          ? `The market of ${oneMarketName(s)} behind revenue: coin price and network difficulty.`
          : 'The market paths behind revenue: coin price and network difficulty.',
    spec: priceDifficultySpec,
  },
};

/**
 * The chart as published for the scenario `scenarioName`: its title names the scenario (a PNG or
 * SVG read on its own says which run it shows), and its description, which report.html's chart
 * takes as its aria label and the SVG as its <desc> (draw-svg.ts), says what it shows and for
 * which scenario.
 */
export function forScenario(chart: ChartEntry, scenarioName: string): ChartEntry {
  // Every chart is built with chartFrame() (theme.ts): its title an object with its text.
  const title = chart.spec.title as { text: string | string[] };
  const text = typeof title.text === 'string' ? title.text : title.text.join(' ');
  // A control character is no XML character: in the SVG's text it left a file resvg refused to
  // read (the run ended with an internal error); it is shown as its escape, as on the terminal.
  const name = shownText(scenarioName);
  const lines = scenarioTitleLines(text, name);
  return {
    ...chart,
    spec: {
      ...chart.spec,
      title: { ...title, text: lines.length === 1 ? lines[0] : lines },
      description: `${chart.caption} Scenario ${name}.`,
    } as TopLevelSpec,
  };
}

/** The report's name of a chart (its file stem under charts/) from its name in outputs.charts. */
export function chartName(choice: ChartChoice): string {
  return RECIPES[choice].name;
}

/**
 * The charts of `summary` that `charts` names (all by default), in report order whatever the
 * order or repeats of the list; the others are not built.
 */
export function buildCharts(summary: RunSummary, charts?: readonly ChartChoice[]): ChartEntry[] {
  const wanted = charts && new Set(charts);
  return (Object.entries(RECIPES) as [ChartChoice, ChartRecipe][])
    .filter(([choice]) => !wanted || wanted.has(choice))
    .map(([, r]) =>
      forScenario(
        { name: r.name, caption: r.caption(summary), spec: r.spec(summary) },
        summary.scenario.name,
      ),
    );
}
