// Building a strategic-merge patch for one pod-bearing object from pod-spec, container and
// pod-metadata fragments, at the right depth for its kind.
import { isRecord, type TRecord } from "../../access";
import type { TText } from "../../text";
import type { TRemediation } from "../../types";
import { podMetadataPatch, podSpecPatch, type TContainer } from "../../workloads";
import type { TPod } from "./pod";

/** A UID no image ships as root and distroless images use for "nonroot". */
export const NON_ROOT_UID = 65532;

export interface TPodFix {
  /** Pod-spec fields (hostPID: false, securityContext…, volumes…). */
  spec?: TRecord;
  /** Fields of given containers, merged into their list entry by name. */
  containers?: { container: TContainer; fragment: TRecord }[];
  /** Pod (template) metadata fields, e.g. annotations to remove. */
  metadata?: TRecord;
  note?: TText;
}

/** Deep merge of patch fragments; `null` is kept, since in a patch it means "remove". */
export function mergeFragments(base: TRecord, extra: TRecord): TRecord {
  const out: TRecord = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? mergeFragments(current, value) : value;
  }
  return out;
}


export function patchRemediation(pod: TPod, fix: TPodFix): TRemediation {
  const spec: TRecord = { ...(fix.spec ?? {}) };
  for (const { container, fragment } of fix.containers ?? []) {
    const listed = spec[container.list];
    let entries: TRecord[];
    if (Array.isArray(listed)) {
      entries = listed as TRecord[];
      const index = entries.findIndex((entry) => entry.name === container.name);
      if (index >= 0) entries[index] = mergeFragments(entries[index]!, fragment);
      else entries.push({ name: container.name, ...fragment });
    } else {
      // A literal, not [] then push: a pushed-to empty array keeps room for 17 entries, and
      // ~100,000 failing results of the large benchmark hold one each.
      entries = [{ name: container.name, ...fragment }];
    }
    // `spec` is this function's own copy: set the list in place (as the spread-and-override
    // it replaces, an existing key keeps its position and a new one goes last).
    spec[container.list] = entries;
  }
  let patch: TRecord = Object.keys(spec).length > 0 ? podSpecPatch(pod.kind, spec) : {};
  if (fix.metadata) patch = mergeFragments(patch, podMetadataPatch(pod.kind, fix.metadata));
  // Kinds whose pod spec cannot change in place (Pod, Job) get their note when the remediation is
  // rendered (lib/checks/render-remediation.ts), once for every check.
  const { note } = fix;
  return note ? { type: "patch", target: pod.ref, patch, note } : { type: "patch", target: pod.ref, patch };
}
