import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

const GROUP = "certificates.k8s.io";

export const rbacCsrApproval = bindingPermissionCheck({
  id: "rbac-csr-approval",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.11",
  capability: "approve certificate signing requests",
  capabilityText: text("capApproveCsr"),
  // Approving needs both: update on the approval subresource and approve on the signer.
  permissions: [
    [{ verbs: ["update", "patch"], group: GROUP, resource: "certificatesigningrequests/approval", clusterScoped: true }],
    [{ verbs: ["approve"], group: GROUP, resource: "signers", clusterScoped: true }],
  ],
});
