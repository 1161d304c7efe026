import { asString, labelsOf, nameOf } from "../../access";
import { CLUSTER_REF, objectRef } from "../../context";
import { kubeSystemVisible } from "../../namespace-scope";
import type { TCheck, TCheckOutcome } from "../../types";
import { containersOf } from "../../workloads";
import { text } from "../../text";

const REPORT_KIND = "VulnerabilityReport";

/**
 * A 404 (the CRD is not installed) is the very finding; anything else (403, timeout) means we
 * could not look. The collector words its reasons freely, so only explicit absence counts.
 */
export function isAbsentResource(reason: string): boolean {
  return /\b404\b|not ?found|could not find the requested resource|no matches for kind|not installed|doesn't have a resource type/i.test(reason);
}

export const imageScanningNotInPlace: TCheck = {
  id: "image-scanning-not-in-place",
  quickWin: "QW2",
  severity: "high",
  // VulnerabilityReport is deliberately absent: a missing CRD is the finding, not a coverage gap
  // (a 403 on it is handled below). Deployments and Pods show the operator and kube-system.
  requires: ["Deployment", "Pod"],
  *evaluate(ctx) {
    yield* ctx.each([CLUSTER_REF], (ref) => ref, function* (): Generator<TCheckOutcome> {
      const gap = ctx.snapshot.gaps.find((candidate) => candidate.kind === REPORT_KIND);
      if (gap && !isAbsentResource(gap.reason)) {
        yield { status: "not_assessable", object: CLUSTER_REF, message: text("vulnReportsUnreadable", { reason: gap.reasonText ?? gap.reason }), reason: text("vulnReportsUnreadable", { reason: gap.reasonText ?? gap.reason }), evidence: { gap } };
        return;
      }
      const reports = ctx.objects(REPORT_KIND).length;
      if (reports > 0) {
        yield { status: "pass", object: CLUSTER_REF, message: text("imagesScanned", { count: reports }), evidence: { vulnerabilityReports: reports } };
        return;
      }
      const operator = ctx.workloads().find((workload) =>
        nameOf(workload.object) === "trivy-operator" ||
        labelsOf(workload.object)["app.kubernetes.io/name"] === "trivy-operator" ||
        containersOf(workload.podSpec).some((container) => /(^|\/)trivy-operator(:|@|$)/.test(asString(container.spec.image) ?? "")),
      );
      if (operator) {
        yield { status: "pass", object: CLUSTER_REF, message: text("trivyNoReportYet", { kind: operator.kind, name: operator.ref.name }), evidence: { operator: objectRef(operator.object), vulnerabilityReports: 0 } };
        return;
      }
      if (!kubeSystemVisible(ctx)) {
        yield { status: "not_assessable", object: CLUSTER_REF, message: text("scannerOutOfView"), reason: text("scannerOutOfView"), evidence: { vulnerabilityReports: 0, kubeSystemVisible: false } };
        return;
      }
      yield {
        status: "fail",
        object: CLUSTER_REF,
        message: text("noImageScanning"),
        evidence: { vulnerabilityReports: 0, vulnerabilityReportCrd: gap ? `absent (${gap.reason})` : "no objects", trivyOperator: null },
        remediation: {
          type: "manual",
          steps: [
            text("installTrivyOperator"),
            text("waitForVulnerabilityReports"),
          ],
          command:
            "helm repo add aqua https://aquasecurity.github.io/helm-charts/ && helm install trivy-operator aqua/trivy-operator --namespace trivy-system --create-namespace",
        },
      };
    });
  },
};
