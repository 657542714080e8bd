/**
 * The plan of a set of files imported together: each file's preview, its kind (guessed from its
 * structure, or chosen) and the links between the files (guessed, or chosen), with what the
 * import would refuse. The preview of a set and its import start from the same plan.
 */
import path from 'node:path';
import { WorkbenchError } from '../../../../shared/errors.js';
import { type ErrorWording, worded } from '../../../../shared/errorWording.js';
import type { ImportPreview } from '../../../../shared/model/import.js';
import type {
  EventsFilePreview,
  ImportSetPreview,
  LinkChoice,
  SetChoices,
  SetLinkPreview,
} from '../../../../shared/model/importSet.js';
import type { DatasetKind, SingleFileKind } from '../../../../shared/model/roles.js';
import { previewFileAs } from '../preview.js';
import { guessFileKind } from '../sniff/kind.js';
import { type FileShape, guessLinks, pointsTo } from '../sniff/links.js';
import type { ColumnFacts } from '../sniff/roles.js';
import { eventsKindGuess } from './setEvents.js';
import { setRefusals } from './setRefusals.js';

export interface PlannedFile {
  name: string;
  path: string;
  kind: DatasetKind;
  kindReason: string;
  /** The reason's wording for the user's language; absent when the user chose the kind. */
  kindWording?: ErrorWording;
  kindChosen: boolean;
  preview: ImportPreview;
  /** An events file: its layout and customer column(s). */
  events?: EventsFilePreview;
}

export interface SetPlan {
  files: PlannedFile[];
  links: SetLinkPreview[];
  refusals: string[];
  /** The wording of each refusal, in the same order (null: the file preview's own sentence). */
  refusalWordings: Array<ErrorWording | null>;
}

export async function planSet(paths: readonly string[], choices: SetChoices = {}): Promise<SetPlan> {
  const resolved = paths.map((p) => path.resolve(p));
  const names = resolved.map((p) => path.basename(p));
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) {
    throw new WorkbenchError('INVALID_PARAMS', `Two of the files are named ${repeated}: give each file once.`, {
      file: repeated,
      ...worded('duplicate_file_names', { name: repeated }),
    });
  }
  const chosenKinds = resolveKindChoices(choices.kinds ?? {}, resolved, paths);
  const files: PlannedFile[] = [];
  for (const [i, file] of resolved.entries()) {
    const read = await previewFileAs(file);
    const first = read.preview;
    const chosen = chosenKinds.get(i);
    // An events export is told by its header (REES46, GA4, Matomo) before its shape is looked at.
    const events = eventsKindGuess(first.headers);
    const guess = chosen
      ? { value: chosen, reason: 'Chosen by you.', wording: undefined }
      : events
        ? { value: 'events' as const, reason: events.reason, wording: events.wording }
        : guessFileKind(
            factsOf(first),
            first.columns.map((c) => ({ role: c.role, reason: c.roleReason })),
          );
    // Roles fit the kind: an orders-like reading for every file that carries money or dates.
    const readAs: SingleFileKind = guess.value === 'customers' || guess.value === 'lookup' ? 'customers' : 'orders';
    const preview = first.options.kind === readAs || guess.value === 'events' ? first : read.as(readAs);
    files.push({
      name: names[i] as string,
      path: file,
      kind: guess.value,
      kindReason: guess.reason,
      ...(guess.wording ? { kindWording: guess.wording } : {}),
      kindChosen: chosen !== undefined,
      preview,
      ...(guess.value === 'events' && events ? { events: events.events } : {}),
    });
  }
  // Events are joined to customers by their user id, not by a link between files.
  const shapes: FileShape[] = files
    .filter((f) => f.kind !== 'events')
    .map((f) => ({
      name: f.name,
      kind: f.kind,
      columns: factsOf(f.preview),
      roles: f.preview.columns.map((c) => c.role),
    }));
  const guessed: SetLinkPreview[] = guessLinks(shapes).map((l) => ({ ...l, origin: 'guessed' }));
  const links = withChosenLinks(guessed, choices.links ?? [], files, paths);
  const refusals = setRefusals(files, links);
  return {
    files,
    links,
    refusals: refusals.map((r) => r.text),
    refusalWordings: refusals.map((r) => r.wording),
  };
}

export function setPreview(plan: SetPlan): ImportSetPreview {
  return {
    files: plan.files.map((f) => ({
      name: f.name,
      path: f.path,
      kind: {
        value: f.kind,
        reason: f.kindReason,
        chosen: f.kindChosen,
        ...(f.kindWording ? { wording: f.kindWording } : {}),
      },
      preview: f.preview,
      ...(f.events ? { events: f.events } : {}),
    })),
    links: plan.links,
    refusals: plan.refusals,
    refusalWordings: plan.refusalWordings,
  };
}

/** The facts the guessers read, rebuilt from a preview's first rows. */
function factsOf(preview: ImportPreview): ColumnFacts[] {
  return preview.columns.map((c) => ({
    index: c.index,
    header: c.header,
    type: c.type,
    values: preview.rows.map((r) => (r[c.index] ?? '').trim()).filter((v) => v !== ''),
  }));
}

/** Which file a name given by the user means: its path as given, its full path, or its base name. */
function fileIndex(ref: string, resolved: readonly string[], given: readonly string[]): number {
  const index = resolved.findIndex((p, i) => ref === given[i] || path.resolve(ref) === p || ref === path.basename(p));
  if (index === -1) {
    const names = resolved.map((p) => path.basename(p)).join(', ');
    throw new WorkbenchError('INVALID_PARAMS', `"${ref}" is not one of the files imported (${names}).`, {
      file: ref,
      ...worded('not_a_set_file', { file: ref, list: names }),
    });
  }
  return index;
}

function resolveKindChoices(
  kinds: Record<string, DatasetKind>,
  resolved: readonly string[],
  given: readonly string[],
): Map<number, DatasetKind> {
  const chosen = new Map<number, DatasetKind>();
  for (const [ref, kind] of Object.entries(kinds)) chosen.set(fileIndex(ref, resolved, given), kind);
  return chosen;
}

/**
 * The user's links replace any guessed link between the same two files. A link runs from the
 * file whose rows point to the other's (lines to orders), whichever way round it was written.
 */
function withChosenLinks(
  guessed: readonly SetLinkPreview[],
  chosen: readonly LinkChoice[],
  files: readonly PlannedFile[],
  given: readonly string[],
): SetLinkPreview[] {
  const resolved = files.map((f) => f.path);
  const result = [...guessed];
  for (const choice of chosen) {
    let a = { file: files[fileIndex(choice.from.file, resolved, given)] as PlannedFile, column: choice.from.column };
    let b = { file: files[fileIndex(choice.to.file, resolved, given)] as PlannedFile, column: choice.to.column };
    if (a.file === b.file) {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        `A link joins two different files; both sides name ${a.file.name}.`,
        worded('link_same_file', { name: a.file.name }),
      );
    }
    if (!pointsTo(a.file.kind, b.file.kind) && pointsTo(b.file.kind, a.file.kind)) [a, b] = [b, a];
    const from = { file: a.file.name, column: headerIn(a.file, a.column) };
    const to = { file: b.file.name, column: headerIn(b.file, b.column) };
    const samePair = (l: SetLinkPreview) =>
      (l.from.file === from.file && l.to.file === to.file) || (l.from.file === to.file && l.to.file === from.file);
    for (let i = result.length - 1; i >= 0; i -= 1) if (samePair(result[i] as SetLinkPreview)) result.splice(i, 1);
    result.push({ from, to, origin: 'user', reason: 'Chosen by you.' });
  }
  return result;
}

/** The header as the file spells it; the user may type it in any case. */
function headerIn(file: PlannedFile, column: string): string {
  const headers = file.preview.headers;
  const exact = headers.find((h) => h === column);
  const loose = exact ?? headers.find((h) => h.trim().toLowerCase() === column.trim().toLowerCase());
  if (loose === undefined) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `No column "${column}" in ${file.name}: its columns are ${headers.join(', ')}.`,
      {
        file: file.name,
        column,
        ...worded('no_such_link_column', { column, name: file.name, list: headers.join(', ') }),
      },
    );
  }
  return loose;
}
