// The kubectl commands a remediation note quotes, so a user can apply a patch as written.
import type { TObjectRef } from "./types";

/** Single-quoted for a POSIX shell (names and JSON may not contain a bare quote, but be safe). */
function quoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function namespaceFlag(ref: TObjectRef): string {
  return ref.namespace ? ` -n ${ref.namespace}` : "";
}

/** `kubectl patch` with the exact strategic-merge patch of the remediation. */
export function kubectlPatch(ref: TObjectRef, patch: Record<string, unknown>): string {
  return `kubectl${namespaceFlag(ref)} patch ${ref.kind.toLowerCase()} ${ref.name} --type strategic -p ${quoted(JSON.stringify(patch))}`;
}

/** `kubectl label` for one label (--overwrite replaces a wrong value; --dry-run=server previews). */
export function kubectlLabel(ref: TObjectRef, key: string, value: string, dryRun = false): string {
  return `kubectl${namespaceFlag(ref)} label${dryRun ? " --dry-run=server" : ""} --overwrite ${ref.kind.toLowerCase()} ${ref.name} ${key}=${value}`;
}
