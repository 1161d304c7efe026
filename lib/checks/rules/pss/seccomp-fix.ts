// Setting RuntimeDefault where a seccomp profile is missing or unsafe, at pod and container level.
import type { TPssFinding } from "./controls";
import { isWindows, type TPod } from "./pod";
import type { TText } from "../../text";
import type { TPodFix } from "./remediate";

const RUNTIME_DEFAULT = { seccompProfile: { type: "RuntimeDefault" } };

/**
 * Pod-level findings, and containers that rely on the pod, get the pod-level RuntimeDefault;
 * containers with their own bad profile get it on the container, which wins over the pod.
 * Windows pods may not carry a seccomp profile at all: there the field is removed.
 */
export function seccompFix(pod: TPod, findings: TPssFinding[], note: TText): TPodFix {
  const value = isWindows(pod) ? { seccompProfile: null } : RUNTIME_DEFAULT;
  const needsPod = findings.some((finding) => !finding.container || finding.value === null);
  const explicit = findings.flatMap((finding) => (finding.container && finding.value !== null ? [finding.container] : []));
  return {
    spec: needsPod ? { securityContext: value } : undefined,
    containers: [...new Set(explicit)].map((container) => ({ container, fragment: { securityContext: value } })),
    note,
  };
}
