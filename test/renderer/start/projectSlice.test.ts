import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/src/api/apiError.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import type { AppInfo, RecentProject } from '../../../shared/api.js';
import { answerCalls, projectInfo, settle } from '../storeHarness.js';

vi.mock('../../../renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));

const appInfo: AppInfo = { version: '0.1.0', mode: 'web', projectsDir: '/home/ana/Documents/Segment Workbench' };
const recent: RecentProject[] = [{ path: '/p/a.segwb', name: 'a', openedAt: '2024-05-01T10:00:00.000Z', exists: true }];

const projectState = () => {
  const { appInfo, project, recent, starting, projectBusy } = useStore.getState();
  return { appInfo, project, recent, starting, projectBusy };
};

describe('the project slice', () => {
  beforeEach(() => resetStore());

  it('asks the engine at startup what is open and what was opened before', async () => {
    answerCalls({ 'app/info': appInfo, 'project/current': projectInfo('/p/a.segwb'), 'project/recent': recent });
    expect(useStore.getState().starting).toBe(true);
    await useStore.getState().loadApp();
    expect(projectState()).toEqual({
      appInfo,
      project: projectInfo('/p/a.segwb'),
      recent,
      starting: false,
      projectBusy: null,
    });
  });

  it('opens a project, marks itself busy meanwhile and refreshes the recent list', async () => {
    const calls = answerCalls({ 'project/open': projectInfo('/p/b.segwb'), 'project/recent': recent });
    const opened = useStore.getState().openProject('/p/b.segwb');
    expect(useStore.getState().projectBusy).toBe('opening');
    expect(await opened).toBe(true);
    await settle();
    expect(projectState()).toEqual({
      appInfo: null,
      project: projectInfo('/p/b.segwb'),
      recent,
      starting: true,
      projectBusy: null,
    });
    expect(calls.map((c) => c.method)).toEqual(['project/open', 'project/recent']);
  });

  it('shows a failed open in the banner and reports false', async () => {
    answerCalls({ 'project/recent': [] });
    expect(await useStore.getState().openProject('/p/missing.segwb')).toBe(false);
    expect(useStore.getState().errors.map((e) => e.message)).toEqual([
      'The fake engine has no answer for project/open.',
    ]);
    expect(useStore.getState().project).toBeNull();
  });

  it('tries "name (2)", "name (3)" while a project name is taken', async () => {
    const calls = answerCalls({
      'project/create': ({ path }) => {
        if (path !== 'orders (3)') throw new ApiError({ code: 'FILE_EXISTS', message: `${path} exists.` });
        return projectInfo('/p/orders (3).segwb');
      },
      'project/recent': [],
    });
    expect(await useStore.getState().createProjectNamed('orders')).toEqual(projectInfo('/p/orders (3).segwb'));
    expect(calls.filter((c) => c.method === 'project/create').map((c) => c.params)).toEqual([
      { path: 'orders' },
      { path: 'orders (2)' },
      { path: 'orders (3)' },
    ]);
    expect(useStore.getState().project).toEqual(projectInfo('/p/orders (3).segwb'));
  });

  it('clears the errors of the project before when another one opens, not when the same one changes', () => {
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().reportError(new Error('about a'));
    useStore.getState().projectChanged(projectInfo('/p/a.segwb', '2024-05-01'));
    expect(useStore.getState().errors.map((e) => e.message)).toEqual(['about a']);
    useStore.getState().projectChanged(projectInfo('/p/b.segwb'));
    expect(useStore.getState().errors).toEqual([]);
  });

  it('goes back to the Data view when the project closes', async () => {
    answerCalls({ 'project/close': null, 'project/recent': [] });
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().setView('pareto');
    await useStore.getState().closeProject();
    expect(useStore.getState().project).toBeNull();
    expect(useStore.getState().view).toBe('data');
  });

  it('clears the error banner when the project closes (Close project, or the engine says it closed)', async () => {
    answerCalls({ 'project/close': null, 'project/recent': [] });
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().reportError(new Error('Could not count: the rule is incomplete.'));
    await useStore.getState().closeProject();
    expect(useStore.getState().errors).toEqual([]);

    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    useStore.getState().reportError(new Error('about a'));
    useStore.getState().projectChanged(null);
    expect(useStore.getState().errors).toEqual([]);
  });

  it('keeps an error shown while no project is open (a failed open)', () => {
    useStore.getState().reportError(new Error('a.segwb is not a Segment Workbench project.'));
    useStore.getState().projectChanged(null);
    expect(useStore.getState().errors.map((e) => e.message)).toEqual(['a.segwb is not a Segment Workbench project.']);
  });

  it('applies the project the engine answers for a new as-of date', async () => {
    const calls = answerCalls({ 'metrics/setAsOf': projectInfo('/p/a.segwb', '2024-03-01') });
    useStore.getState().projectChanged(projectInfo('/p/a.segwb'));
    await useStore.getState().setAsOf('2024-03-01');
    expect(calls).toEqual([{ method: 'metrics/setAsOf', params: { asOf: '2024-03-01' } }]);
    expect(useStore.getState().project).toEqual(projectInfo('/p/a.segwb', '2024-03-01'));
  });
});
