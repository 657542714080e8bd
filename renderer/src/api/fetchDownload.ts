/**
 * Browser mode: fetches a download (a CSV the engine wrote) so that a refusal reaches the user as
 * an error with the server's message; a plain link would download it silently or not at all.
 */
import { ApiError } from './apiError.js';
import { readOutcome } from './http.js';

export async function fetchDownload(url: string, init: RequestInit, fetchFn: typeof fetch = fetch): Promise<Blob> {
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch {
    throw new ApiError({ code: 'UNREACHABLE', message: 'The engine cannot be reached.' });
  }
  if (response.ok) return response.blob();
  const outcome = await readOutcome(response);
  throw new ApiError(
    outcome.ok ? { code: 'INTERNAL', message: `The server answered ${response.status}.` } : outcome.error,
  );
}
