import { CLUSTER_REF } from "../../context";
import { kubeSystemVisible } from "../../namespace-scope";
import type { TCheck, TCheckOutcome } from "../../types";
import { detectCni, ENFORCING_CNIS } from "./cni-detection";
import { text } from "../../text";

export const cniNoNetworkPolicySupport: TCheck = {
  id: "cni-no-network-policy-support",
  quickWin: "QW8",
  severity: "high",
  cis: "5.3.1",
  // Pods are read too, but only to spot a CNI missed in DaemonSets; the verdict stands on DaemonSets.
  requires: ["DaemonSet"],
  *evaluate(ctx) {
    yield* ctx.each([CLUSTER_REF], (ref) => ref, function* (): Generator<TCheckOutcome> {
      const sightings = detectCni(ctx);
      const detected = sightings.map((sighting) => sighting.cni);
      const evidence = { detected: sightings.map(({ cni, object, seen }) => ({ cni, seenOn: `${object.kind} ${object.namespace ?? ""}/${object.name}`, seen })) };
      const enforcing = detected.filter((cni) => ENFORCING_CNIS.has(cni));
      if (enforcing.length > 0) {
        yield { status: "pass", object: CLUSTER_REF, message: text("cniEnforcing", { cnis: enforcing }), evidence };
      } else if (detected.includes("flannel")) {
        yield {
          status: "fail",
          object: CLUSTER_REF,
          message: text("cniFlannelOnly"),
          evidence,
          remediation: {
            type: "manual",
            steps: [
              text("cniAddPolicyEngine"),
              text("cniVerifyEnforcement"),
            ],
            command: "kubectl get daemonsets --all-namespaces -o wide | grep -Ei 'flannel|calico|canal|cilium|antrea|weave|kube-router'",
          },
        };
      } else {
        const visible = kubeSystemVisible(ctx);
        const reason = text(visible ? "cniUnknown" : "cniKubeSystemHidden");
        yield { status: "not_assessable", object: CLUSTER_REF, message: reason, reason, evidence };
      }
    });
  },
};
