import type { CompletionCriteria } from '../../../../shared/plan/schema';
import { NumberField, TextArea, TextField } from '../../components/fields';
import { useI18n } from '../../i18n';
import { fieldId } from '../../plan/findingTarget';
import { ADDIE_PHASE_OPTIONS, EVIDENCE_INDICATOR_OPTIONS } from '../../plan/options';
import { setPilot } from '../../plan/planEditor';
import { usePlanView } from './PlanContext';

const CRITERIA: readonly (keyof CompletionCriteria)[] = ['stageAssessment', 'written', 'practical', 'other'];

/** Implementation and evaluation: 表10 the pilot run, 表12 completion criteria, 參 evidence, stakeholder participation. */
export function DeliverySection() {
  const { t } = useI18n();
  const { plan, apply, seal } = usePlanView();
  const { pilot, completion } = plan;

  return (
    <div className="section">
      <h2 className="section__title">{t('section.delivery')}</h2>

      <fieldset className="group">
        <legend className="group__title">{t('delivery.table10')}</legend>
        <div className="form-grid">
          <TextField id={fieldId.pilot('start')} type="date" label={t('delivery.start')} value={pilot.start} onChange={(v) => apply(setPilot('start', v))} onBlur={seal} />
          <TextField id={fieldId.pilot('end')} type="date" label={t('delivery.end')} value={pilot.end} onChange={(v) => apply(setPilot('end', v))} onBlur={seal} />
          <NumberField id={fieldId.pilot('enrolled')} label={t('delivery.enrolled')} value={pilot.enrolled} integer allowEmpty suffix={t('common.peopleUnit')} onChange={(v) => apply(setPilot('enrolled', v))} onBlur={seal} />
          <NumberField id={fieldId.pilot('completed')} label={t('delivery.completed')} value={pilot.completed} integer allowEmpty suffix={t('common.peopleUnit')} onChange={(v) => apply(setPilot('completed', v))} onBlur={seal} />
          <NumberField id={fieldId.pilot('graduated')} label={t('delivery.graduated')} value={pilot.graduated} integer allowEmpty suffix={t('common.peopleUnit')} onChange={(v) => apply(setPilot('graduated', v))} onBlur={seal} />
        </div>
        <p className="field__hint">{t('delivery.countsHint')}</p>
      </fieldset>

      <fieldset className="group" id={fieldId.completion()} tabIndex={-1}>
        <legend className="group__title">{t('delivery.table12')}</legend>
        <p className="field__hint">{t('delivery.completionHint')}</p>
        {CRITERIA.map((criterion) => (
          <div key={criterion} className="criterion">
            <label className="choice">
              <input
                id={fieldId.completion(`${criterion}.adopted`)}
                type="checkbox"
                checked={completion[criterion].adopted}
                onChange={(e) => apply({ type: 'setCompletion', criterion, adopted: e.target.checked })}
              />
              {t(`delivery.criterion.${criterion}`)}
            </label>
            <TextField
              id={fieldId.completion(`${criterion}.description`)}
              label={<span className="visually-hidden">{t('delivery.criterionText', { name: t(`delivery.criterion.${criterion}`) })}</span>}
              value={completion[criterion].description}
              onChange={(description) => apply({ type: 'setCompletion', criterion, description })}
              onBlur={seal}
              className="criterion__text"
            />
          </div>
        ))}
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('delivery.evidence')}</legend>
        <div className="form-grid">
          {EVIDENCE_INDICATOR_OPTIONS.map((indicator) => (
            <TextArea
              key={indicator}
              id={`evidence.${indicator}`}
              label={t(`evidence.${indicator}`)}
              value={plan.evidence[indicator] ?? ''}
              onChange={(text) => apply({ type: 'setEvidence', indicator, text })}
              onBlur={seal}
              rows={2}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('delivery.stakeholders')}</legend>
        <div className="form-grid">
          {ADDIE_PHASE_OPTIONS.map((phase) => (
            <TextArea
              key={phase}
              id={`stakeholders.${phase}`}
              label={t(`phase.${phase}`)}
              value={plan.stakeholders[phase] ?? ''}
              onChange={(text) => apply({ type: 'setStakeholders', phase, text })}
              onBlur={seal}
              rows={2}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
