/** A link leaves the app only after the user agrees, and only when it is http or https. */
import { describe, expect, it } from 'vitest';
import { OPEN_LINK_BUTTON, openLinkPrompt, shouldOpenLink } from '../../electron/app/externalLinks.js';

describe('openLinkPrompt', () => {
  it('asks about an https link, showing the whole address, Cancel by default', () => {
    expect(openLinkPrompt('https://example.com/help?x=1#top')).toEqual({
      type: 'question',
      title: 'Open link',
      message: 'Open this link in your web browser?',
      detail: 'https://example.com/help?x=1#top',
      buttons: ['Open in Browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
  });

  it('shows a spoofing character of the address percent-encoded, as the browser will see it', () => {
    expect(openLinkPrompt('https://example.com/\u202Efdp.exe')?.detail).toBe('https://example.com/%E2%80%AEfdp.exe');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:a@example.com',
    'smb://server/share',
    'ms-settings:privacy',
    'not a url',
    '',
  ])('does not ask about %j (never opened)', (url) => {
    expect(openLinkPrompt(url)).toBeNull();
  });
});

describe('shouldOpenLink', () => {
  it('opens an http(s) link only when the user pressed Open', () => {
    expect(OPEN_LINK_BUTTON).toBe(0);
    expect(shouldOpenLink('https://example.com/', 0)).toBe(true);
    expect(shouldOpenLink('http://example.com/', 0)).toBe(true);
    expect(shouldOpenLink('https://example.com/', 1)).toBe(false);
    expect(shouldOpenLink('file:///etc/passwd', 0)).toBe(false);
    expect(shouldOpenLink('javascript:alert(1)', 0)).toBe(false);
  });
});
