// `docker compose config` and `kubectl apply --dry-run` cannot run here (no Docker engine, no
// cluster): the Dockerfile, docker-compose.yml, .env.example and deploy/kubernetes are parsed and
// checked against each other, against package.json's scripts and against lib/env.ts instead.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { ENV_NAMES, FILE_SETTINGS, parseEnv } from "../env";
import { execForm, nodeCommandForScript, parseDockerfile } from "./dockerfile";
import { kustomizationFiles } from "./kustomize";

/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML is walked freely; the assertions are the types */
type TAny = any;

const read = (path: string) => readFileSync(resolve(path), "utf8");
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
const stages = parseDockerfile(read("Dockerfile"));
const final = stages.at(-1)!;
const finalArgs = (keyword: string) => final.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);
const compose = parse(read("docker-compose.yml"), { merge: true }) as TAny;
const services = compose.services as Record<string, TAny>;

/** The commands of the image, from package.json: web (default CMD), worker, migrate. */
const COMMANDS = {
  web: nodeCommandForScript(scripts.start!),
  worker: nodeCommandForScript(scripts.worker!),
  migrate: nodeCommandForScript(scripts["db:migrate"]!),
};
const [uid, gid] = finalArgs("USER")[0]!.split(":").map(Number);

function isKnownVariable(name: string): boolean {
  if (ENV_NAMES.includes(name)) return true;
  return name.endsWith("_FILE") && (FILE_SETTINGS as readonly string[]).includes(name.slice(0, -"_FILE".length));
}

describe("Dockerfile", () => {
  it("builds in stages and runs the final one as a numeric non-root user", () => {
    expect(stages.map((stage) => stage.name)).toEqual(["build", "runtime-deps", undefined]);
    expect(uid).toBeGreaterThan(0);
    expect(gid).toBeGreaterThan(0);
    expect(finalArgs("USER")).toEqual([`${uid}:${gid}`]);
  });

  it("ships no dev dependency, compiler or package manager in the final image", () => {
    const runtimeDeps = stages[1]!.instructions.find((instruction) => instruction.keyword === "RUN")!.args;
    expect(runtimeDeps).toMatch(/npm ci --omit=dev --ignore-scripts/);
    const copies = finalArgs("COPY");
    expect(copies).toContain("--from=runtime-deps /app/node_modules ./node_modules");
    expect(copies.filter((copy) => copy.startsWith("--from=build") && copy.includes("node_modules"))).toEqual([]);
    expect(finalArgs("RUN").join(" ")).toMatch(/rm -rf \/usr\/local\/lib\/node_modules\/npm/);
    expect(finalArgs("RUN").join(" ")).not.toMatch(/apt-get install|npm (ci|install)/);
  });

  it("runs `npm start` as node, checks its health, keeps only the Next.js cache writable", () => {
    expect(execForm(finalArgs("CMD")[0]!)).toEqual(COMMANDS.web);
    expect(COMMANDS.web.slice(-2)).toEqual(["scripts/serve.ts", "start"]);
    const healthcheck = finalArgs("HEALTHCHECK")[0]!;
    expect(execForm(healthcheck)?.join(" ")).toContain("/api/health");
    expect(finalArgs("RUN").join(" ")).toContain(`mkdir -p .next/cache && chown ${uid}:${gid} .next/cache`);
    // The web app reads the reader role at run time (/api/rbac/ramparts-reader.yaml) and migrations at db:migrate.
    expect(finalArgs("COPY")).toEqual(expect.arrayContaining(["deploy/rbac ./deploy/rbac", "prisma/migrations ./prisma/migrations", "scripts ./scripts", "lib ./lib"]));
  });

  it("keeps secrets and local state out of the build context (.dockerignore)", () => {
    const ignored = read(".dockerignore").split("\n").map((line) => line.trim());
    for (const entry of [".env", "node_modules", ".next", ".data", ".git"]) expect(ignored).toContain(entry);
  });
});

describe("docker-compose.yml", () => {
  it("runs PostgreSQL with a persistent volume, a one-shot migration, the web app and the worker", () => {
    expect(Object.keys(services).sort()).toEqual(["migrate", "postgres", "web", "worker"]);
    expect(services.postgres.volumes).toContain("postgres-data:/var/lib/postgresql/data");
    expect(Object.keys(compose.volumes)).toEqual(["postgres-data"]);
    expect(services.migrate.restart).toBe("no");
    for (const name of ["web", "worker"]) {
      expect(services[name].depends_on).toEqual({ postgres: { condition: "service_healthy" }, migrate: { condition: "service_completed_successfully" } });
      expect(services[name].environment.RAMPARTS_MIGRATE_ON_START).toBe("false");
    }
  });

  it("gives every long-running service a healthcheck", () => {
    for (const name of ["postgres", "web", "worker"]) {
      expect(services[name].healthcheck?.test, name).toBeDefined();
      expect(services[name].healthcheck.disable, name).toBeUndefined();
    }
    expect(services.web.healthcheck.test.join(" ")).toContain("/api/health");
    expect(services.worker.healthcheck.test).toEqual(["CMD", "node", "scripts/worker-alive.mjs"]);
  });

  it("runs the image's commands, one image for the three, as the image's user, read-only", () => {
    expect(services.web.command).toBeUndefined(); // the image's CMD
    expect(services.worker.command).toEqual(COMMANDS.worker);
    expect(services.migrate.command).toEqual(COMMANDS.migrate);
    for (const name of ["migrate", "web", "worker"]) {
      const service = services[name];
      expect(service.image).toBe(services.web.image);
      expect(service.build).toBe(".");
      expect(service.user).toBe(`${uid}:${gid}`);
      expect(service.read_only).toBe(true);
      expect(service.cap_drop).toEqual(["ALL"]);
      expect(service.security_opt).toContain("no-new-privileges:true");
      expect(service.tmpfs.map((entry: string) => entry.split(":")[0])).toEqual(["/tmp", "/app/.next/cache"]);
      for (const variable of Object.keys(service.environment)) expect(isKnownVariable(variable), variable).toBe(true);
    }
  });

  it("reads only variables that .env.example documents, and .env.example holds no secret", () => {
    const text = read("docker-compose.yml");
    const used = new Set([...text.matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1]!));
    const example = new Map(
      read(".env.example").split("\n").filter((line) => /^[A-Z0-9_]+=/.test(line)).map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const),
    );
    expect([...used].filter((name) => !example.has(name))).toEqual([]);
    expect([...example.keys()].filter((name) => !used.has(name))).toEqual([]);
    expect(example.get("RAMPARTS_DB_PASSWORD")).toBe("");
    expect(example.get("RAMPARTS_ENCRYPTION_KEY")).toBe("");
  });
});

describe("deploy/kubernetes", () => {
  const dir = resolve("deploy", "kubernetes");
  const files = [...kustomizationFiles(dir), join(dir, "secret.template.yaml"), join(dir, "sso.template.yaml")];
  const objects: TAny[] = files.flatMap((file) =>
    parseAllDocuments(readFileSync(file, "utf8")).map((document) => {
      expect(document.errors, file).toEqual([]);
      return document.toJS() as TAny;
    }),
  ).filter(Boolean);
  const all = (kind: string) => objects.filter((object) => object.kind === kind);
  const named = (kind: string, name: string) => {
    const found = all(kind).filter((object) => object.metadata.name === name);
    expect(found, `${kind}/${name}`).toHaveLength(1);
    return found[0];
  };
  const workloads = [named("Deployment", "ramparts-web"), named("Deployment", "ramparts-worker"), named("Job", "ramparts-migrate")];
  const labelsMatch = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([key, value]) => labels[key] === value);

  it("parses every file, all in one namespace, with every kind a deployment needs", () => {
    expect(new Set(objects.map((object) => object.kind))).toEqual(
      new Set(["Namespace", "ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Deployment", "Service", "PodDisruptionBudget", "Job", "NetworkPolicy", "LimitRange", "ResourceQuota", "Secret", "ConfigMap"]),
    );
    const namespace = named("Namespace", "ramparts");
    expect(namespace.metadata.labels["pod-security.kubernetes.io/enforce"]).toBe("restricted");
    for (const object of objects.filter((candidate) => !["Namespace", "ClusterRole", "ClusterRoleBinding"].includes(candidate.kind))) {
      expect(object.metadata.namespace, `${object.kind}/${object.metadata.name}`).toBe("ramparts");
    }
  });

  it("runs every pod restricted: non-root as the image's user, read-only, no capability, no escalation, seccomp", () => {
    for (const workload of workloads) {
      const pod = workload.spec.template.spec;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: uid, runAsGroup: gid, seccompProfile: { type: "RuntimeDefault" } });
      expect(pod.hostUsers).toBe(false);
      for (const container of pod.containers) {
        expect(container.securityContext, container.name).toEqual({
          allowPrivilegeEscalation: false,
          privileged: false,
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          capabilities: { drop: ["ALL"] },
          seccompProfile: { type: "RuntimeDefault" },
        });
        expect(Object.keys(container.resources.requests).sort(), container.name).toEqual(["cpu", "memory"]);
        expect(Object.keys(container.resources.limits).sort(), container.name).toEqual(["cpu", "memory"]);
        expect(container.volumeMounts.find((mount: TAny) => mount.mountPath === "/tmp"), container.name).toBeDefined();
        expect(container.image).toBe("ramparts:0.1.0");
        for (const variable of container.env ?? []) expect(isKnownVariable(variable.name), variable.name).toBe(true);
        expect((container.env ?? []).filter((variable: TAny) => variable.valueFrom?.secretKeyRef)).toEqual([]);
      }
    }
  });

  it("runs the image's commands: web its CMD, the worker and the migration theirs", () => {
    const [web, worker, migrate] = workloads.map((workload) => workload.spec.template.spec.containers[0]);
    expect(web.command).toBeUndefined();
    expect(web.args).toBeUndefined();
    expect(worker.command).toEqual(COMMANDS.worker);
    expect(migrate.command).toEqual(COMMANDS.migrate);
    expect(web.volumeMounts.map((mount: TAny) => mount.mountPath)).toContain("/app/.next/cache");
    expect(web.env).toContainEqual({ name: "RAMPARTS_MIGRATE_ON_START", value: "false" });
  });

  it("probes web over HTTP and the worker by its heartbeat, and lets the worker finish its scans", () => {
    const [web, worker] = workloads.slice(0, 2).map((workload) => workload.spec.template.spec.containers[0]);
    for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) expect(web[probe].httpGet.path, probe).toBe("/api/health");
    for (const probe of ["startupProbe", "livenessProbe"]) expect(worker[probe].exec.command, probe).toEqual(services.worker.healthcheck.test.slice(1));
    const grace = Number(worker.env.find((variable: TAny) => variable.name === "RAMPARTS_SHUTDOWN_GRACE_SECONDS").value);
    expect(workloads[1].spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(grace);
  });

  it("gives the web server time to drain its requests after the preStop pause, in Kubernetes and compose", () => {
    const web = workloads[0].spec.template.spec;
    const container = web.containers[0];
    const grace = Number(container.env.find((variable: TAny) => variable.name === "RAMPARTS_SHUTDOWN_GRACE_SECONDS")?.value ?? parseEnv({}).RAMPARTS_SHUTDOWN_GRACE_SECONDS);
    const pause = container.lifecycle.preStop.sleep.seconds as number;
    // Kubernetes counts the preStop hook inside the termination grace period.
    expect(web.terminationGracePeriodSeconds).toBeGreaterThan(pause + grace);
    const composeGrace = Number(services.web.environment.RAMPARTS_SHUTDOWN_GRACE_SECONDS ?? parseEnv({}).RAMPARTS_SHUTDOWN_GRACE_SECONDS);
    expect(Number.parseInt(services.web.stop_grace_period, 10)).toBeGreaterThan(composeGrace);
  });

  it("mounts a token only where in-cluster scanning needs one, bound to the read-only role", () => {
    const [web, worker, migrate] = workloads.map((workload) => workload.spec.template.spec);
    expect(migrate.automountServiceAccountToken).toBe(false);
    expect(named("ServiceAccount", migrate.serviceAccountName).automountServiceAccountToken).toBe(false);
    for (const pod of [web, worker]) {
      expect(pod.serviceAccountName).toBe("ramparts-reader");
      expect(pod.automountServiceAccountToken).toBe(true);
    }
    const binding = named("ClusterRoleBinding", "ramparts-reader");
    expect(binding.subjects).toEqual([{ kind: "ServiceAccount", name: "ramparts-reader", namespace: "ramparts" }]);
    for (const rule of named("ClusterRole", binding.roleRef.name).rules) expect(rule.verbs).toEqual(["get", "list", "watch"]);
  });

  it("takes secrets from the Secret of the template, as files", () => {
    const template = named("Secret", "ramparts");
    expect(Object.values(template.stringData)).toEqual(["", ""]);
    for (const workload of workloads) {
      const pod = workload.spec.template.spec;
      const volume = pod.volumes.find((candidate: TAny) => candidate.secret);
      expect(volume.secret.secretName).toBe(template.metadata.name);
      for (const item of volume.secret.items) expect(Object.keys(template.stringData)).toContain(item.key);
      const mount = pod.containers[0].volumeMounts.find((candidate: TAny) => candidate.name === volume.name);
      expect(mount.readOnly).toBe(true);
      const files = pod.containers[0].env.filter((variable: TAny) => variable.name.endsWith("_FILE"));
      expect(files.map((variable: TAny) => variable.value).sort()).toEqual(volume.secret.items.map((item: TAny) => `${mount.mountPath}/${item.path}`).sort());
    }
  });

  it("wires single sign-on optionally: settings from the ConfigMap template, the client secret as a file", () => {
    const web = workloads[0].spec.template.spec;
    const container = web.containers[0];
    const sso = named("ConfigMap", "ramparts-sso");
    expect(container.envFrom).toEqual([{ configMapRef: { name: sso.metadata.name, optional: true } }]);
    for (const name of Object.keys(sso.data)) expect(isKnownVariable(name), name).toBe(true);
    expect(Object.keys(sso.data)).toEqual(expect.arrayContaining(["RAMPARTS_PUBLIC_URL", "RAMPARTS_OIDC_ISSUER", "RAMPARTS_OIDC_CLIENT_ID", "RAMPARTS_OIDC_CLIENT_SECRET_FILE"]));
    expect(Object.keys(sso.data)).not.toContain("RAMPARTS_OIDC_CLIENT_SECRET");
    // The file it names is the optional key of the ramparts Secret, mounted read-only.
    const volume = web.volumes.find((candidate: TAny) => candidate.secret?.items?.some((item: TAny) => item.key === "RAMPARTS_OIDC_CLIENT_SECRET"));
    expect(volume.secret).toMatchObject({ secretName: named("Secret", "ramparts").metadata.name, optional: true });
    const mount = container.volumeMounts.find((candidate: TAny) => candidate.name === volume.name);
    expect(mount.readOnly).toBe(true);
    expect(sso.data.RAMPARTS_OIDC_CLIENT_SECRET_FILE).toBe(`${mount.mountPath}/${volume.secret.items[0].path}`);
    // Filled in as the template is, the web server accepts the settings.
    const settings = parseEnv({ DATABASE_URL: "postgresql://ramparts@db/ramparts", ...sso.data, RAMPARTS_OIDC_CLIENT_SECRET: "from-the-file", RAMPARTS_OIDC_CLIENT_SECRET_FILE: undefined });
    expect(settings).toMatchObject({ RAMPARTS_OIDC_ISSUER: sso.data.RAMPARTS_OIDC_ISSUER, RAMPARTS_OIDC_ADMIN_GROUPS: ["ramparts-admins"] });
  });

  it("selects the right pods with the Service, the disruption budgets and the network policies", () => {
    const podLabels = workloads.map((workload) => workload.spec.template.metadata.labels);
    const [webLabels, workerLabels] = podLabels;
    for (const workload of workloads.slice(0, 2)) expect(labelsMatch(workload.spec.selector.matchLabels, workload.spec.template.metadata.labels)).toBe(true);
    const service = named("Service", "ramparts-web");
    expect(labelsMatch(service.spec.selector, webLabels) && !labelsMatch(service.spec.selector, workerLabels)).toBe(true);
    expect(service.spec.ports[0].targetPort).toBe(workloads[0].spec.template.spec.containers[0].ports[0].name);
    expect(labelsMatch(named("PodDisruptionBudget", "ramparts-web").spec.selector.matchLabels, webLabels)).toBe(true);
    expect(labelsMatch(named("PodDisruptionBudget", "ramparts-worker").spec.selector.matchLabels, workerLabels)).toBe(true);

    const deny = named("NetworkPolicy", "default-deny");
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    const egressPorts = (labels: Record<string, string>) =>
      all("NetworkPolicy")
        .filter((policy) => policy.spec.egress && labelsMatch(policy.spec.podSelector.matchLabels ?? {}, labels) &&
          (policy.spec.podSelector.matchExpressions ?? []).every((expression: TAny) => expression.values.includes(labels[expression.key])))
        .flatMap((policy) => policy.spec.egress.flatMap((rule: TAny) => rule.ports.map((port: TAny) => `${port.protocol}/${port.port}`)));
    expect(new Set(egressPorts(webLabels))).toEqual(new Set(["UDP/53", "TCP/53", "TCP/5432", "TCP/443", "TCP/6443"]));
    expect(new Set(egressPorts(workerLabels))).toEqual(new Set(["UDP/53", "TCP/53", "TCP/5432", "TCP/443", "TCP/6443"]));
    expect(new Set(egressPorts(podLabels[2]))).toEqual(new Set(["UDP/53", "TCP/53", "TCP/5432"]));
    const ingress = all("NetworkPolicy").filter((policy) => policy.spec.ingress);
    expect(ingress.map((policy) => policy.metadata.name)).toEqual(["allow-web-ingress"]);
    expect(labelsMatch(ingress[0].spec.podSelector.matchLabels, webLabels) && !labelsMatch(ingress[0].spec.podSelector.matchLabels, workerLabels)).toBe(true);
    expect(ingress[0].spec.ingress[0].ports).toEqual([{ protocol: "TCP", port: 3000 }]);
  });
});
