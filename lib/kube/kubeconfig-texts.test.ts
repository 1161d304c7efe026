// A person who reads French sees a refused kubeconfig and a failed connection in French: every
// problem, warning and connection failure Ramparts words is a catalogue text that formats in both
// languages (a missing placeholder or key throws here) and reads differently in each.
import { describe, expect, it } from "vitest";
import type { TText } from "../checks/text";
import { createCheckTexts } from "../i18n/check-texts";
import { CollectionError } from "./errors";
import { inClusterKubeConfig, InClusterUnavailableError } from "./in-cluster";
import { KubeconfigError, parseKubeconfig, selectContext } from "./kubeconfig";
import { certificatePair, kubeconfig, yamlOf } from "./kubeconfig.testkit";
import { fatalError, unansweredError, type TCredential } from "./request-failure";

const en = createCheckTexts("en", (error) => { throw error; });
const fr = createCheckTexts("fr", (error) => { throw error; });

function refusal(source: string): KubeconfigError {
  try {
    selectContext(parseKubeconfig(source));
  } catch (error) {
    if (error instanceof KubeconfigError) return error;
    throw error;
  }
  throw new Error("accepted");
}

const REFUSED: Record<string, string> = {
  "not YAML": "clusters: [\n\tname: x\n",
  empty: "",
  "a manifest": "kind: Deployment\n",
  "no context": yamlOf({ ...kubeconfig(), contexts: [] }),
  malformed: yamlOf({ ...kubeconfig(), users: { "ci-bot": {} } }),
  duplicate: yamlOf({ ...kubeconfig(), users: [{ name: "a", user: {} }, { name: "a", user: {} }] }),
  "exec plugin": yamlOf(kubeconfig({ user: { exec: { command: "aws" } } })),
  "file reference": yamlOf(kubeconfig({ user: { "client-certificate": "/etc/cert.pem", "client-key": "/etc/key.pem" } })),
  "no credential": yamlOf(kubeconfig({ user: {} })),
  "plain http": yamlOf(kubeconfig({ cluster: { server: "http://127.0.0.1:8080" } })),
  "bad base64": yamlOf(kubeconfig({ cluster: { server: "https://x", "certificate-authority-data": "%%%" } })),
  "wrong type": yamlOf(kubeconfig({ cluster: { server: "https://x", "insecure-skip-tls-verify": "yes" } })),
};

function expectTranslated(item: TText, where: string): string {
  const french = fr.say(item);
  expect(french, where).not.toBe(en.say(item));
  expect(french, where).not.toBe(item.key);
  return french;
}

describe("kubeconfig problems in French", () => {
  it("words every refusal in both languages, French differing from English", () => {
    for (const [name, source] of Object.entries(REFUSED)) {
      const error = refusal(source);
      expect(error.texts.length, name).toBeGreaterThan(0);
      // The English message and problems are the English rendering of the same texts.
      expect(error.problems, name).toEqual(error.texts.map((item) => en.say(item)));
      for (const item of error.texts) expectTranslated(item, name);
    }
  });

  it("says the reader-setup advice and the field names in French", () => {
    const [exec] = refusal(REFUSED["exec plugin"]!).texts;
    expect(fr.say(exec!)).toMatch(/^users\[0\] 'ci-bot' : utilise un plugin d’identifiants exec.*Utilisez plutôt un jeton de compte de service/);
    const [missing] = refusal(yamlOf(kubeconfig({ cluster: { "certificate-authority-data": "" } }))).texts;
    expect(fr.say(missing!)).toBe("clusters[0] 'prod-eu' : server est absent");
  });

  it("warns in French about an insecure or expiring connection", async () => {
    const skip = selectContext(parseKubeconfig(yamlOf(kubeconfig({ cluster: { server: "https://10.0.0.1:6443", "insecure-skip-tls-verify": true } }))));
    expect(skip.warnings.map((item) => fr.say(item))).toEqual([expect.stringMatching(/^cluster 'prod-eu' : insecure-skip-tls-verify est activé/)]);
    const soon = await certificatePair({ validDays: 10 });
    const parsed = parseKubeconfig(yamlOf(kubeconfig({ user: { "client-certificate-data": soon.certData, "client-key-data": soon.keyData } })));
    expect(fr.say(selectContext(parsed).warnings[0]!)).toMatch(/^utilisateur 'ci-bot' : le certificat client expire le .*, dans (9|10) jours$/);
  });
});

describe("connection failures in French", () => {
  it("words every failure that ends a collection or a connection test in both languages", () => {
    const errors: CollectionError[] = [
      ...["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ETIMEDOUT"].map((code) => fatalError({ type: "unreachable", code }, "token")!),
      ...["SELF_SIGNED_CERT_IN_CHAIN", "CERT_HAS_EXPIRED", "ERR_TLS_CERT_ALTNAME_INVALID", "EPROTO", "ERR_SSL_BAD"].map((code) => fatalError({ type: "tls", code }, "token")!),
      ...(["token", "certificate", "none", "other"] as TCredential[]).map((credential) => fatalError({ type: "status", status: 401 }, credential)!),
      unansweredError({ type: "timeout" }, 3, 10_000),
      unansweredError({ type: "reset", code: "ECONNRESET" }, 3, 10_000),
      unansweredError({ type: "status", status: 503 }, 3, 10_000),
    ];
    for (const error of errors) {
      expect(error.message).toBe(en.say(error.text));
      expectTranslated(error.text, error.message);
    }
    expect(fr.say(fatalError({ type: "unreachable", code: "ECONNREFUSED" }, "token")!.text)).toMatch(/^injoignable : la connexion a été refusée/);
    expect(fr.say(unansweredError({ type: "timeout" }, 3, 10_000).text)).toBe("délai dépassé : le serveur d’API n’a pas répondu en 10 s (3 tentatives)");
  });

  it("says in French why in-cluster mode is unavailable", () => {
    let error: unknown;
    try {
      inClusterKubeConfig({ host: "", port: "443", serviceAccountDir: "/nonexistent" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InClusterUnavailableError);
    const { text } = error as InClusterUnavailableError;
    expect((error as Error).message).toBe(en.say(text));
    expect(fr.say(text)).toMatch(/^Le mode « dans le cluster » exige .*KUBERNETES_SERVICE_HOST n’est pas défini/);
  });
});
