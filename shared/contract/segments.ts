/**
 * Contract of the segment methods (the visual segment builder): field profiles, counts, saved
 * segments, the linter, templates and export. Merged into shared/api.ts.
 */
import { z } from 'zod';
import { ExportLayout } from '../model/exportLayouts.js';
import { PersonalData } from '../model/personalData.js';
import type { FieldType } from '../model/roles.js';
import { Rule } from '../model/rules.js';
import { SegmentPlan } from '../model/segmentPlan.js';
import { FilePath, Name, RowId } from './common.js';

/** Size and value of a set of customers (exact interface of `segwb segment count --json`). */
export interface SegmentCounts {
  customers: number;
  revenue: number;
  /** customers / all customers (0..1). */
  share_customers: number;
  /** revenue / the revenue of all customers (0..1). */
  share_revenue: number;
}

export interface SegmentInfo {
  id: number;
  name: string;
  color: string | null;
  description: string | null;
  /** The workshop's "marketing strategy" note for this segment. */
  strategy: string | null;
  /** The strategy as structured fields; null when none is filled in. */
  plan: SegmentPlan | null;
  rule: Rule;
  createdAt: string;
  updatedAt: string;
  counts: SegmentCounts;
}

/** Live count of one node of a rule; path is the node's position ("" the root, "0.2" the 3rd child of the 1st). */
export interface RulePartCount {
  path: string;
  customers: number;
  revenue: number;
}

/** What the builder needs to offer a field's values: range, empties, and the commonest values with counts. */
export interface FieldProfile {
  key: string;
  source: 'customers' | 'orders' | 'metrics';
  type: FieldType;
  /** Customers (or order lines, for order fields) with a value / without one. */
  filled: number;
  empty: number;
  min: number | string | null;
  max: number | string | null;
  /** For category and text fields: values with their counts, commonest first (filtered by search). */
  values: Array<{ value: string; count: number }>;
}

export interface LintWarning {
  code: 'empty' | 'too_small' | 'never_matches' | 'no_times' | 'identical' | 'overlap';
  /** The warning in English (the CLI's words); the interface words it again from reason and values. */
  message: string;
  /** Which case of the code, for the interface's catalog (lintWhy.<code>.<reason>). */
  reason: string;
  /** The figures and names the sentence interpolates. */
  values: Record<string, string | number>;
  /** The rule node concerned (see RulePartCount.path), when it is one node. */
  path?: string;
  /** Other saved segments concerned (identical or overlapping). */
  segmentIds?: number[];
}

/**
 * How the interface words a template in its own language: catalog keys (templates.names.*,
 * templates.descriptions.*, templates.reasons.*, templates.labels.*) and the values they interpolate.
 * name, description and reason above are the same words in English, for the CLI and scripts.
 */
export interface TemplateWords {
  name: string;
  description: string;
  reason: string | null;
  /** A label key interpolated as {{label}} (the field a "Country: Germany" template is about). */
  label?: string;
  /** The commonest value, a threshold, a field's key, the list of field names a template looks for. */
  values: Record<string, string | number>;
}

export interface SegmentTemplate {
  id: string;
  base: string;
  name: string;
  description: string;
  rule: Rule;
  /** false when a field it needs is not in the project; reason says which. */
  enabled: boolean;
  reason: string | null;
  words: TemplateWords;
}

const SegmentFields = {
  name: Name,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .nullable()
    .optional(),
  description: z.string().max(10_000).nullable().optional(),
  strategy: z.string().max(100_000).nullable().optional(),
  plan: SegmentPlan.nullable().optional(),
  rule: Rule,
};

export const segmentMethods = {
  'fields/profile': z
    .object({
      key: z.string().min(1).max(500),
      source: z.enum(['customers', 'orders', 'metrics']),
      search: z.string().max(500).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  'segments/count': z.object({ rule: Rule }).strict(),
  'segments/countParts': z.object({ rule: Rule }).strict(),
  'segments/list': z.object({}).strict(),
  /** Creates a segment, or updates it when id is given. */
  'segments/save': z.object({ id: RowId.optional(), ...SegmentFields }).strict(),
  'segments/delete': z.object({ id: RowId }).strict(),
  /** Undo of a delete: puts the segment back with its id. */
  'segments/restore': z.object({ id: RowId, ...SegmentFields }).strict(),
  'segments/duplicate': z.object({ id: RowId }).strict(),
  'segments/lint': z.object({ rule: Rule, id: RowId.optional(), minSize: z.number().int().min(0).optional() }).strict(),
  'segments/templates': z.object({}).strict(),
  /** The project's minimum segment size for the linter: read it, or store a new one (minSize given). */
  'segments/lintMinSize': z.object({ minSize: z.number().int().min(0).max(100_000_000).optional() }).strict(),
  /** Writes the members of a saved segment as CSV, in our columns or a tool's import layout. */
  'segments/export': z
    .object({
      id: RowId,
      path: FilePath,
      layout: ExportLayout.default('columns'),
      /** Field keys to include (layout 'columns'); default: customer id, contact fields and metrics. */
      columns: z.array(z.string().min(1).max(500)).max(500).optional(),
      /** Start with a byte-order mark so Excel reads UTF-8. */
      bom: z.boolean().default(false),
      /** csv, or an .xlsx workbook with typed cells (numbers as numbers, dates as dates). */
      format: z.enum(['csv', 'xlsx']).default('csv'),
      /** Email, phone and name columns: kept, masked ("a…@example.com") or left out (layout 'columns'). */
      personal: PersonalData.default('keep'),
    })
    .strict(),
} as const;

export interface SegmentResults {
  'fields/profile': FieldProfile;
  'segments/count': SegmentCounts;
  'segments/countParts': RulePartCount[];
  'segments/list': SegmentInfo[];
  'segments/save': SegmentInfo;
  'segments/delete': { deleted: SegmentInfo };
  'segments/restore': SegmentInfo;
  'segments/duplicate': SegmentInfo;
  'segments/lint': LintWarning[];
  'segments/templates': SegmentTemplate[];
  'segments/lintMinSize': { minSize: number };
  'segments/export': { path: string; rows: number };
}
