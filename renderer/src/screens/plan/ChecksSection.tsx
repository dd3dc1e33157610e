import { CHECK_DEFINITIONS, isSwitchable } from '../../../../shared/plan/checks';
import type { Finding, Tier } from '../../../../shared/plan/checks/finding';
import { NumberField } from '../../components/fields';
import { pick, useI18n } from '../../i18n';
import { fieldId } from '../../plan/findingTarget';
import { usePlanView } from './PlanContext';

const TIERS: readonly Tier[] = ['form', 'consistency', 'advisory'];

/** The findings, by tier, each a link to its field; and the settings of the advisory checks. */
export function ChecksSection() {
  const { t, language } = useI18n();
  const { plan, findings, apply, seal, goToFinding } = usePlanView();
  const byTier = new Map<Tier, Finding[]>(TIERS.map((tier) => [tier, findings.filter((f) => f.tier === tier)]));
  const disabled = new Set(plan.checkSettings.disabled);

  return (
    <div className="section">
      <h2 className="section__title">{t('section.checks')}</h2>
      {findings.length === 0 && <p className="notice notice--success">{t('checks.allGood')}</p>}
      {TIERS.map((tier) => {
        const list = byTier.get(tier)!;
        const errors = list.filter((f) => f.severity === 'error').length;
        return (
          <section key={tier} className="group" aria-labelledby={`tier-${tier}`}>
            <h3 id={`tier-${tier}`} className="group__title">
              {t(`tier.${tier}`)}{' '}
              <span className="muted">{t('checks.tierCounts', { errors, warnings: list.length - errors })}</span>
            </h3>
            {list.length === 0 && <p className="muted">{t('checks.tierClear')}</p>}
            <ul className="findings">
              {list.map((finding, i) => (
                <li key={`${finding.code}-${i}`} className={`finding finding--${finding.severity}`}>
                  <span className={`badge badge--${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
                  <button type="button" className="finding__link" onClick={() => goToFinding(finding.location)}>
                    {pick(language, finding.message, finding.messageEn)}
                  </button>
                  <code className="finding__code">{finding.code}</code>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <fieldset className="group">
        <legend className="group__title">{t('checks.settings')}</legend>
        <div className="form-grid">
          <NumberField
            id={fieldId.settings('minimumHours')}
            label={t('checks.minimumHours')}
            hint={t('checks.minimumHoursHint')}
            value={plan.checkSettings.minimumHours}
            max={10_000}
            suffix={t('common.hoursUnit')}
            onChange={(v) => apply({ type: 'setCheckSetting', field: 'minimumHours', value: v ?? 0 })}
            onBlur={seal}
          />
          <NumberField
            id={fieldId.settings('coverageTarget')}
            label={t('checks.coverageTarget')}
            hint={t('checks.coverageTargetHint')}
            value={plan.checkSettings.coverageTarget}
            max={100}
            suffix="%"
            onChange={(v) => apply({ type: 'setCheckSetting', field: 'coverageTarget', value: v ?? 0 })}
            onBlur={seal}
          />
        </div>
        <fieldset className="choices" id={fieldId.settings('disabled')} tabIndex={-1}>
          <legend className="field__label">{t('checks.advisoryList')}</legend>
          {CHECK_DEFINITIONS.filter((d) => isSwitchable(d.code)).map((d) => (
            <label key={d.code} className="choice choice--block">
              <input type="checkbox" checked={!disabled.has(d.code)} onChange={() => apply({ type: 'toggleCheckDisabled', code: d.code })} />
              {pick(language, d.title, d.titleEn)}
            </label>
          ))}
        </fieldset>
      </fieldset>
    </div>
  );
}
