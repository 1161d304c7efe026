// QW1 — the CIS Benchmark as the reference: kube-apiserver flags (when its static Pod is visible)
// and node versions. Flag parsing and the "managed control plane" rule: lib/checks/control-plane.ts.
import type { TCheck } from "../../types";
import { apiserverAdmissionAlwaysAdmit } from "./apiserver-admission-always-admit";
import { apiserverAdmissionNodeRestriction } from "./apiserver-admission-node-restriction";
import { apiserverAnonymousAuth } from "./apiserver-anonymous-auth";
import { apiserverAuditLog } from "./apiserver-audit-log";
import { apiserverAuthorizationAlwaysAllow } from "./apiserver-authorization-always-allow";
import { apiserverAuthorizationNodeRbac } from "./apiserver-authorization-node-rbac";
import { apiserverKubeletCertificateAuthority } from "./apiserver-kubelet-certificate-authority";
import { apiserverProfiling } from "./apiserver-profiling";
import { nodeKubeletVersion } from "./node-kubelet-version";

export const controlPlaneChecks: readonly TCheck[] = [
  apiserverAnonymousAuth,
  apiserverKubeletCertificateAuthority,
  apiserverAuthorizationAlwaysAllow,
  apiserverAuthorizationNodeRbac,
  apiserverAdmissionAlwaysAdmit,
  apiserverAdmissionNodeRestriction,
  apiserverProfiling,
  apiserverAuditLog,
  nodeKubeletVersion,
];
