// Validation of one kubeconfig cluster or user entry. A problem makes only the contexts that use
// the entry unusable (as kubectl does), so a pasted ~/.kube/config whose other contexts use exec
// plugins still yields its token context. Messages name fields, never values.
import { createPrivateKey, X509Certificate } from "node:crypto";
import { z } from "zod";
import { ADVICE, Redacted, type TKubeCluster, type TKubeUser } from "./kubeconfig-model";

export interface TChecked<T> {
  value: T | null;
  problems: string[];
  warnings: string[];
}

// Go's base64.StdEncoding, as kubectl reads *-data fields; line breaks are tolerated.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const isBase64 = (text: string) => text.replace(/[\r\n]/g, "").length > 0 && BASE64.test(text.replace(/[\r\n]/g, ""));
const base64Field = z.string().refine(isBase64, "is not valid base64").optional();

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

const WORDS: Record<string, string> = { object: "a mapping", array: "a list", string: "text", boolean: "true or false", number: "a number" };

/** Per-parse zod messages: predicates that read after a field name ("server is missing"). */
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "is missing";
    if (issue.input === null) return "is empty";
    return `must be ${WORDS[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === "too_small" && issue.origin === "string") return "is empty";
  return undefined;
}

/** "users[0] 'ci-bot': client-key-data is not valid base64"; `root` names an issue at the top. */
export function describeIssues(label: string, issues: readonly z.core.$ZodIssue[], root: string): string[] {
  return issues.map((issue) => {
    const field = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : String(part))).join(".").replace(/\.\[/g, "[");
    return `${label}: ${field || root} ${issue.message}`;
  });
}

export function checkCluster(raw: Record<string, unknown>, label: string, name: string): TChecked<TKubeCluster> {
  const parsed = ZCluster.safeParse(raw.cluster, { error: issueMessage });
  if (!parsed.success) return { value: null, problems: describeIssues(label, parsed.error.issues, "cluster"), warnings: [] };
  const cluster = parsed.data;
  const problems: string[] = [];
  const warnings: string[] = [];
  const skip = cluster["insecure-skip-tls-verify"] === true;
  if (cluster["certificate-authority"] !== undefined) {
    problems.push(`${label}: ${ADVICE.file("certificate-authority", "certificate-authority-data")}`);
  }
  const url = URL.canParse(cluster.server) ? new URL(cluster.server) : null;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) {
    problems.push(`${label}: server must be a URL such as https://api.example.com:6443`);
  } else if (url.username || url.password) {
    problems.push(`${label}: server must not contain a user name or password; credentials belong in the user entry`);
  } else if (url.protocol === "http:" && !skip) {
    problems.push(`${label}: server is plain http://, which is accepted only with insecure-skip-tls-verify: true; use https://`);
  } else if (url.protocol === "http:") {
    warnings.push(`cluster '${name}': the server is plain http://, so the credentials travel unencrypted`);
  }
  const caData = cluster["certificate-authority-data"];
  if (caData !== undefined && !parseCertificate(caData)) {
    problems.push(`${label}: certificate-authority-data does not hold a PEM certificate`);
  }
  if (skip) {
    warnings.push(
      `cluster '${name}': insecure-skip-tls-verify is set, so the server's identity is not checked and a machine in the middle could capture the credentials; prefer certificate-authority-data`,
    );
  }
  const proxy = cluster["proxy-url"];
  if (proxy !== undefined && !/^https?:\/\/[^/]/i.test(proxy)) {
    problems.push(`${label}: proxy-url must start with http:// or https:// (other proxies are not supported)`);
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
  const problems: string[] = [];
  if (present("exec")) problems.push(`${label}: ${ADVICE.exec}`);
  if (present("auth-provider")) problems.push(`${label}: ${ADVICE.authProvider}`);
  for (const [field, inline] of FILE_FIELDS) if (present(field)) problems.push(`${label}: ${ADVICE.file(field, inline)}`);
  if (present("username") || present("password")) problems.push(`${label}: ${ADVICE.basicAuth}`);
  if (IMPERSONATION.some(present)) problems.push(`${label}: ${ADVICE.impersonation}`);
  if (problems.length > 0) return { value: null, problems, warnings: [] };

  const token = user.token?.trim();
  const certData = user["client-certificate-data"]?.replace(/[\r\n]/g, "");
  const keyData = user["client-key-data"]?.replace(/[\r\n]/g, "");
  if (token && (certData || keyData)) {
    return fail(`${label}: has both a token and a client certificate; keep one, so that Ramparts knows which identity it scans with`);
  }
  if (token !== undefined && token !== "") {
    // Visible ASCII only: anything else cannot travel in an Authorization header.
    if (!/^[\x21-\x7e]+$/.test(token)) return fail(`${label}: token contains spaces, line breaks or non-ASCII characters`);
    return { value: { name, auth: { method: "token", token: new Redacted(token) } }, problems, warnings: [] };
  }
  if (!certData && !keyData) return fail(`${label}: ${ADVICE.noCredential}`);
  if (!certData) return fail(`${label}: client-key-data is set but client-certificate-data is missing`);
  if (!keyData) return fail(`${label}: client-certificate-data is set but client-key-data is missing`);
  return checkClientCertificate(label, name, certData, keyData);
}

function checkClientCertificate(label: string, name: string, certData: string, keyData: string): TChecked<TKubeUser> {
  const certificate = parseCertificate(certData);
  if (!certificate) return fail(`${label}: client-certificate-data does not hold a PEM certificate`);
  let matches: boolean;
  try {
    matches = certificate.checkPrivateKey(createPrivateKey(Buffer.from(keyData, "base64")));
  } catch {
    return fail(`${label}: client-key-data does not hold an unencrypted PEM private key`);
  }
  if (!matches) return fail(`${label}: client-key-data is not the private key of client-certificate-data`);
  const warnings: string[] = [];
  const notAfter = new Date(certificate.validTo);
  const days = Math.floor((notAfter.getTime() - Date.now()) / 86_400_000);
  const day = notAfter.toISOString().slice(0, 10);
  if (days < 0) warnings.push(`user '${name}': the client certificate expired on ${day}; the server will reject it`);
  else if (days < 30) warnings.push(`user '${name}': the client certificate expires on ${day}, in ${days} day(s)`);
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

function fail<T>(problem: string): TChecked<T> {
  return { value: null, problems: [problem], warnings: [] };
}
