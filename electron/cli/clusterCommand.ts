/**
 * segwb cluster: k-means on numeric customer fields (exact JSON interface, issue 9 §1):
 * {k, inertia, excluded, silhouette: [{k, score}], silhouette_sample, clusters: [{cluster,
 *  customers, share, revenue, centroid: {field: value}}]}; inertia in standardised units.
 */
import { ClusterParams, MAX_CLUSTER_K } from '../../shared/contract/cluster.js';
import { optionalInt, parse, requireString, UsageError } from './args.js';
import { cliEngine, invoke, openProject } from './session.js';
import { columns, num, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const clusterUsage = `Usage: segwb cluster --project P.segwb --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] [--save-as NAME] --json
  k-means on number fields of the customers, each standardised to z-scores (population standard
  deviation); customers with an empty value in a chosen field are left out and counted.
  --fields F,...  field keys or column headers as written in the file (metrics: recency_days,
                  frequency, monetary, aov, tenure_days)
  --k N           exactly N clusters (2..${MAX_CLUSTER_K})
  --k-range A-B   try A..B clusters and keep the best mean silhouette (default 2-8)
  --seed S        seed of the k-means++ starts and of the silhouette sample (default 42)
  --log           log(1 + x) of every field before standardising
  --save-as NAME  keep the clustering in the project under NAME (replacing one of that name);
                  rules then name its clusters with the field "cluster": "NAME · 1", "NAME · 2", ...
  The silhouette is exact up to 10,000 customers, on a seeded sample of 10,000 beyond that.`;

export async function clusterCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    fields: { type: 'string' },
    k: { type: 'string' },
    'k-range': { type: 'string' },
    seed: { type: 'string' },
    log: { type: 'boolean' },
    'save-as': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(usageText('cluster', clusterUsage));
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(say('common.unexpected', { value: String(positionals[0]) }));
  const project = requireString(values, 'project');
  const fields = requireString(values, 'fields')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (fields.length === 0) throw new UsageError(say('usage.fieldsNeeded'));
  const k = optionalInt(values, 'k');
  const kRange = parseRange(values['k-range']);
  const parsed = ClusterParams.safeParse({
    fields,
    k,
    kRange,
    seed: optionalInt(values, 'seed'),
    log: values.log === true,
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const saveAs = values['save-as'];
    if (saveAs !== undefined && (typeof saveAs !== 'string' || saveAs.trim() === '')) {
      throw new UsageError(say('usage.saveAsName'));
    }
    const saved = saveAs === undefined ? null : await invoke(engine, 'cluster/save', { ...parsed.data, name: saveAs });
    const r = saved ? saved.result : await invoke(engine, 'cluster/run', parsed.data);
    if (saved) {
      const { name, replaced, clusters } = saved.saved;
      console.error(
        say(replaced ? 'more.clusterReplaced' : 'more.clusterSaved', { name, value: clusters[0]?.value ?? name }),
      );
    }
    if (values.json) {
      console.log(
        JSON.stringify({
          k: r.k,
          inertia: r.inertia,
          excluded: r.excluded,
          silhouette: r.silhouette.map(({ k, score }) => ({ k, score })),
          silhouette_sample: r.silhouette_sample,
          clusters: r.clusters.map(({ cluster, customers, share, revenue, centroid }) => ({
            cluster,
            customers,
            share,
            revenue,
            centroid,
          })),
        }),
      );
    } else {
      const sample = r.silhouette_sample
        ? say('more.clusterSample', { size: r.silhouette_sample.size, of: r.silhouette_sample.of })
        : '';
      console.log(
        say('more.clusterSummary', {
          k: r.k,
          inertia: r.inertia,
          customers: r.customers,
          excluded: r.excluded,
          sample,
        }),
      );
      console.log(columns('cluster', 'name', 'customers', 'share', 'revenue'));
      for (const c of r.clusters)
        console.log([num(c.cluster), c.name, num(c.customers), num(c.share), num(c.revenue)].join('\t'));
    }
    return 0;
  } finally {
    engine.close();
  }
}

function parseRange(value: string | boolean | string[] | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(\d+)-(\d+)$/.exec(value.trim()) : null;
  if (!match) throw new UsageError(say('usage.kRange', { value: String(value) }));
  return [Number(match[1]), Number(match[2])];
}
