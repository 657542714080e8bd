import type { ErrorCode, ErrorDetails, WorkbenchErrorShape } from '../../../shared/errors.js';

/** Codes the client adds to the engine's: the engine could not be reached, or refused the access token. */
export type ClientErrorCode = 'UNREACHABLE' | 'UNAUTHORISED';

/** An error answered by the engine (or by the way to it), thrown by the client so callers can catch it. */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(shape: { code: ErrorCode | ClientErrorCode; message: string; details?: ErrorDetails }) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }

  /** The plain shape, for storing in state (an Error instance is not serialisable). */
  toShape(): ApiErrorShape {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export interface ApiErrorShape {
  code: ErrorCode | ClientErrorCode;
  message: string;
  details?: ErrorDetails;
}

export function fromEngineShape(shape: WorkbenchErrorShape): ApiError {
  return new ApiError(shape);
}

/** Anything caught in the renderer, as a shape the error banner can show. */
export function toApiErrorShape(error: unknown): ApiErrorShape {
  if (error instanceof ApiError) return error.toShape();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
