// The fake API server speaks enough Kubernetes for the real client: discovery, list envelopes
// shaped as kube-apiserver's, get by name, Status errors, authentication and the review APIs.
import { request } from "node:https";
import { ApisApi, AuthorizationV1Api, CoreApi, CoreV1Api, CustomObjectsApi } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { fakeServer, kubeConfigOf, manyPods } from "../collector.testkit";
import type { TFakeApiServer } from ".";

/** A raw GET, to see exactly what is on the wire (the typed client reshapes answers). */
function rawGet(server: TFakeApiServer, path: string, token: string | null = server.token): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const headers = token ? { authorization: `Bearer ${token}` } : undefined;
    request(`${server.url}${path}`, { ca: server.caPem, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
    }).on("error", reject).end();
  });
}

describe("fake API server", () => {
  it("serves discovery for the core group and every group the collector reads", async () => {
    const server = await fakeServer();
    const kubeConfig = kubeConfigOf(server);
    expect((await kubeConfig.makeApiClient(CoreApi).getAPIVersions()).versions).toEqual(["v1"]);
    const groups = (await kubeConfig.makeApiClient(ApisApi).getAPIVersions()).groups.map((group) => group.name);
    expect(groups).toEqual(expect.arrayContaining(["apps", "batch", "networking.k8s.io", "rbac.authorization.k8s.io", "apiextensions.k8s.io", "aquasecurity.github.io", "authorization.k8s.io"]));
    const core = (await kubeConfig.makeApiClient(CoreV1Api).getAPIResources()).resources;
    expect(core.find((resource) => resource.name === "pods")).toMatchObject({ kind: "Pod", namespaced: true, verbs: expect.arrayContaining(["list"]) });
    expect(core.find((resource) => resource.name === "nodes")).toMatchObject({ namespaced: false });
    expect((await rawGet(server, "/apis/authorization.k8s.io/v1")).body.resources).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "selfsubjectrulesreviews", verbs: ["create"] })]),
    );
  });

  it("serves a custom group only when its CRD or objects exist", async () => {
    const server = await fakeServer({ snapshot: manyPods(3) });
    const groups = (await rawGet(server, "/apis")).body.groups as { name: string }[];
    expect(groups.map((group) => group.name)).not.toContain("aquasecurity.github.io");
    expect(await rawGet(server, "/apis/aquasecurity.github.io/v1alpha1/vulnerabilityreports")).toMatchObject({ status: 404, body: { kind: "Status", reason: "NotFound" } });
  });

  it("answers lists with kube-apiserver's envelope: items without apiVersion/kind, custom resources with", async () => {
    const server = await fakeServer();
    const { status, body } = await rawGet(server, "/api/v1/pods?limit=2");
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "PodList", apiVersion: "v1", metadata: { resourceVersion: expect.stringMatching(/^\d+$/), continue: expect.any(String), remainingItemCount: 1 } });
    const items = body.items as Record<string, unknown>[];
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).not.toHaveProperty("apiVersion");
      expect(item).not.toHaveProperty("kind");
      expect(item.metadata).toMatchObject({ uid: expect.any(String), resourceVersion: expect.any(String) });
    }
    const reports = await kubeConfigOf(server).makeApiClient(CustomObjectsApi)
      .listCustomObjectForAllNamespaces({ group: "aquasecurity.github.io", version: "v1alpha1", resourcePlural: "vulnerabilityreports" });
    expect(reports.items[0]).toMatchObject({ apiVersion: "aquasecurity.github.io/v1alpha1", kind: "VulnerabilityReport" });
  });

  it("lists one namespace and gets objects by name through the typed client", async () => {
    const server = await fakeServer();
    const core = kubeConfigOf(server).makeApiClient(CoreV1Api);
    const pods = await core.listNamespacedPod({ namespace: "payments" });
    expect(pods.items.map((pod) => pod.metadata?.name)).toEqual(["api-6d4cf-abcde", "api-6d4cf-fghij"]);
    expect((await core.readNamespace({ name: "payments" })).metadata?.labels).toMatchObject({ team: "payments" });
    expect((await rawGet(server, "/api/v1/namespaces/web/pods/debug")).body).toMatchObject({ apiVersion: "v1", kind: "Pod", metadata: { name: "debug" } });
    const missing = await core.readNamespacedPod({ name: "nope", namespace: "payments" }).catch((error: { code: number; body: string }) => error);
    expect(missing).toMatchObject({ code: 404 });
    expect(JSON.parse((missing as { body: string }).body)).toMatchObject({ kind: "Status", reason: "NotFound", message: 'pods "nope" not found' });
    expect(await rawGet(server, "/api/v1/nothing-here")).toMatchObject({ status: 404, body: { kind: "Status", code: 404 } });
  });

  it("rejects a missing or wrong token with a 401 Status, and refuses foreign continue tokens", async () => {
    const server = await fakeServer();
    expect(await rawGet(server, "/api/v1/pods", null)).toMatchObject({ status: 401, body: { kind: "Status", reason: "Unauthorized", code: 401 } });
    expect((await rawGet(server, "/api/v1/pods", "nope")).status).toBe(401);
    expect((await rawGet(server, "/api/v1/pods?limit=1&continue=garbage")).body).toMatchObject({ code: 400, reason: "BadRequest" });
  });

  it("answers SelfSubjectRulesReview and SelfSubjectAccessReview from the permission set", async () => {
    const server = await fakeServer({ permissions: "read-only" });
    const authorization = kubeConfigOf(server).makeApiClient(AuthorizationV1Api);
    const can = async (verb: string, resource: string, namespace?: string) =>
      (await authorization.createSelfSubjectAccessReview({ body: { spec: { resourceAttributes: { verb, resource, namespace } } } })).status?.allowed;
    expect(await can("list", "secrets")).toBe(true);
    expect(await can("delete", "pods", "payments")).toBe(false);

    server.setPermissions("cluster-admin");
    expect(await can("delete", "pods", "payments")).toBe(true);
    const rules = await authorization.createSelfSubjectRulesReview({ body: { spec: { namespace: "payments" } } });
    expect(rules.status?.resourceRules).toContainEqual(expect.objectContaining({ verbs: ["*"], resources: ["*"] }));

    server.setPermissions({ cluster: [], namespaces: { payments: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }] } });
    expect(await can("list", "pods", "payments")).toBe(true);
    expect(await can("list", "pods")).toBe(false); // a cluster-wide list needs a cluster-wide rule
    const scoped = await authorization.createSelfSubjectRulesReview({ body: { spec: { namespace: "payments" } } });
    expect(scoped.status?.resourceRules).toContainEqual(expect.objectContaining({ resources: ["pods"], verbs: ["get", "list"] }));
    expect((await rawGet(server, "/api/v1/pods")).body).toMatchObject({ code: 403, reason: "Forbidden", message: expect.stringContaining('cannot list resource "pods"') });
    expect((await rawGet(server, "/api/v1/namespaces/payments/pods")).status).toBe(200);
  });

  it("changes faults at runtime and counts requests per path", async () => {
    const server = await fakeServer();
    server.setFaults({ forbidden: ["pods"] });
    expect((await rawGet(server, "/api/v1/pods")).status).toBe(403);
    server.setFaults({ tooManyRequests: { count: 1, retryAfterSeconds: 2 } });
    const throttled = await rawGet(server, "/api/v1/pods");
    expect(throttled).toMatchObject({ status: 429, body: { reason: "TooManyRequests", details: { retryAfterSeconds: 2 } } });
    server.setFaults({});
    expect((await rawGet(server, "/api/v1/pods")).status).toBe(200);
    expect(server.requests.byPath()).toEqual({ "/api/v1/pods": 3 });
    expect(server.requests.entries.map((entry) => entry.status)).toEqual([403, 429, 200]);
  });
});
