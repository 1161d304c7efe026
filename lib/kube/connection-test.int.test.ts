// The connection test through @kubernetes/client-node against the fake API server, over real sockets.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { fakeServer, kubeConfigOf } from "./collector.testkit";
import { testConnection } from "./connection-test";
import { fakeKubeConfig } from "./fake-api-server";
import { COLLECTED_RESOURCES } from "./resources";

const QUICK = { requestTimeoutMs: 5_000, deadlineMs: 15_000 };

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("testConnection", () => {
  it("read-only credentials: the version, every type listable, no warning", async () => {
    const server = await fakeServer({ permissions: "read-only" });
    const result = await testConnection(kubeConfigOf(server), QUICK);

    expect(result.ok).toBe(true);
    expect(result.failure).toBeUndefined();
    expect(result.serverVersion).toEqual({ major: "1", minor: "31", gitVersion: "v1.31.4" });
    expect(result.permissions.map((row) => row.kind)).toEqual(COLLECTED_RESOURCES.map((resource) => resource.kind));
    expect(result.permissions.every((row) => row.list === "allowed")).toBe(true);
    expect(result.summary).toEqual({ allowed: COLLECTED_RESOURCES.length, denied: 0, unknown: 0, total: COLLECTED_RESOURCES.length });
    expect(result.writeAccess).toEqual([]);
    expect(result.namespaceWriteRules).toEqual([]);
    expect(result.overPrivileged).toBe(false);
    expect(result.rulesReviewed).toEqual({ namespaces: ["default"], incomplete: false });
    // Cluster-wide access reviews, not lists of the objects themselves.
    expect(server.requests.count("/api/v1/pods")).toBe(0);
    expect(JSON.stringify(result)).not.toContain(server.token);
  });

  it("cluster-admin credentials: every write probe allowed, a loud warning", async () => {
    const server = await fakeServer({ permissions: "cluster-admin" });
    const result = await testConnection(kubeConfigOf(server), QUICK);

    expect(result.ok).toBe(true);
    expect(result.overPrivileged).toBe(true);
    expect(result.writeAccess).toEqual(expect.arrayContaining([
      { verb: "delete", apiGroup: "", resource: "secrets" },
      { verb: "create", apiGroup: "rbac.authorization.k8s.io", resource: "clusterrolebindings" },
      { verb: "impersonate", apiGroup: "", resource: "users" },
      { verb: "*", apiGroup: "*", resource: "*" },
    ]));
    expect(result.writeAccess).toHaveLength(21);
    expect(result.namespaceWriteRules).toEqual([{ namespaces: ["default"], verbs: ["*"], resources: ["*"], apiGroups: ["*"] }]);
  });

  it("types denied cluster-wide are reported with the namespaces where they can still be read, and namespace write rules warn", async () => {
    const server = await fakeServer({
      permissions: {
        cluster: [{ apiGroups: [""], resources: ["namespaces", "nodes", "pods"], verbs: ["get", "list", "watch"] }],
        namespaces: {
          payments: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }],
          web: [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "patch"] }],
        },
      },
    });
    const result = await testConnection(kubeConfigOf(server), QUICK);

    expect(result.ok).toBe(true);
    const row = (kind: string) => result.permissions.find((permission) => permission.kind === kind)!;
    expect(row("Pod").list).toBe("allowed");
    expect(row("Secret")).toMatchObject({ list: "denied", allowedIn: ["payments"] });
    expect(row("Deployment")).toMatchObject({ list: "denied", allowedIn: ["web"] });
    expect(row("ClusterRole")).toMatchObject({ list: "denied" });
    expect(row("ClusterRole").allowedIn).toBeUndefined();
    expect(result.rulesReviewed.namespaces).toEqual(["default", "kube-system", "payments", "web"]);
    expect(result.writeAccess).toEqual([]);
    expect(result.namespaceWriteRules).toEqual([{ namespaces: ["web"], verbs: ["patch"], resources: ["deployments"], apiGroups: ["apps"] }]);
    expect(result.overPrivileged).toBe(true);
  });

  it("a wrong token: the 401 explained, no table", async () => {
    const server = await fakeServer();
    const result = await testConnection(kubeConfigOf(server, { token: "not-the-token" }), QUICK);
    expect(result.ok).toBe(false);
    expect(result.failure).toEqual({ kind: "unauthorized", message: expect.stringMatching(/^401: the token was rejected/), text: { key: "connTokenRejected" } });
    expect(result.permissions).toEqual([]);
    expect(JSON.stringify(result)).not.toContain("not-the-token");
  });

  it("a closed port: unreachable, with what to check", async () => {
    const port = await closedPort();
    const result = await testConnection(fakeKubeConfig({ server: `https://127.0.0.1:${port}`, token: "t" }), QUICK);
    expect(result.failure).toEqual({ kind: "unreachable", message: expect.stringMatching(/^unreachable: the connection was refused; check the server address/), text: { key: "connRefused" } });
  });

  it("a self-signed CA missing from the kubeconfig: the TLS message says to add certificate-authority-data", async () => {
    const server = await fakeServer();
    const result = await testConnection(kubeConfigOf(server, { caPem: undefined }), QUICK);
    expect(result.failure?.kind).toBe("tls");
    expect(result.failure?.message).toMatch(/certificate signed by unknown authority: add certificate-authority-data/);
  });

  it("a server that never answers in time: a timeout, within the deadline", async () => {
    const server = await fakeServer({ faults: { latencyMs: 2_000 } });
    const result = await testConnection(kubeConfigOf(server), { requestTimeoutMs: 200, deadlineMs: 5_000 });
    expect(result.failure?.kind).toBe("timeout");
    expect(result.durationMs).toBeLessThan(5_000);
  });
});
