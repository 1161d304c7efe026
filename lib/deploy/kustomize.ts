// The files a Kustomization applies, so that tests can scan and check exactly what
// `kubectl apply -k` sends. Only `resources` is followed (files, and folders with their own
// kustomization.yaml, as Kustomize does); a transformer (namespace, images, patches…) would make
// the applied objects differ from the files, so a kustomization that uses one is refused.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";

const KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const SUPPORTED_KEYS = new Set(["apiVersion", "kind", "resources"]);

export function kustomizationPath(dir: string): string {
  const found = KUSTOMIZATION_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!found) throw new Error(`No kustomization file in ${dir}`);
  return found;
}

/** The resource files `dir`'s kustomization includes, recursively, in order, each once. */
export function kustomizationFiles(dir: string, seen = new Set<string>()): string[] {
  const path = kustomizationPath(resolve(dir));
  if (seen.has(path)) throw new Error(`Kustomization cycle through ${path}`);
  seen.add(path);
  const document = parse(readFileSync(path, "utf8")) as Record<string, unknown> | null;
  const unsupported = Object.keys(document ?? {}).filter((key) => !SUPPORTED_KEYS.has(key));
  if (unsupported.length > 0) throw new Error(`${path} uses ${unsupported.join(", ")}: only resources can be checked as plain files`);
  const resources = document?.resources;
  if (!Array.isArray(resources) || !resources.every((entry) => typeof entry === "string")) throw new Error(`${path} has no list of resources`);
  const files: string[] = [];
  for (const entry of resources as string[]) {
    const target = resolve(dirname(path), entry);
    const more = statSync(target).isDirectory() ? kustomizationFiles(target, seen) : [target];
    for (const file of more) if (!files.includes(file)) files.push(file);
  }
  return files;
}
