/// <reference types="vite/client" />

/**
 * @vitejs/plugin-react's Fast Refresh preamble as a module: in development it replaces the inline
 * script the plugin would add to index.html (which the CSP forbids); in a build it is empty.
 */
declare module '@vitejs/plugin-react/preamble';
