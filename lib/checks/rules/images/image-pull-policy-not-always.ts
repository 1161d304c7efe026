import { asString } from "../../access";
import type { TCheck } from "../../types";
import { containerListPatch, podSpecPatch } from "../../workloads";
import { memoize1, memoize2 } from "../../memo";
import { containerLabel, eachImageContainer, IMAGE_REQUIRES } from "./image-containers";
import { text, type TText } from "../../text";

// One string per container label (and image), see memo.ts.
const pinnedMessage = memoize1((label: TText) => text("imagePinnedPullPolicy", { container: label }));
const alwaysMessage = memoize2((label: TText, image: string) => text("imageAlwaysPulled", { container: label, image }));

export const imagePullPolicyNotAlways: TCheck = {
  id: "image-pull-policy-not-always",
  quickWin: "QW2",
  severity: "low",
  requires: IMAGE_REQUIRES,
  evaluate(ctx) {
    return eachImageContainer(ctx, ({ workload, container, image }) => {
      const declared = asString(container.spec.imagePullPolicy);
      // API defaulting: Always for :latest or untagged images, IfNotPresent otherwise.
      const effective = declared ?? (image.tag === undefined || image.tag === "latest" ? "Always" : "IfNotPresent");
      const evidence = { image: image.raw, imagePullPolicy: declared ?? null, effective };
      if (image.digest) {
        return { status: "pass", object: workload.ref, container: container.name, message: pinnedMessage(containerLabel(container)), evidence };
      }
      if (effective === "Always") {
        return { status: "pass", object: workload.ref, container: container.name, message: alwaysMessage(containerLabel(container), image.raw), evidence };
      }
      return {
        status: "fail",
        object: workload.ref,
        container: container.name,
        message: text("imageMutablePull", { container: containerLabel(container), image: image.raw, policy: effective }),
        evidence,
        remediation: {
          type: "patch",
          target: workload.ref,
          patch: podSpecPatch(workload.kind, containerListPatch(container.list, [{ name: container.name, imagePullPolicy: "Always" }])),
          note: text("pullAlwaysPinBetter"),
        },
      };
    });
  },
};
