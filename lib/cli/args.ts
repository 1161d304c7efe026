// `ramparts` arguments. Problems are collected, not thrown: main prints every one, then the
// usage, and exits 2 (the usage-error code, distinct from --fail-on's 1).
import type { TSeverity } from "../checks/types";
import { isLocale } from "../i18n/locale";
import { SEVERITIES } from "./scan-report";

export const FORMATS = ["table", "json", "sarif", "junit", "markdown"] as const;
export type TFormat = (typeof FORMATS)[number];

export interface TArgs {
  command?: string;
  /** Files, folders, and "-" for standard input. */
  paths: string[];
  format: TFormat;
  all: boolean;
  lang: string;
  failOn?: TSeverity;
  exceptions?: string;
  /** A live cluster instead of paths: its kubeconfig file, and the context (default: its current-context). */
  kubeconfig?: string;
  context?: string;
  /** --upload: the cluster's page on a running Ramparts (lib/cli/upload.ts). */
  upload?: string;
  /** --token, else RAMPARTS_TOKEN (read by main). */
  token?: string;
  errors: { key: string; values: Record<string, string> }[];
}

const VALUED = ["--format", "--lang", "--fail-on", "--exceptions", "--kubeconfig", "--context", "--upload", "--token"] as const;

export function parseArgs(argv: string[]): TArgs {
  const args: TArgs = { paths: [], format: "table", all: false, lang: "en", errors: [] };
  const values: Partial<Record<(typeof VALUED)[number], string>> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const option = VALUED.find((name) => arg === name || arg.startsWith(`${name}=`));
    if (option) {
      const value = arg === option ? argv[++index] : arg.slice(option.length + 1);
      if (value === undefined || value === "") args.errors.push({ key: "missingValue", values: { option } });
      else values[option] = value;
    } else if (arg === "--all") args.all = true;
    else if (arg === "--help" || arg === "-h") args.command = "help";
    else if (arg.startsWith("--")) args.errors.push({ key: "unknownOption", values: { option: arg } });
    else if (!args.command) args.command = arg;
    // "-" twice would wait on a stream that is already read: once is enough.
    else if (arg !== "-" || !args.paths.includes("-")) args.paths.push(arg);
  }
  const format = values["--format"] ?? "table";
  if ((FORMATS as readonly string[]).includes(format)) args.format = format as TFormat;
  else args.errors.push({ key: "badFormat", values: { format } });
  args.lang = values["--lang"] ?? "en";
  const failOn = values["--fail-on"];
  if (failOn !== undefined) {
    if ((SEVERITIES as readonly string[]).includes(failOn)) args.failOn = failOn as TSeverity;
    else args.errors.push({ key: "badFailOn", values: { severity: failOn } });
  }
  if (values["--exceptions"] !== undefined) args.exceptions = values["--exceptions"];
  if (values["--upload"] !== undefined) args.upload = values["--upload"];
  if (values["--token"] !== undefined) args.token = values["--token"];
  if (args.token !== undefined && args.upload === undefined) args.errors.push({ key: "tokenWithoutUpload", values: {} });
  // No implicit $KUBECONFIG or ~/.kube/config: a CI job must not scan whatever cluster its
  // runner happens to be logged in to. The file is always named.
  args.kubeconfig = values["--kubeconfig"];
  args.context = values["--context"];
  if (args.context !== undefined && args.kubeconfig === undefined) args.errors.push({ key: "contextWithoutKubeconfig", values: {} });
  if (args.kubeconfig !== undefined && args.paths.length > 0) args.errors.push({ key: "kubeconfigWithPaths", values: {} });
  if (args.command && !["scan", "help"].includes(args.command)) args.errors.push({ key: "unknownCommand", values: { command: args.command } });
  if (!isLocale(args.lang)) args.errors.push({ key: "badLang", values: { lang: args.lang } });
  if (args.command === "scan" && args.paths.length === 0 && args.kubeconfig === undefined) args.errors.push({ key: "noPath", values: {} });
  return args;
}
