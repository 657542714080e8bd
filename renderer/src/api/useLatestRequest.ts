/** A component's own "latest request wins" guard (see latestRequest.ts); an unmounted component gets no answers. */
import { useEffect, useState } from 'react';
import { type LatestRequest, latestRequest } from './latestRequest.js';

export function useLatestRequest(): LatestRequest {
  const [latest] = useState(latestRequest);
  useEffect(() => () => latest.drop(), [latest]);
  return latest;
}
