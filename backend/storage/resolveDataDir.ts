import { isAbsolute, parse, resolve } from 'node:path';

export const DATA_DIR_ARGUMENT = '--data-dir';
export const DATA_DIR_ENVIRONMENT = 'COURSE_PLANNER_DATA_DIR';
/** The data folder inside Electron's userData, which also holds Chromium's caches and storage. */
export const USER_DATA_SUBFOLDER = 'data';

export interface DataDirSources {
  /** The process arguments (`process.argv`); only `--data-dir <path>` / `--data-dir=<path>` is read. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's `app.getPath('userData')`. */
  userDataPath: string;
  /** Where a relative path is taken from. */
  cwd: string;
}

export type DataDirChoice =
  | { ok: true; dir: string; source: 'argument' | 'environment' | 'user-data' }
  | { ok: false; message: string; messageEn: string };

function refuse(message: string, messageEn: string): DataDirChoice {
  return { ok: false, message, messageEn };
}

/**
 * Which folder holds the plans: `--data-dir <path>` if given, else `COURSE_PLANNER_DATA_DIR` if set
 * (and not empty), else `<userData>/data`. Pure: it only checks that the path is usable as a path
 * (given, no control characters, not a drive's root); whether the folder can be written is found out
 * when the store opens it.
 */
export function resolveDataDir({ argv, env, userDataPath, cwd }: DataDirSources): DataDirChoice {
  let fromArgument: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg === DATA_DIR_ARGUMENT) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        return refuse(`${DATA_DIR_ARGUMENT} 後面需要一個資料夾路徑`, `${DATA_DIR_ARGUMENT} needs a folder path after it`);
      }
      i++;
    } else if (arg.startsWith(`${DATA_DIR_ARGUMENT}=`)) {
      value = arg.slice(DATA_DIR_ARGUMENT.length + 1);
    } else {
      continue;
    }
    if (fromArgument !== undefined) {
      return refuse(`${DATA_DIR_ARGUMENT} 只能指定一次`, `${DATA_DIR_ARGUMENT} may be given only once`);
    }
    fromArgument = value;
  }
  if (fromArgument !== undefined) return checked(fromArgument, `${DATA_DIR_ARGUMENT}`, 'argument', cwd);
  const fromEnvironment = env[DATA_DIR_ENVIRONMENT];
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return checked(fromEnvironment, DATA_DIR_ENVIRONMENT, 'environment', cwd);
  }
  if (!isAbsolute(userDataPath)) {
    return refuse(`應用程式資料夾不是絕對路徑：${userDataPath}`, `The app's user-data path is not absolute: ${userDataPath}`);
  }
  return { ok: true, dir: resolve(userDataPath, USER_DATA_SUBFOLDER), source: 'user-data' };
}

function checked(path: string, from: string, source: 'argument' | 'environment', cwd: string): DataDirChoice {
  if (path.trim() === '') return refuse(`${from} 的資料夾路徑是空的`, `The folder path given by ${from} is empty`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) {
    return refuse(`${from} 的資料夾路徑含有控制字元`, `The folder path given by ${from} contains control characters`);
  }
  const dir = resolve(cwd, path);
  if (parse(dir).root === dir) {
    return refuse(`${from} 指向磁碟的根目錄（${dir}）；請指定其中的一個資料夾`, `${from} points at the root of a drive (${dir}); choose a folder inside it`);
  }
  return { ok: true, dir, source };
}
