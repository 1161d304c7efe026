// The collector through @kubernetes/client-node against the fake API server, over real sockets.
import { describe, expect, it } from "vitest";
import { collectSnapshot, type TCollectProgress } from "./collector";
import { FAST, fakeServer, kubeConfigOf, manyPods } from "./collector.testkit";
import { COLLECTED_RESOURCES, apiVersionOf } from "./resources";

const CANARIES = [/CANARY/i, /Q0FOQVJZ/]; // the plain canaries and their base64 form ("CANARY" → "Q0FOQVJZ…")

describe("collectSnapshot", () => {
  it("reads every resource type from a folder of manifests, with apiVersion and kind on each item", async () => {
    const server = await fakeServer();
    const { snapshot, stats } = await collectSnapshot(kubeConfigOf(server), FAST);

    expect(snapshot.gaps).toEqual([]);
    expect(Object.keys(snapshot.objects)).toEqual(COLLECTED_RESOURCES.map((resource) => resource.kind));
    for (const resource of COLLECTED_RESOURCES) {
      expect(snapshot.objects[resource.kind]!.length, resource.kind).toBeGreaterThan(0);
      for (const object of snapshot.objects[resource.kind]!) expect(object).toMatchObject({ apiVersion: apiVersionOf(resource), kind: resource.kind });
    }
    expect(snapshot.objects.Pod!.map((pod) => (pod.metadata as { name: string }).name)).toEqual(["api-6d4cf-abcde", "api-6d4cf-fghij", "debug"]);
    expect(snapshot.serverVersion).toEqual({ major: "1", minor: "31", gitVersion: "v1.31.4" });
    expect(Date.parse(snapshot.evaluatedAt!)).not.toBeNaN();
    // One /version, then one page per type (all fit in 500).
    expect(stats).toMatchObject({ requests: 1 + COLLECTED_RESOURCES.length, retries: 0, pages: COLLECTED_RESOURCES.length });
    expect(server.requests.count("/api/v1/pods")).toBe(1);
    expect(server.requests.entries.find((entry) => entry.path === "/api/v1/pods")?.query).toBe("limit=500");
  });

  it("keeps Secret metadata, type and key names, and the verdict on each ConfigMap key, never a value", async () => {
    const server = await fakeServer();
    const { snapshot } = await collectSnapshot(kubeConfigOf(server), FAST);
    const text = JSON.stringify(snapshot);
    for (const canary of CANARIES) expect(text).not.toMatch(canary);

    const secret = snapshot.objects.Secret!.find((object) => (object.metadata as { name: string }).name === "db-credentials")!;
    expect(secret).toMatchObject({ type: "Opaque", data: { username: "", password: "" } });
    expect((secret.metadata as { annotations?: object }).annotations).toEqual({});
    // Kept for the rotation check: write times (and key names) only.
    expect((secret.metadata as { managedFields?: unknown[] }).managedFields).toHaveLength(1);
    expect(snapshot.objects.Secret!.find((object) => (object.metadata as { name: string }).name === "api-tls")).toMatchObject({ stringData: { "tls.crt": "", "tls.key": "" } });

    expect(snapshot.objects.ConfigMap![0]).toMatchObject({ data: { password: "", "application.yaml": "", LOG_LEVEL: "" }, binaryData: { "keystore.p12": "" } });
    expect(snapshot.redactions?.configMaps["payments/app-config"]).toEqual({
      password: expect.stringMatching(/credential/),
      "application.yaml": expect.stringMatching(/credential/),
      LOG_LEVEL: "",
      "keystore.p12": "",
    });
    // Dropped from every kind: a second copy of the object, and field ownership bookkeeping.
    expect(JSON.stringify(snapshot.objects.Deployment)).not.toContain("last-applied-configuration");
    expect(snapshot.objects.Pod!.every((pod) => (pod.metadata as { managedFields?: unknown }).managedFields === undefined)).toBe(true);
  });

  it("pages through long lists with continue tokens", async () => {
    const server = await fakeServer({ snapshot: manyPods(1_234) });
    const { snapshot, stats } = await collectSnapshot(kubeConfigOf(server), { ...FAST, pageSize: 100 });

    const names = snapshot.objects.Pod!.map((pod) => (pod.metadata as { name: string }).name);
    expect(names).toHaveLength(1_234);
    expect(new Set(names).size).toBe(1_234);
    expect(server.requests.count("/api/v1/pods")).toBe(13);
    const pods = server.requests.entries.filter((entry) => entry.path === "/api/v1/pods");
    expect(pods[0]!.query).toBe("limit=100");
    for (const entry of pods.slice(1)) expect(entry.query).toMatch(/^continue=[\w-]+&limit=100$/);
    expect(stats.perKind.Pod).toMatchObject({ objects: 1_234, pages: 13 });
  });

  it("authenticates with a client certificate signed by the cluster's CA", async () => {
    const server = await fakeServer();
    const clientCert = await server.mintClientCert({ commonName: "ramparts-reader", organizations: ["ramparts"] });
    const { snapshot } = await collectSnapshot(kubeConfigOf(server, { token: undefined, clientCert }), FAST);
    expect(snapshot.gaps).toEqual([]);
    expect(snapshot.objects.Namespace).toHaveLength(4);
  });

  it("works over plain HTTP", async () => {
    const server = await fakeServer({ tls: false });
    expect(server.url).toMatch(/^http:\/\//);
    const { snapshot } = await collectSnapshot(kubeConfigOf(server), FAST);
    expect(snapshot.objects.Pod).toHaveLength(3);
  });

  it("reports progress per page and per finished type", async () => {
    const server = await fakeServer({ snapshot: manyPods(250) });
    const events: TCollectProgress[] = [];
    await collectSnapshot(kubeConfigOf(server), { ...FAST, pageSize: 100, onProgress: (progress) => events.push(progress) });
    const pods = events.filter((event) => event.kind === "Pod").map((event) => event.objects);
    expect(pods).toEqual([100, 200, 250, 250]);
    expect(events.at(-1)).toMatchObject({ done: COLLECTED_RESOURCES.length, total: COLLECTED_RESOURCES.length });
    expect(events.map((event) => event.done)).toEqual([...events.map((event) => event.done)].sort((a, b) => a - b));
  });
});
