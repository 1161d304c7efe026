"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { BUTTON_PRIMARY } from "@/components/clusters/styles";
import { EndpointCard } from "./endpoint-card";
import { EndpointForm } from "./endpoint-form";
import type { TEndpointJson } from "./use-notifications";

export interface TClusterOption {
  id: string;
  name: string;
}

/** The endpoints, the add / edit form in place, and a generated secret shown the one time it exists. */
export function NotificationsManager({ endpoints, clusters }: { endpoints: TEndpointJson[]; clusters: TClusterOption[] }) {
  const t = useTranslations("notifications.settings");
  const [editing, setEditing] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [notice, setNotice] = useState("");

  function saved(name: string, generated: string | undefined, created: boolean) {
    setEditing(null);
    setSecret(generated ? { name, secret: generated } : null);
    setNotice(t(created ? "created" : "updated", { name }));
  }

  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">{notice}</p>
      {secret ? (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-medium">{t("secretOnce.title", { name: secret.name })}</p>
          <p className="mt-1">{t("secretOnce.body")}</p>
          <label className="mt-2 block text-xs font-medium" htmlFor="generated-secret">{t("secretOnce.label")}</label>
          <input id="generated-secret" readOnly value={secret.secret} onFocus={(event) => event.currentTarget.select()} className="mt-1 block w-full rounded border border-amber-300 bg-white px-2 py-1 font-mono text-sm text-slate-900 dark:border-amber-700 dark:bg-slate-950 dark:text-slate-100" />
          <button type="button" className="mt-2 text-sm font-medium underline" onClick={() => setSecret(null)}>{t("secretOnce.dismiss")}</button>
        </div>
      ) : null}
      {editing === "new" ? (
        <EndpointForm clusters={clusters} onSaved={(name, generated) => saved(name, generated, true)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className={BUTTON_PRIMARY} onClick={() => { setEditing("new"); setNotice(""); }}>{t("add")}</button>
      )}
      {endpoints.length === 0 && editing !== "new" ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")}</p> : null}
      {endpoints.length > 0 ? (
        <ul className="space-y-4" aria-label={t("listLabel")}>
          {endpoints.map((endpoint) => (
            <li key={endpoint.id}>
              {editing === endpoint.id ? (
                <EndpointForm endpoint={endpoint} clusters={clusters} onSaved={(name, generated) => saved(name, generated, false)} onCancel={() => setEditing(null)} />
              ) : (
                <EndpointCard endpoint={endpoint} clusters={clusters} onEdit={() => { setEditing(endpoint.id); setNotice(""); }} onDeleted={() => setNotice(t("deleted", { name: endpoint.name }))} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
