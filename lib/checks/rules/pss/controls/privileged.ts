import { asBoolean } from "../../../access";
import { securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

/** Baseline: no container may set securityContext.privileged=true. */
export const privilegedControl: TPssControl = {
  id: "privileged",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    for (const container of pod.containers) {
      if (asBoolean(securityContext(container)?.privileged) === true) findings.push({ container, field: "securityContext.privileged", value: true });
    }
    return findings;
  },
};
