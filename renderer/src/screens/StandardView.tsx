import { Fragment, memo } from 'react';
import type { CompetencyItem, Standard } from '../../../shared/standard/schema';
import { useI18n } from '../i18n';

/** The DOM id of an entry of a standard's full view, for search hits to scroll to. */
export const standardEntryId = (code: string, kind: string, id: string) => `std.${code}.${kind}.${id}`;

/** A standard in full: header, versions, the main table by duty and task (O, P, level, K, S), the K, S and A lists, the notes. */
export const StandardView = memo(function StandardView({ standard }: { standard: Standard }) {
  const { t } = useI18n();
  const names = (items: readonly CompetencyItem[]) => new Map(items.map((i) => [i.id, i.name] as const));
  const knowledge = names(standard.knowledge);
  const skills = names(standard.skills);
  const classification = (list: Standard['fields']) => list.map((c) => `${c.name}${c.code ? t('common.parenthesised', { text: c.code }) : ''}`).join(t('common.listSeparator')) || t('common.none');

  return (
    <article className="standard" aria-labelledby={standardEntryId(standard.code, 'standard', standard.code)}>
      <header className="standard__header">
        <h2 id={standardEntryId(standard.code, 'standard', standard.code)} className="standard__title" tabIndex={-1}>
          <span className="mono">{standard.code}</span> {standard.name}
        </h2>
        <dl className="facts">
          <dt>{t('standard.level')}</dt><dd>{standard.level ?? t('level.notSet')}</dd>
          <dt>{t('standard.fields')}</dt><dd>{classification(standard.fields)}</dd>
          <dt>{t('standard.occupations')}</dt><dd>{classification(standard.occupations)}</dd>
          <dt>{t('standard.industries')}</dt><dd>{classification(standard.industries)}</dd>
        </dl>
        {standard.description && <p className="standard__description">{standard.description}</p>}
      </header>

      {standard.versions.length > 0 && (
        <section>
          <h3 className="section-title">{t('standard.versions')}</h3>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('standard.version')}</th>
                <th scope="col">{t('standard.code')}</th>
                <th scope="col">{t('standard.status')}</th>
                <th scope="col">{t('standard.note')}</th>
                <th scope="col">{t('standard.date')}</th>
              </tr>
            </thead>
            <tbody>
              {standard.versions.map((v, i) => (
                <tr key={i}>
                  <td>{v.version}</td><td className="mono">{v.code}</td><td>{v.status}</td><td>{v.note}</td><td className="nowrap">{v.date}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section>
        <h3 className="section-title">{t('standard.mainTable')}</h3>
        <table className="table standard-table">
          <colgroup>
            <col className="standard-table__task" />
            <col className="standard-table__outputs" />
            <col className="standard-table__indicators" />
            <col className="standard-table__level" />
            <col className="standard-table__k" />
            <col className="standard-table__s" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('kind.task')}</th>
              <th scope="col">{t('kind.output')}</th>
              <th scope="col">{t('kind.indicator')}</th>
              <th scope="col" className="nowrap" title={t('standard.taskLevel')}>{t('standard.levelShort')}</th>
              <th scope="col">{t('kind.knowledge')}</th>
              <th scope="col">{t('kind.skill')}</th>
            </tr>
          </thead>
          <tbody>
            {standard.duties.map((duty) => {
              const tasks = standard.tasks.filter((task) => task.duty === duty.id);
              return (
                <Fragment key={duty.id}>
                  <tr className="standard-table__duty">
                    <th scope="rowgroup" colSpan={6} id={standardEntryId(standard.code, 'duty', duty.id)} tabIndex={-1}>
                      <span className="mono">{duty.id}</span> {duty.name}
                    </th>
                  </tr>
                  {tasks.map((task) => (
                    <tr key={task.id} id={standardEntryId(standard.code, 'task', task.id)} tabIndex={-1}>
                      <th scope="row"><span className="mono">{task.id}</span> {task.name}</th>
                      <td>{task.outputs.map((o) => <div key={o.id} id={standardEntryId(standard.code, 'output', o.id)}><span className="mono">{o.id}</span> {o.name}</div>)}</td>
                      <td>{task.indicators.map((p) => <div key={p.id} id={standardEntryId(standard.code, 'indicator', p.id)} tabIndex={-1}><span className="mono">{p.id}</span> {p.text}{p.level !== undefined && <span className="muted">{t('common.parenthesised', { text: t('level.short', { level: p.level }) })}</span>}</div>)}</td>
                      <td className="center">{task.level ?? '—'}</td>
                      <td>{task.knowledge.map((k) => <div key={k}><span className="mono">{k}</span> {knowledge.get(k) ?? ''}</div>)}</td>
                      <td>{task.skills.map((s) => <div key={s}><span className="mono">{s}</span> {skills.get(s) ?? ''}</div>)}</td>
                    </tr>
                  ))}
                </Fragment>
              );
            })}
            {standard.tasks.filter((task) => !standard.duties.some((d) => d.id === task.duty)).map((task) => (
              <tr key={task.id} id={standardEntryId(standard.code, 'task', task.id)} tabIndex={-1}>
                <th scope="row"><span className="mono">{task.id}</span> {task.name}</th>
                <td>{task.outputs.map((o) => <div key={o.id}><span className="mono">{o.id}</span> {o.name}</div>)}</td>
                <td>{task.indicators.map((p) => <div key={p.id}><span className="mono">{p.id}</span> {p.text}</div>)}</td>
                <td className="center">{task.level ?? '—'}</td>
                <td>{task.knowledge.map((k) => <div key={k}><span className="mono">{k}</span> {knowledge.get(k) ?? ''}</div>)}</td>
                <td>{task.skills.map((s) => <div key={s}><span className="mono">{s}</span> {skills.get(s) ?? ''}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="standard__lists">
        <ItemList code={standard.code} kind="knowledge" title={t('kind.knowledge')} items={standard.knowledge} />
        <ItemList code={standard.code} kind="skill" title={t('kind.skill')} items={standard.skills} />
        <ItemList code={standard.code} kind="attitude" title={t('kind.attitude')} items={standard.attitudes} />
      </div>

      {standard.notes.length > 0 && (
        <section>
          <h3 className="section-title">{t('standard.notes')}</h3>
          {standard.notes.map((note, i) => <p key={i} className="standard__note">{note}</p>)}
        </section>
      )}
    </article>
  );
});

function ItemList({ code, kind, title, items }: { code: string; kind: string; title: string; items: readonly CompetencyItem[] }) {
  const { t } = useI18n();
  return (
    <section className="item-list">
      <h3 className="section-title">{t('common.titleCount', { title, count: items.length })}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id} id={standardEntryId(code, kind, item.id)} tabIndex={-1}>
            <span className="mono">{item.id}</span> {item.name}
            {item.description && <span className="muted">{t('common.description', { text: item.description })}</span>}
            {item.otherNames && item.otherNames.length > 0 && <span className="muted">{t('common.parenthesised', { text: t('standard.otherNames', { names: item.otherNames.join(t('common.listSeparator')) }) })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
