import { asNumber, type TRecord } from "../../access";
import { runAsNonRootControl } from "./controls/run-as";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { isWindows, podSecurityContext, securityContext } from "./pod";
import { NON_ROOT_UID } from "./remediate";
import { text } from "../../text";

export const runAsNonRoot = definePodCheck(
  {
    id: "run-as-non-root",
    quickWin: "QW9",
    severity: "high",
    cis: "5.2.7",
    pss: { level: "restricted", control: "runAsNonRoot" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: runAsNonRootControl.evaluate,
    fail: (pod, findings) => {
      const explicit = findings.filter((finding) => finding.value === false).map((finding) => (finding.container ? text("targetContainer", { name: finding.container.name }) : text("targetPod")));
      return explicit.length > 0
        ? text("pssRunAsNonRootFalse", { object: describe(pod), targets: explicit })
        : text("pssRunAsNonRootUnset", { object: describe(pod), containers: findings.map((finding) => `\`${finding.container?.name ?? ""}\``) });
    },
    pass: (pod) => text("pssRunAsNonRoot", { object: describe(pod) }),
    fix: (pod, findings) => {
      // runAsNonRoot=true next to runAsUser=0 would stop the container at start: fix the UID too.
      const uid = isWindows(pod) ? null : NON_ROOT_UID;
      const podFix: TRecord = { runAsNonRoot: true };
      if (asNumber(podSecurityContext(pod)?.runAsUser) === 0) podFix.runAsUser = uid;
      const containers = pod.containers.flatMap((container) => {
        const fragment: TRecord = {};
        if (findings.some((finding) => finding.container === container && finding.value === false)) fragment.runAsNonRoot = true;
        if (asNumber(securityContext(container)?.runAsUser) === 0) fragment.runAsUser = uid;
        return Object.keys(fragment).length > 0 ? [{ container, fragment: { securityContext: fragment } }] : [];
      });
      return {
        spec: { securityContext: podFix },
        containers,
        note: text("runAsNonRootUid", { uid: NON_ROOT_UID }),
      };
    },
  },
);
