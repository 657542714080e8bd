/**
 * The gallery in four languages: every template the engine offers (on the demo shop, on a small shop
 * lacking fields, on a project with events) has its words in every catalog, and the English catalog
 * says exactly what the engine says in English, values and reasons included.
 */
import path from 'node:path';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../../electron/core/demo/demoProject.js';
import { segmentTemplates } from '../../../electron/core/segments/templates.js';
import { templateText } from '../../../renderer/src/segments/templateText.js';
import type { SegmentTemplate } from '../../../shared/api.js';
import { emptyProject, importEvents } from '../../events/support.js';
import { fixtureProject } from '../../segments/store-fixture.js';
import { fixture, importFile, newSession, tempDir } from '../../support/session.js';
import { languageT } from '../i18nForTests.js';

let templates: SegmentTemplate[] = [];
const t: Record<string, TFunction> = {};

beforeAll(async () => {
  const dir = tempDir();
  const { project } = await createDemoProject(newSession(dir), {
    path: path.join(dir, 'demo.segwb'),
    customers: 300,
    seed: 1,
  });
  const small = (await fixtureProject()).session.requireProject().db;
  const withEvents = emptyProject();
  await importFile(withEvents.session, fixture('events/orders-six-users.csv'), { kind: 'orders', dateOrder: 'ymd' });
  await importEvents(withEvents.db, fixture('events/six-users.csv'));
  templates = [...segmentTemplates(project.db), ...segmentTemplates(small), ...segmentTemplates(withEvents.db)];
  for (const lang of ['en', 'fa', 'ar', 'cy'] as const) t[lang] = await languageT(lang);
}, 120_000);

describe('templateText', () => {
  it('covers enabled and disabled templates of every kind', () => {
    expect(templates.length).toBeGreaterThan(60);
    expect(templates.some((x) => !x.enabled)).toBe(true);
    expect(new Set(templates.map((x) => x.words.name)).size).toBe(20);
  });

  it('says in English exactly what the engine says (numbers grouped and lists joined as the interface does)', () => {
    const ungrouped = (text: string) => text.replace(/(\d),(?=\d{3})/g, '$1');
    for (const template of templates) {
      const text = templateText(template, t.en as TFunction, 'en');
      // and lists joined by Intl ("a, b, or c"; the engine writes "a, b or c")
      const reason = text.reason?.replace(', or ', ' or ') ?? null;
      expect({ ...text, name: ungrouped(text.name), reason }, template.id).toEqual({
        name: template.name,
        description: template.description,
        reason: template.reason,
      });
    }
  });

  it('has every template’s words in Persian, Arabic and Welsh (no English fallback)', () => {
    for (const lang of ['fa', 'ar', 'cy'] as const) {
      for (const template of templates) {
        const text = templateText(template, t[lang] as TFunction, lang);
        expect(text.description, `${lang} ${template.id}`).not.toBe(template.description);
        if (template.reason) expect(text.reason, `${lang} ${template.id}`).not.toBe(template.reason);
      }
    }
  });

  it('words a template from the data in Persian: the commonest value and a threshold in Persian digits', () => {
    const top = templates.find((x) => x.id === 'top-20-revenue' && x.enabled) as SegmentTemplate;
    const value = top.words.values.value as number;
    expect(templateText(top, t.fa as TFunction, 'fa').name).toBe(
      `۲۰٪ برتر از نظر درآمد (ارزش خرید ≥ ${new Intl.NumberFormat('fa-IR-u-nu-arabext', { maximumFractionDigits: 20 }).format(value)})`,
    );
    const gender = templates.find((x) => x.id === 'gender' && !x.enabled) as SegmentTemplate;
    expect(templateText(gender, t.fa as TFunction, 'fa').reason).toBe(
      'به فیلدی با نام gender یا sex نیاز دارد (با هر حروف بزرگ و کوچکی).',
    );
    const stage = templates.find((x) => x.id === 'journey-repeat-buyer') as SegmentTemplate;
    expect(templateText(stage, t.ar as TFunction, 'ar').name).toBe('مرحلة رحلة العميل: مشترٍ متكرر');
  });
});
