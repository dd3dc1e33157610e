import type { ItemRef } from '../../../../shared/plan/itemRef';
import type { SelectedTask } from '../../../../shared/plan/schema';
import type { Level, Standard, Task } from '../../../../shared/standard/schema';
import { useI18n } from '../../i18n';
import { fieldId } from '../../plan/findingTarget';
import { LEVEL_OPTIONS } from '../../plan/options';
import type { PlanEdit, SelectableKind } from '../../plan/planEditor';
import { usePlanView } from './PlanContext';

const LIST_OF: Record<SelectableKind, 'indicators' | 'knowledge' | 'skills'> = { indicator: 'indicators', knowledge: 'knowledge', skill: 'skills' };

/** 表1 本課程之職能表: the tasks of the standard, each with its P, K and S to select. */
export function SelectionSection() {
  const { t } = useI18n();
  const { plan, standards, apply, seal } = usePlanView();
  const codes = new Set([...plan.standards.map((s) => s.code), ...plan.selectedTasks.map((r) => r.standardCode)]);
  const shown = standards.filter((s) => codes.has(s.code));
  const missing = [...codes].filter((c) => !standards.some((s) => s.code === c));
  // An item listed under several tasks carries its finding id once, at its first checkbox.
  const placed = new Set<string>();
  const idOnce = (ref: ItemRef) => {
    const id = fieldId.selectionItem(ref);
    if (placed.has(id)) return undefined;
    placed.add(id);
    return id;
  };

  const totals = plan.selectedTasks.reduce((n, r) => ({ p: n.p + r.indicators.length, k: n.k + r.knowledge.length, s: n.s + r.skills.length }), { p: 0, k: 0, s: 0 });

  return (
    <div className="section">
      <h2 className="section__title">{t('section.selection')}</h2>
      <p className="muted">{t('selection.intro')}</p>
      <p className="section__stats">{t('selection.totals', { tasks: plan.selectedTasks.length, p: totals.p, k: totals.k, s: totals.s, a: plan.selectedAttitudes.length })}</p>
      {shown.length === 0 && <p className="empty">{t('selection.noStandard')}</p>}
      {missing.map((code) => <p key={code} className="notice notice--warning">{t('selection.standardMissing', { code })}</p>)}
      {shown.map((standard) => (
        <StandardSelection key={standard.code} standard={standard} rows={plan.selectedTasks} attitudes={plan.selectedAttitudes} apply={apply} seal={seal} idOnce={idOnce} />
      ))}
      <UnknownRows />
    </div>
  );
}

function StandardSelection({ standard, rows, attitudes, apply, seal, idOnce }: {
  standard: Standard;
  rows: readonly SelectedTask[];
  attitudes: readonly { standardCode: string; id: string }[];
  apply(edit: PlanEdit): void;
  seal(): void;
  idOnce(ref: ItemRef): string | undefined;
}) {
  const { t } = useI18n();
  const taskOrder = standard.tasks.map((task) => task.id);
  const attitudeOrder = standard.attitudes.map((a) => a.id);
  return (
    <section className="group" aria-labelledby={`sel-${standard.code}`}>
      <h3 id={`sel-${standard.code}`} className="group__title"><span className="mono">{standard.code}</span> {standard.name}</h3>
      {standard.duties.map((duty) => (
        <div key={duty.id} className="duty">
          <h4 className="duty__title"><span className="mono">{duty.id}</span> {duty.name}</h4>
          {standard.tasks.filter((task) => task.duty === duty.id).map((task) => (
            <TaskSelection
              key={task.id}
              standard={standard}
              task={task}
              row={rows.find((r) => r.standardCode === standard.code && r.taskId === task.id)}
              taskOrder={taskOrder}
              apply={apply}
              seal={seal}
              idOnce={idOnce}
            />
          ))}
        </div>
      ))}
      <fieldset className="attitudes">
        <legend className="duty__title">{t('kind.attitude')}</legend>
        <div className="attitudes__list">
          {standard.attitudes.map((a) => {
            const ref: ItemRef = { kind: 'attitude', id: a.id, standardCode: standard.code };
            const on = attitudes.some((x) => x.standardCode === standard.code && x.id === a.id);
            return (
              <label key={a.id} className="choice choice--item" title={a.description}>
                <input id={idOnce(ref)} type="checkbox" checked={on} onChange={() => apply({ type: 'toggleAttitude', standardCode: standard.code, id: a.id, order: attitudeOrder })} />
                <span className="mono">{a.id}</span> {a.name}
              </label>
            );
          })}
        </div>
      </fieldset>
    </section>
  );
}

function TaskSelection({ standard, task, row, taskOrder, apply, seal, idOnce }: {
  standard: Standard;
  task: Task;
  row: SelectedTask | undefined;
  taskOrder: readonly string[];
  apply(edit: PlanEdit): void;
  seal(): void;
  idOnce(ref: ItemRef): string | undefined;
}) {
  const { t } = useI18n();
  const code = standard.code;
  const nameOf = (kind: 'knowledge' | 'skill', id: string) => (kind === 'knowledge' ? standard.knowledge : standard.skills).find((i) => i.id === id)?.name ?? '';
  const selected = row !== undefined;
  const taskRef: ItemRef = { kind: 'task', id: task.id, standardCode: code };
  const all = { indicators: task.indicators.map((p) => p.id), knowledge: task.knowledge, skills: task.skills };

  const toggleTask = () => {
    if (selected) apply({ type: 'unselectTask', standardCode: code, taskId: task.id });
    else apply({ type: 'selectTask', standardCode: code, taskId: task.id, taskOrder, ...all });
  };

  const item = (kind: SelectableKind, id: string, label: string, order: readonly string[]) => {
    const on = row?.[LIST_OF[kind]].includes(id) ?? false;
    const ref: ItemRef = { kind, id, standardCode: code };
    return (
      <label key={`${kind}-${id}`} className="choice choice--item">
        <input
          id={selected ? idOnce(ref) : undefined}
          type="checkbox"
          checked={on}
          disabled={!selected}
          onChange={() => apply({ type: 'toggleTaskItem', standardCode: code, taskId: task.id, kind, id, order })}
        />
        <span className="mono">{id}</span> <span>{label}</span>
      </label>
    );
  };

  const extra = row
    ? (['indicator', 'knowledge', 'skill'] as const).flatMap((kind) => row[LIST_OF[kind]].filter((id) => !(kind === 'indicator' ? all.indicators : kind === 'knowledge' ? all.knowledge : all.skills).includes(id)).map((id) => ({ kind, id })))
    : [];

  const setAll = (on: boolean) => apply({
    type: 'setTaskItems',
    standardCode: code,
    taskId: task.id,
    ...(on ? all : { indicators: [], knowledge: [], skills: [] }),
  });

  return (
    <div className={`task ${selected ? 'task--on' : ''}`}>
      <div className="task__head">
        <label className="choice task__check">
          <input id={idOnce(taskRef)} type="checkbox" checked={selected} onChange={toggleTask} />
          <span className="mono">{task.id}</span> <strong>{task.name}</strong>
        </label>
        <span className="muted">{task.level === null ? '' : t('level.short', { level: task.level })}</span>
        {row && (
          <span className="muted">
            {t('selection.rowCounts', {
              p: `${row.indicators.length}/${task.indicators.length}`,
              k: `${row.knowledge.length}/${task.knowledge.length}`,
              s: `${row.skills.length}/${task.skills.length}`,
            })}
          </span>
        )}
      </div>
      {row && (
        <div className="task__body">
          <div className="form-grid form-grid--tight">
            <div className="field">
              <label className="field__label" htmlFor={`sel-${code}-${task.id}-en`}>{t('selection.nameEn')}</label>
              <input
                id={`sel-${code}-${task.id}-en`}
                className="field__input"
                lang="en"
                value={row.nameEn}
                onChange={(e) => apply({ type: 'setTaskRow', standardCode: code, taskId: task.id, field: 'nameEn', value: e.target.value })}
                onBlur={seal}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`sel-${code}-${task.id}-level`}>{t('selection.level')}</label>
              <select
                id={`sel-${code}-${task.id}-level`}
                className="field__input field__select"
                value={row.level ?? ''}
                onChange={(e) => apply({ type: 'setTaskRow', standardCode: code, taskId: task.id, field: 'level', value: e.target.value === '' ? null : (Number(e.target.value) as Level) })}
              >
                <option value="">{t('selection.levelFromStandard', { level: task.level ?? '—' })}</option>
                {LEVEL_OPTIONS.map((l) => <option key={l} value={l}>{l}</option>)}
              </select>
            </div>
            <div className="toolbar toolbar--end">
              <button type="button" className="btn btn--small" onClick={() => setAll(true)}>{t('common.selectAll')}</button>
              <button type="button" className="btn btn--small" onClick={() => setAll(false)}>{t('common.selectNone')}</button>
            </div>
          </div>
          <div className="task__items">
            <fieldset>
              <legend>{t('kind.indicator')} P</legend>
              {task.indicators.map((p) => item('indicator', p.id, p.text, all.indicators))}
            </fieldset>
            <fieldset>
              <legend>{t('kind.knowledge')} K</legend>
              {task.knowledge.map((k) => item('knowledge', k, nameOf('knowledge', k), all.knowledge))}
            </fieldset>
            <fieldset>
              <legend>{t('kind.skill')} S</legend>
              {task.skills.map((s) => item('skill', s, nameOf('skill', s), all.skills))}
            </fieldset>
          </div>
          {extra.length > 0 && (
            <div className="notice notice--warning">
              {t('selection.notInTask', { task: task.id })}
              {extra.map(({ kind, id }) => (
                <button
                  key={`${kind}-${id}`}
                  id={idOnce({ kind, id, standardCode: code })}
                  type="button"
                  className="btn btn--small"
                  onClick={() => apply({ type: 'toggleTaskItem', standardCode: code, taskId: task.id, kind, id })}
                >
                  {t('selection.removeItem', { id })}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** Rows of 表1 for tasks the standard does not have (or whose standard is missing), to remove. */
function UnknownRows() {
  const { t } = useI18n();
  const { plan, standards, apply } = usePlanView();
  const unknown = plan.selectedTasks.filter((row) => !standards.find((s) => s.code === row.standardCode)?.tasks.some((task) => task.id === row.taskId));
  const unknownAttitudes = plan.selectedAttitudes.filter((a) => {
    const s = standards.find((x) => x.code === a.standardCode);
    return s !== undefined && !s.attitudes.some((x) => x.id === a.id);
  });
  if (unknown.length === 0 && unknownAttitudes.length === 0) return null;
  return (
    <section className="group">
      <h3 className="group__title">{t('selection.unknownTitle')}</h3>
      <ul>
        {unknown.map((row) => (
          <li key={`${row.standardCode}-${row.taskId}`}>
            <span className="mono">{row.standardCode} {row.taskId}</span>{' '}
            <button id={fieldId.selectionItem({ kind: 'task', id: row.taskId, standardCode: row.standardCode })} type="button" className="btn btn--small" onClick={() => apply({ type: 'unselectTask', standardCode: row.standardCode, taskId: row.taskId })}>
              {t('common.remove')}
            </button>
          </li>
        ))}
        {unknownAttitudes.map((a) => (
          <li key={`${a.standardCode}-${a.id}`}>
            <span className="mono">{a.standardCode} {a.id}</span>{' '}
            <button id={fieldId.selectionItem({ kind: 'attitude', id: a.id, standardCode: a.standardCode })} type="button" className="btn btn--small" onClick={() => apply({ type: 'toggleAttitude', standardCode: a.standardCode, id: a.id })}>
              {t('common.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
