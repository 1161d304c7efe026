// Turns a remediation into what a person pastes: valid YAML and the kubectl command that
// applies it to that very object.
import { stringify } from "yaml";
import type { TRemediation } from "./types";

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

/** Kinds whose pod spec the API server refuses to update: the change goes to the manifest. */
const IMMUTABLE_NOTES: Partial<Record<string, string>> = {
  Pod: "A Pod's spec cannot be changed in place: apply this change to the manifest it comes from and recreate the Pod (kubectl replace --force -f pod.yaml), or fix its controller.",
  Job: "A Job's pod template cannot be changed once created: apply this change to its manifest and recreate the Job, or fix the CronJob that creates it.",
};

export function renderRemediation(remediation: TRemediation): TRenderedRemediation {
  if (remediation.type === "patch") {
    const { target } = remediation;
    const note = [remediation.note, IMMUTABLE_NOTES[target.kind]].filter(Boolean).join(" ") || undefined;
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
