/**
 * segwb's human output in Persian and Welsh: --lang, or the locale of the environment; numbers in
 * Persian digits; the --json outputs unchanged whatever the language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

let dir = '';

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  const imported = segwb(['import', fixture('orders-small.csv'), '--project', 'p.segwb', '--date-order', 'ymd'], dir);
  expect(imported.code).toBe(0);
  fs.writeFileSync(path.join(dir, 'repeat.json'), '{"and":[{"field":"frequency","op":">=","value":2}]}');
});

const lines = (out: string) => out.trimEnd().split('\n');
const arabic = (latin: string) =>
  new Intl.NumberFormat('ar-EG-u-nu-arab', { maximumFractionDigits: 6 }).format(Number(latin));

describe('segwb in Persian and Welsh', () => {
  it('reports an import in Persian with Persian digits and reasons in words', () => {
    const r = segwb(
      ['import', fixture('orders-small.csv'), '--project', 'fa.segwb', '--date-order', 'ymd', '--lang', 'fa'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([
      'orders-small.csv درون‌ریزی شد (سفارش‌ها)',
      '  سطرهای خوانده‌شده     ۱۴',
      '  سطرهای درون‌ریزی‌شده  ۱۰',
      '  سطرهای ردشده          ۴',
      '    تاریخ نیست              ۱ (نخستین: سطر ۱۳، ستون order_date، «2024-02-31»)',
      '    عدد نیست                ۱ (نخستین: سطر ۱۴، ستون quantity، «x»)',
      '    شناسهٔ مشتری ندارد      ۱ (نخستین: سطر ۱۲، ستون customer_id)',
      '    تعداد فیلدها نادرست است ۱ (نخستین: سطر ۱۵، «4 of 6 fields»)',
      '  مشتریان               ۵',
      '  سفارش‌ها              ۹',
    ]);
  });

  it('reports an import in Welsh', () => {
    const r = segwb(
      ['import', fixture('orders-small.csv'), '--project', 'cy.segwb', '--date-order', 'ymd', '--lang', 'cy'],
      dir,
    );
    expect(lines(r.stdout).slice(0, 5)).toEqual([
      'Mewnforiwyd orders-small.csv (archebion)',
      '  rhesi a ddarllenwyd  14',
      '  rhesi a fewnforiwyd  10',
      '  rhesi a wrthodwyd    4',
      '    nid yw’n ddyddiad        1 (y cyntaf: llinell 13, colofn order_date, "2024-02-31")',
    ]);
  });

  it('saves and lists segments in Persian, and in Welsh from LANG', () => {
    const saved = segwb(
      ['segment', 'save', '--project', 'p.segwb', '--name', 'Repeat', '--rule', 'repeat.json', '--lang', 'fa'],
      dir,
    );
    expect(saved.stdout).toBe('بخش «Repeat» ذخیره شد (شناسه ۱): ۲ مشتری (۴۰٫۰٪ از کل)، درآمد ۲۷٫۵ (۱۰۰٫۰٪ از کل)\n');
    const fa = segwb(['segment', 'list', '--project', 'p.segwb', '--lang', 'fa'], dir);
    expect(fa.stdout).toBe('   ۱  Repeat: ۲ مشتری (۴۰٫۰٪ از کل)، درآمد ۲۷٫۵ (۱۰۰٫۰٪ از کل)\n');
    const cy = segwb(['segment', 'list', '--project', 'p.segwb'], dir, { LANG: 'cy_GB.UTF-8' });
    expect(cy.stdout).toBe('   1  Repeat: 2 o gwsmeriaid (40.0% o’r cyfan), refeniw 27.5 (100.0% o’r cyfan)\n');
    // LC_ALL wins over LANG, as POSIX orders them.
    const all = segwb(['segment', 'list', '--project', 'p.segwb'], dir, { LC_ALL: 'fa_IR.UTF-8', LANG: 'cy_GB.UTF-8' });
    expect(all.stdout).toBe(fa.stdout);
    // The JSON is the same in every language.
    const json = (lang: string) => segwb(['segment', 'list', '--project', 'p.segwb', '--json', '--lang', lang], dir);
    expect(json('fa').stdout).toBe(json('en').stdout);
  });

  it('prints RFM segments with their Persian names and breaks in Persian digits', () => {
    const r = segwb(['rfm', '--project', 'p.segwb', '--bins', '3', '--lang', 'fa'], dir);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out[1]).toBe('مرزها: تازگی ۲۹، ۳۸ روز؛ تناوب ۱، ۲؛ ارزش پولی ۵، ۱۳٫۵');
    expect(out[2]).toBe('بخش\tمشتریان\tدرآمد');
    expect(out).toContain('مشتریان وفادار\t۲\t۲۷٫۵');
    expect(out).toContain('رو به خواب\t۱\t۵');
  });

  it('prints the Pareto figures in Welsh and in Persian', () => {
    const cy = segwb(['pareto', '--project', 'p.segwb', '--lang', 'cy'], dir);
    expect(lines(cy.stdout)).toEqual([
      'Daw 80% o’r refeniw o 66.7% o’r cwsmeriaid (2 o 3).',
      'Yr 20% uchaf o’r cwsmeriaid: 43.1% o’r refeniw 32.5. Gini 0.185.',
    ]);
    const fa = segwb(['pareto', '--project', 'p.segwb', '--lang', 'fa'], dir);
    expect(lines(fa.stdout)).toEqual([
      '۶۶٫۷٪ از مشتریان ۸۰٪ درآمد را می‌آورند (۲ از ۳).',
      '۲۰٪ برتر مشتریان: ۴۳٫۱٪ از درآمد ۳۲٫۵. ضریب جینی ۰٫۱۸۵.',
    ]);
  });

  it('heads the cohort table in Welsh and writes its numbers in Arabic digits', () => {
    const cy = segwb(['cohorts', '--project', 'p.segwb', '--period', 'month', '--lang', 'cy'], dir);
    expect(lines(cy.stdout)[0]).toBe('carfan\tcwsmeriaid\tgwrthbwyso\tgweithredol\trefeniw');
    const ar = segwb(['cohorts', '--project', 'p.segwb', '--period', 'month', '--lang', 'ar'], dir);
    expect(lines(ar.stdout)[0]).toBe('الفوج\tالعملاء\tالإزاحة\tالنشطون\tالإيرادات');
    expect(lines(ar.stdout)[1]?.split('\t').slice(1)).toEqual(lines(cy.stdout)[1]?.split('\t').slice(1).map(arabic));
  });

  it('says what went wrong in the language asked for', () => {
    const missing = segwb(
      ['segment', 'export', '--project', 'p.segwb', '--name', 'Nope', '--out', 'x.csv', '--lang', 'fa'],
      dir,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('segwb segment: در این پروژه بخشی به نام «Nope» نیست.\n');
    const required = segwb(['rfm', '--lang', 'cy'], dir);
    expect(required.code).toBe(2);
    expect(lines(required.stderr)[0]).toBe('segwb rfm: Mae angen --project');
    const unknown = segwb(['nope', '--lang=fa'], dir);
    expect(unknown.stderr).toBe('segwb: فرمان ناشناخته «nope». برای فهرست فرمان‌ها "segwb --help" را اجرا کنید.\n');
    const badLang = segwb(['rfm', '--lang', 'xx'], dir);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toBe('segwb: --lang must be en, fa, ar or cy, not "xx"\n');
  });

  it('speaks of the warehouse export and database sources in Persian and Welsh', () => {
    const noAction = segwb(['warehouse', '--lang', 'fa'], dir);
    expect(noAction.code).toBe(2);
    expect(lines(noAction.stderr).slice(0, 3)).toEqual([
      'segwb warehouse: اعلام کنید export',
      '',
      'کاربرد: segwb warehouse export --project P.segwb --out DIR [--dialect postgres|duckdb]',
    ]);
    const wrote = segwb(['warehouse', 'export', '--project', 'p.segwb', '--out', 'wh', '--lang', 'fa'], dir);
    expect(wrote.stdout).toBe(
      `schema.sql (postgres) و ۳ فایل CSV در ${path.join(fs.realpathSync(dir), 'wh')} نوشته شد: ` +
        'customers (۵ سطر)، orders (۹ سطر)، order_lines (۱۰ سطر).\n',
    );
    const badDialect = segwb(
      ['warehouse', 'export', '--project', 'p.segwb', '--out', 'wh', '--dialect', 'x', '--lang', 'cy'],
      dir,
    );
    expect(lines(badDialect.stderr)[0]).toBe('segwb warehouse: Rhaid i --dialect fod yn postgres neu duckdb, nid "x"');
    const both = segwb(['segment', 'count', '--source', 'x', '--project', 'y', '--lang', 'cy'], dir);
    expect(both.code).toBe(2);
    expect(lines(both.stderr)[0]).toBe('segwb segment: rhowch --source neu --project, nid y ddau');
    expect(lines(both.stderr)).toContain('  count  --source URL --rule FILE.json [--json]');
    const fileAndTable = segwb(
      ['import', 'x.csv', '--from', 'duckdb:x.duckdb', '--table', 't', '--project', 'q.segwb', '--lang', 'fa'],
      dir,
    );
    expect(lines(fileAndTable.stderr)[0]).toBe('segwb import: یا یک FILE بدهید یا --from URL --table T، نه هر دو را');
    const dialect = segwb(['rfm', '--project', 'p.segwb', '--dialect', 'postgres', '--lang', 'cy'], dir);
    expect(lines(dialect.stderr)[0]).toBe('segwb rfm: mae --dialect yn mynd gyda --sql');
    const sql = segwb(['segment', 'sql', '--project', 'p.segwb', '--lang', 'fa'], dir);
    expect(lines(sql.stderr)[0]).toBe('segwb segment: --dialect لازم است: postgres، duckdb یا sqlite');
    const margin = segwb(['clv', '--project', 'p.segwb', '--margin', '3', '--lang', 'fa'], dir);
    expect(lines(margin.stderr)[0]).toBe('segwb clv: --margin باید سهمی از ۰ تا ۱ باشد، نه «3»');
  });

  it('lists the database commands in the help of every language', () => {
    for (const lang of ['en', 'fa', 'ar', 'cy']) {
      const help = lines(segwb(['--help', '--lang', lang], dir).stdout);
      expect(help).toContain('  import --from URL --table T --project P');
      expect(help).toContain('  segment count --source URL --rule FILE.json --json');
    }
  });

  it('prints the help and a command usage in Welsh and Persian', () => {
    const r = segwb(['--help', '--lang', 'cy'], dir);
    expect(lines(r.stdout)[2]).toBe('Defnydd: segwb <gorchymyn> [opsiynau]');
    const rfm = segwb(['rfm', '--help', '--lang', 'fa'], dir);
    expect(lines(rfm.stdout)[0]).toBe(
      'کاربرد: segwb rfm --project P.segwb [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of YYYY-MM-DD] [--json]',
    );
    const mistyped = segwb(['cluster', '--project', 'p.segwb', '--lang', 'cy'], dir);
    expect(mistyped.code).toBe(2);
    expect(lines(mistyped.stderr).slice(0, 3)).toEqual([
      'segwb cluster: Mae angen --fields',
      '',
      'Defnydd: segwb cluster --project P.segwb --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] [--save-as NAME] --json',
    ]);
  });
});
