import type { TCheck } from "../../types";
import { CONTAINER_RESOURCE_REQUIRES, evaluateContainerResource, resolveResource } from "./container-resources";
import { parseQuantity } from "./quantity";

const SUGGESTED = "256Mi";

export const containerMissingMemoryLimit: TCheck = {
  id: "container-missing-memory-limit",
  title: "Container without a memory limit",
  quickWin: "QW4",
  severity: "medium",
  why:
    "A container without a memory limit can take all the memory of its node (a leak or a deliberate attack), " +
    "getting other pods killed. A limit from a LimitRange default counts.",
  requires: CONTAINER_RESOURCE_REQUIRES,
  evaluate(ctx) {
    return evaluateContainerResource(ctx, {
      field: "limits",
      resource: "memory",
      label: "memory limit",
      // A limit below the (explicit or defaulted) request would be rejected: never go under it.
      suggest: (container, defaults) => {
        const request = resolveResource(container, "requests", "memory", defaults);
        const bytes = parseQuantity(request?.value);
        return bytes !== undefined && bytes > (parseQuantity(SUGGESTED) ?? 0) ? String(request!.value) : SUGGESTED;
      },
      note: "256Mi (or the request, when larger) is a starting point: set it above the container's peak usage.",
    });
  },
};
