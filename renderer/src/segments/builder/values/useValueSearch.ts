/**
 * Values of a field with their counts: the profile's commonest values, or (while the user types a
 * search) the engine's answer for that search, asked after a short pause; older answers are dropped.
 */
import { useEffect, useState } from 'react';
import type { FieldInfo, FieldProfile } from '../../../../../shared/api.js';
import { api } from '../../../api/index.js';
import { useLatestRequest } from '../../../api/useLatestRequest.js';
import { useStore } from '../../../store/index.js';
import { PROFILE_VALUES } from '../../segmentsSlice.js';
import { useFieldProfile } from './useFieldProfile.js';

const SEARCH_DEBOUNCE_MS = 200;

export interface ValueList {
  values: FieldProfile['values'];
  loading: boolean;
  /** true when there may be more values than listed (search to find them). */
  truncated: boolean;
}

export function useValueSearch(field: FieldInfo, search: string, active: boolean): ValueList {
  const profile = useFieldProfile(active ? field : undefined);
  const [found, setFound] = useState<{ search: string; values: FieldProfile['values'] } | null>(null);
  const latest = useLatestRequest();
  const query = search.trim();

  useEffect(() => {
    if (!active || query === '') {
      latest.drop();
      return;
    }
    return latest.later(
      () =>
        // On a database opened where the data lives, the database answers (as the profile).
        api.call(useStore.getState().database ? 'source/profile' : 'fields/profile', {
          key: field.key,
          source: field.source,
          search: query,
          limit: PROFILE_VALUES,
        }),
      {
        onResult: (answer) => setFound({ search: query, values: answer.values }),
        onError: () => setFound({ search: query, values: [] }),
      },
      SEARCH_DEBOUNCE_MS,
    );
  }, [latest, active, field.key, field.source, query]);

  if (query !== '') {
    const current = found?.search === query ? found.values : null;
    return { values: current ?? [], loading: current === null, truncated: (current?.length ?? 0) >= PROFILE_VALUES };
  }
  if (profile === 'loading' || profile === null)
    return { values: [], loading: profile === 'loading', truncated: false };
  return { values: profile.values, loading: false, truncated: profile.values.length >= PROFILE_VALUES };
}
