import { asString, get, kindOf, nameOf } from "../../access";
import { objectRef } from "../../context";
import type { TCheck, TSnapshot } from "../../types";
import { text } from "../../text";

/**
 * The oldest Kubernetes minor upstream still patches. Upstream maintains the three latest
 * minors (about 14 months each): as of 2026-11 that is 1.35–1.37. Bump with each release.
 */
export const OLDEST_SUPPORTED_MINOR = 35;
/** A kubelet more than this many minors behind the API server misses fixes shipped since. */
export const MAX_MINOR_SKEW = 1;

/** "v1.29.3-eks-abc" → {major: 1, minor: 29}. */
export function parseVersion(text: string | undefined): { major: number; minor: number } | undefined {
  const match = /^v?(\d+)\.(\d+)/.exec(text?.trim() ?? "");
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

function serverMinor(snapshot: TSnapshot): number | undefined {
  const version = snapshot.serverVersion;
  const fromGit = parseVersion(version?.gitVersion);
  if (fromGit) return fromGit.minor;
  // `minor` may carry a provider suffix ("29+").
  const minor = Number.parseInt(version?.minor ?? "", 10);
  return Number.isFinite(minor) ? minor : undefined;
}

export const nodeKubeletVersion: TCheck = {
  id: "node-kubelet-version",
  quickWin: "QW1",
  severity: "medium",
  requires: ["Node"],
  *evaluate(ctx) {
    const nodes = ctx.objects("Node").filter((node) => kindOf(node) === "Node");
    const versions = nodes.map((node) => parseVersion(asString(get(node, "status", "nodeInfo", "kubeletVersion"))));
    // Without the server version, the newest kubelet seen is the reference for skew.
    const reference = serverMinor(ctx.snapshot) ?? versions.reduce((max, version) => Math.max(max, version?.minor ?? 0), 0);
    yield* ctx.each(nodes, objectRef, function* (node) {
      const ref = objectRef(node);
      const raw = asString(get(node, "status", "nodeInfo", "kubeletVersion"));
      const version = parseVersion(raw);
      if (!version || version.major !== 1) {
        yield { status: "not_assessable", object: ref, message: text("kubeletVersionUnreadable", { node: nameOf(node) }), reason: text("kubeletVersionUnreadable", { node: nameOf(node) }), evidence: { kubeletVersion: raw ?? null } };
        return;
      }
      const evidence = { kubeletVersion: raw, referenceMinor: reference, oldestSupportedMinor: OLDEST_SUPPORTED_MINOR };
      const endOfLife = version.minor < OLDEST_SUPPORTED_MINOR;
      const lagging = reference - version.minor > MAX_MINOR_SKEW;
      if (!endOfLife && !lagging) {
        yield { status: "pass", object: ref, message: text("kubeletSupported", { node: nameOf(node), version: raw ?? "" }), evidence };
        return;
      }
      const target = `1.${Math.max(reference, OLDEST_SUPPORTED_MINOR)}`;
      yield {
        status: "fail",
        object: ref,
        message: endOfLife
          ? text("kubeletEndOfLife", { node: nameOf(node), version: raw ?? "", oldest: `1.${OLDEST_SUPPORTED_MINOR}` })
          : text("kubeletBehind", { node: nameOf(node), version: raw ?? "", count: reference - version.minor, server: `1.${reference}` }),
        evidence,
        remediation: {
          type: "manual",
          steps: [
            text("kubeletUpgradeControlPlane", { target }),
            text("kubeletDrain", { command: `kubectl drain ${nameOf(node)} --ignore-daemonsets --delete-emptydir-data` }),
            text("kubeletUpgrade", { target }),
            text("kubeletUncordon", { command: `kubectl uncordon ${nameOf(node)}` }),
          ],
          command: `kubectl drain ${nameOf(node)} --ignore-daemonsets --delete-emptydir-data`,
        },
      };
    });
  },
};
