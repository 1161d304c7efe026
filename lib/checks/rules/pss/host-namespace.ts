// The hostNamespaces control split by namespace: sharing the host's PID, IPC and network
// namespaces are three different risks (and three CIS recommendations, 5.2.3–5.2.5).
import type { TText } from "../../text";
import type { TCheck, TCheckMeta } from "../../types";
import type { THostNamespaceField } from "./controls/host-namespaces";
import { hostNamespacesControl } from "./controls/host-namespaces";
import { definePodCheck, describe } from "./define";

export function hostNamespaceCheck(field: THostNamespaceField, what: string, meta: TCheckMeta, note?: TText): TCheck {
  // Built once: a message is then one concatenation rather than three (see TPod.description).
  const shares = ` shares the host's ${what} (${field}: true).`;
  const doesNotShare = ` does not share the host's ${what}.`;
  return definePodCheck(meta, {
    findings: (pod) => hostNamespacesControl.evaluate(pod).filter((finding) => finding.field === field),
    fail: (pod) => `${describe(pod)}${shares}`,
    pass: (pod) => `${describe(pod)}${doesNotShare}`,
    fix: () => ({ spec: { [field]: false }, note }),
  });
}
