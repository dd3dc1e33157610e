import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Standard } from '../../../shared/standard/schema';
import { api, type StandardSummary } from '../api';
import { Kbd } from '../components/Kbd';
import { Loading, Notice } from '../components/Notice';
import { errorText } from '../data/errors';
import { allStandards, invalidateStandards, listStandards } from '../data/standardsCache';
import { useI18n } from '../i18n';
import { focusWhenReady } from '../navigation/useRoute';
import type { Route } from '../navigation/route';
import { searchStandards, type SearchHit } from '../standards/search';
import { standardEntryId, StandardView } from './StandardView';

/** Bundled and imported standards: a searchable list beside the chosen standard in full. */
export function StandardsScreen({ code, navigate }: { code: string | undefined; navigate(route: Route): void }) {
  const { t, language } = useI18n();
  const [summaries, setSummaries] = useState<StandardSummary[] | null>(null);
  const [standards, setStandards] = useState<Standard[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [message, setMessage] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const load = useCallback(() => {
    setError(null);
    Promise.all([listStandards(), allStandards()]).then(([list, all]) => {
      setSummaries(list);
      setStandards(all);
    }, setError);
  }, []);
  useEffect(load, [load]);

  // `/` goes to the search box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === '/' && !target?.closest('input, textarea, select')) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const results = useMemo(() => (standards ? searchStandards(standards, deferredQuery) : []), [standards, deferredQuery]);
  const selectedCode = code ?? summaries?.[0]?.code;
  const selected = standards?.find((s) => s.code === selectedCode);
  const summaryOf = (c: string) => summaries?.find((s) => s.code === c);

  const goToHit = (standardCode: string, hit: SearchHit) => {
    navigate({ name: 'standards', code: standardCode });
    focusWhenReady(standardEntryId(standardCode, hit.kind, hit.id));
  };

  const createFrom = async (standard: Standard) => {
    try {
      const plan = await api.createPlan({ nameZh: '', standardCode: standard.code });
      navigate({ name: 'plan', planId: plan.id, section: 'info' });
    } catch (e) {
      setError(e);
    }
  };

  const remove = async (summary: StandardSummary) => {
    try {
      await api.deleteStandard({ code: summary.code });
      invalidateStandards();
      setMessage(t('standards.deletedOne', { code: summary.code }));
      navigate({ name: 'standards' });
      load();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="split">
      <aside className="split__side" aria-label={t('standards.listLabel')}>
        <div className="split__side-head">
          <h1 className="page__title">{t('standards.title')}</h1>
          <a className="btn btn--primary btn--small" href="#/standards/import">{t('standards.import')}</a>
        </div>
        <div className="field">
          <label htmlFor="standards-search" className="field__label">{t('standards.search')} <Kbd keys="/" /></label>
          <input
            id="standards-search"
            ref={searchRef}
            type="search"
            className="field__input"
            value={query}
            placeholder={t('standards.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {standards === null && error === null && <Loading label={t('common.loading')} />}
        <p className="visually-hidden" role="status">{deferredQuery.trim() ? t('standards.resultCount', { count: results.length }) : ''}</p>
        <ul className="standard-list">
          {results.map((result) => {
            const summary = summaryOf(result.code);
            return (
              <li key={result.code}>
                <a
                  href={`#/standards/${encodeURIComponent(result.code)}`}
                  className="standard-list__item"
                  aria-current={result.code === selectedCode ? 'true' : undefined}
                >
                  <span className="mono">{result.code}</span>
                  <span className="standard-list__name">{result.name}</span>
                  <span className="standard-list__meta">
                    {summary && summary.level !== null && t('common.level', { level: summary.level })}
                    {summary && <> · {summary.source === 'bundled' ? t('standards.bundled') : t('standards.imported')}</>}
                    {summary?.status && <> · {summary.status}</>}
                  </span>
                </a>
                {result.hits.length > 0 && (
                  <ul className="hit-list">
                    {result.hits.slice(0, 12).map((hit, i) => (
                      <li key={i}>
                        <button type="button" className="hit" onClick={() => goToHit(result.code, hit)}>
                          <span className="hit__kind">{t(`kind.${hit.kind}`)}</span>
                          <span className="mono">{hit.kind === 'standard' ? '' : hit.id}</span> {hit.text}
                        </button>
                      </li>
                    ))}
                    {result.total > 12 && <li className="muted">{t('standards.moreHits', { count: result.total - 12 })}</li>}
                  </ul>
                )}
              </li>
            );
          })}
          {standards !== null && results.length === 0 && <li className="muted">{t('common.noResults')}</li>}
        </ul>
      </aside>
      <section className="split__main" aria-label={t('standards.viewLabel')}>
        {message && <Notice tone="success">{message}</Notice>}
        {error !== null && <Notice tone="error">{errorText(error, language)}</Notice>}
        {selected && (
          <>
            <div className="toolbar toolbar--end">
              <button type="button" className="btn btn--small btn--primary" onClick={() => void createFrom(selected)}>{t('standards.newPlan')}</button>
              {summaryOf(selected.code)?.source === 'imported' && (
                <button type="button" className="btn btn--small btn--danger" onClick={() => void remove(summaryOf(selected.code)!)}>{t('standards.delete')}</button>
              )}
              <span className="muted">{t('standards.counts', summaryOf(selected.code)?.counts ?? { duties: 0, tasks: 0, indicators: 0, knowledge: 0, skills: 0, attitudes: 0 })}</span>
            </div>
            <StandardView standard={selected} />
          </>
        )}
        {standards !== null && !selected && code !== undefined && <Notice tone="warning">{t('standards.notFound', { code })}</Notice>}
      </section>
    </div>
  );
}
