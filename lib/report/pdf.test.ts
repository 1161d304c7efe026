// The document renders from a model alone, in both languages, with hostile cluster strings.
import { describe, expect, it } from "vitest";
import { pageNumbering } from "./document";
import { buildReportModel } from "./model";
import { clusterInput, day, reportInput } from "./model.testkit";
import { renderReportModel } from "./pdf";

const pages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;

describe("renderReportModel", () => {
  const longName = `ns-${"x".repeat(297)}`;
  const hostile = clusterInput(1, `prod-${"é".repeat(200)}<script>alert(1)</script>`, {
    cells: { QW3: { compliance: 0.5, open: 2, weighted: 20 } },
    posture: 50,
    namespaces: [{ namespace: longName, postureScore: 10, openFindings: 4 }],
  });
  hostile.exceptions = [{
    id: "e0000000-0000-4000-8000-000000000001", clusterId: hostile.id, checkId: "privileged-container", scope: "namespace", namespace: longName,
    objectKind: null, objectName: null, container: null, reason: `Vendor 🚀 agent\n${"needs it ".repeat(80)}`, author: "名前", createdAt: day(3),
    expiresAt: day(-3), revokedAt: null, state: "active", expiringSoon: true,
  }];
  hostile.scan = { coverageGaps: [{ kind: "resource", name: "secrets", reason: "forbidden: the credentials cannot list secrets", count: 12 }], counts: { open: 2, waived: 0, new: 1, resolved: 0 } } as never;
  const clusters = [hostile, clusterInput(2, "beta", { posture: 90, cells: { QW4: { compliance: 1 } } }), clusterInput(3, "never", { scanned: false })];

  it.each(["en", "fr"] as const)("lays out cover, summary, charts, one page per cluster and the appendix (%s)", async (locale) => {
    const pdf = await renderReportModel(buildReportModel({ ...reportInput(clusters), locale }));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // 3 + 3 clusters + 1 appendix page (the test input has no check references).
    expect(pages(pdf)).toBe(7);
  }, 30_000);

  it("numbers the pages before layout when no page can break, with the right count", async () => {
    const model = buildReportModel(reportInput(clusters.slice(1)));
    expect(pageNumbering(model)?.(4)).toEqual({ page: 4, pages: 6 });
    expect(pages(await renderReportModel(model))).toBe(6);
    // A cluster page that may break onto a second one: react-pdf numbers the pages after layout.
    const heavy = buildReportModel(reportInput([{ ...hostile, exceptions: Array.from({ length: 8 }, () => hostile.exceptions[0]!) }]));
    expect(pageNumbering(heavy)).toBeUndefined();
  }, 30_000);
});
