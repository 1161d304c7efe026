// npm run bench [-- name…] — runs benchmarks, prints their numbers and writes them to
// bench/results/<name>.json (numbers quoted in issue notes come from here). Each benchmark runs
// in its own process so that peak memory is its own.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const BENCHMARKS: Record<string, () => Promise<Record<string, number | string>>> = {
  engine: async () => (await import("./engine.bench")).benchEngine(),
  collector: async () => (await import("./collector.bench")).benchCollector(),
  api: async () => (await import("./api.bench")).benchApi(),
  scan: async () => (await import("./scan.bench")).benchScan(),
  report: async () => (await import("./report.bench")).benchReport(),
  pages: async () => (await import("./pages.bench")).benchPages(),
};

const [mode, only] = process.argv.slice(2);
if (mode === "--child" && only && BENCHMARKS[only]) {
  const numbers = await BENCHMARKS[only]();
  process.stdout.write(`\n@@RESULT@@${JSON.stringify(numbers)}\n`);
} else {
  const names = process.argv.slice(2).filter((name) => BENCHMARKS[name]);
  const chosen = names.length ? names : Object.keys(BENCHMARKS);
  mkdirSync(join("bench", "results"), { recursive: true });
  let failed = false;
  for (const name of chosen) {
    console.log(`== ${name}`);
    const child = spawnSync(process.execPath, [...process.execArgv, "bench/run.ts", "--child", name], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const line = child.stdout.split("\n").find((entry) => entry.startsWith("@@RESULT@@"));
    if (child.status !== 0 || !line) {
      console.error(child.stderr || child.stdout);
      failed = true;
      continue;
    }
    const numbers = { ...JSON.parse(line.slice("@@RESULT@@".length)), node: process.version, at: new Date().toISOString() };
    console.table(numbers);
    writeFileSync(join("bench", "results", `${name}.json`), `${JSON.stringify(numbers, null, 2)}\n`);
  }
  process.exit(failed ? 1 : 0);
}
