import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../../engine";
import { describeFixtures } from "../../fixture-suite.testkit";
import { snapshotFromPaths, snapshotFromText } from "../../load";
import { roundTripProblems } from "../../round-trip";
import { resourcesChecks } from "./index";
import { parseQuantity } from "./quantity";

const BADPODS = path.join(process.cwd(), "..", "shared", "corpus", "insecure", "badpods");
const CONTAINER_CHECKS = ["container-missing-cpu-request", "container-missing-memory-request", "container-missing-memory-limit"];

describeFixtures(resourcesChecks);

describe("BadPods (none sets resources)", () => {
  it("fails every container on the three container checks, and the namespace on LimitRange and quota", async () => {
    const { snapshot } = await snapshotFromPaths([BADPODS]);
    const results = evaluateSnapshot(snapshot, { checks: resourcesChecks });
    expect(results.filter((result) => result.status === "not_assessable")).toEqual([]);
    for (const id of CONTAINER_CHECKS) {
      const own = results.filter((result) => result.check === id);
      // 8 categories × 8 kinds × 2 manifests (exec, revshell), one container each.
      expect(own).toHaveLength(128);
      expect(own.every((result) => result.status === "fail" && result.remediation?.type === "patch")).toBe(true);
    }
    for (const id of ["namespace-without-limit-range", "namespace-without-resource-quota"]) {
      expect(results.filter((result) => result.check === id).map((result) => [result.object.name, result.status])).toEqual([["default", "fail"]]);
    }
  });

  it("round-trips the resource remediations on a sample of BadPods", async () => {
    const { snapshot } = await snapshotFromPaths([path.join(BADPODS, "everything-allowed"), path.join(BADPODS, "nothing-allowed", "cronjob")]);
    const { tried, problems } = roundTripProblems(snapshot, { checkIds: new Set(resourcesChecks.map((check) => check.id)) });
    expect(problems).toEqual([]);
    expect(tried).toBeGreaterThan(40);
  });
});

describe("container resources", () => {
  const evaluate = (text: string) => evaluateSnapshot(snapshotFromText(text).snapshot, { checks: resourcesChecks });

  it("ignores ephemeral containers (they cannot carry resources) and counts init containers", () => {
    const results = evaluate(`
apiVersion: v1
kind: Pod
metadata: { name: debug, namespace: shop }
spec:
  initContainers: [{ name: init, image: busybox:1.36 }]
  containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 10m, memory: 8Mi }, limits: { memory: 8Mi } } }]
  ephemeralContainers: [{ name: shell, image: busybox:1.36 }]
`);
    const cpu = results.filter((result) => result.check === "container-missing-cpu-request");
    expect(cpu.map((result) => [result.container, result.status])).toEqual([["init", "fail"], ["main", "pass"]]);
  });

  it("patches at the right depth for a CronJob and keeps the limit above the request", () => {
    const results = evaluate(`
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly, namespace: shop }
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: job, image: busybox:1.36, resources: { requests: { memory: 2Gi } } }]
`);
    const limit = results.find((result) => result.check === "container-missing-memory-limit")!;
    expect(limit.remediation).toMatchObject({
      type: "patch",
      patch: { spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: "job", resources: { limits: { memory: "2Gi" } } }] } } } } } },
    });
  });

  it("never throws on malformed resources", () => {
    const results = evaluate(`
apiVersion: v1
kind: Pod
metadata: { name: odd, namespace: shop }
spec:
  containers: [{ name: a, image: x, resources: "lots" }, { name: b, image: x, resources: { requests: [1], limits: { memory: "" } } }, null, 7]
---
apiVersion: v1
kind: LimitRange
metadata: { name: odd, namespace: shop }
spec: { limits: [null, { type: Container, default: "x" }, { type: Container, max: [1] }] }
`);
    expect(results.filter((result) => result.check === "container-missing-memory-limit").map((result) => result.status)).toEqual(["fail", "fail"]);
  });

  it("parses memory quantities", () => {
    expect(parseQuantity("256Mi")).toBe(256 * 2 ** 20);
    expect(parseQuantity("1G")).toBe(1e9);
    expect(parseQuantity("1.5Gi")).toBe(1.5 * 2 ** 30);
    expect(parseQuantity(134217728)).toBe(134217728);
    expect(parseQuantity("12Qi")).toBeUndefined();
    expect(parseQuantity({})).toBeUndefined();
  });
});
