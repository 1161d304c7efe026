import { asRecords, asString } from "../../access";
import { ALLOWED_SYSCTLS, sysctlsControl } from "./controls/sysctls";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { podSecurityContext } from "./pod";
import { text } from "../../text";

export const unsafeSysctls = definePodCheck(
  {
    id: "unsafe-sysctls",
    quickWin: "QW9",
    severity: "medium",
    pss: { level: "baseline", control: "sysctls" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: sysctlsControl.evaluate,
    fail: (pod, findings) => text("pssUnsafeSysctls", { object: describe(pod), count: findings.length, sysctls: findings.map((finding) => String(finding.value) || text("unnamed")) }),
    pass: (pod) => text("pssSafeSysctls", { object: describe(pod) }),
    fix: (pod) => {
      // sysctls is replaced as a whole by a strategic merge: send the safe ones that remain.
      const kept = asRecords(podSecurityContext(pod)?.sysctls).filter((sysctl) => ALLOWED_SYSCTLS.has(asString(sysctl.name) ?? ""));
      return {
        spec: { securityContext: { sysctls: kept.length > 0 ? kept : null } },
        note: text("unsafeSysctlsNode"),
      };
    },
  },
);
