// Vitest's defaults, plus one setup file that gives every test file an empty user data folder.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['test/setup/data-folder.ts'],
  },
});
