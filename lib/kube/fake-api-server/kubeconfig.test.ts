import { RequestContext, HttpMethod } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fakeKubeConfig, fakeKubeconfigDocument, fakeKubeconfigYaml } from "./kubeconfig";
import { createCertificateAuthority } from "./tls";

describe("fake server kubeconfigs", async () => {
  const ca = await createCertificateAuthority();
  const access = { server: "https://127.0.0.1:6443", caPem: ca.certPem, token: "token-for-tests" };

  it("carries the CA as certificate-authority-data and the token, as a pasted kubeconfig would", () => {
    const document = parse(fakeKubeconfigYaml(access)) as ReturnType<typeof fakeKubeconfigDocument>;
    expect(document).toMatchObject({ kind: "Config", "current-context": "fake" });
    const [{ cluster }] = document.clusters as [{ cluster: Record<string, string> }];
    expect(Buffer.from(cluster["certificate-authority-data"]!, "base64").toString("utf8")).toBe(ca.certPem);
    expect(cluster).not.toHaveProperty("insecure-skip-tls-verify");
    expect(document.users).toEqual([{ name: "fake", user: { token: "token-for-tests" } }]);
  });

  it("loads into a client-node KubeConfig that authenticates with the token and trusts the CA", async () => {
    const kubeConfig = fakeKubeConfig(access);
    expect(kubeConfig.getCurrentCluster()).toMatchObject({ server: access.server, skipTLSVerify: false });
    expect(Buffer.from(kubeConfig.getCurrentCluster()!.caData!, "base64").toString("utf8")).toBe(ca.certPem);
    const context = new RequestContext(`${access.server}/version`, HttpMethod.GET);
    await kubeConfig.applySecurityAuthentication(context);
    expect(context.getHeaders().Authorization).toBe("Bearer token-for-tests");
    expect(context.getDispatcher()).toBeDefined(); // a TLS agent built with the CA
  });

  it("uses a client certificate instead of a token when given one", async () => {
    const clientCert = await ca.issue({ commonName: "ramparts-reader" });
    const user = fakeKubeConfig({ server: access.server, caPem: ca.certPem, clientCert }).getCurrentUser()!;
    expect(user.token).toBeUndefined();
    expect(Buffer.from(user.certData!, "base64").toString("utf8")).toBe(clientCert.certPem);
    expect(Buffer.from(user.keyData!, "base64").toString("utf8")).toBe(clientCert.keyPem);
  });

  it("marks plain HTTP servers insecure-skip-tls-verify, which client-node requires for http://", () => {
    const kubeConfig = fakeKubeConfig({ server: "http://127.0.0.1:8080", token: "t", name: "plain" });
    expect(kubeConfig.getCurrentContext()).toBe("plain");
    expect(kubeConfig.getCurrentCluster()).toMatchObject({ server: "http://127.0.0.1:8080", skipTLSVerify: true });
  });
});
