// The hostNamespaces control split by namespace: sharing the host's PID, IPC and network
// namespaces are three different risks (and three CIS recommendations, 5.2.3–5.2.5).
import { text, type TText } from "../../text";
import type { TCheck, TCheckMeta } from "../../types";
import type { THostNamespaceField } from "./controls/host-namespaces";
import { hostNamespacesControl } from "./controls/host-namespaces";
import { definePodCheck, describe } from "./define";

export function hostNamespaceCheck(field: THostNamespaceField, meta: TCheckMeta, note?: TText): TCheck {
  return definePodCheck(meta, {
    findings: (pod) => hostNamespacesControl.evaluate(pod).filter((finding) => finding.field === field),
    fail: (pod) => text("pssSharesHostNamespace", { object: describe(pod), field }),
    pass: (pod) => text("pssOwnNamespace", { object: describe(pod), field }),
    fix: () => ({ spec: { [field]: false }, note }),
  });
}
