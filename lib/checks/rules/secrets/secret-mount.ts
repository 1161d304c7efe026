// Moves secrets out of environment variables into read-only file mounts (CIS 5.4.1: files are not
// dumped by `env`, inherited by child processes or printed in crash reports). One patch per
// container: delete the variables, mount the Secret, and point `<VAR>_FILE` at each file — the
// convention official images (postgres, mysql, …) read.
import { asRecords, asString, type TRecord } from "../../access";
import { containersOf, podSpecPatch, type TContainer, type TWorkload } from "../../workloads";

export interface TSecretMount {
  secretName: string;
  /** Keys to project as files; undefined mounts the whole Secret. */
  keys?: string[];
  optional?: boolean;
}

export interface TFileEnv {
  /** The variable that held the value; `<variable>_FILE` receives the file path. */
  variable: string;
  secretName: string;
  key: string;
}

export interface TMovePlan {
  mounts: TSecretMount[];
  deleteEnv: string[];
  fileEnv: TFileEnv[];
  /** Replacement for the container's envFrom list, when secretRef entries are dropped. */
  envFrom?: TRecord[];
}

function dnsLabel(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, 63).replace(/^-+|-+$/g, "") || "secret";
}

function free(base: string, taken: Set<string>, join: string): string {
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}${join}${suffix}`;
  taken.add(candidate);
  return candidate;
}

export function moveToFilesPatch(workload: TWorkload, container: TContainer, plan: TMovePlan): { patch: TRecord; paths: Record<string, string> } {
  const podSpec = workload.podSpec ?? {};
  const volumeNames = new Set(asRecords(podSpec.volumes).map((volume) => asString(volume.name) ?? ""));
  const mountPaths = new Set(containersOf(podSpec).flatMap((entry) => asRecords(entry.spec.volumeMounts).map((mount) => asString(mount.mountPath) ?? "")));
  const envNames = new Set(asRecords(container.spec.env).map((entry) => asString(entry.name) ?? ""));
  const volumes: TRecord[] = [];
  const volumeMounts: TRecord[] = [];
  const paths: Record<string, string> = {};
  for (const mount of plan.mounts) {
    const name = free(dnsLabel(`secret-${mount.secretName}`.slice(0, 60)), volumeNames, "-");
    const mountPath = free(`/etc/secrets/${mount.secretName}`, mountPaths, "-");
    const secret: TRecord = { secretName: mount.secretName };
    if (mount.keys) secret.items = mount.keys.map((key) => ({ key, path: key }));
    if (mount.optional) secret.optional = true;
    volumes.push({ name, secret });
    volumeMounts.push({ name, mountPath, readOnly: true });
    paths[mount.secretName] = mountPath;
  }
  const env: TRecord[] = plan.deleteEnv.map((name) => ({ name, $patch: "delete" }));
  for (const file of plan.fileEnv) {
    const name = `${file.variable}_FILE`;
    if (envNames.has(name) || !paths[file.secretName]) continue;
    env.push({ name, value: `${paths[file.secretName]}/${file.key}` });
  }
  const fragment: TRecord = { name: container.name, volumeMounts };
  if (env.length > 0) fragment.env = env;
  if (plan.envFrom) fragment.envFrom = plan.envFrom;
  return { patch: podSpecPatch(workload.kind, { [container.list]: [fragment], volumes }), paths };
}
