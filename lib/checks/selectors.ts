// Kubernetes label selectors (metav1.LabelSelector) compiled once and matched many times.
// Semantics follow the API: an empty selector `{}` selects everything; a null/absent selector
// selects nothing (LabelSelectorAsSelector(nil) = labels.Nothing()). Callers whose field has a
// different meaning when absent (NetworkPolicy.spec.podSelector is a non-pointer: absent = `{}`)
// say so with `whenAbsent`.
import { asArray, asRecords, asString, isRecord, stringMap } from "./access";

export interface TSelector {
  /** True when the selector has no requirement at all: it selects every object. */
  readonly selectsAll: boolean;
  /** True when the selector can never match (absent with "nothing", or malformed). */
  readonly selectsNone: boolean;
  /** Why the selector was judged malformed, when it was (an unknown operator, In without values…). */
  readonly invalid?: string;
  matches(labels: Record<string, string>): boolean;
}

type TRequirement = (labels: Record<string, string>) => boolean;

const NOTHING: TSelector = { selectsAll: false, selectsNone: true, matches: () => false };
const EVERYTHING: TSelector = { selectsAll: true, selectsNone: false, matches: () => true };

function invalid(reason: string): TSelector {
  return { ...NOTHING, invalid: reason };
}

function requirementOf(expression: Record<string, unknown>): TRequirement | string {
  const key = asString(expression.key);
  const operator = asString(expression.operator);
  const values = asArray(expression.values);
  if (!key) return "matchExpressions entry without a key";
  if (!values.every((value) => typeof value === "string")) return `values of \`${key}\` are not all strings`;
  const set = new Set(values as string[]);
  switch (operator) {
    case "In":
      if (set.size === 0) return `\`${key} In\` has no values`;
      return (labels) => key in labels && set.has(labels[key]!);
    case "NotIn":
      if (set.size === 0) return `\`${key} NotIn\` has no values`;
      // A missing key satisfies NotIn (upstream labels.Selector semantics).
      return (labels) => !(key in labels) || !set.has(labels[key]!);
    case "Exists":
      if (set.size > 0) return `\`${key} Exists\` must not have values`;
      return (labels) => key in labels;
    case "DoesNotExist":
      if (set.size > 0) return `\`${key} DoesNotExist\` must not have values`;
      return (labels) => !(key in labels);
    default:
      return `unknown operator \`${String(operator)}\` for \`${key}\``;
  }
}

/**
 * Compiles a label selector. `whenAbsent` decides what null/undefined means for this field
 * ("nothing" is the API's generic meaning). A malformed selector (one the API server would have
 * rejected) selects nothing and carries `invalid`.
 */
export function compileSelector(value: unknown, whenAbsent: "nothing" | "everything" = "nothing"): TSelector {
  if (value === null || value === undefined) return whenAbsent === "everything" ? EVERYTHING : NOTHING;
  if (!isRecord(value)) return invalid("the selector is not an object");
  const requirements: TRequirement[] = [];
  for (const [key, expected] of Object.entries(stringMap(value.matchLabels))) {
    requirements.push((labels) => labels[key] === expected);
  }
  if (value.matchLabels !== undefined && value.matchLabels !== null && !isRecord(value.matchLabels)) {
    return invalid("matchLabels is not a map");
  }
  for (const expression of asRecords(value.matchExpressions)) {
    const requirement = requirementOf(expression);
    if (typeof requirement === "string") return invalid(requirement);
    requirements.push(requirement);
  }
  if (requirements.length === 0) return EVERYTHING;
  return {
    selectsAll: false,
    selectsNone: false,
    matches: (labels) => requirements.every((requirement) => requirement(labels)),
  };
}

/** One-shot convenience: does `selector` (API meaning) select an object with `labels`? */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  return compileSelector(selector).matches(labels);
}
