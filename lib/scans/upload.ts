import "server-only";
// Uploads: a "manifests" cluster fed by CI (`ramparts scan … --upload`, or any HTTP client). The
// uploaded bundle becomes the cluster's source, exactly as if an admin had pasted it (checked and
// encrypted the same way), and is scanned at once, in the request, by the same pipeline a worker
// runs: the scan lands in the cluster's history like any other. Later scheduled scans and "Scan
// now" re-evaluate the latest upload (with the exceptions and ratings of their day).
import { prepareConnection } from "../clusters/connection";
import { clusterForScan, findClusterRecord, updateClusterRecord } from "../db/clusters";
import { createScan } from "../db/scans";
import { AppError } from "../errors";
import { runScan, ScanPhaseError } from "./pipeline";
import { sourceFor, type TScanTarget } from "./sources";

/** Scans an uploaded bundle; returns the scan's id once it ended (succeeded, partial or failed). */
export async function scanUploadedBundle(clusterId: string, yaml: string): Promise<string> {
  const cluster = await findClusterRecord(clusterId);
  if (!cluster) throw new AppError("not_found", "notFound", { what: "cluster" });
  if (cluster.archived) throw new AppError("conflict", "clusterArchivedUpload");
  if (cluster.connectionKind !== "manifests") {
    throw new AppError("conflict", "uploadNeedsManifests");
  }
  // Size (413) and "is it YAML with at least one object" (400), as at registration.
  const prepared = await prepareConnection({ connectionKind: "manifests", manifests: { type: "bundle", yaml } });
  await updateClusterRecord(cluster.id, {}, prepared.secret);
  const target = await clusterForScan(cluster.id);
  if (!target) throw new AppError("not_found", "notFound", { what: "cluster" });
  const scanId = await createScan(cluster.id);
  try {
    await runScan(scanId, cluster.id, sourceFor(target as TScanTarget));
  } catch (error) {
    // Recorded on the scan by the pipeline (phase and reason): the answer shows it.
    if (!(error instanceof ScanPhaseError)) throw error;
  }
  return scanId;
}
