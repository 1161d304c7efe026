// runAsNonRoot and runAsUser (restricted), both relaxed for user-namespace pods in 1.35+.
import { asBoolean, asNumber } from "../../../access";
import { inUserNamespace, podSecurityContext, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

/**
 * Restricted: runAsNonRoot must be true — on the pod (covering containers that leave it unset)
 * or on every container; an explicit false anywhere fails.
 */
export const runAsNonRootControl: TPssControl = {
  id: "runAsNonRoot",
  level: "restricted",
  evaluate: (pod) => {
    if (inUserNamespace(pod)) return [];
    const findings: TPssFinding[] = [];
    const podValue = asBoolean(podSecurityContext(pod)?.runAsNonRoot);
    if (podValue === false) findings.push({ field: "securityContext.runAsNonRoot", value: false });
    for (const container of pod.containers) {
      const value = asBoolean(securityContext(container)?.runAsNonRoot);
      if (value === false || (value === undefined && podValue !== true)) {
        findings.push({ container, field: "securityContext.runAsNonRoot", value: value ?? null });
      }
    }
    return findings;
  },
};

/** Restricted (1.23+): neither the pod nor a container may set runAsUser=0. */
export const runAsUserControl: TPssControl = {
  id: "runAsUser",
  level: "restricted",
  evaluate: (pod) => {
    if (inUserNamespace(pod)) return [];
    const findings: TPssFinding[] = [];
    if (asNumber(podSecurityContext(pod)?.runAsUser) === 0) findings.push({ field: "securityContext.runAsUser", value: 0 });
    for (const container of pod.containers) {
      if (asNumber(securityContext(container)?.runAsUser) === 0) findings.push({ container, field: "securityContext.runAsUser", value: 0 });
    }
    return findings;
  },
};
