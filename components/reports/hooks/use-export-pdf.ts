"use client";

// Downloads the executive PDF: fetch → blob → object URL → a temporary link clicked, so the page
// can show progress while the server renders and a message if it fails.
import { useMutation } from "@tanstack/react-query";
import { ApiError } from "@/components/clusters/hooks/api";
import { exportUrl, fileNameOf, type TExportOptions } from "../export-url";

async function downloadReport(options: TExportOptions): Promise<{ fileName: string }> {
  let response: Response;
  try {
    response = await fetch(exportUrl(options), { cache: "no-store" });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(response.status, body?.error?.code ?? "http_error", body?.error?.message ?? `HTTP ${response.status}`);
  }
  const blob = await response.blob();
  const fileName = fileNameOf(response.headers.get("content-disposition"));
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started saving the file; the URL is released once it surely has.
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { fileName };
}

export function useExportPdf() {
  return useMutation({ mutationKey: ["reports", "executive-pdf"], mutationFn: downloadReport });
}
