import { asBoolean } from "../../../access";
import { securityContext } from "../pod";
import type { TPssControl } from "./control";

/** Baseline: no container may set securityContext.privileged=true. */
export const privilegedControl: TPssControl = {
  id: "privileged",
  level: "baseline",
  evaluate: (pod) =>
    pod.containers
      .filter((container) => asBoolean(securityContext(container)?.privileged) === true)
      .map((container) => ({ container, field: "securityContext.privileged", value: true })),
};
