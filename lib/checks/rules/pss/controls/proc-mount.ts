import { asString } from "../../../access";
import { inUserNamespace, securityContext, type TPod } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

function unmaskedProcMounts(pod: TPod): TPssFinding[] {
  const findings: TPssFinding[] = [];
  for (const container of pod.containers) {
    const procMount = asString(securityContext(container)?.procMount);
    if (procMount !== undefined && procMount !== "Default") findings.push({ container, field: "securityContext.procMount", value: procMount });
  }
  return findings;
}

/** Baseline: procMount must be Default, unless the pod runs in a user namespace (1.35+). */
export const procMountControl: TPssControl = {
  id: "procMount",
  level: "baseline",
  evaluate: (pod) => (inUserNamespace(pod) ? [] : unmaskedProcMounts(pod)),
};

/** Restricted (1.35+): procMount must be Default, user namespace or not. */
export const procMountRestrictedControl: TPssControl = {
  id: "procMount_restricted",
  level: "restricted",
  evaluate: unmaskedProcMounts,
};
