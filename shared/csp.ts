/**
 * The one Content-Security-Policy of the app, for the Electron window and browser mode alike:
 * no remote origins; inline styles only because React and echarts set them.
 * renderer/index.html repeats it in a meta tag (test/app/security.test.ts keeps the two equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
