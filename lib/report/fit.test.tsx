// The one-page estimate never says "fits" for a page that does not: pages it accepts are laid
// out WITH page breaking here and must come out as one page, in English and in French.
import { Document, renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { ClusterPage } from "./cluster-page";
import { estimatedClusterHeight, fitsOnePage } from "./fit";
import { reportFormat } from "./format";
import { reportTranslator } from "./i18n";
import { buildReportModel, type TClusterInput } from "./model";
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
