/**
 * A command's usage text in the run's language: the English one lives with its command (and is what
 * English prints, unchanged); the translations are in words/usage/<lang>.ts.
 */
import { MAX_CLUSTER_K } from '../../../shared/contract/cluster.js';
import { cliLanguage } from './say.js';
import { ar } from './usage/ar.js';
import { USAGE_COMMANDS, type UsageCommand } from './usage/commands.js';
import { cy } from './usage/cy.js';
import { fa } from './usage/fa.js';

const TRANSLATED = { fa, ar, cy } as const;

export function usageText(command: string, english: string): string {
  const lang = cliLanguage();
  if (lang === 'en' || !isUsageCommand(command)) return english;
  return TRANSLATED[lang][command].replace('{{maxK}}', String(MAX_CLUSTER_K));
}

function isUsageCommand(name: string): name is UsageCommand {
  return (USAGE_COMMANDS as readonly string[]).includes(name);
}
