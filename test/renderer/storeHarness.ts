/**
 * Slice tests drive the real store with a fake engine. Each test file mocks the api module itself
 * (vi.mock is hoisted per file):
 *   vi.mock('<relative>/renderer/src/api/index.js', () => ({ api: { call: vi.fn(), on: vi.fn() } }));
 */
import { vi } from 'vitest';
import { api } from '../../renderer/src/api/index.js';
import type { MethodName, Params, ProjectInfo, Result } from '../../shared/api.js';

export type Answer<M extends MethodName> = Result<M> | ((params: Params<M>) => Result<M> | Promise<Result<M>>);
export type Answers = { [M in MethodName]?: Answer<M> };

export interface Call {
  method: MethodName;
  params: unknown;
}

/** Answers api.call from a table; a method missing from it fails the way a broken engine would. */
export function answerCalls(answers: Answers): Call[] {
  const calls: Call[] = [];
  const call = async (method: MethodName, params: unknown): Promise<unknown> => {
    calls.push({ method, params });
    const answer = answers[method] as Answer<MethodName> | undefined;
    if (answer === undefined) throw new Error(`The fake engine has no answer for ${method}.`);
    return typeof answer === 'function' ? answer(params as never) : answer;
  };
  vi.mocked(api.call).mockImplementation(call as typeof api.call);
  return calls;
}

export function projectInfo(path: string, asOf: string | null = null): ProjectInfo {
  return {
    path,
    name: path,
    schemaVersion: 1,
    createdAt: '2024-01-01T00:00:00.000Z',
    customers: 0,
    orderLines: 0,
    orders: 0,
    revenue: 0,
    asOf,
    asOfIsSet: asOf !== null,
    datasets: [],
  };
}

/** Lets answers that are already resolved reach the store. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
