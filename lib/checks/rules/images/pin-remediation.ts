// The fix for a mutable image: pin it to the digest it runs today when the snapshot shows it
// (a patch that changes nothing at runtime), else precise manual steps.
import type { TCheckContext } from "../../context";
import type { TRemediation } from "../../types";
import { podSpecPatch } from "../../workloads";
import type { TImageContainer } from "./image-containers";
import { withoutDigest } from "./image-ref";
import { knownDigest } from "./known-digests";

export function pinRemediation(ctx: TCheckContext, { workload, container, image }: TImageContainer): TRemediation {
  const known = knownDigest(ctx, workload, container.name, image);
  if (known) {
    return {
      type: "patch",
      target: workload.ref,
      patch: podSpecPatch(workload.kind, { [container.list]: [{ name: container.name, image: `${withoutDigest(image.raw)}@${known.digest}` }] }),
      note: `Pins the image that runs today (digest from ${known.source}); bump the digest deliberately when you upgrade.`,
    };
  }
  const namespace = workload.ref.namespace ? ` -n ${workload.ref.namespace}` : "";
  const repository = withoutDigest(image.raw).replace(/:[^/:]*$/, "");
  return {
    type: "manual",
    steps: [
      `Choose an explicit release of \`${repository}\` (never latest) and resolve its digest, for example \`crane digest ${repository}:<version>\` or \`docker buildx imagetools inspect ${repository}:<version>\`.`,
      `Set the image of ${container.list === "containers" ? "container" : container.list === "initContainers" ? "init container" : "ephemeral container"} \`${container.name}\` to \`${repository}:<version>@sha256:<digest>\` in the manifest that owns ${workload.kind} \`${workload.ref.name}\`.`,
    ],
    command: `kubectl set image ${workload.kind.toLowerCase()}/${workload.ref.name} ${container.name}=${repository}:<version>@sha256:<digest>${namespace}`,
  };
}
