"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ApiError } from "@/components/clusters/hooks/api";
import { CopyButton } from "@/components/findings/copy-button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { TOKEN_NAME_MAX, TOKEN_SCOPES, type TTokenScope } from "@/lib/auth/token-scopes";
import { useCreateToken, useRevokeToken, type TCreatedToken } from "./hooks/use-token-mutations";

export interface TTokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: TTokenScope;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const INPUT = "mt-1 block w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm dark:border-slate-600 dark:bg-slate-950";
const PRIMARY = "rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60";
const ACTION = "rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline disabled:opacity-60 dark:text-sky-300";

/**
 * Create a token (its secret shown once, with a copy button), list them all, revoke one after a
 * confirmation. The list comes from the server; after each change the page is refreshed.
 */
export function TokensManager({ rows }: { rows: TTokenRow[] }) {
  const t = useTranslations("tokens");
  const [created, setCreated] = useState<TCreatedToken | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="space-y-6">
      <Card labelledBy="tokens-create">
        <h2 id="tokens-create" className="text-lg font-semibold">{t("create.title")}</h2>
        {created ? <CreatedSecret created={created} onDone={() => setCreated(null)} /> : <CreateForm onCreated={setCreated} />}
      </Card>
      <Card labelledBy="tokens-list">
        <h2 id="tokens-list" className="mb-3 text-lg font-semibold">{t("list.title")}</h2>
        <p role="status" className={`mb-3 text-sm ${notice ? (notice.ok ? "text-slate-800 dark:text-slate-200" : "text-red-800 dark:text-red-300") : "sr-only"}`}>
          {notice?.text ?? ""}
        </p>
        {rows.length === 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("list.empty")}</p> : <TokenTable rows={rows} onNotice={setNotice} />}
      </Card>
    </div>
  );
}

function CreateForm({ onCreated }: { onCreated: (created: TCreatedToken) => void }) {
  const t = useTranslations("tokens");
  const router = useRouter();
  const create = useCreateToken();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TTokenScope>("read");
  const [problem, setProblem] = useState<string | null>(null);
  const nameId = useId();
  const problemId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === "") {
      setProblem(t("create.nameRequired"));
      return;
    }
    setProblem(null);
    create.mutate({ name: name.trim(), scope }, {
      onSuccess: (answer) => {
        setName("");
        onCreated(answer);
        router.refresh();
      },
      onError: (error) => setProblem(t("create.failed", { message: error instanceof ApiError ? error.message : String(error) })),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("create.intro")}</p>
      <div>
        <label htmlFor={nameId} className="text-sm font-medium">{t("create.name")}</label>
        <input
          id={nameId} value={name} onChange={(event) => setName(event.target.value)} maxLength={TOKEN_NAME_MAX} className={INPUT}
          placeholder={t("create.namePlaceholder")} aria-invalid={problem !== null} aria-describedby={problem ? problemId : undefined} autoComplete="off"
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("create.scope")}</legend>
        <div className="mt-1 space-y-2">
          {TOKEN_SCOPES.map((value) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} className="mt-1" />
              <span>
                <span className="font-medium">{t(`scopes.${value}`)}</span>
                <span className="block text-slate-600 dark:text-slate-400">{t(`scopeHelp.${value}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {problem ? <p id={problemId} role="alert" className="text-sm text-red-800 dark:text-red-300">{problem}</p> : null}
      <button type="submit" className={PRIMARY} disabled={create.isPending}>{create.isPending ? t("create.creating") : t("create.submit")}</button>
    </form>
  );
}

function CreatedSecret({ created, onDone }: { created: TCreatedToken; onDone: () => void }) {
  const t = useTranslations("tokens");
  return (
    <div className="mt-3 space-y-3" role="region" aria-label={t("secret.label", { name: created.token.name })}>
      <p role="status" className="text-sm font-medium">{t("secret.created", { name: created.token.name, scope: t(`scopes.${created.token.scope}`) })}</p>
      <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/50 dark:text-amber-100">
        {t("secret.once")}
      </p>
      <code id="token-secret" tabIndex={-1} className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm dark:bg-slate-800">{created.secret}</code>
      <CopyButton text={created.secret} targetId="token-secret" label={t("secret.copy")} />
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("secret.use")}</p>
      <button type="button" className={PRIMARY} onClick={onDone}>{t("secret.done")}</button>
    </div>
  );
}

function TokenTable({ rows, onNotice }: { rows: TTokenRow[]; onNotice: (notice: { ok: boolean; text: string }) => void }) {
  const t = useTranslations("tokens.list");
  return (
    <DataTable
      caption={t("caption")}
      columns={[{ label: t("name") }, { label: t("scope") }, { label: t("prefix") }, { label: t("created") }, { label: t("lastUsed") }, { label: t("state") }]}
    >
      {rows.map((row) => <TokenRow key={row.id} row={row} onNotice={onNotice} />)}
    </DataTable>
  );
}

function TokenRow({ row, onNotice }: { row: TTokenRow; onNotice: (notice: { ok: boolean; text: string }) => void }) {
  const t = useTranslations("tokens");
  const format = useFormatter();
  const router = useRouter();
  const revoke = useRevokeToken();
  const [confirming, setConfirming] = useState(false);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  function confirmRevoke() {
    revoke.mutate(row.id, {
      onSuccess: () => {
        setConfirming(false);
        onNotice({ ok: true, text: t("list.revokedNotice", { name: row.name }) });
        router.refresh();
      },
      onError: (error) => onNotice({ ok: false, text: t("list.revokeFailed", { message: error instanceof ApiError ? error.message : String(error) }) }),
    });
  }

  return (
    <tr className="align-top">
      <td className="max-w-64 py-2 pr-4 font-medium break-words">{row.name}</td>
      <td className="py-2 pr-4">{t(`scopes.${row.scope}`)}</td>
      <td className="py-2 pr-4 font-mono text-xs">{row.prefix}…</td>
      <td className="py-2 pr-4">{t("list.createdByOn", { author: row.createdBy, date: date(row.createdAt) })}</td>
      <td className="py-2 pr-4">{row.lastUsedAt ? date(row.lastUsedAt) : t("list.neverUsed")}</td>
      <td className="py-2">
        {row.revokedAt ? (
          <span>{t("list.revokedOn", { date: date(row.revokedAt) })}</span>
        ) : confirming ? (
          <span className="flex flex-wrap items-center gap-1">
            <span className="text-sm">{t("list.confirmQuestion")}</span>
            <button type="button" className={`${ACTION} text-red-800 dark:text-red-300`} disabled={revoke.isPending} onClick={confirmRevoke} autoFocus
              aria-label={t("list.confirmRevokeLabel", { name: row.name })}>
              {revoke.isPending ? t("list.revoking") : t("list.confirmRevoke")}
            </button>
            <button type="button" className={ACTION} onClick={() => setConfirming(false)}>{t("list.cancel")}</button>
          </span>
        ) : (
          <span className="flex flex-wrap items-center gap-1">
            <span>{t("list.active")}</span>
            <button type="button" className={ACTION} onClick={() => setConfirming(true)} aria-label={t("list.revokeLabel", { name: row.name })}>{t("list.revoke")}</button>
          </span>
        )}
      </td>
    </tr>
  );
}
