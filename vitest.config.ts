import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    setupFiles: ["./test/support/temp-dirs.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
