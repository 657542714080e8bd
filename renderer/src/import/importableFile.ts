/**
 * The file types the importer reads: comma-, semicolon-, tab- or pipe-separated text, fixed-width
 * text, and Excel workbooks (.xlsx; the engine names what to do with .xls and .ods).
 */
export const IMPORT_ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isImportableFile(name: string): boolean {
  return /\.(csv|tsv|txt|xlsx)$/i.test(name);
}
