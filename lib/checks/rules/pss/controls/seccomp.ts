import { asRecord, asString, type TRecord } from "../../../access";
import { isWindows, podSecurityContext, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

const FIELD = "securityContext.seccompProfile.type";

export function isAllowedSeccompType(type: string | undefined): boolean {
  return type === "RuntimeDefault" || type === "Localhost";
}

function profileOf(context: TRecord | undefined): TRecord | undefined {
  return asRecord(context?.seccompProfile);
}

/** Baseline (1.19+ field form): a profile, where set, must not be Unconfined (or anything else unknown). */
export const seccompBaselineControl: TPssControl = {
  id: "seccompProfile_baseline",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    const podProfile = profileOf(podSecurityContext(pod));
    if (podProfile && !isAllowedSeccompType(asString(podProfile.type))) findings.push({ field: FIELD, value: podProfile.type ?? "" });
    for (const container of pod.containers) {
      const profile = profileOf(securityContext(container));
      if (profile && !isAllowedSeccompType(asString(profile.type))) findings.push({ container, field: FIELD, value: profile.type ?? "" });
    }
    return findings;
  },
};

/**
 * Restricted: every container must end up with RuntimeDefault or Localhost, set on the pod or
 * on the container itself; an explicit bad value anywhere fails. Windows pods exempt (1.25+).
 */
export const seccompRestrictedControl: TPssControl = {
  id: "seccompProfile_restricted",
  level: "restricted",
  evaluate: (pod) => {
    if (isWindows(pod)) return [];
    const findings: TPssFinding[] = [];
    const podProfile = profileOf(podSecurityContext(pod));
    const podType = asString(podProfile?.type);
    if (podProfile && !isAllowedSeccompType(podType)) findings.push({ field: FIELD, value: podProfile.type ?? "" });
    const podCovers = podProfile !== undefined && isAllowedSeccompType(podType);
    for (const container of pod.containers) {
      const profile = profileOf(securityContext(container));
      if (profile ? !isAllowedSeccompType(asString(profile.type)) : !podCovers) {
        findings.push({ container, field: FIELD, value: profile ? (profile.type ?? "") : null });
      }
    }
    return findings;
  },
};
