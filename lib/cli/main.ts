// ramparts — command line. `ramparts scan PATH… --format json|table [--all] [--lang en|fr]`
import { createTranslator } from "next-intl";
import { snapshotFromPaths } from "../checks/load";
import { checkTexts } from "../i18n/check-texts";
import { isLocale, type TLocale } from "../i18n/locale";
import { loadMessages } from "../i18n/messages";
import { buildScanReport } from "./scan-report";
import { renderTable } from "./table";

interface TArgs {
  command?: string;
  paths: string[];
  format: string;
  all: boolean;
  lang: string;
  errors: { key: string; values: Record<string, string> }[];
}

function parseArgs(argv: string[]): TArgs {
  const args: TArgs = { paths: [], format: "table", all: false, lang: "en", errors: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === "--format") args.format = argv[++index] ?? "";
    else if (arg.startsWith("--format=")) args.format = arg.slice("--format=".length);
    else if (arg === "--lang") args.lang = argv[++index] ?? "";
    else if (arg.startsWith("--lang=")) args.lang = arg.slice("--lang=".length);
    else if (arg === "--all") args.all = true;
    else if (arg === "--help" || arg === "-h") args.command = "help";
    else if (arg.startsWith("--")) args.errors.push({ key: "unknownOption", values: { option: arg } });
    else if (!args.command) args.command = arg;
    else args.paths.push(arg);
  }
  if (args.command && !["scan", "help"].includes(args.command)) args.errors.push({ key: "unknownCommand", values: { command: args.command } });
  if (!["json", "table"].includes(args.format)) args.errors.push({ key: "badFormat", values: { format: args.format } });
  if (!isLocale(args.lang)) args.errors.push({ key: "badLang", values: { lang: args.lang } });
  if (args.command === "scan" && args.paths.length === 0) args.errors.push({ key: "noPath", values: {} });
  return args;
}

export async function main(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv);
  const locale: TLocale = isLocale(args.lang) ? args.lang : "en";
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "cli" });
  if (args.command === "help" || !args.command) {
    out.write(`${t("usage")}\n`);
    return args.command ? 0 : 2;
  }
  if (args.errors.length > 0) {
    for (const error of args.errors) err.write(`${t(error.key as "noPath", error.values)}\n`);
    err.write(`${t("usage")}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = await snapshotFromPaths(args.paths);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    err.write(`${t("unreadable", { path: failure.path ?? args.paths.join(", "), reason: failure.message })}\n`);
    return 2;
  }
  for (const problem of loaded.problems) err.write(`${t("parseProblem", { source: problem.source, message: problem.message })}\n`);
  const report = buildScanReport(loaded.snapshot, { objects: loaded.count, all: args.all, problems: loaded.problems });
  if (args.format === "json") out.write(`${JSON.stringify(report, null, 2)}\n`);
  else out.write(renderTable(report, (key, values) => t(key as "summary", values), checkTexts(locale)));
  return 0;
}
