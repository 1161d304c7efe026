import type { TRecord } from "../../access";
import { appArmorControl } from "./controls/apparmor";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

const RUNTIME_DEFAULT = { appArmorProfile: { type: "RuntimeDefault" } };

export const apparmorProfile = definePodCheck(
  {
    id: "apparmor-profile",
    quickWin: "QW9",
    severity: "medium",
    pss: { level: "baseline", control: "appArmorProfile" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: appArmorControl.evaluate,
    fail: (pod, findings) =>
      text("pssApparmorForbidden", {
        object: describe(pod),
        profiles: findings.map((finding) => text("whereValue", { where: finding.container ? text("targetContainer", { name: finding.container.name }) : finding.annotation ?? text("targetPod"), value: String(finding.value) || text("noType") })),
      }),
    pass: (pod) => text("pssApparmorAllowed", { object: describe(pod) }),
    fix: (pod, findings) => {
      const annotations: TRecord = {};
      for (const finding of findings) if (finding.annotation) annotations[finding.annotation] = null;
      return {
        spec: findings.some((finding) => !finding.container && !finding.annotation) ? { securityContext: RUNTIME_DEFAULT } : undefined,
        containers: findings
          .flatMap((finding) => (finding.container ? [finding.container] : []))
          .map((container) => ({ container, fragment: { securityContext: RUNTIME_DEFAULT } })),
        metadata: Object.keys(annotations).length > 0 ? { annotations } : undefined,
        note: text("apparmorBetaAnnotation"),
      };
    },
  },
);
