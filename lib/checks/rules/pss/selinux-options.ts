import type { TRecord } from "../../access";
import type { TPssFinding } from "./controls";
import { seLinuxOptionsControl } from "./controls/selinux";
import { definePodCheck, describe, WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

/** Clears only what is forbidden: a custom type, user or role; the level (MCS label) may stay. */
function clearing(findings: TPssFinding[]): TRecord {
  const options: TRecord = {};
  for (const finding of findings) options[finding.field.split(".").pop() ?? "type"] = null;
  return { seLinuxOptions: options };
}

export const selinuxOptions = definePodCheck(
  {
    id: "selinux-options",
    quickWin: "QW9",
    severity: "medium",
    pss: { level: "baseline", control: "seLinuxOptions" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: seLinuxOptionsControl.evaluate,
    fail: (pod, findings) =>
      text("pssSelinuxForbidden", {
        object: describe(pod),
        options: findings.map((finding) => text("targetSetting", { target: (finding.container ? text("targetContainer", { name: finding.container.name }) : text("targetPod")), name: finding.field.split(".").pop() ?? "", value: String(finding.value) || text("emptyValue") })),
      }),
    pass: (pod) => text("pssSelinuxAllowed", { object: describe(pod) }),
    fix: (pod, findings) => {
      const podFindings = findings.filter((finding) => !finding.container);
      const containers = new Map<NonNullable<TPssFinding["container"]>, TPssFinding[]>();
      for (const finding of findings) if (finding.container) containers.set(finding.container, [...(containers.get(finding.container) ?? []), finding]);
      return {
        spec: podFindings.length > 0 ? { securityContext: clearing(podFindings) } : undefined,
        containers: [...containers].map(([container, own]) => ({ container, fragment: { securityContext: clearing(own) } })),
        note: text("selinuxForbiddenKeys"),
      };
    },
  },
);
