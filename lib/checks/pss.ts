// The Pod Security Admission verdict for one pod-bearing object, at baseline and restricted,
// from the same control implementations the checks use (rules/pss/controls).
//
// Restricted lists baseline's violations too. Upstream lets four restricted controls stand in
// for their baseline twin at restricted (capabilities_restricted for capabilities_baseline,
// restrictedVolumes for hostPathVolumes, seccompProfile_restricted for seccompProfile_baseline,
// procMount_restricted for procMount). Each is stricter than its twin for every pod the API
// server accepts (the Windows exemptions only skip fields Windows pods may not set), so the
// verdict is the same; we keep both names so a reader sees every rule the pod breaks.
import { PSS_CONTROLS } from "./rules/pss/controls";
import { podOf, type TPod } from "./rules/pss/pod";
import type { TWorkload } from "./workloads";

export interface TPssLevelVerdict {
  allowed: boolean;
  /** Upstream control ids, e.g. ["hostNamespaces", "privileged"]. */
  violations: string[];
}

export interface TPssVerdict {
  baseline: TPssLevelVerdict;
  restricted: TPssLevelVerdict;
  /** False when the object carries no readable pod spec: then neither level is allowed. */
  assessable: boolean;
  reason?: string;
}

/** `given`: the workload's pod view when the caller already holds it (an evaluation's shared one). */
export function evaluatePss(workload: TWorkload, given?: TPod): TPssVerdict {
  let baseline: string[];
  let restrictedOnly: string[];
  try {
    const pod = given ?? podOf(workload);
    const violated = PSS_CONTROLS.filter((control) => control.evaluate(pod).length > 0);
    baseline = violated.filter((control) => control.level === "baseline").map((control) => control.id);
    restrictedOnly = violated.filter((control) => control.level === "restricted").map((control) => control.id);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      baseline: { allowed: false, violations: [] },
      restricted: { allowed: false, violations: [] },
      assessable: false,
      reason,
    };
  }
  const restricted = [...baseline, ...restrictedOnly];
  return {
    baseline: { allowed: baseline.length === 0, violations: baseline },
    restricted: { allowed: restricted.length === 0, violations: restricted },
    assessable: true,
  };
}
