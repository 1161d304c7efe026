import type { TCheck } from "../../types";
import { IMAGE_REQUIRES } from "./image-containers";
import { evaluateVulnerabilities } from "./vulnerability-outcomes";

export const imageCriticalVulnerabilities: TCheck = {
  id: "image-critical-vulnerabilities",
  title: "Image with critical vulnerabilities",
  quickWin: "QW2",
  severity: "critical",
  why:
    "Trivy Operator found critical vulnerabilities in the image this container runs: known, often remotely " +
    "exploitable flaws for which attackers have ready-made tools.",
  requires: [...IMAGE_REQUIRES, "VulnerabilityReport"],
  evaluate: (ctx) => evaluateVulnerabilities(ctx, "critical"),
};
