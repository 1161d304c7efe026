// QW5 — secrets: literal values, env exposure (5.4.1), external managers (5.4.2), encryption at
// rest, legacy and stale tokens, automounted tokens (5.1.6). "Who can read Secrets" (5.1.2) is an
// RBAC check and lives in ../rbac with quickWin QW5. No check ever copies a Secret or ConfigMap value.
import type { TCheck } from "../../types";
import { configmapSecretLikeValue } from "./configmap-secret-like-value";
import { encryptionAtRestMissing } from "./encryption-at-rest-missing";
import { externalSecretManagerMissing } from "./external-secret-manager-missing";
import { legacyServiceAccountTokenSecret } from "./legacy-service-account-token-secret";
import { secretEnvReference } from "./secret-env-reference";
import { secretLiteralEnv } from "./secret-literal-env";
import { secretRotationOverdue } from "./secret-rotation-overdue";
import { serviceAccountTokenAutomount } from "./service-account-token-automount";

export const secretsChecks: readonly TCheck[] = [
  secretLiteralEnv,
  configmapSecretLikeValue,
  secretEnvReference,
  externalSecretManagerMissing,
  encryptionAtRestMissing,
  legacyServiceAccountTokenSecret,
  secretRotationOverdue,
  serviceAccountTokenAutomount,
];
