import { session, type App, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { isBlockedRequest, type AppLocation } from './securityPolicy';

/**
 * The app opens documents from strangers, so every window is locked down the same way: no
 * navigation, no new windows, no <webview>, no permissions, no remote requests, a strict CSP.
 * Must run after `app` is ready (sessions exist) and before the first window is created.
 */
export function setupSecurity(app: App, location: AppLocation): void {
  hardenSession(session.defaultSession, location);

  app.on('web-contents-created', (_event, contents) => {
    // The renderer is a single page: hash routes do not fire `will-navigate`, so anything that
    // does (a link or form in imported content, a script setting `location`) is refused.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // <webview> is off in webPreferences too; this also stops one created by a later option change.
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

function hardenSession(target: Session, location: AppLocation): void {
  // Camera, microphone, notifications, geolocation, clipboard reads...: a course planner needs none.
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);

  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isBlockedRequest(details.url, location) });
  });

  // The header covers the dev server (http). A file:// page may get no response headers at all,
  // so renderer/index.html carries the same policy in a meta tag: that one always applies.
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
