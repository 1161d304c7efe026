import { hostProbesControl } from "./controls/host-probes";
import type { TRecord } from "../../access";
import { defineContainerCheck, WORKLOAD_KINDS } from "./define";
import { mergeFragments } from "./remediate";

export const hostProbesLifecycle = defineContainerCheck(
  {
    id: "host-probes-lifecycle",
    title: "Probe or lifecycle hook targets a host",
    quickWin: "QW3",
    severity: "medium",
    pss: { level: "baseline", control: "hostProbesAndHostLifecycle" },
    why: "The kubelet runs HTTP and TCP probes and hooks from the node: a `host` field lets a pod make the node connect anywhere, including services only the node may reach.",
    requires: WORKLOAD_KINDS,
  },
  {
    findings: hostProbesControl.evaluate,
    fail: (container, findings) =>
      `Container \`${container.name}\` points probes or lifecycle hooks at ${findings.map((finding) => `${String(finding.value)} (${finding.field})`).join(", ")}.`,
    pass: (container) => `Container \`${container.name}\` has no probe or hook that names a host.`,
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
        note: "Without `host` the probe targets the pod's own IP, which is what a health check should test.",
      };
    },
  },
);

