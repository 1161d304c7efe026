import { asBoolean } from "../../../access";
import { isWindows, securityContext } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

/** Restricted: every container must set allowPrivilegeEscalation=false (Windows pods exempt, 1.25+). */
export const allowPrivilegeEscalationControl: TPssControl = {
  id: "allowPrivilegeEscalation",
  level: "restricted",
  evaluate: (pod) =>
    isWindows(pod)
      ? []
      : pod.containers
          .filter((container) => asBoolean(securityContext(container)?.allowPrivilegeEscalation) !== false)
          .map((container): TPssFinding => ({
            container,
            field: "securityContext.allowPrivilegeEscalation",
            value: securityContext(container)?.allowPrivilegeEscalation ?? null,
          })),
};
