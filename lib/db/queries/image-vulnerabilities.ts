import "server-only";
import type { TImageVulnerabilityRow } from "../../checks/rules/images/vulnerability-summary";
import { db } from "../client";
import { currentScanOf, requireCluster } from "./clusters";

/** What the current scan says about image scanning, from image-scanning-not-in-place's counts. */
export type TImageScanning =
  /** Trivy's reports were read: `rows` holds their counts. */
  | "reports"
  /** No report and no scanner: the quick win 2 finding. */
  | "absent"
  /** Reports could not be read (a 403, a timeout): nothing can be said. */
  | "unreadable"
  /** A scanner runs but no report was stored (none written yet, or the scan predates these counts). */
  | "noReports";

export interface TImageVulnerabilities {
  scan: { id: string; finishedAt: Date | null } | null;
  scanning: TImageScanning | null;
  /** Containers with a critical or high vulnerability, most critical first, then most high; at most `limit`. */
  rows: TImageVulnerabilityRow[];
  /** Containers with a critical or high vulnerability, all of them. */
  total: number;
  /** Containers whose report has neither. */
  clean: number;
  /** The open or waived image-scanning-not-in-place finding, when scanning is absent. */
  findingId: string | null;
}

const SCANNING_CHECK = "image-scanning-not-in-place";

/** Critical and high counts per workload container in the cluster's current scan (Trivy Operator's reports). */
export async function imageVulnerabilities(clusterId: string, limit = 100): Promise<TImageVulnerabilities> {
  await requireCluster(clusterId);
  const scan = await currentScanOf(clusterId);
  if (!scan) return { scan: null, scanning: null, rows: [], total: 0, clean: 0, findingId: null };
  const exposed = { scanId: scan.id, OR: [{ critical: { gt: 0 } }, { high: { gt: 0 } }] };
  const [rows, total, clean, counts, finding] = await Promise.all([
    db().scanImageVulnerability.findMany({
      where: exposed,
      orderBy: [{ critical: "desc" }, { high: "desc" }, { namespace: "asc" }, { workloadName: "asc" }, { container: "asc" }],
      take: limit,
    }),
    db().scanImageVulnerability.count({ where: exposed }),
    db().scanImageVulnerability.count({ where: { scanId: scan.id, critical: 0, high: 0 } }),
    db().scanCheckCount.findUnique({ where: { scanId_checkId: { scanId: scan.id, checkId: SCANNING_CHECK } } }),
    db().finding.findFirst({ where: { scanId: scan.id, checkId: SCANNING_CHECK }, select: { id: true } }),
  ]);
  let scanning: TImageScanning;
  if (total + clean > 0) scanning = "reports";
  else if (counts && counts.fail + counts.waived > 0) scanning = "absent";
  else if (counts && counts.notAssessable > 0) scanning = "unreadable";
  else scanning = "noReports";
  return {
    scan: { id: scan.id, finishedAt: scan.finishedAt },
    scanning,
    rows: rows.map((row) => ({
      namespace: row.namespace,
      workloadKind: row.workloadKind,
      workloadName: row.workloadName,
      container: row.container,
      image: row.image,
      reportName: row.reportName,
      critical: row.critical,
      high: row.high,
      reportUpdatedAt: row.reportUpdatedAt?.toISOString() ?? null,
    })),
    total,
    clean,
    findingId: finding?.id ?? null,
  };
}
