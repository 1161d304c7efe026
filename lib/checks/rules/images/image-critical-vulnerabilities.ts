import type { TCheck } from "../../types";
import { IMAGE_REQUIRES } from "./image-containers";
import { evaluateVulnerabilities } from "./vulnerability-outcomes";

export const imageCriticalVulnerabilities: TCheck = {
  id: "image-critical-vulnerabilities",
  quickWin: "QW2",
  severity: "critical",
  requires: [...IMAGE_REQUIRES, "VulnerabilityReport"],
  evaluate: (ctx) => evaluateVulnerabilities(ctx, "critical"),
};
