/** segwb segment count|save|list|export through the package bin over the compiled engine (issue 3 §7). */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

const UK = { and: [{ field: 'country', op: 'in', value: ['UK'] }] };
const GERMANY = { field: 'country', op: 'in', value: ['DE'] };

let template = '';

/** A fresh copy of a project with the small shop of test/fixtures/segments-store, and rule files. */
function shop(): string {
  const dir = tempDir();
  for (const file of fs.readdirSync(template)) fs.copyFileSync(path.join(template, file), path.join(dir, file));
  return dir;
}

function makeTemplate(): string {
  const dir = tempDir();
  for (const file of ['customers.csv', 'orders.csv']) {
    const r = segwb(
      ['import', fixture(path.join('segments-store', file)), '--project', 'p.segwb', '--date-order', 'ymd', '--json'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
  }
  fs.rmSync(path.join(dir, 'recent-projects.json'), { force: true });
  fs.writeFileSync(path.join(dir, 'uk.json'), JSON.stringify(UK));
  fs.writeFileSync(path.join(dir, 'de.json'), JSON.stringify(GERMANY));
  return dir;
}

beforeAll(() => {
  ensureBuilt();
  template = makeTemplate();
});

describe('segwb segment', () => {
  it('is listed in the help', () => {
    const r = segwb(['--help'], tempDir());
    for (const c of [
      'segment count --project P --rule FILE.json --json',
      'segment save --project P --name NAME --rule FILE.json',
      'segment list --project P --json',
      'segment export --project P --name NAME --out F.csv [--layout mailchimp] [--bom]',
    ])
      expect(r.stdout).toContain(c);
    const own = segwb(['segment', '--help'], tempDir());
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('Usage: segwb segment <count|save|list|export|sql> --project P.segwb [options]');
  });

  it('counts a rule file as exact JSON', () => {
    const dir = shop();
    const r = segwb(['segment', 'count', '--project', 'p.segwb', '--rule', 'uk.json', '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ customers: 4, revenue: 210, share_customers: 0.5, share_revenue: 0.355932 });
    const text = segwb(['segment', 'count', '--project', 'p.segwb', '--rule', 'de.json'], dir);
    expect(text.stdout).toBe('2 customers (25.0% of all), revenue 405 (68.6% of all)\n');
  });

  it('saves, updates by name, lists and exports', () => {
    const dir = shop();
    const saved = segwb(['segment', 'save', '--project', 'p.segwb', '--name', 'UK', '--rule', 'uk.json'], dir);
    expect(saved.stderr).toBe('');
    expect(saved.stdout).toBe('Saved segment "UK" (id 1): 4 customers (50.0% of all), revenue 210 (35.6% of all)\n');
    segwb(['segment', 'save', '--project', 'p.segwb', '--name', 'Germany', '--rule', 'uk.json'], dir);
    const updated = segwb(
      ['segment', 'save', '--project', 'p.segwb', '--name', 'germany', '--rule', 'de.json', '--color', '#112233'],
      dir,
    );
    expect(updated.stdout).toBe(
      'Updated segment "germany" (id 2): 2 customers (25.0% of all), revenue 405 (68.6% of all)\n',
    );

    const list = segwb(['segment', 'list', '--project', 'p.segwb', '--json'], dir);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      {
        id: 1,
        name: 'UK',
        customers: 4,
        revenue: 210,
        share_customers: 0.5,
        share_revenue: 0.355932,
        rule: UK,
        color: null,
        description: null,
        strategy: null,
      },
      {
        id: 2,
        name: 'germany',
        customers: 2,
        revenue: 405,
        share_customers: 0.25,
        share_revenue: 0.686441,
        rule: GERMANY,
        color: '#112233',
        description: null,
        strategy: null,
      },
    ]);

    const columns = segwb(['segment', 'export', '--project', 'p.segwb', '--name', 'uk', '--out', 'uk.csv'], dir);
    expect(columns.stdout).toBe('Wrote 4 customers of "UK" to uk.csv.\n');
    const rows = Papa.parse<string[]>(fs.readFileSync(path.join(dir, 'uk.csv'), 'utf8').trimEnd()).data;
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['customer_id', 'email', 'first_name'],
      ['c1', 'ann@example.com', 'Ann'],
      ['c2', 'bob@example.com', 'Bob'],
      ['c6', 'fay@example.com', 'Fay'],
      ['c8', 'hal@example.com', 'Hal'],
    ]);

    const mailchimp = segwb(
      [
        'segment',
        'export',
        '--project',
        'p.segwb',
        '--name',
        'Germany',
        '--out',
        'de.csv',
        '--layout',
        'mailchimp',
        '--bom',
      ],
      dir,
    );
    expect(mailchimp.stdout).toBe(
      'Wrote 1 customer of "germany" to de.csv. 1 without an email address was left out.\n',
    );
    expect(fs.readFileSync(path.join(dir, 'de.csv'), 'utf8')).toBe(
      '\uFEFFEmail Address,First Name,Last Name,Tags\r\ndora@example.com,Dora,Müller,germany\r\n',
    );
  });

  it.each([
    [
      'a rule with a wrong operator',
      {
        and: [
          { field: 'country', op: 'in', value: ['UK'] },
          { field: 'age', op: 'older', value: 3 },
        ],
      },
      /^segwb segment: bad\.json: Invalid option: expected one of .* \(at \$\.and\[1\]\.op\)\.\n$/,
    ],
    [
      'a value that fits no operator',
      { not: { field: 'age', op: '>', value: { n: 3 } } },
      /^segwb segment: bad\.json: the value does not fit: .* \(at \$\.not\.value\)\.\n$/,
    ],
    [
      'an unknown key',
      { or: [{ fields: 'age' }] },
      /^segwb segment: bad\.json: expected a rule with one of the keys and, or, not, field, orders, segment \(found fields\) \(at \$\.or\[0\]\)\.\n$/,
    ],
    [
      'an unknown field',
      {
        and: [
          { field: 'country', op: 'in', value: ['UK'] },
          { field: 'agee', op: '>', value: 3 },
        ],
      },
      /^segwb segment: bad\.json: Unknown field "agee"\..* \(at \$\.and\[1\]\)\n$/,
    ],
    ['not JSON at all', '{"and": [', /^segwb segment: bad\.json is not valid JSON: .*\n$/],
  ])('refuses %s with exit 1 and one line naming the file and where', (_label, content, message) => {
    const dir = shop();
    fs.writeFileSync(path.join(dir, 'bad.json'), typeof content === 'string' ? content : JSON.stringify(content));
    for (const action of [
      ['count', '--json'],
      ['save', '--name', 'Bad'],
    ]) {
      const r = segwb(
        ['segment', action[0] ?? '', '--project', 'p.segwb', '--rule', 'bad.json', ...action.slice(1)],
        dir,
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
    expect(JSON.parse(segwb(['segment', 'list', '--project', 'p.segwb', '--json'], dir).stdout)).toEqual([]);
  });

  it.each([
    [['segment', 'list'], 2, /--project is required/],
    [['segment', 'count', '--project', 'p.segwb'], 2, /--rule is required/],
    [['segment', 'frobnicate', '--project', 'p.segwb'], 2, /unknown action "frobnicate"/],
    [
      ['segment', 'export', '--project', 'p.segwb', '--name', 'UK', '--out', 'x.csv', '--layout', 'xls'],
      2,
      /--layout must be columns, mailchimp, mautic, klaviyo, hubspot, google_customer_match, meta_custom_audience; not "xls"/,
    ],
    [
      ['segment', 'export', '--project', 'p.segwb', '--name', 'Nope', '--out', 'x.csv'],
      1,
      /^segwb segment: There is no segment named "Nope" in this project\.\n$/,
    ],
    [
      ['segment', 'count', '--project', 'p.segwb', '--rule', 'missing.json'],
      1,
      /^segwb segment: missing\.json was not found\.\n$/,
    ],
  ])('fails clearly: %j', (args, code, message) => {
    const dir = shop();
    segwb(['segment', 'save', '--project', 'p.segwb', '--name', 'UK', '--rule', 'uk.json'], dir);
    const r = segwb(args, dir);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
