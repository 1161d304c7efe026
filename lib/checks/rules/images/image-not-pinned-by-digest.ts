import type { TCheck } from "../../types";
import { memoize1, memoize2 } from "../../memo";
import { text, type TText } from "../../text";
import { containerLabel, eachImageContainer, IMAGE_REQUIRES } from "./image-containers";
import { pinRemediation } from "./pin-remediation";

// One string per container label (and image), see memo.ts.
const passMessage = memoize1((label: TText) => text("imagePinned", { container: label }));
const failMessage = memoize2((label: TText, image: string) => text("imageNotPinned", { container: label, image }));

export const imageNotPinnedByDigest: TCheck = {
  id: "image-not-pinned-by-digest",
  quickWin: "QW2",
  severity: "low",
  requires: IMAGE_REQUIRES,
  evaluate(ctx) {
    return eachImageContainer(ctx, (item) => {
      const { workload, container, image } = item;
      const evidence = { image: image.raw, digest: image.digest ?? null };
      if (image.digest) {
        return { status: "pass", object: workload.ref, container: container.name, message: passMessage(containerLabel(container)), evidence };
      }
      return {
        status: "fail",
        object: workload.ref,
        container: container.name,
        message: failMessage(containerLabel(container), image.raw),
        evidence,
        remediation: pinRemediation(ctx, item),
      };
    });
  },
};
