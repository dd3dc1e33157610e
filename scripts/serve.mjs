// `npm run serve -- [--data-dir <folder>] [--port N]`: the app in a browser, served on 127.0.0.1 with a
// random token; prints the URL to open.
import { startBrowserMode } from './browserMode.mjs';

await startBrowserMode(process.argv.slice(2));
