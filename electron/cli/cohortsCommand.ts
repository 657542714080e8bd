/**
 * segwb cohorts: acquisition cohorts (issue 10 §2), exact JSON:
 * {period, cohorts: [{cohort, customers, periods: [{offset, active, revenue}]}]}.
 */
import { CohortPeriod } from '../../shared/contract/changes.js';
import { parse, requireString, UsageError } from './args.js';
import { cliEngine, invoke, openProject } from './session.js';
import { columns, num, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const cohortsUsage = `Usage: segwb cohorts --project P.segwb --period month|week|quarter [--json]
  Customers grouped by the period of their first order with a positive amount ("YYYY-MM", ISO
  week "YYYY-Www", "YYYY-Qn"); per offset k (k periods later, every one up to the project's as-of
  date): the customers active (a positive order in that period) and the net revenue of their
  orders in it, returns included. Orders dated before a customer's first positive order are
  ignored, as are the orders dated on or after the project's as-of date.`;

export async function cohortsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    period: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(usageText('cohorts', cohortsUsage));
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(say('common.unexpected', { value: String(positionals[0]) }));
  const project = requireString(values, 'project');
  const period = CohortPeriod.safeParse(requireString(values, 'period'));
  if (!period.success) throw new UsageError(say('usage.period', { value: String(values.period) }));
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const result = await invoke(engine, 'changes/cohorts', { period: period.data });
    if (values.json) console.log(JSON.stringify({ period: result.period, cohorts: result.cohorts }));
    else {
      console.log(columns('cohort', 'customers', 'offset', 'active', 'revenue'));
      for (const c of result.cohorts) {
        for (const p of c.periods)
          console.log([c.cohort, num(c.customers), num(p.offset), num(p.active), num(p.revenue)].join('\t'));
      }
    }
    return 0;
  } finally {
    engine.close();
  }
}
