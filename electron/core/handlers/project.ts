/** Handlers of app/info and project/*: create, open, close, the current and recent projects, the demo shop. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_EXTENSION } from '../db/projectFile.js';
import { createDemoProject, DEMO_FILE_NAME } from '../demo/demoProject.js';
import { projectInfo } from '../project/info.js';
import type { DomainHandlers, HandlerContext } from './types.js';

type ProjectMethod =
  | 'app/info'
  | 'project/create'
  | 'project/open'
  | 'project/close'
  | 'project/current'
  | 'project/recent'
  | 'project/demo';

export const projectHandlers: DomainHandlers<ProjectMethod> = {
  'app/info': (_params, { session }) => ({
    version: session.options.appVersion,
    mode: session.options.mode === 'electron' ? 'electron' : 'web',
    projectsDir: session.options.projectsDir,
  }),
  'project/create': ({ path: file, forImport }, ctx) =>
    announce(ctx, projectInfo(ctx.session.create(withExtension(file, ctx), { forImport: forImport === true }))),
  'project/open': ({ path: file }, ctx) => announce(ctx, projectInfo(ctx.session.open(resolveIn(file, ctx)))),
  'project/close': (_params, ctx) => {
    ctx.session.close();
    ctx.emit('project/changed', null);
    return null;
  },
  'project/current': (_params, { session }) => (session.project ? projectInfo(session.project) : null),
  'project/recent': (_params, { session }) => session.recent.list(),
  /** Opens the demo shop, creating it first when it does not exist. */
  'project/demo': async ({ path: file, customers, seed }, ctx) => {
    const target = path.resolve(ctx.session.options.projectsDir, file ?? DEMO_FILE_NAME);
    if (!file && fs.existsSync(target) && customers === undefined && seed === undefined) {
      return announce(ctx, projectInfo(ctx.session.open(target)));
    }
    const { project } = await createDemoProject(ctx.session, {
      path: target,
      customers,
      seed,
      onProgress: (progress) => ctx.emit('import/progress', progress),
    });
    // Both imports' snapshots are written before anyone edits the demo: every participant of a
    // workshop finds the same history.
    await ctx.session.imports.settled();
    return announce(ctx, projectInfo(project));
  },
};

function announce<T extends ReturnType<typeof projectInfo>>(ctx: HandlerContext, info: T): T {
  ctx.emit('project/changed', info);
  return info;
}

/** A bare name ("acme") becomes <projectsDir>/acme.segwb; a path keeps its folder. */
function withExtension(file: string, ctx: HandlerContext): string {
  const resolved = resolveIn(file, ctx);
  return resolved.toLowerCase().endsWith(PROJECT_EXTENSION) ? resolved : resolved + PROJECT_EXTENSION;
}

function resolveIn(file: string, ctx: HandlerContext): string {
  return path.isAbsolute(file) ? file : path.join(ctx.session.options.projectsDir, file);
}
