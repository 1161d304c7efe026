import { asBoolean } from "../../../access";
import { isWindows, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

/** Restricted: every container must set allowPrivilegeEscalation=false (Windows pods exempt, 1.25+). */
export const allowPrivilegeEscalationControl: TPssControl = {
  id: "allowPrivilegeEscalation",
  level: "restricted",
  evaluate: (pod) => {
    if (isWindows(pod)) return [];
    const findings: TPssFinding[] = [];
    for (const container of pod.containers) {
      const value = securityContext(container)?.allowPrivilegeEscalation;
      if (asBoolean(value) !== false) findings.push({ container, field: "securityContext.allowPrivilegeEscalation", value: value ?? null });
    }
    return findings;
  },
};
