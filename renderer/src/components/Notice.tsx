import type { ReactNode } from 'react';

/** A message in the flow of the page: information, success, a warning or an error (announced). */
export function Notice({ tone = 'info', children, actions }: { tone?: 'info' | 'success' | 'warning' | 'error'; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice__text">{children}</div>
      {actions && <div className="notice__actions">{actions}</div>}
    </div>
  );
}

/** Shown while something loads; announced once. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
