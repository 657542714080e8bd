/** Handlers of the project/* methods: create, open, close, recent, demo. */
import path from 'node:path';
import { projectInfo } from '../project/info.js';
import { PROJECT_EXTENSION } from '../project/projectFile.js';
import type { Handler, HandlerContext } from './types.js';

export const appInfo: Handler<'app/info'> = (_params, { session }) => ({
  version: session.options.appVersion,
  mode: session.options.mode === 'electron' ? 'electron' : 'web',
  projectsDir: session.options.projectsDir,
});

export const createProject: Handler<'project/create'> = ({ path: file }, ctx) =>
  announce(ctx, projectInfo(ctx.session.create(withExtension(file, ctx))));

export const openProject: Handler<'project/open'> = ({ path: file }, ctx) =>
  announce(ctx, projectInfo(ctx.session.open(resolveIn(file, ctx))));

export const closeProject: Handler<'project/close'> = (_params, ctx) => {
  ctx.session.close();
  ctx.emit('project/changed', null);
  return null;
};

export const currentProject: Handler<'project/current'> = (_params, { session }) =>
  session.project ? projectInfo(session.project) : null;

export const recentProjects: Handler<'project/recent'> = (_params, { session }) => session.recent.list();

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
