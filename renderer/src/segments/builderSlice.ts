/**
 * The segment being edited and its live numbers. Every edit prunes the rule at once (so incomplete
 * parts are marked immediately), then counts, part counts and linter warnings are asked for after a
 * short pause; an answer to an older request is dropped, so fast typing never shows stale numbers.
 */
import type { LintWarning, RulePartCount, SegmentCounts, SegmentInfo, SegmentTemplate } from '../../../shared/api.js';
import type { Rule } from '../../../shared/model/rules.js';
import { isEmptyPlan, type SegmentPlan } from '../../../shared/model/segmentPlan.js';
import { type ApiErrorShape, toApiErrorShape } from '../api/apiError.js';
import { api } from '../api/index.js';
import { latestRequest } from '../api/latestRequest.js';
import { nameLength } from '../shell/nameLength.js';
import type { SliceCreator } from '../store/types.js';
import {
  blankDraft,
  type Draft,
  draftFromSegment,
  draftFromTemplate,
  isDraftChanged,
  nextColor,
} from './draft/draft.js';
import { splitFields } from './draft/fieldScopes.js';
import { breakStep, type DraftHistory, emptyHistory, recordEdit, redoStep, undoStep } from './draft/history.js';
import type { NodePath } from './rule/paths.js';
import { type PrunedRule, pruneRule } from './rule/pruneRule.js';

/** Pause after the last edit before the engine is asked to count. */
export const COUNT_DEBOUNCE_MS = 200;

export interface LiveCounts {
  counts: SegmentCounts | null;
  /** Part counts by the EDITED rule's paths. */
  parts: Record<NodePath, RulePartCount>;
  /** Linter warnings; path (when given) is translated to the edited rule's path. */
  warnings: LintWarning[];
  status: 'idle' | 'counting' | 'ready' | 'error';
  error: ApiErrorShape | null;
}

/** What the user asked to open next: a saved segment, a new one (blank or from a template), or nothing (the gallery). */
export type PendingOpen =
  | { kind: 'segment'; id: number }
  | { kind: 'new'; template: SegmentTemplate | null }
  | { kind: 'close' }
  | null;

export interface BuilderSlice {
  /** null: no segment is open (the start panel with templates is shown). */
  draft: Draft | null;
  /** What the draft started as (last saved, or the blank/template); unsaved changes = differences. */
  baseline: Draft | null;
  pruned: PrunedRule | null;
  live: LiveCounts;
  saving: boolean;
  /** The linter's minimum segment size; null: the project's own (default 30). */
  lintMinSize: number | null;
  saveProblem: 'name' | 'nameTooLong' | 'incomplete' | null;
  /** An open/new request waiting for the user to discard unsaved changes. */
  pendingOpen: PendingOpen;
  /** Undo/redo steps of the open draft; opening another segment starts afresh. */
  history: DraftHistory;
  canUndo: boolean;
  canRedo: boolean;
  openSegment(id: number): void;
  /** The saved segment changed outside the editor (a version restored): the editor shows it as saved now. */
  reopenSegment(info: SegmentInfo): void;
  newSegment(template?: SegmentTemplate | null): void;
  closeDraft(): void;
  confirmDiscard(): void;
  cancelDiscard(): void;
  /** typingKey names the input being typed in: consecutive edits with the same key are one undo step. */
  editRule(change: (rule: Rule) => Rule, typingKey?: string): void;
  setDraftMeta(patch: Partial<Pick<Draft, 'name' | 'color' | 'description' | 'strategy'>>): void;
  /** One field of the segment's structured strategy (goal, channel, KPI target...). */
  setDraftPlan(patch: Partial<SegmentPlan>): void;
  undo(): void;
  redo(): void;
  saveDraft(): Promise<boolean>;
  setLintMinSize(size: number | null): void;
  fieldsLoaded(): void;
  segmentDeleted(id: number): void;
  resetBuilder(): void;
}

/** The engine's answers for one rule: the counts, the count of each part, the linter's warnings. */
type CountAnswers = [
  PromiseSettledResult<SegmentCounts>,
  PromiseSettledResult<RulePartCount[]>,
  PromiseSettledResult<LintWarning[]>,
];

const idleLive: LiveCounts = { counts: null, parts: {}, warnings: [], status: 'idle', error: null };

/** The history with the flags the Undo/Redo buttons read. */
function historyState(history: DraftHistory): Pick<BuilderSlice, 'history' | 'canUndo' | 'canRedo'> {
  return { history, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
}

/** Typing in a text field of the header or the notes is one step per field; a colour pick is a step of its own. */
function typingKeyOf(patch: object): string | null {
  const keys = Object.keys(patch);
  return keys.length === 1 && keys[0] !== 'color' ? `meta:${keys[0]}` : null;
}

export const createBuilderSlice: SliceCreator<BuilderSlice> = (set, get) => {
  /** Counting after every edit: only the answer for the newest rule is shown. */
  const counting = latestRequest();

  function prune(draft: Draft | null): PrunedRule | null {
    const fields = get().fields;
    if (!draft || !fields) return null;
    return pruneRule(draft.rule, splitFields(fields));
  }

  function scheduleCount(): void {
    const pruned = get().pruned;
    if (!pruned) {
      counting.drop();
      set({ live: { ...idleLive, counts: get().live.counts } });
      return;
    }
    set({ live: { ...get().live, status: 'counting', error: null } });
    counting.later(
      () => askCounts(pruned.rule),
      { onResult: (answers) => showCounts(pruned, answers), onError: (error) => get().reportError(error) },
      COUNT_DEBOUNCE_MS,
    );
  }

  /** Counts, part counts and lint together; each may fail alone (allSettled), so this never rejects. */
  function askCounts(rule: Rule): Promise<CountAnswers> {
    const id = get().draft?.id ?? undefined;
    const minSize = get().lintMinSize ?? undefined;
    if (get().database !== null) return askDatabase(rule);
    return Promise.allSettled([
      api.call('segments/count', { rule }),
      api.call('segments/countParts', { rule }),
      api.call('segments/lint', {
        rule,
        ...(id === undefined ? {} : { id }),
        ...(minSize === undefined ? {} : { minSize }),
      }),
    ]);
  }

  /** On a database: the count (with its time) and each part's count; the linter needs a project. */
  function askDatabase(rule: Rule): Promise<CountAnswers> {
    const counted = api.call('source/count', { rule }).then(({ ms, ...counts }) => {
      set({ databaseMs: ms });
      return counts;
    });
    return Promise.allSettled([counted, api.call('source/countParts', { rule }), Promise.resolve([])]);
  }

  function showCounts(pruned: PrunedRule, [counts, parts, lint]: CountAnswers): void {
    const { toEdited } = pruned;
    const byPath: Record<NodePath, RulePartCount> = {};
    if (parts.status === 'fulfilled') {
      for (const part of parts.value) {
        const edited = toEdited.get(part.path);
        if (edited !== undefined) byPath[edited] = { ...part, path: edited };
      }
    }
    const warnings =
      lint.status === 'fulfilled'
        ? lint.value.map((w) => {
            const { path, ...rest } = w;
            const edited = path === undefined ? undefined : toEdited.get(path);
            return edited === undefined ? rest : { ...rest, path: edited };
          })
        : [];
    set({
      live: {
        counts: counts.status === 'fulfilled' ? counts.value : null,
        parts: byPath,
        warnings,
        status: counts.status === 'fulfilled' ? 'ready' : 'error',
        error: counts.status === 'rejected' ? toApiErrorShape(counts.reason) : null,
      },
    });
  }

  /** Opens a draft; a saved segment's stored counts show at once while the live ones are asked for. */
  function start(draft: Draft | null, counts: SegmentCounts | null = null): void {
    const pruned = prune(draft);
    set({
      draft,
      baseline: draft,
      pruned,
      saveProblem: null,
      pendingOpen: null,
      live: { ...idleLive, counts },
      ...historyState(emptyHistory),
    });
    scheduleCount();
  }

  /** Shows a draft from the history: its rule is pruned and counted like any edit. */
  function restore(move: { draft: Draft; history: DraftHistory } | null): void {
    if (!move) return;
    const before = get().draft;
    set({ draft: move.draft, pruned: prune(move.draft), saveProblem: null, ...historyState(move.history) });
    if (JSON.stringify(before?.rule) !== JSON.stringify(move.draft.rule)) scheduleCount();
  }

  /** Runs an open/new now, or asks first when it would throw away unsaved changes. */
  function guarded(pending: NonNullable<PendingOpen>): void {
    const { draft, baseline } = get();
    if (isDraftChanged(draft, baseline)) {
      set({ pendingOpen: pending });
      return;
    }
    carryOut(pending);
  }

  function carryOut(pending: NonNullable<PendingOpen>): void {
    if (pending.kind === 'close') {
      start(null);
    } else if (pending.kind === 'new') {
      const color = nextColor(get().segments.map((s) => s.color));
      start(pending.template ? draftFromTemplate(pending.template, color) : blankDraft(color));
    } else {
      const info = get().segments.find((s) => s.id === pending.id);
      if (info) start(draftFromSegment(info), info.counts);
    }
  }

  return {
    draft: null,
    baseline: null,
    pruned: null,
    live: idleLive,
    saving: false,
    lintMinSize: null,
    saveProblem: null,
    pendingOpen: null,
    ...historyState(emptyHistory),

    openSegment: (id) => {
      if (get().draft?.id === id) return;
      guarded({ kind: 'segment', id });
    },
    reopenSegment: (info) => {
      get().segmentSaved(info);
      if (get().draft?.id === info.id) start(draftFromSegment(info), info.counts);
    },
    newSegment: (template = null) => guarded({ kind: 'new', template }),
    closeDraft: () => guarded({ kind: 'close' }),
    confirmDiscard: () => {
      const pending = get().pendingOpen;
      if (pending) carryOut(pending);
    },
    cancelDiscard: () => set({ pendingOpen: null }),

    editRule: (change, typingKey) => {
      const draft = get().draft;
      if (!draft) return;
      const next = { ...draft, rule: change(draft.rule) };
      const history = recordEdit(get().history, draft, next, typingKey ?? null);
      set({ draft: next, pruned: prune(next), saveProblem: null, ...historyState(history) });
      scheduleCount();
    },

    setDraftMeta: (patch) => {
      const draft = get().draft;
      if (!draft) return;
      const next = { ...draft, ...patch };
      const history = recordEdit(get().history, draft, next, typingKeyOf(patch));
      set({ draft: next, saveProblem: null, ...historyState(history) });
    },

    setDraftPlan: (patch) => {
      const draft = get().draft;
      if (!draft) return;
      const next = { ...draft, plan: { ...draft.plan, ...patch } };
      const keys = Object.keys(patch);
      const typingKey = keys.length === 1 ? `plan:${keys[0]}` : null;
      set({ draft: next, saveProblem: null, ...historyState(recordEdit(get().history, draft, next, typingKey)) });
    },

    undo: () => {
      const draft = get().draft;
      if (draft) restore(undoStep(get().history, draft));
    },

    redo: () => {
      const draft = get().draft;
      if (draft) restore(redoStep(get().history, draft));
    },

    saveDraft: async () => {
      const { draft, baseline, pruned, saving } = get();
      if (!draft || !pruned || saving) return false;
      if (draft.id !== null && !isDraftChanged(draft, baseline)) return true; // Ctrl+S with nothing to save
      if (!draft.name.trim()) {
        set({ saveProblem: 'name' });
        return false;
      }
      if (nameLength(draft.name).tooLong) {
        set({ saveProblem: 'nameTooLong' });
        return false;
      }
      if (pruned.incomplete.length > 0) {
        set({ saveProblem: 'incomplete' });
        return false;
      }
      set({ saving: true, saveProblem: null });
      try {
        const info = await api.call('segments/save', {
          ...(draft.id === null ? {} : { id: draft.id }),
          name: draft.name.trim(),
          color: draft.color,
          description: draft.description.trim() || null,
          strategy: draft.strategy.trim() || null,
          plan: isEmptyPlan(draft.plan) ? null : draft.plan,
          rule: pruned.rule,
        });
        get().segmentSaved(info);
        // The editor keeps its own rule (with empty where-groups and all): only id and name change.
        const current = get().draft ?? draft;
        const saved = { ...current, id: info.id, name: info.name };
        set({
          draft: saved,
          baseline: { ...draft, id: info.id, name: info.name },
          ...historyState(breakStep(get().history)),
        });
        if (draft.id === null) scheduleCount(); // the linter now knows the id (no "identical to itself")
        return true;
      } catch (error) {
        get().reportError(error);
        return false;
      } finally {
        set({ saving: false });
      }
    },

    setLintMinSize: (size) => {
      set({ lintMinSize: size });
      scheduleCount();
      // Kept in the project, so the limit is the same when the project is opened again.
      if (size !== null) api.call('segments/lintMinSize', { minSize: size }).catch((error) => get().reportError(error));
    },

    fieldsLoaded: () => {
      set({ pruned: prune(get().draft) });
      scheduleCount();
    },

    segmentDeleted: (id) => {
      if (get().draft?.id === id) start(null);
    },

    resetBuilder: () => {
      counting.drop();
      set({
        draft: null,
        baseline: null,
        pruned: null,
        live: idleLive,
        saveProblem: null,
        pendingOpen: null,
        ...historyState(emptyHistory),
      });
    },
  };
};
