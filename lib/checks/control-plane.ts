// The kube-apiserver as a scan can see it: the static (mirror) Pod kubeadm-style clusters run in
// kube-system, and the flags of its command line. On managed control planes (EKS, GKE, AKS…) no
// such Pod is visible, and every flag check is then *not assessable*, never a pass.
import { asRecords, asString, get, labelsOf, nameOf, namespaceOf } from "./access";
import type { TCheckContext } from "./context";
import { CLUSTER_REF, objectRef } from "./context";
import type { TCheck, TCheckMeta, TCheckOutcome, TKubeObject, TObjectRef } from "./types";
import { text, type TText } from "./text";

export interface TApiServer {
  pod: TKubeObject;
  ref: TObjectRef;
  container: string;
  /** Flag name without dashes → value ("true" for a bare boolean flag). */
  flags: ReadonlyMap<string, string>;
}

/** Boolean flags never take the next word as their value (pflag: `--profiling false` is two args). */
const BOOLEAN_FLAGS = new Set(["anonymous-auth", "profiling", "allow-privileged", "service-account-lookup", "enable-bootstrap-token-auth"]);
/** String-slice flags accumulate when repeated. */
const LIST_FLAGS = new Set(["enable-admission-plugins", "disable-admission-plugins", "authorization-mode"]);

export function parseFlags(words: readonly string[]): Map<string, string> {
  // `sh -c "kube-apiserver --a=b …"` wrappers carry the whole command line in one word.
  const tokens = words.flatMap((word) => (/\s/.test(word) && word.includes("--") ? word.trim().split(/\s+/) : [word]));
  const flags = new Map<string, string>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (!token.startsWith("--") || token.length <= 2) continue;
    const eq = token.indexOf("=");
    const name = eq >= 0 ? token.slice(2, eq) : token.slice(2);
    let value = eq >= 0 ? token.slice(eq + 1) : "true";
    if (eq < 0 && !BOOLEAN_FLAGS.has(name) && i + 1 < tokens.length && !tokens[i + 1]!.startsWith("-")) value = tokens[(i += 1)]!;
    const previous = flags.get(name);
    flags.set(name, LIST_FLAGS.has(name) && previous ? `${previous},${value}` : value);
  }
  return flags;
}

/** "NodeRestriction,PodSecurity" → ["NodeRestriction", "PodSecurity"]. */
export function flagList(value: string | undefined): string[] {
  return (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
}

function isApiServerPod(pod: TKubeObject): boolean {
  if (namespaceOf(pod) !== "kube-system") return false;
  return labelsOf(pod).component === "kube-apiserver" || nameOf(pod).startsWith("kube-apiserver-");
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
}

export function apiServers(ctx: TCheckContext): TApiServer[] {
  return ctx.shared("control-plane:apiservers", () => {
    const out: TApiServer[] = [];
    for (const pod of ctx.objects("Pod")) {
      if (!isApiServerPod(pod)) continue;
      const containers = asRecords(get(pod, "spec", "containers"));
      const words = (container: Record<string, unknown>) => [...strings(container.command), ...strings(container.args)];
      const container = containers.find((entry) => asString(entry.name) === "kube-apiserver")
        ?? containers.find((entry) => words(entry).some((word) => word.includes("kube-apiserver")))
        ?? containers[0];
      if (!container) continue;
      out.push({ pod, ref: objectRef(pod), container: asString(container.name) ?? "", flags: parseFlags(words(container)) });
    }
    return out;
  });
}

export const MANIFEST_PATH = "/etc/kubernetes/manifests/kube-apiserver.yaml";

export interface TFlagVerdict {
  ok: boolean;
  /** Not assessable from flags (e.g. the setting lives in a config file we cannot read). */
  unknown?: TText;
  message: TText;
  evidence: Record<string, unknown>;
  /** The flags (name → full value, "" = remove the flag) that make the check pass. */
  fix?: Record<string, string>;
  note?: TText;
}

export interface TApiServerCheckSpec extends Omit<TCheckMeta, "requires"> {
  judge(flags: ReadonlyMap<string, string>): TFlagVerdict;
}

function fixSteps(server: TApiServer, fix: Record<string, string>, note?: TText): TText[] {
  const flags = Object.entries(fix)
    .map(([name, value]) => (value === "" ? text("apiServerFlagRemove", { name }) : text("apiServerFlagSet", { name, value })))
    .reduce((first, second) => text("apiServerFlagsTwo", { first, second }));
  return [
    text("apiServerEditManifest", { path: MANIFEST_PATH, pod: server.ref.name }),
    text("apiServerSetFlags", { container: server.container, flags }),
    ...(note ? [note] : []),
    text("apiServerSaveManifest"),
  ];
}

/** A check over every visible kube-apiserver, not assessable when none is visible. */
export function apiServerFlagCheck(spec: TApiServerCheckSpec): TCheck {
  const { judge, ...meta } = spec;
  return {
    ...meta,
    requires: ["Pod"],
    *evaluate(ctx) {
      const servers = apiServers(ctx);
      if (servers.length === 0) {
        yield {
          status: "not_assessable",
          object: CLUSTER_REF,
          message: text("apiServerNotVisible"), reason: text("apiServerNotVisible"),
        };
        return;
      }
      yield* ctx.each(servers, (server) => server.ref, function* (server): Generator<TCheckOutcome> {
        const verdict = judge(server.flags);
        const base = { object: server.ref, container: server.container, message: verdict.message, evidence: verdict.evidence };
        if (verdict.unknown) yield { ...base, status: "not_assessable", message: verdict.unknown, reason: verdict.unknown };
        else if (verdict.ok) yield { ...base, status: "pass" };
        else yield {
          ...base,
          status: "fail",
          remediation: {
            type: "manual",
            steps: fixSteps(server, verdict.fix ?? {}, verdict.note),
            command: `kubectl -n kube-system get pod ${server.ref.name} -o jsonpath='{.spec.containers[?(@.name=="${server.container}")].command}'`,
          },
        };
      });
    },
  };
}
