// What minesim tells a user about charts; see shown.ts for why messages are functions.

export const chartMessages = {
  /** A vega or vega-lite warning, named by what it belongs to: `north-korea-2017-s9: chart roi-fan`. */
  warning: (source: string | undefined, chart: string | undefined, detail: string) =>
    `minesim: ${[source, chart === undefined ? undefined : `chart ${chart}`, detail].filter((part) => part !== undefined).join(': ')}`,
};
