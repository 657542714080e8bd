/**
 * A big orders file for import tests, written at test time in blocks (never kept in the repo):
 * `lines` order lines of `customers` customers over 700 days, six columns.
 */
import fs from 'node:fs';

export function writeOrdersFile(file: string, lines: number, customers: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'OrderId,CustomerId,OrderDate,Amount,Product,Channel\n');
    const start = Date.UTC(2023, 0, 1);
    let block: string[] = [];
    for (let i = 1; i <= lines; i++) {
      const day = new Date(start + (i % 700) * 86_400_000).toISOString().slice(0, 10);
      block.push(`${i},C${(i * 7919) % customers},${day},${(i % 997) / 10 + 1},P${i % 300},${i % 3 ? 'web' : 'store'}`);
      if (block.length === 10_000 || i === lines) {
        fs.writeSync(fd, `${block.join('\n')}\n`);
        block = [];
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
