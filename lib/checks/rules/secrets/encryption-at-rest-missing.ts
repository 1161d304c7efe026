import { apiServerFlagCheck, MANIFEST_PATH } from "../../control-plane";
import { text } from "../../text";

export const encryptionAtRestMissing = apiServerFlagCheck({
  id: "encryption-at-rest-missing",
  quickWin: "QW5",
  severity: "high",
  cis: "1.2.27",
  judge(flags) {
    const value = flags.get("encryption-provider-config");
    return {
      ok: !!value && value !== "true",
      message: value ? text("encryptionAtRest", { value }) : text("encryptionMissing"),
      evidence: { "--encryption-provider-config": value ?? null },
      fix: { "encryption-provider-config": "/etc/kubernetes/enc/encryption-config.yaml" },
      note: text("encryptionConfig", { manifest: MANIFEST_PATH, command: "kubectl get secrets --all-namespaces -o json | kubectl replace -f -" }),
    };
  },
});
