import { procMountRestrictedControl } from "./controls/proc-mount";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";

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
    fail: (container, findings) => `Container \`${container.name}\` sets procMount ${String(findings[0]?.value)}.`,
    pass: (container) => `Container \`${container.name}\` keeps the default masked /proc.`,
    fix: (container) => ({ containers: [{ container, fragment: { securityContext: { procMount: "Default" } } }] }),
  },
);
