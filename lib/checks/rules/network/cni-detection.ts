// Which CNI runs in the cluster, read from the DaemonSets (any namespace: the Tigera operator
// puts calico-node in calico-system, recent flannel in kube-flannel) and the kube-system Pods.
// Only names, well-known labels and image repositories are read.
import { asRecord, asString, get, kindOf, labelsOf, nameOf, namespaceOf } from "../../access";
import type { TCheckContext } from "../../context";
import { objectRef } from "../../context";
import type { TKubeObject, TObjectRef } from "../../types";
import { containersOf, podSpecPath } from "../../workloads";

export type TCniName = "calico" | "canal" | "cilium" | "weave" | "antrea" | "kube-router" | "flannel";

/** CNIs that enforce NetworkPolicies (flannel alone does not: it only routes). */
export const ENFORCING_CNIS: ReadonlySet<TCniName> = new Set(["calico", "canal", "cilium", "weave", "antrea", "kube-router"]);

// Order matters: canal before calico/flannel so a DaemonSet named "canal" is reported as such.
const SIGNATURES: readonly [TCniName, RegExp][] = [
  ["canal", /(^|[/_-])canal($|[/_:-])/],
  ["calico", /calico/],
  ["cilium", /cilium/],
  ["weave", /weave-net|weave-kube|weaveworks\/weave/],
  ["antrea", /antrea/],
  ["kube-router", /kube-router/],
  ["flannel", /flannel/],
];

const NAME_LABELS = ["k8s-app", "app", "app.kubernetes.io/name", "name"];

export interface TCniSighting {
  cni: TCniName;
  object: TObjectRef;
  /** The name, label or image that matched. */
  seen: string;
}

/** Only the repository path: a registry host ("calico.mirror.example.com") or a tag must not decide the CNI. */
function repositoryPath(image: string): string {
  const path = image.split("@")[0]!.replace(/:[^/]*$/, "");
  const slash = path.indexOf("/");
  const first = slash >= 0 ? path.slice(0, slash) : "";
  return first.includes(".") || first.includes(":") || first === "localhost" ? path.slice(slash + 1) : path;
}

function haystack(object: TKubeObject): string[] {
  const labels = labelsOf(object);
  const strings = [nameOf(object), ...NAME_LABELS.map((key) => labels[key] ?? "")];
  const podSpec = asRecord(get(object, ...podSpecPath(kindOf(object))));
  for (const container of containersOf(podSpec)) {
    strings.push(repositoryPath(asString(container.spec.image) ?? ""), container.name);
  }
  return strings.filter(Boolean).map((text) => text.toLowerCase());
}

export function detectCni(ctx: TCheckContext): TCniSighting[] {
  return ctx.shared("network:cni-sightings", () => {
    // DaemonSets anywhere (a DaemonSet's Pods add nothing it does not show); Pods of kube-system
    // for what runs there without a listed DaemonSet (static pods, or DaemonSets we cannot list).
    const candidates = [...ctx.objects("DaemonSet"), ...ctx.objects("Pod").filter((pod) => namespaceOf(pod) === "kube-system")];
    const sightings: TCniSighting[] = [];
    const seenCnis = new Set<TCniName>();
    for (const object of candidates) {
      for (const text of haystack(object)) {
        const match = SIGNATURES.find(([, pattern]) => pattern.test(text));
        if (!match || seenCnis.has(match[0])) continue;
        seenCnis.add(match[0]);
        sightings.push({ cni: match[0], object: objectRef(object), seen: text });
      }
    }
    return sightings;
  });
}
