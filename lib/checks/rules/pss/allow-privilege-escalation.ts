import { asBoolean, type TRecord } from "../../access";
import { capabilityList, normalizeCapability } from "./controls/capabilities";
import { allowPrivilegeEscalationControl } from "./controls/privilege-escalation";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { securityContext } from "./pod";

export const allowPrivilegeEscalation = defineContainerCheck(
  {
    id: "allow-privilege-escalation",
    title: "Privilege escalation allowed",
    quickWin: "QW3",
    severity: "high",
    cis: "5.2.6",
    pss: { level: "restricted", control: "allowPrivilegeEscalation" },
    why: "Unless allowPrivilegeEscalation is false, a process in the container can gain more privileges than its parent through setuid binaries or file capabilities — the usual path from app user to root.",
    requires: WORKLOAD_KINDS,
  },
  {
    findings: allowPrivilegeEscalationControl.evaluate,
    fail: (container) =>
      asBoolean(securityContext(container)?.allowPrivilegeEscalation) === true
        ? `Container \`${container.name}\` explicitly allows privilege escalation.`
        : `Container \`${container.name}\` does not set allowPrivilegeEscalation to false.`,
    pass: (container) => `Container \`${container.name}\` sets allowPrivilegeEscalation to false.`,
    fix: (container) => {
      // The API rejects allowPrivilegeEscalation=false next to privileged=true or an added
      // CAP_SYS_ADMIN: a complete fix removes those too.
      const securityFix: TRecord = { allowPrivilegeEscalation: false };
      const notes: string[] = [];
      if (asBoolean(securityContext(container)?.privileged) === true) {
        securityFix.privileged = false;
        notes.push("privileged is turned off, which the API requires alongside allowPrivilegeEscalation=false.");
      }
      const add = capabilityList(container, "add");
      const kept = add.filter((capability) => normalizeCapability(capability) !== "SYS_ADMIN");
      if (kept.length !== add.length) {
        securityFix.capabilities = { add: kept.length > 0 ? kept : null };
        notes.push("SYS_ADMIN is removed from capabilities.add, which the API requires alongside allowPrivilegeEscalation=false.");
      }
      return { containers: [{ container, fragment: { securityContext: securityFix } }], note: notes.join(" ") || undefined };
    },
  },
);
