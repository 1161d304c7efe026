// Where each object came from in its YAML source: the file, the line its document (or List item)
// starts on, and the line of each named container. Results carry only an object reference
// (kind, namespace, name), so positions are looked up by that identity; CI outputs (SARIF, JUnit,
// Markdown) use them to point at file:line. Kept beside the snapshot, never inside it: snapshots
// are stored and compared, and source lines are a property of one reading of the input.
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import { isRecord } from "./access";
import type { TObjectRef } from "./types";

export interface TSourcePosition {
  /** As given to the loader (a path, or "-" for standard input). */
  file: string;
  /** 1-based. */
  line: number;
}

interface TObjectPosition extends TSourcePosition {
  containers: Map<string, number>;
}

const CONTAINER_LISTS = new Set(["containers", "initContainers", "ephemeralContainers"]);

function key(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${namespace ?? ""}\u0000${name}`;
}

function metadataOf(value: Record<string, unknown>): { namespace?: string; name: string } {
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return {
    ...(typeof metadata.namespace === "string" ? { namespace: metadata.namespace } : {}),
    name: typeof metadata.name === "string" ? metadata.name : "",
  };
}

/** The line of every map under a `containers`-like key that has a `name`, anywhere in the node. */
function containerLines(node: unknown, lines: LineCounter, found = new Map<string, number>()): Map<string, number> {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (isScalar(pair.key) && CONTAINER_LISTS.has(String(pair.key.value)) && isSeq(pair.value)) {
        for (const item of pair.value.items) {
          if (!isMap(item) || !item.range) continue;
          const name = item.get("name");
          if (typeof name === "string" && !found.has(name)) found.set(name, lines.linePos(item.range[0]).line);
        }
      }
      containerLines(pair.value, lines, found);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) containerLines(item, lines, found);
  }
  return found;
}

export class TSourceIndex {
  private readonly byObject = new Map<string, TObjectPosition>();
  /** The first object read in each namespace: where a namespace the manifests only imply is "declared". */
  private readonly firstInNamespace = new Map<string, TSourcePosition>();

  /**
   * Records the object a parsed document (or a List's item) holds. Mirrors load.ts's List
   * unwrapping: items of `FooList` without a kind are Foos.
   */
  add(value: unknown, node: unknown, file: string, lines: LineCounter, itemKind?: string): void {
    if (!isRecord(value)) return;
    const kind = typeof value.kind === "string" ? value.kind : itemKind ?? "";
    if (kind.endsWith("List") && Array.isArray(value.items)) {
      const itemsNode = isMap(node) ? node.get("items", true) : undefined;
      const nested = kind === "List" ? undefined : kind.slice(0, -"List".length);
      value.items.forEach((item, index) => this.add(item, isSeq(itemsNode) ? itemsNode.items[index] : undefined, file, lines, nested));
      return;
    }
    const range = (node as Node | undefined)?.range;
    if (!range) return;
    const { namespace, name } = metadataOf(value);
    const id = key(kind, namespace, name);
    // The first definition wins, as a reader fixing the manifest would look there first.
    if (this.byObject.has(id)) return;
    const position = { file, line: lines.linePos(range[0]).line };
    this.byObject.set(id, { ...position, containers: containerLines(node, lines) });
    if (namespace !== undefined && !this.firstInNamespace.has(namespace)) this.firstInNamespace.set(namespace, position);
  }

  /**
   * The object's position, at its container's line when the result names a container. A
   * Namespace the manifests do not define (findings such as "no NetworkPolicy in namespace shop")
   * points at the first object read in it, so code-scanning tools still have a line to show.
   */
  locate(ref: Pick<TObjectRef, "kind" | "namespace" | "name">, container?: string): TSourcePosition | undefined {
    const found = this.byObject.get(key(ref.kind, ref.namespace, ref.name));
    if (!found) return ref.kind === "Namespace" ? this.firstInNamespace.get(ref.name) : undefined;
    return { file: found.file, line: (container !== undefined ? found.containers.get(container) : undefined) ?? found.line };
  }

  get size(): number {
    return this.byObject.size;
  }
}
