/** project/demo: open the demo shop, creating it first when it does not exist. */
import fs from 'node:fs';
import path from 'node:path';
import { createDemoProject, DEMO_FILE_NAME } from '../project/demoProject.js';
import { projectInfo } from '../project/info.js';
import type { Handler } from './types.js';

export const openDemo: Handler<'project/demo'> = async ({ path: file, customers, seed }, ctx) => {
  const target = path.resolve(ctx.session.options.projectsDir, file ?? DEMO_FILE_NAME);
  if (!file && fs.existsSync(target) && customers === undefined && seed === undefined) {
    const info = projectInfo(ctx.session.open(target));
    ctx.emit('project/changed', info);
    return info;
  }
  const { project } = await createDemoProject(ctx.session, {
    path: target,
    customers,
    seed,
    onProgress: (progress) => ctx.emit('import/progress', progress),
  });
  const info = projectInfo(project);
  ctx.emit('project/changed', info);
  return info;
};
