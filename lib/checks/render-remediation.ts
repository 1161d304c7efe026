// Turns a remediation into what a person pastes: valid YAML and the kubectl command that
// applies it to that very object.
import { stringify } from "yaml";
import type { TObjectRef, TRemediation } from "./types";

export interface TRenderedRemediation {
  /** "patch" | "create" | "manual" */
  type: TRemediation["type"];
  /** The YAML to save as fix.yaml (absent for manual steps). */
  yaml?: string;
  /** The command that applies it. */
  command?: string;
  steps?: string[];
  note?: string;
}

function namespaceFlag(ref: { namespace?: string }): string {
  return ref.namespace ? ` -n ${ref.namespace}` : "";
}

/** Pod specs are immutable once created: a bare Pod is fixed by recreating it from its manifest. */
function podNote(ref: TObjectRef): string | undefined {
  return ref.kind === "Pod"
    ? "Most Pod fields cannot be changed on a running Pod: apply this change to the Pod's manifest and recreate it (kubectl replace --force -f pod.yaml)."
    : undefined;
}

export function renderRemediation(remediation: TRemediation): TRenderedRemediation {
  if (remediation.type === "patch") {
    const { target } = remediation;
    const note = [remediation.note, podNote(target)].filter(Boolean).join(" ") || undefined;
    return {
      type: "patch",
      yaml: stringify(remediation.patch, { lineWidth: 0 }),
      command: `kubectl${namespaceFlag(target)} patch ${target.kind.toLowerCase()} ${target.name} --type strategic --patch-file fix.yaml`,
      ...(note ? { note } : {}),
    };
  }
  if (remediation.type === "create") {
    return {
      type: "create",
      yaml: stringify(remediation.object, { lineWidth: 0 }),
      command: "kubectl apply -f fix.yaml",
      ...(remediation.note ? { note: remediation.note } : {}),
    };
  }
  return { type: "manual", steps: remediation.steps, ...(remediation.command ? { command: remediation.command } : {}) };
}
