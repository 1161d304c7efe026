import { describe, expect, it } from "vitest";
import { matrixPoints, quadrantOf } from "@/lib/scoring/matrix";
import { DEFAULT_RATINGS } from "@/lib/scoring/quick-wins";
import { BAND_COLOURS, complianceBand, complianceColour, flooredCompliance } from "./compliance-scale";
import { AXIS_TICKS, bubbleCentre, bubbleRadius, labelPlacement, MAX_RADIUS, maxRadiusFor, MIN_RADIUS, quadrantAreas } from "./matrix-geometry";

describe("quadrantAreas", () => {
  const areas = quadrantAreas();
  it("covers each cell with the quadrant lib/scoring gives it, and only that one", () => {
    for (const complexity of AXIS_TICKS) {
      for (const gain of AXIS_TICKS) {
        const containing = areas.filter((area) => complexity > area.x1 && complexity < area.x2 && gain > area.y1 && gain < area.y2);
        expect(containing.map((area) => area.quadrant)).toEqual([quadrantOf({ complexity, gain })]);
      }
    }
  });
  it("puts quick wins top-left (low complexity, high gain) and thankless bottom-right", () => {
    expect(areas.find((area) => area.quadrant === "quick_wins")).toEqual({ quadrant: "quick_wins", x1: 0.5, x2: 2.5, y1: 3.5, y2: 5.5 });
    expect(areas.find((area) => area.quadrant === "thankless")).toEqual({ quadrant: "thankless", x1: 2.5, x2: 5.5, y1: 0.5, y2: 3.5 });
  });
});

describe("bubbleCentre", () => {
  it("keeps a bubble alone in its cell at the cell centre", () => {
    expect(bubbleCentre({ complexity: 1, gain: 3, dx: 0, dy: 0 })).toEqual({ x: 1, y: 3 });
  });
  it("puts the first of the mates sharing a cell above the others (the server's dy is screen-down)", () => {
    const points = matrixPoints(DEFAULT_RATINGS).filter((point) => point.complexity === 2 && point.gain === 4);
    expect(points.map((point) => point.quickWin)).toEqual(["QW1", "QW2", "QW9"]);
    const [first, ...others] = points.map(bubbleCentre);
    for (const other of others) expect(first!.y).toBeGreaterThan(other.y);
    // Every mate stays inside its own cell.
    for (const centre of points.map(bubbleCentre)) {
      expect(Math.abs(centre.x - 2)).toBeLessThan(0.5);
      expect(Math.abs(centre.y - 4)).toBeLessThan(0.5);
    }
  });
});

describe("bubbleRadius", () => {
  it("keeps a bubble with no open finding visible", () => {
    expect(bubbleRadius(0, 40)).toBe(MIN_RADIUS);
    expect(bubbleRadius(0, 0)).toBe(MIN_RADIUS);
  });
  it("gives the largest count the largest bubble and grows the area, not the radius, linearly", () => {
    expect(bubbleRadius(40, 40)).toBeCloseTo(MAX_RADIUS);
    const area = (open: number) => Math.PI * bubbleRadius(open, 40) ** 2 - Math.PI * MIN_RADIUS ** 2;
    expect(area(20) / area(40)).toBeCloseTo(0.5);
    expect(bubbleRadius(10, 40)).toBeLessThan(bubbleRadius(11, 40));
  });
});

describe("maxRadiusFor", () => {
  it("shrinks bubbles in small charts, never below the minimum, never above the maximum", () => {
    expect(maxRadiusFor(200)).toBe(MAX_RADIUS);
    expect(maxRadiusFor(50)).toBeCloseTo(12);
    expect(maxRadiusFor(10)).toBe(MIN_RADIUS);
    expect(bubbleRadius(40, 40, maxRadiusFor(50))).toBeCloseTo(12);
  });
});

describe("labelPlacement", () => {
  it("labels a lone bubble on its right", () => {
    expect(labelPlacement({ dx: 0, dy: 0 }, 10)).toEqual({ dx: 14, dy: 4, textAnchor: "start" });
  });
  it("labels mates on the side away from each other, never above or below", () => {
    expect(labelPlacement({ dx: -0.26, dy: 0.15 }, 10).textAnchor).toBe("end");
    expect(labelPlacement({ dx: 0.26, dy: 0.15 }, 10).textAnchor).toBe("start");
    expect(labelPlacement({ dx: 0, dy: -0.3 }, 10)).toEqual({ dx: 14, dy: 4, textAnchor: "start" });
    expect(labelPlacement({ dx: 0, dy: 0.3 }, 10)).toEqual({ dx: 14, dy: 4, textAnchor: "start" });
  });
});

describe("compliance colours", () => {
  it("follow the grade thresholds", () => {
    expect(complianceBand(1)).toBe("A");
    expect(complianceBand(0.9)).toBe("A");
    expect(complianceBand(0.8999)).toBe("B");
    expect(complianceBand(0.75)).toBe("C");
    expect(complianceBand(0.6)).toBe("D");
    expect(complianceBand(0)).toBe("F");
    expect(complianceBand(null)).toBe("none");
    expect(complianceColour(0.95)).toBe(BAND_COLOURS.A);
  });
  it("use six distinct colours", () => {
    expect(new Set(Object.values(BAND_COLOURS)).size).toBe(6);
  });
});

describe("flooredCompliance", () => {
  it("never rounds a failing quick win up to 100 %", () => {
    expect(flooredCompliance(0.996)).toBe(0.99);
    expect(flooredCompliance(1)).toBe(1);
    expect(flooredCompliance(0.885714)).toBe(0.88);
    expect(flooredCompliance(0.29)).toBe(0.29);
  });
});
