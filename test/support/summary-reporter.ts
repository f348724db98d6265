// Prints one plain closing line, "N passed, N failed", that CI logs and scripts can read.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
      }
      // A module that failed outside any test (a suite error, an empty suite) counts once.
      const failedTests = [...module.children.allTests()].filter(
        (t) => t.result().state === "failed",
      ).length;
      if (module.state() === "failed" && failedTests === 0) failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
