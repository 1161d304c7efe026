"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

type TProblem = { kind: "invalid" } | { kind: "disabled" } | { kind: "unavailable"; reason: string } | { kind: "throttled"; minutes: number } | { kind: "failed" };

/** Whole minutes until another attempt is allowed, from Retry-After (seconds); at least one. */
function minutesToWait(response: Response): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/** Email and password; on success a full navigation to `next`, so every server component sees the new session. */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth.signIn");
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<TProblem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    try {
      const response = await fetch("/api/auth/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
      if (response.status === 401) setProblem({ kind: "invalid" });
      else if (body?.error?.code === "forbidden") setProblem({ kind: "disabled" });
      else if (response.status === 429) setProblem({ kind: "throttled", minutes: minutesToWait(response) });
      else if (body?.error?.code === "database_unavailable") setProblem({ kind: "unavailable", reason: body.error.message ?? "" });
      else setProblem({ kind: "failed" });
    } catch {
      setProblem({ kind: "failed" });
    }
    setPending(false);
  }

  const message =
    problem === null ? null
    : problem.kind === "unavailable" ? t("unavailable", { reason: problem.reason })
    : problem.kind === "throttled" ? t("throttled", { minutes: problem.minutes })
    : t(problem.kind);
  const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950";
  return (
    <form onSubmit={submit} className="mt-6 space-y-4">
      <div>
        <label htmlFor="sign-in-email" className="block text-sm font-medium">{t("email")}</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required className={field} aria-invalid={problem?.kind === "invalid" || undefined} aria-describedby={message ? "sign-in-problem" : undefined} />
      </div>
      <div>
        <label htmlFor="sign-in-password" className="block text-sm font-medium">{t("password")}</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required className={field} aria-invalid={problem?.kind === "invalid" || undefined} aria-describedby={message ? "sign-in-problem" : undefined} />
      </div>
      {message ? (
        <p id="sign-in-problem" role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-500/60 dark:bg-red-950/40 dark:text-red-100">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
