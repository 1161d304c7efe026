// One upstream Pod Security Standards control (kubernetes/pod-security-admission, policy v1.37),
// reimplemented over untrusted objects. A control only says what violates it; the checks turn
// findings into results and remediations, evaluatePss turns them into an admission verdict.
import type { TPssLevel } from "../../../types";
import type { TContainer } from "../../../workloads";
import type { TPod } from "../pod";

export interface TPssFinding {
  /** The container at fault; absent for pod-level fields, volumes and annotations. */
  container?: TContainer;
  /** The volume at fault (hostPath, restricted volume types). */
  volume?: string;
  /** The pod annotation at fault (AppArmor beta annotations). */
  annotation?: string;
  /** The field as upstream names it, relative to the container, the pod spec or the volume. */
  field: string;
  value: unknown;
}

/**
 * Controls run for every pod of a scan, once for their check and again for a namespace's Pod
 * Security verdict, so they collect findings with plain loops into one array: the
 * flatMap/filter/spread chains they replaced allocated arrays per container and per field,
 * ~100 MB of the 1.3 GB a large benchmark evaluation allocated (sampling heap profile).
 */
export interface TPssControl {
  /** Upstream check id, exactly: "runAsNonRoot", "capabilities_baseline". */
  id: string;
  level: TPssLevel;
  evaluate(pod: TPod): TPssFinding[];
}
