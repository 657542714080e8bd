import type { CallOutcome, EventEnvelope } from '../../../shared/transport.js';

/** The wire a client talks over: Electron's preload bridge or browser-mode HTTP. */
export interface Transport {
  readonly mode: 'electron' | 'web';
  call(method: string, params: unknown): Promise<CallOutcome>;
  onEvent(listener: (envelope: EventEnvelope) => void): () => void;
}
