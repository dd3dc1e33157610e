import { useEffect, useState } from 'react';
import { api, type HistoryVersion } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Loading, Notice } from '../../components/Notice';
import { errorText } from '../../data/errors';
import { formatDateTime } from '../../data/format';
import { useI18n } from '../../i18n';

/**
 * The stored plan's previous versions (each save keeps the one it replaced). Restoring one makes it
 * current; the current one goes to the list first, so a restore can itself be taken back.
 */
export function VersionsDialog({ planId, beforeRestore, onRestored, onClose }: {
  planId: string;
  /** Saves pending edits first; false when they could not be saved. */
  beforeRestore(): Promise<boolean>;
  onRestored(): void;
  onClose(): void;
}) {
  const { t, language } = useI18n();
  const [versions, setVersions] = useState<HistoryVersion[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.listPlanHistory({ id: planId }).then(setVersions, setError);
  }, [planId]);

  const restore = async (version: HistoryVersion) => {
    setBusy(true);
    setError(null);
    try {
      if (!(await beforeRestore())) throw new Error(t('export.saveFirst'));
      await api.restorePlanVersion({ id: planId, versionId: version.versionId });
      onRestored();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('versions.title')} onClose={onClose} wide>
      <p className="muted">{t('versions.intro')}</p>
      {error !== null && <Notice tone="error">{errorText(error, language)}</Notice>}
      {versions === null && error === null && <Loading label={t('common.loading')} />}
      {versions !== null && versions.length === 0 && <p className="empty">{t('versions.none')}</p>}
      {versions !== null && versions.length > 0 && (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('versions.savedAt')}</th>
              <th scope="col">{t('plans.col.name')}</th>
              <th scope="col">{t('versions.size')}</th>
              <th scope="col"><span className="visually-hidden">{t('plans.col.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.versionId}>
                <td className="nowrap">{formatDateTime(v.updatedAt ?? v.replacedAt, language)}</td>
                <td>{v.nameZh || t('common.untitled')}</td>
                <td className="nowrap">{t('versions.kb', { size: Math.max(1, Math.round(v.size / 1024)) })}</td>
                <td>
                  <button type="button" className="btn btn--small" disabled={busy} onClick={() => void restore(v)}>{t('versions.restore')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
