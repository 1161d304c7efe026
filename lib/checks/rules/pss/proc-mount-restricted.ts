import { procMountRestrictedControl } from "./controls/proc-mount";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

export const procMountRestricted = defineContainerCheck(
  {
    id: "proc-mount-restricted",
    quickWin: "QW9",
    severity: "low",
    pss: { level: "restricted", control: "procMount_restricted" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: procMountRestrictedControl.evaluate,
    fail: (container, findings) => text("pssProcMount", { container: container.name, value: String(findings[0]?.value) }),
    pass: (container) => text("pssMaskedProc", { container: container.name }),
    fix: (container) => ({ containers: [{ container, fragment: { securityContext: { procMount: "Default" } } }] }),
  },
);
