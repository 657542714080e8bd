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
    const { errorText } = await import('./cli/engineWords.js');
    const message = errorText(shape.message, shape.details);
    console.error(`segwb ${name}: ${message.replace(/\s*\n\s*/g, ' ')}${where}`);
    return 1;
  }
}
