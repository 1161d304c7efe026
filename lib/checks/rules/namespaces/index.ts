// QW6 — isolation with namespaces: what runs in `default`, Pod Security enforcement per namespace,
// user namespaces (hostUsers), and owner labels.
import type { TCheck } from "../../types";
import { namespaceOwnerLabel } from "./namespace-owner-label";
import { namespacePodSecurityEnforce } from "./namespace-pod-security-enforce";
import { podUserNamespaceUnused } from "./pod-user-namespace-unused";
import { workloadInDefaultNamespace } from "./workload-in-default-namespace";

export const namespacesChecks: readonly TCheck[] = [
  workloadInDefaultNamespace,
  namespacePodSecurityEnforce,
  podUserNamespaceUnused,
  namespaceOwnerLabel,
];
