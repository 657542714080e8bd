/**
 * segwb: the headless entry over the same engine as the app (import, metrics, pareto, demo).
 * Exit codes: 0 done, 1 the work failed (one-line message), 2 the command was mistyped.
 */
import { toErrorShape } from '../shared/errors.js';
import { metricsCommand, metricsUsage, paretoCommand, paretoUsage } from './cli/analysisCommands.js';
import { UsageError } from './cli/args.js';
import { clusterCommand, clusterUsage } from './cli/clusterCommand.js';
import { clvCommand, clvUsage } from './cli/clvCommand.js';
import { cohortsCommand, cohortsUsage } from './cli/cohortsCommand.js';
import { compareCommand, compareUsage } from './cli/compareCommand.js';
import { datasetsCommand, datasetsUsage } from './cli/datasetsCommand.js';
import { demoCommand, demoUsage } from './cli/demoCommand.js';
import { importCommand, importUsage } from './cli/importCommand.js';
import { migrateCommand, migrateUsage } from './cli/migrateCommand.js';
import { reportCommand, reportUsage } from './cli/reportCommand.js';
import { rfmCommand, rfmUsage } from './cli/rfmCommand.js';
import { segmentCommand, segmentUsage } from './cli/segmentCommand.js';
import { withTerminalSafeConsole } from './cli/terminalText.js';
import { warehouseCommand, warehouseUsage } from './cli/warehouseCommand.js';
import { chooseLanguage } from './cli/words/language.js';
import { say, setCliLanguage } from './cli/words/say.js';
import { usageText } from './cli/words/usageText.js';
import { appVersion } from './core/version.js';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; usage: string }> = {
  import: { run: importCommand, usage: importUsage },
  datasets: { run: datasetsCommand, usage: datasetsUsage },
  metrics: { run: metricsCommand, usage: metricsUsage },
  pareto: { run: paretoCommand, usage: paretoUsage },
  compare: { run: compareCommand, usage: compareUsage },
  demo: { run: demoCommand, usage: demoUsage },
  segment: { run: segmentCommand, usage: segmentUsage },
  rfm: { run: rfmCommand, usage: rfmUsage },
  cluster: { run: clusterCommand, usage: clusterUsage },
  clv: { run: clvCommand, usage: clvUsage },
  migrate: { run: migrateCommand, usage: migrateUsage },
  cohorts: { run: cohortsCommand, usage: cohortsUsage },
  report: { run: reportCommand, usage: reportUsage },
  warehouse: { run: warehouseCommand, usage: warehouseUsage },
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
  const command = COMMANDS[name];
  if (!command) {
    console.error(say('common.unknownCommand', { name }));
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(
        error.showUsage
          ? `segwb ${name}: ${error.message}\n\n${usageText(name, command.usage)}`
          : `segwb ${name}: ${error.message}`,
      );
      return 2;
    }
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
