// The two shapes every check of this family takes: one result per pod-bearing object, or one
// per container. A check supplies its findings, its wording and its fix; this file supplies
// the walk over workloads, passes, evidence, remediation and "not assessable" on bad input.
import type { TCheckContext } from "../../context";
import type { TText } from "../../text";
import type { TCheck, TCheckMeta, TCheckOutcome } from "../../types";
import { POD_BEARING_KINDS, type TContainer, type TWorkload } from "../../workloads";
import type { TPssFinding } from "./controls";
import { containerPath, podOf, type TPod } from "./pod";
import { patchRemediation, type TPodFix } from "./remediate";

export const WORKLOAD_KINDS: string[] = [...POD_BEARING_KINDS];

export type TPodEntry = { workload: TWorkload; pod?: TPod; error?: unknown };

/** Each workload's pod view, built once per evaluation for the whole family (and evaluatePss). */
export function podEntries(context: TCheckContext): TPodEntry[] {
  return context.shared("pss.pods", () =>
    context.workloads().map((workload): TPodEntry => {
      try {
        return { workload, pod: podOf(workload, context.containers(workload)) };
      } catch (error) {
        return { workload, error };
      }
    }),
  );
}

function podFrom(entry: TPodEntry): TPod {
  if (!entry.pod) throw entry.error instanceof Error ? entry.error : new Error(String(entry.error));
  return entry.pod;
}

/** "Deployment `shop/web`" (built once per pod, see TPod.description). */
export function describe(pod: TPod): string {
  return pod.description;
}

export function evidenceOf(pod: TPod, findings: TPssFinding[]): Record<string, unknown> {
  const evidence: Record<string, unknown> = {};
  for (const finding of findings) {
    const path = finding.container
      ? `${containerPath(pod, finding.container)}.${finding.field}`
      : finding.annotation !== undefined
        ? `${pod.kind === "Pod" ? "metadata" : pod.specPath.replace(/\.spec$/, ".metadata")}.${finding.field}`
        : finding.volume !== undefined
          ? `${pod.specPath}.volumes[${finding.volume}].${finding.field}`
          : `${pod.specPath}.${finding.field}`;
    const previous = evidence[path];
    evidence[path] = previous === undefined ? finding.value : [...(Array.isArray(previous) ? previous : [previous]), finding.value];
  }
  return evidence;
}

interface TRule<TTarget> {
  findings(pod: TPod): TPssFinding[];
  /** False for pods the check does not apply to (e.g. Linux-only settings on Windows pods). */
  applies?(pod: TPod): boolean;
  fail(target: TTarget, findings: TPssFinding[], pod: TPod): TText;
  pass(target: TTarget, pod: TPod): TText;
  fix(target: TTarget, findings: TPssFinding[], pod: TPod): TPodFix;
}

interface TContainerRule extends Omit<TRule<TContainer>, "pass"> {
  /**
   * Names the container only, so one message per container list and name serves every pod of
   * an evaluation: eleven checks pass 13,000 to 26,000 containers each in the large benchmark,
   * under a handful of names, and built a copy of the same sentence for each (15 MB of results).
   */
  pass(container: Pick<TContainer, "list" | "name">): TText;
}

/** Pass messages of one container check, by container list, then name (one evaluation). */
type TPassMessages = Record<TContainer["list"], Map<string, TText>>;

function passMessage(rule: TContainerRule, messages: TPassMessages, container: TContainer): TText {
  const byName = messages[container.list];
  let message = byName.get(container.name);
  if (message === undefined) {
    message = rule.pass(container);
    byName.set(container.name, message);
  }
  return message;
}

export function definePodCheck(meta: TCheckMeta, rule: TRule<TPod>): TCheck {
  return {
    ...meta,
    // Returns each's iterator itself (no generator around it): one resume less per outcome.
    evaluate(context) {
      return context.each(podEntries(context), (entry) => entry.workload.ref, (entry): TCheckOutcome[] => {
        const pod = podFrom(entry);
        if (rule.applies && !rule.applies(pod)) return [];
        const findings = rule.findings(pod);
        if (findings.length === 0) return [{ status: "pass", object: pod.ref, message: rule.pass(pod, pod) }];
        return [{
          status: "fail",
          object: pod.ref,
          message: rule.fail(pod, findings, pod),
          evidence: evidenceOf(pod, findings),
          remediation: patchRemediation(pod, rule.fix(pod, findings, pod)),
        }];
      });
    },
  };
}

function findingsOf(findings: readonly TPssFinding[], container: TContainer): TPssFinding[] | undefined {
  let own: TPssFinding[] | undefined;
  for (const finding of findings) {
    if (finding.container !== container) continue;
    if (own) own.push(finding);
    else own = [finding];
  }
  return own;
}

export function defineContainerCheck(meta: TCheckMeta, rule: TContainerRule): TCheck {
  return {
    ...meta,
    evaluate(context) {
      const messages: TPassMessages = { initContainers: new Map(), containers: new Map(), ephemeralContainers: new Map() };
      return context.each(podEntries(context), (entry) => entry.workload.ref, (entry): TCheckOutcome[] => {
        const pod = podFrom(entry);
        if (rule.applies && !rule.applies(pod)) return [];
        const all = rule.findings(pod);
        return pod.containers.map((container): TCheckOutcome => {
          // A container's own findings, in order; most pods have none, so no index is built.
          const findings = all.length === 0 ? undefined : findingsOf(all, container);
          if (!findings) return { status: "pass", object: pod.ref, container: container.name, message: passMessage(rule, messages, container) };
          return {
            status: "fail",
            object: pod.ref,
            container: container.name,
            message: rule.fail(container, findings, pod),
            evidence: evidenceOf(pod, findings),
            remediation: patchRemediation(pod, rule.fix(container, findings, pod)),
          };
        });
      });
    },
  };
}
