/** Electron: the preload exposes window.segwb; its absence means the page runs in a browser. */
import type { PreloadBridge } from '../../../shared/transport.js';
import type { Transport } from './transport.js';

declare global {
  interface Window {
    segwb?: PreloadBridge;
  }
}

export function preloadBridge(): PreloadBridge | null {
  return typeof window !== 'undefined' && window.segwb ? window.segwb : null;
}

export function bridgeTransport(bridge: PreloadBridge): Transport {
  return {
    mode: 'electron',
    call: (method, params) => bridge.call(method, params),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
