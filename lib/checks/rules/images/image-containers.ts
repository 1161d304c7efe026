// Every container (init and ephemeral included: they pull images too) of every top workload,
// with its parsed image. Shared by the image checks.
import { asString } from "../../access";
import type { TCheckContext } from "../../context";
import type { TCheckOutcome } from "../../types";
import { containerLabel, POD_BEARING_KINDS, type TContainer, type TWorkload } from "../../workloads";
import { parseImage, type TImageRef } from "./image-ref";
import { text } from "../../text";

export const IMAGE_REQUIRES = [...POD_BEARING_KINDS];

export interface TImageContainer {
  workload: TWorkload;
  container: TContainer;
  image: TImageRef;
}

/** Moved to workloads.ts (the resource checks use it too); still exported from here. */
export { containerLabel };

/**
 * Runs `evaluate` for each container that names an image; a container without one (the API
 * would have rejected it) is not assessable rather than silently skipped.
 */
export function eachImageContainer(ctx: TCheckContext, evaluate: (item: TImageContainer) => TCheckOutcome): Iterable<TCheckOutcome> {
  // A cluster runs few distinct images: parse each once for all image checks.
  const parsed = ctx.shared("images:parsed", () => new Map<string, TImageRef>());
  return ctx.each(ctx.workloads(), (workload) => workload.ref, (workload): TCheckOutcome[] => {
    const outcomes: TCheckOutcome[] = [];
    for (const container of ctx.containers(workload)) {
      const raw = asString(container.spec.image);
      if (!raw || !raw.trim()) {
        outcomes.push({ status: "not_assessable", object: workload.ref, container: container.name, message: text("containerNamesNoImage", { list: container.list, container: container.name }), reason: text("containerNamesNoImage", { list: container.list, container: container.name }), evidence: { image: container.spec.image ?? null } });
        continue;
      }
      let image = parsed.get(raw);
      if (!image) parsed.set(raw, (image = parseImage(raw)));
      outcomes.push(evaluate({ workload, container, image }));
    }
    return outcomes;
  });
}
