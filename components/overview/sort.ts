// How the fleet table may be sorted: a key and a direction, read from the URL (?sort=&dir=) so a
// sorted view can be shared and needs no JavaScript. Pure.
import type { TOverviewCluster } from "@/lib/api/schemas/overview";

export const FLEET_SORT_KEYS = ["grade", "name", "change7d", "open", "lastScan"] as const;
export type TFleetSortKey = (typeof FLEET_SORT_KEYS)[number];
export type TSortDir = "asc" | "desc";
export interface TFleetSort {
  key: TFleetSortKey;
  dir: TSortDir;
}

/** The first click on a column sorts in the order a security lead wants first: worst first. */
export const DEFAULT_DIR: Record<TFleetSortKey, TSortDir> = {
  grade: "asc",
  name: "asc",
  change7d: "asc",
  open: "desc",
  lastScan: "desc",
};

export const DEFAULT_SORT: TFleetSort = { key: "grade", dir: "asc" };

export function parseFleetSort(sort: unknown, dir: unknown): TFleetSort {
  const key = FLEET_SORT_KEYS.find((candidate) => candidate === sort);
  if (!key) return DEFAULT_SORT;
  return { key, dir: dir === "asc" || dir === "desc" ? dir : DEFAULT_DIR[key] };
}

/**
 * Ascending order of each key ("asc" = worst first for grade: lowest posture first). Clusters
 * without the value (never scanned, no change known) always sort last, whatever the direction.
 */
function valueOf(cluster: TOverviewCluster, key: TFleetSortKey): number | string | null {
  switch (key) {
    case "grade": return cluster.postureScore;
    case "name": return cluster.name;
    case "change7d": return cluster.change7d;
    case "open": return cluster.openCritical * 1_000_000 + cluster.openHigh;
    case "lastScan": return cluster.lastScan ? cluster.lastScan.ageSeconds : null;
  }
}

export function sortFleet(clusters: readonly TOverviewCluster[], { key, dir }: TFleetSort): TOverviewCluster[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...clusters].sort((a, b) => {
    const va = valueOf(a, key);
    const vb = valueOf(b, key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      return sign * (typeof va === "string" || typeof vb === "string" ? String(va).localeCompare(String(vb)) : va - vb);
    }
    return a.name.localeCompare(b.name);
  });
}

/** The query string of a column header link: toggles the direction when it is the current key. */
export function sortHref(current: TFleetSort, key: TFleetSortKey): string {
  const dir = current.key === key ? (current.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[key];
  const params = new URLSearchParams({ sort: key, dir });
  return `/?${params.toString()}`;
}
