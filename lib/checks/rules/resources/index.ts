// QW4 — resource requests and limits per container, LimitRange and ResourceQuota per namespace.
import type { TCheck } from "../../types";
import { containerMissingCpuRequest } from "./container-missing-cpu-request";
import { containerMissingMemoryLimit } from "./container-missing-memory-limit";
import { containerMissingMemoryRequest } from "./container-missing-memory-request";
import { namespaceWithoutLimitRange } from "./namespace-without-limit-range";
import { namespaceWithoutResourceQuota } from "./namespace-without-resource-quota";

export const resourcesChecks: readonly TCheck[] = [
  containerMissingCpuRequest,
  containerMissingMemoryRequest,
  containerMissingMemoryLimit,
  namespaceWithoutLimitRange,
  namespaceWithoutResourceQuota,
];
