/** The file types the importer reads: comma-, semicolon-, tab- or pipe-separated text. */
export const IMPORT_ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

export function isImportableFile(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}
