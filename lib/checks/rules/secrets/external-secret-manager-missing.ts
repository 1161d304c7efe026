import { annotationsOf, asRecords, asString, get, nameOf } from "../../access";
import { CLUSTER_REF, type TCheckContext } from "../../context";
import { kubeSystemVisible } from "../../namespace-scope";
import type { TCheck } from "../../types";
import { POD_BEARING_KINDS } from "../../workloads";
import { text } from "../../text";

/** API groups whose CRDs mean a secret manager is installed. */
const MANAGER_GROUPS: Record<string, string> = {
  "external-secrets.io": "External Secrets Operator",
  "secrets-store.csi.x-k8s.io": "Secrets Store CSI driver",
  "secrets.hashicorp.com": "Vault Secrets Operator",
  "onepassword.com": "1Password operator",
};
/** Custom objects that only exist where a manager runs. */
const MANAGER_KINDS: Record<string, string> = {
  ExternalSecret: "External Secrets Operator", ClusterExternalSecret: "External Secrets Operator",
  SecretStore: "External Secrets Operator", ClusterSecretStore: "External Secrets Operator",
  SealedSecret: "Sealed Secrets", SecretProviderClass: "Secrets Store CSI driver",
  VaultStaticSecret: "Vault Secrets Operator", VaultDynamicSecret: "Vault Secrets Operator",
};
/** Controller images. */
const MANAGER_IMAGES: readonly [RegExp, string][] = [
  [/external-secrets\/external-secrets/, "External Secrets Operator"],
  [/sealed-secrets-controller|bitnami\/sealed-secrets/, "Sealed Secrets"],
  [/hashicorp\/vault-k8s/, "Vault agent injector"],
  [/hashicorp\/vault-secrets-operator/, "Vault Secrets Operator"],
  [/secrets-store-csi-driver/, "Secrets Store CSI driver"],
];

function detect(ctx: TCheckContext): string[] {
  const found = new Set<string>();
  for (const crd of ctx.objects("CustomResourceDefinition")) {
    const group = asString(get(crd, "spec", "group")) ?? nameOf(crd).split(".").slice(1).join(".");
    if (MANAGER_GROUPS[group]) found.add(`${MANAGER_GROUPS[group]} (CRD ${nameOf(crd)})`);
    if (group === "bitnami.com" && asString(get(crd, "spec", "names", "kind")) === "SealedSecret") found.add(`Sealed Secrets (CRD ${nameOf(crd)})`);
  }
  for (const [kind, manager] of Object.entries(MANAGER_KINDS)) if (ctx.objects(kind).length > 0) found.add(`${manager} (${kind} objects)`);
  for (const workload of ctx.workloads()) {
    if (annotationsOf({ metadata: workload.podMetadata })["vault.hashicorp.com/agent-inject"] === "true") found.add("Vault agent injector (injected pods)");
    for (const container of ctx.containers(workload)) {
      const image = asString(container.spec.image) ?? "";
      for (const [pattern, manager] of MANAGER_IMAGES) if (pattern.test(image)) found.add(`${manager} (${workload.ref.kind} ${workload.ref.name})`);
    }
    const csi = asRecords(workload.podSpec?.volumes).some((volume) => asString(get(volume, "csi", "driver")) === "secrets-store.csi.k8s.io");
    if (csi) found.add("Secrets Store CSI driver (CSI volumes)");
  }
  return [...found].sort();
}

export const externalSecretManagerMissing: TCheck = {
  id: "external-secret-manager-missing",
  quickWin: "QW5",
  severity: "medium",
  cis: "5.4.2",
  requires: ["CustomResourceDefinition", ...POD_BEARING_KINDS],
  *evaluate(ctx) {
    const found = detect(ctx);
    if (found.length > 0) {
      yield { status: "pass", object: CLUSTER_REF, message: text("secretManagerFound", { manager: found[0]! }), evidence: { detected: found.slice(0, 10) } };
      return;
    }
    // A folder of manifests is not the cluster: the manager may be installed beside it.
    if (!kubeSystemVisible(ctx)) {
      yield { status: "not_assessable", object: CLUSTER_REF, message: text("secretManagerOutOfView"), reason: text("secretManagerOutOfView") };
      return;
    }
    yield {
      status: "fail",
      object: CLUSTER_REF,
      message: text("secretManagerMissing"),
      evidence: { looked: ["CustomResourceDefinitions", "their objects", "controller images", "Vault injection annotations", "CSI volumes"] },
      remediation: {
        type: "manual",
        steps: [
          text("esoChooseStore"),
          text("esoInstall"),
          text("esoCreateStore"),
        ],
        command: "helm install external-secrets external-secrets/external-secrets -n external-secrets --create-namespace",
      },
    };
  },
};
