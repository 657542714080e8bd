/**
 * Spreadsheet apps run cells that start with = + - @ (and tab/CR) as formulas: exported text
 * gets a leading apostrophe so a client's data can never execute in the consultant's Excel.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
