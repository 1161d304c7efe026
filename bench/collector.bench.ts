// Collector benchmark (issue #4): collect the synthetic large cluster (50,000 Pods, ~110,000
// objects) from the fake API server over loopback, through the real client, with paging.
// Targets: < 30 s wall time and < 1.5 GB peak RSS for the collecting process.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { collectSnapshot } from "../lib/kube/collector";
import { fakeKubeConfig } from "../lib/kube/fake-api-server";

export async function benchCollector(): Promise<Record<string, number | string>> {
  // Same runtime flags as this process (tsx's loader), so the child runs TypeScript too.
  const child = spawn(process.execPath, [...process.execArgv, "bench/collector-server.ts"], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  try {
    const serverStart = performance.now();
    const first = await lines.next();
    if (first.done) throw new Error("the fake API server did not start");
    const access = JSON.parse(first.value) as { url: string; caPem: string; token: string };
    const serverReadyMs = Math.round(performance.now() - serverStart);

    const start = performance.now();
    const { snapshot, stats } = await collectSnapshot(fakeKubeConfig({ server: access.url, caPem: access.caPem, token: access.token }));
    const wallMs = Math.round(performance.now() - start);

    child.stdin.write("stats\n");
    const served = JSON.parse((await lines.next()).value as string) as { requests: number; peakRssMB: number };
    return {
      wallMs,
      objects: stats.objects,
      pods: snapshot.objects.Pod?.length ?? 0,
      gaps: snapshot.gaps.map((gap) => gap.kind).join(", ") || "none", // VulnerabilityReport: no Trivy in the synthetic cluster
      requests: stats.requests,
      requestsServed: served.requests,
      pages: stats.pages,
      retries: stats.retries,
      slowestKinds: Object.entries(stats.perKind).sort(([, a], [, b]) => b.durationMs - a.durationMs).slice(0, 3)
        .map(([kind, entry]) => `${kind} ${entry.durationMs}ms/${entry.pages}p`).join(", "),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      serverPeakRssMB: served.peakRssMB,
      serverReadyMs,
    };
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
