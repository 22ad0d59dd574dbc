// Entry of the chart thread (chart-thread.ts): draws each spec it is sent with renderChart, as
// the main thread would, and sends back the SVG, the PNG and the warnings. Requests are drawn as
// they come, concurrently, as renderAllCharts does in-process.
import { parentPort } from 'node:worker_threads';
import type { ChartReply, ChartRequest } from './chart-thread.js';
import { loadChartModules, renderChart } from './render.js';

parentPort?.on('message', async ({ id, spec }: ChartRequest) => {
  const warnings: string[] = [];
  let reply: ChartReply;
  try {
    const chart = await renderChart(spec, { onWarning: (message) => warnings.push(message) });
    reply = { id, ok: true, svg: chart.svg, png: chart.png, warnings };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, ok: false, message: e.message, stack: e.stack };
  }
  // Copied, not transferred: a detached ArrayBuffer makes V8 check for detachment in every
  // typed-array access of that thread from then on (test/engine/workers.test.ts keeps runs free of
  // it), and a PNG of a few hundred kB copies in well under a millisecond.
  parentPort?.postMessage(reply);
});

// Loaded now, before the first request: this is what the thread is started early for. A failure
// to load is reported by the first chart asked for.
loadChartModules().catch(() => undefined);
