// Entry of the chart thread (chart-thread.ts): draws the SVG of each spec it is sent with
// drawSvg, as the main thread would, and sends back the SVG and the warnings. Requests are drawn
// one at a time, in the order they came: the first chart's SVG is then back early, and the main
// thread rasterises it while this thread draws the next (drawn all at once, interleaved, every SVG
// would come back near the end, and every PNG after it).
import { parentPort } from 'node:worker_threads';
import type { ChartReply, ChartRequest } from './chart-thread.js';
import { drawSvg, loadSvgModules } from './draw-svg.js';

async function draw({ id, spec }: ChartRequest): Promise<ChartReply> {
  const warnings: string[] = [];
  try {
    const svg = await drawSvg(spec, (message) => warnings.push(message));
    return { id, ok: true, svg, warnings };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id, ok: false, message: e.message, stack: e.stack };
  }
}

/** The last request's reply, sent or to be sent: each request is drawn after it. */
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (request: ChartRequest) => {
  queue = queue.then(async () => {
    // An SVG string is copied to the main thread, as strings are; nothing is transferred.
    parentPort?.postMessage(await draw(request));
  });
});

// Loaded now, before the first request: this is what the thread is started early for. A failure
// to load is reported by the first chart asked for.
loadSvgModules().catch(() => undefined);

// ICU's locale data, which the first Intl object of a process loads (about 11 ms; once for all its
// threads), loads here too, while the main thread still reads and runs the scenario: the main
// thread's first number format (the summary's assumptions table) then finds it loaded. vega draws
// without Intl; minesim's Intl objects are made on first use (src/report/format.ts, units.ts).
new Intl.NumberFormat('en-US').format(0);

/** For the build, which draws a run's charts with this bundle before it makes its code cache. */
export { drawSvg };
