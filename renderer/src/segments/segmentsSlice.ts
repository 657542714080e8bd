/**
 * Saved segments and what the builder offers: the list (with counts), the project's fields, the
 * templates, field profiles, and delete with undo. The segment being edited is in builderSlice.
 */
import type { FieldInfo, FieldProfile, SegmentInfo, SegmentTemplate } from '../../../shared/api.js';
import { api } from '../api/index.js';
import type { SliceCreator } from '../store/types.js';

export type ProfileEntry = FieldProfile | 'loading' | 'error';

export interface SegmentsSlice {
  segments: SegmentInfo[];
  segmentsStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Every field a rule may use (customers, orders, metrics); null until loaded. */
  fields: FieldInfo[] | null;
  templates: SegmentTemplate[] | null;
  /** Field profiles by `${source}:${key}`: ranges and values with counts for the value inputs. */
  profiles: Record<string, ProfileEntry>;
  /** The segment deleted last, while its Undo is offered. */
  deletedSegment: SegmentInfo | null;
  /** The deleted segment was open in the editor: Undo opens it again. */
  reopenAfterUndo: boolean;
  loadSegments(): Promise<void>;
  ensureProfile(field: Pick<FieldInfo, 'key' | 'source'>): void;
  deleteSegment(id: number): Promise<void>;
  undoDelete(): Promise<void>;
  dismissUndo(): void;
  duplicateSegment(id: number): Promise<void>;
  /** Applies a saved segment the engine answered with (insert or replace). */
  segmentSaved(info: SegmentInfo): void;
  /** The project changed: another project drops everything; new data of the same project reloads it. */
  invalidateSegments(otherProject: boolean): void;
}

export function profileKey(field: Pick<FieldInfo, 'key' | 'source'>): string {
  return `${field.source}:${field.key}`;
}

/** How many values a category picker is offered at first (search finds the others). */
export const PROFILE_VALUES = 200;

/** What the slice holds before a project's segments are loaded (and again when another project opens). */
const noProjectSegments = {
  segments: [],
  segmentsStatus: 'idle',
  fields: null,
  templates: null,
  profiles: {},
  deletedSegment: null,
} satisfies Partial<SegmentsSlice>;

export const createSegmentsSlice: SliceCreator<SegmentsSlice> = (set, get) => {
  /** Answers for an older project (or older data) are dropped. */
  let generation = 0;

  return {
    ...noProjectSegments,
    reopenAfterUndo: false,

    loadSegments: async () => {
      if (!get().project) return;
      const mine = generation;
      set({ segmentsStatus: 'loading' });
      try {
        const [segments, fields, templates, lint] = await Promise.all([
          api.call('segments/list', {}),
          api.call('fields/list', {}),
          api.call('segments/templates', {}),
          api.call('segments/lintMinSize', {}),
        ]);
        if (mine !== generation) return;
        set({ segments, fields, templates, lintMinSize: lint.minSize, segmentsStatus: 'ready' });
        get().fieldsLoaded();
      } catch (error) {
        if (mine !== generation) return;
        set({ segmentsStatus: 'error' });
        get().reportError(error);
      }
    },

    ensureProfile: (field) => {
      const key = profileKey(field);
      if (get().profiles[key]) return;
      const mine = generation;
      set({ profiles: { ...get().profiles, [key]: 'loading' } });
      api
        .call(get().database ? 'source/profile' : 'fields/profile', {
          key: field.key,
          source: field.source,
          limit: PROFILE_VALUES,
        })
        .then((profile) => {
          if (mine === generation) set({ profiles: { ...get().profiles, [key]: profile } });
        })
        .catch(() => {
          // a missing range or value list only makes the input plainer; the user can still type
          if (mine === generation) set({ profiles: { ...get().profiles, [key]: 'error' } });
        });
    },

    deleteSegment: async (id) => {
      try {
        const wasOpen = get().draft?.id === id;
        const { deleted } = await api.call('segments/delete', { id });
        set({
          segments: get().segments.filter((s) => s.id !== id),
          deletedSegment: deleted,
          reopenAfterUndo: wasOpen,
        });
        get().segmentDeleted(id);
      } catch (error) {
        get().reportError(error);
      }
    },

    undoDelete: async () => {
      const { deletedSegment: deleted, reopenAfterUndo } = get();
      if (!deleted) return;
      set({ deletedSegment: null, reopenAfterUndo: false });
      try {
        const { id, name, color, description, strategy, plan, rule } = deleted;
        const restored = await api.call('segments/restore', { id, name, color, description, strategy, plan, rule });
        get().segmentSaved(restored);
        // the list order is the engine's: ask for it again rather than guess where the segment goes
        const segments = await api.call('segments/list', {});
        set({ segments });
        if (reopenAfterUndo && get().draft === null) get().openSegment(restored.id);
      } catch (error) {
        get().reportError(error);
      }
    },

    dismissUndo: () => set({ deletedSegment: null, reopenAfterUndo: false }),

    duplicateSegment: async (id) => {
      try {
        const copy = await api.call('segments/duplicate', { id });
        get().segmentSaved(copy);
        get().openSegment(copy.id);
      } catch (error) {
        get().reportError(error);
      }
    },

    segmentSaved: (info) => {
      const list = get().segments;
      const at = list.findIndex((s) => s.id === info.id);
      set({ segments: at === -1 ? [...list, info] : list.with(at, info) });
    },

    invalidateSegments: (otherProject) => {
      generation++;
      if (otherProject) {
        set(noProjectSegments);
        get().resetBuilder();
        return;
      }
      // Same project, new data or as-of date: counts, ranges and templates may all have changed.
      set({ profiles: {}, segmentsStatus: 'idle' });
    },
  };
};
