// Builds a snapshot from YAML: multi-document files, `List` kinds (RoleBindingList, v1 List),
// folders walked recursively. Unknown kinds are kept (and ignored by the checks).
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { LineCounter, parseAllDocuments } from "yaml";
import { asArray, isRecord } from "./access";
import { TSourceIndex } from "./positions";
import { text, type TText } from "./text";
import type { TCoverageGap, TKubeObject, TSnapshot } from "./types";

export interface TLoadProblem {
  source: string;
  /** The YAML parser's own English words (logs, the CLI's JSON). */
  message: string;
  /** What a person reads, in their language: where the YAML broke and the parser's error code. */
  text: TText;
}

/** A document that could not be parsed, as a coverage gap of kind "Manifest" (a manifests scan shows it). */
export function problemGap(problem: TLoadProblem): TCoverageGap {
  return { kind: "Manifest", reason: `${problem.source}: ${problem.message}`, reasonText: text("manifestProblem", { source: problem.source, problem: problem.text }) };
}

function problemText(error: { code: string; linePos?: [{ line: number; col: number }, ...unknown[]] }): TText {
  const at = error.linePos?.[0];
  return at ? text("yamlInvalid", { line: at.line, column: at.col, code: error.code }) : text("yamlInvalidNoPosition", { code: error.code });
}

export interface TLoaded {
  snapshot: TSnapshot;
  /** Objects read, after List kinds were unwrapped. */
  count: number;
  /** Documents that could not be parsed; the rest of the input is still used. */
  problems: TLoadProblem[];
  /** Where each object was read (file, line): for outputs that point at the source. */
  positions: TSourceIndex;
}

const YAML_FILE = /\.(ya?ml|json)$/i;

/** Adds objects to a snapshot, unwrapping `*List` kinds. */
export function addObjects(snapshot: TSnapshot, objects: unknown[]): number {
  let count = 0;
  for (const object of objects) {
    if (!isRecord(object)) continue;
    const kind = typeof object.kind === "string" ? object.kind : "";
    if (kind.endsWith("List") && Array.isArray(object.items)) {
      const itemKind = kind === "List" ? undefined : kind.slice(0, -"List".length);
      count += addObjects(
        snapshot,
        asArray(object.items).map((item) => (isRecord(item) && itemKind && item.kind === undefined ? { ...item, kind: itemKind } : item)),
      );
      continue;
    }
    (snapshot.objects[kind || "Unknown"] ??= []).push(object as TKubeObject);
    count += 1;
  }
  return count;
}

export function emptySnapshot(): TSnapshot {
  return { objects: {}, gaps: [] };
}

/** Parses YAML text (one or many documents); records each object's position when given an index. */
export function parseManifests(text: string, source = "<input>", positions?: TSourceIndex): { objects: unknown[]; problems: TLoadProblem[] } {
  const objects: unknown[] = [];
  const problems: TLoadProblem[] = [];
  const lines = new LineCounter();
  for (const document of parseAllDocuments(text, { lineCounter: lines })) {
    if (document.errors.length > 0) {
      const error = document.errors[0]!;
      problems.push({ source, message: error.message.split("\n")[0]!, text: problemText(error) });
      continue;
    }
    // maxAliasCount bounds "billion laughs" alias bombs in untrusted YAML.
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue;
    objects.push(value);
    positions?.add(value, document.contents, source, lines);
  }
  return { objects, problems };
}

export function snapshotFromText(text: string, source = "<input>"): TLoaded {
  const snapshot = emptySnapshot();
  const positions = new TSourceIndex();
  const { objects, problems } = parseManifests(text, source, positions);
  return { snapshot, count: addObjects(snapshot, objects), problems, positions };
}

async function collectFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith("."))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => (entry.isDirectory() ? collectFiles(join(path, entry.name)) : YAML_FILE.test(entry.name) ? [join(path, entry.name)] : [])),
  );
  return nested.flat();
}

/**
 * Reads files and folders (recursively), and "-" from `readStdin` when given (CI pipes:
 * `helm template … | ramparts scan -`). Throws only when a path cannot be read at all.
 */
export async function snapshotFromPaths(paths: string[], readStdin?: () => Promise<string>): Promise<TLoaded> {
  const snapshot = emptySnapshot();
  const positions = new TSourceIndex();
  const problems: TLoadProblem[] = [];
  let count = 0;
  const add = (text: string, source: string) => {
    const parsed = parseManifests(text, source, positions);
    problems.push(...parsed.problems);
    count += addObjects(snapshot, parsed.objects);
  };
  for (const path of paths) {
    if (path === "-" && readStdin) {
      add(await readStdin(), "-");
      continue;
    }
    for (const file of await collectFiles(path)) add(await readFile(file, "utf8"), file);
  }
  return { snapshot, count, problems, positions };
}
