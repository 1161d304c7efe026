import type { TCheck } from "../../types";
import { memoize2 } from "../../memo";
import { text, type TText } from "../../text";
import { containerLabel, eachImageContainer, IMAGE_REQUIRES } from "./image-containers";
import { pinRemediation } from "./pin-remediation";

/** One string per container label and image (see memo.ts). */
const passMessage = memoize2((label: TText, image: string) => text("imageUses", { container: label, image }));

export const imageLatestTag: TCheck = {
  id: "image-latest-tag",
  quickWin: "QW2",
  severity: "medium",
  // Reads Pods' status and VulnerabilityReports only to propose a digest; their absence does not change the verdict.
  requires: IMAGE_REQUIRES,
  evaluate(ctx) {
    return eachImageContainer(ctx, (item) => {
      const { workload, container, image } = item;
      const evidence = { image: image.raw, tag: image.tag ?? null, digest: image.digest ?? null };
      if (image.digest || (image.tag !== undefined && image.tag !== "latest")) {
        return { status: "pass", object: workload.ref, container: container.name, message: passMessage(containerLabel(container), image.raw), evidence };
      }
      return {
        status: "fail",
        object: workload.ref,
        container: container.name,
        message: text("imageLatest", { container: containerLabel(container), image: image.raw, tagged: image.tag === undefined ? "no" : "latest" }),
        evidence,
        remediation: pinRemediation(ctx, item),
      };
    });
  },
};
