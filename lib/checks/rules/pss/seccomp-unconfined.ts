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
      `${describe(pod)} sets seccomp profile ${findings.map((finding) => `${String(finding.value) || "(no type)"} on ${finding.container ? `container \`${finding.container.name}\`` : "the pod"}`).join(", ")}.`,
    pass: (pod) => `${describe(pod)} does not disable seccomp.`,
    fix: (pod, findings) => seccompFix(pod, findings, text("seccompRuntimeDefault")),
  },
);
