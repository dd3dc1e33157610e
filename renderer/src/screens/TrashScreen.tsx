import { useCallback, useEffect, useState } from 'react';
import { api, type DeletedPlan } from '../api';
import { Loading, Notice } from '../components/Notice';
import { errorText } from '../data/errors';
import { formatDateTime } from '../data/format';
import { useI18n } from '../i18n';
import type { Route } from '../navigation/route';

/** Deleted plans, each restorable. */
export function TrashScreen({ navigate }: { navigate(route: Route): void }) {
  const { t, language } = useI18n();
  const [deleted, setDeleted] = useState<DeletedPlan[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    api.listDeletedPlans().then(setDeleted, setError);
  }, []);
  useEffect(load, [load]);

  const restore = async (plan: DeletedPlan) => {
    try {
      await api.restoreDeletedPlan({ id: plan.id });
      setMessage(t('plans.restored', { name: plan.nameZh || t('common.untitled') }));
      load();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="page">
      <header className="page__header">
        <a className="back-link" href="#/plans">← {t('plans.title')}</a>
        <h1 className="page__title">{t('trash.title')}</h1>
      </header>
      <p className="muted">{t('trash.intro')}</p>
      {message && <Notice tone="success" actions={<button type="button" className="btn btn--small btn--quiet" onClick={() => navigate({ name: 'plans' })}>{t('trash.toPlans')}</button>}>{message}</Notice>}
      {error !== null && <Notice tone="error">{errorText(error, language)}</Notice>}
      {deleted === null && error === null && <Loading label={t('common.loading')} />}
      {deleted !== null && deleted.length === 0 && <p className="empty">{t('trash.empty')}</p>}
      {deleted !== null && deleted.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('plans.col.name')}</th>
              <th scope="col">{t('trash.deletedAt')}</th>
              <th scope="col"><span className="visually-hidden">{t('plans.col.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {deleted.map((p) => (
              <tr key={p.id}>
                <td>{p.nameZh || t('common.untitled')}</td>
                <td className="nowrap">{formatDateTime(p.deletedAt, language)}</td>
                <td><button type="button" className="btn btn--small" onClick={() => void restore(p)}>{t('trash.restore')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
