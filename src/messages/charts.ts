// Messages about charts. One function a message; see shown.ts.

export const chartMessages = {
  /** A vega or vega-lite warning, named by what it belongs to: `north-korea-2017-s9: chart roi-fan`. */
  warning: (source: string | undefined, chart: string | undefined, detail: string) =>
    `minesim: ${[source, chart === undefined ? undefined : `chart ${chart}`, detail].filter((part) => part !== undefined).join(': ')}`,
};
