/**
 * segwb: the headless entry over the same engine as the app (import, metrics, pareto, demo).
 * Exit codes: 0 done, 1 the work failed (one-line message), 2 the command was mistyped.
 */
import { UsageError } from './cli/args.js';
import { withTerminalSafeConsole } from './cli/terminalText.js';
import { chooseLanguage } from './cli/words/language.js';
import { say, setCliLanguage } from './cli/words/say.js';
import { appVersion } from './core/version.js';

/**
 * Each command's module is loaded only when that command runs: loading them all (and zod, and
 * the engine's every handler with them) took most of a second before any command began.
 */
type Command = { run: (args: string[]) => Promise<number>; usage: string };
const COMMANDS: Record<string, () => Promise<Command>> = {
  import: async () => {
    const m = await import('./cli/importCommand.js');
    return { run: m.importCommand, usage: m.importUsage };
  },
  datasets: async () => {
    const m = await import('./cli/datasetsCommand.js');
    return { run: m.datasetsCommand, usage: m.datasetsUsage };
  },
  metrics: async () => {
    const m = await import('./cli/analysisCommands.js');
    return { run: m.metricsCommand, usage: m.metricsUsage };
  },
  pareto: async () => {
    const m = await import('./cli/analysisCommands.js');
    return { run: m.paretoCommand, usage: m.paretoUsage };
  },
  compare: async () => {
    const m = await import('./cli/compareCommand.js');
    return { run: m.compareCommand, usage: m.compareUsage };
  },
  demo: async () => {
    const m = await import('./cli/demoCommand.js');
    return { run: m.demoCommand, usage: m.demoUsage };
  },
  segment: async () => {
    const m = await import('./cli/segmentCommand.js');
    return { run: m.segmentCommand, usage: m.segmentUsage };
  },
  rfm: async () => {
    const m = await import('./cli/rfmCommand.js');
    return { run: m.rfmCommand, usage: m.rfmUsage };
  },
  cluster: async () => {
    const m = await import('./cli/clusterCommand.js');
    return { run: m.clusterCommand, usage: m.clusterUsage };
  },
  clv: async () => {
    const m = await import('./cli/clvCommand.js');
    return { run: m.clvCommand, usage: m.clvUsage };
  },
  migrate: async () => {
    const m = await import('./cli/migrateCommand.js');
    return { run: m.migrateCommand, usage: m.migrateUsage };
  },
  cohorts: async () => {
    const m = await import('./cli/cohortsCommand.js');
    return { run: m.cohortsCommand, usage: m.cohortsUsage };
  },
  report: async () => {
    const m = await import('./cli/reportCommand.js');
    return { run: m.reportCommand, usage: m.reportUsage };
  },
  warehouse: async () => {
    const m = await import('./cli/warehouseCommand.js');
    return { run: m.warehouseCommand, usage: m.warehouseUsage };
  },
};

const HELP = `Segment Workbench ${appVersion()} — customer segmentation on your own machine.

Usage: segwb <command> [options]

Commands:
  import FILE --project P.segwb   import a CSV/TSV of orders or customers
  datasets [undo|clear-history] --project P [--json]
                                  the datasets, and undo of the latest import
  metrics --project P --json      recency, frequency and monetary value per customer
  pareto --project P [--segment NAME] [--by FIELD] --json
                                  the 80/20 figures of customer revenue (within a segment,
                                  or per value of a field such as country or product)
  compare --project P --segments A,B,... --json
                                  size and value of segments side by side
  demo --project P                create the demo shop project (seeded, synthetic)
  rfm --project P [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of D] --json
                                  RFM scores and segments (default scheme rfm-classic)
  rfm --project P --sql --dialect postgres|duckdb|sqlite [--bins 5] [--scheme S] [--as-of D]
                                  the same scores as one SELECT over the warehouse tables
  cluster --project P --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] --json
                                  k-means clusters of the customers on number fields
  clv --project P [--calibration-end D] [--unit day|week] [--horizon N] [--margin M]
      [--discount-rate R] --json
                                  predicted purchases, spend and lifetime value per customer
  migrate --project P --from D1 --to D2 --by rfm [--scheme S] [--bins N] --json
  migrate --project P --from D1 --to D2 --by segments --segments A,B,... --json
                                  who moved from which segment to which between two dates
  cohorts --project P --period month|week|quarter --json
                                  acquisition cohorts: active customers and revenue per period
  report --project P --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
                                  the project as one report to hand over (HTML or PDF)
  segment count --project P --rule FILE.json --json
                                  customers and revenue of a rule, with their shares
  segment save --project P --name NAME --rule FILE.json
                                  save a segment (or update the one of that name)
  segment list --project P --json
                                  the saved segments with their current counts
  segment export --project P --name NAME --out F.csv [--layout mailchimp] [--bom]
                                  a segment's customers as CSV
  segment sql --project P (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite
      [--as-of D]                 the segment as one SELECT over the warehouse tables
  warehouse export --project P --out DIR [--dialect postgres|duckdb]
                                  the project as schema.sql and CSV files for a warehouse

Run "segwb <command> --help" for a command's options. Nothing leaves your machine.`;

export function main(argv: string[]): Promise<number> {
  // File contents and names reach the terminal escaped, in every command's output and error.
  return withTerminalSafeConsole(() => run(argv));
}

async function run(argv: string[]): Promise<number> {
  // segwb report reads --lang itself: the report's language, not the messages'.
  const choice = chooseLanguage(argv, process.env, argv[0] === 'report');
  if (typeof choice.lang !== 'string') {
    setCliLanguage('en');
    console.error(`segwb: ${say('common.badLanguage', { value: choice.lang.unknown })}`);
    return 2;
  }
  setCliLanguage(choice.lang);
  const [name, ...rest] = choice.args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(say('help', { version: appVersion() }));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(appVersion());
    return 0;
  }
  return runCommand(name, rest);
}

async function runCommand(name: string, rest: string[]): Promise<number> {
  const load = COMMANDS[name];
  if (!load) {
    console.error(say('common.unknownCommand', { name }));
    return 2;
  }
  const command = await load();
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      const { usageText } = await import('./cli/words/usageText.js');
      console.error(
        error.showUsage
          ? `segwb ${name}: ${error.message}\n\n${usageText(name, command.usage)}`
          : `segwb ${name}: ${error.message}`,
      );
      return 2;
    }
    const { toErrorShape } = await import('../shared/errors.js');
    const shape = toErrorShape(error);
    const { line, column } = shape.details ?? {};
    const where = line
      ? column
        ? say('common.atLineColumn', { line: String(line), column: String(column) })
        : say('common.atLine', { line: String(line) })
      : '';
    console.error(`segwb ${name}: ${shape.message.replace(/\s*\n\s*/g, ' ')}${where}`);
    return 1;
  }
}
