// Vitest's defaults, plus one setup file that gives every test file an empty user data folder,
// and a timeout that is a guard against hangs, not a speed test: on a loaded 2-core machine a
// run of the engine in a test takes several times its usual second (speed is `npm run bench`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['test/setup/data-folder.ts'],
    testTimeout: 60_000,
  },
});
