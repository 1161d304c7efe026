// Runs `main` in-process with captured streams and an optional standard input.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import type { TCollectOptions } from "../kube/collector";
import { main } from "./main";

export async function run(argv: string[], stdin = "", collect?: TCollectOptions): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const sink = (append: (text: string) => void) => new Writable({ write(chunk, _encoding, done) { append(String(chunk)); done(); } });
  const code = await main(argv, sink((text) => { out += text; }), sink((text) => { err += text; }), Readable.from([stdin]), collect);
  return { code, out, err };
}

/** A file in a fresh temporary folder. */
export function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "ramparts-cli-")), name);
  writeFileSync(path, text);
  return path;
}

export const PRIVILEGED = "lib/checks/fixtures/privileged-container/fail-privileged-daemonset.yaml";
/** Its open findings are medium at most. */
export const HARDENED = "lib/checks/fixtures/privileged-container/pass-hardened-deployment.yaml";

/** A pod whose untrusted names try to break out of every output format. */
export const HOSTILE = `apiVersion: v1
kind: Pod
metadata:
  name: "evil|name\`<img src=x onerror=alert(1)>&amp;"
  namespace: "ns</testcase><testcase name='x'>"
spec:
  containers:
    - name: "c]]>|\\u0001'\\""
      image: nginx
      securityContext: {privileged: true}
`;
