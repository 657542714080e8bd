/**
 * What the first bytes say a file is: a zip (an .xlsx, or an OpenDocument .ods), an OLE compound
 * file (a password-protected workbook, or a legacy .xls), or anything else (text for the CSV
 * reader, which has its own checks for other binaries).
 */
import fs from 'node:fs';
import { openZip } from './workbook/zipEntries.js';

export type Signature = 'xlsx' | 'ods' | 'zip' | 'encrypted_workbook' | 'xls' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted Office file keeps its workbook in, as UTF-16LE in the OLE directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function fileSignature(file: string): Signature {
  const head = Buffer.alloc(8);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 8, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (ZIP.every((b, i) => head[i] === b)) {
    const zip = openZip(file);
    const mimetype = zip.text('mimetype');
    if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    return zip.names().includes('xl/workbook.xml') ? 'xlsx' : 'zip';
  }
  if (OLE.every((b, i) => head[i] === b)) {
    return fs.readFileSync(file).includes(ENCRYPTED_PACKAGE) ? 'encrypted_workbook' : 'xls';
  }
  return 'other';
}
