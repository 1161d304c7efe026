import { hostProbesControl } from "./controls/host-probes";
import type { TRecord } from "../../access";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { mergeFragments } from "./remediate";
import { text } from "../../text";

export const hostProbesLifecycle = defineContainerCheck(
  {
    id: "host-probes-lifecycle",
    quickWin: "QW3",
    severity: "medium",
    pss: { level: "baseline", control: "hostProbesAndHostLifecycle" },
    requires: WORKLOAD_KINDS,
  },
  {
    findings: hostProbesControl.evaluate,
    fail: (container, findings) =>
      text("pssHostProbes", { container: container.name, targets: findings.map((finding) => `${String(finding.value)} (${finding.field})`) }),
    pass: (container) => text("pssNoHostProbes", { container: container.name }),
    fix: (container, findings) => {
      // "livenessProbe.httpGet.host" → { livenessProbe: { httpGet: { host: null } } }
      let fragment: TRecord = {};
      for (const finding of findings) {
        const keys = finding.field.split(".");
        const leaf: TRecord = { [keys.pop() ?? "host"]: null };
        fragment = mergeFragments(fragment, keys.reduceRight<TRecord>((inner, key) => ({ [key]: inner }), leaf));
      }
      return {
        containers: [{ container, fragment }],
        note: text("probeWithoutHost"),
      };
    },
  },
);

