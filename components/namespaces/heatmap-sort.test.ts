import { describe, expect, it } from "vitest";
import { QUICK_WIN_IDS } from "@/lib/scoring/quick-wins";
import { filterRows, heatmapRow, nextSort, sortRows, type TNamespaceRow } from "./heatmap-sort";

function row(namespace: string, postureScore: number | null, openFindings: number, qw3: number | null): TNamespaceRow {
  const compliance: (number | null)[] = QUICK_WIN_IDS.map(() => null);
  compliance[2] = qw3;
  return { namespace, postureScore, grade: null, openFindings, compliance, open: QUICK_WIN_IDS.map(() => 0) };
}

const rows = [row("web", 92, 10, 1), row("data", 80, 27, 0.5), row("default", null, 1, null), row("monitoring", 62, 36, 0.9)];
const names = (list: readonly TNamespaceRow[]) => list.map((item) => item.namespace);

describe("sortRows", () => {
  it("sorts by name both ways", () => {
    expect(names(sortRows(rows, { key: "namespace", direction: "ascending" }))).toEqual(["data", "default", "monitoring", "web"]);
    expect(names(sortRows(rows, { key: "namespace", direction: "descending" }))).toEqual(["web", "monitoring", "default", "data"]);
  });

  it("sorts by posture, findings and a quick win, nothing assessable last either way", () => {
    expect(names(sortRows(rows, { key: "posture", direction: "ascending" }))).toEqual(["monitoring", "data", "web", "default"]);
    expect(names(sortRows(rows, { key: "posture", direction: "descending" }))).toEqual(["web", "data", "monitoring", "default"]);
    expect(names(sortRows(rows, { key: "openFindings", direction: "descending" }))).toEqual(["monitoring", "data", "web", "default"]);
    expect(names(sortRows(rows, { key: "QW3", direction: "ascending" }))).toEqual(["data", "monitoring", "web", "default"]);
  });

  it("does not change its input", () => {
    const before = names(rows);
    sortRows(rows, { key: "posture", direction: "ascending" });
    expect(names(rows)).toEqual(before);
  });
});

describe("nextSort", () => {
  it("toggles the current column and starts others worst first", () => {
    expect(nextSort({ key: "namespace", direction: "ascending" }, "namespace")).toEqual({ key: "namespace", direction: "descending" });
    expect(nextSort({ key: "namespace", direction: "ascending" }, "QW4")).toEqual({ key: "QW4", direction: "ascending" });
    expect(nextSort({ key: "namespace", direction: "ascending" }, "openFindings")).toEqual({ key: "openFindings", direction: "descending" });
  });
});

describe("filterRows", () => {
  it("matches part of the name, ignoring case and blanks", () => {
    expect(names(filterRows(rows, " DE"))).toEqual(["default"]);
    expect(filterRows(rows, "  ")).toBe(rows);
  });
});

describe("heatmapRow", () => {
  it("keeps what the heatmap shows and cuts compliance down to four decimals", () => {
    const cell = { compliance: 0.99996, openFindings: 1, weightedOpen: 10, notAssessable: 2 };
    const quickWins = Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, { ...cell }])) as Parameters<typeof heatmapRow>[0]["quickWins"];
    const slim = heatmapRow({ namespace: "web", postureScore: 92.43, grade: "A", openFindings: 10, quickWins });
    expect(slim.compliance).toEqual(QUICK_WIN_IDS.map(() => 0.9999));
    expect(slim.open).toEqual(QUICK_WIN_IDS.map(() => 1));
    expect(slim).toMatchObject({ namespace: "web", postureScore: 92.43, grade: "A", openFindings: 10 });
  });
});
