// The collector under the faults a real API server produces, each injected by the fake server:
// what a retry can fix is retried; what it cannot becomes a gap for that one type.
import { describe, expect, it } from "vitest";
import { collectSnapshot } from "./collector";
import { FAST, fakeServer, kubeConfigOf, manyPods } from "./collector.testkit";
import { COLLECTED_RESOURCES } from "./resources";
import type { TRequestRecord } from "./fake-api-server";

const onPath = (entries: readonly TRequestRecord[], path: string) => entries.filter((entry) => entry.path === path);
const podNames = (objects: unknown[] | undefined) => new Set((objects ?? []).map((pod) => (pod as { metadata: { name: string } }).metadata.name));

describe("collectSnapshot under faults", () => {
  it("waits out latency when requests stay under the per-request timeout", async () => {
    const server = await fakeServer({ faults: { latencyMs: 120 } });
    const { snapshot, stats } = await collectSnapshot(kubeConfigOf(server), { ...FAST, requestTimeoutMs: 3_000 });
    expect(snapshot.gaps).toEqual([]);
    expect(stats.retries).toBe(0);
    expect(stats.durationMs).toBeGreaterThanOrEqual(120 * 2); // /version, then at least one list after it
  });

  it("gives up on a server slower than the per-request timeout, after the allowed attempts", async () => {
    const server = await fakeServer({ faults: { latencyMs: 1_500 } });
    const started = Date.now();
    const failure = collectSnapshot(kubeConfigOf(server), { ...FAST, requestTimeoutMs: 150, maxAttempts: 2 });
    await expect(failure).rejects.toMatchObject({ name: "CollectionError", kind: "timeout", message: expect.stringContaining("did not answer within 0.15 s (2 attempts)") });
    expect(Date.now() - started).toBeLessThan(1_400); // aborted, not waited for
    expect(server.requests.count("/version")).toBe(0); // none answered yet: each was cut at 150 ms
  });

  it("turns the types not read by the overall deadline into gaps and keeps the rest", async () => {
    const server = await fakeServer({ faults: { latencyMs: 100 } });
    const { snapshot } = await collectSnapshot(kubeConfigOf(server), { ...FAST, concurrency: 1, deadlineMs: 1_000 });
    const late = snapshot.gaps.filter((gap) => gap.reason.startsWith("deadline exceeded"));
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBe(snapshot.gaps.length);
    expect(Object.keys(snapshot.objects).length).toBeGreaterThan(0);
    expect(Object.keys(snapshot.objects).length + late.length).toBe(COLLECTED_RESOURCES.length);
  });

  it("retries 5xx answers and then succeeds", async () => {
    const server = await fakeServer({ faults: { serverErrors: { resources: ["pods"], count: 2, status: 503 } } });
    const { snapshot, stats } = await collectSnapshot(kubeConfigOf(server), FAST);
    expect(snapshot.gaps).toEqual([]);
    expect(snapshot.objects.Pod).toHaveLength(3);
    expect(onPath(server.requests.entries, "/api/v1/pods").map((entry) => entry.status)).toEqual([503, 503, 200]);
    expect(stats.retries).toBe(2);
  });

  it("retries 5xx injected with a seeded probability on every type", async () => {
    const server = await fakeServer({ faults: { serverErrors: { probability: 0.3, seed: 7, status: 500 } } });
    const { snapshot, stats } = await collectSnapshot(kubeConfigOf(server), { ...FAST, maxAttempts: 8 });
    expect(snapshot.gaps).toEqual([]);
    expect(stats.retries).toBeGreaterThan(0);
    expect(server.requests.entries.filter((entry) => entry.status === 500)).toHaveLength(stats.retries);
  });

  it("records a gap for a type that keeps failing, and reads the others", async () => {
    const server = await fakeServer({ faults: { serverErrors: { resources: ["configmaps"], count: 100, status: 503 } } });
    const { snapshot } = await collectSnapshot(kubeConfigOf(server), { ...FAST, maxAttempts: 3 });
    expect(snapshot.gaps).toEqual([{ kind: "ConfigMap", reason: "server error: HTTP 503 ServiceUnavailable after 3 attempts", reasonText: expect.objectContaining({ key: "gapServerError" }) }]);
    expect(snapshot.objects.ConfigMap).toBeUndefined();
    expect(snapshot.redactions?.configMaps).toEqual({});
    expect(snapshot.objects.Secret).toHaveLength(2);
  });

  it("honours Retry-After on 429", async () => {
    const server = await fakeServer({ faults: { tooManyRequests: { resources: ["secrets"], count: 1, retryAfterSeconds: 1 } } });
    const { snapshot } = await collectSnapshot(kubeConfigOf(server), FAST);
    expect(snapshot.gaps).toEqual([]);
    const [throttled, retried] = onPath(server.requests.entries, "/api/v1/secrets");
    expect(throttled!.status).toBe(429);
    expect(retried!.status).toBe(200);
    // FAST backoff alone would wait ~5 ms: the wait is the server's Retry-After.
    expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(1_000);
  });

  it("recovers from a connection reset in the middle of a paged list", async () => {
    const server = await fakeServer({ snapshot: manyPods(1_000), faults: { resetMidList: { resources: ["pods"], afterPages: 3 } } });
    const { snapshot, stats } = await collectSnapshot(kubeConfigOf(server), { ...FAST, pageSize: 100 });
    expect(podNames(snapshot.objects.Pod).size).toBe(1_000);
    expect(snapshot.objects.Pod).toHaveLength(1_000);
    const pods = onPath(server.requests.entries, "/api/v1/pods");
    expect(pods.map((entry) => entry.status)).toEqual([200, 200, 200, "reset", ...Array(7).fill(200)]);
    expect(pods[4]!.query).toBe(pods[3]!.query); // the same page asked again
    expect(stats.retries).toBe(1);
  });

  it("records a 403 on one type as a gap and collects the rest", async () => {
    const server = await fakeServer({ faults: { forbidden: ["secrets"] } });
    const { snapshot } = await collectSnapshot(kubeConfigOf(server), FAST);
    expect(snapshot.gaps).toEqual([{ kind: "Secret", reason: "forbidden: the credentials cannot list secrets", reasonText: expect.objectContaining({ key: "gapForbidden" }) }]);
    expect(snapshot.objects.Secret).toBeUndefined();
    expect(Object.keys(snapshot.objects)).toHaveLength(COLLECTED_RESOURCES.length - 1);
  });

  it("records a 403 from the permission set (cluster rules without one resource)", async () => {
    const server = await fakeServer({
      permissions: {
        cluster: [{ apiGroups: ["*"], resources: COLLECTED_RESOURCES.map((resource) => resource.plural).filter((plural) => plural !== "nodes"), verbs: ["get", "list"] }],
        namespaces: { payments: [{ apiGroups: [""], resources: ["nodes"], verbs: ["list"] }] }, // namespaced rules never grant a cluster-wide list
      },
    });
    const { snapshot } = await collectSnapshot(kubeConfigOf(server), FAST);
    expect(snapshot.gaps).toEqual([{ kind: "Node", reason: "forbidden: the credentials cannot list nodes", reasonText: expect.objectContaining({ key: "gapForbidden" }) }]);
  });

  it("restarts a list whose continue token expired", async () => {
    const server = await fakeServer({ snapshot: manyPods(350), faults: { expireContinue: { resources: ["pods"], count: 1 } } });
    const { snapshot, stats } = await collectSnapshot(kubeConfigOf(server), { ...FAST, pageSize: 100 });
    expect(snapshot.objects.Pod).toHaveLength(350); // no duplicates from the abandoned pass
    expect(podNames(snapshot.objects.Pod).size).toBe(350);
    expect(stats.listRestarts).toBe(1);
    expect(onPath(server.requests.entries, "/api/v1/pods").map((entry) => entry.status)).toEqual([200, 410, 200, 200, 200, 200]);
  });

  it("gives up on a list whose continue token keeps expiring", async () => {
    const server = await fakeServer({ snapshot: manyPods(350), faults: { expireContinue: { resources: ["pods"], count: 100 } } });
    const { snapshot, stats } = await collectSnapshot(kubeConfigOf(server), { ...FAST, pageSize: 100, maxListRestarts: 2 });
    expect(snapshot.gaps).toContainEqual({ kind: "Pod", reason: "continue token kept expiring: the list was restarted and gave up", reasonText: expect.objectContaining({ key: "gapContinueExpired" }) });
    expect(stats.listRestarts).toBe(2);
    expect(snapshot.objects.Namespace).toHaveLength(3);
  });

  it("records a missing CRD as not installed", async () => {
    const server = await fakeServer({ snapshot: manyPods(5) });
    const { snapshot } = await collectSnapshot(kubeConfigOf(server), FAST);
    expect(snapshot.gaps).toEqual([{ kind: "VulnerabilityReport", reason: "not installed: the VulnerabilityReport CRD is absent", reasonText: expect.objectContaining({ key: "gapCrdAbsent" }) }]);
    expect(snapshot.objects.Pod).toHaveLength(5);
  });
});
