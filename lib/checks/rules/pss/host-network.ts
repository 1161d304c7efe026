import { hostNamespaceCheck } from "./host-namespace";
import { WORKLOAD_KINDS } from "./define";

export const hostNetwork = hostNamespaceCheck(
  "hostNetwork",
  "network namespace",
  {
    id: "host-network",
    title: "Host network namespace shared",
    quickWin: "QW3",
    severity: "high",
    cis: "5.2.5",
    pss: { level: "baseline", control: "hostNamespaces" },
    why: "A container on the host network bypasses NetworkPolicies, can sniff the node's traffic and reach services bound to the node's localhost, such as the kubelet.",
    requires: WORKLOAD_KINDS,
  },
  "Without the host network the pod gets its own IP: expose it through a Service instead of a node port it binds itself.",
);
