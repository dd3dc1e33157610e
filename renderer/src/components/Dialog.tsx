import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * A modal dialog on the native <dialog>: it traps focus, closes on Escape, and gives focus back to
 * what had it when it closes.
 */
export function Dialog({ title, onClose, children, actions, wide = false, role = 'dialog' }: {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
  role?: 'dialog' | 'alertdialog';
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      role={role}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">{title}</h2>
        <button type="button" className="btn btn--icon" onClick={onClose} aria-label={t('common.close')} title={`${t('common.close')} (Esc)`}>×</button>
      </header>
      <div className="dialog__body">{children}</div>
      {actions && <footer className="dialog__actions">{actions}</footer>}
    </dialog>
  );
}
