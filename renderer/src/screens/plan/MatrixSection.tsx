import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Unit } from '../../../../shared/plan/schema';
import { Kbd } from '../../components/Kbd';
import { formatHours } from '../../data/format';
import { useI18n } from '../../i18n';
import {
  cellCommandOf,
  columnsOf,
  columnTotals,
  linksByKey,
  matrixGroups,
  moveCell,
  rowTotal,
  uncoveredKeys,
  type CellPosition,
  type MatrixColumn,
  type MatrixGroup,
} from '../../plan/matrixModel';
import { linkDepth } from '../../plan/planEditor';
import { usePlanView } from './PlanContext';
import { DEPTHS } from '../../../../shared/plan/itemRef';


/**
 * Keeps the same groups (and so the same column objects) while their content is the same, so that
 * a toggle, which changes one unit, re-renders one row and the totals, not the whole grid.
 */
function useStableGroups(groups: MatrixGroup[]): MatrixGroup[] {
  const previous = useRef<{ signature: string; groups: MatrixGroup[] } | null>(null);
  const signature = groups.map((g) => `${g.key}\u0001${g.name}\u0001${g.columns.map((c) => `${c.key}\u0002${c.name}\u0002${c.taskIds.join(',')}`).join('\u0003')}`).join('\u0004');
  if (previous.current === null || previous.current.signature !== signature) previous.current = { signature, groups };
  return previous.current.groups;
}

/** The coverage matrix: units × the selected items, grouped by task; click or Space toggles, D cycles the depth. */
export function MatrixSection() {
  const { t } = useI18n();
  const { plan, coverage, apply, goToSection } = usePlanView();
  const [taskId, setTaskId] = useState<string | null>(null);
  const [onlyKeys, setOnlyKeys] = useState<ReadonlySet<string> | null>(null);
  const [focus, setFocus] = useState<CellPosition>({ row: 0, col: 0 });
  const gridRef = useRef<HTMLTableElement>(null);
  const wantFocus = useRef(false);

  const groups = useStableGroups(useMemo(() => matrixGroups(coverage, { taskId, onlyKeys }), [coverage, taskId, onlyKeys]));
  const columns = useMemo(() => columnsOf(groups), [groups]);
  const totals = useMemo(() => columnTotals(coverage), [coverage]);
  const units = plan.units;
  const rows = units.length;
  const cols = columns.length;
  const at: CellPosition = { row: Math.min(focus.row, Math.max(0, rows - 1)), col: Math.min(focus.col, Math.max(0, cols - 1)) };

  // Handlers read the latest plan through refs, so they stay the same function and rows stay memoised.
  const latest = useRef({ units, columns, apply });
  latest.current = { units, columns, apply };

  const act = useCallback((row: number, col: number, command: 'toggle' | 'depth') => {
    const { units: u, columns: c, apply: edit } = latest.current;
    const unit = u[row];
    const column = c[col];
    if (!unit || !column) return;
    edit({ type: command === 'toggle' ? 'toggleLink' : 'cycleLinkDepth', unitId: unit.id, item: column.ref });
  }, []);

  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-r="${at.row}"][data-c="${at.col}"]`)?.focus();
  }, [at.row, at.col]);

  const cellOf = (target: EventTarget | null): CellPosition | null => {
    const cell = (target as HTMLElement | null)?.closest<HTMLElement>('[data-c]');
    if (!cell) return null;
    return { row: Number(cell.dataset.r), col: Number(cell.dataset.c) };
  };

  const onClick = (event: MouseEvent) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    setFocus(cell);
    act(cell.row, cell.col, event.shiftKey ? 'depth' : 'toggle');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    const moved = moveCell(cell, event, rows, cols);
    if (moved) {
      event.preventDefault();
      wantFocus.current = true;
      setFocus(moved);
      if (moved.row === cell.row && moved.col === cell.col) {
        gridRef.current?.querySelector<HTMLElement>(`[data-r="${moved.row}"][data-c="${moved.col}"]`)?.focus();
      }
      return;
    }
    const command = cellCommandOf(event);
    if (command) {
      event.preventDefault();
      act(cell.row, cell.col, command);
    }
  };

  const setUncoveredOnly = (on: boolean) => setOnlyKeys(on ? uncoveredKeys(coverage) : null);

  const focusedUnit = units[at.row];
  const focusedColumn = columns[at.col];

  if (coverage.items.length === 0 || rows === 0) {
    return (
      <div className="section">
        <h2 className="section__title">{t('section.matrix')}</h2>
        <p className="empty">
          {coverage.items.length === 0 ? t('matrix.noItems') : t('matrix.noUnits')}{' '}
          <button type="button" className="btn btn--small" onClick={() => goToSection(coverage.items.length === 0 ? 'selection' : 'map')}>
            {coverage.items.length === 0 ? t('matrix.toSelection') : t('matrix.toMap')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="section section--wide">
      <div className="section__head">
        <h2 className="section__title" id="matrix-title">{t('section.matrix')}</h2>
        <div className="toolbar">
          <label className="choice">
            <input type="checkbox" checked={onlyKeys !== null} onChange={(e) => setUncoveredOnly(e.target.checked)} />
            {t('matrix.onlyUncovered')}
          </label>
          {onlyKeys !== null && (
            <button type="button" className="btn btn--small" onClick={() => setOnlyKeys(uncoveredKeys(coverage))}>
              {t('matrix.refreshUncovered')}
            </button>
          )}
          <label className="field field--inline">
            <span className="field__label">{t('matrix.taskFilter')}</span>
            <select className="field__input field__select" value={taskId ?? ''} onChange={(e) => setTaskId(e.target.value || null)}>
              <option value="">{t('matrix.allTasks')}</option>
              {coverage.tasks.map((task) => <option key={`${task.standardCode}-${task.taskId}`} value={task.taskId}>{task.taskId} {task.name}</option>)}
            </select>
          </label>
        </div>
      </div>
      <p className="matrix-help muted" id="matrix-help">
        <Kbd keys="↑" /><Kbd keys="↓" /><Kbd keys="←" /><Kbd keys="→" /> {t('matrix.helpMove')} ·{' '}
        <Kbd keys="Space" /> {t('matrix.helpToggle')} · <Kbd keys="D" /> {t('matrix.helpDepth')} ·{' '}
        <span className="legend">
          {DEPTHS.map((d) => <span key={d} className={`legend__item cell--${d}`}>{t(`depth.short.${d}`)} = {t(`depth.${d}`)}</span>)}
        </span>
      </p>
      {cols === 0 ? (
        <p className="empty">{t('matrix.nothingToShow')}</p>
      ) : (
        <div className="matrix-scroll">
          <table
            ref={gridRef}
            className="matrix"
            role="grid"
            aria-labelledby="matrix-title"
            aria-describedby="matrix-help"
            aria-rowcount={rows + 3}
            aria-colcount={cols + 2}
            onClick={onClick}
            onKeyDown={onKeyDown}
            data-testid="matrix"
          >
            <MatrixHead groups={groups} />
            <tbody>
              {units.map((unit, row) => (
                <MatrixRow key={`${unit.id}-${row}`} unit={unit} row={row} columns={columns} focusCol={row === at.row ? at.col : -1} />
              ))}
            </tbody>
            <tfoot>
              <tr role="row" aria-rowindex={rows + 3}>
                <th role="rowheader" scope="row" className="matrix__rowhead">{t('matrix.unitsPerItem')}</th>
                {columns.map((c) => {
                  const n = totals.get(c.key) ?? 0;
                  return <td key={c.key} role="gridcell" className={n === 0 ? 'matrix__total matrix__total--zero' : 'matrix__total'} data-testid={`total-${c.ref.id}`}>{n}</td>;
                })}
                <td role="gridcell" className="matrix__total">{coverage.course.overall.covered}/{coverage.course.overall.selected}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {focusedUnit && focusedColumn && <CellDetail unit={focusedUnit} column={focusedColumn} />}
    </div>
  );
}

const MatrixHead = memo(function MatrixHead({ groups }: { groups: readonly MatrixGroup[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr role="row" aria-rowindex={1}>
        <th role="columnheader" scope="col" rowSpan={2} className="matrix__corner">{t('matrix.unit')}</th>
        {groups.map((g) => (
          <th key={g.key} role="columnheader" scope="colgroup" colSpan={g.columns.length} className="matrix__group" title={g.name}>
            {g.taskId === null ? t('kind.attitude') : <><span className="mono">{g.taskId}</span> <span className="matrix__group-name">{g.name}</span></>}
          </th>
        ))}
        <th role="columnheader" scope="col" rowSpan={2} className="matrix__corner">{t('matrix.rowTotal')}</th>
      </tr>
      <tr role="row" aria-rowindex={2}>
        {groups.flatMap((g) => g.columns.map((c) => (
          <th key={c.key} role="columnheader" scope="col" className={`matrix__col matrix__col--${c.ref.kind}`} title={`${c.ref.id} ${c.name}`}>
            <span className="matrix__code">{c.ref.id}</span>
          </th>
        )))}
      </tr>
    </thead>
  );
});

/** One unit's row. Memoised: it re-renders only when its unit, the columns or its focused cell change. */
const MatrixRow = memo(function MatrixRow({ unit, row, columns, focusCol }: { unit: Unit; row: number; columns: readonly MatrixColumn[]; focusCol: number }) {
  const { t } = useI18n();
  const links = useMemo(() => linksByKey(unit), [unit]);
  const total = rowTotal(links, columns);
  const none = t('matrix.notLinked');
  return (
    <tr role="row" aria-rowindex={row + 3}>
      <th role="rowheader" scope="row" className="matrix__rowhead" title={unit.nameZh}>
        <span className="matrix__rowhead-in">
          <span className="matrix__unit-name">{unit.nameZh || t('common.untitled')}</span>
          <span className="matrix__unit-hours">{t('matrix.hours', { hours: formatHours(unit.hours) })}</span>
        </span>
      </th>
      {columns.map((c, col) => {
        const depth = links.get(c.key);
        return (
          <td
            key={c.key}
            role="gridcell"
            data-r={row}
            data-c={col}
            tabIndex={col === focusCol ? 0 : -1}
            className={depth ? `cell cell--${depth}` : 'cell'}
            aria-label={depth ? t(`depth.${depth}`) : none}
          >
            {depth ? t(`depth.short.${depth}`) : ''}
          </td>
        );
      })}
      <td role="gridcell" className="matrix__total" data-testid={`row-total-${unit.id}`}>{total}</td>
    </tr>
  );
});

/** The focused cell in words, with its depth and its note (where the unit covers the item). */
function CellDetail({ unit, column }: { unit: Unit; column: MatrixColumn }) {
  const { t } = useI18n();
  const { apply, seal } = usePlanView();
  const depth = linkDepth(unit, column.ref);
  const note = unit.links.find((l) => l.kind === column.ref.kind && l.id === column.ref.id && l.standardCode === column.ref.standardCode)?.note ?? '';
  return (
    <section className="cell-detail" aria-label={t('matrix.cellDetail')}>
      <div className="cell-detail__what">
        <strong>{unit.nameZh || t('common.untitled')}</strong> × <span className="tag">{t(`kind.short.${column.ref.kind}`)}</span> <span className="mono">{column.ref.id}</span> {column.name}
        {column.taskIds.length > 0 && <span className="muted">{t('common.parenthesised', { text: column.taskIds.join(t('common.listSeparator')) })}</span>}
      </div>
      <div className="cell-detail__tools" role="group" aria-label={t('units.linkDepth')}>
        <button type="button" className={`btn btn--small ${depth === null ? 'btn--on' : ''}`} aria-pressed={depth === null} onClick={() => depth !== null && apply({ type: 'toggleLink', unitId: unit.id, item: column.ref })}>
          {t('matrix.notLinked')}
        </button>
        {DEPTHS.map((d) => (
          <button key={d} type="button" className={`btn btn--small ${depth === d ? 'btn--on' : ''}`} aria-pressed={depth === d} onClick={() => apply({ type: 'setLinkDepth', unitId: unit.id, item: column.ref, depth: d })}>
            {t(`depth.${d}`)}
          </button>
        ))}
        <label className="field field--inline cell-detail__note">
          <span className="field__label">{t('units.linkNote')}</span>
          <input
            className="field__input"
            value={note}
            disabled={depth === null}
            placeholder={t('units.notePlaceholder')}
            onChange={(e) => apply({ type: 'setLinkNote', unitId: unit.id, item: column.ref, note: e.target.value })}
            onBlur={seal}
          />
        </label>
      </div>
    </section>
  );
}
