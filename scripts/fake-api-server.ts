// npx tsx scripts/fake-api-server.ts --dir FOLDER [--port 6443] [--tls] [--token T]
//   [--permissions read-only|cluster-admin] [--faults '{"latencyMs":200}'] [--kubeconfig FILE]
// Serves a folder of manifests as a Kubernetes API server (see lib/kube/fake-api-server) until
// Ctrl-C. Writes a kubeconfig to reach it (mode 600; the token is never printed).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { fakeKubeconfigYaml, startFakeApiServer, type TFaults, type TPermissionPreset } from "../lib/kube/fake-api-server";
import { ZFaults } from "../lib/kube/fake-api-server/faults";

const USAGE = "Usage: tsx scripts/fake-api-server.ts --dir FOLDER [--port N] [--tls] [--token T] [--permissions read-only|cluster-admin] [--faults JSON] [--kubeconfig FILE]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      dir: { type: "string", multiple: true },
      port: { type: "string", default: "6443" },
      host: { type: "string", default: "127.0.0.1" },
      tls: { type: "boolean", default: false },
      token: { type: "string" },
      permissions: { type: "string", default: "read-only" },
      faults: { type: "string" },
      kubeconfig: { type: "string" },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (!values.dir?.length) fail("--dir is required.");
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${values.port}".`);
if (values.permissions !== "read-only" && values.permissions !== "cluster-admin") fail("--permissions must be read-only or cluster-admin.");
let faults: TFaults = {};
if (values.faults) {
  let json: unknown;
  try {
    json = JSON.parse(values.faults);
  } catch {
    fail("--faults must be JSON, e.g. '{\"latencyMs\":200}'.");
  }
  const parsed = ZFaults.safeParse(json);
  if (!parsed.success) fail(`--faults: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ")}`);
  faults = parsed.data;
}

const server = await startFakeApiServer({
  dir: values.dir, port, host: values.host, tls: values.tls, token: values.token,
  permissions: values.permissions as TPermissionPreset, faults,
});
const kubeconfigPath = values.kubeconfig ?? join(env().RAMPARTS_DATA_DIR, "fake-api-server", "kubeconfig.yaml");
mkdirSync(dirname(kubeconfigPath), { recursive: true });
writeFileSync(kubeconfigPath, fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: server.token, name: "fake-api-server" }), { mode: 0o600 });

console.log(`Fake Kubernetes API server on ${server.url} (${values.tls ? "TLS, CA generated at start" : "plain HTTP"}), permissions: ${values.permissions}.`);
console.log(`Kubeconfig: ${kubeconfigPath}   e.g. kubectl --kubeconfig ${kubeconfigPath} get pods -A`);
for (const problem of server.loadProblems) console.warn(`  skipped a document in ${problem.source}: ${problem.message}`);
if (server.skippedObjects > 0) console.warn(`  ${server.skippedObjects} objects of kinds this server does not serve were ignored.`);

async function stop(code: number): Promise<void> {
  await server.close();
  process.exit(code);
}
process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
