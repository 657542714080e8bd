/** segwb demo --project P [--customers N] [--seed S] [--csv DIR] */
import fs from 'node:fs';
import path from 'node:path';
import { createDemoProject } from '../core/demo/demoProject.js';
import { optionalInt, parse, requireString } from './args.js';
import { cliEngine } from './session.js';
import { say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const demoUsage = `Usage: segwb demo --project P.segwb [--customers N] [--seed S] [--csv DIR] [--json]
  Creates the demo shop: seeded synthetic customers (every segmentation base) and two years of orders.
  --customers N   number of customers (default 5000)
  --seed S        random seed (default 1): the same seed gives the same shop
  --csv DIR       also write customers.csv and orders.csv into DIR`;

export async function demoCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    project: { type: 'string' },
    customers: { type: 'string' },
    seed: { type: 'string' },
    csv: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(usageText('demo', demoUsage));
    return 0;
  }
  const project = path.resolve(requireString(values, 'project'));
  const csvDir = typeof values.csv === 'string' ? path.resolve(values.csv) : undefined;
  if (csvDir) fs.mkdirSync(csvDir, { recursive: true });
  const engine = cliEngine();
  try {
    const { reports } = await createDemoProject(engine.session, {
      path: project,
      customers: optionalInt(values, 'customers'),
      seed: optionalInt(values, 'seed'),
      csvDir,
    });
    // The orders' snapshot is written after the import answered: the demo is whole once it is.
    await engine.session.imports.settled();
    const [customers, orders] = reports;
    const summary = {
      project,
      customers: orders?.customers ?? customers?.customers ?? 0,
      orders: orders?.orders ?? 0,
      order_lines: orders?.rowsImported ?? 0,
      csv: csvDir ? { customers: path.join(csvDir, 'customers.csv'), orders: path.join(csvDir, 'orders.csv') } : null,
    };
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else {
      console.log(say('demo.created', { project }));
      console.log(
        say('demo.sizes', { customers: summary.customers, orders: summary.orders, lines: summary.order_lines }),
      );
      if (summary.csv) console.log(say('demo.csv', { customers: summary.csv.customers, orders: summary.csv.orders }));
    }
    return 0;
  } finally {
    engine.close();
  }
}
