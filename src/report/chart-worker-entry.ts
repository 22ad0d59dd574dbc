// The file the chart thread starts (chart-thread.ts): it runs chart-worker.ts as the build bundled
// it, one CommonJS file beside this one, with the code cache the build made for it (code-cache.ts).
import { fileURLToPath } from 'node:url';
import { CHART_BUNDLE, CHART_CODE_CACHE, runCachedBundle } from './code-cache.js';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
runCachedBundle(here(CHART_BUNDLE), here(CHART_CODE_CACHE));
