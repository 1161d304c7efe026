"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError } from "@/components/clusters/hooks/api";
import { FormField } from "@/components/clusters/form-field";
import { BUTTON_PRIMARY, INPUT_CLASS } from "@/components/clusters/styles";
import { ROLES, type TRole } from "@/lib/auth/roles";
import { useCreateUser } from "./hooks/use-user-mutations";
import type { TNotice, TShownPassword } from "./users-manager";

/** Email, optional name, role and optional initial password; field errors shown in place. */
export function CreateUserForm({ onDone }: { onDone: (notice: TNotice, password?: TShownPassword) => void }) {
  const t = useTranslations("users");
  const create = useCreateUser();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body = {
      email: text("email"),
      role: text("role") as TRole,
      ...(text("name") ? { name: text("name") } : {}),
      ...(String(form.get("password") ?? "") ? { password: String(form.get("password")) } : {}),
    };
    setErrors({});
    create.mutate(body, {
      onSuccess: ({ user, generatedPassword }) => {
        formElement.reset();
        onDone({ ok: true, text: t("create.created", { email: user.email, role: t(`roles.${user.role}`) }) }, generatedPassword ? { email: user.email, password: generatedPassword } : undefined);
      },
      onError: (error) => {
        // The server's words are English; the fields it names get this catalogue's.
        const fields = error instanceof ApiError ? error.fields?.fieldErrors : undefined;
        if (fields) setErrors({ email: fields.email && [t("create.emailInvalid")], password: fields.password && [t("create.passwordInvalid")], name: fields.name && [t("create.nameInvalid")] });
        const exists = error instanceof ApiError && error.code === "conflict";
        onDone({ ok: false, text: exists ? t("create.exists", { email: body.email }) : fields ? t("create.invalid") : t("failed", { message: error instanceof ApiError ? error.message : String(error) }) });
      },
    });
  }

  return (
    <form onSubmit={submit} className="grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      <FormField id="new-user-email" label={t("create.email")} errors={errors.email}>
        {(control) => <input id={control.id} name="email" type="email" required autoComplete="off" maxLength={320} aria-describedby={control.describedBy} aria-invalid={control.invalid} className={INPUT_CLASS} />}
      </FormField>
      <FormField id="new-user-name" label={t("create.name")} errors={errors.name}>
        {(control) => <input id={control.id} name="name" type="text" autoComplete="off" maxLength={200} aria-describedby={control.describedBy} aria-invalid={control.invalid} className={INPUT_CLASS} />}
      </FormField>
      <FormField id="new-user-role" label={t("create.role")} errors={errors.role}>
        {(control) => (
          <select id={control.id} name="role" defaultValue="viewer" aria-describedby={control.describedBy} aria-invalid={control.invalid} className={INPUT_CLASS}>
            {ROLES.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="new-user-password" label={t("create.password")} hint={t("create.passwordHint")} errors={errors.password}>
        {(control) => <input id={control.id} name="password" type="password" autoComplete="new-password" maxLength={256} aria-describedby={control.describedBy} aria-invalid={control.invalid} className={INPUT_CLASS} />}
      </FormField>
      <div className="sm:col-span-2">
        <button type="submit" disabled={create.isPending} className={BUTTON_PRIMARY}>{create.isPending ? t("create.submitting") : t("create.submit")}</button>
      </div>
    </form>
  );
}
