/**
 * The contract's shape: one file per domain, composed by shared/api.ts. These checks keep it that
 * way: a method belongs to exactly one domain, domain files never import the composition, and the
 * scalar schemas are declared once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/api.js';
import { analysisMethods } from '../../shared/contract/analysis.js';
import { changesMethods } from '../../shared/contract/changes.js';
import { clusterMethods } from '../../shared/contract/cluster.js';
import { clvMethods } from '../../shared/contract/clv.js';
import { customerMethods } from '../../shared/contract/customers.js';
import { datasetMethods } from '../../shared/contract/datasets.js';
import { historyMethods } from '../../shared/contract/history.js';
import { importMethods } from '../../shared/contract/import.js';
import { jobMethods } from '../../shared/contract/jobs.js';
import { projectMethods } from '../../shared/contract/project.js';
import { reportMethods } from '../../shared/contract/report.js';
import { rfmMethods } from '../../shared/contract/rfm.js';
import { segmentMethods } from '../../shared/contract/segments.js';
import { sourceMethods } from '../../shared/contract/sources.js';
import { workshopMethods } from '../../shared/contract/workshop.js';

const sharedDir = path.resolve(import.meta.dirname, '../../shared');
const domains = {
  analysisMethods,
  changesMethods,
  historyMethods,
  sourceMethods,
  clusterMethods,
  clvMethods,
  jobMethods,
  customerMethods,
  datasetMethods,
  importMethods,
  projectMethods,
  rfmMethods,
  segmentMethods,
  workshopMethods,
  reportMethods,
};

function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));
}

describe('the contract', () => {
  it('has every method in exactly one domain file (a spread would hide a duplicate)', () => {
    const owners = new Map<string, string[]>();
    for (const [domain, table] of Object.entries(domains)) {
      for (const name of Object.keys(table)) owners.set(name, [...(owners.get(name) ?? []), domain]);
    }
    const duplicated = [...owners].filter(([, list]) => list.length > 1);
    expect(duplicated).toEqual([]);
    expect(Object.keys(methods).sort()).toEqual([...owners.keys()].sort());
  });

  it('names each method <domain>/<verb>', () => {
    for (const name of Object.keys(methods)) expect(name).toMatch(/^[a-z]+\/[a-zA-Z]+$/);
  });

  it('has no domain file that imports shared/api.ts back', () => {
    const offenders = sourcesUnder(path.join(sharedDir, 'contract')).filter((file) =>
      /from '\.\.\/api\.js'/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('declares the date schema once, in contract/common.ts', () => {
    const declaring = sourcesUnder(sharedDir).filter((file) =>
      fs.readFileSync(file, 'utf8').includes(String.raw`/^\d{4}-\d{2}-\d{2}$/`),
    );
    expect(declaring.map((file) => path.relative(sharedDir, file))).toEqual([path.join('contract', 'common.ts')]);
  });
});
