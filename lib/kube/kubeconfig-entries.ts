// Validation of one kubeconfig cluster or user entry. A problem makes only the contexts that use
// the entry unusable (as kubectl does), so a pasted ~/.kube/config whose other contexts use exec
// plugins still yields its token context. Messages name fields, never values.
import { createPrivateKey, X509Certificate } from "node:crypto";
import { z } from "zod";
import { text, type TText } from "../checks/text";
import { quote } from "./kubeconfig-text";
import { ADVICE, at, Redacted, type TKubeCluster, type TKubeUser } from "./kubeconfig-model";

export interface TChecked<T> {
  value: T | null;
  problems: TText[];
  warnings: TText[];
}

// Go's base64.StdEncoding, as kubectl reads *-data fields; line breaks are tolerated.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const isBase64 = (text: string) => text.replace(/[\r\n]/g, "").length > 0 && BASE64.test(text.replace(/[\r\n]/g, ""));
const BASE64_ISSUE = "base64";
const base64Field = z.string().refine(isBase64, BASE64_ISSUE).optional();

const ZCluster = z.looseObject({
  server: z.string().min(1),
  "certificate-authority-data": base64Field,
  "insecure-skip-tls-verify": z.boolean().optional(),
  "tls-server-name": z.string().optional(),
  "proxy-url": z.string().optional(),
});

const ZUser = z.looseObject({
  token: z.string().optional(),
  "client-certificate-data": base64Field,
  "client-key-data": base64Field,
});

// zod messages are strings: the customiser below answers one of these markers, and
// `predicate` turns it into the catalogue text that reads after a field name ("server is missing").
const PREDICATES: Record<string, TText> = {
  missing: text("kcIsMissing"),
  empty: text("kcIsEmpty"),
  base64: text("kcNotBase64"),
  "type:object": text("kcMustBe", { type: text("kcTypeMapping") }),
  "type:array": text("kcMustBe", { type: text("kcTypeList") }),
  "type:string": text("kcMustBe", { type: text("kcTypeText") }),
  "type:boolean": text("kcMustBe", { type: text("kcTypeBoolean") }),
  "type:number": text("kcMustBe", { type: text("kcTypeNumber") }),
};

/** Per-parse zod messages, as markers of PREDICATES. */
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "missing";
    if (issue.input === null) return "empty";
    return `type:${issue.expected}`;
  }
  if (issue.code === "too_small" && issue.origin === "string") return "empty";
  return undefined;
}

/** "server is missing": a zod issue's message (a marker of issueMessage, or zod's own words) after a field name. */
export function fieldIssue(field: string, message: string): TText {
  return text("kcField", { field, predicate: PREDICATES[message] ?? text("kcIssueOther", { message }) });
}

/** "users[0] 'ci-bot': client-key-data is not valid base64"; `root` names an issue at the top. */
export function describeIssues(label: string, issues: readonly z.core.$ZodIssue[], root: string): TText[] {
  return issues.map((issue) => {
    const field = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : String(part))).join(".").replace(/\.\[/g, "[");
    return at(label, fieldIssue(field || root, issue.message));
  });
}

export function checkCluster(raw: Record<string, unknown>, label: string, name: string): TChecked<TKubeCluster> {
  const parsed = ZCluster.safeParse(raw.cluster, { error: issueMessage });
  if (!parsed.success) return { value: null, problems: describeIssues(label, parsed.error.issues, "cluster"), warnings: [] };
  const cluster = parsed.data;
  const problems: TText[] = [];
  const warnings: TText[] = [];
  const skip = cluster["insecure-skip-tls-verify"] === true;
  if (cluster["certificate-authority"] !== undefined) {
    problems.push(at(label, ADVICE.file("certificate-authority", "certificate-authority-data")));
  }
  const url = URL.canParse(cluster.server) ? new URL(cluster.server) : null;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) {
    problems.push(at(label, text("kcServerUrl")));
  } else if (url.username || url.password) {
    problems.push(at(label, text("kcServerCredentials")));
  } else if (url.protocol === "http:" && !skip) {
    problems.push(at(label, text("kcServerHttp")));
  } else if (url.protocol === "http:") {
    warnings.push(text("kcWarnHttp", { name: quote(name) }));
  }
  const caData = cluster["certificate-authority-data"];
  if (caData !== undefined && !parseCertificate(caData)) {
    problems.push(at(label, text("kcCaNotPem")));
  }
  if (skip) {
    warnings.push(text("kcWarnSkipTls", { name: quote(name) }));
  }
  const proxy = cluster["proxy-url"];
  if (proxy !== undefined && !/^https?:\/\/[^/]/i.test(proxy)) {
    problems.push(at(label, text("kcProxyUrl")));
  }
  if (problems.length > 0) return { value: null, problems, warnings };
  return {
    value: {
      name,
      server: cluster.server.replace(/\/+$/, ""),
      caData: caData?.replace(/[\r\n]/g, ""),
      tlsServerName: cluster["tls-server-name"],
      skipTLSVerify: skip,
      proxyUrl: proxy === undefined ? undefined : new Redacted(proxy),
    },
    problems,
    warnings,
  };
}

const FILE_FIELDS = [
  ["client-certificate", "client-certificate-data"],
  ["client-key", "client-key-data"],
  ["tokenFile", "token"],
  ["token-file", "token"],
] as const;
const IMPERSONATION = ["as", "as-uid", "as-groups", "as-user-extra"];

export function checkUser(raw: Record<string, unknown>, label: string, name: string): TChecked<TKubeUser> {
  const parsed = ZUser.safeParse(raw.user, { error: issueMessage });
  if (!parsed.success) return { value: null, problems: describeIssues(label, parsed.error.issues, "user"), warnings: [] };
  const user = parsed.data;
  const present = (field: string) => user[field] !== undefined && user[field] !== null && user[field] !== "";
  const problems: TText[] = [];
  if (present("exec")) problems.push(at(label, ADVICE.exec));
  if (present("auth-provider")) problems.push(at(label, ADVICE.authProvider));
  for (const [field, inline] of FILE_FIELDS) if (present(field)) problems.push(at(label, ADVICE.file(field, inline)));
  if (present("username") || present("password")) problems.push(at(label, ADVICE.basicAuth));
  if (IMPERSONATION.some(present)) problems.push(at(label, ADVICE.impersonation));
  if (problems.length > 0) return { value: null, problems, warnings: [] };

  const token = user.token?.trim();
  const certData = user["client-certificate-data"]?.replace(/[\r\n]/g, "");
  const keyData = user["client-key-data"]?.replace(/[\r\n]/g, "");
  if (token && (certData || keyData)) {
    return fail(at(label, text("kcTokenAndCert")));
  }
  if (token !== undefined && token !== "") {
    // Visible ASCII only: anything else cannot travel in an Authorization header.
    if (!/^[\x21-\x7e]+$/.test(token)) return fail(at(label, text("kcTokenChars")));
    return { value: { name, auth: { method: "token", token: new Redacted(token) } }, problems, warnings: [] };
  }
  if (!certData && !keyData) return fail(at(label, ADVICE.noCredential));
  if (!certData) return fail(at(label, text("kcKeyWithoutCert")));
  if (!keyData) return fail(at(label, text("kcCertWithoutKey")));
  return checkClientCertificate(label, name, certData, keyData);
}

function checkClientCertificate(label: string, name: string, certData: string, keyData: string): TChecked<TKubeUser> {
  const certificate = parseCertificate(certData);
  if (!certificate) return fail(at(label, text("kcCertNotPem")));
  let matches: boolean;
  try {
    matches = certificate.checkPrivateKey(createPrivateKey(Buffer.from(keyData, "base64")));
  } catch {
    return fail(at(label, text("kcKeyNotPem")));
  }
  if (!matches) return fail(at(label, text("kcKeyMismatch")));
  const warnings: TText[] = [];
  const notAfter = new Date(certificate.validTo);
  const days = Math.floor((notAfter.getTime() - Date.now()) / 86_400_000);
  const day = notAfter.toISOString().slice(0, 10);
  if (days < 0) warnings.push(text("kcWarnCertExpired", { name: quote(name), day }));
  else if (days < 30) warnings.push(text("kcWarnCertExpires", { name: quote(name), day, days }));
  return {
    value: { name, auth: { method: "client-certificate", certData, keyData: new Redacted(keyData) } },
    problems: [],
    warnings,
  };
}

function parseCertificate(base64: string): X509Certificate | null {
  try {
    return new X509Certificate(Buffer.from(base64.replace(/[\r\n]/g, ""), "base64"));
  } catch {
    return null;
  }
}

function fail<T>(problem: TText): TChecked<T> {
  return { value: null, problems: [problem], warnings: [] };
}
