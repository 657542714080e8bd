/** A field's profile (range, values with counts), loaded once per project data and shared by every condition on it. */
import { useEffect } from 'react';
import type { FieldInfo, FieldProfile } from '../../../../../shared/api.js';
import { useStore } from '../../../store/index.js';
import { profileKey } from '../../segmentsSlice.js';

export function useFieldProfile(field: FieldInfo | undefined): FieldProfile | 'loading' | null {
  const entry = useStore((s) => (field ? s.profiles[profileKey(field)] : undefined));
  const ensureProfile = useStore((s) => s.ensureProfile);
  useEffect(() => {
    if (field && entry === undefined) ensureProfile(field);
  }, [field, entry, ensureProfile]);
  if (entry === undefined) return field ? 'loading' : null;
  return entry === 'error' ? null : entry;
}
