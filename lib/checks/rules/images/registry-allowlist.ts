// The trusted registries, from the caller's settings (snapshot.settings, set from the database
// for live scans) or, for a folder of manifests, from a ScanSettings document beside them:
//   apiVersion: ramparts.io/v1alpha1
//   kind: ScanSettings
//   spec: { registryAllowlist: [registry.example.com, ghcr.io/acme] }
import { asArray, asRecord, asString } from "../../access";
import type { TCheckContext } from "../../context";
import type { TImageRef } from "./image-ref";

export const SCAN_SETTINGS_KIND = "ScanSettings";

export interface TAllowlist {
  entries: string[];
  source: "settings" | "ScanSettings";
}

function normalise(entry: string): string {
  const trimmed = entry.trim().replace(/^[a-z]+:\/\//i, "").replace(/\/+$/, "");
  const slash = trimmed.indexOf("/");
  const host = (slash >= 0 ? trimmed.slice(0, slash) : trimmed).toLowerCase();
  const path = slash >= 0 ? trimmed.slice(slash) : "";
  return `${["index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"].includes(host) ? "docker.io" : host}${path}`;
}

function strings(value: unknown): string[] {
  return asArray(value).filter((entry): entry is string => typeof entry === "string" && entry.trim() !== "").map(normalise);
}

/** Undefined when no allowlist is configured (the check is then not assessable). */
export function registryAllowlist(ctx: TCheckContext): TAllowlist | undefined {
  return ctx.shared("images:registry-allowlist", () => {
    const fromSettings = ctx.snapshot.settings?.registryAllowlist;
    if (Array.isArray(fromSettings)) return { entries: strings(fromSettings), source: "settings" as const };
    const documents = ctx.objects(SCAN_SETTINGS_KIND).filter((object) => (asString(object.apiVersion) ?? "").startsWith("ramparts.io/"));
    if (documents.length === 0) return undefined;
    return { entries: documents.flatMap((object) => strings(asRecord(object.spec)?.registryAllowlist)), source: "ScanSettings" as const };
  });
}

/** The allowlist entry that admits `image`, if any: a host, a host/path prefix, or `*.domain`. */
export function allowedBy(allowlist: TAllowlist, image: TImageRef): string | undefined {
  const path = `${image.registry}/${image.repository}`;
  return allowlist.entries.find((entry) =>
    entry.startsWith("*.") ? image.registry.endsWith(entry.slice(1)) : path === entry || path.startsWith(`${entry}/`),
  );
}
