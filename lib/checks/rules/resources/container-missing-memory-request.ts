import type { TCheck } from "../../types";
import { CONTAINER_RESOURCE_REQUIRES, evaluateContainerResource } from "./container-resources";
import { text } from "../../text";

export const containerMissingMemoryRequest: TCheck = {
  id: "container-missing-memory-request",
  quickWin: "QW4",
  severity: "low",
  requires: CONTAINER_RESOURCE_REQUIRES,
  evaluate(ctx) {
    return evaluateContainerResource(ctx, {
      field: "requests",
      resource: "memory",
      // Only suggested when the container has no memory limit (else the request defaults to it),
      // so 128Mi can never exceed a limit.
      suggest: () => "128Mi",
      note: text("memoryRequestStart"),
    });
  },
};
