import { namespaceOrDefault, SYSTEM_NAMESPACES } from "../../namespace-scope";
import { networkPolicyIndex, policiesSelecting } from "../../netpol";
import type { TCheck, TCheckOutcome } from "../../types";
import { POD_BEARING_KINDS, type TWorkload } from "../../workloads";
import { freePolicyName } from "./policy-objects";
import { text } from "../../text";

/** Kubernetes object names are at most 253 characters; keep room for the suffix. */
function policyBaseName(workload: TWorkload): string {
  return `${workload.ref.name.slice(0, 200)}-ingress`;
}

export const workloadNotSelectedByNetworkPolicy: TCheck = {
  id: "workload-not-selected-by-network-policy",
  quickWin: "QW8",
  severity: "medium",
  requires: [...POD_BEARING_KINDS, "NetworkPolicy"],
  evaluate(ctx) {
    const index = networkPolicyIndex(ctx);
    const workloads = ctx.workloads().filter((workload) => !SYSTEM_NAMESPACES.has(namespaceOrDefault(workload.object)));
    return ctx.each(workloads, (workload) => workload.ref, (workload): TCheckOutcome[] => {
      const namespace = namespaceOrDefault(workload.object);
      const selecting = policiesSelecting(index, namespace, workload.podLabels);
      if (selecting.length > 0) {
        return [{
          status: "pass",
          object: workload.ref,
          message: text("workloadSelectedByPolicy", { object: workload.label, policy: selecting[0]!.name }),
          evidence: { podLabels: workload.podLabels, selectedBy: selecting.slice(0, 10).map((policy) => policy.name) },
        }];
      }
      const hasLabels = Object.keys(workload.podLabels).length > 0;
      return [{
        status: "fail",
        object: workload.ref,
        message: text("workloadNotSelected", { object: workload.label }),
        evidence: { namespace, podLabels: workload.podLabels, selectedBy: [] },
        remediation: {
          type: "create",
          object: {
            apiVersion: "networking.k8s.io/v1",
            kind: "NetworkPolicy",
            metadata: { name: freePolicyName(index, namespace, policyBaseName(workload)), namespace },
            spec: {
              // Its pods' own labels select exactly this workload; a pod without labels can only be
              // selected with the namespace-wide `{}`.
              podSelector: hasLabels ? { matchLabels: workload.podLabels } : {},
              policyTypes: ["Ingress"],
              // Same-namespace pods only: a safe start that keeps in-namespace calls working.
              ingress: [{ from: [{ podSelector: {} }] }],
            },
          },
          note: hasLabels
            ? text("netpolSameNamespaceOnly")
            : text("netpolNoPodLabels"),
        },
      }];
    });
  },
};
