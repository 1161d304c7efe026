import { apiServerFlagCheck } from "../../control-plane";

export const apiserverKubeletCertificateAuthority = apiServerFlagCheck({
  id: "apiserver-kubelet-certificate-authority",
  title: "API server does not verify kubelet certificates",
  quickWin: "QW1",
  severity: "medium",
  cis: "1.2.5",
  why:
    "Without --kubelet-certificate-authority the API server trusts whatever answers on a node's kubelet port: a " +
    "man in the middle receives the exec, attach and log streams it proxies.",
  judge(flags) {
    const value = flags.get("kubelet-certificate-authority");
    const ok = !!value && value !== "true";
    return {
      ok,
      message: ok ? "The API server verifies kubelet serving certificates." : "The API server does not verify kubelet serving certificates.",
      evidence: { "--kubelet-certificate-authority": value ?? null },
      fix: { "kubelet-certificate-authority": "/etc/kubernetes/pki/ca.crt" },
      note:
        "Kubelets must first serve certificates signed by that CA: set serverTLSBootstrap: true in their configuration " +
        "and approve their kubelet-serving CSRs, or the API server can no longer reach them (logs, exec).",
    };
  },
});
