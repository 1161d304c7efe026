import { asBoolean } from "../../../access";
import type { TPssControl, TPssFinding } from "./control";

export const HOST_NAMESPACE_FIELDS = ["hostNetwork", "hostPID", "hostIPC"] as const;
export type THostNamespaceField = (typeof HOST_NAMESPACE_FIELDS)[number];

/** Baseline: hostNetwork, hostPID and hostIPC must be unset or false. */
export const hostNamespacesControl: TPssControl = {
  id: "hostNamespaces",
  level: "baseline",
  evaluate: (pod) =>
    HOST_NAMESPACE_FIELDS.filter((field) => asBoolean(pod.spec[field]) === true).map(
      (field): TPssFinding => ({ field, value: true }),
    ),
};
