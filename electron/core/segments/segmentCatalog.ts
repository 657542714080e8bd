/**
 * Saved segments as rules refer to them ({ segment: id }): lookup by id, and the check that
 * references do not form a cycle (A uses B uses A), named by segment names.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import { Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';

interface SavedSegment {
  id: number;
  name: string;
  /** JSON as stored; parsed when the segment is first used. */
  ruleJson: string;
}

/** Who is evaluating: the saved segment whose (possibly edited) rule this is, if any. */
export interface RuleOwner {
  segmentId?: number;
  /** The name to show in a cycle message (defaults to the stored name). */
  segmentName?: string;
}

export class SegmentCatalog {
  private readonly parsed = new Map<number, Rule>();

  constructor(private readonly segments: ReadonlyMap<number, SavedSegment>) {}

  static load(db: Db): SegmentCatalog {
    const rows = db.prepare('SELECT id, name, rule AS ruleJson FROM segments').all() as SavedSegment[];
    return new SegmentCatalog(new Map(rows.map((r) => [r.id, r])));
  }

  name(id: number): string {
    return this.segments.get(id)?.name ?? `#${id}`;
  }

  /**
   * The rule of segment `id`, referenced at `path` while the segments in `trail` (outermost
   * first) are being expanded. Throws on an unknown id, an unreadable rule or a cycle.
   */
  enter(id: number, trail: readonly number[], path: string, owner: RuleOwner = {}): Rule {
    const start = trail.indexOf(id);
    if (start >= 0) {
      const names = [...trail.slice(start), id].map((s) =>
        s === owner.segmentId && owner.segmentName ? owner.segmentName : this.name(s),
      );
      throw new WorkbenchError('INVALID_PARAMS', `Segment references form a cycle: ${names.join(' → ')}.`, {
        path,
        segment: id,
        cycle: [...trail.slice(start), id],
      });
    }
    const segment = this.segments.get(id);
    if (!segment) {
      throw new WorkbenchError('NOT_FOUND', `The rule refers to segment ${id}, which does not exist (any more).`, {
        path,
        segment: id,
      });
    }
    let rule = this.parsed.get(id);
    if (!rule) {
      const result = safeJson(segment.ruleJson);
      const checked = result === undefined ? null : Rule.safeParse(result);
      if (!checked?.success) {
        throw new WorkbenchError('INVALID_PARAMS', `The saved rule of segment "${segment.name}" cannot be read.`, {
          path,
          segment: id,
        });
      }
      rule = checked.data;
      this.parsed.set(id, rule);
    }
    return rule;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
