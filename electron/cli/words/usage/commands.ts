/** The commands whose usage text is translated: every segwb command. */
export const USAGE_COMMANDS = [
  'import',
  'datasets',
  'metrics',
  'pareto',
  'compare',
  'demo',
  'segment',
  'rfm',
  'cluster',
  'clv',
  'migrate',
  'cohorts',
  'report',
  'warehouse',
] as const;
export type UsageCommand = (typeof USAGE_COMMANDS)[number];
export type CommandUsages = Record<UsageCommand, string>;
