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

export interface TPssControl {
  /** Upstream check id, exactly: "runAsNonRoot", "capabilities_baseline". */
  id: string;
  level: TPssLevel;
  evaluate(pod: TPod): TPssFinding[];
}
