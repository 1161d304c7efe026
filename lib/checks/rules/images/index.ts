// QW2 — trusted, pinned and scanned images: tags, digests, registries, pull policy, Trivy
// Operator vulnerability counts, and whether any scanning is in place.
import type { TCheck } from "../../types";
import { imageCriticalVulnerabilities } from "./image-critical-vulnerabilities";
import { imageHighVulnerabilities } from "./image-high-vulnerabilities";
import { imageLatestTag } from "./image-latest-tag";
import { imageNotPinnedByDigest } from "./image-not-pinned-by-digest";
import { imagePullPolicyNotAlways } from "./image-pull-policy-not-always";
import { imageRegistryNotAllowed } from "./image-registry-not-allowed";
import { imageScanningNotInPlace } from "./image-scanning-not-in-place";

export const imagesChecks: readonly TCheck[] = [
  imageLatestTag,
  imageNotPinnedByDigest,
  imageRegistryNotAllowed,
  imagePullPolicyNotAlways,
  imageCriticalVulnerabilities,
  imageHighVulnerabilities,
  imageScanningNotInPlace,
];
