import type { TCheck } from "../../types";
import { CONTAINER_RESOURCE_REQUIRES, evaluateContainerResource } from "./container-resources";

export const containerMissingCpuRequest: TCheck = {
  id: "container-missing-cpu-request",
  title: "Container without a CPU request",
  quickWin: "QW4",
  severity: "low",
  why:
    "Without a CPU request the scheduler places the pod blind and, under contention, the container gets almost no " +
    "CPU: a noisy or compromised neighbour can starve it. A request from a LimitRange default counts.",
  requires: CONTAINER_RESOURCE_REQUIRES,
  evaluate(ctx) {
    return evaluateContainerResource(ctx, {
      field: "requests",
      resource: "cpu",
      label: "CPU request",
      suggest: () => "100m",
      note: "100m is a starting point: tune it to the container's observed usage (kubectl top pod).",
    });
  },
};
