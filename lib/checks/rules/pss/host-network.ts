import { hostNamespaceCheck } from "./host-namespace";
import { WORKLOAD_KINDS } from "./define";
import { text } from "../../text";

export const hostNetwork = hostNamespaceCheck(
  "hostNetwork",
  {
    id: "host-network",
    quickWin: "QW3",
    severity: "high",
    cis: "5.2.5",
    pss: { level: "baseline", control: "hostNamespaces" },
    requires: WORKLOAD_KINDS,
  },
  text("hostNetworkService"),
);
