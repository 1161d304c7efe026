import type { TCheck } from "../../types";
import { IMAGE_REQUIRES } from "./image-containers";
import { evaluateVulnerabilities } from "./vulnerability-outcomes";

export const imageHighVulnerabilities: TCheck = {
  id: "image-high-vulnerabilities",
  quickWin: "QW2",
  severity: "high",
  requires: [...IMAGE_REQUIRES, "VulnerabilityReport"],
  evaluate: (ctx) => evaluateVulnerabilities(ctx, "high"),
};
