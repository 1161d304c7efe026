// `ramparts scan --kubeconfig FILE [--context NAME]`: a live cluster read with the worker's own
// collector (read-only lists, paging, retries, a 403 on one type recorded as a gap) and the
// server's kubeconfig checks (exec and auth-provider plugins and file references refused), so
// the CLI and the dashboard see the same snapshot. Progress and gaps go to standard error.
import { readFile } from "node:fs/promises";
import type { TSnapshot } from "../checks/types";
import type { TCheckTexts } from "../i18n/check-texts";
import { collectSnapshot, type TCollectOptions } from "../kube/collector";
import { isCollectionError } from "../kube/errors";
import { KubeconfigError, parseKubeconfig, selectContext, toKubeConfig } from "../kube/kubeconfig";
import type { TTranslate } from "./render-context";

export type TClusterInput =
  | { ok: true; snapshot: TSnapshot; count: number }
  | { ok: false; message: string };

export interface TClusterInputOptions {
  kubeconfig: string;
  context?: string;
  t: TTranslate;
  texts: TCheckTexts;
  err: NodeJS.WritableStream;
  /** Collector settings (tests shorten retries and timeouts). */
  collect?: TCollectOptions;
}

export async function snapshotFromCluster(options: TClusterInputOptions): Promise<TClusterInput> {
  const { t, err } = options;
  let text: string;
  try {
    text = await readFile(options.kubeconfig, "utf8");
  } catch (error) {
    return { ok: false, message: t("unreadable", { path: options.kubeconfig, reason: (error as Error).message }) };
  }
  let kubeConfig;
  let contextName: string;
  try {
    const parsed = parseKubeconfig(text);
    contextName = selectContext(parsed, options.context).name;
    kubeConfig = toKubeConfig(parsed, options.context);
  } catch (error) {
    if (!(error instanceof KubeconfigError)) throw error;
    return { ok: false, message: t("badKubeconfig", { path: options.kubeconfig, reason: error.message }) };
  }
  err.write(`${t("clusterReading", { context: contextName })}\n`);
  let lastDone = -1;
  try {
    const { snapshot, stats } = await collectSnapshot(kubeConfig, {
      ...options.collect,
      // One line per finished resource type, not one per page.
      onProgress: ({ kind, done, total }) => {
        if (done === lastDone) return;
        lastDone = done;
        if (done > 0) err.write(`${t("clusterProgress", { done, total, kind })}\n`);
      },
    });
    for (const gap of snapshot.gaps) {
      err.write(`${t("clusterGap", { kind: gap.kind, reason: gap.reasonText ? options.texts.say(gap.reasonText) : gap.reason })}\n`);
    }
    err.write(`${t("clusterRead", { objects: stats.objects, gaps: snapshot.gaps.length, seconds: (stats.durationMs / 1000).toFixed(1) })}\n`);
    return { ok: true, snapshot, count: stats.objects };
  } catch (error) {
    if (!isCollectionError(error)) throw error;
    return { ok: false, message: t("clusterUnavailable", { context: contextName, reason: error.message }) };
  }
}
