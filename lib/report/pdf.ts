// A report model to PDF bytes (no database: tests and the benchmark call it directly).
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { ExecutiveReport } from "./document";
import { reportFormat } from "./format";
import { reportTranslator } from "./i18n";
import type { TReportModel } from "./model";

export async function renderReportModel(model: TReportModel): Promise<Buffer> {
  const element = createElement(ExecutiveReport, { model, tr: reportTranslator(model.locale), format: reportFormat(model.locale) });
  // ExecutiveReport renders a <Document>; react-pdf's type wants the Document element itself.
  return renderToBuffer(element as unknown as Parameters<typeof renderToBuffer>[0]);
}
