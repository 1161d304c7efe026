import { seccompRestrictedControl } from "./controls/seccomp";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { seccompFix } from "./seccomp-fix";
import { text } from "../../text";

export const seccompProfile = definePodCheck(
  {
    id: "seccomp-profile",
    quickWin: "QW9",
    severity: "medium",
    cis: "5.7.2",
    pss: { level: "restricted", control: "seccompProfile_restricted" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: seccompRestrictedControl.evaluate,
    fail: (pod, findings) => {
      const unset = findings.filter((finding) => finding.value === null).map((finding) => `\`${finding.container?.name ?? ""}\``);
      const bad = findings.filter((finding) => finding.value !== null).map((finding) => text("valueOn", { value: String(finding.value) || text("noType"), target: (finding.container ? text("targetContainer", { name: finding.container.name }) : text("targetPod")) }));
      if (bad.length === 0) return text("pssSeccompUnset", { object: describe(pod), count: unset.length, containers: unset });
      if (unset.length === 0) return text("pssSeccompBad", { object: describe(pod), profiles: bad });
      return text("pssSeccompUnsetAndBad", { object: describe(pod), count: unset.length, containers: unset, profiles: bad });
    },
    pass: (pod) => text("pssSeccompSet", { object: describe(pod) }),
    fix: (pod, findings) => seccompFix(pod, findings, text("seccompPodDefault")),
  },
);
