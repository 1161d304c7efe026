// `ramparts scan --kubeconfig`: the real client and collector against the fake API server over
// HTTPS, as a person runs it from a laptop or a CI job.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { FAST, fakeServer } from "../kube/collector.testkit";
import { fakeKubeconfigDocument, fakeKubeconfigYaml, type TFakeApiServer } from "../kube/fake-api-server";
import { run, tempFile } from "./cli.testkit";
import type { TScanReport } from "./scan-report";

const kubeconfigFor = (server: TFakeApiServer, name = "fake") =>
  tempFile("kubeconfig.yaml", fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: server.token, name }));

/** A port that was free a moment ago: nothing answers there. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("ramparts scan --kubeconfig", () => {
  it("scans a live cluster read-only and reports its findings, with progress on standard error", async () => {
    const server = await fakeServer();
    const { code, out, err } = await run(["scan", "--kubeconfig", kubeconfigFor(server), "--format", "json"], "", FAST);
    expect(code).toBe(0);
    const report = JSON.parse(out) as TScanReport;
    expect(report.objects).toBeGreaterThan(20);
    expect(report.gaps).toEqual([]);
    // The fixture's privileged DaemonSet is found, as in the dashboard.
    expect(report.results.some((result) => result.check === "privileged-container" && result.status === "fail")).toBe(true);
    expect(report.results.every((result) => result.location === null)).toBe(true);
    expect(err).toContain("Reading the cluster of context “fake” (read-only)…");
    expect(err).toMatch(/objects read in [\d.]+ s, no coverage gap\./);
    expect(server.requests.entries.every((request) => request.method === "GET")).toBe(true);
  });

  it("reports a 403 on one resource type as a coverage gap, not a failure", async () => {
    const server = await fakeServer({ faults: { forbidden: ["secrets"] } });
    const { code, out, err } = await run(["scan", "--kubeconfig", kubeconfigFor(server), "--format", "json", "--all"], "", FAST);
    expect(code).toBe(0);
    const report = JSON.parse(out) as TScanReport;
    expect(report.gaps).toEqual([{ kind: "Secret", reason: "forbidden: the credentials cannot list secrets" }]);
    expect(err).toContain("warning: coverage gap: Secret: forbidden: the credentials cannot list secrets (its checks are not assessable)");
    expect(err).toContain("1 coverage gap.");
    // The rest of the cluster is still assessed.
    expect(report.results.some((result) => result.check === "privileged-container" && result.status === "fail")).toBe(true);
  });

  it("applies --fail-on and --lang to a live cluster as to manifests", async () => {
    const server = await fakeServer({ faults: { forbidden: ["secrets"] } });
    const { code, err } = await run(["scan", "--kubeconfig", kubeconfigFor(server), "--fail-on", "critical", "--lang", "fr"], "", FAST);
    expect(code).toBe(1);
    expect(err).toContain("Lecture du cluster du contexte « fake » (lecture seule)…");
    expect(err).toContain("avertissement : lacune de couverture : Secret");
  });

  it("uses the context named by --context, and refuses one the file does not define", async () => {
    const server = await fakeServer();
    const document = fakeKubeconfigDocument({ server: server.url, caPem: server.caPem, token: server.token, name: "staging" });
    // A second context, current, whose server nothing answers: --context must pick "staging".
    const dead = fakeKubeconfigDocument({ server: `https://127.0.0.1:${await closedPort()}`, token: "x", name: "prod" });
    const merged = {
      ...document,
      clusters: [...(document.clusters as object[]), ...(dead.clusters as object[])],
      users: [...(document.users as object[]), ...(dead.users as object[])],
      contexts: [...(document.contexts as object[]), ...(dead.contexts as object[])],
      "current-context": "prod",
    };
    const path = tempFile("kubeconfig.json", JSON.stringify(merged));
    const picked = await run(["scan", "--kubeconfig", path, "--context", "staging", "--format", "json"], "", FAST);
    expect(picked.code).toBe(0);
    expect(picked.err).toContain("context “staging”");
    const unknown = await run(["scan", "--kubeconfig", path, "--context", "qa"], "", FAST);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("has no context 'qa' (available: 'staging', 'prod')");
  });

  it("exits 2 with a clear message when the cluster is unreachable", async () => {
    const path = tempFile("kubeconfig.yaml", fakeKubeconfigYaml({ server: `https://127.0.0.1:${await closedPort()}`, token: "t", name: "gone" }));
    const { code, out, err } = await run(["scan", "--kubeconfig", path], "", FAST);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^Cannot scan context “gone”: unreachable/m);
  });

  it("exits 2 on a missing or broken kubeconfig, and on usage mistakes", async () => {
    const missing = await run(["scan", "--kubeconfig", "no/such/kubeconfig"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Cannot read no/such/kubeconfig");
    const broken = await run(["scan", "--kubeconfig", tempFile("kubeconfig.yaml", "apiVersion: v1\nkind: Pod\n")]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("Cannot use the kubeconfig");
    expect(broken.err).toContain("This is a Pod manifest");
    const exec = tempFile("kubeconfig.yaml", "apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: 'https://example.test'}}]\nusers: [{name: u, user: {exec: {command: aws, apiVersion: client.authentication.k8s.io/v1}}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n");
    expect((await run(["scan", "--kubeconfig", exec])).code).toBe(2);
    expect((await run(["scan", "--context", "x"])).err).toContain("--context needs --kubeconfig FILE");
    expect((await run(["scan", "deploy/", "--kubeconfig", exec])).err).toContain("Scan either paths or a cluster (--kubeconfig), not both.");
  });
});
