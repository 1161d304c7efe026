import type { TCheck } from "../../types";
import { CONTAINER_RESOURCE_REQUIRES, evaluateContainerResource, resolveResource } from "./container-resources";
import { parseQuantity } from "./quantity";
import { text } from "../../text";

const SUGGESTED = "256Mi";

export const containerMissingMemoryLimit: TCheck = {
  id: "container-missing-memory-limit",
  quickWin: "QW4",
  severity: "medium",
  requires: CONTAINER_RESOURCE_REQUIRES,
  evaluate(ctx) {
    return evaluateContainerResource(ctx, {
      field: "limits",
      resource: "memory",
      // A limit below the (explicit or defaulted) request would be rejected: never go under it.
      suggest: (container, defaults) => {
        const request = resolveResource(container, "requests", "memory", defaults);
        const bytes = parseQuantity(request?.value);
        return bytes !== undefined && bytes > (parseQuantity(SUGGESTED) ?? 0) ? String(request!.value) : SUGGESTED;
      },
      note: text("memoryLimitStart"),
    });
  },
};
