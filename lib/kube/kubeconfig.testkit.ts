// Test material for kubeconfig tests: throw-away certificates and kubeconfig documents. The
// canary token must never appear in a message, a description or a serialized model.
import "./fake-api-server/reflect-polyfill";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { stringify } from "yaml";

x509.cryptoProvider.set(webcrypto as Crypto);

export const CANARY_TOKEN = "CANARY.eyJhbGciOiJSUzI1NiJ9.ramparts-test-token-7c41";
const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const DAY_MS = 86_400_000;
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** A self-signed certificate and its key, both as kubeconfig *-data (base64 of PEM). */
export async function certificatePair(options: { commonName?: string; validDays?: number } = {}): Promise<{ certData: string; keyData: string }> {
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"])) as CryptoKeyPair;
  const validDays = options.validDays ?? 365;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${options.commonName ?? "ramparts-reader"}`,
    keys,
    notBefore: new Date(Date.now() - Math.max(2, 2 - validDays) * DAY_MS),
    notAfter: new Date(Date.now() + validDays * DAY_MS),
    signingAlgorithm: ALGORITHM,
  });
  const keyPem = x509.PemConverter.encode(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey), "PRIVATE KEY");
  return { certData: base64(cert.toString("pem")), keyData: base64(keyPem) };
}

type TDoc = Record<string, unknown>;

/** A one-context kubeconfig with a token user; pass entries to replace or add. */
export function kubeconfig(options: {
  cluster?: TDoc;
  user?: TDoc;
  extraClusters?: TDoc[];
  extraUsers?: TDoc[];
  extraContexts?: TDoc[];
  currentContext?: string | null;
} = {}): TDoc {
  return {
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: "prod-eu", cluster: options.cluster ?? { server: "https://api.prod.example.com:6443/" } }, ...(options.extraClusters ?? [])],
    users: [{ name: "ci-bot", user: options.user ?? { token: CANARY_TOKEN } }, ...(options.extraUsers ?? [])],
    contexts: [{ name: "prod", context: { cluster: "prod-eu", user: "ci-bot", namespace: "default" } }, ...(options.extraContexts ?? [])],
    ...(options.currentContext === null ? {} : { "current-context": options.currentContext ?? "prod" }),
  };
}

export function yamlOf(document: unknown): string {
  return stringify(document);
}
