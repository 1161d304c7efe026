// The one-page estimate never says "fits" for a page that does not: pages it accepts are laid
// out WITH page breaking here and must come out as one page, in English and in French.
import { Document, renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { MethodPage } from "./appendix-pages";
import { ClusterPage } from "./cluster-page";
import { SummaryPage } from "./cover-summary";
import { estimatedClusterHeight, fitsOnePage } from "./fit";
import { reportFormat } from "./format";
import { reportTranslator } from "./i18n";
import { buildReportModel, type TClusterInput, type TReportModel } from "./model";
import { clusterInput, day, reportInput } from "./model.testkit";

const pagesOf = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;

function heavy(index: number, size: { namespaces: number; gaps: number; exceptions: number; text: number }): TClusterInput {
  const cluster = clusterInput(index, `cluster-${index}-${"n".repeat(size.text)}`, {
    cells: { QW1: { compliance: 0.1, open: 9, weighted: 90 }, QW2: { compliance: 0.2, open: 9, weighted: 90 }, QW3: { compliance: 0.3, open: 9, weighted: 90 }, QW5: { compliance: 0.4, open: 9, weighted: 90 }, QW7: { compliance: 0.5, open: 9, weighted: 90 } },
    posture: 30,
    namespaces: Array.from({ length: size.namespaces }, (_, n) => ({ namespace: `ns-${n}-${"x".repeat(size.text * 3)}`, postureScore: 10 + n, openFindings: 99 })),
  });
  cluster.scan = {
    coverageGaps: Array.from({ length: size.gaps }, (_, n) => ({ kind: "resource", name: `kind-${n}-${"k".repeat(size.text)}`, reason: `forbidden ${"because ".repeat(size.text)}`, count: 1234 })),
    counts: { open: 0, waived: 0, new: 0, resolved: 0 },
  } as never;
  cluster.exceptions = Array.from({ length: size.exceptions }, (_, n) => ({
    id: `e0000000-0000-4000-8000-${String(n).padStart(12, "0")}`, clusterId: cluster.id, checkId: "privileged-container-escalation", scope: "container" as const,
    namespace: `ns-${"y".repeat(size.text)}`, objectKind: "Deployment", objectName: `app-${"z".repeat(size.text)}`, container: "main",
    reason: `Accepted ${"for a reason ".repeat(size.text)}`, author: `owner-${"o".repeat(size.text)}`, createdAt: day(3), expiresAt: day(-3), revokedAt: null,
    state: "active" as const, expiringSoon: n % 2 === 0,
  }));
  return cluster;
}

const SIZES = [
  { namespaces: 5, gaps: 1, exceptions: 0, text: 5 },
  { namespaces: 5, gaps: 3, exceptions: 3, text: 10 },
  { namespaces: 5, gaps: 8, exceptions: 4, text: 20 },
  { namespaces: 5, gaps: 8, exceptions: 8, text: 8 },
  { namespaces: 5, gaps: 8, exceptions: 8, text: 40 },
];

describe("fitsOnePage", () => {
  it.each(["en", "fr"] as const)("only accepts pages that really fit (%s)", async (locale) => {
    const model = buildReportModel({ ...reportInput(SIZES.map((size, index) => heavy(index + 1, size))), locale });
    const tr = reportTranslator(locale);
    const format = reportFormat(locale);
    const verdicts = [];
    for (const cluster of model.clusters) {
      const pdf = await renderToBuffer(<Document><ClusterPage cluster={cluster} model={model} tr={tr} format={format} wrap /></Document>);
      verdicts.push({ fits: fitsOnePage(cluster), estimate: estimatedClusterHeight(cluster), pages: pagesOf(pdf) });
    }
    for (const verdict of verdicts) if (verdict.fits) expect(verdict, JSON.stringify(verdicts)).toMatchObject({ pages: 1 });
    // Both answers occur: ordinary pages fit, the heaviest does not.
    expect(verdicts[0]!.fits).toBe(true);
    expect(verdicts.at(-1)!.fits).toBe(false);
  }, 60_000);
});

/** Wide capitals: the longest a clipped cluster name can print. */
const wide = (length: number, index = 0) => `${index % 10}${"W".repeat(length - 1)}`;

/** A summary at its longest: every count huge, every list full, every cluster name 60 wide capitals. */
function longestSummary(locale: "en" | "fr"): TReportModel {
  const model = buildReportModel({ ...reportInput([clusterInput(1, "a", { posture: 50, cells: { QW1: { compliance: 0.5, open: 1 } } })]), locale });
  const names = Array.from({ length: 100 }, (_, index) => wide(60, index));
  model.fleet = {
    ...model.fleet,
    clusters: 999_999, scanned: 999_999, openFindings: 9_999_999, openCritical: 9_999_999, openHigh: 9_999_999,
    posture: 55.5, grade: "F", start: { posture: 88.8, grade: "B" }, change: -33.3,
    neverScanned: names,
    risks: (["QW1", "QW2", "QW3"] as const).map((quickWin) => ({ quickWin, weightedOpen: 9_999_999, openFindings: 9_999_999, clusters: 999_999, worst: { cluster: names[0]!, compliance: 0.01 } })),
    actions: (["QW1", "QW2", "QW3", "QW4", "QW5"] as const).map((quickWin) => ({ quickWin, score: 9, complexity: 1, gain: 5, openFindings: 9_999_999, weightedOpen: 9_999_999, clusters: names, expectedPoints: 33.3 })),
    improved: {
      resolved: 9_999_999, new: 9_999_999,
      quickWins: (["QW1", "QW2", "QW3"] as const).map((quickWin) => ({ quickWin, delta: 0.99 })),
      clusters: names.slice(0, 5).map((name) => ({ name, from: 11.1, to: 99.9, gradeFrom: "F" as const, gradeTo: "A" as const })),
    },
  };
  return model;
}

describe("SummaryPage", () => {
  it.each(["en", "fr"] as const)("fits one page at its longest, so it is laid out without page breaking (%s)", async (locale) => {
    const pdf = await renderToBuffer(<Document><SummaryPage model={longestSummary(locale)} tr={reportTranslator(locale)} format={reportFormat(locale)} wrap /></Document>);
    expect(pagesOf(pdf)).toBe(1);
  }, 60_000);
});

describe("MethodPage", () => {
  it.each(["en", "fr"] as const)("fits one page with the longest ratings author and reason (%s)", async (locale) => {
    const model = buildReportModel({ ...reportInput([]), locale });
    model.appendix.ratings = { ...model.appendix.ratings, versionId: 99_999, versions: 99_999, author: wide(80), reason: wide(300) };
    const pdf = await renderToBuffer(<Document><MethodPage model={model} tr={reportTranslator(locale)} format={reportFormat(locale)} wrap /></Document>);
    expect(pagesOf(pdf)).toBe(1);
  }, 60_000);
});
