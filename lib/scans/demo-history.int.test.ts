// acme-prod's four weekly fixture states scanned in order through the real pipeline (a kubeconfig
// cluster pointed at the fake API server serving each week's folder in turn, as lib/demo/demo.ts
// builds the demo history): the new and resolved counts stored on each scan must be the
// fingerprint set differences of consecutive states, computed here straight from the engine and
// the summary, and a finding's first-seen date must be the scan that first saw it.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestEncryptionKey } from "../../test/clusters";
import { evaluateSnapshot } from "../checks/engine";
import { snapshotFromPaths } from "../checks/load";
import { redactSnapshot } from "../checks/redact";
import { clusterCredentialContext, encryptCredential } from "../crypto/credentials";
import { db } from "../db/client";
import { currentRatings } from "../db/ratings";
import { createScan } from "../db/scans";
import { kubeconfigFor } from "../demo/kubeconfig-for";
import { DEMO_STATES, type TDemoState } from "../demo/states";
import { startFakeApiServer } from "../kube/fake-api-server";
import { DEFAULT_VERSION } from "../kube/fake-api-server/discovery";
import { minifyKubeconfig, parseKubeconfig } from "../kube/kubeconfig";
import { COLLECTED_RESOURCES } from "../kube/resources";
import { runScan } from "./pipeline";
import { sourceFor, type TScanTarget } from "./sources";
import { summarizeResults } from "./summarize";

const ROOT = join(import.meta.dirname, "..", "..");
const WEEKS = DEMO_STATES.filter((state) => state.cluster === "acme-prod").sort((a, b) => (a.week ?? 0) - (b.week ?? 0));

interface TWeek {
  state: TDemoState;
  scanId: string;
  at: Date;
  /** Fingerprints of the state's findings, computed without the pipeline. */
  expected: Set<string>;
  /** The same findings as people read them, for failure messages. */
  labels: string[];
}

const labelOf = (finding: { checkId: string; objectKind: string; namespace: string | null; objectName: string; container: string | null }) =>
  `${finding.checkId} ${finding.objectKind}/${finding.namespace ?? ""}/${finding.objectName}${finding.container ? `[${finding.container}]` : ""}`;

let clusterId: string;
const weeks: TWeek[] = [];

/**
 * What the collector hands the engine for a folder the fake server serves: the objects of the
 * kinds it lists (not the folder's ScanSettings, whose registry allowlist is for folder scans),
 * Secret and ConfigMap values redacted on arrival, the server's version, and the collection time
 * (secret ages are judged when the scan collects, the same day as this computation).
 */
async function expectedFindings(state: TDemoState): Promise<{ expected: Set<string>; labels: string[] }> {
  const loaded = await snapshotFromPaths([join(ROOT, state.dir)]);
  expect(loaded.problems, state.dir).toEqual([]);
  const listed = new Set<string>(COLLECTED_RESOURCES.map((resource) => resource.kind));
  const snapshot = redactSnapshot({ ...loaded.snapshot, objects: Object.fromEntries(Object.entries(loaded.snapshot.objects).filter(([kind]) => listed.has(kind))) });
  snapshot.serverVersion = DEFAULT_VERSION;
  snapshot.evaluatedAt = new Date().toISOString();
  const ratings = await currentRatings();
  const summary = summarizeResults(clusterId, evaluateSnapshot(snapshot), snapshot.gaps, ratings.ratings);
  return { expected: new Set(summary.findings.map((finding) => finding.fingerprint)), labels: summary.findings.map(labelOf).sort() };
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((fingerprint) => !b.has(fingerprint));

beforeAll(async () => {
  expect(WEEKS.map((state) => state.week)).toEqual([1, 2, 3, 4]);
  useTestEncryptionKey();
  await db().cluster.deleteMany();
  clusterId = (await db().cluster.create({ data: { name: "acme-prod", environment: "production", connectionKind: "kubeconfig", contextName: "acme-prod" } })).id;
  for (const state of WEEKS) {
    const server = await startFakeApiServer({ dir: join(ROOT, state.dir) });
    try {
      expect(server.loadProblems, state.dir).toEqual([]);
      expect(server.skippedObjects, `${state.dir}: every object is served`).toBe(0);
      const kubeconfig = minifyKubeconfig(parseKubeconfig(kubeconfigFor(server, "acme-prod")), "acme-prod");
      const cluster = await db().cluster.update({
        where: { id: clusterId },
        data: { credentials: encryptCredential(kubeconfig, clusterCredentialContext(clusterId)) },
      });
      const at = new Date(state.takenAt);
      const scanId = await createScan(clusterId, { queuedAt: at, demo: true });
      await runScan(scanId, clusterId, sourceFor(cluster as TScanTarget), { now: at });
      weeks.push({ state, scanId, at, ...(await expectedFindings(state)) });
    } finally {
      await server.close();
    }
  }
}, 120_000);

afterAll(async () => {
  await db().cluster.deleteMany();
  await db().$disconnect();
});

describe("acme-prod's weekly states through the real pipeline", () => {
  it("stores each week's findings: exactly the fingerprints the engine gives for that state", async () => {
    for (const week of weeks) {
      const stored = await db().finding.findMany({ where: { scanId: week.scanId } });
      expect(stored.map(labelOf).sort(), week.state.dir).toEqual(week.labels);
      expect(new Set(stored.map((row) => row.fingerprint)), week.state.dir).toEqual(week.expected);
      expect(week.expected.size, week.state.dir).toBeGreaterThan(0);
    }
  });

  it("records new and resolved as the set differences of consecutive states", async () => {
    let previous: TWeek | undefined;
    const changes: { new: number; resolved: number }[] = [];
    for (const week of weeks) {
      const scan = await db().scan.findUniqueOrThrow({ where: { id: week.scanId } });
      expect(["succeeded", "partial"], week.state.dir).toContain(scan.status);
      expect(scan.previousScanId, week.state.dir).toBe(previous?.scanId ?? null);
      const created = previous ? minus(week.expected, previous.expected).length : week.expected.size;
      const resolved = previous ? minus(previous.expected, week.expected).length : 0;
      expect({ new: scan.findingsNew, resolved: scan.findingsResolved }, week.state.dir).toEqual({ new: created, resolved });
      if (previous) changes.push({ new: created, resolved });
      previous = week;
    }
    // The comparison is exercised both ways: every week changes something, teams fix things
    // (resolved) and occasionally regress (new).
    expect(changes.every((change) => change.new + change.resolved > 0)).toBe(true);
    expect(changes.some((change) => change.resolved > 0) && changes.some((change) => change.new > 0)).toBe(true);
  });

  it("carries first-seen dates: open in all four weeks → the first scan's time; otherwise the start of its current run", async () => {
    const first = await db().scan.findUniqueOrThrow({ where: { id: weeks[0]!.scanId } });
    expect(first.startedAt?.toISOString()).toBe(weeks[0]!.at.toISOString());
    const lastWeek = weeks[weeks.length - 1]!;
    const rows = new Map(
      (await db().finding.findMany({ where: { scanId: lastWeek.scanId }, select: { fingerprint: true, firstSeenAt: true } })).map((row) => [row.fingerprint, row.firstSeenAt]),
    );
    const everyWeek = [...weeks[0]!.expected].filter((fingerprint) => weeks.every((week) => week.expected.has(fingerprint)));
    expect(everyWeek.length).toBeGreaterThan(0);
    for (const fingerprint of everyWeek) expect(rows.get(fingerprint)?.toISOString()).toBe(first.startedAt!.toISOString());

    // Every finding of every week: dated by the earliest week of the unbroken run that ends there
    // (a finding fixed and later reintroduced starts again: only the previous scan is compared).
    for (const [index, week] of weeks.entries()) {
      const stored = await db().finding.findMany({ where: { scanId: week.scanId }, select: { fingerprint: true, firstSeenAt: true } });
      for (const row of stored) {
        let start = index;
        while (start > 0 && weeks[start - 1]!.expected.has(row.fingerprint)) start -= 1;
        expect(row.firstSeenAt.toISOString(), `${week.state.dir} ${row.fingerprint}`).toBe(weeks[start]!.at.toISOString());
      }
    }
  });
});
