// ramparts — command line: `ramparts scan PATH|-…|--kubeconfig FILE [--context NAME]
// [--format table|json|sarif|junit|markdown] [--fail-on SEVERITY] [--exceptions FILE] [--all] [--lang en|fr]
// [--upload URL [--token T]]`.
// Exit codes: 0 done, 1 an open finding at or above --fail-on, 2 usage error or unreadable input
// (a broken kubeconfig or an unreachable cluster included), 3 the upload failed (refused,
// unreachable, or the server's scan failed).
import { readFile } from "node:fs/promises";
import { createTranslator } from "next-intl";
import { snapshotFromPaths, type TLoaded } from "../checks/load";
import { checkById } from "../checks/registry";
import type { TExceptionRule } from "../checks/types";
import { env } from "../env";
import type { TCollectOptions } from "../kube/collector";
import { checkTexts } from "../i18n/check-texts";
import { isLocale, type TLocale } from "../i18n/locale";
import { loadMessages } from "../i18n/messages";
import packageJson from "../../package.json";
import { parseArgs, type TArgs, type TFormat } from "./args";
import { snapshotFromCluster } from "./cluster-input";
import { parseExceptionsFile } from "./exceptions-file";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import { quickWinTexts, type TRenderContext } from "./render-context";
import { renderSarif } from "./sarif";
import { buildScanReport, failsAt, type TScanReport } from "./scan-report";
import { renderTable } from "./table";
import { parseUploadUrl, uploadBundle, uploadScan, type TUploadTarget } from "./upload";

export const EXIT = { ok: 0, failOn: 1, usage: 2, upload: 3 } as const;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function render(format: TFormat, report: TScanReport, context: TRenderContext): string {
  switch (format) {
    case "json": return `${JSON.stringify(report, null, 2)}\n`;
    case "sarif": return renderSarif(report, context);
    case "junit": return renderJunit(report, context);
    case "markdown": return renderMarkdown(report, context);
    case "table": return renderTable(report, context.t, context.texts);
  }
}

type TInput = Pick<TLoaded, "snapshot" | "count" | "problems"> & { positions?: TLoaded["positions"] };

/** The snapshot from paths or from a live cluster; a message (exit 2) when it cannot be had. */
async function loadInput(
  args: TArgs, stdin: NodeJS.ReadableStream, t: TRenderContext["t"], texts: TRenderContext["texts"],
  err: NodeJS.WritableStream, collect?: TCollectOptions,
): Promise<TInput | string> {
  if (args.kubeconfig !== undefined) {
    const live = await snapshotFromCluster({ kubeconfig: args.kubeconfig, context: args.context, t, texts, err, collect });
    return live.ok ? { snapshot: live.snapshot, count: live.count, problems: [] } : live.message;
  }
  try {
    return await snapshotFromPaths(args.paths, () => readAll(stdin));
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    return t("unreadable", { path: failure.path ?? args.paths.join(", "), reason: failure.message });
  }
}

export async function main(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  stdin: NodeJS.ReadableStream = process.stdin,
  /** Collector settings for --kubeconfig (tests shorten retries). */
  collect?: TCollectOptions,
): Promise<number> {
  const args = parseArgs(argv);
  const locale: TLocale = isLocale(args.lang) ? args.lang : "en";
  const translator = createTranslator({ locale, messages: await loadMessages(locale), namespace: "cli" });
  const t = (key: string, values?: Record<string, string | number>) => translator(key as "summary", values as never);
  if (args.command === "help" || !args.command) {
    out.write(`${t("usage")}\n`);
    return args.command ? EXIT.ok : EXIT.usage;
  }
  // A terminal on standard input means nothing was piped: waiting for it would look like a hang.
  if (args.paths.includes("-") && (stdin as { isTTY?: boolean }).isTTY) args.errors.push({ key: "stdinIsTerminal", values: {} });
  let upload: { target: TUploadTarget; token: string } | undefined;
  if (args.upload !== undefined) {
    const target = parseUploadUrl(args.upload);
    // The environment is read only here: a token there stays out of process lists and CI logs.
    const token = args.token ?? env().RAMPARTS_TOKEN;
    if (!target) args.errors.push({ key: "badUpload", values: { url: args.upload } });
    if (!token) args.errors.push({ key: "uploadNeedsToken", values: {} });
    if (target && token) upload = { target, token };
  }
  if (args.errors.length > 0) {
    for (const error of args.errors) err.write(`${t(error.key, error.values)}\n`);
    err.write(`${t("usage")}\n`);
    return EXIT.usage;
  }
  let exceptions: TExceptionRule[] = [];
  if (args.exceptions) {
    try {
      exceptions = parseExceptionsFile(await readFile(args.exceptions, "utf8"), args.exceptions);
    } catch (error) {
      err.write(`${t("badExceptions", { path: args.exceptions, reason: (error as Error).message })}\n`);
      return EXIT.usage;
    }
  }
  const texts = checkTexts(locale);
  const loaded = await loadInput(args, stdin, t, texts, err, collect);
  if (typeof loaded === "string") {
    err.write(`${loaded}\n`);
    return EXIT.usage;
  }
  for (const problem of loaded.problems) err.write(`${t("parseProblem", { source: problem.source, message: texts.say(problem.text) })}\n`);
  const now = new Date();
  for (const rule of exceptions) {
    if (!checkById(rule.checkId)) err.write(`${t("exceptionUnknownCheck", { rule: rule.id, check: rule.checkId })}\n`);
    else if (rule.expiresAt && new Date(rule.expiresAt) <= now) err.write(`${t("exceptionExpired", { rule: rule.id, check: rule.checkId })}\n`);
  }
  const report = buildScanReport(loaded.snapshot, { objects: loaded.count, all: args.all, problems: loaded.problems, positions: loaded.positions, exceptions, now, locale });
  const context: TRenderContext = { locale, t, texts, quickWin: quickWinTexts(locale), version: packageJson.version };
  out.write(render(args.format, report, context));
  if (upload) {
    // On standard error: standard output holds the report (a SARIF or JUnit file in CI).
    const result = await uploadScan(upload.target, upload.token, uploadBundle(loaded.snapshot), fetch, locale);
    if (!result.ok) {
      err.write(`${t(result.key, result.values)}\n`);
      return EXIT.upload;
    }
    const score = result.postureScore === null ? "—" : `${result.postureScore} (${result.grade ?? "—"})`;
    err.write(`${t("uploaded", { status: result.status, score, open: result.open, url: result.scanUrl })}\n`);
    if (result.status === "failed") {
      err.write(`${t("uploadScanFailed", { reason: result.error ?? "" })}\n`);
      return EXIT.upload;
    }
  }
  return args.failOn && failsAt(report, args.failOn) ? EXIT.failOn : EXIT.ok;
}
