import type { ItemRef } from '../../../../shared/plan/itemRef';
import type { Depth, Unit } from '../../../../shared/plan/schema';
import type { Level } from '../../../../shared/standard/schema';
import { ChoiceGroup, NumberField, SelectField, TextArea, TextField } from '../../components/fields';
import { formatHours } from '../../data/format';
import { useI18n } from '../../i18n';
import { fieldId } from '../../plan/findingTarget';
import {
  ASSESSMENT_METHOD_OPTIONS,
  ASSESSMENT_TOOL_OPTIONS,
  EQUIPMENT_OPTIONS,
  LEVEL_OPTIONS,
  STAFF_ROLE_OPTIONS,
  TEACHING_METHOD_OPTIONS,
} from '../../plan/options';
import { setUnitField, toggleUnitChoice } from '../../plan/planEditor';
import { usePlanView } from './PlanContext';
import { DEPTHS } from '../../../../shared/plan/itemRef';

const KIND_ORDER = { task: 0, indicator: 1, knowledge: 2, skill: 3, attitude: 4 } as const;

/** 表3–表9, 表11 for one unit at a time, with the list of units beside it. */
export function UnitsSection({ unitId }: { unitId: string | undefined }) {
  const { t } = useI18n();
  const { plan, goToSection, coverage } = usePlanView();
  const unit = plan.units.find((u) => u.id === unitId) ?? plan.units[0];
  const index = unit ? plan.units.indexOf(unit) : -1;
  const summary = unit ? coverage.units.find((u) => u.unitId === unit.id) : undefined;

  if (!unit) {
    return (
      <div className="section">
        <h2 className="section__title">{t('section.units')}</h2>
        <p className="empty">{t('units.none')} <button type="button" className="btn btn--small" onClick={() => goToSection('map')}>{t('units.toMap')}</button></p>
      </div>
    );
  }

  return (
    <div className="units-layout">
      <nav className="units-layout__list" aria-label={t('units.listLabel')}>
        <ol>
          {plan.units.map((u, i) => (
            <li key={`${u.id}-${i}`}>
              <a
                href={`#/plan/${encodeURIComponent(plan.id)}/units/${encodeURIComponent(u.id)}`}
                className="units-layout__link"
                aria-current={u === unit ? 'page' : undefined}
              >
                <span className="units-layout__n">{i + 1}</span>
                <span className="units-layout__name">{u.nameZh || t('common.untitled')}</span>
                <span className="muted">{formatHours(u.hours)}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="section units-layout__detail">
        <div className="section__head">
          <h2 className="section__title">{t('units.title', { n: index + 1, name: unit.nameZh || t('common.untitled') })}</h2>
          <span className="toolbar">
            <button type="button" className="btn btn--small" disabled={index <= 0} onClick={() => goToSection('units', plan.units[index - 1]!.id)}>← {t('units.previous')}</button>
            <button type="button" className="btn btn--small" disabled={index >= plan.units.length - 1} onClick={() => goToSection('units', plan.units[index + 1]!.id)}>{t('units.next')} →</button>
          </span>
        </div>
        {summary && <p className="section__stats">{t('units.stats', { links: summary.links, inside: summary.inside, outside: summary.outside, perLink: formatHours(summary.hoursPerLink) })}</p>}
        <UnitForm key={unit.id} unit={unit} />
      </div>
    </div>
  );
}

function UnitForm({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  const { apply, seal, standards, goToSection } = usePlanView();
  const id = unit.id;
  const nameOf = (ref: ItemRef): string => {
    const s = standards.find((x) => x.code === ref.standardCode);
    if (!s) return '';
    switch (ref.kind) {
      case 'task': return s.tasks.find((x) => x.id === ref.id)?.name ?? '';
      case 'indicator': return s.tasks.flatMap((x) => x.indicators).find((p) => p.id === ref.id)?.text ?? '';
      case 'knowledge': return s.knowledge.find((x) => x.id === ref.id)?.name ?? '';
      case 'skill': return s.skills.find((x) => x.id === ref.id)?.name ?? '';
      case 'attitude': return s.attitudes.find((x) => x.id === ref.id)?.name ?? '';
    }
  };
  const links = [...unit.links].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id, 'en', { numeric: true }));
  const levels = LEVEL_OPTIONS.map((l) => ({ value: l as Level, label: String(l), title: t(`level.${l}`) }));

  return (
    <div className="unit-form">
      <fieldset className="group">
        <legend className="group__title">{t('units.table3')}</legend>
        <div className="form-grid">
          <TextField id={fieldId.unit(id, 'nameZh')} label={t('units.nameZh')} value={unit.nameZh} onChange={(v) => apply(setUnitField(id, 'nameZh', v))} onBlur={seal} />
          <TextField id={fieldId.unit(id, 'nameEn')} label={t('units.nameEn')} value={unit.nameEn} onChange={(v) => apply(setUnitField(id, 'nameEn', v))} onBlur={seal} lang="en" />
          <SelectField id={fieldId.unit(id, 'level')} label={t('units.level')} value={unit.level} options={levels} emptyLabel={t('level.notSet')} onChange={(v) => apply(setUnitField(id, 'level', v))} />
          <NumberField id={fieldId.unit(id, 'hours')} label={t('units.hours')} value={unit.hours} max={10_000} suffix={t('common.hoursUnit')} onChange={(v) => apply(setUnitField(id, 'hours', v ?? 0))} onBlur={seal} />
        </div>

        <div className="field" id={fieldId.unit(id, 'objectives')} tabIndex={-1}>
          <span className="field__label">{t('units.objectives')}</span>
          <span className="field__hint">{t('units.objectivesHint')}</span>
          <ol className="objectives">
            {unit.objectives.map((objective, i) => (
              <li key={i} className="objectives__item">
                <input
                  id={fieldId.unitObjective(id, i)}
                  className="field__input"
                  value={objective}
                  aria-label={t('units.objectiveN', { n: i + 1 })}
                  onChange={(e) => apply({ type: 'setObjective', unitId: id, index: i, text: e.target.value })}
                  onBlur={seal}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      apply({ type: 'addObjective', unitId: id, index: i + 1 });
                      requestAnimationFrame(() => document.getElementById(fieldId.unitObjective(id, i + 1))?.focus());
                    }
                  }}
                />
                <button type="button" className="btn btn--small btn--icon" onClick={() => apply({ type: 'removeObjective', unitId: id, index: i })} aria-label={t('units.removeObjective', { n: i + 1 })} title={t('common.remove')}>×</button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              apply({ type: 'addObjective', unitId: id });
              requestAnimationFrame(() => document.getElementById(fieldId.unitObjective(id, unit.objectives.length))?.focus());
            }}
          >＋ {t('units.addObjective')}</button>
        </div>

        <div className="field" id={fieldId.unit(id, 'links')} tabIndex={-1}>
          <span className="field__label">{t('units.links')}</span>
          <span className="field__hint">
            {t('units.linksHint')}{' '}
            <button type="button" className="btn btn--small btn--link" onClick={() => goToSection('matrix')}>{t('units.toMatrix')}</button>
          </span>
          {links.length === 0 && <p className="muted">{t('units.noLinks')}</p>}
          {links.length > 0 && (
            <table className="table table--compact links-table">
              <thead>
                <tr>
                  <th scope="col">{t('units.linkItem')}</th>
                  <th scope="col">{t('units.linkDepth')}</th>
                  <th scope="col">{t('units.linkNote')}</th>
                  <th scope="col"><span className="visually-hidden">{t('common.remove')}</span></th>
                </tr>
              </thead>
              <tbody>
                {links.map((link, i) => {
                  const ref: ItemRef = { kind: link.kind, id: link.id, standardCode: link.standardCode };
                  const name = nameOf(ref);
                  return (
                    <tr key={`${link.standardCode}-${link.kind}-${link.id}-${i}`}>
                      <th scope="row" className="links-table__item">
                        <span className="tag">{t(`kind.short.${link.kind}`)}</span> <span className="mono">{link.id}</span> {name || <span className="muted">{t('units.unknownItem')}</span>}
                      </th>
                      <td>
                        <select
                          id={fieldId.unitLink(id, ref)}
                          className="field__input field__select"
                          value={link.depth}
                          aria-label={t('units.depthOf', { id: link.id })}
                          onChange={(e) => apply({ type: 'setLinkDepth', unitId: id, item: ref, depth: e.target.value as Depth })}
                        >
                          {DEPTHS.map((d) => <option key={d} value={d}>{t(`depth.${d}`)}</option>)}
                        </select>
                      </td>
                      <td>
                        <input
                          className="field__input"
                          value={link.note}
                          placeholder={t('units.notePlaceholder')}
                          aria-label={t('units.noteOf', { id: link.id })}
                          onChange={(e) => apply({ type: 'setLinkNote', unitId: id, item: ref, note: e.target.value })}
                          onBlur={seal}
                        />
                      </td>
                      <td>
                        <button type="button" className="btn btn--small btn--icon" onClick={() => apply({ type: 'toggleLink', unitId: id, item: ref })} aria-label={t('units.removeLink', { id: link.id })} title={t('common.remove')}>×</button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('units.table4')}</legend>
        <TextArea id={fieldId.unit(id, 'outline')} label={t('units.outline')} value={unit.outline} onChange={(v) => apply(setUnitField(id, 'outline', v))} onBlur={seal} rows={5} />
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('units.table5')}</legend>
        <ChoiceGroup id={fieldId.unit(id, 'methods')} legend={t('units.methods')} options={TEACHING_METHOD_OPTIONS.map((m) => ({ value: m, label: t(`method.${m}`) }))} chosen={unit.methods} onToggle={(m) => apply(toggleUnitChoice(id, 'methods', m))}>
          {unit.methods.includes('other') && <TextField id={fieldId.unit(id, 'methodsOther')} label={t('units.otherText')} value={unit.methodsOther} onChange={(v) => apply(setUnitField(id, 'methodsOther', v))} onBlur={seal} />}
        </ChoiceGroup>
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('units.table6')}</legend>
        <TextArea id={fieldId.unit(id, 'materials')} label={t('units.materials')} value={unit.materials} onChange={(v) => apply(setUnitField(id, 'materials', v))} onBlur={seal} rows={2} />
        <ChoiceGroup id={fieldId.unit(id, 'equipment')} legend={t('units.equipment')} options={EQUIPMENT_OPTIONS.map((m) => ({ value: m, label: t(`equipment.${m}`) }))} chosen={unit.equipment} onToggle={(m) => apply(toggleUnitChoice(id, 'equipment', m))}>
          {unit.equipment.includes('other') && <TextField id={fieldId.unit(id, 'equipmentOther')} label={t('units.otherText')} value={unit.equipmentOther} onChange={(v) => apply(setUnitField(id, 'equipmentOther', v))} onBlur={seal} />}
        </ChoiceGroup>
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('units.table7')}</legend>
        {STAFF_ROLE_OPTIONS.map((role) => (
          <TextArea
            key={role}
            id={fieldId.unit(id, `staffRequirements.${role}`)}
            label={t(`role.${role}`)}
            value={unit.staffRequirements[role]}
            onChange={(text) => apply({ type: 'setStaffRequirement', unitId: id, role, text })}
            onBlur={seal}
            rows={2}
          />
        ))}
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('units.table8')}</legend>
        <ChoiceGroup id={fieldId.unit(id, 'assessmentMethods')} legend={t('units.assessmentMethods')} options={ASSESSMENT_METHOD_OPTIONS.map((m) => ({ value: m, label: t(`assessMethod.${m}`) }))} chosen={unit.assessmentMethods} onToggle={(m) => apply(toggleUnitChoice(id, 'assessmentMethods', m))}>
          {unit.assessmentMethods.includes('other') && <TextField id={fieldId.unit(id, 'assessmentMethodsOther')} label={t('units.otherText')} value={unit.assessmentMethodsOther} onChange={(v) => apply(setUnitField(id, 'assessmentMethodsOther', v))} onBlur={seal} />}
        </ChoiceGroup>
        <ChoiceGroup id={fieldId.unit(id, 'assessmentTools')} legend={t('units.assessmentTools')} options={ASSESSMENT_TOOL_OPTIONS.map((m) => ({ value: m, label: t(`assessTool.${m}`) }))} chosen={unit.assessmentTools} onToggle={(m) => apply(toggleUnitChoice(id, 'assessmentTools', m))}>
          {unit.assessmentTools.includes('other') && <TextField id={fieldId.unit(id, 'assessmentToolsOther')} label={t('units.otherText')} value={unit.assessmentToolsOther} onChange={(v) => apply(setUnitField(id, 'assessmentToolsOther', v))} onBlur={seal} />}
        </ChoiceGroup>
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('units.table9')}</legend>
        {unit.staff.length === 0 && <p className="muted">{t('units.noStaff')}</p>}
        {unit.staff.map((member, i) => (
          <div key={i} className="staff-row">
            <select
              className="field__input field__select"
              value={member.role}
              aria-label={t('units.staffRole', { n: i + 1 })}
              onChange={(e) => apply({ type: 'setStaffMember', unitId: id, index: i, field: 'role', value: e.target.value as typeof member.role })}
            >
              {STAFF_ROLE_OPTIONS.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
            </select>
            <input className="field__input" value={member.name} placeholder={t('units.staffName')} aria-label={t('units.staffNameN', { n: i + 1 })} onChange={(e) => apply({ type: 'setStaffMember', unitId: id, index: i, field: 'name', value: e.target.value })} onBlur={seal} />
            <input className="field__input staff-row__wide" value={member.qualifications} placeholder={t('units.staffQualifications')} aria-label={t('units.staffQualificationsN', { n: i + 1 })} onChange={(e) => apply({ type: 'setStaffMember', unitId: id, index: i, field: 'qualifications', value: e.target.value })} onBlur={seal} />
            <button type="button" className="btn btn--small btn--icon" onClick={() => apply({ type: 'removeStaffMember', unitId: id, index: i })} aria-label={t('units.removeStaff', { n: i + 1 })} title={t('common.remove')}>×</button>
          </div>
        ))}
        <button type="button" className="btn btn--small" onClick={() => apply({ type: 'addStaffMember', unitId: id, role: 'teacher' })}>＋ {t('units.addStaff')}</button>
      </fieldset>

      <fieldset className="group">
        <legend className="group__title">{t('units.table11')}</legend>
        <TextArea id={fieldId.unit(id, 'evidence')} label={t('units.evidence')} value={unit.evidence} onChange={(v) => apply(setUnitField(id, 'evidence', v))} onBlur={seal} rows={2} />
      </fieldset>
    </div>
  );
}
