// The report model on a hand-computed fleet (default ratings: gain QW3 5, QW4 3, QW5 5, QW8 4).
//   alpha: QW3 0.5 (2 open, weighted 20), QW4 1, QW8 0.5 (2 open, weighted 10)
//          posture (5×0.5 + 3×1 + 4×0.5) / 12 = 62.5 (D); three scans in the period:
//          60 (day 60) → 65 (day 30) → the current scan (day 0).
//   beta:  QW3 0.9 (1 open, weighted 10), QW5 0.6 (4 open, weighted 20)
//          posture (5×0.9 + 5×0.6) / 10 = 75 (C); one scan in the period (no change to measure).
//   gamma: never scanned successfully (its last scan failed).
import { describe, expect, it } from "vitest";
import { DEFAULT_RATINGS, priorityScore, QUICK_WIN_IDS } from "../scoring/quick-wins";
import { gradeFor } from "../scoring/posture";
import { buildReportModel } from "./model";
import { GRADE_FLOORS, gradeFloorsAgree, lastChanged } from "./model-appendix";
import { exceptionTarget } from "./model-cluster";
import { expectedGain, fleetActions, fleetTrend, thin, TREND_VERTICES } from "./model-fleet";
import { clusterPeriod } from "./model-period";
import { clusterInput, day, reportInput, trendPoint } from "./model.testkit";

const alpha = clusterInput(1, "alpha", {
  cells: { QW3: { compliance: 0.5, open: 2, weighted: 20 }, QW4: { compliance: 1 }, QW8: { compliance: 0.5, open: 2, weighted: 10 } },
  posture: 62.5,
  namespaces: [
    { namespace: "web", postureScore: 80, openFindings: 3 },
    { namespace: "payments", postureScore: 40, openFindings: 5 },
    { namespace: "empty", postureScore: null, openFindings: 0 },
    { namespace: "data", postureScore: 40, openFindings: 9 },
  ],
});
alpha.trends.points = [
  trendPoint("a1000000-0000-4000-8000-000000000001", day(60), 60, { QW3: 0.25, QW4: 0.8, QW8: 0.5 }, { new: 10, resolved: 0 }),
  trendPoint("a1000000-0000-4000-8000-000000000002", day(30), 65, { QW3: 0.4, QW4: 0.9, QW8: 0.5 }, { new: 2, resolved: 3 }),
  trendPoint(alpha.matrix.scan!.id, day(0), 62.5, { QW3: 0.5, QW4: 1, QW8: 0.5 }, { new: 1, resolved: 4 }),
];
const beta = clusterInput(2, "beta", { cells: { QW3: { compliance: 0.9, open: 1, weighted: 10 }, QW5: { compliance: 0.6, open: 4, weighted: 20 } }, posture: 75 });
beta.trends.points = [trendPoint(beta.matrix.scan!.id, day(1), 75, { QW3: 0.9, QW5: 0.6 }, { new: 50, resolved: 0 })];
const gamma = clusterInput(3, "gamma", { scanned: false });

const model = buildReportModel(reportInput([alpha, beta, gamma]));

describe("the fleet summary", () => {
  it("averages the scanned clusters' postures now, as the overview does", () => {
    // (62.5 + 75) / 2 = 68.75 → D; gamma has no score and is named as never scanned.
    expect(model.fleet).toMatchObject({ clusters: 3, scanned: 2, neverScanned: ["gamma"], posture: 68.75, grade: "D" });
    expect(model.fleet).toMatchObject({ openFindings: 9, openCritical: 3, openHigh: 6 });
  });

  it("measures the change over the period on the clusters with two scans or more in it", () => {
    // Only alpha: 60 at its first scan of the period, 62.5 now.
    expect(model.fleet.start).toEqual({ posture: 60, grade: "D" });
    expect(model.fleet.change).toBe(2.5);
    expect(model.fleet.improved.clusters).toEqual([{ name: "alpha", from: 60, to: 62.5, gradeFrom: "D", gradeTo: "D" }]);
    // alpha's compliance: QW3 0.25 → 0.5, QW4 0.8 → 1, QW8 unchanged.
    expect(model.fleet.improved.quickWins.map((entry) => entry.quickWin)).toEqual(["QW3", "QW4"]);
    expect(model.fleet.improved.quickWins[0]!.delta).toBeCloseTo(0.25, 10);
    expect(model.fleet.improved.quickWins[1]!.delta).toBeCloseTo(0.2, 10);
    // New and resolved after the period's first scan: alpha 2 + 1 new, 3 + 4 resolved; beta's only scan counts none.
    expect(model.fleet.improved).toMatchObject({ new: 3, resolved: 7 });
  });

  it("ranks the risks by weighted open findings × gain", () => {
    // QW3 (20 + 10) × 5 = 150, QW5 20 × 5 = 100, QW8 10 × 4 = 40.
    expect(model.fleet.risks).toEqual([
      { quickWin: "QW3", weightedOpen: 30, openFindings: 3, clusters: 2, worst: { cluster: "alpha", compliance: 0.5 } },
      { quickWin: "QW5", weightedOpen: 20, openFindings: 4, clusters: 1, worst: { cluster: "beta", compliance: 0.6 } },
      { quickWin: "QW8", weightedOpen: 10, openFindings: 2, clusters: 1, worst: { cluster: "alpha", compliance: 0.5 } },
    ]);
  });

  it("lists the actions in the priority list's order with their expected gain", () => {
    // Expected posture points: alpha QW3 100 × 5 × 0.5 / 12, QW8 100 × 4 × 0.5 / 12; beta QW3 100 × 5 × 0.1 / 10, QW5 100 × 5 × 0.4 / 10.
    expect(expectedGain(alpha, "QW3")).toBeCloseTo(250 / 12, 10);
    expect(expectedGain(alpha, "QW8")).toBeCloseTo(200 / 12, 10);
    expect(expectedGain(beta, "QW5")).toBeCloseTo(20, 10);
    expect(expectedGain(alpha, "QW5")).toBe(0);
    const actions = model.fleet.actions;
    expect(actions.map((action) => [action.quickWin, action.score, action.weightedOpen, action.openFindings, action.clusters])).toEqual([
      ["QW3", 8, 30, 3, ["alpha", "beta"]],
      ["QW5", 7, 20, 4, ["beta"]],
      ["QW8", 5, 10, 2, ["alpha"]],
    ]);
    // Averaged over the two scored clusters (a cluster already compliant gains nothing).
    expect(actions[0]!.expectedPoints).toBeCloseTo((250 / 12 + 5) / 2, 10);
    expect(actions[1]!.expectedPoints).toBeCloseTo(10, 10);
    expect(actions[2]!.expectedPoints).toBeCloseTo(100 / 12, 10);
  });

  it("is each cluster's own matrix priority list when the report covers one cluster", () => {
    for (const cluster of [alpha, beta]) {
      expect(fleetActions([cluster]).map((action) => action.quickWin)).toEqual(cluster.matrix.priority.map((item) => item.quickWin));
    }
  });

  it("places the nine quick wins by today's ratings, sized by the fleet's open findings", () => {
    const qw3 = model.fleet.matrix.find((bubble) => bubble.quickWin === "QW3")!;
    expect(qw3).toMatchObject({ complexity: 2, gain: 5, score: 8, quadrant: "quick_wins", openFindings: 3 });
    expect(qw3.compliance).toBeCloseTo(0.7, 10);
    expect(model.fleet.matrix.find((bubble) => bubble.quickWin === "QW1")!.compliance).toBeNull();
    expect(model.fleet.matrix.map((bubble) => bubble.quickWin)).toEqual([...QUICK_WIN_IDS]);
  });

  it("draws the fleet trend as the mean of each cluster's latest posture", () => {
    expect(model.fleet.trend.map((vertex) => [vertex.at.getTime(), vertex.posture])).toEqual([
      [day(60).getTime(), 60],
      [day(30).getTime(), 65],
      [day(1).getTime(), 70], // alpha 65, beta 75
      [day(0).getTime(), 68.75], // alpha 62.5, beta 75
    ]);
    const long = Array.from({ length: 365 }, (_, index) => ({ at: day(365 - index), posture: index % 100 }));
    const thinned = thin(long);
    expect(thinned).toHaveLength(TREND_VERTICES);
    expect(thinned[0]).toBe(long[0]);
    expect(thinned.at(-1)).toBe(long.at(-1));
    expect(fleetTrend([])).toEqual([]);
  });
});

describe("a cluster's page", () => {
  const [pageAlpha, , pageGamma] = model.clusters;

  it("prints the matrix's numbers and the period's", () => {
    expect(pageAlpha).toMatchObject({ name: "alpha", posture: 62.5, grade: "D", lastAttempt: null });
    expect(pageAlpha!.quickWins.find((row) => row.quickWin === "QW3")).toEqual({ quickWin: "QW3", compliance: 0.5, openFindings: 2, notAssessable: 0 });
    expect(pageAlpha!.priority.map((item) => item.quickWin)).toEqual(["QW3", "QW8"]);
    expect(pageAlpha!.period).toMatchObject({ scans: 3, new: 3, resolved: 7, change: 2.5 });
    expect(clusterPeriod(beta)).toMatchObject({ scans: 1, change: null, start: null });
  });

  it("lists the worst namespaces: lowest posture first, then most open findings; unscored ones left out", () => {
    expect(pageAlpha!.namespaces.total).toBe(4);
    expect(pageAlpha!.namespaces.worst.map((row) => row.namespace)).toEqual(["data", "payments", "web"]);
  });

  it("says a cluster without a successful scan has none, with its last attempt, instead of zeros", () => {
    expect(pageGamma).toMatchObject({ name: "gamma", scan: null, posture: null, grade: null, lastScanCounts: null });
    expect(pageGamma!.lastAttempt).toMatchObject({ status: "failed", error: "connect ECONNREFUSED" });
    expect(pageGamma!.quickWins.every((row) => row.compliance === null)).toBe(true);
  });

  it("names what an exception covers by its scope", () => {
    const base = { namespace: "payments", objectKind: "Deployment", objectName: "api", container: "main" };
    expect(exceptionTarget({ ...base, scope: "cluster" })).toBe("");
    expect(exceptionTarget({ ...base, scope: "namespace" })).toBe("payments");
    expect(exceptionTarget({ ...base, scope: "object" })).toBe("payments/Deployment/api");
    expect(exceptionTarget({ ...base, scope: "container" })).toBe("payments/Deployment/api/main");
  });
});

describe("the appendix", () => {
  it("states the grade floors lib/scoring uses", () => {
    expect(gradeFloorsAgree()).toBe(true);
    expect(GRADE_FLOORS.map((band) => gradeFor(band.floor ?? 0))).toEqual(["A", "B", "C", "D", "F"]);
  });

  it("says when each quick win's rating last changed", () => {
    const version = (id: number, changes: Partial<typeof DEFAULT_RATINGS>, daysAgo: number) => ({
      id, author: "lead", reason: `v${id}`, createdAt: day(daysAgo),
      ratings: Object.fromEntries(QUICK_WIN_IDS.map((quickWin) => {
        const rating = changes[quickWin] ?? DEFAULT_RATINGS[quickWin];
        return [quickWin, { ...rating, score: priorityScore(rating) }];
      })) as ReturnType<typeof reportInput>["ratings"]["current"]["ratings"],
    });
    const v1 = version(1, {}, 100);
    const v2 = version(2, { QW1: { complexity: 1, gain: 4 } }, 50);
    const v3 = version(3, { QW1: { complexity: 1, gain: 4 }, QW8: { complexity: 2, gain: 5 } }, 10);
    const history = [v3, v2, v1];
    expect(lastChanged(history, "QW8")).toEqual(day(10));
    expect(lastChanged(history, "QW1")).toEqual(day(50));
    expect(lastChanged(history, "QW3")).toEqual(day(100));
    const appendix = buildReportModel({ ...reportInput([]), ratings: { current: v3, history } }).appendix;
    expect(appendix.ratings).toMatchObject({ versionId: 3, versions: 3, since: day(10) });
    expect(appendix.ratings.quickWins.find((row) => row.quickWin === "QW8")).toEqual({ quickWin: "QW8", complexity: 2, gain: 5, score: 8, lastChanged: day(10) });
    expect(appendix.severityWeights).toEqual([
      { severity: "critical", weight: 10 }, { severity: "high", weight: 5 }, { severity: "medium", weight: 2 }, { severity: "low", weight: 1 },
    ]);
  });
});

describe("an empty report", () => {
  it("has no posture, no change, no actions and no trend", () => {
    const empty = buildReportModel(reportInput([]));
    expect(empty.fleet).toMatchObject({ clusters: 0, scanned: 0, posture: null, grade: null, start: null, change: null, risks: [], actions: [], trend: [] });
  });
});
