import { seccompBaselineControl } from "./controls/seccomp";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { seccompFix } from "./seccomp-fix";
import { text } from "../../text";

export const seccompUnconfined = definePodCheck(
  {
    id: "seccomp-unconfined",
    quickWin: "QW9",
    severity: "medium",
    cis: "5.7.2",
    pss: { level: "baseline", control: "seccompProfile_baseline" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: seccompBaselineControl.evaluate,
    fail: (pod, findings) =>
      text("pssSeccompUnconfined", { object: describe(pod), profiles: findings.map((finding) => text("valueOn", { value: String(finding.value) || text("noType"), target: (finding.container ? text("targetContainer", { name: finding.container.name }) : text("targetPod")) })) }),
    pass: (pod) => text("pssSeccompNotDisabled", { object: describe(pod) }),
    fix: (pod, findings) => seccompFix(pod, findings, text("seccompRuntimeDefault")),
  },
);
