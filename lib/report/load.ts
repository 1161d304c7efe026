import "server-only";
// Reads everything a report needs with the same query functions the JSON API and the pages
// call (so the PDF's numbers are the API's), for the chosen clusters and period.
import { CHECKS } from "../checks/registry";
import { currentScanOf, requireCluster } from "../db/queries/clusters";
import { listClusterExceptions } from "../db/queries/exceptions";
import { clusterMatrix, clusterNamespaces } from "../db/queries/matrix";
import { fleetOverview } from "../db/queries/overview";
import { ratingsWithHistory } from "../db/queries/ratings";
import { scanDetail } from "../db/queries/scans";
import { clusterTrends } from "../db/queries/trends";
import type { TLocale } from "../i18n/locale";
import type { TOverviewCluster } from "../api/schemas/overview";
import type { TClusterInput, TReportInput } from "./model";
import type { TReportOptions } from "./options";

/** Clusters read side by side: each read opens a few connections of the pool at once. */
const PARALLEL_CLUSTERS = 3;

type TListed = Pick<TOverviewCluster, "id" | "name" | "lastScan" | "openCritical" | "openHigh"> & { environment: TOverviewCluster["environment"] | null };

async function readCluster(listed: TListed, period: { from: Date; to: Date }, now: Date, locale: TLocale): Promise<TClusterInput> {
  // A scan that completes during the reads would mix two scans' numbers: read again once if so.
  for (let attempt = 0; ; attempt++) {
    const [matrix, namespaces, trends, exceptions] = await Promise.all([
      clusterMatrix(listed.id, "current"),
      clusterNamespaces(listed.id),
      clusterTrends(listed.id, { from: period.from, to: period.to, rescore: "current" }, now),
      listClusterExceptions(listed.id, "active", now),
    ]);
    const scan = matrix.scan ? await scanDetail(matrix.scan.id, locale) : null;
    const settled = matrix.scan?.id === namespaces.scan?.id && (await currentScanOf(listed.id))?.id === matrix.scan?.id;
    if (settled || attempt >= 1) {
      return { ...listed, matrix, namespaces, trends, exceptions, scan };
    }
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order. */
async function mapLimited<TItem, TResult>(items: readonly TItem[], limit: number, work: (item: TItem) => Promise<TResult>): Promise<TResult[]> {
  const results: TResult[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * The report's input. No cluster ids: every cluster that is not archived (the overview's list).
 * An unknown id is not_found; an archived cluster named explicitly is reported (its history stays).
 */
export async function loadReportInput(options: TReportOptions): Promise<TReportInput> {
  const [overview, ratings] = await Promise.all([fleetOverview(options.now), ratingsWithHistory()]);
  const listedById = new Map<string, TListed>(overview.clusters.map((cluster) => [cluster.id, cluster]));
  const chosen: TListed[] = options.clusterIds.length === 0
    ? [...listedById.values()]
    : await Promise.all(options.clusterIds.map(async (id) => listedById.get(id) ?? archivedCluster(await requireCluster(id))));
  chosen.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const period = { from: options.from, to: options.to };
  const clusters = await mapLimited(chosen, PARALLEL_CLUSTERS, (listed) => readCluster(listed, period, options.now, options.locale));
  return {
    organisation: options.organisation,
    locale: options.locale,
    generatedAt: options.now,
    period,
    ratings,
    clusters,
    checks: CHECKS.map((check) => ({ id: check.id, quickWin: check.quickWin, cis: check.cis ?? null, severity: check.severity })),
  };
}

/** The overview leaves archived clusters out; their severity totals are not read (counted as none). */
function archivedCluster(cluster: { id: string; name: string }): TListed {
  return { id: cluster.id, name: cluster.name, environment: null, lastScan: null, openCritical: 0, openHigh: 0 };
}
