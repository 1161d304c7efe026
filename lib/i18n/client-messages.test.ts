// Every namespace a client component translates must reach the browser (clientMessages), else it
// would show message keys after hydration. Reads the client module graph: files starting with
// "use client" and everything they import from the project.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages } from "./client-messages";
import { CATALOGUES } from "./messages";

const ROOT = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? normalize(join(dirname(from), specifier)) : undefined;
  if (!base) return undefined;
  return ["", ".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => base + ext).find((path) => existsSync(path) && statSync(path).isFile());
}

function clientGraph(): string[] {
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(join(ROOT, dir)));
  const pending = files.filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const resolved = resolveImport(file, (match[1] ?? match[2])!);
      if (resolved) pending.push(resolved);
    }
  }
  return [...seen];
}

function has(tree: unknown, path: string): boolean {
  return path.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree) !== undefined;
}

describe("clientMessages", () => {
  const picked = clientMessages(CATALOGUES.en);
  const graph = clientGraph();

  it("finds the client components", () => {
    expect(graph.some((file) => file.endsWith(join("shell", "nav-links.tsx")))).toBe(true);
  });

  it("holds every namespace a client component translates", () => {
    const missing: string[] = [];
    for (const file of graph) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/useTranslations\(\s*(?:["'`]([^"'`]*)["'`])?\s*\)/g)) {
        const namespace = match[1];
        if (namespace) {
          if (!has(picked, namespace)) missing.push(`${file}: ${namespace}`);
          continue;
        }
        // A root translator: the first segment of every key written out (t("quickWins.QW1.name"), t(`environment.${…}`)).
        for (const key of source.matchAll(/\bt\w*\(\s*["'`]([A-Za-z]\w*)[.$]/g)) {
          if (has(CATALOGUES.en, key[1]!) && !has(picked, key[1]!)) missing.push(`${file}: ${key[1]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("leaves out what only the server reads", () => {
    expect(has(picked, "reports.pdf")).toBe(false);
    expect(has(picked, "cli")).toBe(false);
    expect(has(picked, "reports.export")).toBe(true);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(CATALOGUES.en).length * 0.75);
  });

  it("keeps the server's catalogues out of the browser: no client module reaches them", () => {
    const server = ["messages.ts", "check-texts.ts", join("messages", "en", "checks.json"), join("messages", "fr", "checks.json")].map((file) => join(ROOT, "lib", "i18n", file));
    expect(graph.filter((file) => server.includes(file)).map((file) => file.slice(ROOT.length + 1))).toEqual([]);
  });
});
