/** segwb import FILE FILE... : several linked files as one all-or-nothing import, and its report. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ImportSetReport, LinkChoice, SetChoices } from '../../shared/model/importSet.js';
import { DatasetKind } from '../../shared/model/roles.js';
import { UsageError } from './args.js';
import { wordedText } from './engineWords.js';
import { needsAnswer } from './importAnswer.js';
import { cliEngine, invoke, openProject } from './session.js';
import { kindName, listSeparator, num, say } from './words/say.js';

export interface SetArgs {
  files: string[];
  project: string;
  kinds: string[];
  links: string[];
  sheet: string | undefined;
  json: boolean;
  /** Replace data of the kinds the files bring that the project already holds; else exit 2 when there is some. */
  replace: boolean;
}

export async function importSet(args: SetArgs): Promise<number> {
  const choices = choicesFrom(args);
  const engine = cliEngine();
  try {
    const paths = args.files.map((f) => path.resolve(f));
    // Preview first: files that cannot be read must not leave a new empty project behind.
    const preview = await invoke(engine, 'import/previewSet', { paths, choices });
    if (preview.refusals.length > 0) {
      const lines = preview.refusals.map((text, i) => wordedText(text, preview.refusalWordings?.[i]));
      throw new UsageError(lines.join('\n'));
    }
    await openProject(engine, args.project, true);
    const report = await invoke(engine, 'import/runSet', {
      jobId: randomUUID(),
      paths,
      choices,
      replace: args.replace,
    }).catch(needsAnswer);
    if (args.json) console.log(JSON.stringify(setReportJson(report), null, 2));
    else printSetReport(report);
    return 0;
  } finally {
    // The history's snapshot of the import is written off the main thread, after the report.
    await engine.session.imports.settled();
    engine.close();
  }
}

/** --kind FILE=KIND and --link "A.col=B.col" (A, B: files as given or their base names). */
function choicesFrom(args: SetArgs): SetChoices {
  const choices: SetChoices = {};
  if (args.kinds.length > 0) {
    choices.kinds = {};
    for (const k of args.kinds) {
      const eq = k.lastIndexOf('=');
      const kind = k.slice(eq + 1);
      if (eq < 1 || !(DatasetKind.options as readonly string[]).includes(kind)) {
        throw new UsageError(say('usage.kindOfFile', { allowed: DatasetKind.options.join(', '), value: k }));
      }
      choices.kinds[k.slice(0, eq)] = kind as DatasetKind;
    }
  }
  if (args.links.length > 0) choices.links = args.links.map((l) => linkFrom(l, args.files));
  if (args.sheet !== undefined) choices.sheet = args.sheet;
  return choices;
}

/** "A.col=B.col": the file part is the longest given file name (or base name) the side starts with. */
function linkFrom(text: string, files: readonly string[]): LinkChoice {
  const sides = text.split('=');
  if (sides.length !== 2) throw new UsageError(say('usage.linkSides', { value: text }));
  const [from, to] = sides.map((side) => fileColumn(side.trim(), files, text)) as [
    LinkChoice['from'],
    LinkChoice['to'],
  ];
  return { from, to };
}

function fileColumn(side: string, files: readonly string[], text: string): LinkChoice['from'] {
  const names = files.flatMap((f) => [f, path.basename(f)]).sort((a, b) => b.length - a.length);
  const file = names.find((n) => side.startsWith(`${n}.`) && side.length > n.length + 1);
  if (!file) {
    throw new UsageError(
      say('usage.linkFile', {
        value: text,
        side,
        files: files.map((f) => path.basename(f)).join(listSeparator()),
      }),
    );
  }
  return { file, column: side.slice(file.length + 1) };
}

/** The CLI's JSON report of a set: today's fields (summed over the files) plus files and links. */
export function setReportJson(r: ImportSetReport) {
  const byReason = new Map<string, number>();
  const examples = new Map<string, unknown[]>();
  for (const f of r.files) {
    for (const x of f.rejected) {
      byReason.set(x.reason, (byReason.get(x.reason) ?? 0) + x.count);
      examples.set(
        x.reason,
        [...(examples.get(x.reason) ?? []), ...x.examples.map((e) => ({ file: f.file, ...e }))].slice(0, 5),
      );
    }
  }
  const sum = (pick: (f: ImportSetReport['files'][number]) => number) => r.files.reduce((s, f) => s + pick(f), 0);
  return {
    file: r.files.map((f) => f.file).join(', '),
    kind: r.orders > 0 ? 'orders' : 'customers',
    dataset_id: r.files[0]?.datasetId ?? null,
    rows_read: sum((f) => f.rowsRead),
    rows_imported: sum((f) => f.rowsImported),
    rows_rejected: sum((f) => f.rowsRejected),
    rejected_by_reason: Object.fromEntries(byReason),
    rejected_examples: Object.fromEntries(examples),
    customers: r.customers,
    orders: r.orders,
    duration_ms: r.durationMs,
    revenue: r.revenue,
    amount_sources: r.amountSources,
    files: r.files.map((f) => ({
      file: f.file,
      kind: f.kind,
      rows_read: f.rowsRead,
      rows_imported: f.rowsImported,
      rows_rejected: f.rowsRejected,
      rejected_by_reason: Object.fromEntries(f.rejected.map((x) => [x.reason, x.count])),
    })),
    links: r.links.map((l) => ({
      from: l.from,
      to: l.to,
      matched: l.matched,
      unmatched: l.unmatched,
      unmatched_examples: l.unmatchedExamples,
      reason: l.reason,
      origin: l.origin,
    })),
    notes: r.notes,
  };
}

function printSetReport(r: ImportSetReport): void {
  console.log(say('more.importedFiles', { count: r.files.length }));
  for (const f of r.files) {
    const counts = { read: f.rowsRead, imported: f.rowsImported, rejected: f.rowsRejected };
    console.log(say('more.setFile', { file: f.file, kind: kindName(f.kind), ...counts }));
  }
  console.log(say('more.links'));
  for (const l of r.links)
    console.log(say('more.link', { from: l.from, to: l.to, matched: l.matched, unmatched: l.unmatched }));
  const totals = [
    [say('import.customers'), r.customers],
    [say('import.orders'), r.orders],
    [say('more.revenue'), r.revenue],
  ] as const;
  const width = Math.max(15, ...totals.map(([label]) => label.length + 2));
  for (const [label, value] of totals) console.log(`  ${label.padEnd(width)}${num(value)}`);
  for (const [i, note] of r.notes.entries()) {
    console.log(say('more.note', { note: wordedText(note, r.noteWordings?.[i]) }));
  }
}
