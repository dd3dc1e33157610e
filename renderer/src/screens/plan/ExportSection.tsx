import { useState } from 'react';
import { DOCUMENT_KINDS } from '../../../../shared/export/documentKinds';
import { countFindings } from '../../../../shared/plan/summary';
import { api, currentRuntime, saveFile, textToBase64, type DocumentKind } from '../../api';
import { Loading, Notice } from '../../components/Notice';
import { errorText } from '../../data/errors';
import { useI18n } from '../../i18n';
import { usePlanView } from './PlanContext';


type Step = { status: 'idle' } | { status: 'working'; label: string } | { status: 'saved'; path: string } | { status: 'downloaded'; fileName: string } | { status: 'failed'; reason: string };

/** Export: choose the document, save it where the user says (or download it), open it where the shell can. */
export function ExportSection() {
  const { t, language } = useI18n();
  const { plan, session, findings } = usePlanView();
  const [kind, setKind] = useState<DocumentKind>('report');
  const [withMatrix, setWithMatrix] = useState(true);
  const [step, setStep] = useState<Step>({ status: 'idle' });
  const [openError, setOpenError] = useState<string | null>(null);
  const counts = countFindings(findings);
  const desktop = currentRuntime().kind === 'electron';

  const run = async (work: () => Promise<Step>) => {
    setOpenError(null);
    try {
      setStep({ status: 'working', label: t('export.saving') });
      // The document is built from the stored plan: store the latest edits first.
      if (!(await session.flush())) throw new Error(t('export.saveFirst'));
      setStep(await work());
    } catch (error) {
      setStep({ status: 'failed', reason: errorText(error, language) });
    }
  };

  const exportDocument = () => run(async () => {
    setStep({ status: 'working', label: t('export.building') });
    const file = await api.exportDocument({ planId: plan.id, document: kind, withMatrix: kind === 'report' && withMatrix });
    setStep({ status: 'working', label: t('export.writing') });
    const result = await saveFile(file.fileName, file.base64);
    if (result.status === 'cancelled') return { status: 'idle' };
    return result.status === 'saved' ? { status: 'saved', path: result.path } : { status: 'downloaded', fileName: result.fileName };
  });

  const exportPlanFile = () => run(async () => {
    const file = await api.exportPlanFile({ id: plan.id });
    const result = await saveFile(file.fileName, textToBase64(file.text));
    if (result.status === 'cancelled') return { status: 'idle' };
    return result.status === 'saved' ? { status: 'saved', path: result.path } : { status: 'downloaded', fileName: result.fileName };
  });

  const open = async (path: string) => {
    try {
      const result = await api.openSavedFile({ path });
      if (result.status === 'unsupported') setOpenError(t('export.cannotOpen'));
    } catch (error) {
      setOpenError(errorText(error, language));
    }
  };

  return (
    <div className="section">
      <h2 className="section__title">{t('section.export')}</h2>
      {counts.errors > 0 && <Notice tone="warning">{t('export.hasErrors', { count: counts.errors })}</Notice>}
      <fieldset className="group">
        <legend className="group__title">{t('export.choose')}</legend>
        <div className="export-kinds">
          {DOCUMENT_KINDS.map((k) => (
            <label key={k} className={`export-kind ${kind === k ? 'export-kind--on' : ''}`}>
              <input type="radio" name="export-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span className="export-kind__name">{t(`export.kind.${k}`)}</span>
              <span className="export-kind__text">{t(`export.kindText.${k}`)}</span>
            </label>
          ))}
        </div>
        {kind === 'report' && (
          <label className="choice">
            <input type="checkbox" checked={withMatrix} onChange={(e) => setWithMatrix(e.target.checked)} />
            {t('export.withMatrix')}
          </label>
        )}
        <div className="toolbar">
          <button type="button" className="btn btn--primary" onClick={() => void exportDocument()} disabled={step.status === 'working'}>
            {desktop ? t('export.saveAs') : t('export.download')}
          </button>
          <button type="button" className="btn" onClick={() => void exportPlanFile()} disabled={step.status === 'working'}>{t('export.planFile')}</button>
        </div>
      </fieldset>
      <div aria-live="polite">
        {step.status === 'working' && <Loading label={step.label} />}
        {step.status === 'saved' && (
          <Notice tone="success" actions={<button type="button" className="btn btn--small" onClick={() => void open(step.path)}>{t('export.open')}</button>}>
            {t('export.savedTo', { path: step.path })}
          </Notice>
        )}
        {step.status === 'downloaded' && <Notice tone="success">{t('export.downloaded', { name: step.fileName })}</Notice>}
        {step.status === 'failed' && <Notice tone="error">{t('export.failed', { reason: step.reason })}</Notice>}
        {openError && <Notice tone="warning">{openError}</Notice>}
      </div>
    </div>
  );
}
