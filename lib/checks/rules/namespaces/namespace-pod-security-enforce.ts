import { kindOf, labelsOf, nameOf } from "../../access";
import { objectRef, type TCheckContext } from "../../context";
import { kubectlLabel } from "../../kubectl";
import { namespaceOrDefault, SYSTEM_NAMESPACES } from "../../namespace-scope";
import { evaluatePss } from "../../pss";
import type { TCheck } from "../../types";
import { podEntries, type TPodEntry } from "../pss/define";
import { text } from "../../text";

const ENFORCE = "pod-security.kubernetes.io/enforce";
const ENFORCING = new Set(["baseline", "restricted"]);

interface TNamespaceFit {
  /** Workloads that baseline (resp. restricted) would reject, by "Kind/name". */
  baseline: string[];
  restricted: string[];
}

/**
 * Which workloads of `namespace` each level would reject. Computed only for namespaces that fail
 * (a full Pod Security evaluation per workload is the costliest thing this check does) and once.
 */
function fitOf(ctx: TCheckContext, namespace: string): TNamespaceFit {
  // The pod views the Pod Security checks already built: one per workload, in workload order.
  const byNamespace = ctx.shared("namespaces:workloads-by-namespace", () => {
    const out = new Map<string, TPodEntry[]>();
    for (const entry of podEntries(ctx)) {
      const name = namespaceOrDefault(entry.workload.object);
      const list = out.get(name);
      if (list) list.push(entry);
      else out.set(name, [entry]);
    }
    return out;
  });
  const fits = ctx.shared("namespaces:pss-fit", () => new Map<string, TNamespaceFit>());
  let fit = fits.get(namespace);
  if (!fit) {
    fit = { baseline: [], restricted: [] };
    for (const { workload, pod } of byNamespace.get(namespace) ?? []) {
      const verdict = evaluatePss(workload, pod);
      const name = `${workload.kind}/${workload.ref.name}`;
      if (!verdict.baseline.allowed) fit.baseline.push(name);
      if (!verdict.restricted.allowed) fit.restricted.push(name);
    }
    fits.set(namespace, fit);
  }
  return fit;
}

export const namespacePodSecurityEnforce: TCheck = {
  id: "namespace-pod-security-enforce",
  quickWin: "QW6",
  severity: "medium",
  cis: "5.2.1",
  requires: ["Namespace"],
  *evaluate(ctx) {
    // kube-system runs node agents that need privileges; kube-public and kube-node-lease hold no pods.
    const namespaces = ctx.objects("Namespace").filter((object) => kindOf(object) === "Namespace" && !SYSTEM_NAMESPACES.has(nameOf(object)));
    yield* ctx.each(namespaces, objectRef, function* (namespace) {
      const ref = objectRef(namespace);
      const level = labelsOf(namespace)[ENFORCE];
      const evidence = { [ENFORCE]: level ?? null };
      if (level && ENFORCING.has(level)) {
        yield { status: "pass", object: ref, message: text("podSecurityEnforced", { namespace: ref.name, level }), evidence };
        return;
      }
      // Propose the strictest level today's workloads already meet, so applying it breaks nothing.
      const fit = fitOf(ctx, ref.name);
      const proposed = fit.restricted.length === 0 ? "restricted" : "baseline";
      const labels: Record<string, string> = { [ENFORCE]: proposed };
      if (proposed === "baseline") {
        labels["pod-security.kubernetes.io/warn"] = "restricted";
        labels["pod-security.kubernetes.io/audit"] = "restricted";
      }
      const rejected = proposed === "baseline" ? fit.baseline : [];
      yield {
        status: "fail",
        object: ref,
        message: level ? text("podSecurityPrivileged", { namespace: ref.name, level }) : text("podSecurityMissing", { namespace: ref.name }),
        evidence: { ...evidence, proposed, wouldReject: rejected.slice(0, 10) },
        remediation: {
          type: "patch",
          target: ref,
          patch: { metadata: { labels } },
          note: rejected.length > 0
            ? text("podSecurityRejected", { count: rejected.length, workloads: rejected.slice(0, 5).join(", "), command: kubectlLabel(ref, ENFORCE, proposed, true) })
            : text("podSecurityReady", { level: proposed, command: kubectlLabel(ref, ENFORCE, proposed, true) }),
        },
      };
    });
  },
};
