/**
 * segwb datasets [undo|clear-history] --project P [--json]: the project's datasets and the imports
 * that can be undone; undo restores the data as it was before the latest import.
 */
import type { DatasetInfo, ImportHistoryEntry } from '../../shared/api.js';
import { parse, requireString, UsageError } from './args.js';
import { cliEngine, invoke, openProject } from './session.js';
import { kindName, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const datasetsUsage = `Usage: segwb datasets [undo|clear-history] --project P.segwb [--json]
  (no action)     the project's datasets and the imports that can be undone, latest first
  undo            restore the data as it was before the latest import (segments are kept)
  clear-history   forget the kept data: earlier imports can no longer be undone`;

export async function datasetsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { project: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) {
    console.log(usageText('datasets', datasetsUsage));
    return 0;
  }
  const [action, ...extra] = positionals;
  if (action !== undefined && action !== 'undo' && action !== 'clear-history') {
    throw new UsageError(say('common.unknownAction', { value: String(action) }));
  }
  if (extra.length > 0) throw new UsageError(say('common.unexpected', { value: String(extra[0]) }));
  const project = requireString(values, 'project');
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    if (action === 'undo') {
      const { undone, project: info } = await invoke(engine, 'datasets/undo', {});
      const history = await invoke(engine, 'datasets/history', {});
      if (values.json)
        console.log(JSON.stringify({ undone: entryJson(undone), ...listing(info.datasets, history) }, null, 2));
      else console.log(say('datasets.undid', { label: undone.label }));
    } else if (action === 'clear-history') {
      const { cleared } = await invoke(engine, 'datasets/clearHistory', {});
      if (values.json) console.log(JSON.stringify({ cleared }, null, 2));
      else console.log(say('datasets.cleared', { count: cleared }));
    } else {
      const info = await invoke(engine, 'project/current', {});
      const history = await invoke(engine, 'datasets/history', {});
      const list = listing(info?.datasets ?? [], history);
      if (values.json) console.log(JSON.stringify(list, null, 2));
      else printListing(list);
    }
    return 0;
  } finally {
    engine.close();
  }
}

interface Listing {
  datasets: Array<{
    id: number;
    kind: string;
    file: string;
    imported_at: string;
    rows_imported: number;
    rows_rejected: number;
  }>;
  history: Array<{ id: number; at: string; label: string; files: ImportHistoryEntry['files'] }>;
}

function listing(datasets: DatasetInfo[], history: ImportHistoryEntry[]): Listing {
  return {
    datasets: datasets.map((d) => ({
      id: d.id,
      kind: d.kind,
      file: d.fileName,
      imported_at: d.importedAt,
      rows_imported: d.rowsImported,
      rows_rejected: d.rowsRejected,
    })),
    history: history.map(entryJson),
  };
}

function entryJson(entry: ImportHistoryEntry): Listing['history'][number] {
  return { id: entry.id, at: entry.at, label: entry.label, files: entry.files };
}

function printListing(list: Listing): void {
  if (list.datasets.length === 0) console.log(say('datasets.none'));
  for (const d of list.datasets) {
    console.log(
      say('datasets.row', {
        kind: kindName(d.kind).padEnd(10),
        file: d.file,
        rows: d.rows_imported,
        rejected: d.rows_rejected,
        at: d.imported_at,
      }),
    );
  }
  console.log(
    list.history.length === 0
      ? say('datasets.nothingToUndo')
      : say('datasets.canUndo', { list: list.history.map((h) => h.label).join('; ') }),
  );
}
