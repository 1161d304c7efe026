// @peculiar/x509 resolves its algorithms through tsyringe, which refuses to load without the
// Reflect metadata API (normally from the `reflect-metadata` package, not installed here).
// tsyringe needs only these four functions; this is the smallest faithful version of them.
// Import this module before @peculiar/x509. Drop it if `reflect-metadata` becomes a dependency.
type TTarget = object;

const store = new WeakMap<TTarget, Map<unknown, unknown>>();
const reflect = Reflect as unknown as Record<string, unknown>;

function own(target: TTarget): Map<unknown, unknown> {
  let map = store.get(target);
  if (!map) store.set(target, (map = new Map()));
  return map;
}

if (typeof reflect.getMetadata !== "function") {
  reflect.defineMetadata = (key: unknown, value: unknown, target: TTarget) => void own(target).set(key, value);
  reflect.getOwnMetadata = (key: unknown, target: TTarget) => store.get(target)?.get(key);
  reflect.hasOwnMetadata = (key: unknown, target: TTarget) => store.get(target)?.has(key) ?? false;
  reflect.getMetadata = (key: unknown, target: TTarget) => {
    // Walk the prototype chain, as the reference implementation does.
    for (let node: TTarget | null = target; node; node = Object.getPrototypeOf(node) as TTarget | null) {
      const map = store.get(node);
      if (map?.has(key)) return map.get(key);
    }
    return undefined;
  };
}

export {};
