// The fix for a mutable image: pin it to the digest it runs today when the snapshot shows it
// (a patch that changes nothing at runtime), else precise manual steps.
import type { TCheckContext } from "../../context";
import type { TRemediation } from "../../types";
import { containerListPatch, podSpecPatch, type TContainer } from "../../workloads";
import type { TImageContainer } from "./image-containers";
import { withoutDigest } from "./image-ref";
import { knownDigest } from "./known-digests";
import { text, type TText } from "../../text";

/** The strings of one container's fix: the pinned image and its note, or the manual steps. */
type TPinPlan =
  | { image: string; note: TText }
  | { steps: [TText, TText]; command: string };

function planFor(ctx: TCheckContext, { workload, container, image }: TImageContainer): TPinPlan {
  const known = knownDigest(ctx, workload, container.name, image);
  if (known) {
    return {
      image: `${withoutDigest(image.raw)}@${known.digest}`,
      note: text("pinKnownDigest", { source: known.source }),
    };
  }
  const namespace = workload.ref.namespace ? ` -n ${workload.ref.namespace}` : "";
  const repository = withoutDigest(image.raw).replace(/:[^/:]*$/, "");
  return {
    steps: [
      text("pinChooseRelease", { repository }),
      text("pinSetImage", { list: container.list, container: container.name, repository, kind: workload.kind, name: workload.ref.name }),
    ],
    command: `kubectl set image ${workload.kind.toLowerCase()}/${workload.ref.name} ${container.name}=${repository}:<version>@sha256:<digest>${namespace}`,
  };
}

export function pinRemediation(ctx: TCheckContext, item: TImageContainer): TRemediation {
  // Worked out once per container (TCheckContext.containers: one object per container and
  // evaluation): image-latest-tag and image-not-pinned-by-digest both fail a `latest` image,
  // and each built the same ~900 bytes of steps (8,610 containers in the large benchmark).
  // Each result still gets objects of its own; only the strings are shared.
  const plans = ctx.shared("images:pin-plans", () => new Map<TContainer, TPinPlan>());
  let plan = plans.get(item.container);
  if (!plan) {
    plan = planFor(ctx, item);
    plans.set(item.container, plan);
  }
  const { workload, container } = item;
  if ("image" in plan) {
    return {
      type: "patch",
      target: workload.ref,
      patch: podSpecPatch(workload.kind, containerListPatch(container.list, [{ name: container.name, image: plan.image }])),
      note: plan.note,
    };
  }
  return { type: "manual", steps: [plan.steps[0], plan.steps[1]], command: plan.command };
}
