/**
 * What the History section and the staleness banner show for the open saved segment: its size at
 * each snapshot, its rule versions and whether its last evaluation is stale. Asked again when the
 * segment is saved (its updatedAt changes) or a snapshot is taken (reload).
 */
import { useCallback, useEffect, useState } from 'react';
import type { SegmentSizePoint, SegmentVersion, Staleness } from '../../../../shared/contract/history.js';
import { api } from '../../api/index.js';
import { useStore } from '../../store/index.js';

export interface SegmentHistory {
  sizes: SegmentSizePoint[];
  versions: SegmentVersion[];
  staleness: Staleness | null;
}

const EMPTY: SegmentHistory = { sizes: [], versions: [], staleness: null };

/** segment null (a new segment, not saved yet): nothing to ask. */
export function useSegmentHistory(segment: number | null): { history: SegmentHistory; reload(): void } {
  const reportError = useStore((s) => s.reportError);
  const updatedAt = useStore((s) => s.segments.find((x) => x.id === segment)?.updatedAt ?? null);
  const [history, setHistory] = useState<SegmentHistory>(EMPTY);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);

  useEffect(() => {
    if (segment === null) {
      setHistory(EMPTY);
      return;
    }
    let current = true;
    // updatedAt and round are why this runs again; the answers do not depend on their values.
    void updatedAt;
    void round;
    Promise.all([
      api.call('history/segmentSizes', { segment }),
      api.call('history/versions', { segment }),
      api.call('history/staleness', { segment }),
    ]).then(
      ([sizes, versions, staleness]) => {
        if (current) setHistory({ sizes, versions, staleness });
      },
      (error: unknown) => {
        if (current) reportError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [segment, updatedAt, round, reportError]);

  return { history, reload };
}
