import type { TCheck } from "../../types";
import { CONTAINER_RESOURCE_REQUIRES, evaluateContainerResource } from "./container-resources";
import { text } from "../../text";

export const containerMissingCpuRequest: TCheck = {
  id: "container-missing-cpu-request",
  quickWin: "QW4",
  severity: "low",
  requires: CONTAINER_RESOURCE_REQUIRES,
  evaluate(ctx) {
    return evaluateContainerResource(ctx, {
      field: "requests",
      resource: "cpu",
      suggest: () => "100m",
      note: text("cpuRequestStart"),
    });
  },
};
