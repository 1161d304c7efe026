// Digests a mutable image currently resolves to, when the snapshot shows them: the imageID of
// running Pods (status.containerStatuses), else the artifact digest of a Trivy report. They let
// a remediation pin the very image that runs today, instead of a placeholder.
import { asArray, asRecord, asRecords, asString, get, namespaceOf, nameOf } from "../../access";
import type { TCheckContext } from "../../context";
import { topWorkloadResolver, workloadKey } from "../../owners";
import type { TWorkload } from "../../workloads";
import { parseImage, sameRepository, type TImageRef } from "./image-ref";
import { reportsFor, vulnerabilityReportIndex } from "./vulnerability-reports";

export interface TKnownDigest {
  digest: string;
  source: string;
}

interface TSeen {
  image: TImageRef;
  digest: string;
  source: string;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const STATUS_LISTS = ["initContainerStatuses", "containerStatuses", "ephemeralContainerStatuses"];

function runningDigests(ctx: TCheckContext): ReadonlyMap<string, TSeen[]> {
  return ctx.shared("images:running-digests", () => {
    // Built on the first Pod that reports container statuses: indexing every controller to
    // resolve owners costs ~50 ms on the large benchmark, whose Pods report none.
    let resolve: ReturnType<typeof topWorkloadResolver> | undefined;
    const index = new Map<string, TSeen[]>();
    for (const pod of ctx.objects("Pod")) {
      // Pods without status lists (all of a manifest scan's) are skipped without building arrays.
      const podStatus = asRecord(get(pod, "status"));
      if (!podStatus || !STATUS_LISTS.some((list) => asArray(podStatus[list]).length > 0)) continue;
      const statuses = STATUS_LISTS.flatMap((list) => asRecords(get(pod, "status", list)));
      if (statuses.length === 0) continue;
      resolve ??= topWorkloadResolver(ctx);
      const top = resolve.byObject(pod);
      if (!top) continue;
      for (const status of statuses) {
        // imageID: "docker-pullable://nginx@sha256:…" or "docker.io/library/nginx@sha256:…"; a bare
        // "sha256:…" is the local image id, not something a registry can serve.
        const imageId = (asString(status.imageID) ?? "").replace(/^[a-z-]+:\/\//, "");
        const at = imageId.indexOf("@");
        const digest = at > 0 ? imageId.slice(at + 1) : "";
        // status.image carries the tag the pod was started with; without it the digest could
        // belong to an older tag of the same repository.
        const started = asString(status.image) ?? "";
        if (!DIGEST.test(digest) || !started || started.startsWith("sha256:")) continue;
        const key = `${top}\u0000${asString(status.name) ?? ""}`;
        const seen = { image: parseImage(started), digest, source: `Pod ${nameOf(pod)} status.imageID` };
        index.set(key, [...(index.get(key) ?? []), seen]);
      }
    }
    return index;
  });
}

/** Same repository and same tag (no tag means latest): the digest is what this very reference resolved to. */
function sameImage(seen: TImageRef, wanted: TImageRef): boolean {
  return sameRepository(seen, wanted) && (seen.tag ?? "latest") === (wanted.tag ?? "latest");
}

export function knownDigest(ctx: TCheckContext, workload: TWorkload, container: string, image: TImageRef): TKnownDigest | undefined {
  // An empty index is not searched: that skips building two keys per call (30,000 calls in the
  // large benchmark, where no Pod reports an image ID and there is no VulnerabilityReport).
  const running = runningDigests(ctx);
  if (running.size > 0) {
    const top = workloadKey(workload.kind, namespaceOf(workload.object), workload.ref.name);
    const seen = (running.get(`${top}\u0000${container}`) ?? []).find((candidate) => sameImage(candidate.image, image));
    if (seen) return { digest: seen.digest, source: seen.source };
  }
  const reports = vulnerabilityReportIndex(ctx);
  if (reports.byContainer.size === 0) return undefined;
  for (const report of reportsFor(reports, workload, container)) {
    const digest = asString(get(report.object, "report", "artifact", "digest")) ?? "";
    if (DIGEST.test(digest) && report.image && sameImage(report.image, image)) {
      return { digest, source: `VulnerabilityReport ${report.name} report.artifact.digest` };
    }
  }
  return undefined;
}
