import { describe, expect, it } from "vitest";
import type { TFinding } from "@/lib/api/schemas/findings";
import { groupByCheck } from "./group-findings";

let next = 0;
function finding(checkId: string, severity: TFinding["severity"], objectName: string, status: TFinding["status"] = "open"): TFinding {
  next++;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, "0")}`, scanId: "s", clusterId: "c", fingerprint: `f${next}`, checkId, quickWin: "QW3", severity,
    namespace: "web", objectKind: "Deployment", objectName, container: "main", message: "m", evidence: {}, status, recordedStatus: status,
    waivedBy: null, firstSeenAt: new Date(0),
  };
}

describe("groupByCheck", () => {
  it("groups by check, most severe and most open first, objects in name order", () => {
    const groups = groupByCheck([
      finding("missing-limits", "medium", "b"),
      finding("privileged-container", "critical", "web"),
      finding("missing-limits", "medium", "a"),
      finding("run-as-root", "medium", "x", "waived"),
      finding("latest-tag", "medium", "c"),
    ]);
    expect(groups.map((group) => [group.checkId, group.severity, group.open, group.waived])).toEqual([
      ["privileged-container", "critical", 1, 0],
      ["missing-limits", "medium", 2, 0],
      ["latest-tag", "medium", 1, 0],
      ["run-as-root", "medium", 0, 1],
    ]);
    expect(groups[1]!.items.map((item) => item.objectName)).toEqual(["a", "b"]);
  });

  it("gives nothing for no findings", () => {
    expect(groupByCheck([])).toEqual([]);
  });
});
