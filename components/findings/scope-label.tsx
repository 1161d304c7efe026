"use client";

import { useTranslations } from "next-intl";
import type { TException } from "@/lib/api/schemas/exceptions";

type TScoped = Pick<TException, "scope" | "namespace" | "objectKind" | "objectName" | "container">;

/** What an exception covers, in words (names are React text). */
export function ScopeLabel({ value }: { value: TScoped }) {
  const t = useTranslations("finding.scope");
  const object = `${value.objectKind ?? ""} ${value.namespace ? `${value.namespace}/` : ""}${value.objectName ?? ""}`.trim();
  switch (value.scope) {
    case "cluster":
      return <>{t("cluster")}</>;
    case "namespace":
      return <>{t("namespace", { namespace: value.namespace ?? "" })}</>;
    case "object":
      return <>{t("object", { object })}</>;
    case "container":
      return <>{t("container", { object, container: value.container ?? "" })}</>;
  }
}
