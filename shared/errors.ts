import { databaseErrorShape, type ErrorPlace } from './databaseErrors.js';

/**
 * The only error shape that crosses from the engine to a client (IPC, HTTP, CLI). No stack traces.
 * A plain list, not a zod enum: the import's threads load this file, and zod cost each of them
 * ~4.5 MB of heap and ~85 ms to start (nothing validates input against it).
 */
const ERROR_CODES = [
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
  /** An import kept by an earlier version of the app cannot be undone by this one. */
  'CANNOT_UNDO',
  /** The disk holding the project is full. */
  'DISK_FULL',
  /** Another program holds the project's write lock. */
  'PROJECT_BUSY',
  /** The project's file or folder cannot be written. */
  'READ_ONLY',
  /** The project file cannot be created or opened (path too long, folder missing, disk error). */
  'CANNOT_OPEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
const errorCodes: ReadonlySet<string> = new Set(ERROR_CODES);

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

/**
 * Coerces anything thrown into the shape a client may see: the one funnel of every transport.
 * Database errors get a message naming the place (project, imported file) and what to do;
 * other unknown errors keep only their message.
 */
export function toErrorShape(error: unknown, place: ErrorPlace = {}): WorkbenchErrorShape {
  if (error instanceof WorkbenchError) return error.toShape();
  if (isErrorShape(error)) return error;
  const database = databaseErrorShape(error, place);
  if (database) return database;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}

/** A database error as a WorkbenchError (to throw on), anything else unchanged. */
export function asWorkbenchError(error: unknown, place: ErrorPlace): unknown {
  if (error instanceof WorkbenchError) return error;
  const shape = databaseErrorShape(error, place);
  return shape ? new WorkbenchError(shape.code, shape.message, shape.details) : error;
}

export function isErrorShape(value: unknown): value is WorkbenchErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && typeof v.code === 'string' && errorCodes.has(v.code);
}
