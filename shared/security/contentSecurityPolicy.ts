/**
 * The one Content-Security-Policy of the renderer: only the app's own scripts, no remote anything,
 * no plugins, frames, <base> rewriting or form posts. Inline styles are allowed because React's
 * `style` props and Vite's dev CSS injection need them; inline scripts are not.
 * Electron's session and the browser-mode server both send it; renderer/index.html carries the same policy in a meta tag (a test keeps the two equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "connect-src 'self'",
  "form-action 'none'",
].join('; ');
