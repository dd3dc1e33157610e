import type { Share } from '../../../../shared/plan/coverage';
import { countFindings } from '../../../../shared/plan/summary';
import { formatHours, formatPercent } from '../../data/format';
import { useI18n } from '../../i18n';
import { usePlanView } from './PlanContext';

/** Always in view: coverage of what 表1 selects, hours against 課程時數, and the findings. Recomputed on every edit. */
export function SummaryBar() {
  const { t } = useI18n();
  const { plan, coverage, findings, goToSection } = usePlanView();
  const counts = countFindings(findings);
  const course = coverage.course;
  const unitHours = coverage.hours.units;
  const hoursMatch = Math.abs(unitHours - plan.info.totalHours) < 0.005;

  const share = (label: string, s: Share, title: string) => (
    <span className="summary__item" title={title}>
      <span className="summary__label">{label}</span>
      <span className="summary__value">{s.covered}/{s.selected}</span>
    </span>
  );

  return (
    <section className="summary" aria-label={t('summary.label')} data-testid="summary">
      <span className="summary__item summary__item--main" title={t('summary.overallTitle')}>
        <span className="summary__label">{t('summary.coverage')}</span>
        <span className="summary__value" data-testid="summary-coverage">{formatPercent(course.overall.percent)}</span>
        <span className="meter" aria-hidden="true"><span className="meter__fill" style={{ width: `${Math.min(100, course.overall.percent ?? 0)}%` }} /></span>
      </span>
      {share(t('summary.tasks'), course.tasks, t('summary.tasksTitle'))}
      {share('P', course.indicators, t('kind.indicator'))}
      {share('K', course.knowledge, t('kind.knowledge'))}
      {share('S', course.skills, t('kind.skill'))}
      {share('A', course.attitudes, t('kind.attitude'))}
      <span className={`summary__item ${hoursMatch ? '' : 'summary__item--off'}`} title={t('summary.hoursTitle')}>
        <span className="summary__label">{t('summary.hours')}</span>
        <span className="summary__value" data-testid="summary-hours">{formatHours(unitHours)} / {formatHours(plan.info.totalHours)}</span>
      </span>
      <button type="button" className="summary__findings" onClick={() => goToSection('checks')} data-testid="summary-findings">
        {counts.errors === 0 && counts.warnings === 0 && <span className="badge badge--ok">{t('findings.none')}</span>}
        {counts.errors > 0 && <span className="badge badge--error">{t('findings.errors', { count: counts.errors })}</span>}
        {counts.warnings > 0 && <span className="badge badge--warning">{t('findings.warnings', { count: counts.warnings })}</span>}
      </button>
    </section>
  );
}
