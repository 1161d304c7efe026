// `ramparts scan … --upload URL --token T`: sends what was read to a running Ramparts as a scan of
// a "manifests" cluster (POST /api/clusters/{id}/uploads, a token with the scan scope), so CI
// results show up in the dashboard's history. URL is the cluster's page as the browser shows it
// (https://ramparts.example/clusters/<id>); its API address works too. Secret and ConfigMap values
// are removed before anything leaves the machine; the server applies its own exceptions.
import { redactSnapshot } from "../checks/redact";
import type { TSnapshot } from "../checks/types";
import type { TLocale } from "../i18n/locale";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const CLUSTER_URL = new RegExp(`^(.*?)(?:/api)?/clusters/(${UUID})(?:/.*)?$`, "i");
const TIMEOUT_MS = 120_000;

export interface TUploadTarget {
  /** The server's base address, with its base path if any (no trailing slash). */
  base: string;
  clusterId: string;
}

/** The server and cluster named by --upload, or null when the URL names no cluster. */
export function parseUploadUrl(text: string): TUploadTarget | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const match = CLUSTER_URL.exec(url.pathname.replace(/\/+$/, ""));
  if (!match) return null;
  return { base: `${url.origin}${match[1]}`, clusterId: match[2]!.toLowerCase() };
}

/** The objects read, Secret and ConfigMap values removed, as one v1 List (JSON is YAML). */
export function uploadBundle(snapshot: TSnapshot): string {
  const redacted = redactSnapshot(snapshot);
  return JSON.stringify({ apiVersion: "v1", kind: "List", items: Object.values(redacted.objects).flat() });
}

export type TUploadResult =
  | { ok: true; scanId: string; status: string; postureScore: number | null; grade: string | null; open: number; error: string | null; scanUrl: string }
  | { ok: false; key: "uploadUnauthorized" | "uploadForbidden" | "uploadNotFound" | "uploadRefused" | "uploadUnreachable"; values: Record<string, string> };

/**
 * Sends the bundle; every failure comes back as a message key of the `cli` catalogue and its values.
 * The server is asked to word its own error message in the CLI's language (Accept-Language), so
 * that the CLI's sentence and the server's message it quotes are in one language.
 */
export async function uploadScan(target: TUploadTarget, token: string, bundle: string, fetcher: typeof fetch = fetch, locale: TLocale = "en"): Promise<TUploadResult> {
  const endpoint = `${target.base}/api/clusters/${target.clusterId}/uploads`;
  let response: Response;
  try {
    response = await fetcher(endpoint, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json", "accept-language": locale },
      body: JSON.stringify({ manifests: bundle }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, key: "uploadUnreachable", values: { server: target.base, reason: cause?.code ?? cause?.message ?? (error as Error).message } };
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.status === 201 && body) {
    const counts = body.counts as { open?: number } | undefined;
    return {
      ok: true,
      scanId: String(body.id),
      status: String(body.status),
      postureScore: typeof body.postureScore === "number" ? body.postureScore : null,
      grade: typeof body.grade === "string" ? body.grade : null,
      open: counts?.open ?? 0,
      error: typeof body.error === "string" ? body.error : null,
      scanUrl: `${target.base}/scans/${String(body.id)}`,
    };
  }
  const message = String((body?.error as { message?: unknown } | undefined)?.message ?? response.statusText);
  const values = { server: target.base, cluster: target.clusterId, status: String(response.status), message };
  if (response.status === 401) return { ok: false, key: "uploadUnauthorized", values };
  if (response.status === 403) return { ok: false, key: "uploadForbidden", values };
  if (response.status === 404) return { ok: false, key: "uploadNotFound", values };
  return { ok: false, key: "uploadRefused", values };
}
