import { runAsUserControl } from "./controls/run-as";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { isWindows } from "./pod";
import { NON_ROOT_UID } from "./remediate";
import { text } from "../../text";

export const runAsUserRoot = definePodCheck(
  {
    id: "run-as-user-root",
    quickWin: "QW9",
    severity: "high",
    cis: "5.2.7",
    pss: { level: "restricted", control: "runAsUser" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: runAsUserControl.evaluate,
    fail: (pod, findings) =>
      text("pssRunAsUserRoot", { object: describe(pod), targets: findings.map((finding) => (finding.container ? text("targetContainer", { name: finding.container.name }) : text("targetPod"))) }),
    pass: (pod) => text("pssNoRunAsUserRoot", { object: describe(pod) }),
    fix: (pod, findings) => {
      const uid = isWindows(pod) ? null : NON_ROOT_UID;
      return {
        spec: findings.some((finding) => !finding.container) ? { securityContext: { runAsUser: uid } } : undefined,
        containers: findings.flatMap((finding) => (finding.container ? [{ container: finding.container, fragment: { securityContext: { runAsUser: uid } } }] : [])),
        note: text("runAsUserNonRoot", { uid: NON_ROOT_UID }),
      };
    },
  },
);
