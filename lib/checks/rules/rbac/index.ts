// QW7 — least-privilege RBAC (and "who can read Secrets", QW5). Effective permissions come from
// lib/checks/rbac.ts (one index per evaluation); narrowing from lib/checks/rbac-narrow.ts.
import type { TCheck } from "../../types";
import { defaultServiceAccountAutomount } from "./default-service-account-automount";
import { rbacAnonymousBinding } from "./rbac-anonymous-binding";
import { rbacClusterAdminBinding } from "./rbac-cluster-admin-binding";
import { rbacCreatePods } from "./rbac-create-pods";
import { rbacCsrApproval } from "./rbac-csr-approval";
import { rbacDefaultServiceAccountBound } from "./rbac-default-service-account-bound";
import { rbacEscalateBindImpersonate } from "./rbac-escalate-bind-impersonate";
import { rbacNodesProxy } from "./rbac-nodes-proxy";
import { rbacPersistentVolumeCreate } from "./rbac-persistent-volume-create";
import { rbacPodsExecAttach } from "./rbac-pods-exec-attach";
import { rbacSecretsRead } from "./rbac-secrets-read";
import { rbacServiceAccountTokenCreate } from "./rbac-serviceaccount-token-create";
import { rbacSystemMastersBinding } from "./rbac-system-masters-binding";
import { rbacWebhookConfigWrite } from "./rbac-webhook-config-write";
import { rbacWildcardRules } from "./rbac-wildcard-rules";

export const rbacChecks: readonly TCheck[] = [
  rbacClusterAdminBinding,
  rbacSystemMastersBinding,
  rbacAnonymousBinding,
  rbacWildcardRules,
  rbacCreatePods,
  rbacDefaultServiceAccountBound,
  defaultServiceAccountAutomount,
  rbacEscalateBindImpersonate,
  rbacPodsExecAttach,
  rbacNodesProxy,
  rbacPersistentVolumeCreate,
  rbacCsrApproval,
  rbacWebhookConfigWrite,
  rbacServiceAccountTokenCreate,
  rbacSecretsRead,
];
