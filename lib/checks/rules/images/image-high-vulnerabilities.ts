import type { TCheck } from "../../types";
import { IMAGE_REQUIRES } from "./image-containers";
import { evaluateVulnerabilities } from "./vulnerability-outcomes";

export const imageHighVulnerabilities: TCheck = {
  id: "image-high-vulnerabilities",
  title: "Image with high-severity vulnerabilities",
  quickWin: "QW2",
  severity: "high",
  why:
    "Trivy Operator found high-severity vulnerabilities in the image this container runs; most have a fixed " +
    "version, so upgrading the image removes them.",
  requires: [...IMAGE_REQUIRES, "VulnerabilityReport"],
  evaluate: (ctx) => evaluateVulnerabilities(ctx, "high"),
};
