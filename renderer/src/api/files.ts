/**
 * Files chosen or dropped by the user, turned into a path the engine can read:
 * Electron knows the real path; in a browser the bytes are uploaded to the local server first.
 */
import { API_UPLOAD, FILE_NAME_HEADER, TOKEN_HEADER } from '../../../shared/transport.js';
import { ApiError } from './apiError.js';
import { preloadBridge } from './bridge.js';
import { unwrapOutcome } from './client.js';
import { pageToken } from './token.js';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export function fileToEnginePath(file: File, onProgress?: (progress: UploadProgress) => void): Promise<string> {
  const bridge = preloadBridge();
  if (bridge) {
    const path = bridge.pathForFile(file);
    if (!path) {
      return Promise.reject(new ApiError({ code: 'FILE_NOT_FOUND', message: `${file.name} has no path on disk.` }));
    }
    return Promise.resolve(path);
  }
  return uploadFile(file, onProgress);
}

/** XMLHttpRequest rather than fetch: only it reports upload progress, which large exports need. */
function uploadFile(file: File, onProgress?: (progress: UploadProgress) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', API_UPLOAD);
    request.setRequestHeader(TOKEN_HEADER, pageToken() ?? '');
    request.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(file.name));
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    request.onerror = () => reject(new ApiError({ code: 'UNREACHABLE', message: 'The engine cannot be reached.' }));
    request.onload = () => {
      if (request.status === 401 || request.status === 403) {
        reject(new ApiError({ code: 'UNAUTHORISED', message: 'The access token is missing or wrong.' }));
        return;
      }
      try {
        const result = unwrapOutcome(JSON.parse(request.responseText)) as { path?: unknown };
        if (typeof result?.path !== 'string') throw new Error('no path');
        resolve(result.path);
      } catch (error) {
        reject(
          error instanceof ApiError
            ? error
            : new ApiError({ code: 'INTERNAL', message: `The upload of ${file.name} failed (${request.status}).` }),
        );
      }
    };
    request.send(file);
  });
}
