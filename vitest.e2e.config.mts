import { defineConfig } from "vitest/config";

/** The browser tests: the built taskpane in headless Chromium (npm run test:e2e). */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    setupFiles: ["test/setup.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
