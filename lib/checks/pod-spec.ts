// A workload whose pod spec cannot be read is "not assessable" for pod-level checks. The outcome
// is yielded rather than thrown: building an Error (and its stack) for every malformed object and
// check is the costliest thing a check can do on a large, partly broken snapshot.
import type { TCheckOutcome } from "./types";
import { podSpecPath, type TWorkload } from "./workloads";
import { text } from "./text";

export function unreadablePodSpec(workload: TWorkload): TCheckOutcome {
  return {
    status: "not_assessable",
    object: workload.ref,
    message: text("podSpecUnreadable", { kind: workload.kind, name: workload.ref.name, path: podSpecPath(workload.kind).join(".") }), reason: text("podSpecUnreadable", { kind: workload.kind, name: workload.ref.name, path: podSpecPath(workload.kind).join(".") }),
  };
}
