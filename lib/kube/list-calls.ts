// One list call per collected resource type, cluster-wide, through the typed API clients (their
// request paths, auth and error handling); the items themselves are read by PageCapture.
import type { ConfigurationOptions } from "@kubernetes/client-node";
import type { TKubeClients } from "./client";
import { isCustomResource } from "./custom-resources";
import type { TCollectedResource } from "./resources";

export interface TPageParams {
  limit: number;
  _continue?: string;
}

export type TListCall = (params: TPageParams, options: ConfigurationOptions) => Promise<unknown>;

type TBuiltInCalls = Record<string, (clients: TKubeClients) => TListCall>;

const BUILT_IN: TBuiltInCalls = {
  Pod: ({ core }) => (p, o) => core.listPodForAllNamespaces(p, o),
  ReplicationController: ({ core }) => (p, o) => core.listReplicationControllerForAllNamespaces(p, o),
  Namespace: ({ core }) => (p, o) => core.listNamespace(p, o),
  Node: ({ core }) => (p, o) => core.listNode(p, o),
  Service: ({ core }) => (p, o) => core.listServiceForAllNamespaces(p, o),
  ServiceAccount: ({ core }) => (p, o) => core.listServiceAccountForAllNamespaces(p, o),
  Secret: ({ core }) => (p, o) => core.listSecretForAllNamespaces(p, o),
  ConfigMap: ({ core }) => (p, o) => core.listConfigMapForAllNamespaces(p, o),
  LimitRange: ({ core }) => (p, o) => core.listLimitRangeForAllNamespaces(p, o),
  ResourceQuota: ({ core }) => (p, o) => core.listResourceQuotaForAllNamespaces(p, o),
  Deployment: ({ apps }) => (p, o) => apps.listDeploymentForAllNamespaces(p, o),
  StatefulSet: ({ apps }) => (p, o) => apps.listStatefulSetForAllNamespaces(p, o),
  DaemonSet: ({ apps }) => (p, o) => apps.listDaemonSetForAllNamespaces(p, o),
  ReplicaSet: ({ apps }) => (p, o) => apps.listReplicaSetForAllNamespaces(p, o),
  Job: ({ batch }) => (p, o) => batch.listJobForAllNamespaces(p, o),
  CronJob: ({ batch }) => (p, o) => batch.listCronJobForAllNamespaces(p, o),
  Ingress: ({ networking }) => (p, o) => networking.listIngressForAllNamespaces(p, o),
  NetworkPolicy: ({ networking }) => (p, o) => networking.listNetworkPolicyForAllNamespaces(p, o),
  Role: ({ rbac }) => (p, o) => rbac.listRoleForAllNamespaces(p, o),
  ClusterRole: ({ rbac }) => (p, o) => rbac.listClusterRole(p, o),
  RoleBinding: ({ rbac }) => (p, o) => rbac.listRoleBindingForAllNamespaces(p, o),
  ClusterRoleBinding: ({ rbac }) => (p, o) => rbac.listClusterRoleBinding(p, o),
  CustomResourceDefinition: ({ apiextensions }) => (p, o) => apiextensions.listCustomResourceDefinition(p, o),
};

export function listCallFor(clients: TKubeClients, resource: TCollectedResource): TListCall {
  if (isCustomResource(resource)) {
    const { apiGroup: group, version, plural } = resource;
    // The generated API names the same parameter `resourcePlural` in one call and `plural` in the other.
    return resource.namespaced
      ? (p, o) => clients.customObjects.listCustomObjectForAllNamespaces({ group, version, resourcePlural: plural, ...p }, o)
      : (p, o) => clients.customObjects.listClusterCustomObject({ group, version, plural, ...p }, o);
  }
  const make = BUILT_IN[resource.kind];
  if (!make) throw new Error(`No list call for the built-in kind ${resource.kind}`);
  return make(clients);
}
