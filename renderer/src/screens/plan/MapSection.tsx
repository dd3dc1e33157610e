import { useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Module, Unit } from '../../../../shared/plan/schema';
import { Dialog } from '../../components/Dialog';
import { Kbd, MOD } from '../../components/Kbd';
import { NumberField } from '../../components/fields';
import { formatHours } from '../../data/format';
import { useI18n } from '../../i18n';
import { fieldId } from '../../plan/findingTarget';
import { itemKey } from '../../plan/matrixModel';
import { freshId, setUnitField } from '../../plan/planEditor';
import { usePlanView } from './PlanContext';

type Drag = { kind: 'unit'; unitId: string } | { kind: 'module'; moduleId: string };
type DropAt = { moduleId: string; index: number } | { moduleIndex: number };

/** Keeps focus on the element with this id after React moved it (a unit into another module remounts). */
function refocus(id: string | null): void {
  if (!id) return;
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** 表2 課程地圖: modules in order, each with its units in teaching order; reorder by drag or Alt+↑/↓. */
export function MapSection() {
  const { t } = useI18n();
  const { plan, apply, seal, coverage, goToSection } = usePlanView();
  const [drag, setDrag] = useState<Drag | null>(null);
  const [dropAt, setDropAt] = useState<DropAt | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<Module | null>(null);
  const units = useMemo(() => new Map(plan.units.map((u) => [u.id, u] as const)), [plan.units]);
  const listed = new Set(plan.modules.flatMap((m) => m.unitIds));
  const loose = plan.units.filter((u) => !listed.has(u.id));

  // The tasks each unit serves: through its links to selected items, or to the task itself.
  const tasksOfUnit = useMemo(() => {
    const byItem = new Map(coverage.items.map((i) => [itemKey(i), i.taskIds] as const));
    const result = new Map<string, Set<string>>();
    for (const unit of plan.units) {
      const tasks = new Set<string>();
      for (const link of unit.links) {
        if (link.kind === 'task') tasks.add(link.id);
        for (const task of byItem.get(itemKey(link)) ?? []) tasks.add(task);
      }
      result.set(unit.id, tasks);
    }
    return result;
  }, [plan.units, coverage.items]);

  const addModule = () => {
    const moduleId = freshId(plan, 'm');
    apply({ type: 'addModule', moduleId, name: t('map.newModuleName', { n: plan.modules.length + 1 }) });
    refocus(`${fieldId.mapModule(moduleId)}.name`);
  };
  const addUnit = (moduleId: string) => {
    const unitId = freshId(plan, 'u');
    apply({ type: 'addUnit', moduleId, unit: { id: unitId } });
    refocus(`${fieldId.mapUnit(unitId)}.name`);
  };

  const unitKeys = (unitId: string) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const focused = document.activeElement?.id ?? null;
    apply({ type: 'moveUnitBy', unitId, delta: event.key === 'ArrowUp' ? -1 : 1 });
    refocus(focused);
  };
  const moduleKeys = (moduleId: string) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    const focused = document.activeElement?.id ?? null;
    apply({ type: 'moveModuleBy', moduleId, delta: event.key === 'ArrowUp' ? -1 : 1 });
    refocus(focused);
  };

  const endDrag = () => { setDrag(null); setDropAt(null); };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    if (drag?.kind === 'unit' && dropAt && 'moduleId' in dropAt) {
      const from = plan.modules.find((m) => m.unitIds.includes(drag.unitId));
      const fromIndex = from?.unitIds.indexOf(drag.unitId) ?? -1;
      // Dropping below itself in the same module: the index shifts by the unit that leaves.
      const index = from?.id === dropAt.moduleId && fromIndex < dropAt.index ? dropAt.index - 1 : dropAt.index;
      apply({ type: 'moveUnit', unitId: drag.unitId, moduleId: dropAt.moduleId, toIndex: index });
    } else if (drag?.kind === 'module' && dropAt && 'moduleIndex' in dropAt) {
      const fromIndex = plan.modules.findIndex((m) => m.id === drag.moduleId);
      apply({ type: 'moveModule', moduleId: drag.moduleId, toIndex: fromIndex < dropAt.moduleIndex ? dropAt.moduleIndex - 1 : dropAt.moduleIndex });
    }
    endDrag();
  };
  const overUnit = (moduleId: string, index: number) => (event: DragEvent<HTMLElement>) => {
    if (drag?.kind !== 'unit') return;
    event.preventDefault();
    event.stopPropagation();
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    const at = { moduleId, index: index + (after ? 1 : 0) };
    if (!dropAt || !('moduleId' in dropAt) || dropAt.moduleId !== at.moduleId || dropAt.index !== at.index) setDropAt(at);
  };
  const overModule = (moduleIndex: number, moduleId: string, count: number) => (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    if (drag?.kind === 'unit') {
      if (!dropAt || !('moduleId' in dropAt) || dropAt.moduleId !== moduleId) setDropAt({ moduleId, index: count });
      return;
    }
    if (drag?.kind === 'module') {
      const box = event.currentTarget.getBoundingClientRect();
      const at = moduleIndex + (event.clientY > box.top + box.height / 2 ? 1 : 0);
      if (!dropAt || !('moduleIndex' in dropAt) || dropAt.moduleIndex !== at) setDropAt({ moduleIndex: at });
    }
  };

  const hoursOf = (m: Module) => m.unitIds.reduce((n, id) => n + (units.get(id)?.hours ?? 0), 0);

  return (
    <div className="section">
      <h2 className="section__title">{t('section.map')}</h2>
      <p className="muted">{t('map.intro')} <Kbd keys="Alt+↑" /> <Kbd keys="Alt+↓" /></p>
      <p className="section__stats">
        {t('map.totals', { modules: plan.modules.length, units: plan.units.length, hours: formatHours(coverage.hours.units), total: formatHours(plan.info.totalHours) })}
      </p>

      {plan.modules.length > 0 && (
        <ol className="path" aria-label={t('map.path')}>
          {plan.modules.map((m, i) => (
            <li key={m.id} className="path__step">
              <span className="path__index">{i + 1}</span>
              <span className="path__name">{m.name || t('common.untitled')}</span>
              <span className="path__meta">{t('map.pathMeta', { units: m.unitIds.length, hours: formatHours(hoursOf(m)) })}</span>
              <span className="path__tasks mono">{[...new Set(m.unitIds.flatMap((id) => [...(tasksOfUnit.get(id) ?? [])]))].sort().join(' ')}</span>
            </li>
          ))}
        </ol>
      )}

      <ol className="modules" onDrop={onDrop} onDragEnd={endDrag}>
        {plan.modules.map((module, moduleIndex) => (
          <li
            key={module.id}
            className={`module ${dropAt && 'moduleIndex' in dropAt && dropAt.moduleIndex === moduleIndex ? 'module--drop-before' : ''} ${dropAt && 'moduleIndex' in dropAt && dropAt.moduleIndex === moduleIndex + 1 && moduleIndex === plan.modules.length - 1 ? 'module--drop-after' : ''}`}
            onDragOver={overModule(moduleIndex, module.id, module.unitIds.length)}
            onDrop={onDrop}
          >
            <div
              className="module__head"
              id={fieldId.mapModule(module.id)}
              tabIndex={-1}
              onKeyDown={moduleKeys(module.id)}
            >
              <span
                className="drag-handle"
                draggable
                aria-hidden="true"
                title={t('map.dragModule')}
                onDragStart={(e) => { e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', module.id); setDrag({ kind: 'module', moduleId: module.id }); }}
              >⠿</span>
              <span className="module__index">{t('map.moduleIndex', { n: moduleIndex + 1 })}</span>
              <input
                id={`${fieldId.mapModule(module.id)}.name`}
                className="field__input module__name"
                value={module.name}
                aria-label={t('map.moduleName', { n: moduleIndex + 1 })}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onChange={(e) => apply({ type: 'renameModule', moduleId: module.id, name: e.target.value })}
                onBlur={seal}
              />
              <span className="muted nowrap">{t('map.moduleHours', { hours: formatHours(hoursOf(module)) })}</span>
              <span className="module__tools">
                <button type="button" className="btn btn--small btn--icon" disabled={moduleIndex === 0} onClick={() => apply({ type: 'moveModuleBy', moduleId: module.id, delta: -1 })} aria-label={t('map.moduleUp', { n: moduleIndex + 1 })} title={`${t('common.moveUp')} (Alt+↑)`}>↑</button>
                <button type="button" className="btn btn--small btn--icon" disabled={moduleIndex === plan.modules.length - 1} onClick={() => apply({ type: 'moveModuleBy', moduleId: module.id, delta: 1 })} aria-label={t('map.moduleDown', { n: moduleIndex + 1 })} title={`${t('common.moveDown')} (Alt+↓)`}>↓</button>
                <button type="button" className="btn btn--small btn--danger" onClick={() => (module.unitIds.length > 0 ? setConfirmDelete(module) : apply({ type: 'removeModule', moduleId: module.id }))}>{t('map.deleteModule')}</button>
              </span>
            </div>
            <ol className="units-list">
              {module.unitIds.map((unitId, index) => {
                const unit = units.get(unitId);
                const before = dropAt && 'moduleId' in dropAt && dropAt.moduleId === module.id && dropAt.index === index;
                const after = dropAt && 'moduleId' in dropAt && dropAt.moduleId === module.id && dropAt.index === index + 1 && index === module.unitIds.length - 1;
                if (!unit) {
                  return (
                    <li key={`${unitId}-${index}`} className="unit-row unit-row--missing">
                      {t('map.missingUnit', { id: unitId })}
                    </li>
                  );
                }
                return (
                  <UnitRow
                    key={unit.id}
                    unit={unit}
                    position={plan.units.indexOf(unit) + 1}
                    tasks={[...(tasksOfUnit.get(unit.id) ?? [])].sort()}
                    dropClass={before ? 'unit-row--drop-before' : after ? 'unit-row--drop-after' : ''}
                    dragging={drag?.kind === 'unit' && drag.unitId === unit.id}
                    onKeyDown={unitKeys(unit.id)}
                    onDragStart={() => setDrag({ kind: 'unit', unitId: unit.id })}
                    onDragOver={overUnit(module.id, index)}
                    canMoveUp={moduleIndex > 0 || index > 0}
                    canMoveDown={moduleIndex < plan.modules.length - 1 || index < module.unitIds.length - 1}
                    onOpen={() => goToSection('units', unit.id)}
                  />
                );
              })}
              {module.unitIds.length === 0 && <li className={`unit-row unit-row--empty ${dropAt && 'moduleId' in dropAt && dropAt.moduleId === module.id ? 'unit-row--drop-before' : ''}`}>{t('map.emptyModule')}</li>}
            </ol>
            <button type="button" className="btn btn--small" onClick={() => addUnit(module.id)}>＋ {t('map.addUnit')}</button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn" onClick={addModule}>＋ {t('map.addModule')}</button>

      {loose.length > 0 && (
        <section className="group">
          <h3 className="group__title">{t('map.looseUnits')}</h3>
          <ul className="units-list">
            {loose.map((unit) => (
              <li key={unit.id} className="unit-row" id={fieldId.mapUnit(unit.id)} tabIndex={-1}>
                <span>{unit.nameZh || t('common.untitled')}</span>
                <label className="field field--inline">
                  <span className="field__label">{t('map.moveInto')}</span>
                  <select
                    className="field__input field__select"
                    value=""
                    onChange={(e) => e.target.value && apply({ type: 'moveUnit', unitId: unit.id, moduleId: e.target.value, toIndex: Number.MAX_SAFE_INTEGER })}
                  >
                    <option value="">—</option>
                    {plan.modules.map((m, i) => <option key={m.id} value={m.id}>{t('map.moduleIndex', { n: i + 1 })} {m.name}</option>)}
                  </select>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}

      {confirmDelete && (
        <Dialog
          title={t('map.deleteModuleTitle')}
          role="alertdialog"
          onClose={() => setConfirmDelete(null)}
          actions={
            <>
              <button type="button" className="btn" onClick={() => setConfirmDelete(null)}>{t('common.cancel')}</button>
              <button type="button" className="btn btn--danger" onClick={() => { apply({ type: 'removeModule', moduleId: confirmDelete.id }); setConfirmDelete(null); }}>{t('common.delete')}</button>
            </>
          }
        >
          <p>{t('map.deleteModuleText', { name: confirmDelete.name || t('common.untitled'), count: confirmDelete.unitIds.length })}</p>
          <p className="muted">{t('common.undoHint', { shortcut: `${MOD}+Z` })}</p>
        </Dialog>
      )}
    </div>
  );
}

function UnitRow({ unit, position, tasks, dropClass, dragging, onKeyDown, onDragStart, onDragOver, canMoveUp, canMoveDown, onOpen }: {
  unit: Unit;
  position: number;
  tasks: string[];
  dropClass: string;
  dragging: boolean;
  onKeyDown(event: KeyboardEvent): void;
  onDragStart(): void;
  onDragOver(event: DragEvent<HTMLElement>): void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onOpen(): void;
}) {
  const { t } = useI18n();
  const { apply, seal } = usePlanView();
  const rowId = fieldId.mapUnit(unit.id);
  const label = unit.nameZh || t('map.unnamedUnit', { n: position });
  return (
    <li
      id={rowId}
      className={`unit-row ${dropClass} ${dragging ? 'unit-row--dragging' : ''}`}
      tabIndex={0}
      aria-label={t('map.unitRow', { n: position, name: label, hours: formatHours(unit.hours) })}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
    >
      <span
        className="drag-handle"
        draggable
        aria-hidden="true"
        title={t('map.dragUnit')}
        onDragStart={(e) => {
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', unit.id);
          const row = (e.currentTarget as HTMLElement).closest('li');
          if (row) e.dataTransfer.setDragImage(row, 12, 12);
          onDragStart();
        }}
      >⠿</span>
      <span className="unit-row__index">{position}</span>
      <input
        id={`${rowId}.name`}
        className="field__input unit-row__name"
        value={unit.nameZh}
        placeholder={t('map.unitNamePlaceholder')}
        aria-label={t('map.unitName', { n: position })}
        onChange={(e) => apply(setUnitField(unit.id, 'nameZh', e.target.value))}
        onBlur={seal}
      />
      <NumberField
        id={`${rowId}.hours`}
        className="unit-row__hours"
        label={<span className="visually-hidden">{t('map.unitHours', { n: position })}</span>}
        value={unit.hours}
        max={10_000}
        suffix={t('common.hoursUnit')}
        onChange={(v) => apply(setUnitField(unit.id, 'hours', v ?? 0))}
        onBlur={seal}
      />
      <span className="unit-row__tasks mono" title={t('map.unitTasks')}>{tasks.join(' ')}</span>
      <span className="unit-row__tools">
        <button type="button" className="btn btn--small btn--icon" disabled={!canMoveUp} onClick={() => apply({ type: 'moveUnitBy', unitId: unit.id, delta: -1 })} aria-label={t('map.unitUp', { name: label })} title={`${t('common.moveUp')} (Alt+↑)`}>↑</button>
        <button type="button" className="btn btn--small btn--icon" disabled={!canMoveDown} onClick={() => apply({ type: 'moveUnitBy', unitId: unit.id, delta: 1 })} aria-label={t('map.unitDown', { name: label })} title={`${t('common.moveDown')} (Alt+↓)`}>↓</button>
        <button type="button" className="btn btn--small" onClick={onOpen} aria-label={t('map.openUnit', { name: label })}>{t('common.details')}</button>
        <button type="button" className="btn btn--small btn--danger" onClick={() => apply({ type: 'removeUnit', unitId: unit.id })} aria-label={t('map.deleteUnit', { name: label })}>{t('common.delete')}</button>
      </span>
    </li>
  );
}
