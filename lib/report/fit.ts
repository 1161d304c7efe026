// Whether a cluster's page surely fits on one A4 page. Such pages are laid out without page
// breaking, which is a third faster (react-pdf re-lays out every page it may split); a page
// that might not fit keeps breaking onto a second page. The estimate is deliberately generous:
// characters per line from the narrowest glyphs' average, every row at least one line.
import { clip } from "./format";
import type { TClusterSection } from "./model";

/** Points available between the page's top and bottom margins (A4: 842 − 42 − 60). */
const USABLE_HEIGHT = 740;

const lines = (text: string, charsPerLine: number) => Math.max(1, Math.ceil([...text].length / charsPerLine));

export function estimatedClusterHeight(cluster: TClusterSection): number {
  let height = 64 + 20; // header (name on one line) and a section title
  if (!cluster.scan) height += 90;
  else {
    height += 150; // compliance block, new and resolved, trend
    height += 22 + cluster.priority.length * 2 * 12; // "do next", two lines each at most
    height += 34 + cluster.namespaces.worst.reduce((sum, row) => sum + 6 + lines(clip(row.namespace, 120), 50) * 11, 0);
    height += 30 + cluster.gaps.items.reduce((sum, gap) => sum + lines(`${gap.kind} ${clip(gap.name, 60)}: ${clip(gap.reason, 220)} (0000 evaluations)`, 85) * 10, 0);
    if (cluster.gaps.total > cluster.gaps.items.length) height += 10;
  }
  height += 34 + cluster.exceptions.items.reduce((sum, row) => sum + 6 + Math.max(
    lines(clip(row.checkId, 60), 22), lines(clip(row.target, 120), 24), lines(clip(row.owner, 40), 14), lines(clip(row.reason, 220), 34), 2,
  ) * 10, 0);
  if (cluster.exceptions.total > cluster.exceptions.items.length) height += 10;
  return height;
}

export function fitsOnePage(cluster: TClusterSection): boolean {
  return estimatedClusterHeight(cluster) <= USABLE_HEIGHT;
}
