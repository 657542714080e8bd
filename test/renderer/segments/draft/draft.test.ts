import { describe, expect, it } from 'vitest';
import { segmentFileName } from '../../../../renderer/src/api/segmentExport.js';
import {
  blankDraft,
  draftFromSegment,
  isDraftChanged,
  nextColor,
  SEGMENT_COLORS,
} from '../../../../renderer/src/segments/draft/draft.js';
import { defaultExportColumns, exportableFields } from '../../../../renderer/src/segments/exportColumns.js';
import type { FieldInfo, SegmentInfo } from '../../../../shared/api.js';
import { EMPTY_PLAN } from '../../../../shared/model/segmentPlan.js';

describe('the draft of the open segment', () => {
  it('gives a new segment the first colour no segment uses', () => {
    expect(nextColor([])).toBe(SEGMENT_COLORS[0]);
    expect(nextColor([SEGMENT_COLORS[0].toUpperCase(), null])).toBe(SEGMENT_COLORS[1]);
    expect(nextColor([...SEGMENT_COLORS])).toBe(SEGMENT_COLORS[0]);
  });

  it('opens a saved segment in the shape the builder edits', () => {
    const info: SegmentInfo = {
      id: 3,
      name: 'VIP',
      color: null,
      description: null,
      strategy: 'Call them.',
      plan: null,
      rule: { field: 'monetary', op: '>', value: 1000 },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      counts: { customers: 1, revenue: 1, share_customers: 0.1, share_revenue: 0.5 },
    };
    expect(draftFromSegment(info)).toEqual({
      id: 3,
      name: 'VIP',
      color: null,
      description: '',
      strategy: 'Call them.',
      plan: EMPTY_PLAN,
      rule: { and: [{ field: 'monetary', op: '>', value: 1000 }] },
    });
  });

  it('has unsaved changes only when it differs from where it started', () => {
    const start = blankDraft('#2f54eb');
    expect(isDraftChanged(start, start)).toBe(false);
    expect(isDraftChanged({ ...start, strategy: 'x' }, start)).toBe(true);
    expect(isDraftChanged({ ...start, rule: { and: [{ field: '', op: '=' }] } }, start)).toBe(true);
    expect(isDraftChanged(null, start)).toBe(false);
  });
});

describe('export choices', () => {
  const field = (key: string, source: FieldInfo['source'], role: FieldInfo['role'] = null): FieldInfo => ({
    key,
    label: key,
    type: 'text',
    role,
    source,
  });
  const fields = [
    field('first_name', 'customers', 'first_name'),
    field('email', 'customers', 'email'),
    field('age', 'customers'),
    field('category', 'orders', 'category'),
    field('monetary', 'metrics'),
    field('tenure_days', 'metrics'),
  ];

  it('offers customer fields and metrics, never order fields', () => {
    expect(exportableFields(fields).map((f) => f.key)).toEqual([
      'first_name',
      'email',
      'age',
      'monetary',
      'tenure_days',
    ]);
  });

  it('ticks contact fields and the usual metrics at first', () => {
    expect(defaultExportColumns(fields)).toEqual(['first_name', 'email', 'monetary']);
  });

  it('names the file after the segment, without characters file systems refuse', () => {
    expect(segmentFileName('VIP: DE/AT "top"')).toBe('VIP DE AT top.csv');
    expect(segmentFileName('   ')).toBe('segment.csv');
  });
});
