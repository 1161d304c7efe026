// The demo clusters and their states: folders of manifests under demo/clusters/, written by
// `npm run demo:states` (scripts/build-demo-states.ts from lib/demo/build-states.ts). All of it is
// demo data: invented clusters, teams, hosts and values. `takenAt` is when each state was "seen",
// in the past, so history and trends come from real scans of successive states.

export type TDemoClusterName = "acme-prod" | "acme-staging";

export interface TDemoState {
  cluster: TDemoClusterName;
  /** Week number of acme-prod (1…4); acme-staging has a single state. */
  week?: 1 | 2 | 3 | 4;
  /** Folder of the state, relative to the repository root. */
  dir: string;
  /** ISO time the state stands for (the snapshot's evaluatedAt). */
  takenAt: string;
}

export const DEMO_ROOT = "demo/clusters";

export const DEMO_STATES: readonly TDemoState[] = [
  { cluster: "acme-prod", week: 1, dir: `${DEMO_ROOT}/acme-prod/week-1`, takenAt: "2026-11-02T06:00:00Z" },
  { cluster: "acme-prod", week: 2, dir: `${DEMO_ROOT}/acme-prod/week-2`, takenAt: "2026-11-09T06:00:00Z" },
  { cluster: "acme-prod", week: 3, dir: `${DEMO_ROOT}/acme-prod/week-3`, takenAt: "2026-11-16T06:00:00Z" },
  { cluster: "acme-prod", week: 4, dir: `${DEMO_ROOT}/acme-prod/week-4`, takenAt: "2026-11-23T06:00:00Z" },
  { cluster: "acme-staging", dir: `${DEMO_ROOT}/acme-staging`, takenAt: "2026-11-23T06:30:00Z" },
];
