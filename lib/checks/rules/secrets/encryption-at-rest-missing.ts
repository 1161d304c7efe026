import { apiServerFlagCheck, MANIFEST_PATH } from "../../control-plane";

export const encryptionAtRestMissing = apiServerFlagCheck({
  id: "encryption-at-rest-missing",
  title: "Secrets are not encrypted at rest",
  quickWin: "QW5",
  severity: "high",
  cis: "1.2.27",
  why:
    "Without an encryption provider, Secrets sit in etcd and its backups as plain base64: whoever gets an etcd " +
    "snapshot or disk reads every credential of the cluster.",
  judge(flags) {
    const value = flags.get("encryption-provider-config");
    return {
      ok: !!value && value !== "true",
      message: value ? `The API server encrypts resources at rest (${value}).` : "The API server has no --encryption-provider-config: Secrets are stored unencrypted in etcd.",
      evidence: { "--encryption-provider-config": value ?? null },
      fix: { "encryption-provider-config": "/etc/kubernetes/enc/encryption-config.yaml" },
      note:
        "Write /etc/kubernetes/enc/encryption-config.yaml (an EncryptionConfiguration for resources [secrets] with a kms v2 provider, " +
        "or aescbc/secretbox with a random 32-byte key, then identity: {} last), mount /etc/kubernetes/enc into the Pod with a " +
        `read-only hostPath volume in ${MANIFEST_PATH}; once every API server runs with it, rewrite existing Secrets: ` +
        "kubectl get secrets --all-namespaces -o json | kubectl replace -f -",
    };
  },
});
