// Namespaced objects by namespace (LimitRanges, ResourceQuotas), indexed once per evaluation.
import { nameOf } from "../../access";
import type { TCheckContext } from "../../context";
import { namespaceOrDefault } from "../../namespace-scope";
import type { TKubeObject } from "../../types";

export function objectsByNamespace(ctx: TCheckContext, kind: string): ReadonlyMap<string, TKubeObject[]> {
  return ctx.shared(`resources:by-namespace:${kind}`, () => {
    const index = new Map<string, TKubeObject[]>();
    for (const object of ctx.objects(kind)) {
      const namespace = namespaceOrDefault(object);
      const list = index.get(namespace);
      if (list) list.push(object);
      else index.set(namespace, [object]);
    }
    return index;
  });
}

/** `base`, or `base-2`, `base-3`… when an object of that kind already uses the name. */
export function freeName(existing: readonly TKubeObject[], base: string): string {
  const taken = new Set(existing.map(nameOf));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
