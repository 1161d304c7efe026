import type { TCheck } from "../../types";
import { CONTAINER_RESOURCE_REQUIRES, evaluateContainerResource } from "./container-resources";

export const containerMissingMemoryRequest: TCheck = {
  id: "container-missing-memory-request",
  title: "Container without a memory request",
  quickWin: "QW4",
  severity: "low",
  why:
    "Without a memory request the pod is scheduled as if it used no memory and is among the first evicted when " +
    "the node runs short. A request from a LimitRange default counts.",
  requires: CONTAINER_RESOURCE_REQUIRES,
  evaluate(ctx) {
    return evaluateContainerResource(ctx, {
      field: "requests",
      resource: "memory",
      label: "memory request",
      // Only suggested when the container has no memory limit (else the request defaults to it),
      // so 128Mi can never exceed a limit.
      suggest: () => "128Mi",
      note: "128Mi is a starting point: tune it to the container's observed usage (kubectl top pod).",
    });
  },
};
