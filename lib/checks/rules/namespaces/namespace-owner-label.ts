import { kindOf, labelsOf, nameOf } from "../../access";
import { objectRef } from "../../context";
import { kubectlLabel } from "../../kubectl";
import type { TCheck } from "../../types";
import { text } from "../../text";

/**
 * Labels that name who answers for a namespace: `owner`, `team` (bare or under any prefix, e.g.
 * `example.com/team`) and `app.kubernetes.io/part-of` (the application, hence its team).
 */
export function ownerLabel(labels: Record<string, string>): string | undefined {
  return Object.keys(labels).find((key) => {
    if (!labels[key]) return false;
    if (key === "app.kubernetes.io/part-of") return true;
    const last = key.slice(key.lastIndexOf("/") + 1);
    return last === "owner" || last === "team";
  });
}

/** Namespaces Kubernetes creates: the cluster operator owns them by definition. */
const BUILT_IN = new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
export const OWNER_PLACEHOLDER = "unassigned";

export const namespaceOwnerLabel: TCheck = {
  id: "namespace-owner-label",
  quickWin: "QW6",
  severity: "low",
  requires: ["Namespace"],
  *evaluate(ctx) {
    const namespaces = ctx.objects("Namespace").filter((object) => kindOf(object) === "Namespace" && !BUILT_IN.has(nameOf(object)));
    yield* ctx.each(namespaces, objectRef, function* (namespace) {
      const ref = objectRef(namespace);
      const labels = labelsOf(namespace);
      const label = ownerLabel(labels);
      if (label) {
        yield { status: "pass", object: ref, message: text("namespaceOwned", { namespace: ref.name, label, value: labels[label] ?? "" }), evidence: { [label]: labels[label] } };
        return;
      }
      const patch = { metadata: { labels: { owner: OWNER_PLACEHOLDER } } };
      yield {
        status: "fail",
        object: ref,
        message: text("namespaceNotOwned", { namespace: ref.name }),
        evidence: { labels: Object.keys(labels) },
        remediation: {
          type: "patch",
          target: ref,
          patch,
          note: text("ownerReplacePlaceholder", { placeholder: OWNER_PLACEHOLDER, command: kubectlLabel(ref, "owner", "<team>") }),
        },
      };
    });
  },
};
