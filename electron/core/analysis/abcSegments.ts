/** ABC classes of the open project, and saving them as segments (see abc.ts for the definitions). */
import type { SegmentInfo } from '../../../shared/api.js';
import type { AbcClasses } from '../../../shared/contract/analysis.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { foldName } from '../segments/names.js';
import { saveSegment, storedSegments } from '../segments/store.js';
import { abcClasses, abcDescription } from './abc.js';
import { loadMembership } from './membership.js';

const COLORS = { A: '#2e7d32', B: '#f9a825', C: '#9e9e9e' } as const;

export function projectAbc(db: Db): AbcClasses {
  return abcClasses(loadMembership(db, []).monetary);
}

/**
 * Saves "A customers", "B customers" and "C customers" with the current thresholds. A saved
 * segment of the same name is updated (keeping its id, colour and strategy notes), so saving
 * again refreshes the thresholds without breaking rules that refer to the classes.
 */
export function saveAbcSegments(db: Db, today = new Date().toISOString().slice(0, 10)): SegmentInfo[] {
  const { thresholds, classes } = projectAbc(db);
  if (thresholds === null) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      'No customer has revenue yet, so there are no ABC classes. Import an orders file first.',
    );
  }
  return db.transaction(() => {
    const saved = storedSegments(db);
    return classes.map((cls) => {
      const existing = saved.find((s) => foldName(s.name) === foldName(cls.name));
      return saveSegment(
        db,
        {
          name: cls.name,
          rule: cls.rule,
          description: abcDescription(cls, thresholds, today),
          ...(existing ? {} : { color: COLORS[cls.class] }),
        },
        existing?.id,
      );
    });
  })();
}
