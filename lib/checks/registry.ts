// The one registry of checks. Each family folder exports its checks; ids are unique
// (registry.test.ts proves it, and that each has metadata, fixtures and docs).
import { controlPlaneChecks } from "./rules/control-plane";
import { imagesChecks } from "./rules/images";
import { namespacesChecks } from "./rules/namespaces";
import { networkChecks } from "./rules/network";
import { pssChecks } from "./rules/pss";
import { rbacChecks } from "./rules/rbac";
import { resourcesChecks } from "./rules/resources";
import { secretsChecks } from "./rules/secrets";
import type { TCheck } from "./types";

export const CHECKS: readonly TCheck[] = [
  ...controlPlaneChecks, // QW1
  ...imagesChecks, // QW2
  ...pssChecks, // QW3, QW9 (Pod Security Standards controls and the pod-level extras)
  ...resourcesChecks, // QW4
  ...secretsChecks, // QW5
  ...namespacesChecks, // QW6
  ...rbacChecks, // QW7 (and who can read secrets, QW5)
  ...networkChecks, // QW8
];

export function checkById(id: string): TCheck | undefined {
  return CHECKS.find((check) => check.id === id);
}
