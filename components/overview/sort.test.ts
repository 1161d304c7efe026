import { describe, expect, it } from "vitest";
import type { TOverviewCluster } from "@/lib/api/schemas/overview";
import { parseFleetSort, sortFleet, sortHref } from "./sort";

function cluster(name: string, postureScore: number | null, extra: Partial<TOverviewCluster> = {}): TOverviewCluster {
  return {
    id: "00000000-0000-0000-0000-000000000000", name, environment: "production", postureScore, grade: null,
    change7d: null, change30d: null, sparkline: [], openCritical: 0, openHigh: 0,
    exceptions: { nowWaived: 0, noLongerWaived: 0 }, currentScan: null, lastScan: null, nextScanAt: null, ...extra,
  };
}

describe("fleet sort", () => {
  it("puts the worst posture first by default and unscanned clusters last", () => {
    const sorted = sortFleet([cluster("b", 91), cluster("new", null), cluster("a", 55), cluster("c", 80)], parseFleetSort(undefined, undefined));
    expect(sorted.map((item) => item.name)).toEqual(["a", "c", "b", "new"]);
  });

  it("keeps unknown values last in either direction", () => {
    const items = [cluster("x", 1, { change7d: null }), cluster("y", 1, { change7d: -3 }), cluster("z", 1, { change7d: 4 })];
    expect(sortFleet(items, { key: "change7d", dir: "asc" }).map((item) => item.name)).toEqual(["y", "z", "x"]);
    expect(sortFleet(items, { key: "change7d", dir: "desc" }).map((item) => item.name)).toEqual(["z", "y", "x"]);
  });

  it("sorts by open critical, then high", () => {
    const items = [cluster("a", 1, { openCritical: 1, openHigh: 0 }), cluster("b", 1, { openCritical: 0, openHigh: 50 }), cluster("c", 1, { openCritical: 1, openHigh: 3 })];
    expect(sortFleet(items, parseFleetSort("open", undefined)).map((item) => item.name)).toEqual(["c", "a", "b"]);
  });

  it("ignores unknown keys and toggles the direction of the current column", () => {
    expect(parseFleetSort("drop table", "up")).toEqual({ key: "grade", dir: "asc" });
    expect(sortHref({ key: "name", dir: "asc" }, "name")).toBe("/?sort=name&dir=desc");
    expect(sortHref({ key: "name", dir: "asc" }, "open")).toBe("/?sort=open&dir=desc");
  });
});
