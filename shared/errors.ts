import { z } from 'zod';

/** The only error shape that crosses from the engine to a client (IPC, HTTP, CLI). No stack traces. */
export const ErrorCode = z.enum([
  'INVALID_PARAMS',
  /** Browser mode: the per-run token is missing or wrong. */
  'UNAUTHORIZED',
  /** The request came from somewhere it may not (foreign origin or host, another frame). */
  'FORBIDDEN',
  'UNKNOWN_METHOD',
  'NO_PROJECT',
  'NOT_A_PROJECT',
  'NEWER_SCHEMA',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'IMPORT_FAILED',
  'NEEDS_CONFIRMATION',
  'CANCELLED',
  'NOT_FOUND',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export interface ErrorDetails {
  file?: string;
  line?: number;
  column?: string;
  value?: string;
  [key: string]: unknown;
}

export interface WorkbenchErrorShape {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

/** Thrown by the engine; serialised with toShape() before it crosses a boundary. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;
  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
    this.details = details;
  }
  toShape(): WorkbenchErrorShape {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

/** Coerces anything thrown into the shape a client may see; unknown errors keep only their message. */
export function toErrorShape(error: unknown): WorkbenchErrorShape {
  if (error instanceof WorkbenchError) return error.toShape();
  if (isErrorShape(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}

export function isErrorShape(value: unknown): value is WorkbenchErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && ErrorCode.safeParse(v.code).success;
}
