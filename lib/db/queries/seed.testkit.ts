// Test helpers for the read API: small YAML clusters scanned through the real engine, summary
// and persistence (lib/db/scans.ts completeScan), dated as the test needs; route calls.
import { afterAll, beforeEach } from "vitest";
import type { z } from "zod";
import { ZErrorBody } from "../../api/schemas/common";
import { evaluateSnapshot } from "../../checks/engine";
import { snapshotFromText } from "../../checks/load";
import { checkById } from "../../checks/registry";
import type { TCheck } from "../../checks/types";
import { summarizeResults } from "../../scans/summarize";
import { DEFAULT_RATINGS } from "../../scoring/quick-wins";
import { db } from "../client";
import { activeExceptionRules } from "../exceptions";
import { currentRatings, saveRatings } from "../ratings";
import { completeScan, createScan, failScan, markScanProgress } from "../scans";

/** Two checks keep the numbers hand-computable: QW3 critical (weight 10) and QW4 medium (weight 2). */
export const TEST_CHECKS: TCheck[] = [checkById("privileged-container")!, checkById("container-missing-memory-limit")!];

export function deployment(name: string, namespace: string, options: { privileged: boolean; memoryLimit: boolean }): string {
  return `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: main
          image: registry.example/${name}:1.0
          securityContext: { privileged: ${options.privileged} }
          ${options.memoryLimit ? "resources: { limits: { memory: 128Mi } }" : ""}
`;
}

export const bundle = (...documents: string[]) => documents.join("\n---\n");

export async function createTestCluster(name: string): Promise<string> {
  return (await db().cluster.create({ data: { name, connectionKind: "manifests" } })).id;
}

/** A good scan of `yaml` started at `at` and finished a minute later, with the exceptions then in force. */
export async function seedScan(clusterId: string, yaml: string, at: Date, gaps: { kind: string; reason: string }[] = []) {
  const scanId = await createScan(clusterId, { queuedAt: at });
  await markScanProgress(scanId, "evaluate", 50, at);
  const { snapshot } = snapshotFromText(yaml);
  snapshot.gaps = gaps;
  const ratings = await currentRatings();
  const results = evaluateSnapshot(snapshot, { checks: TEST_CHECKS, exceptions: await activeExceptionRules(clusterId, at), now: at });
  const summary = summarizeResults(clusterId, results, gaps, ratings.ratings);
  const diff = await completeScan(scanId, { summary, ratingsVersionId: ratings.id, objectCounts: { Deployment: 1 }, finishedAt: new Date(at.getTime() + 60_000) });
  return { scanId, summary, diff };
}

export async function seedFailedScan(clusterId: string, at: Date): Promise<string> {
  const scanId = await createScan(clusterId, { queuedAt: at });
  await markScanProgress(scanId, "collect", 5, at);
  await failScan(scanId, "collect", "connect ECONNREFUSED 10.0.0.1:6443", undefined, new Date(at.getTime() + 30_000));
  return scanId;
}

/** Makes the default ratings the ones in force again (a new version; history is append-only). */
export async function resetRatings(): Promise<void> {
  await saveRatings({ ...DEFAULT_RATINGS }, "test", "Back to the defaults for the next test");
}

export const daysAgo = (days: number, now = new Date()) => new Date(now.getTime() - days * 24 * 3600 * 1000);

type THandler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler as Next.js would; returns the status and the parsed JSON body. */
export async function call(handler: THandler, url: string, params: Record<string, string> = {}, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await handler(new Request(new URL(url, "http://ramparts.test"), init), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/**
 * Calls a route and parses its answer with the response schema the OpenAPI document is made
 * from: a test that passes also proves the documentation describes the real answer.
 */
export async function callAs<TSchema extends z.ZodType>(schema: TSchema, handler: THandler, url: string, params: Record<string, string> = {}, init?: RequestInit, status = 200): Promise<z.infer<TSchema>> {
  const answer = await call(handler, url, params, init);
  if (answer.status !== status) throw new Error(`${init?.method ?? "GET"} ${url}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return schema.parse(answer.body);
}

/** The error of an error answer: status and { code, message, details }. */
export async function callError(handler: THandler, url: string, params: Record<string, string> = {}, init?: RequestInit) {
  const answer = await call(handler, url, params, init);
  return { status: answer.status, ...ZErrorBody.parse(answer.body).error };
}

export const jsonInit = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/**
 * The "alpha" cluster of the API tests, hand-computed (default ratings, weights critical 10,
 * medium 2; QW3 gain 5, QW4 gain 3):
 *   s1 (20 days ago): api priv+no limit, worker ok (payments); web priv, cache no limit (web)
 *      QW3 2 fail/2 pass → 0.5; QW4 2 fail/2 pass → 0.5; posture 50, F.
 *   s2 (1 day ago): web no longer privileged → QW3 1 fail/3 pass → 0.75; posture
 *      (5×0.75 + 3×0.5)/8 = 65.625 → 65.63, D; new 0, resolved 1.
 *   failed (2 hours ago): newer than s2, never current.
 */
export async function seedAlpha(now = new Date()) {
  const clusterId = await createTestCluster("alpha");
  const worker = deployment("worker", "payments", { privileged: false, memoryLimit: true });
  const api = deployment("api", "payments", { privileged: true, memoryLimit: false });
  const cache = deployment("cache", "web", { privileged: false, memoryLimit: false });
  const s1 = await seedScan(clusterId, bundle(api, worker, deployment("web", "web", { privileged: true, memoryLimit: true }), cache), daysAgo(20, now));
  const s2 = await seedScan(clusterId, bundle(api, worker, deployment("web", "web", { privileged: false, memoryLimit: true }), cache), daysAgo(1, now));
  const failed = await seedFailedScan(clusterId, new Date(now.getTime() - 2 * 3600 * 1000));
  return { clusterId, s1: s1.scanId, s2: s2.scanId, failed };
}

export type TAlpha = Awaited<ReturnType<typeof seedAlpha>>;

/**
 * Registers the hooks of a test file that works on the alpha cluster alone: before each test every
 * cluster is removed and alpha seeded again (ratings back to the defaults first when `ratings`);
 * after the file, `cleanUp` runs and the client disconnects. The returned object is refilled in place
 * before each test, so tests read `alpha.clusterId` as usual.
 */
export function alphaForEachTest(options: { ratings?: boolean; cleanUp?: () => Promise<void> } = {}): TAlpha {
  const alpha = {} as TAlpha;
  beforeEach(async () => {
    await db().cluster.deleteMany();
    if (options.ratings) await resetRatings();
    Object.assign(alpha, await seedAlpha());
  });
  afterAll(async () => {
    if (options.ratings) await resetRatings();
    await options.cleanUp?.();
    await db().$disconnect();
  });
  return alpha;
}
