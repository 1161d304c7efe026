import { apiServerFlagCheck } from "../../control-plane";
import { text } from "../../text";

export const apiserverKubeletCertificateAuthority = apiServerFlagCheck({
  id: "apiserver-kubelet-certificate-authority",
  quickWin: "QW1",
  severity: "medium",
  cis: "1.2.5",
  judge(flags) {
    const value = flags.get("kubelet-certificate-authority");
    const ok = !!value && value !== "true";
    return {
      ok,
      message: text(ok ? "kubeletCaOn" : "kubeletCaOff"),
      evidence: { "--kubelet-certificate-authority": value ?? null },
      fix: { "kubelet-certificate-authority": "/etc/kubernetes/pki/ca.crt" },
      note:
        text("kubeletServingCertificates"),
    };
  },
});
