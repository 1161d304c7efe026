import { asBoolean, get } from "../../../access";
import { podSecurityContext, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

const FIELD = "securityContext.windowsOptions.hostProcess";

/** Baseline: neither the pod nor a container may set windowsOptions.hostProcess=true. */
export const windowsHostProcessControl: TPssControl = {
  id: "windowsHostProcess",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    if (asBoolean(get(podSecurityContext(pod), "windowsOptions", "hostProcess")) === true) findings.push({ field: FIELD, value: true });
    for (const container of pod.containers) {
      if (asBoolean(get(securityContext(container), "windowsOptions", "hostProcess")) === true) {
        findings.push({ container, field: FIELD, value: true });
      }
    }
    return findings;
  },
};
