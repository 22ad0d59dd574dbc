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
  parentPort?.postMessage(reply, reply.ok ? [reply.png.buffer as ArrayBuffer] : []);
});

// Loaded now, before the first request: this is what the thread is started early for. A failure
// to load is reported by the first chart asked for.
loadChartModules().catch(() => undefined);
