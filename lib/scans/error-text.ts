// Why a scan failed, as a catalogue text (lib/checks/text.ts) stored with the scan and shown in
// the reader's language: the collector's and the kubeconfig checks' own words when they said it;
// anything else (a database error, say) keeps its raw words as a value, after the phase it broke.
import { isText, text, type TText } from "../checks/text";
import { credentialErrorText } from "../clusters/credential-text";
import { CredentialError } from "../crypto/credentials";
import { CollectionError } from "../kube/errors";
import { KubeconfigError } from "../kube/kubeconfig-model";

export function scanErrorText(phase: string, error: unknown): TText {
  if (error instanceof CollectionError) return error.text;
  if (error instanceof KubeconfigError) return text("scanKubeconfigUnusable", { problems: error.texts });
  if (error instanceof CredentialError) return credentialErrorText(error);
  // A ScanPhaseError that says its own words (sources.ts: nothing recorded to scan).
  const own = (error as { text?: unknown } | null)?.text;
  if (isText(own)) return own;
  return text("scanPhaseFailed", { phase, message: error instanceof Error ? error.message : String(error) });
}
