// The executive PDF of the demo (acme-prod's four weekly scans and acme-staging's two, scanned
// through the real pipeline as `npm run demo` builds them), plus a cluster whose only scan failed
// and one with a 300-character namespace. The PDF is read back with pdftotext (poppler-utils) and
// its numbers compared with the JSON API's for the same scans.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZMatrix, type TMatrix } from "@/lib/api/schemas/scoring";
import { db } from "@/lib/db/client";
import { bundle, callAs, callError, createTestCluster, daysAgo, deployment, resetRatings, seedFailedScan, seedScan } from "@/lib/db/queries/seed.testkit";
import { startDemo } from "@/lib/demo/demo";
import { CATALOGUES } from "@/lib/i18n/messages";
import { reportFormat } from "@/lib/report/format";
import { QUICK_WIN_IDS } from "@/lib/scoring/quick-wins";
import { useTestEncryptionKey } from "@/test/clusters";
import { GET as getMatrix } from "../../clusters/[id]/matrix/route";
import { GET } from "./route";

// These tests are about what the handlers do; who may call them is app/api/access.int.test.ts.
vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const LONG_NAMESPACE = `team-${"a".repeat(120)}-${"b".repeat(174)}`; // 300 characters
const en = reportFormat("en");
const quickWinNames = CATALOGUES.en.quickWins;
const workDir = mkdtempSync(join(tmpdir(), "ramparts-report-"));

interface TCluster {
  id: string;
  name: string;
}
let clusters: TCluster[] = [];

async function download(query: string, headers: Record<string, string> = {}) {
  const response = await GET(new Request(`http://ramparts.test/api/reports/executive.pdf?${query}`, { headers }), { params: Promise.resolve({}) });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes };
}

/** The PDF's text, page by page, as pdftotext -layout lays it out. */
function pagesOf(pdf: Buffer, name: string): string[] {
  const file = join(workDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").filter((page) => page.trim() !== "");
}

const matrixOf = (id: string) => callAs(ZMatrix, getMatrix, `/api/clusters/${id}/matrix`, { id });
const clusterPage = (pages: string[], name: string) => pages.find((page) => /^\s*CLUSTER\b/m.test(page) && page.includes(name))!;
/** QW ids of numbered lines ("1   QW3 · …" in a table, "1. QW3 · …" in a list), in order. */
const numberedQuickWins = (text: string) => [...text.matchAll(/^\s*\d\.?\s+(QW\d) ·/gm)].map((match) => match[1]);

beforeAll(async () => {
  useTestEncryptionKey();
  await db().cluster.deleteMany();
  await resetRatings();
  const demo = await startDemo(() => {});
  await demo.stop();
  const failing = await createTestCluster("never-scanned");
  await seedFailedScan(failing, daysAgo(0.1));
  const wide = await createTestCluster("wide-namespaces");
  await seedScan(wide, bundle(deployment("api", LONG_NAMESPACE, { privileged: true, memoryLimit: false }), deployment("web", "web", { privileged: false, memoryLimit: true })), daysAgo(2));
  clusters = (await db().cluster.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }));
}, 300_000);

afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await db().$disconnect();
});

describe("GET /api/reports/executive.pdf", () => {
  let pages: string[];
  let matrices: Map<string, TMatrix>;

  beforeAll(async () => {
    const { response, bytes } = await download("lang=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="ramparts-executive-summary-${new Date().toISOString().slice(0, 10)}.pdf"`);
    pages = pagesOf(bytes, "all-en");
    matrices = new Map(await Promise.all(clusters.map(async (cluster) => [cluster.name, await matrixOf(cluster.id)] as const)));
  }, 120_000);

  it("has the demo's two clusters and the two test clusters, one page each", () => {
    expect(clusters.map((cluster) => cluster.name)).toEqual(["acme-prod", "acme-staging", "never-scanned", "wide-namespaces"]);
    for (const cluster of clusters) expect(clusterPage(pages, cluster.name), cluster.name).toBeDefined();
  });

  it("prints each cluster's grade, posture and per-quick-win compliance exactly as the matrix API gives them", () => {
    for (const cluster of clusters.filter((entry) => entry.name !== "never-scanned")) {
      const matrix = matrices.get(cluster.name)!;
      expect(matrix.scan, cluster.name).not.toBeNull();
      const page = clusterPage(pages, cluster.name);
      expect(page, cluster.name).toMatch(new RegExp(`\\b${matrix.grade}\\s+${en.posture(matrix.postureScore!).replace(".", "\\.")}\\b`));
      for (const point of matrix.quickWins) {
        const printed = point.compliance === null ? "not assessed" : en.percent(point.compliance);
        const line = page.split("\n").find((text) => text.trimStart().startsWith(`${point.quickWin} · `));
        expect(line, `${cluster.name} ${point.quickWin}`).toBeDefined();
        expect(line!.slice(line!.indexOf(" · ")), `${cluster.name} ${point.quickWin}: ${line}`).toMatch(new RegExp(`\\s${printed.replace("%", "\\s?%")}(\\s|$)`));
      }
      // "Do next" is the priority list's first five.
      const doNext = page.slice(page.indexOf("Do next"), page.indexOf("Worst namespaces"));
      expect(numberedQuickWins(doNext), cluster.name).toEqual(matrix.priority.slice(0, 5).map((item) => item.quickWin));
    }
  });

  it("says so for a cluster without a successful scan, and prints no numbers for it", () => {
    const page = clusterPage(pages, "never-scanned");
    expect(page).toContain("No successful scan yet");
    expect(page).toContain("Last attempt: failed");
    expect(page).not.toMatch(/Compliance per quick win|\d+%/);
    expect(pages[1]).toContain("No successful scan yet: never-scanned.");
  });

  it("orders the summary's top five actions as the priority lists, merged over the clusters", () => {
    const summary = pages[1]!;
    const actions = summary.slice(summary.indexOf("Top five actions"), summary.indexOf("What improved"));
    // Merged by quick win: Score desc, then the clusters' weighted open findings desc, then id.
    const merged = new Map<string, { score: number; weighted: number }>();
    for (const matrix of matrices.values()) {
      for (const item of matrix.priority) {
        const entry = merged.get(item.quickWin) ?? { score: item.score, weighted: 0 };
        entry.weighted += item.weightedOpen;
        merged.set(item.quickWin, entry);
      }
    }
    const expected = [...merged].sort(([a, x], [b, y]) => y.score - x.score || y.weighted - x.weighted || a.localeCompare(b)).slice(0, 5).map(([id]) => id);
    expect(numberedQuickWins(actions)).toEqual(expected);
    for (const id of expected) expect(actions).toContain(quickWinNames[id as (typeof QUICK_WIN_IDS)[number]].name);
  });

  it("is exactly the matrix priority list for a one-cluster report", async () => {
    const prod = clusters.find((cluster) => cluster.name === "acme-prod")!;
    const { bytes } = await download(`clusters=${prod.id}&lang=en`);
    const single = pagesOf(bytes, "prod-en");
    const summary = single[1]!;
    const actions = summary.slice(summary.indexOf("Top five actions"), summary.indexOf("What improved"));
    const matrix = matrices.get("acme-prod")!;
    expect(matrix.priority.length).toBeGreaterThanOrEqual(5);
    expect(numberedQuickWins(actions)).toEqual(matrix.priority.slice(0, 5).map((item) => item.quickWin));
    // Fleet of one: the fleet posture is the cluster's.
    expect(summary).toContain(`${en.posture(matrix.postureScore!)} out of 100`);
  }, 120_000);

  it("wraps or cuts a 300-character namespace inside its page", () => {
    const page = clusterPage(pages, "wide-namespaces");
    // Cut to 120 characters ("team-", 114 "a", "…"), wrapped over lines beside its grade and numbers.
    const flat = page.replace(/[\s-]+/g, "");
    const start = flat.indexOf("team");
    expect(start).toBeGreaterThan(0);
    const printed = flat.slice(start, flat.indexOf("…", start) + 1);
    expect(printed.slice("team".length).replace(/[^a]/g, ""), printed).toHaveLength(114);
    expect(printed.endsWith("…")).toBe(true);
    expect(flat).not.toContain("bbbbbbbbbb");
    // The page after it is the appendix: the cluster's page did not spill over.
    expect(pages[pages.indexOf(page) + 1]).toContain("Appendix: method");
  });
});

describe("GET /api/reports/executive.pdf in French", () => {
  it("prints the summary page in French, with none of the English catalogue's sentences", async () => {
    const { response, bytes } = await download("", { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" });
    expect(response.status).toBe(200);
    const summary = pagesOf(bytes, "all-fr")[1]!.replace(/\s+/g, " ");
    expect(summary).toContain("Synthèse");
    expect(summary).toContain("Les cinq actions prioritaires");
    // Every literal run of two words or more of the English summary strings, absent.
    const english = Object.values(CATALOGUES.en.reports.pdf.summary)
      .flatMap((text) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
      .map((part) => part.trim().replace(/^[.,:;()]+|[.,:;()]+$/g, "").trim())
      .filter((part) => part.split(" ").length >= 2);
    expect(english.length).toBeGreaterThan(10);
    for (const part of english) expect(summary, part).not.toContain(part);
    for (const id of QUICK_WIN_IDS) expect(summary).not.toContain(quickWinNames[id].name);
    expect(summary).toMatch(/\d+,\d sur 100|\d+ sur 100/);
  }, 120_000);
});

describe("GET /api/reports/executive.pdf errors", () => {
  const call = (query: string) => callError(GET, `/api/reports/executive.pdf?${query}`);

  it("answers an unknown cluster with not_found and bad dates with validation_failed, as JSON", async () => {
    expect(await call("clusters=0b6f1f3e-4b9a-4c51-9a8e-1f2d3c4b5a69")).toMatchObject({ status: 404, code: "not_found" });
    expect(await call("clusters=not-an-id")).toMatchObject({ status: 400, code: "validation_failed" });
    expect(await call("from=last-week")).toMatchObject({ status: 400, code: "validation_failed" });
    expect(await call("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")).toMatchObject({ status: 400, code: "validation_failed", message: "`from` must not be after `to`." });
    expect(await call("lang=de")).toMatchObject({ status: 400, code: "validation_failed" });
  });
});
