import { asBoolean } from "../../../access";
import type { TPssControl, TPssFinding } from "./control";

export const HOST_NAMESPACE_FIELDS = ["hostNetwork", "hostPID", "hostIPC"] as const;
export type THostNamespaceField = (typeof HOST_NAMESPACE_FIELDS)[number];

/** Baseline: hostNetwork, hostPID and hostIPC must be unset or false. */
export const hostNamespacesControl: TPssControl = {
  id: "hostNamespaces",
  level: "baseline",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    for (const field of HOST_NAMESPACE_FIELDS) if (asBoolean(pod.spec[field]) === true) findings.push({ field, value: true });
    return findings;
  },
};
