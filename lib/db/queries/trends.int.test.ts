// Trends of one namespace on the hand-computed "alpha" cluster (seed.testkit.ts seedAlpha):
//   payments: api privileged without a memory limit, worker fine, in both scans → QW3 0.5, QW4 0.5 → 50, F.
//   web: s1 web privileged, cache without a limit → QW3 0.5, QW4 0.5 → 50; s2 web fixed → QW3 1,
//        QW4 0.5 → (5 × 1 + 3 × 0.5) / 8 = 81.25, B.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveRatings } from "../ratings";
import { DEFAULT_RATINGS } from "../../scoring/quick-wins";
import { daysAgo, alphaForEachTest } from "./seed.testkit";
import { clusterTrends, namespaceTrends } from "./trends";

const alpha = alphaForEachTest({ ratings: true });

describe("namespaceTrends", () => {
  it("scores each good scan from the namespace's own aggregates", async () => {
    const web = await namespaceTrends(alpha.clusterId, "web", { rescore: "recorded" });
    expect(web.namespace).toBe("web");
    expect(web.points.map((point) => point.scanId)).toEqual([alpha.s1, alpha.s2]);
    expect(web.points.map((point) => [point.postureScore, point.grade, point.openFindings])).toEqual([[50, "F", 2], [81.25, "B", 1]]);
    expect(web.points.map((point) => [point.compliance.QW3, point.compliance.QW4, point.compliance.QW7])).toEqual([[0.5, 0.5, null], [1, 0.5, null]]);
    expect(web.points[0]).not.toHaveProperty("new");

    const payments = await namespaceTrends(alpha.clusterId, "payments", { rescore: "recorded" });
    expect(payments.points.map((point) => point.postureScore)).toEqual([50, 50]);
  });

  it("leaves the whole-cluster trends as they were", async () => {
    const cluster = await clusterTrends(alpha.clusterId, { rescore: "recorded" });
    expect(cluster.points.map((point) => [point.postureScore, point.openFindings, point.new, point.resolved])).toEqual([[50, 4, 4, 0], [65.63, 3, 0, 1]]);
  });

  it("re-scores with today's ratings, narrows to a period, and has no points for an unknown namespace", async () => {
    await saveRatings({ ...DEFAULT_RATINGS, QW3: { complexity: 2, gain: 1 } }, "test", "QW3 matters less here");
    // web s2 with QW3 gain 1: (1 × 1 + 3 × 0.5) / 4 = 62.5
    const rescored = await namespaceTrends(alpha.clusterId, "web", { rescore: "current" });
    expect(rescored.points.map((point) => point.postureScore)).toEqual([50, 62.5]);
    const recent = await namespaceTrends(alpha.clusterId, "web", { rescore: "recorded", from: daysAgo(5) });
    expect(recent.points.map((point) => point.scanId)).toEqual([alpha.s2]);
    expect((await namespaceTrends(alpha.clusterId, "nowhere", { rescore: "recorded" })).points).toEqual([]);
  });

  it("refuses an empty name and an unknown cluster", async () => {
    await expect(namespaceTrends(alpha.clusterId, "", { rescore: "recorded" })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(namespaceTrends(randomUUID(), "web", { rescore: "recorded" })).rejects.toMatchObject({ code: "not_found" });
  });
});
