import { CLUSTER_REF } from "../../context";
import type { TCheck, TRemediation } from "../../types";
import { podSpecPatch } from "../../workloads";
import { containerLabel, eachImageContainer, IMAGE_REQUIRES, type TImageContainer } from "./image-containers";
import { parseImage } from "./image-ref";
import { allowedBy, registryAllowlist, SCAN_SETTINGS_KIND, type TAllowlist } from "./registry-allowlist";
import { text } from "../../text";

/** Points the image at the first allowlisted registry it can be mirrored to (same path, tag, digest). */
function mirrorRemediation(allowlist: TAllowlist, { workload, container, image }: TImageContainer): TRemediation {
  const suffix = `${image.repository}${image.tag ? `:${image.tag}` : ""}${image.digest ? `@${image.digest}` : ""}`;
  for (const entry of allowlist.entries.filter((candidate) => !candidate.startsWith("*."))) {
    const mirrored = `${entry}/${suffix}`;
    if (!allowedBy(allowlist, parseImage(mirrored))) continue;
    return {
      type: "patch",
      target: workload.ref,
      patch: podSpecPatch(workload.kind, { [container.list]: [{ name: container.name, image: mirrored }] }),
      note: text("mirrorThenApply", { command: `crane copy ${image.raw} ${mirrored}` }),
    };
  }
  return {
    type: "manual",
    steps: [
      text("mirrorIntoTrusted", { image: image.raw, registries: allowlist.entries.join(", ") }),
      text("pointAtMirror", { container: container.name, kind: workload.kind, name: workload.ref.name }),
    ],
  };
}

export const imageRegistryNotAllowed: TCheck = {
  id: "image-registry-not-allowed",
  quickWin: "QW2",
  severity: "high",
  cis: "5.5.1",
  requires: IMAGE_REQUIRES,
  *evaluate(ctx) {
    const allowlist = registryAllowlist(ctx);
    if (!allowlist) {
      // Judging trust needs the organisation's list; passing every image would flatter the score.
      yield {
        status: "not_assessable",
        object: CLUSTER_REF,
        message: text("noRegistryAllowlist"), reason: text("noRegistryAllowlist"),
        evidence: { registryAllowlist: null, configureWith: ["settings.registryAllowlist", `kind: ${SCAN_SETTINGS_KIND} (apiVersion ramparts.io/v1alpha1) spec.registryAllowlist`] },
      };
      return;
    }
    yield* eachImageContainer(ctx, (item) => {
      const { workload, container, image } = item;
      const entry = allowedBy(allowlist, image);
      const evidence = { image: image.raw, registry: image.registry, repository: image.repository, allowlist: allowlist.entries.slice(0, 20), source: allowlist.source };
      if (entry) {
        return { status: "pass", object: workload.ref, container: container.name, message: text("imageTrustedRegistry", { container: containerLabel(container), entry }), evidence: { ...evidence, allowedBy: entry } };
      }
      return {
        status: "fail",
        object: workload.ref,
        container: container.name,
        message: text("imageUntrustedRegistry", { container: containerLabel(container), image: image.raw, registry: image.registry }),
        evidence,
        remediation: mirrorRemediation(allowlist, item),
      };
    });
  },
};
