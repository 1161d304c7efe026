// Just enough of resource.Quantity to compare memory sizes ("256Mi", "1G", "1.5Gi", "134217728").
const SUFFIXES: Record<string, number> = {
  "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  m: 1e-3,
};

/** Bytes for a memory quantity, or undefined when it cannot be read. */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)([a-zA-Z]*)\s*$/.exec(value);
  if (!match) return undefined;
  const factor = SUFFIXES[match[2]!];
  return factor === undefined ? undefined : Number(match[1]) * factor;
}

/** A quantity counts as set when the API would accept it as a value (non-empty string or number). */
export function isQuantitySet(value: unknown): boolean {
  return (typeof value === "string" && value.trim() !== "") || (typeof value === "number" && Number.isFinite(value));
}
