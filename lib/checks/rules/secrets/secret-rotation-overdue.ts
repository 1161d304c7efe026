import { asRecords, asString, kindOf, metadata, nameOf, namespaceOf } from "../../access";
import { objectRef } from "../../context";
import type { TCheck, TKubeObject, TSnapshot } from "../../types";
import { text } from "../../text";

/** How old a Secret's content may get before it counts as not rotated. */
export const ROTATION_WINDOW_DAYS = 365;
const DAY_MS = 86_400_000;

/** Types that are not credentials someone must rotate, or that the legacy-token check covers. */
const SKIPPED_TYPES = new Set(["kubernetes.io/service-account-token", "helm.sh/release.v1", "bootstrap.kubernetes.io/token"]);

/** The snapshot's evaluation time (collector-provided), else now. */
export function evaluationTime(snapshot: TSnapshot): number {
  const at = snapshot.evaluatedAt ? Date.parse(snapshot.evaluatedAt) : Number.NaN;
  return Number.isFinite(at) ? at : Date.now();
}

/**
 * When the content was last written: creationTimestamp, or a later managedFields entry (an
 * in-place rotation by cert-manager or `kubectl apply` updates those, not the creation time).
 */
export function lastWritten(secret: TKubeObject): number | undefined {
  const meta = metadata(secret);
  const times = [asString(meta.creationTimestamp), ...asRecords(meta.managedFields).map((field) => asString(field.time))]
    .map((time) => (time ? Date.parse(time) : Number.NaN))
    .filter(Number.isFinite);
  return times.length > 0 ? Math.max(...times) : undefined;
}

export const secretRotationOverdue: TCheck = {
  id: "secret-rotation-overdue",
  quickWin: "QW5",
  severity: "low",
  requires: ["Secret"],
  *evaluate(ctx) {
    const now = evaluationTime(ctx.snapshot);
    // A manifest Secret has no timestamps: it does not exist yet, so it has no age to judge.
    const secrets = ctx.objects("Secret").filter((secret) => kindOf(secret) === "Secret" && !SKIPPED_TYPES.has(asString(secret.type) ?? "") && lastWritten(secret) !== undefined);
    yield* ctx.each(secrets, objectRef, function* (secret) {
      const ref = objectRef(secret);
      const written = lastWritten(secret)!;
      const days = Math.floor((now - written) / DAY_MS);
      const evidence = { lastWritten: new Date(written).toISOString(), ageDays: days, windowDays: ROTATION_WINDOW_DAYS };
      if (days <= ROTATION_WINDOW_DAYS) {
        yield { status: "pass", object: ref, message: text("rotationRecent", { name: nameOf(secret), days: Math.max(days, 0) }), evidence };
        return;
      }
      const namespace = namespaceOf(secret) ?? "default";
      yield {
        status: "fail",
        object: ref,
        message: text("rotationOverdue", { name: nameOf(secret), days, window: ROTATION_WINDOW_DAYS }),
        evidence,
        remediation: {
          type: "manual",
          steps: [
            text("rotationIssueNew"),
            text("rotationWrite", { command: `kubectl -n ${namespace} create secret generic ${nameOf(secret)} --from-literal=<key>=<new value> --dry-run=client -o yaml | kubectl apply -f -` }),
            text("rotationRestart", { command: `kubectl -n ${namespace} rollout restart deployment/<name>` }),
            text("rotationBetter"),
          ],
          command: `kubectl -n ${namespace} get secret ${nameOf(secret)} -o jsonpath='{.metadata.managedFields[*].time}'`,
        },
      };
    });
  },
};
