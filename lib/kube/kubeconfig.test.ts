import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { clusterCredentialContext, decryptCredential, encryptCredential } from "../crypto/credentials";
import {
  describeKubeconfig,
  KubeconfigError,
  listContexts,
  MAX_KUBECONFIG_BYTES,
  minifyKubeconfig,
  parseKubeconfig,
  selectContext,
  toKubeConfig,
} from "./kubeconfig";
import { inEnglish } from "./kubeconfig-model";
import { CANARY_TOKEN, certificatePair, kubeconfig, yamlOf } from "./kubeconfig.testkit";

/** The KubeconfigError thrown by `run`, checked never to carry a credential. */
function errorOf(run: () => unknown): KubeconfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KubeconfigError);
    const text = `${(error as Error).message}\n${(error as KubeconfigError).problems.join("\n")}`;
    expect(text).not.toContain(CANARY_TOKEN);
    return error as KubeconfigError;
  }
  throw new Error("expected a KubeconfigError");
}

/** Problems of the one context of a kubeconfig, through selectContext as registration sees them. */
function problemsOf(document: unknown): string[] {
  return errorOf(() => selectContext(parseKubeconfig(yamlOf(document)))).problems;
}

let pair: { certData: string; keyData: string };
let otherPair: { certData: string; keyData: string };
beforeAll(async () => {
  [pair, otherPair] = await Promise.all([certificatePair(), certificatePair({ commonName: "someone-else" })]);
});

describe("parseKubeconfig: accepted kubeconfigs", () => {
  it("reads a token kubeconfig from YAML or JSON alike", () => {
    for (const text of [yamlOf(kubeconfig()), JSON.stringify(kubeconfig())]) {
      const context = selectContext(parseKubeconfig(text));
      expect(context.name).toBe("prod");
      expect(context.cluster.server).toBe("https://api.prod.example.com:6443");
      expect(context.user.auth.method).toBe("token");
      expect(context.warnings).toEqual([]);
    }
  });

  it("reads a client-certificate user and checks the key belongs to the certificate", () => {
    const parsed = parseKubeconfig(yamlOf(kubeconfig({ user: { "client-certificate-data": pair.certData, "client-key-data": pair.keyData } })));
    expect(selectContext(parsed).user.auth.method).toBe("client-certificate");
    expect(problemsOf(kubeconfig({ user: { "client-certificate-data": pair.certData, "client-key-data": otherPair.keyData } }))).toEqual([
      "users[0] 'ci-bot': client-key-data is not the private key of client-certificate-data",
    ]);
    expect(problemsOf(kubeconfig({ user: { "client-certificate-data": pair.keyData, "client-key-data": pair.keyData } }))[0]).toMatch(
      /client-certificate-data does not hold a PEM certificate/,
    );
    expect(problemsOf(kubeconfig({ user: { "client-certificate-data": pair.certData } }))[0]).toMatch(/client-key-data is missing/);
  });

  it("warns about an expired or expiring client certificate", async () => {
    const expired = await certificatePair({ validDays: -3 });
    const parsed = parseKubeconfig(yamlOf(kubeconfig({ user: { "client-certificate-data": expired.certData, "client-key-data": expired.keyData } })));
    expect(inEnglish(selectContext(parsed).warnings[0]!)).toMatch(/^user 'ci-bot': the client certificate expired on \d{4}-\d\d-\d\d/);
    const soon = await certificatePair({ validDays: 10 });
    const soonParsed = parseKubeconfig(yamlOf(kubeconfig({ user: { "client-certificate-data": soon.certData, "client-key-data": soon.keyData } })));
    expect(inEnglish(selectContext(soonParsed).warnings[0]!)).toMatch(/expires on .*, in (9|10) day/);
  });

  it("accepts insecure-skip-tls-verify and plain http only with a warning, and refuses http without it", () => {
    const skip = selectContext(parseKubeconfig(yamlOf(kubeconfig({ cluster: { server: "https://10.0.0.1:6443", "insecure-skip-tls-verify": true } }))));
    expect(skip.warnings.map(inEnglish)).toEqual([expect.stringMatching(/^cluster 'prod-eu': insecure-skip-tls-verify is set/)]);
    const http = selectContext(parseKubeconfig(yamlOf(kubeconfig({ cluster: { server: "http://127.0.0.1:8080", "insecure-skip-tls-verify": true } }))));
    expect(http.warnings.map(inEnglish).join("\n")).toMatch(/plain http:\/\/, so the credentials travel unencrypted/);
    expect(problemsOf(kubeconfig({ cluster: { server: "http://127.0.0.1:8080" } }))).toEqual([
      "clusters[0] 'prod-eu': server is plain http://, which is accepted only with insecure-skip-tls-verify: true; use https://",
    ]);
  });

  it("accepts an http(s) proxy-url and refuses any other", () => {
    const context = selectContext(parseKubeconfig(yamlOf(kubeconfig({ cluster: { server: "https://k.example.com", "proxy-url": "http://user:pw@proxy:3128" } }))));
    expect(context.cluster.proxyUrl?.reveal()).toBe("http://user:pw@proxy:3128");
    expect(problemsOf(kubeconfig({ cluster: { server: "https://k.example.com", "proxy-url": "socks5://proxy:1080" } }))).toEqual([
      "clusters[0] 'prod-eu': proxy-url must start with http:// or https:// (other proxies are not supported)",
    ]);
  });
});

describe("parseKubeconfig: broken kubeconfigs", () => {
  it("reports broken YAML by position, without quoting the source", () => {
    const text = `apiVersion: v1\nusers:\n- name: ci-bot\n  user:\n    token: "${CANARY_TOKEN}\n`;
    expect(errorOf(() => parseKubeconfig(text)).message).toMatch(/not valid YAML or JSON: line \d+, column \d+: a closing quote or bracket is missing/);
    expect(errorOf(() => parseKubeconfig("{\"clusters\": [1,}")).message).toMatch(/not valid YAML or JSON/);
    expect(errorOf(() => parseKubeconfig("a: 1\na: 2\n")).message).toMatch(/a key appears twice/);
    expect(errorOf(() => parseKubeconfig("a: 1\n---\nb: 2\n")).message).toMatch(/several YAML documents/);
  });

  it("refuses what is not a kubeconfig at all", () => {
    expect(errorOf(() => parseKubeconfig("")).message).toBe("The kubeconfig is empty.");
    expect(errorOf(() => parseKubeconfig("- a\n- b\n")).message).toMatch(/must be a YAML or JSON mapping/);
    expect(errorOf(() => parseKubeconfig("apiVersion: v1\nkind: Secret\ndata: {}\n")).message).toMatch(/^This is a Secret manifest/);
    expect(errorOf(() => parseKubeconfig(yamlOf({ ...kubeconfig(), contexts: [] }))).message).toMatch(/defines no context/);
  });

  it("names missing or mistyped fields, with the entry they belong to", () => {
    expect(errorOf(() => parseKubeconfig(yamlOf({ ...kubeconfig(), users: { "ci-bot": {} } }))).problems).toEqual(["users must be a list"]);
    expect(errorOf(() => parseKubeconfig(yamlOf({ ...kubeconfig(), clusters: [{ cluster: { server: "https://x" } }] }))).problems).toEqual([
      "clusters[0]: name is missing",
    ]);
    expect(problemsOf(kubeconfig({ cluster: { "certificate-authority-data": pair.certData } }))).toEqual(["clusters[0] 'prod-eu': server is missing"]);
    expect(problemsOf(kubeconfig({ cluster: { server: "https://x", "insecure-skip-tls-verify": "yes" } }))).toEqual([
      "clusters[0] 'prod-eu': insecure-skip-tls-verify must be true or false",
    ]);
    expect(problemsOf({ ...kubeconfig(), users: [{ name: "ci-bot" }] })).toEqual(["users[0] 'ci-bot': user is missing"]);
    expect(problemsOf({ ...kubeconfig(), contexts: [{ name: "prod", context: { user: "ci-bot" } }] })).toEqual([
      "contexts[0] 'prod': cluster is missing",
    ]);
    expect(problemsOf(kubeconfig({ cluster: { server: "not a url" } }))).toEqual([
      "clusters[0] 'prod-eu': server must be a URL such as https://api.example.com:6443",
    ]);
    expect(errorOf(() => parseKubeconfig(yamlOf({ ...kubeconfig(), users: [{ name: "a", user: {} }, { name: "a", user: {} }] }))).problems).toEqual([
      "users: two entries are named 'a'",
    ]);
  });

  it("names the field that is not valid base64", () => {
    expect(problemsOf(kubeconfig({ user: { "client-certificate-data": pair.certData, "client-key-data": "not*base64" } }))).toEqual([
      "users[0] 'ci-bot': client-key-data is not valid base64",
    ]);
    expect(problemsOf(kubeconfig({ cluster: { server: "https://x", "certificate-authority-data": "%%%" } }))).toEqual([
      "clusters[0] 'prod-eu': certificate-authority-data is not valid base64",
    ]);
    expect(problemsOf(kubeconfig({ cluster: { server: "https://x", "certificate-authority-data": Buffer.from("hello").toString("base64") } }))).toEqual([
      "clusters[0] 'prod-eu': certificate-authority-data does not hold a PEM certificate",
    ]);
  });

  it("names a context's undefined cluster or user", () => {
    const document = { ...kubeconfig(), contexts: [{ name: "prod", context: { cluster: "prod-eu2", user: "nobody" } }] };
    expect(problemsOf(document)).toEqual([
      "context 'prod' names cluster 'prod-eu2', which is not defined",
      "context 'prod' names user 'nobody', which is not defined",
    ]);
  });

  it("refuses an oversized kubeconfig before parsing, saying the limit", () => {
    const text = `${yamlOf(kubeconfig())}# ${"x".repeat(MAX_KUBECONFIG_BYTES)}\n`;
    const error = errorOf(() => parseKubeconfig(text));
    expect(error.code).toBe("payload_too_large");
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/Ramparts accepts at most 256 KiB/);
  });

  it("refuses YAML alias bombs", () => {
    // Each level repeats the previous one ten times: 10^8 nodes from a few hundred bytes.
    const bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 8; level++) bomb.push(`a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(", ")}]`);
    expect(errorOf(() => parseKubeconfig(bomb.join("\n"))).message).toMatch(/too many aliases/);
  });
});

describe("parseKubeconfig: refused credentials", () => {
  it("refuses exec users with the token alternative, keeping the other contexts usable", () => {
    const document = kubeconfig({
      extraUsers: [{ name: "eks-admin", user: { exec: { apiVersion: "client.authentication.k8s.io/v1beta1", command: "aws", args: ["--secret", "S3CR3T"] } } }],
      extraContexts: [{ name: "eks", context: { cluster: "prod-eu", user: "eks-admin" } }],
      currentContext: "eks",
    });
    const parsed = parseKubeconfig(yamlOf(document));
    const [problem] = errorOf(() => selectContext(parsed)).problems;
    expect(problem).toMatch(/^users\[1\] 'eks-admin': uses an exec credential plugin, which would run a program on the Ramparts server/);
    expect(problem).toContain("kubectl create token ramparts-reader -n ramparts --duration=8760h");
    expect(problem).toContain("deploy/rbac/ramparts-reader.yaml");
    expect(problem).not.toContain("S3CR3T");
    expect(problem).not.toContain("aws");
    expect(selectContext(parsed, "prod").user.auth.method).toBe("token");
    expect(describeKubeconfig(parsed).contexts.map((context) => [context.name, context.usable])).toEqual([["prod", true], ["eks", false]]);
  });

  it("refuses auth-provider users", () => {
    const [problem] = problemsOf(kubeconfig({ user: { "auth-provider": { name: "oidc", config: { "id-token": CANARY_TOKEN } } } }));
    expect(problem).toMatch(/^users\[0\] 'ci-bot': uses an auth-provider plugin/);
    expect(problem).toContain("kubectl create token ramparts-reader");
  });

  it("refuses every reference to a file of the Ramparts server", () => {
    const cases: [Record<string, unknown>, Record<string, unknown>, RegExp][] = [
      [{ server: "https://x", "certificate-authority": "/etc/kubernetes/pki/ca.crt" }, { token: CANARY_TOKEN }, /clusters\[0\] 'prod-eu': certificate-authority names a file.*certificate-authority-data/],
      [{ server: "https://x" }, { "client-certificate": "/home/me/.kube/me.crt", "client-key-data": pair.keyData }, /users\[0\] 'ci-bot': client-certificate names a file.*client-certificate-data/],
      [{ server: "https://x" }, { "client-certificate-data": pair.certData, "client-key": "/home/me/.kube/me.key" }, /client-key names a file.*client-key-data/],
      [{ server: "https://x" }, { tokenFile: "/var/run/secrets/token" }, /tokenFile names a file.*Put the content in token instead/],
    ];
    for (const [cluster, user, expected] of cases) {
      const problems = problemsOf(kubeconfig({ cluster, user }));
      expect(problems, JSON.stringify(user)).toEqual([expect.stringMatching(expected)]);
      expect(problems[0]).toContain("only the inline *-data fields and token are accepted");
    }
  });

  it("refuses basic auth, impersonation, a missing credential and a double identity", () => {
    expect(problemsOf(kubeconfig({ user: { username: "admin", password: "hunter2" } }))[0]).toMatch(/basic authentication/);
    expect(problemsOf(kubeconfig({ user: { token: CANARY_TOKEN, as: "system:admin" } }))[0]).toMatch(/impersonate another identity/);
    expect(problemsOf(kubeconfig({ user: {} }))[0]).toMatch(/^users\[0\] 'ci-bot': has no credential/);
    expect(problemsOf(kubeconfig({ user: { token: CANARY_TOKEN, "client-certificate-data": pair.certData, "client-key-data": pair.keyData } }))[0]).toMatch(
      /has both a token and a client certificate/,
    );
    expect(problemsOf(kubeconfig({ user: { token: "two words" } }))).toEqual(["users[0] 'ci-bot': token contains spaces, line breaks or non-ASCII characters"]);
  });
});

describe("contexts", () => {
  const several = kubeconfig({
    extraClusters: [{ name: "staging", cluster: { server: "https://staging.example.com" } }],
    extraContexts: [{ name: "staging", context: { cluster: "staging", user: "ci-bot" } }],
  });

  it("lists them and picks current-context by default", () => {
    const parsed = parseKubeconfig(yamlOf(several));
    expect(listContexts(parsed)).toEqual(["prod", "staging"]);
    expect(selectContext(parsed).name).toBe("prod");
    expect(selectContext(parsed, "staging").cluster.server).toBe("https://staging.example.com");
  });

  it("names the available contexts when the requested one is absent", () => {
    const parsed = parseKubeconfig(yamlOf(several));
    expect(errorOf(() => selectContext(parsed, "dev")).message).toBe("The kubeconfig has no context 'dev' (available: 'prod', 'staging').");
    const noCurrent = parseKubeconfig(yamlOf({ ...several, "current-context": "gone" }));
    expect(errorOf(() => selectContext(noCurrent)).message).toBe(
      "The kubeconfig names current-context 'gone', which is not defined (available: 'prod', 'staging').",
    );
    const unset = parseKubeconfig(yamlOf({ ...several, "current-context": "" }));
    expect(errorOf(() => selectContext(unset)).message).toMatch(/has no current-context; choose a context \(available: 'prod', 'staging'\)/);
    expect(selectContext(parseKubeconfig(yamlOf(kubeconfig({ currentContext: null })))).name).toBe("prod");
  });
});

describe("what leaves the module", () => {
  it("describes contexts without any credential", () => {
    const parsed = parseKubeconfig(yamlOf(kubeconfig({ cluster: { server: "https://api.prod.example.com:6443/k8s", "proxy-url": "http://u:p@proxy:3128" } })));
    const description = describeKubeconfig(parsed);
    expect(description).toEqual({
      currentContext: "prod",
      contexts: [{ name: "prod", current: true, usable: true, serverHost: "api.prod.example.com:6443", authMethod: "token", problems: [], warnings: [] }],
    });
    for (const text of [JSON.stringify(description), JSON.stringify(parsed), inspect(parsed, { depth: 10 })]) {
      expect(text).not.toContain(CANARY_TOKEN);
      expect(text).not.toContain("u:p@");
    }
  });

  it("builds a one-context client-node KubeConfig", () => {
    const kubeConfig = toKubeConfig(parseKubeconfig(yamlOf(kubeconfig({
      cluster: { server: "https://api.prod.example.com:6443/", "certificate-authority-data": pair.certData, "tls-server-name": "api" },
      extraUsers: [{ name: "eks-admin", user: { exec: { command: "aws" } } }],
      extraContexts: [{ name: "eks", context: { cluster: "prod-eu", user: "eks-admin" } }],
    }))));
    expect(kubeConfig.getContexts().map((context) => context.name)).toEqual(["prod"]);
    expect(kubeConfig.getCurrentCluster()).toMatchObject({ server: "https://api.prod.example.com:6443", caData: pair.certData, tlsServerName: "api", skipTLSVerify: false });
    expect(kubeConfig.getUsers()).toEqual([{ name: "ci-bot", token: CANARY_TOKEN }]);
  });

  it("round-trips the selected context through minify, encryption and parse", () => {
    const original = parseKubeconfig(yamlOf(kubeconfig({
      user: { "client-certificate-data": pair.certData, "client-key-data": pair.keyData },
      extraUsers: [{ name: "other", user: { token: CANARY_TOKEN } }],
      extraContexts: [{ name: "other", context: { cluster: "prod-eu", user: "other" } }],
    })));
    const stored = minifyKubeconfig(original, "prod");
    expect(stored).not.toContain(CANARY_TOKEN); // the other context's credentials are not kept
    const key = randomBytes(32);
    const context = clusterCredentialContext("c0ffee00-0000-4000-8000-000000000000");
    const restored = parseKubeconfig(decryptCredential(encryptCredential(stored, context, key), context, key));
    expect(describeKubeconfig(restored).contexts).toEqual([describeKubeconfig(original).contexts[0]]);
    expect(toKubeConfig(restored).getCurrentUser()).toEqual(toKubeConfig(original, "prod").getCurrentUser());
  });
});

describe("hostile input", () => {
  it("bounds the number of problems reported", () => {
    const document = { ...kubeconfig(), clusters: Array.from({ length: 500 }, () => ({ cluster: {} })) };
    const { problems } = errorOf(() => parseKubeconfig(yamlOf(document)));
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe("…and 480 more");
  });
});
