// QW8 — NetworkPolicies: CNI support, namespace coverage, default deny, selection, open rules.
// Shared indexes: lib/checks/netpol.ts (policies by namespace) and lib/checks/selectors.ts.
import type { TCheck } from "../../types";
import { cniNoNetworkPolicySupport } from "./cni-no-network-policy-support";
import { namespaceNoDefaultDenyEgress } from "./namespace-no-default-deny-egress";
import { namespaceNoDefaultDenyIngress } from "./namespace-no-default-deny-ingress";
import { namespaceWithoutNetworkPolicy } from "./namespace-without-network-policy";
import { networkPolicyAllowAllIngress } from "./network-policy-allow-all-ingress";
import { workloadNotSelectedByNetworkPolicy } from "./workload-not-selected-by-network-policy";

export const networkChecks: readonly TCheck[] = [
  cniNoNetworkPolicySupport,
  namespaceWithoutNetworkPolicy,
  namespaceNoDefaultDenyIngress,
  namespaceNoDefaultDenyEgress,
  workloadNotSelectedByNetworkPolicy,
  networkPolicyAllowAllIngress,
];
