// Where the dashboard server serves an evaluation's report as PDF (dashboard/src/server/report-pdf.ts).
export const REPORT_PDF_PATH = '/rapport.pdf';
