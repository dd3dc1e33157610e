import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { checkPlan } from '../../../../shared/plan/checks';
import type { FindingLocation } from '../../../../shared/plan/checks/finding';
import { coverageOf } from '../../../../shared/plan/coverage';
import { standardCodesOf } from '../../../../shared/plan/standardCodes';
import type { Standard } from '../../../../shared/standard/schema';
import { api } from '../../api';
import { Kbd, MOD } from '../../components/Kbd';
import { Loading, Notice } from '../../components/Notice';
import { errorText } from '../../data/errors';
import { formatTime } from '../../data/format';
import { trackPendingSave } from '../../data/pendingWork';
import { onStandardsChanged, standardsForCodes } from '../../data/standardsCache';
import { useI18n, type Language } from '../../i18n';
import { PLAN_SECTIONS, type PlanSection, type Route } from '../../navigation/route';
import { focusWhenReady } from '../../navigation/useRoute';
import { findingTarget, fieldId } from '../../plan/findingTarget';
import { canRedo, canUndo, historyCommandOf, redoEdit, undoEdit } from '../../plan/history';
import { PlanSession, type SessionSnapshot } from '../../plan/session';
import { ChecksSection } from './ChecksSection';
import { DeliverySection } from './DeliverySection';
import { ExportSection } from './ExportSection';
import { InfoSection } from './InfoSection';
import { MapSection } from './MapSection';
import { MatrixSection } from './MatrixSection';
import { PlanContext, type PlanView } from './PlanContext';
import { SelectionSection } from './SelectionSection';
import { SummaryBar } from './SummaryBar';
import { UnitsSection } from './UnitsSection';
import { VersionsDialog } from './VersionsDialog';

type PlanRoute = Extract<Route, { name: 'plan' }>;

/** Loads a plan and its standards, then edits it; everything saved as it goes, flushed when the user leaves. */
export function PlanScreen({ route, navigate }: { route: PlanRoute; navigate(route: Route, options?: { replace?: boolean }): void }) {
  const { t, language } = useI18n();
  const [session, setSession] = useState<PlanSession | null>(null);
  const [initialStandards, setInitialStandards] = useState<Standard[]>([]);
  const [error, setError] = useState<unknown>(null);
  // Bumped to open the plan afresh (after restoring a previous version).
  const [generation, setGeneration] = useState(0);
  const languageRef = useRef<Language>(language);
  languageRef.current = language;

  useEffect(() => {
    let cancelled = false;
    let opened: PlanSession | null = null;
    setSession(null);
    (async () => {
      try {
        const plan = await api.loadPlan({ id: route.planId });
        const standards = await standardsForCodes(standardCodesOf(plan));
        if (cancelled) return;
        opened = new PlanSession(plan, (p) => api.savePlan({ plan: p }), {
          describeError: (e) => errorText(e, languageRef.current),
        });
        setInitialStandards(standards);
        setSession(opened);
      } catch (e) {
        if (!cancelled) setError(e);
      }
    })();
    return () => {
      cancelled = true;
      if (opened) {
        const leaving = opened;
        trackPendingSave(leaving.flush().finally(() => leaving.dispose()));
      }
    };
  }, [route.planId, generation]);

  if (error !== null) {
    return (
      <div className="page">
        <a className="back-link" href="#/plans">← {t('plans.title')}</a>
        <Notice tone="error">{t('plan.loadFailed', { reason: errorText(error, language) })}</Notice>
      </div>
    );
  }
  if (session === null) return <div className="page"><Loading label={t('plan.loading')} /></div>;
  return <OpenPlan session={session} initialStandards={initialStandards} route={route} navigate={navigate} onReopen={() => setGeneration((g) => g + 1)} />;
}

function OpenPlan({ session, initialStandards, route, navigate, onReopen }: {
  session: PlanSession;
  initialStandards: Standard[];
  route: PlanRoute;
  navigate(route: Route, options?: { replace?: boolean }): void;
  /** Opens the stored plan again (it changed outside this session). */
  onReopen(): void;
}) {
  const { t, language } = useI18n();
  const [showVersions, setShowVersions] = useState(false);
  const snapshot: SessionSnapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const plan = snapshot.history.present;
  const [standards, setStandards] = useState<Standard[]>(initialStandards);
  const [standardsError, setStandardsError] = useState<unknown>(null);

  // A new standard named by the plan (say, a link to another standard) is fetched when it appears.
  const codesKey = standardCodesOf(plan).join(' ');
  const [standardsVersion, setStandardsVersion] = useState(0);
  useEffect(() => onStandardsChanged(() => setStandardsVersion((v) => v + 1)), []);
  useEffect(() => {
    let cancelled = false;
    standardsForCodes(codesKey.split(' ').filter(Boolean)).then((list) => {
      if (cancelled) return;
      setStandardsError(null);
      setStandards((before) => (before.length === list.length && before.every((s, i) => s === list[i]) ? before : list));
    }, (e: unknown) => {
      if (!cancelled) setStandardsError(e);
    });
    return () => { cancelled = true; };
  }, [codesKey, standardsVersion]);

  const coverage = useMemo(() => coverageOf(plan, standards), [plan, standards]);
  const findings = useMemo(() => checkPlan(plan, standards, coverage), [plan, standards, coverage]);

  const goToSection = useCallback((section: PlanSection, unitId?: string) => {
    navigate(unitId === undefined ? { name: 'plan', planId: plan.id, section } : { name: 'plan', planId: plan.id, section, unitId });
  }, [navigate, plan.id]);

  const planRef = useRef(plan);
  planRef.current = plan;
  const goToFinding = useCallback((location: FindingLocation) => {
    const target = findingTarget(location, planRef.current);
    goToSection(target.section, target.unitId);
    focusWhenReady(target.elementId, target.fallbackId);
  }, [goToSection]);

  // Undo / redo and section keys, anywhere in the plan. The plan's history, never a text field's own:
  // Ctrl+Z is caught as a key; a native undo (Electron's Edit menu role, a context menu) arrives as
  // a `historyUndo` input event, which is turned into the plan's undo unless the key just did it.
  useEffect(() => {
    let lastKeyCommand = 0;
    const onKey = (event: KeyboardEvent) => {
      const command = historyCommandOf(event);
      if (command !== null) {
        event.preventDefault();
        lastKeyCommand = performance.now();
        if (command === 'undo') session.undo();
        else session.redo();
        return;
      }
      if (event.altKey && !event.ctrlKey && !event.metaKey && /^Digit[1-8]$/.test(event.code)) {
        event.preventDefault();
        goToSection(PLAN_SECTIONS[Number(event.code.slice(5)) - 1]!);
      }
    };
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      event.preventDefault();
      if (performance.now() - lastKeyCommand < 150) return;
      if (event.inputType === 'historyUndo') session.undo();
      else session.redo();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, [session, goToSection]);

  // Closing the window or reloading: save first; ask only if a save is still pending.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.dirty) return;
      void session.flush();
      event.preventDefault();
    };
    const hidden = () => { if (document.visibilityState === 'hidden') void session.flush(); };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [session]);

  const view = useMemo<PlanView>(() => ({
    plan, standards, coverage, findings, session,
    apply: session.apply,
    seal: session.seal,
    goToFinding,
    goToSection,
  }), [plan, standards, coverage, findings, session, goToFinding, goToSection]);

  const perSection = useMemo(() => {
    const counts = new Map<PlanSection, { errors: number; warnings: number }>();
    for (const finding of findings) {
      const section = findingTarget(finding.location, plan).section;
      const c = counts.get(section) ?? { errors: 0, warnings: 0 };
      if (finding.severity === 'error') c.errors += 1;
      else c.warnings += 1;
      counts.set(section, c);
    }
    return counts;
  }, [findings, plan]);

  const section = route.section;
  return (
    <PlanContext.Provider value={view}>
      <div className="plan">
        <header className="plan__header">
          <a className="back-link" href="#/plans">← {t('plans.title')}</a>
          <h1 className="plan__title" title={plan.cover.nameZh}>{plan.cover.nameZh || t('common.untitled')}</h1>
          <HistoryButtons snapshot={snapshot} session={session} />
          <button type="button" className="btn btn--small btn--quiet" onClick={() => setShowVersions(true)}>{t('versions.open')}</button>
          <SaveStatus snapshot={snapshot} onRetry={session.retrySave} />
        </header>
        {standardsError !== null && <Notice tone="error">{t('plan.standardsFailed', { reason: errorText(standardsError, language) })}</Notice>}
        <SummaryBar />
        <div className="plan__body">
          <nav className="plan__nav" aria-label={t('plan.sections')}>
            <ol>
              {PLAN_SECTIONS.map((s, i) => {
                const c = perSection.get(s);
                return (
                  <li key={s}>
                    <a
                      href={`#/plan/${encodeURIComponent(plan.id)}/${s}`}
                      className="plan__nav-link"
                      aria-current={s === section ? 'page' : undefined}
                      aria-keyshortcuts={`Alt+${i + 1}`}
                      title={`Alt+${i + 1}`}
                    >
                      <span className="plan__nav-text">{t(`section.${s}`)}</span>
                      {c && c.errors > 0 && <span className="badge badge--error" aria-label={t('findings.errors', { count: c.errors })}>{c.errors}</span>}
                      {c && c.errors === 0 && c.warnings > 0 && <span className="badge badge--warning" aria-label={t('findings.warnings', { count: c.warnings })}>{c.warnings}</span>}
                    </a>
                  </li>
                );
              })}
            </ol>
            <p className="plan__nav-hint"><Kbd keys="Alt+1" />…<Kbd keys="8" /> {t('plan.sectionKeys')}</p>
          </nav>
          <div className="plan__content" id={fieldId.section(section)} tabIndex={-1}>
            {section === 'info' && <InfoSection />}
            {section === 'selection' && <SelectionSection />}
            {section === 'map' && <MapSection />}
            {section === 'units' && <UnitsSection unitId={route.unitId} />}
            {section === 'matrix' && <MatrixSection />}
            {section === 'delivery' && <DeliverySection />}
            {section === 'checks' && <ChecksSection />}
            {section === 'export' && <ExportSection />}
          </div>
        </div>
      </div>
      {showVersions && (
        <VersionsDialog
          planId={plan.id}
          beforeRestore={() => session.flush()}
          onRestored={() => { setShowVersions(false); onReopen(); }}
          onClose={() => setShowVersions(false)}
        />
      )}
    </PlanContext.Provider>
  );
}

function HistoryButtons({ snapshot, session }: { snapshot: SessionSnapshot; session: PlanSession }) {
  const { t } = useI18n();
  const history = snapshot.history;
  const undoing = undoEdit(history);
  const redoing = redoEdit(history);
  const undoLabel = undoing ? t('history.undoWhat', { what: t(`edit.${undoing.type}`) }) : t('history.undo');
  const redoLabel = redoing ? t('history.redoWhat', { what: t(`edit.${redoing.type}`) }) : t('history.redo');
  return (
    <div className="history-buttons" role="group" aria-label={t('history.label')}>
      <button type="button" className="btn btn--small" onClick={session.undo} disabled={!canUndo(history)} title={`${undoLabel} (${MOD}+Z)`} aria-keyshortcuts="Control+Z">
        ↶ {t('history.undo')} <Kbd keys={`${MOD}+Z`} />
      </button>
      <button type="button" className="btn btn--small" onClick={session.redo} disabled={!canRedo(history)} title={`${redoLabel} (${MOD}+Shift+Z)`} aria-keyshortcuts="Control+Shift+Z Control+Y">
        ↷ {t('history.redo')} <Kbd keys={`${MOD}+Shift+Z`} />
      </button>
    </div>
  );
}

function SaveStatus({ snapshot, onRetry }: { snapshot: SessionSnapshot; onRetry(): void }) {
  const { t, language } = useI18n();
  const state = snapshot.save;
  return (
    <div className={`save-status save-status--${state.status}`} role="status" aria-live="polite" data-testid="save-status">
      {state.status === 'saved' && (state.savedAt === null ? t('save.upToDate') : t('save.savedAt', { time: formatTime(state.savedAt, language) }))}
      {state.status === 'saving' && <><span className="spinner" aria-hidden="true" /> {t('save.saving')}</>}
      {state.status === 'unsaved' && t('save.unsaved')}
      {state.status === 'failed' && (
        <>
          {t('save.failed', { reason: state.reason })}{' '}
          <button type="button" className="btn btn--small" onClick={onRetry}>{t('save.retry')}</button>
        </>
      )}
    </div>
  );
}
