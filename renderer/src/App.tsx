import { useCallback, useEffect, useRef, useState } from 'react';
import { api, currentRuntime, onMenuCommand, type AppInfo, type Language } from './api';
import { Dialog } from './components/Dialog';
import { Kbd, MOD } from './components/Kbd';
import { Loading, Notice } from './components/Notice';
import { errorText } from './data/errors';
import { I18nProvider, useI18n } from './i18n';
import { menuCommandAction } from './navigation/menuCommand';
import type { Route } from './navigation/route';
import { useRoute } from './navigation/useRoute';
import { PlanScreen } from './screens/plan/PlanScreen';
import { PlansScreen } from './screens/PlansScreen';
import { StandardImportScreen } from './screens/StandardImportScreen';
import { StandardsScreen } from './screens/StandardsScreen';
import { TrashScreen } from './screens/TrashScreen';

const LANGUAGE_KEY = 'course-planner.language';

/** The language to paint the first frame in, before the settings arrive. */
function rememberedLanguage(): Language {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function App() {
  const [language, setLanguageState] = useState<Language>(rememberedLanguage);
  // A language that could not be read or kept is said once, not swallowed: the next start would
  // otherwise open in the other language with no word of why.
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // Only the first frame of the next start depends on it.
    }
    setSettingsError(null);
    api.setSettings({ language: next }).catch(setSettingsError);
  }, []);

  useEffect(() => {
    api.getSettings().then((settings) => setLanguageState(settings.language), setSettingsError);
  }, []);

  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      <Frame settingsError={settingsError} onDismissSettingsError={() => setSettingsError(null)} />
    </I18nProvider>
  );
}

function Frame({ settingsError, onDismissSettingsError }: { settingsError: unknown; onDismissSettingsError(): void }) {
  const { t, language, setLanguage } = useI18n();
  const [route, navigate] = useRoute();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<unknown>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [showShortcuts, setShowShortcuts] = useState(false);

  const loadInfo = useCallback(() => {
    setInfoError(null);
    api.getAppInfo().then((answer) => {
      setInfo(answer);
      if (answer.startupProblems.length > 0) setShowProblems(true);
    }, setInfoError);
  }, []);
  useEffect(loadInfo, [loadInfo]);

  const runtime = currentRuntime();
  const problems = info?.startupProblems ?? [];
  const section = route.name === 'plan' || route.name === 'plans' || route.name === 'trash' ? 'plans' : 'standards';

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('app.skipToContent')}</a>
      <header className="topbar">
        <span className="topbar__title">{t('app.title')}</span>
        <nav className="topbar__nav" aria-label={t('app.nav.label')}>
          <a href="#/plans" className="topbar__link" aria-current={section === 'plans' ? 'page' : undefined}>{t('app.nav.plans')}</a>
          <a href="#/standards" className="topbar__link" aria-current={section === 'standards' ? 'page' : undefined}>{t('app.nav.standards')}</a>
        </nav>
        <div className="topbar__tools">
          {problems.length > 0 && (
            <button type="button" className="btn btn--small btn--warning" onClick={() => setShowProblems(true)}>
              ⚠ {t('startup.banner', { count: problems.length })}
            </button>
          )}
          <button type="button" className="btn btn--small btn--quiet" onClick={() => setShowShortcuts(true)}>
            {t('app.shortcuts')} <Kbd keys="?" />
          </button>
          <button
            type="button"
            className="btn btn--small btn--quiet"
            lang={language === 'zh' ? 'en' : 'zh-Hant-TW'}
            title={t('app.language.switchLabel')}
            onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
          >
            {t('app.language.switch')}
          </button>
        </div>
      </header>

      <main id="main" className="app__main" tabIndex={-1}>
        {infoError !== null && (
          <Notice tone="error" actions={<button type="button" className="btn" onClick={loadInfo}>{t('app.retry')}</button>}>
            {t('app.loadFailed', { reason: errorText(infoError, language) })}
          </Notice>
        )}
        {settingsError !== null && (
          <Notice tone="warning" actions={<button type="button" className="btn" onClick={onDismissSettingsError}>{t('app.dismiss')}</button>}>
            {t('app.settingsFailed', { reason: errorText(settingsError, language) })}
          </Notice>
        )}
        {route.name === 'plans' && <PlansScreen navigate={navigate} create={route.create === true} />}
        {route.name === 'trash' && <TrashScreen navigate={navigate} />}
        {route.name === 'standards' && <StandardsScreen code={route.code} navigate={navigate} />}
        {route.name === 'standardImport' && <StandardImportScreen navigate={navigate} />}
        {route.name === 'plan' && <PlanScreen key={route.planId} route={route} navigate={navigate} />}
      </main>

      <footer className="statusbar">
        <span>{runtime.kind === 'electron' ? t('app.runtime.electron', { version: info?.version ?? '' }) : t('app.runtime.browser')}</span>
        {info && <span className="statusbar__dir" title={info.dataDir}>{t('app.dataDir', { dir: info.dataDir })}</span>}
        {info === null && infoError === null && <Loading label={t('app.loading')} />}
      </footer>

      {showProblems && problems.length > 0 && (
        <Dialog
          title={t('startup.title')}
          role="alertdialog"
          onClose={() => setShowProblems(false)}
          actions={<button type="button" className="btn btn--primary" onClick={() => setShowProblems(false)}>{t('startup.ok')}</button>}
        >
          <p>{t('startup.intro')}</p>
          <ul className="problem-list">
            {problems.map((problem, i) => (
              <li key={i} className="problem-list__item">
                <strong>{language === 'zh' ? problem.message : problem.messageEn}</strong>
                <div className="muted">{t('startup.file', { file: problem.file })}</div>
                {problem.movedTo && <div className="muted">{t('startup.movedTo', { path: problem.movedTo })}</div>}
                {problem.details.length > 0 && (
                  <details>
                    <summary>{t('startup.details')}</summary>
                    <ul>
                      {problem.details.map((d, j) => <li key={j}><code>{d.path}</code> {language === 'zh' ? d.message : d.messageEn}</li>)}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </Dialog>
      )}
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      <GlobalKeys onHelp={() => setShowShortcuts(true)} />
      <MenuCommands route={route} navigate={navigate} onShortcuts={() => setShowShortcuts(true)} />
    </div>
  );
}

/** Commands from the desktop shell's native menus (none arrive in a browser). */
function MenuCommands({ route, navigate, onShortcuts }: { route: Route; navigate(route: Route): void; onShortcuts(): void }) {
  // The latest route without resubscribing on every navigation.
  const current = useRef(route);
  current.current = route;
  useEffect(() => onMenuCommand((command) => {
    const action = menuCommandAction(command, current.current);
    if (action === 'shortcuts') onShortcuts();
    else navigate(action);
  }), [navigate, onShortcuts]);
  return null;
}

/** `?` opens the shortcut list (outside text fields). */
function GlobalKeys({ onHelp }: { onHelp(): void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '?' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        onHelp();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onHelp]);
  return null;
}

function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const rows: [string, string][] = [
    [`${MOD}+Z`, t('shortcut.undo')],
    [`${MOD}+Shift+Z`, t('shortcut.redo')],
    [`${MOD}+Y`, t('shortcut.redo')],
    ['Alt+1…8', t('shortcut.sections')],
    ['Alt+↑ / Alt+↓', t('shortcut.move')],
    ['↑ ↓ ← →', t('shortcut.matrixMove')],
    ['Space / Enter', t('shortcut.matrixToggle')],
    ['D', t('shortcut.matrixDepth')],
    ['Home / End', t('shortcut.matrixRowEnds')],
    ['PageUp / PageDown', t('shortcut.matrixPage')],
    ['/', t('shortcut.search')],
    ['?', t('shortcut.help')],
  ];
  return (
    <Dialog title={t('app.shortcuts.title')} onClose={onClose}>
      <table className="table table--compact">
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={keys + what}>
              <td><Kbd keys={keys} /><span className="visually-hidden">{keys}</span></td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
