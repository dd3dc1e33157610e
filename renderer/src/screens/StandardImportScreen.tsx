import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Level, Standard } from '../../../shared/standard/schema';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { api, bytesToBase64, type StandardImportPreview, type StandardSummary } from '../api';
import { SelectField, TextArea, TextField } from '../components/fields';
import { Loading, Notice } from '../components/Notice';
import { errorText } from '../data/errors';
import { invalidateStandards, listStandards } from '../data/standardsCache';
import { pick, useI18n, type Translate } from '../i18n';
import type { Route } from '../navigation/route';
import { LEVEL_OPTIONS } from '../plan/options';
import { applyStandardEdit, reviewProblems, type NamedKind, type ReviewProblem, type StandardEdit } from '../standards/reviewEdits';

type Preview = Extract<StandardImportPreview, { ok: true }>;
type Failure = { error: Extract<StandardImportPreview, { ok: false }>['error']; sourceText: string | null; fileName: string };

/** Import a standard: from a file (picker or drop) or pasted text, then a review step before keeping it. */
export function StandardImportScreen({ navigate }: { navigate(route: Route): void }) {
  const { t, language } = useI18n();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  const read = async (input: { fileName: string; text: string } | { fileName: string; base64: string }, sourceText: string | null) => {
    setBusy(t('import.reading'));
    setError(null);
    setFailure(null);
    try {
      const answer = await api.previewStandardImport(input);
      if (answer.ok) setPreview(answer);
      else setFailure({ error: answer.error, sourceText: answer.sourceText ?? sourceText, fileName: input.fileName });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      setPreview(null);
      setFailure(null);
      setError(null);
      setTooLarge(t('import.tooLarge', { file: file.name, size: mb(file.size), limit: mb(MAX_FILE_BYTES) }));
      return;
    }
    setTooLarge(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    await read({ fileName: file.name, base64: bytesToBase64(bytes) }, null);
  };

  if (preview) {
    return <ReviewStep preview={preview} onBack={() => setPreview(null)} onSaved={(code) => navigate({ name: 'standards', code })} />;
  }

  return (
    <div className="page">
      <header className="page__header">
        <a className="back-link" href="#/standards">← {t('standards.title')}</a>
        <h1 className="page__title">{t('import.title')}</h1>
      </header>
      <p className="muted">{t('import.intro')}</p>
      {busy && <Loading label={busy} />}
      {error !== null && <Notice tone="error">{errorText(error, language)}</Notice>}
      {tooLarge && <Notice tone="error">{tooLarge}</Notice>}
      {failure && (
        <Notice tone="error">
          <strong>{t('import.failed', { file: failure.fileName })}</strong>
          <div>{t('import.failedLine', { line: failure.error.line, message: pick(language, failure.error.message, failure.error.messageEn) })}</div>
        </Notice>
      )}
      <div className="import-sources">
        <FileSource onFile={(file) => void readFile(file)} disabled={busy !== null} />
        <PasteSource onText={(text) => void read({ fileName: t('import.pastedName'), text }, text)} disabled={busy !== null} />
      </div>
      {failure?.sourceText && <SourcePane text={failure.sourceText} highlighted={failure.error.line} label={t('import.source')} />}
    </div>
  );
}

function FileSource({ onFile, disabled }: { onFile(file: File): void; disabled: boolean }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <section
      className={`drop-zone ${over ? 'drop-zone--over' : ''}`}
      aria-labelledby="file-source-title"
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <h2 id="file-source-title" className="section-title">{t('import.fromFile')}</h2>
      <p>{t('import.dropHint')}</p>
      <button type="button" className="btn btn--primary" onClick={() => input.current?.click()} disabled={disabled}>{t('import.chooseFile')}</button>
      <input
        ref={input}
        id="standard-file"
        type="file"
        accept=".pdf,.odt,.docx,.txt,.md,.tsv,.csv,text/plain,text/markdown,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('import.chooseFile')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p className="field__hint">{t('import.fileKinds')}</p>
    </section>
  );
}

function PasteSource({ onText, disabled }: { onText(text: string): void; disabled: boolean }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <section className="paste-source" aria-labelledby="paste-source-title">
      <h2 id="paste-source-title" className="section-title">{t('import.fromText')}</h2>
      <TextArea id="standard-paste" label={t('import.pasteLabel')} value={text} onChange={setText} rows={10} hint={t('import.pasteHint')} />
      <button type="button" className="btn btn--primary" onClick={() => onText(text)} disabled={disabled || text.trim() === ''}>{t('import.read')}</button>
    </section>
  );
}

/** The source text with line numbers; a highlighted line is scrolled into view. */
function SourcePane({ text, highlighted, label }: { text: string; highlighted: number | null; label: string }) {
  const lines = useMemo(() => text.split(/\r\n|\r|\n/), [text]);
  const pane = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (highlighted === null) return;
    const line = pane.current?.querySelector<HTMLElement>(`[data-line="${highlighted}"]`);
    if (line) {
      line.scrollIntoView({ block: 'center' });
      line.focus({ preventScroll: true });
    }
  }, [highlighted]);
  return (
    <div ref={pane} className="source-pane" role="region" aria-label={label} tabIndex={0}>
      <ol className="source-pane__lines">
        {lines.map((line, i) => (
          <li key={i} data-line={i + 1} className={highlighted === i + 1 ? 'source-pane__line source-pane__line--on' : 'source-pane__line'} tabIndex={-1}>
            <span className="source-pane__number" aria-hidden="true">{i + 1}</span>
            <span className="source-pane__text">{line || ' '}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A code field that renames on leaving it (or Enter), never on each keystroke: a half-typed code must not merge two items. */
function CodeInput({ id, value, label, onCommit }: { id: string; value: string; label: string; onCommit(code: string): void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const code = text.trim();
    if (code && code !== value) onCommit(code);
    else setText(value);
  };
  return (
    <input
      id={id}
      className="field__input field__input--code mono"
      value={text}
      aria-label={label}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
    />
  );
}

function problemText(t: Translate, problem: ReviewProblem): string {
  switch (problem.code) {
    case 'code-format': return t('review.problem.codeFormat', { code: problem.value });
    case 'code-bundled': return t('review.problem.codeBundled', { code: problem.value });
    case 'name-missing': return t('review.problem.nameMissing');
    case 'duplicate-code': return t('review.problem.duplicate', { kind: t(`kind.${problem.kind}`), id: problem.id });
    case 'item-name-missing': return t('review.problem.nameless', { kind: t(`kind.${problem.kind}`), id: problem.id });
  }
}

function ReviewStep({ preview, onBack, onSaved }: { preview: Preview; onBack(): void; onSaved(code: string): void }) {
  const { t, language } = useI18n();
  const [standard, setStandard] = useState<Standard>(preview.standard);
  const [line, setLine] = useState<number | null>(null);
  const [summaries, setSummaries] = useState<StandardSummary[]>([]);
  const [listError, setListError] = useState<unknown>(null);
  const [replace, setReplace] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => { listStandards().then(setSummaries, setListError); }, []);
  const edit = (e: StandardEdit) => setStandard((s) => applyStandardEdit(s, e));
  const bundled = useMemo(() => new Set(summaries.filter((s) => s.source === 'bundled').map((s) => s.code)), [summaries]);
  const importedAlready = summaries.some((s) => s.source === 'imported' && s.code === standard.code);
  const problems = reviewProblems(standard, bundled);
  const levelOptions = LEVEL_OPTIONS.map((l) => ({ value: l as Level, label: String(l), title: t(`level.${l}`) }));
  const canSave = problems.length === 0 && (!importedAlready || replace) && !saving;

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await api.saveStandard({ standard, replace: importedAlready && replace });
      invalidateStandards();
      onSaved(saved.code);
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  const itemTable = (kind: NamedKind, items: Standard['knowledge']) => (
    <section className="review__items">
      <h3 className="section-title">{t('common.titleCount', { title: t(`kind.${kind}`), count: items.length })}</h3>
      <table className="table table--compact">
        <thead><tr><th scope="col">{t('review.code')}</th><th scope="col">{t('review.name')}</th></tr></thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              <td><CodeInput id={`review-${kind}-${i}-code`} value={item.id} label={t('review.codeOf', { id: item.id })} onCommit={(code) => edit({ type: 'setItemCode', kind, id: item.id, code })} /></td>
              <td>
                <input
                  className="field__input"
                  value={item.name}
                  aria-label={t('review.nameOf', { id: item.id })}
                  onChange={(e) => edit({ type: 'setItemName', kind, id: item.id, name: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );

  return (
    <div className="review">
      <header className="page__header">
        <button type="button" className="btn btn--quiet back-link" onClick={onBack}>← {t('review.back')}</button>
        <h1 className="page__title">{t('review.title')}</h1>
        <span className="muted">
          {/* A PDF or an office document has no text encoding a user chose or could change. */}
          {['pdf', 'docx', 'odt'].includes(preview.layout)
            ? t('review.readAsDocument', { layout: t(`layout.${preview.layout}`) })
            : t('review.readAs', { layout: t(`layout.${preview.layout}`), encoding: preview.encoding === 'text' ? t('review.pastedText') : preview.encoding.toUpperCase() })}
        </span>
      </header>
      {/* Without the list, a standard that is already imported cannot be told apart from a new one. */}
      {listError !== null && <Notice tone="error">{t('standards.listFailed', { reason: errorText(listError, language) })}</Notice>}
      <div className="review__panes">
        <section className="review__source" aria-labelledby="review-source-title">
          <h2 id="review-source-title" className="section-title">{t('import.source')}</h2>
          <SourcePane text={preview.sourceText} highlighted={line} label={t('import.source')} />
        </section>
        <section className="review__result" aria-labelledby="review-result-title">
          <h2 id="review-result-title" className="section-title">{t('review.result')}</h2>

          <div className="review__warnings">
            <h3 className="section-title">{t('review.warnings', { count: preview.warnings.length })}</h3>
            {preview.warnings.length === 0 && <p className="muted">{t('review.noWarnings')}</p>}
            <ul className="warning-list">
              {preview.warnings.map((w, i) => (
                <li key={i}>
                  <button type="button" className={`warning-link ${line === w.line ? 'warning-link--on' : ''}`} onClick={() => setLine(w.line)}>
                    <span className="warning-link__line">{t('review.line', { line: w.line })}</span>
                    {pick(language, w.message, w.messageEn)}
                  </button>
                </li>
              ))}
            </ul>
          </div>

          <div className="form-grid">
            <div className="field">
              <label htmlFor="review-code" className="field__label">{t('review.standardCode')}</label>
              <CodeInput id="review-code" value={standard.code} label={t('review.standardCode')} onCommit={(code) => edit({ type: 'setCode', code })} />
            </div>
            <TextField id="review-name" label={t('review.standardName')} value={standard.name} onChange={(name) => edit({ type: 'setName', name })} />
            <SelectField id="review-level" label={t('standard.level')} value={standard.level} options={levelOptions} emptyLabel={t('level.notSet')} onChange={(level) => edit({ type: 'setLevel', level })} />
          </div>

          <section>
            <h3 className="section-title">{t('review.tasks', { count: standard.tasks.length })}</h3>
            <table className="table table--compact">
              <thead><tr><th scope="col">{t('review.code')}</th><th scope="col">{t('review.name')}</th><th scope="col">{t('standard.taskLevel')}</th><th scope="col">{t('review.counts')}</th></tr></thead>
              <tbody>
                {standard.tasks.map((task, i) => (
                  <tr key={i}>
                    <td><CodeInput id={`review-task-${i}-code`} value={task.id} label={t('review.codeOf', { id: task.id })} onCommit={(code) => edit({ type: 'setTaskCode', taskId: task.id, code })} /></td>
                    <td><input className="field__input" value={task.name} aria-label={t('review.nameOf', { id: task.id })} onChange={(e) => edit({ type: 'setTaskName', taskId: task.id, name: e.target.value })} /></td>
                    <td>
                      <select
                        className="field__input field__select"
                        aria-label={t('review.levelOf', { id: task.id })}
                        value={task.level ?? ''}
                        onChange={(e) => edit({ type: 'setTaskLevel', taskId: task.id, level: e.target.value === '' ? null : (Number(e.target.value) as Level) })}
                      >
                        <option value="">{t('level.notSet')}</option>
                        {LEVEL_OPTIONS.map((l) => <option key={l} value={l}>{l}</option>)}
                      </select>
                    </td>
                    <td className="muted nowrap">{t('review.taskCounts', { p: task.indicators.length, k: task.knowledge.length, s: task.skills.length })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {itemTable('knowledge', standard.knowledge)}
          {itemTable('skill', standard.skills)}
          {itemTable('attitude', standard.attitudes)}
        </section>
      </div>
      <footer className="review__footer">
        {problems.length > 0 && (
          <Notice tone="warning">
            <strong>{t('review.fixFirst')}</strong>
            <ul>{problems.map((p, i) => <li key={i}>{problemText(t, p)}</li>)}</ul>
          </Notice>
        )}
        {importedAlready && (
          <label className="choice">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            {t('review.replace', { code: standard.code })}
          </label>
        )}
        {error !== null && <Notice tone="error">{errorText(error, language)}</Notice>}
        <div className="toolbar">
          <button type="button" className="btn" onClick={onBack}>{t('common.cancel')}</button>
          <button type="button" className="btn btn--primary" onClick={() => void save()} disabled={!canSave}>{t('review.keep')}</button>
        </div>
      </footer>
    </div>
  );
}
