// ramparts — command line: `ramparts scan PATH|-… [--format table|json|sarif|junit|markdown]
// [--fail-on SEVERITY] [--exceptions FILE] [--all] [--lang en|fr]`.
// Exit codes: 0 done, 1 an open finding at or above --fail-on, 2 usage error or unreadable input.
import { readFile } from "node:fs/promises";
import { createTranslator } from "next-intl";
import { snapshotFromPaths } from "../checks/load";
import { checkById } from "../checks/registry";
import type { TExceptionRule } from "../checks/types";
import { checkTexts } from "../i18n/check-texts";
import { isLocale, type TLocale } from "../i18n/locale";
import { loadMessages } from "../i18n/messages";
import packageJson from "../../package.json";
import { parseArgs, type TFormat } from "./args";
import { parseExceptionsFile } from "./exceptions-file";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import { quickWinTexts, type TRenderContext } from "./render-context";
import { renderSarif } from "./sarif";
import { buildScanReport, failsAt, type TScanReport } from "./scan-report";
import { renderTable } from "./table";

export const EXIT = { ok: 0, failOn: 1, usage: 2 } as const;

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

export async function main(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  stdin: NodeJS.ReadableStream = process.stdin,
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
  let loaded;
  try {
    loaded = await snapshotFromPaths(args.paths, () => readAll(stdin));
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    err.write(`${t("unreadable", { path: failure.path ?? args.paths.join(", "), reason: failure.message })}\n`);
    return EXIT.usage;
  }
  const texts = checkTexts(locale);
  for (const problem of loaded.problems) err.write(`${t("parseProblem", { source: problem.source, message: texts.say(problem.text) })}\n`);
  const now = new Date();
  for (const rule of exceptions) {
    if (!checkById(rule.checkId)) err.write(`${t("exceptionUnknownCheck", { rule: rule.id, check: rule.checkId })}\n`);
    else if (rule.expiresAt && new Date(rule.expiresAt) <= now) err.write(`${t("exceptionExpired", { rule: rule.id, check: rule.checkId })}\n`);
  }
  const report = buildScanReport(loaded.snapshot, { objects: loaded.count, all: args.all, problems: loaded.problems, positions: loaded.positions, exceptions, now, locale });
  const context: TRenderContext = { locale, t, texts, quickWin: quickWinTexts(locale), version: packageJson.version };
  out.write(render(args.format, report, context));
  return args.failOn && failsAt(report, args.failOn) ? EXIT.failOn : EXIT.ok;
}
