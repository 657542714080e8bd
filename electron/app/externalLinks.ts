/**
 * Links that would leave the app: the user is asked first (a page could otherwise open any site,
 * or hand a crafted address to the system browser, without a click of theirs), and only http(s)
 * links are ever offered. Pure decisions here; window.ts shows the dialog and opens the link.
 */
import { isExternalLink } from './security.js';
import { ENGLISH, type ShellStrings } from './strings.js';

/** The index of "Open in Browser" among the buttons; Cancel is the other one and the default. */
export const OPEN_LINK_BUTTON = 0;

export interface OpenLinkPrompt {
  type: 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: boolean;
}

/** The question to ask about a link, or null when the link must not open at all. */
export function openLinkPrompt(url: string, strings: ShellStrings = ENGLISH): OpenLinkPrompt | null {
  if (!isExternalLink(url)) return null;
  const { dialogs } = strings;
  return {
    type: 'question',
    title: dialogs.openLinkTitle,
    message: dialogs.openLinkMessage,
    // The parsed address, percent-encoded: what the browser will open, bidi tricks made visible.
    detail: new URL(url).href,
    buttons: [dialogs.openLinkButton, dialogs.cancelButton],
    defaultId: 1 - OPEN_LINK_BUTTON,
    cancelId: 1 - OPEN_LINK_BUTTON,
    noLink: true,
  };
}

/** Opens only an http(s) link the user agreed to open. */
export function shouldOpenLink(url: string, response: number): boolean {
  return isExternalLink(url) && response === OPEN_LINK_BUTTON;
}
