import { asBoolean, type TRecord } from "../../access";
import { capabilityList, normalizeCapability } from "./controls/capabilities";
import { allowPrivilegeEscalationControl } from "./controls/privilege-escalation";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { securityContext } from "./pod";
import { text } from "../../text";

export const allowPrivilegeEscalation = defineContainerCheck(
  {
    id: "allow-privilege-escalation",
    quickWin: "QW3",
    severity: "high",
    cis: "5.2.6",
    pss: { level: "restricted", control: "allowPrivilegeEscalation" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: allowPrivilegeEscalationControl.evaluate,
    fail: (container) =>
      asBoolean(securityContext(container)?.allowPrivilegeEscalation) === true
        ? text("pssEscalationAllowed", { container: container.name })
        : text("pssEscalationUnset", { container: container.name }),
    pass: (container) => text("pssEscalationOff", { container: container.name }),
    fix: (container) => {
      // The API rejects allowPrivilegeEscalation=false next to privileged=true or an added
      // CAP_SYS_ADMIN: a complete fix removes those too.
      const securityFix: TRecord = { allowPrivilegeEscalation: false };
      let privilegedOff = false;
      let sysAdminRemoved = false;
      if (asBoolean(securityContext(container)?.privileged) === true) {
        securityFix.privileged = false;
        privilegedOff = true;
      }
      const add = capabilityList(container, "add");
      const kept = add.filter((capability) => normalizeCapability(capability) !== "SYS_ADMIN");
      if (kept.length !== add.length) {
        securityFix.capabilities = { add: kept.length > 0 ? kept : null };
        sysAdminRemoved = true;
      }
      return {
        containers: [{ container, fragment: { securityContext: securityFix } }],
        note: privilegedOff && sysAdminRemoved ? text("escalationBoth") : privilegedOff ? text("escalationPrivilegedOff") : sysAdminRemoved ? text("escalationSysAdminRemoved") : undefined,
      };
    },
  },
);
