import type { TCheck } from "../../types";
import { containerLabel, eachImageContainer, IMAGE_REQUIRES } from "./image-containers";
import { pinRemediation } from "./pin-remediation";

export const imageNotPinnedByDigest: TCheck = {
  id: "image-not-pinned-by-digest",
  title: "Image not pinned by digest",
  quickWin: "QW2",
  severity: "low",
  why:
    "A tag can be moved to other content (by mistake, or by whoever compromises the registry account); only a " +
    "digest guarantees that the image that was reviewed and scanned is the one that runs.",
  requires: IMAGE_REQUIRES,
  evaluate(ctx) {
    return eachImageContainer(ctx, (item) => {
      const { workload, container, image } = item;
      const evidence = { image: image.raw, digest: image.digest ?? null };
      if (image.digest) {
        return { status: "pass", object: workload.ref, container: container.name, message: `${containerLabel(container)} pins its image by digest.`, evidence };
      }
      return {
        status: "fail",
        object: workload.ref,
        container: container.name,
        message: `${containerLabel(container)} uses \`${image.raw}\`, not pinned by digest.`,
        evidence,
        remediation: pinRemediation(ctx, item),
      };
    });
  },
};
