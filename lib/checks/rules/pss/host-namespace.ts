// The hostNamespaces control split by namespace: sharing the host's PID, IPC and network
// namespaces are three different risks (and three CIS recommendations, 5.2.3–5.2.5).
import type { TCheck, TCheckMeta } from "../../types";
import type { THostNamespaceField } from "./controls/host-namespaces";
import { hostNamespacesControl } from "./controls/host-namespaces";
import { definePodCheck, describe } from "./define";

export function hostNamespaceCheck(field: THostNamespaceField, what: string, meta: TCheckMeta, note?: string): TCheck {
  return definePodCheck(meta, {
    findings: (pod) => hostNamespacesControl.evaluate(pod).filter((finding) => finding.field === field),
    fail: (pod) => `${describe(pod)} shares the host's ${what} (${field}: true).`,
    pass: (pod) => `${describe(pod)} does not share the host's ${what}.`,
    fix: () => ({ spec: { [field]: false }, note }),
  });
}
