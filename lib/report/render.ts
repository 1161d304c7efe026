import "server-only";
// From options to the PDF file: read (load.ts), compute (model.ts), lay out (pdf.ts).
import { reportFileName } from "./format";
import { loadReportInput } from "./load";
import { buildReportModel, type TReportModel } from "./model";
import type { TReportOptions } from "./options";
import { renderReportModel } from "./pdf";

export async function renderExecutiveReport(options: TReportOptions): Promise<{ pdf: Buffer; fileName: string; model: TReportModel }> {
  const model = buildReportModel(await loadReportInput(options));
  return { pdf: await renderReportModel(model), fileName: reportFileName(options.organisation, options.now), model };
}
