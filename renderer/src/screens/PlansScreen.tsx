import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, saveFile, textToBase64, type PlanListEntry, type PlanSummary, type StandardSummary } from '../api';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/fields';
import { Loading, Notice } from '../components/Notice';
import { errorText } from '../data/errors';
import { formatDateTime } from '../data/format';
import { pendingSaves } from '../data/pendingWork';
import { listStandards } from '../data/standardsCache';
import { useI18n } from '../i18n';
import type { Route } from '../navigation/route';

type Navigate = (route: Route) => void;

type Message = { tone: 'success' | 'error' | 'info'; text: string; undo?: () => void };

/** The start screen: every plan with its standard, last change and findings; new, open, copy, rename, delete, import, export. */
/** `create`: open with the new-plan dialog showing (the File menu's 新增課程規劃, `#/plans/new`). */
export function PlansScreen({ navigate, create = false }: { navigate: Navigate; create?: boolean }) {
  const { t, language } = useI18n();
  const [plans, setPlans] = useState<PlanListEntry[] | null>(null);
  const [recent, setRecent] = useState<PlanSummary[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [filter, setFilter] = useState('');
  const [creating, setCreatingState] = useState(create);
  useEffect(() => {
    if (create) setCreatingState(true);
  }, [create]);
  const setCreating = (open: boolean) => {
    setCreatingState(open);
    // Closing the dialog opened by address leaves the address, so a reload does not reopen it.
    if (!open && create) navigate({ name: 'plans' });
  };
  const [renaming, setRenaming] = useState<PlanSummary | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      await pendingSaves();
      const [all, last] = await Promise.all([api.listPlans(), api.listRecentPlans()]);
      setPlans(all);
      setRecent(last);
    } catch (error) {
      setLoadError(error);
    }
  }, []);
  useEffect(() => { void load(); }, [load]);

  const run = async (action: () => Promise<Message | null>) => {
    setBusy(true);
    try {
      const result = await action();
      if (result) setMessage(result);
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(error, language) });
    } finally {
      setBusy(false);
    }
  };

  const open = (id: string) => navigate({ name: 'plan', planId: id, section: 'info' });

  const remove = (plan: PlanSummary) => run(async () => {
    await api.deletePlan({ id: plan.id });
    await load();
    return {
      tone: 'info',
      text: t('plans.deleted', { name: plan.nameZh || t('common.untitled') }),
      undo: () => void run(async () => {
        await api.restoreDeletedPlan({ id: plan.id });
        await load();
        return { tone: 'success', text: t('plans.restored', { name: plan.nameZh || t('common.untitled') }) };
      }),
    };
  });

  const duplicate = (plan: PlanSummary) => run(async () => {
    const copy = await api.duplicatePlan({ id: plan.id });
    await load();
    return { tone: 'success', text: t('plans.duplicated', { name: copy.nameZh }) };
  });

  const exportFile = (plan: PlanSummary) => run(async () => {
    const file = await api.exportPlanFile({ id: plan.id });
    const result = await saveFile(file.fileName, textToBase64(file.text));
    if (result.status === 'cancelled') return null;
    return { tone: 'success', text: result.status === 'saved' ? t('plans.exportedTo', { path: result.path }) : t('plans.downloaded', { name: result.fileName }) };
  });

  const importFile = (file: File) => run(async () => {
    const text = await file.text();
    const imported = await api.importPlanFile({ fileName: file.name, text });
    await load();
    return { tone: 'success', text: language === 'zh' ? imported.message : imported.messageEn };
  });

  const shown = useMemo(() => {
    const query = filter.trim().toLowerCase();
    if (!plans) return [];
    if (!query) return plans;
    return plans.filter((p) => p.nameZh.toLowerCase().includes(query) || p.standardCodes.some((c) => c.toLowerCase().includes(query)));
  }, [plans, filter]);

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('plans.title')}</h1>
        <div className="toolbar">
          <button type="button" className="btn btn--primary" onClick={() => setCreating(true)}>{t('plans.new')}</button>
          <button type="button" className="btn" onClick={() => fileInput.current?.click()} disabled={busy}>{t('plans.import')}</button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <a className="btn btn--quiet" href="#/plans/trash">{t('plans.trash')}</a>
        </div>
      </header>

      {message && (
        <Notice
          tone={message.tone}
          actions={
            <>
              {message.undo && <button type="button" className="btn btn--small" onClick={() => { setMessage(null); message.undo!(); }}>{t('plans.undoDelete')}</button>}
              <button type="button" className="btn btn--small btn--quiet" onClick={() => setMessage(null)}>{t('common.close')}</button>
            </>
          }
        >
          {message.text}
        </Notice>
      )}
      {loadError !== null && <Notice tone="error" actions={<button type="button" className="btn" onClick={() => void load()}>{t('app.retry')}</button>}>{errorText(loadError, language)}</Notice>}

      {recent.length > 0 && (
        <section className="recent" aria-labelledby="recent-title">
          <h2 id="recent-title" className="section-title">{t('plans.recent')}</h2>
          <ul className="recent__list">
            {recent.slice(0, 6).map((p) => (
              <li key={p.id}>
                <a className="recent__item" href={`#/plan/${encodeURIComponent(p.id)}/info`}>
                  <span className="recent__name">{p.nameZh || t('common.untitled')}</span>
                  <span className="recent__meta">{p.standardCodes.join(t('common.listSeparator'))} · {formatDateTime(p.updatedAt, language)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="all-plans-title">
        <div className="section-head">
          <h2 id="all-plans-title" className="section-title">{t('plans.all', { count: plans?.length ?? 0 })}</h2>
          <div className="field field--inline">
            <label htmlFor="plans-filter" className="visually-hidden">{t('plans.filter')}</label>
            <input id="plans-filter" className="field__input" type="search" placeholder={t('plans.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
        </div>
        {plans === null && loadError === null && <Loading label={t('plans.loading')} />}
        {plans !== null && plans.length === 0 && (
          <div className="empty">
            <p>{t('plans.empty')}</p>
            <button type="button" className="btn btn--primary" onClick={() => setCreating(true)}>{t('plans.new')}</button>
          </div>
        )}
        {plans !== null && plans.length > 0 && (
          <table className="table plans-table">
            <thead>
              <tr>
                <th scope="col">{t('plans.col.name')}</th>
                <th scope="col">{t('plans.col.standard')}</th>
                <th scope="col">{t('plans.col.updated')}</th>
                <th scope="col">{t('plans.col.findings')}</th>
                <th scope="col"><span className="visually-hidden">{t('plans.col.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a className="plans-table__name" href={`#/plan/${encodeURIComponent(p.id)}/info`} onClick={(e) => { e.preventDefault(); open(p.id); }}>
                      {p.nameZh || t('common.untitled')}
                    </a>
                  </td>
                  <td className="mono">{p.standardCodes.join(t('common.listSeparator')) || t('common.none')}</td>
                  <td className="nowrap">{formatDateTime(p.updatedAt, language)}</td>
                  <td><FindingBadge findings={p.findings} /></td>
                  <td className="plans-table__actions">
                    <div className="plans-table__buttons">
                      <button type="button" className="btn btn--small" onClick={() => void duplicate(p)} disabled={busy}>{t('plans.duplicate')}</button>
                      <button type="button" className="btn btn--small" onClick={() => setRenaming(p)} disabled={busy}>{t('plans.rename')}</button>
                      <button type="button" className="btn btn--small" onClick={() => void exportFile(p)} disabled={busy}>{t('plans.exportFile')}</button>
                      <button type="button" className="btn btn--small btn--danger" onClick={() => void remove(p)} disabled={busy} aria-label={t('plans.deleteNamed', { name: p.nameZh || t('common.untitled') })}>{t('common.delete')}</button>
                    </div>
                  </td>
                </tr>
              ))}
              {shown.length === 0 && <tr><td colSpan={5} className="muted">{t('common.noResults')}</td></tr>}
            </tbody>
          </table>
        )}
      </section>

      {creating && <NewPlanDialog onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); open(id); }} />}
      {renaming && (
        <RenameDialog
          plan={renaming}
          onClose={() => setRenaming(null)}
          onRename={(name) => run(async () => {
            setRenaming(null);
            await api.renamePlan({ id: renaming.id, nameZh: name });
            await load();
            return { tone: 'success', text: t('plans.renamed', { name }) };
          })}
        />
      )}
    </div>
  );
}

/** The findings the list's answer carries for a plan, or why the plan could not be checked (with the reason). */
export function FindingBadge({ findings }: { findings: PlanListEntry['findings'] }) {
  const { t, language } = useI18n();
  if (!findings.ok) {
    const reason = language === 'zh' ? findings.error.message : findings.error.messageEn;
    return <span className="muted">{t('plans.checkFailed')}{language === 'zh' ? `（${reason}）` : ` (${reason})`}</span>;
  }
  const { counts } = findings;
  if (counts.errors === 0 && counts.warnings === 0) return <span className="badge badge--ok">{t('findings.none')}</span>;
  return (
    <span className="badges">
      {counts.errors > 0 && <span className="badge badge--error">{t('findings.errors', { count: counts.errors })}</span>}
      {counts.warnings > 0 && <span className="badge badge--warning">{t('findings.warnings', { count: counts.warnings })}</span>}
    </span>
  );
}

function NewPlanDialog({ onClose, onCreated }: { onClose(): void; onCreated(id: string): void }) {
  const { t, language } = useI18n();
  const [standards, setStandards] = useState<StandardSummary[] | null>(null);
  const [code, setCode] = useState<string>('');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    listStandards().then((list) => {
      setStandards(list);
      setCode((c) => c || list[0]?.code || '');
    }, setError);
  }, []);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const plan = await api.createPlan({ nameZh: name.trim(), ...(code ? { standardCode: code } : {}) });
      onCreated(plan.id);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('plans.new')}
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="btn btn--primary" onClick={() => void create()} disabled={busy || standards === null}>{t('plans.create')}</button>
        </>
      }
    >
      <form onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <TextField id="new-plan-name" label={t('plans.newName')} value={name} onChange={setName} hint={t('plans.newNameHint')} />
        <fieldset className="choices">
          <legend className="field__label">{t('plans.newStandard')}</legend>
          {standards === null && error === null && <Loading label={t('common.loading')} />}
          <div className="standard-choices">
            {standards?.map((s) => (
              <label key={s.code} className={`standard-choice ${code === s.code ? 'standard-choice--on' : ''}`}>
                <input type="radio" name="new-plan-standard" value={s.code} checked={code === s.code} onChange={() => setCode(s.code)} />
                <span className="mono">{s.code}</span>
                <span>{s.name}</span>
                <span className="muted">{s.level === null ? '' : t('common.level', { level: s.level })} · {s.source === 'bundled' ? t('standards.bundled') : t('standards.imported')}</span>
              </label>
            ))}
            <label className={`standard-choice ${code === '' ? 'standard-choice--on' : ''}`}>
              <input type="radio" name="new-plan-standard" value="" checked={code === ''} onChange={() => setCode('')} />
              <span>{t('plans.noStandard')}</span>
            </label>
          </div>
        </fieldset>
        <button type="submit" hidden />
      </form>
      {error !== null && <Notice tone="error">{errorText(error, language)}</Notice>}
    </Dialog>
  );
}

function RenameDialog({ plan, onClose, onRename }: { plan: PlanSummary; onClose(): void; onRename(name: string): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(plan.nameZh);
  return (
    <Dialog
      title={t('plans.renameTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="btn btn--primary" onClick={() => onRename(name.trim())}>{t('common.save')}</button>
        </>
      }
    >
      <form onSubmit={(e) => { e.preventDefault(); onRename(name.trim()); }}>
        <TextField id="rename-plan" label={t('plans.newName')} value={name} onChange={setName} />
      </form>
    </Dialog>
  );
}
