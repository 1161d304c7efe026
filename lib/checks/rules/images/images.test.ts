import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../../engine";
import { describeFixtures } from "../../fixture-suite.testkit";
import { snapshotFromPaths, snapshotFromText } from "../../load";
import type { TSnapshot } from "../../types";
import { parseImage } from "./image-ref";
import { isAbsentResource } from "./image-scanning-not-in-place";
import { imagesChecks } from "./index";
import { english } from "../../english.testkit";

const BADPODS = path.join(process.cwd(), "..", "shared", "corpus", "insecure", "badpods");

describeFixtures(imagesChecks);

describe("parseImage", () => {
  it.each([
    ["nginx", { registry: "docker.io", repository: "library/nginx" }],
    ["nginx:1.27", { registry: "docker.io", repository: "library/nginx", tag: "1.27" }],
    ["bitnami/redis:7", { registry: "docker.io", repository: "bitnami/redis", tag: "7" }],
    ["index.docker.io/library/nginx", { registry: "docker.io", repository: "library/nginx" }],
    ["localhost:5000/toolbox", { registry: "localhost:5000", repository: "toolbox" }],
    ["Registry.Example.com:443/team/app:v1@sha256:abc", { registry: "registry.example.com:443", repository: "team/app", tag: "v1", digest: "sha256:abc" }],
    ["gcr.io/distroless/static@sha256:abc", { registry: "gcr.io", repository: "distroless/static", digest: "sha256:abc" }],
  ])("%s", (raw, expected) => {
    const parsed = parseImage(raw);
    expect({ registry: parsed.registry, repository: parsed.repository, ...(parsed.tag ? { tag: parsed.tag } : {}), ...(parsed.digest ? { digest: parsed.digest } : {}) }).toEqual(expected);
  });
});

describe("registry allowlist", () => {
  const pod = "apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: shop }\nspec: { containers: [{ name: c, image: 'nginx:1.27.0' }] }";
  const run = (snapshot: TSnapshot) => evaluateSnapshot(snapshot, { checks: imagesChecks }).filter((result) => result.check === "image-registry-not-allowed");

  it("is not assessable (never a free pass) when no allowlist is configured", () => {
    expect(run(snapshotFromText(pod).snapshot).map((result) => result.status)).toEqual(["not_assessable"]);
  });

  it("takes snapshot.settings first, and Docker Hub aliases match", () => {
    const { snapshot } = snapshotFromText(pod);
    snapshot.settings = { registryAllowlist: ["index.docker.io/library"] };
    expect(run(snapshot).map((result) => result.status)).toEqual(["pass"]);
    snapshot.settings = { registryAllowlist: [] };
    expect(run(snapshot).map((result) => result.status)).toEqual(["fail"]);
  });
});

describe("vulnerability reports and scanning", () => {
  it("scanning: a 404 on VulnerabilityReport is the finding, a 403 is a gap", async () => {
    const { snapshot } = await snapshotFromPaths([path.join(process.cwd(), "lib", "checks", "fixtures", "image-scanning-not-in-place", "fail-no-scanner.yaml")]);
    const status = (reason: string) => {
      const next = { ...snapshot, gaps: [{ kind: "VulnerabilityReport", reason }] };
      return evaluateSnapshot(next, { checks: imagesChecks }).filter((result) => result.check === "image-scanning-not-in-place").map((result) => result.status);
    };
    expect(status("404 the server could not find the requested resource")).toEqual(["fail"]);
    expect(status("403 Forbidden: cannot list vulnerabilityreports")).toEqual(["not_assessable"]);
    expect(status("timeout after 10s")).toEqual(["not_assessable"]);
    expect(isAbsentResource("no matches for kind \"VulnerabilityReport\"")).toBe(true);
    // The vulnerability-count checks themselves need the reports: any gap makes them not assessable.
    const gap = { ...snapshot, gaps: [{ kind: "VulnerabilityReport", reason: "404" }] };
    const counts = evaluateSnapshot(gap, { checks: imagesChecks }).filter((result) => result.check.endsWith("-vulnerabilities"));
    expect(counts.map((result) => result.status)).toEqual(["not_assessable", "not_assessable"]);
  });

  it("a manifest-only view cannot rule a scanner out", () => {
    const { snapshot } = snapshotFromText("apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: shop }\nspec: { containers: [{ name: c, image: 'nginx:1.27.0' }] }");
    const result = evaluateSnapshot(snapshot, { checks: imagesChecks }).find((candidate) => candidate.check === "image-scanning-not-in-place")!;
    expect(result.status).toBe("not_assessable");
  });

  it("containers without a report are not assessable once scanning runs", () => {
    const { snapshot } = snapshotFromText(`
apiVersion: v1
kind: Pod
metadata: { name: p, namespace: shop }
spec: { containers: [{ name: scanned, image: 'a:1' }, { name: pending, image: 'b:1' }] }
---
apiVersion: aquasecurity.github.io/v1alpha1
kind: VulnerabilityReport
metadata: { name: pod-p-scanned, namespace: shop, labels: { trivy-operator.resource.kind: Pod, trivy-operator.resource.name: p, trivy-operator.resource.namespace: shop, trivy-operator.container.name: scanned } }
report: { summary: { criticalCount: 1, highCount: 0 } }
`);
    const results = evaluateSnapshot(snapshot, { checks: imagesChecks }).filter((result) => result.check === "image-critical-vulnerabilities");
    expect(results.map((result) => [result.container, result.status])).toEqual([["scanned", "fail"], ["pending", "not_assessable"]]);
  });
});

describe("pinning to the running digest", () => {
  const snapshotWith = (templateImage: string, startedImage: string) => snapshotFromText(`
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec: { template: { spec: { containers: [{ name: web, image: "${templateImage}" }] } } }
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-6d4cf56db6
  namespace: shop
  ownerReferences: [{ kind: Deployment, name: web, controller: true }]
spec: { template: { spec: { containers: [{ name: web, image: "${startedImage}" }] } } }
---
apiVersion: v1
kind: Pod
metadata:
  name: web-1
  namespace: shop
  ownerReferences: [{ kind: ReplicaSet, name: web-6d4cf56db6, controller: true }]
spec: { containers: [{ name: web, image: "${startedImage}" }] }
status:
  containerStatuses:
    - { name: web, image: "${startedImage}", imageID: "docker-pullable://nginx@sha256:${"a".repeat(64)}" }
`).snapshot;
  const remediationOf = (templateImage: string, startedImage: string) =>
    evaluateSnapshot(snapshotWith(templateImage, startedImage), { checks: imagesChecks })
      .find((result) => result.check === "image-not-pinned-by-digest" && result.object.kind === "Deployment")!.remediation;

  it("pins the digest the pods run (Pod → ReplicaSet → Deployment)", () => {
    expect(remediationOf("nginx:1.27.0", "docker.io/library/nginx:1.27.0")).toMatchObject({ type: "patch" });
  });

  it("never pins a digest that belongs to another tag (pods still on the previous release)", () => {
    expect(remediationOf("nginx:1.27.0", "nginx:1.26.1")?.type).toBe("manual");
  });
});

describe("BadPods", () => {
  it("evaluates every container without throwing", async () => {
    const { snapshot } = await snapshotFromPaths([BADPODS]);
    const results = evaluateSnapshot(snapshot, { checks: imagesChecks });
    const latest = results.filter((result) => result.check === "image-latest-tag");
    expect(latest).toHaveLength(128);
    // BadPods images are all untagged (ubuntu, raesene/ncat…).
    expect(latest.every((result) => result.status === "fail")).toBe(true);
    expect(results.some((result) => english(result.message).startsWith("The check could not run"))).toBe(false);
  });
});
