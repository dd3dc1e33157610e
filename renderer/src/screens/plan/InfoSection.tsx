import { useEffect, useState } from 'react';
import { INFO_TEXT_LIMIT } from '../../../../shared/plan/checks/form';
import type { CourseInfo, Cover } from '../../../../shared/plan/schema';
import type { Level } from '../../../../shared/standard/schema';
import type { StandardSummary } from '../../api';
import { NumberField, SelectField, TextArea, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { errorText } from '../../data/errors';
import { formatHours } from '../../data/format';
import { listStandards } from '../../data/standardsCache';
import { useI18n } from '../../i18n';
import { fieldId } from '../../plan/findingTarget';
import { APPLICATION_TYPE_OPTIONS, BASIS_OPTIONS, LEVEL_OPTIONS } from '../../plan/options';
import { setCover, setInfo } from '../../plan/planEditor';
import { usePlanView } from './PlanContext';

/** The cover and 壹 課程資訊. */
/** 職能依據: the standards the course is based on, to add or remove. */
function StandardRefs() {
  const { t, language } = useI18n();
  const { plan, apply, goToSection } = usePlanView();
  const [available, setAvailable] = useState<StandardSummary[]>([]);
  const [listError, setListError] = useState<unknown>(null);
  const [chosen, setChosen] = useState('');
  useEffect(() => { listStandards().then(setAvailable, setListError); }, []);
  const addable = available.filter((s) => !plan.standards.some((ref) => ref.code === s.code));
  const add = () => {
    const standard = addable.find((s) => s.code === chosen) ?? addable[0];
    if (standard) apply({ type: 'addStandardRef', code: standard.code, name: standard.name, version: standard.version });
    setChosen('');
  };
  return (
    <div className="field field--wide" id={fieldId.cover('standards')} tabIndex={-1}>
      <span className="field__label" id="standards-label">{t('info.standards')}</span>
      <div className="field__static" role="group" aria-labelledby="standards-label">
        {listError !== null && <Notice tone="error">{t('standards.listFailed', { reason: errorText(listError, language) })}</Notice>}
        {plan.standards.length === 0 && <span className="muted">{t('info.noStandards')}</span>}
        {plan.standards.map((s) => (
          <span key={s.code} className="chip">
            <a href={`#/standards/${encodeURIComponent(s.code)}`}><span className="mono">{s.code}</span> {s.name} {s.version}</a>
            <button type="button" className="chip__remove" onClick={() => apply({ type: 'removeStandardRef', code: s.code })} aria-label={t('info.removeStandard', { code: s.code })} title={t('common.remove')}>×</button>
          </span>
        ))}
        {addable.length > 0 && (
          <span className="field--inline">
            <select className="field__input field__select" value={chosen} aria-label={t('info.addStandardChoice')} onChange={(e) => setChosen(e.target.value)}>
              {addable.map((s) => <option key={s.code} value={s.code}>{s.code} {s.name}</option>)}
            </select>
            <button type="button" className="btn btn--small" onClick={add}>{t('info.addStandard')}</button>
          </span>
        )}
        {plan.standards.length > 0 && <button type="button" className="btn btn--small btn--quiet" onClick={() => goToSection('selection')}>{t('info.toSelection')}</button>}
      </div>
    </div>
  );
}

export function InfoSection() {
  const { t } = useI18n();
  const { plan, apply, seal, coverage } = usePlanView();
  const { cover, info } = plan;
  const onCover = <K extends keyof Cover>(field: K) => (value: Cover[K]) => apply(setCover(field, value));
  const onInfo = <K extends keyof CourseInfo>(field: K) => (value: CourseInfo[K]) => apply(setInfo(field, value));
  const unitHours = coverage.hours.units;

  return (
    <div className="section">
      <h2 className="section__title">{t('section.info')}</h2>

      <fieldset className="group">
        <legend className="group__title">{t('info.cover')}</legend>
        <div className="form-grid">
          <TextField id={fieldId.cover('nameZh')} label={t('info.nameZh')} value={cover.nameZh} onChange={onCover('nameZh')} onBlur={seal} hint={t('info.nameHint')} />
          <TextField id={fieldId.cover('nameEn')} label={t('info.nameEn')} value={cover.nameEn} onChange={onCover('nameEn')} onBlur={seal} lang="en" />
          <SelectField
            id={fieldId.cover('basis')}
            label={t('info.basis')}
            value={cover.basis}
            options={BASIS_OPTIONS.map((b) => ({ value: b, label: t(`basis.${b}`) }))}
            onChange={(v) => v && apply({ type: 'setCover', field: 'basis', value: v })}
          />
          <SelectField
            id={fieldId.cover('applicationType')}
            label={t('info.applicationType')}
            value={cover.applicationType}
            options={APPLICATION_TYPE_OPTIONS.map((a) => ({ value: a, label: t(`appType.${a}`) }))}
            onChange={(v) => v && apply({ type: 'setCover', field: 'applicationType', value: v })}
          />
          <StandardRefs />
          <TextField id={fieldId.cover('applicantZh')} label={t('info.applicantZh')} value={cover.applicantZh} onChange={onCover('applicantZh')} onBlur={seal} />
          <TextField id={fieldId.cover('applicantEn')} label={t('info.applicantEn')} value={cover.applicantEn} onChange={onCover('applicantEn')} onBlur={seal} lang="en" />
          <TextField id={fieldId.cover('partners')} label={t('info.partners')} value={cover.partners} onChange={onCover('partners')} onBlur={seal} className="field--wide" />
          <TextField id={fieldId.cover('periodStart')} type="date" label={t('info.periodStart')} value={cover.periodStart} onChange={onCover('periodStart')} onBlur={seal} />
          <TextField id={fieldId.cover('periodEnd')} type="date" label={t('info.periodEnd')} value={cover.periodEnd} onChange={onCover('periodEnd')} onBlur={seal} />
          <TextField id={fieldId.cover('certificateNumber')} label={t('info.certificateNumber')} value={cover.certificateNumber} onChange={onCover('certificateNumber')} onBlur={seal} />
          <TextField id={fieldId.cover('certificateExpiry')} type="date" label={t('info.certificateExpiry')} value={cover.certificateExpiry} onChange={onCover('certificateExpiry')} onBlur={seal} />
        </div>
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('info.courseInfo')}</legend>
        <TextArea id={fieldId.info('needs')} label={t('info.needs')} value={info.needs} onChange={onInfo('needs')} onBlur={seal} limit={INFO_TEXT_LIMIT} rows={4} />
        <TextArea id={fieldId.info('summary')} label={t('info.summary')} value={info.summary} onChange={onInfo('summary')} onBlur={seal} limit={INFO_TEXT_LIMIT} rows={4} />
        <TextArea id={fieldId.info('purpose')} label={t('info.purpose')} value={info.purpose} onChange={onInfo('purpose')} onBlur={seal} limit={INFO_TEXT_LIMIT} rows={3} />
        <div className="form-grid">
          <NumberField
            id={fieldId.info('totalHours')}
            label={t('info.totalHours')}
            value={info.totalHours}
            onChange={(v) => apply({ type: 'setInfo', field: 'totalHours', value: v ?? 0 })}
            onBlur={seal}
            max={10_000}
            suffix={t('common.hoursUnit')}
            hint={
              <>
                {t('info.unitHoursSum', { hours: formatHours(unitHours) })}{' '}
                {Math.abs(unitHours - info.totalHours) >= 0.005 && (
                  <button type="button" className="btn btn--small btn--link" onClick={() => apply({ type: 'setInfo', field: 'totalHours', value: unitHours })}>
                    {t('info.useUnitHours')}
                  </button>
                )}
              </>
            }
          />
          <SelectField
            id={fieldId.info('level')}
            label={t('info.level')}
            value={info.level}
            emptyLabel={t('level.notSet')}
            options={LEVEL_OPTIONS.map((l) => ({ value: l as Level, label: t(`level.${l}`) }))}
            onChange={(v) => apply({ type: 'setInfo', field: 'level', value: v })}
          />
        </div>
        <TextArea id={fieldId.info('audience')} label={t('info.audience')} value={info.audience} onChange={onInfo('audience')} onBlur={seal} rows={2} />
        <TextArea id={fieldId.info('prerequisites')} label={t('info.prerequisites')} value={info.prerequisites} onChange={onInfo('prerequisites')} onBlur={seal} rows={2} />
      </fieldset>
    </div>
  );
}
