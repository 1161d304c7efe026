// Turns a remediation into what a person pastes: valid YAML and the kubectl command that
// applies it to that very object, with its notes and steps in the reader's language.
import { stringify } from "yaml";
import { checkTexts } from "../i18n/check-texts";
import type { TLocale } from "../i18n/locale";
import { text, type TStoredText, type TText } from "./text";
import type { TObjectRef, TRemediation } from "./types";

/**
 * A remediation as a finding row holds it (findings.remediation, JSONB): rows written before check
 * texts were translated carry English sentences as notes and steps, and are still read.
 */
export type TStoredRemediation =
  | { type: "patch"; target: TObjectRef; patch: Record<string, unknown>; note?: TStoredText }
  | { type: "create"; object: Record<string, unknown>; note?: TStoredText }
  | { type: "manual"; steps: TStoredText[]; command?: string };

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
const IMMUTABLE_NOTES: Partial<Record<string, TText>> = {
  Pod: text("recreatePod"),
  Job: text("recreateJob"),
};

export function renderRemediation(remediation: TRemediation | TStoredRemediation, locale: TLocale = "en"): TRenderedRemediation {
  const { say } = checkTexts(locale);
  if (remediation.type === "patch") {
    const { target } = remediation;
    const immutable = IMMUTABLE_NOTES[target.kind];
    const note = [remediation.note, immutable].filter((part): part is TStoredText => part !== undefined && part !== "").map(say).join(" ") || undefined;
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
      ...(remediation.note ? { note: say(remediation.note) } : {}),
    };
  }
  return { type: "manual", steps: remediation.steps.map(say), ...(remediation.command ? { command: remediation.command } : {}) };
}
