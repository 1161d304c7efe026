"use client";

import { useFormatter, useTranslations } from "next-intl";
import { clusterNameProblem, DESCRIPTION_MAX, ENVIRONMENTS, type TEnvironment } from "@/lib/clusters/limits";
import { FormField } from "./form-field";
import { INPUT_CLASS } from "./styles";
import { useDebounced } from "./hooks/use-debounced";
import { useSchedulePreview } from "./hooks/use-schedule-preview";

export interface TGeneralValues {
  name: string;
  environment: TEnvironment;
  description: string;
  schedule: string;
}

/** Name, environment, description and schedule, checked as one types where it is cheap. */
export function GeneralFields({
  values, onChange, errors, showRequired,
}: {
  values: TGeneralValues;
  onChange: (values: Partial<TGeneralValues>) => void;
  errors: Record<string, string[] | undefined>;
  /** After a submit attempt, empty required fields are flagged too. */
  showRequired: boolean;
}) {
  const t = useTranslations("clusters.form");
  const tRoot = useTranslations();
  const nameProblem = clusterNameProblem(values.name);
  const nameErrors = nameProblem && (nameProblem !== "required" || showRequired)
    ? [t(nameProblem === "required" ? "nameRequired" : nameProblem === "tooLong" ? "nameTooLong" : "namePattern")]
    : (errors.name ?? []);
  const descriptionErrors = values.description.length > DESCRIPTION_MAX ? [t("descriptionTooLong", { max: DESCRIPTION_MAX })] : (errors.description ?? []);

  return (
    <div className="grid gap-5 md:grid-cols-2">
      <FormField id="cluster-name" label={t("name")} hint={t("nameHint")} errors={nameErrors}>
        {(control) => (
          <input
            id={control.id} name="name" type="text" required autoComplete="off" spellCheck={false} maxLength={100}
            value={values.name} onChange={(event) => onChange({ name: event.target.value })}
            aria-describedby={control.describedBy} aria-invalid={control.invalid} className={INPUT_CLASS}
          />
        )}
      </FormField>
      <FormField id="cluster-environment" label={t("environment")} errors={errors.environment}>
        {(control) => (
          <select
            id={control.id} name="environment" value={values.environment}
            onChange={(event) => onChange({ environment: event.target.value as TEnvironment })}
            aria-describedby={control.describedBy} aria-invalid={control.invalid} className={INPUT_CLASS}
          >
            {ENVIRONMENTS.map((environment) => <option key={environment} value={environment}>{tRoot(`environment.${environment}`)}</option>)}
          </select>
        )}
      </FormField>
      <div className="md:col-span-2">
        <FormField
          id="cluster-description" label={t("description")} hint={t("descriptionHint")} errors={descriptionErrors}
          status={t("descriptionCount", { count: values.description.length, max: DESCRIPTION_MAX })}
        >
          {(control) => (
            <textarea
              id={control.id} name="description" rows={2} value={values.description}
              onChange={(event) => onChange({ description: event.target.value })}
              aria-describedby={control.describedBy} aria-invalid={control.invalid} className={INPUT_CLASS}
            />
          )}
        </FormField>
      </div>
      <div className="md:col-span-2">
        <ScheduleField value={values.schedule} onChange={(schedule) => onChange({ schedule })} serverErrors={errors.schedule} />
      </div>
    </div>
  );
}

function ScheduleField({ value, onChange, serverErrors }: { value: string; onChange: (value: string) => void; serverErrors?: string[] }) {
  const t = useTranslations("clusters.form");
  const format = useFormatter();
  const debounced = useDebounced(value, 350);
  const preview = useSchedulePreview(debounced);
  const current = preview.data;
  const settled = debounced === value && !preview.isPlaceholderData;
  const errors = settled && current && !current.ok ? [current.message] : serverErrors && debounced === value ? serverErrors : [];
  const status = !value.trim() ? null : !settled || preview.isFetching ? t("scheduleChecking") : current?.ok ? (
    <>
      <span className="font-medium">{current.description}</span>
      {" · "}
      {t("scheduleNext", { date: format.dateTime(new Date(current.next), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) })}
    </>
  ) : null;
  return (
    <FormField id="cluster-schedule" label={t("schedule")} hint={t("scheduleHint")} errors={errors} status={status}>
      {(control) => (
        <input
          id={control.id} name="schedule" type="text" autoComplete="off" spellCheck={false} value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={control.describedBy} aria-invalid={control.invalid} className={`${INPUT_CLASS} font-mono md:max-w-xs`}
        />
      )}
    </FormField>
  );
}
