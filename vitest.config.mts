import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser tests need a build and Chromium: they run in npm run test:e2e.
    exclude: ["test/e2e/**", "node_modules/**"],
    setupFiles: ["test/setup.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
