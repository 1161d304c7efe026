// The CLI's table in the reader's language: check titles come from the checks catalogue.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "./main";

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const sink = new Writable({ write(chunk, _encoding, done) { out += String(chunk); done(); } });
  const code = await main(argv, sink, new Writable({ write: (_chunk, _encoding, done) => done() }));
  return { code, out };
}

const FIXTURE = "lib/checks/fixtures/privileged-container/fail-privileged-daemonset.yaml";

describe("ramparts scan --format table", () => {
  it("prints French check titles and headings with --lang fr", async () => {
    const { code, out } = await run("scan", FIXTURE, "--lang", "fr");
    expect(code).toBe(0);
    expect(out).toContain("▸ Conteneur en mode privilégié (privileged-container)");
    expect(out).toContain("▸ Élévation de privilèges autorisée (allow-privilege-escalation)");
    expect(out).toMatch(/^SÉVÉRITÉ/);
    expect(out).not.toContain("Privileged container");
  });

  it("prints English titles by default", async () => {
    const { out } = await run("scan", FIXTURE);
    expect(out).toContain("▸ Privileged container (privileged-container)");
    expect(out).not.toContain("Conteneur en mode privilégié");
  });
});
