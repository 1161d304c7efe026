import { bindingPermissionCheck } from "./binding-check";

const GROUP = "certificates.k8s.io";

export const rbacCsrApproval = bindingPermissionCheck({
  id: "rbac-csr-approval",
  title: "Binding lets subjects approve certificate signing requests",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.11",
  why:
    "Approving a CertificateSigningRequest issues a client certificate for any name and group the request asks for, " +
    "including system:masters, which bypasses RBAC and cannot be revoked until it expires.",
  capability: "approve certificate signing requests",
  // Approving needs both: update on the approval subresource and approve on the signer.
  permissions: [
    [{ verbs: ["update", "patch"], group: GROUP, resource: "certificatesigningrequests/approval", clusterScoped: true }],
    [{ verbs: ["approve"], group: GROUP, resource: "signers", clusterScoped: true }],
  ],
});
