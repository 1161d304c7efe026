import { describe, expect, it } from "vitest";
import { TCheckContext } from "./context";
import { apiServers, flagList, parseFlags } from "./control-plane";
import { snapshotFromText } from "./load";

describe("parseFlags", () => {
  it("reads --flag=value, --flag value and bare boolean flags", () => {
    const flags = parseFlags(["kube-apiserver", "--secure-port=6443", "--audit-log-path", "/var/log/audit.log", "--profiling", "--anonymous-auth", "false"]);
    expect(flags.get("secure-port")).toBe("6443");
    expect(flags.get("audit-log-path")).toBe("/var/log/audit.log");
    // pflag booleans never take the next word: `--anonymous-auth false` leaves it true.
    expect(flags.get("profiling")).toBe("true");
    expect(flags.get("anonymous-auth")).toBe("true");
  });

  it("splits a shell-wrapped command line and lets later flags win, except list flags which accumulate", () => {
    const flags = parseFlags(["/bin/sh", "-c", "kube-apiserver --profiling=true --profiling=false --enable-admission-plugins=NodeRestriction --enable-admission-plugins=PodSecurity"]);
    expect(flags.get("profiling")).toBe("false");
    expect(flagList(flags.get("enable-admission-plugins"))).toEqual(["NodeRestriction", "PodSecurity"]);
  });

  it("never throws on odd tokens", () => {
    expect(() => parseFlags(["--", "--=x", "-v", ""])).not.toThrow();
  });
});

describe("apiServers", () => {
  const pod = (name: string, namespace: string, labels = "{}", containers = "[{name: kube-apiserver, command: [kube-apiserver, --profiling=false]}]") =>
    `---\napiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${namespace}, labels: ${labels}}\nspec: {containers: ${containers}}\n`;

  it("finds the static Pod by its component label or its mirror-Pod name, in kube-system only", () => {
    const ctx = new TCheckContext(snapshotFromText(
      pod("kube-apiserver-cp-1", "kube-system") + pod("apiserver", "kube-system", "{component: kube-apiserver}") +
      pod("kube-apiserver-fake", "default") + pod("etcd-cp-1", "kube-system", "{component: etcd}"),
    ).snapshot);
    expect(apiServers(ctx).map((server) => server.ref.name)).toEqual(["kube-apiserver-cp-1", "apiserver"]);
    expect(apiServers(ctx)[0]!.flags.get("profiling")).toBe("false");
  });

  it("picks the container that runs kube-apiserver when it is not named so", () => {
    const ctx = new TCheckContext(snapshotFromText(pod("kube-apiserver-cp-1", "kube-system", "{}",
      "[{name: proxy, command: [envoy]}, {name: api, command: [/usr/local/bin/kube-apiserver], args: [--anonymous-auth=false]}]")).snapshot);
    expect(apiServers(ctx)[0]).toMatchObject({ container: "api" });
    expect(apiServers(ctx)[0]!.flags.get("anonymous-auth")).toBe("false");
  });
});
