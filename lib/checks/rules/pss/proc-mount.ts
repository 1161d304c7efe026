import { procMountControl } from "./controls/proc-mount";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";

export const procMount = defineContainerCheck(
  {
    id: "proc-mount",
    quickWin: "QW9",
    severity: "medium",
    pss: { level: "baseline", control: "procMount" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: procMountControl.evaluate,
    fail: (container, findings) => `Container \`${container.name}\` sets procMount ${String(findings[0]?.value)} outside a user namespace.`,
    pass: (container) => `Container \`${container.name}\` keeps the default masked /proc.`,
    fix: (container) => ({ containers: [{ container, fragment: { securityContext: { procMount: "Default" } } }] }),
  },
);
