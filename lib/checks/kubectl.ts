// kubectl commands a remediation note quotes beside the patch itself (render-remediation.ts prints
// the command that applies a patch): previews such as `kubectl label --dry-run=server`.
import type { TObjectRef } from "./types";

function namespaceFlag(ref: TObjectRef): string {
  return ref.namespace ? ` -n ${ref.namespace}` : "";
}

/** `kubectl label` for one label (--overwrite replaces a wrong value; --dry-run=server previews). */
export function kubectlLabel(ref: TObjectRef, key: string, value: string, dryRun = false): string {
  return `kubectl${namespaceFlag(ref)} label${dryRun ? " --dry-run=server" : ""} --overwrite ${ref.kind.toLowerCase()} ${ref.name} ${key}=${value}`;
}
