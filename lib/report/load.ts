import "server-only";
// Reads everything a report needs with the same query functions the JSON API and the pages
// call (so the PDF's numbers are the API's), for the chosen clusters and period. Each kind of
// read covers all the report's clusters at once (clusterMatrices, clustersTrends, …): a fixed
// few dozen queries whatever the number of clusters.
import { CHECKS } from "../checks/registry";
import { currentScansOf, requireCluster } from "../db/queries/clusters";
import { listExceptionsOfClusters } from "../db/queries/exceptions";
import { clusterMatrices, clustersNamespaces } from "../db/queries/matrix";
import { fleetOverview } from "../db/queries/overview";
import { ratingsWithHistory } from "../db/queries/ratings";
import { scanDetails } from "../db/queries/scans";
import { clustersTrends } from "../db/queries/trends";
import type { TLocale } from "../i18n/locale";
import type { TOverviewCluster } from "../api/schemas/overview";
import type { TClusterInput, TReportInput } from "./model";
import type { TReportOptions } from "./options";

type TListed = Pick<TOverviewCluster, "id" | "name" | "lastScan" | "openCritical" | "openHigh"> & { environment: TOverviewCluster["environment"] | null };

/** The clusters' reads, and whether each one's reads all saw the same current scan. */
async function readClusters(listed: readonly TListed[], period: { from: Date; to: Date }, now: Date, locale: TLocale): Promise<{ input: TClusterInput; settled: boolean }[]> {
  const ids = listed.map((cluster) => cluster.id);
  const [matrices, namespaces, trends, exceptions] = await Promise.all([
    clusterMatrices(ids, "current"),
    clustersNamespaces(ids),
    clustersTrends(ids, { from: period.from, to: period.to, rescore: "current" }, now),
    listExceptionsOfClusters(ids, "active", now),
  ]);
  const scanIds = matrices.flatMap((matrix) => (matrix.scan ? [matrix.scan.id] : []));
  const [details, currents] = await Promise.all([scanDetails(scanIds, locale), currentScansOf(ids)]);
  return listed.map((cluster, index) => {
    const matrix = matrices[index]!;
    const scanId = matrix.scan?.id;
    return {
      input: {
        ...cluster,
        matrix,
        namespaces: namespaces[index]!,
        trends: trends[index]!,
        exceptions: exceptions.get(cluster.id) ?? [],
        scan: scanId ? details.get(scanId)! : null,
      },
      settled: scanId === namespaces[index]!.scan?.id && currents.get(cluster.id)?.id === scanId,
    };
  });
}

/**
 * The report's input. No cluster ids: every cluster that is not archived (the overview's list).
 * An unknown id is not_found; an archived cluster named explicitly is reported (its history stays).
 */
export async function loadReportInput(options: TReportOptions): Promise<TReportInput> {
  const [overview, ratings] = await Promise.all([fleetOverview(options.now, options.locale), ratingsWithHistory()]);
  const listedById = new Map<string, TListed>(overview.clusters.map((cluster) => [cluster.id, cluster]));
  const chosen: TListed[] = options.clusterIds.length === 0
    ? [...listedById.values()]
    : await Promise.all(options.clusterIds.map(async (id) => listedById.get(id) ?? archivedCluster(await requireCluster(id))));
  chosen.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const period = { from: options.from, to: options.to };
  const reads = await readClusters(chosen, period, options.now, options.locale);
  // A scan that completed during the reads would mix two scans' numbers: those clusters are read again, once.
  const unsettled = chosen.filter((_, index) => !reads[index]!.settled);
  const again = new Map((unsettled.length ? await readClusters(unsettled, period, options.now, options.locale) : []).map((read) => [read.input.id, read.input]));
  return {
    organisation: options.organisation,
    locale: options.locale,
    generatedAt: options.now,
    period,
    ratings,
    clusters: reads.map(({ input }) => again.get(input.id) ?? input),
    checks: CHECKS.map((check) => ({ id: check.id, quickWin: check.quickWin, cis: check.cis ?? null, severity: check.severity })),
  };
}

/** The overview leaves archived clusters out; their severity totals are not read (counted as none). */
function archivedCluster(cluster: { id: string; name: string }): TListed {
  return { id: cluster.id, name: cluster.name, environment: null, lastScan: null, openCritical: 0, openHigh: 0 };
}
