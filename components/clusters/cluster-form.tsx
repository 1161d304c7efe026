"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { clusterNameProblem, DESCRIPTION_MAX } from "@/lib/clusters/limits";
import type { TClusterDetail, TTestOutcome } from "@/lib/clusters/types";
import { Card } from "@/components/ui/card";
import { ConnectionFields, type TConnectionValues } from "./connection-fields";
import { BUTTON_PRIMARY, BUTTON_SECONDARY } from "./styles";
import { GeneralFields, type TGeneralValues } from "./general-fields";
import { ApiError } from "./hooks/api";
import { useCreateCluster, useTestConnection, useTestStoredCluster, useUpdateCluster, type TConnectionBody } from "./hooks/use-cluster-mutations";
import { manifestsProblem } from "./manifests-fields";
import { StoredConnection } from "./stored-connection";
import { TestResult } from "./test-result";

type TErrors = Record<string, string[] | undefined>;
type TProblem = { title: string; message: string; fields: boolean } | null;

const EMPTY_CONNECTION: TConnectionValues = { connectionKind: "kubeconfig", kubeconfig: "", context: "", manifestsType: "bundle", bundle: "", path: "" };

function connectionBody(values: TConnectionValues): TConnectionBody {
  switch (values.connectionKind) {
    case "kubeconfig":
      return { connectionKind: "kubeconfig", kubeconfig: values.kubeconfig, ...(values.context ? { context: values.context } : {}) };
    case "in_cluster":
      return { connectionKind: "in_cluster" };
    case "manifests":
      return { connectionKind: "manifests", manifests: values.manifestsType === "bundle" ? { type: "bundle", yaml: values.bundle } : { type: "path", path: values.path.trim() } };
  }
}

function connectionIncomplete(values: TConnectionValues): boolean {
  if (values.connectionKind === "kubeconfig") return !values.kubeconfig.trim();
  return values.connectionKind === "manifests" && manifestsProblem(values) !== undefined;
}

/**
 * Adds a cluster, or edits one (`cluster` given). The kubeconfig lives only in this form's state
 * until it is sent; after saving, the page shows what the server describes of it, nothing more.
 */
export function ClusterForm({ cluster }: { cluster?: TClusterDetail }) {
  const t = useTranslations("clusters.form");
  const router = useRouter();
  const problemRef = useRef<HTMLDivElement>(null);
  const [general, setGeneral] = useState<TGeneralValues>({
    name: cluster?.name ?? "", environment: cluster?.environment ?? "production", description: cluster?.description ?? "", schedule: cluster?.schedule ?? "0 */6 * * *",
  });
  const [connection, setConnection] = useState<TConnectionValues>({ ...EMPTY_CONNECTION, connectionKind: cluster?.connectionKind ?? "kubeconfig" });
  const [replacing, setReplacing] = useState(!cluster);
  const [errors, setErrors] = useState<TErrors>({});
  const [problem, setProblem] = useState<TProblem>(null);
  const [attempted, setAttempted] = useState(false);
  const [outcome, setOutcome] = useState<TTestOutcome | null>(null);

  const create = useCreateCluster();
  const update = useUpdateCluster(cluster?.id ?? "");
  const testInput = useTestConnection();
  const testStored = useTestStoredCluster(cluster?.id ?? "");
  const saving = create.isPending || update.isPending;
  const testing = testInput.isPending || testStored.isPending;

  const clearErrors = (fields: string[]) => setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field))));
  const changeGeneral = (values: Partial<TGeneralValues>) => {
    setGeneral((current) => ({ ...current, ...values }));
    clearErrors(Object.keys(values));
  };
  const changeConnection = (values: Partial<TConnectionValues>) => {
    setConnection((current) => ({ ...current, ...values }));
    clearErrors([...Object.keys(values), ...("manifestsType" in values || "bundle" in values || "path" in values ? ["manifests"] : [])]);
    setOutcome(null);
  };

  function fail(title: string, error: unknown) {
    if (error instanceof ApiError && error.fields) {
      const { fieldErrors, formErrors } = error.fields;
      setErrors(fieldErrors);
      const fields = Object.keys(fieldErrors).length > 0;
      // With fields at fault, the details are shown beside them; the summary only points there.
      setProblem({ title, message: formErrors[0] ?? (fields ? "" : error.message), fields });
    } else {
      setProblem({ title, message: error instanceof Error ? error.message : String(error), fields: false });
    }
    requestAnimationFrame(() => problemRef.current?.focus());
  }

  function runTest() {
    setProblem(null);
    setOutcome(null);
    if (replacing && connectionIncomplete(connection)) {
      setAttempted(true);
      return;
    }
    const onSuccess = (result: TTestOutcome) => setOutcome(result);
    const onError = (error: unknown) => fail(t("testErrorTitle"), error);
    if (replacing) testInput.mutate(connectionBody(connection), { onSuccess, onError });
    else testStored.mutate(undefined, { onSuccess, onError });
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    const locallyInvalid = clusterNameProblem(general.name) !== undefined || general.description.length > DESCRIPTION_MAX || (replacing && connectionIncomplete(connection));
    if (locallyInvalid) {
      setProblem({ title: t("errorTitle"), message: t("fixFields"), fields: false });
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    const body = { ...general, name: general.name.trim(), ...(replacing ? connectionBody(connection) : {}) };
    const onSuccess = ({ cluster: saved }: { cluster: TClusterDetail }) => {
      router.push(`/clusters?${new URLSearchParams({ [cluster ? "updated" : "created"]: saved.name })}`);
      router.refresh();
    };
    const onError = (error: unknown) => fail(t("errorTitle"), error);
    if (cluster) update.mutate(body, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  }

  return (
    <form onSubmit={save} noValidate className="space-y-6">
      {problem ? (
        <div ref={problemRef} tabIndex={-1} role="alert" className="rounded-lg border border-red-600 bg-red-50 p-4 text-red-950 dark:border-red-500 dark:bg-red-950/40 dark:text-red-50">
          <h2 className="font-semibold">{problem.title}</h2>
          {problem.message ? <p className="mt-1 whitespace-pre-line text-sm">{problem.message}</p> : null}
          {problem.fields ? <p className="mt-1 text-sm">{t("fixFields")}</p> : null}
        </div>
      ) : null}
      <Card labelledBy="cluster-general-title">
        <h2 id="cluster-general-title" className="mb-4 text-lg font-semibold">{t("general")}</h2>
        <GeneralFields values={general} onChange={changeGeneral} errors={errors} showRequired={attempted} />
      </Card>
      <Card labelledBy="cluster-connection-title">
        <h2 id="cluster-connection-title" className="mb-4 text-lg font-semibold">{t("connection")}</h2>
        {cluster ? (
          <div className="mb-5 space-y-3">
            <StoredConnection connection={cluster.connection} />
            <button type="button" className={BUTTON_SECONDARY} aria-expanded={replacing} aria-controls="cluster-connection-fields" onClick={() => { setReplacing(!replacing); setOutcome(null); }}>
              {replacing ? t("keep") : t("replace")}
            </button>
          </div>
        ) : null}
        <div id="cluster-connection-fields" hidden={!replacing}>
          {replacing ? <ConnectionFields values={connection} onChange={changeConnection} errors={errors} showRequired={attempted} /> : null}
        </div>
      </Card>
      <section aria-live="polite" aria-busy={testing} aria-label={t("test")}>
        {testing ? <p role="status" className="text-sm">{t("testing")}</p> : null}
        {outcome ? <Card><TestResult outcome={outcome} /></Card> : null}
      </section>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON_PRIMARY} disabled={saving}>
          {saving ? t("saving") : cluster ? t("save") : t("create")}
        </button>
        <button type="button" className={BUTTON_SECONDARY} onClick={runTest} disabled={testing}>
          {testing ? t("testing") : t("test")}
        </button>
        <Link href="/clusters" className="text-sm font-medium underline underline-offset-2">{t("cancel")}</Link>
      </div>
    </form>
  );
}
