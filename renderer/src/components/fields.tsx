import { useId, useState, type ReactNode } from 'react';
import { characterCount } from '../../../shared/plan/checks/form';
import { parseNumber } from '../data/format';
import { useI18n } from '../i18n';

/**
 * Form fields bound to a value: every change goes out through onChange at once (the plan editor
 * records it, the history coalesces the typing), onBlur ends the run of typing. Each field carries
 * the element id the findings point at.
 */

interface FieldProps {
  id: string;
  label: ReactNode;
  /** Shown under the field, and read by screen readers with it. */
  hint?: ReactNode;
  onBlur?: () => void;
  className?: string;
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return <span id={id} className="field__hint">{children}</span>;
}

export function TextField({ id, label, hint, value, onChange, onBlur, className, placeholder, lang, type = 'text' }: FieldProps & {
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  lang?: string;
  type?: 'text' | 'date';
}) {
  const hintId = `${id}--hint`;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">{label}</label>
      <input
        id={id}
        type={type}
        className="field__input"
        value={value}
        placeholder={placeholder}
        lang={lang}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {hint && <Hint id={hintId}>{hint}</Hint>}
    </div>
  );
}

export function TextArea({ id, label, hint, value, onChange, onBlur, className, limit, rows = 3, lang }: FieldProps & {
  value: string;
  onChange(value: string): void;
  /** A character limit to count against (the report's 1,000 characters). */
  limit?: number;
  rows?: number;
  lang?: string;
}) {
  const { t } = useI18n();
  const hintId = `${id}--hint`;
  const count = limit === undefined ? 0 : characterCount(value);
  const over = limit !== undefined && count > limit;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">{label}</label>
      <textarea
        id={id}
        className="field__input field__textarea"
        value={value}
        rows={rows}
        lang={lang}
        aria-invalid={over || undefined}
        aria-describedby={hint || limit !== undefined ? hintId : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {(hint || limit !== undefined) && (
        <Hint id={hintId}>
          {hint}
          {limit !== undefined && (
            <span className={over ? 'field__count field__count--over' : 'field__count'}>
              {t('field.count', { count, limit })}
            </span>
          )}
        </Hint>
      )}
    </div>
  );
}

export function NumberField({ id, label, hint, value, onChange, onBlur, className, min = 0, max, integer = false, allowEmpty = false, suffix }: FieldProps & {
  value: number | null;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Blank means null (a count not known yet); otherwise blank means 0. */
  allowEmpty?: boolean;
  suffix?: ReactNode;
}) {
  const { t } = useI18n();
  const show = (n: number | null) => (n === null ? '' : String(n));
  const [text, setText] = useState(show(value));
  // Undo, redo and other screens change the value from outside: show it unless it is what is typed.
  // Only a change of `value` matters here, not each keystroke in `text`, so the last value seen is
  // kept in state and compared during render (React's "adjust state when a prop changes" pattern).
  const [seenValue, setSeenValue] = useState(value);
  if (!Object.is(value, seenValue)) {
    setSeenValue(value);
    const typed = parseNumber(text);
    if (typed !== value && !(typed === null && !allowEmpty && value === 0)) setText(show(value));
  }
  const parsed = parseNumber(text);
  const problem = parsed !== null && Number.isNaN(parsed)
    ? t('field.notANumber')
    : parsed !== null && (parsed < min || (max !== undefined && parsed > max))
      ? t('field.outOfRange', { min, max: max ?? '∞' })
      : parsed !== null && integer && !Number.isInteger(parsed)
        ? t('field.notAnInteger')
        : null;
  const hintId = `${id}--hint`;
  return (
    <div className={`field field--number ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">{label}</label>
      <span className="field__with-suffix">
        <input
          id={id}
          className="field__input"
          inputMode={integer ? 'numeric' : 'decimal'}
          value={text}
          aria-invalid={problem !== null || undefined}
          aria-describedby={hint || problem ? hintId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            const n = parseNumber(e.target.value);
            if (n === null) onChange(allowEmpty ? null : 0);
            else if (!Number.isNaN(n) && n >= min && (max === undefined || n <= max) && (!integer || Number.isInteger(n))) onChange(n);
          }}
          onBlur={() => {
            if (problem !== null) setText(show(value));
            onBlur?.();
          }}
        />
        {suffix && <span className="field__suffix">{suffix}</span>}
      </span>
      {(hint || problem) && <Hint id={hintId}>{problem ? <span className="field__error">{problem}</span> : hint}</Hint>}
    </div>
  );
}

export function SelectField<T extends string | number>({ id, label, hint, value, options, onChange, className, emptyLabel }: FieldProps & {
  value: T | null;
  options: readonly { value: T; label: string; title?: string }[];
  onChange(value: T | null): void;
  /** Offers "none" (null) first when given. */
  emptyLabel?: string;
}) {
  const hintId = `${id}--hint`;
  const index = options.findIndex((o) => o.value === value);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">{label}</label>
      <select
        id={id}
        className="field__input field__select"
        value={index < 0 ? '' : String(index)}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : options[Number(e.target.value)]!.value)}
      >
        {(emptyLabel !== undefined || index < 0) && <option value="">{emptyLabel ?? ''}</option>}
        {options.map((o, i) => <option key={String(o.value)} value={String(i)} title={o.title}>{o.label}</option>)}
      </select>
      {hint && <Hint id={hintId}>{hint}</Hint>}
    </div>
  );
}

/** A set of checkboxes for a list of choices (表5 methods, 表6 equipment, 表8 assessment). */
export function ChoiceGroup<T extends string>({ id, legend, options, chosen, onToggle, hint, children }: {
  id: string;
  legend: ReactNode;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onToggle(value: T): void;
  hint?: ReactNode;
  /** Extra content after the boxes (the 「其他」 text). */
  children?: ReactNode;
}) {
  const base = useId();
  return (
    <fieldset id={id} className="choices" tabIndex={-1}>
      <legend className="field__label">{legend}</legend>
      <div className="choices__boxes">
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input id={`${base}-${o.value}`} type="checkbox" checked={chosen.includes(o.value)} onChange={() => onToggle(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {children}
      {hint && <span className="field__hint">{hint}</span>}
    </fieldset>
  );
}
